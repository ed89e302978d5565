//! The code table: every finding code, who emits it, its default severity, its summary and its
//! documentation in English, bokmål and nynorsk.
//!
//! `for_each_code!` holds the table, once. It is read twice: here, to generate [`Code`] (with its
//! documentation embedded from the files beside each rule), and in [`crate::validate::rules`], to
//! generate the list of rules to run. Each entry says who emits the code:
//!
//! - `rule(goal_without_need, run 6)`: the validation rule `src/validate/rules/goal_without_need/`
//!   (its `check` function, with `en.md`, `nb.md` and `nn.md` beside it), run sixth.
//! - `loader(parse)`: no rule; the code is pushed while the plan is read (`src/load`, and for
//!   `manifest` without a plan root, [`crate::check`]; `schema` also by the `[checks]` step of
//!   [`crate::validate`]). Its documentation is in `src/load/codes/parse/`.
//! - `planverk(workspace)`: no rule of one plan; the code is pushed when a planverk (a workspace
//!   of plans) is checked ([`crate::workspace`]). Its documentation is in
//!   `src/workspace/codes/workspace/`.
//!
//! An entry without a folder, or a rule folder without an entry, fails to compile or fails the tests
//! below.

use std::fmt;

use super::Severity;

/// The one table of codes, in the order of `docs/rules.md` (errors first, then warnings, then
/// notes): `Variant = "kebab-name", default severity, who emits it, step "the KS step(s) it
/// checks";`. It calls `$callback!` with the entries, so that each
/// reader generates what it needs from the same list.
macro_rules! for_each_code {
    ($callback:ident) => {
        $callback! {
            Parse = "parse", Error, loader(parse), step "all";
            Schema = "schema", Error, loader(schema), step "all";
            Manifest = "manifest", Error, loader(manifest), step "all";
            Attachment = "attachment", Error, loader(attachment), step "all";
            Workspace = "workspace", Error, planverk(workspace), step "all";
            InvalidId = "invalid-id", Error, rule(invalid_id, run 1), step "all";
            DuplicateId = "duplicate-id", Error, rule(duplicate_id, run 2), step "all";
            CopiedFile = "copied-file", Error, rule(copied_file, run 49), step "all";
            UnknownReference = "unknown-reference", Error, rule(unknown_reference, run 3), step "all";
            WrongReferenceKind = "wrong-reference-kind", Error, rule(wrong_reference_kind, run 4), step "all";
            ContributesToNonAncestor = "contributes-to-non-ancestor", Error, planverk(contributes_to_non_ancestor), step "3";
            GoalWithoutNeed = "goal-without-need", Error, rule(goal_without_need, run 6), step "3, 5";
            GoalWithoutMeasure = "goal-without-measure", Error, rule(goal_without_measure, run 7), step "3, 6";
            MeasureWithoutNeed = "measure-without-need", Error, rule(measure_without_need, run 8), step "6";
            InvalidPeriod = "invalid-period", Error, rule(invalid_period, run 21), step "6";
            AdoptionMissing = "adoption-missing", Error, rule(adoption_missing, run 17), step "2";
            ValueOutOfRange = "value-out-of-range", Error, rule(value_out_of_range, run 25), step "all";
            PersonalData = "personal-data", Error, rule(personal_data, run 28), step "all";
            ResponsibleMissing = "responsible-missing", Error, rule(responsible_missing, run 41), step "1, 6";
            IndicatorDirection = "indicator-direction", Error, rule(indicator_direction, run 44), step "7";
            CommentInText = "comment-in-text", Warning, loader(comment_in_text), step "all";
            NeedWithoutMeasure = "need-without-measure", Warning, rule(need_without_measure, run 9), step "5, 6";
            GapNotClosed = "gap-not-closed", Warning, rule(gap_not_closed, run 10), step "5, 6";
            ReplacementNotCovered = "replacement-not-covered", Warning, rule(replacement_not_covered, run 29), step "5, 6";
            NegativeGap = "negative-gap", Warning, rule(negative_gap, run 11), step "5";
            StrategyMismatch = "strategy-mismatch", Warning, rule(strategy_mismatch, run 12), step "6";
            OutsidePeriod = "outside-period", Warning, rule(outside_period, run 22), step "6";
            GoalWithoutIndicator = "goal-without-indicator", Warning, rule(goal_without_indicator, run 13), step "3, 7";
            ParentGoalNotServed = "parent-goal-not-served", Warning, planverk(parent_goal_not_served), step "3";
            PeriodOutsideParent = "period-outside-parent", Warning, planverk(period_outside_parent), step "6";
            GoalWithoutBasis = "goal-without-basis", Warning, rule(goal_without_basis, run 14), step "3";
            IndicatorIncomplete = "indicator-incomplete", Warning, rule(indicator_incomplete, run 15), step "7";
            MeasureWithoutCost = "measure-without-cost", Warning, rule(measure_without_cost, run 16), step "6";
            NoEmployeeRepresentative = "no-employee-representative", Warning, rule(no_employee_representative, run 18), step "1";
            NoBudgetAnchoring = "no-budget-anchoring", Warning, rule(no_budget_anchoring, run 19), step "2";
            AdoptionBeforeConsultation = "adoption-before-consultation", Warning, rule(adoption_before_consultation, run 48), step "2";
            MissingStep = "missing-step", Warning, rule(missing_step, run 20), step "1–7";
            Unused = "unused", Warning, rule(unused, run 5), step "all";
            WorkforceMismatch = "workforce-mismatch", Warning, rule(workforce_mismatch, run 26), step "5";
            PartTimeInconsistent = "part-time-inconsistent", Warning, rule(part_time_inconsistent, run 30), step "5";
            DeparturesExceedStaff = "departures-exceed-staff", Warning, rule(departures_exceed_staff, run 31), step "5";
            ApprenticesBelowRecommendation = "apprentices-below-recommendation", Warning, rule(apprentices_below_recommendation, run 32), step "5, 6";
            SmallGroup = "small-group", Warning, rule(small_group, run 27), step "5";
            MeasureOverdue = "measure-overdue", Warning, rule(measure_overdue, run 23), step "7";
            EvaluationScheduleMismatch = "evaluation-schedule-mismatch", Warning, rule(evaluation_schedule_mismatch, run 47), step "7";
            ReviewOverdue = "review-overdue", Warning, rule(review_overdue, run 24), step "7";
            ResponsibleIsPerson = "responsible-is-person", Warning, rule(responsible_is_person, run 42), step "1";
            ParticipantsExceedGroup = "participants-exceed-group", Warning, rule(participants_exceed_group, run 43), step "6";
            IndicatorNotMeasured = "indicator-not-measured", Warning, rule(indicator_not_measured, run 45), step "7";
            FutureFact = "future-fact", Warning, rule(future_fact, run 46), step "7";
            NotAdopted = "not-adopted", Warning, rule(not_adopted, run 35), step "2";
            PlanExpired = "plan-expired", Warning, rule(plan_expired, run 36), step "7";
            CoFundingMissing = "co-funding-missing", Warning, rule(co_funding_missing, run 37), step "6";
            GrantOutsideScheme = "grant-outside-scheme", Warning, rule(grant_outside_scheme, run 38), step "6";
            GrantStatusImplausible = "grant-status-implausible", Warning, rule(grant_status_implausible, run 39), step "6";
            GrantNotEligible = "grant-not-eligible", Warning, rule(grant_not_eligible, run 40), step "6";
            StrategyBalance = "strategy-balance", Note, rule(strategy_balance, run 33), step "6";
            ExampleText = "example-text", Note, rule(example_text, run 34), step "all";
            IgnoredFile = "ignored-file", Note, loader(ignored_file), step "all";
            CrossPlanReference = "cross-plan-reference", Note, planverk(cross_plan_reference), step "3";
        }
    };
}
pub(crate) use for_each_code;

/// The embedded documentation of a code in one language (`"en"`, `"nb"`, `"nn"`): the file beside
/// its rule, or under `src/load/codes/` for the loader's codes.
macro_rules! documentation_file {
    (loader($module:ident), $lang:literal, $ext:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/load/codes/",
            stringify!($module),
            "/",
            $lang,
            $ext
        ))
    };
    (planverk($module:ident), $lang:literal, $ext:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/workspace/codes/",
            stringify!($module),
            "/",
            $lang,
            $ext
        ))
    };
    (rule($module:ident, run $run:literal), $lang:literal, $ext:literal) => {
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src/validate/rules/",
            stringify!($module),
            "/",
            $lang,
            $ext
        ))
    };
}

/// The folder of a code's documentation (and, for a rule, its code), relative to the crate root.
#[cfg(test)]
macro_rules! code_folder {
    (loader($module:ident)) => {
        concat!("src/load/codes/", stringify!($module))
    };
    (planverk($module:ident)) => {
        concat!("src/workspace/codes/", stringify!($module))
    };
    (rule($module:ident, run $run:literal)) => {
        concat!("src/validate/rules/", stringify!($module))
    };
}

/// Generates [`Code`] from the table.
macro_rules! define_codes {
    ($($variant:ident = $name:literal, $severity:ident, $emitter:ident ($($how:tt)*), step $step:literal;)*) => {
        /// A rule code. Its kebab-case name is what users see, configure and look up.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = concat!("`", $name, "`: see its `en.md`.")]
                $variant,
            )*
        }

        impl Code {
            /// Every code, errors first, in the order of `docs/rules.md`.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// The severity unless `[checks]` says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line: when the rule fires, in English (`<code>-summary` in its `en.ftl`).
            pub fn summary(self) -> String {
                self.summary_in(crate::text::Language::En)
            }

            /// The KS step(s) whose content the rule checks (`"5, 6"`, `"1–7"`), or `"all"` for
            /// a rule about files, ids or values wherever they are.
            pub fn ks_steps(self) -> &'static str {
                match self { $(Code::$variant => $step,)* }
            }

            /// The full documentation (Markdown) in English, as `docs/rules.md` has it.
            pub fn documentation(self) -> &'static str {
                match self {
                    $(Code::$variant => documentation_file!($emitter($($how)*), "en", ".md"),)*
                }
            }

            /// The documentation in a plan's language, as `kplan explain` prints it.
            pub fn documentation_in(self, lang: crate::text::Language) -> &'static str {
                use crate::text::Language;
                match (lang, self) {
                    (Language::En, _) => self.documentation(),
                    $((Language::Nb, Code::$variant) => documentation_file!($emitter($($how)*), "nb", ".md"),)*
                    $((Language::Nn, Code::$variant) => documentation_file!($emitter($($how)*), "nn", ".md"),)*
                }
            }

            /// The code's messages in `lang`: the Fluent source beside its documentation.
            pub fn messages_in(self, lang: crate::text::Language) -> &'static str {
                use crate::text::Language;
                match (lang, self) {
                    $((Language::En, Code::$variant) => documentation_file!($emitter($($how)*), "en", ".ftl"),)*
                    $((Language::Nb, Code::$variant) => documentation_file!($emitter($($how)*), "nb", ".ftl"),)*
                    $((Language::Nn, Code::$variant) => documentation_file!($emitter($($how)*), "nn", ".ftl"),)*
                }
            }

            /// The summary in `lang`, as `kplan explain` lists it: the message `<code>-summary`.
            pub fn summary_in(self, lang: crate::text::Language) -> String {
                super::Msg::new(match self { $(Code::$variant => concat!($name, "-summary"),)* }).text(lang)
            }

            /// The folder of the code's documentation, relative to the crate root.
            #[cfg(test)]
            fn folder(self) -> &'static str {
                match self { $(Code::$variant => code_folder!($emitter($($how)*)),)* }
            }
        }
    };
}

for_each_code!(define_codes);

impl Code {
    /// Looks a code up by its kebab-case name.
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL.iter().copied().find(|c| c.name() == name)
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn codes_are_unique_and_documented() {
        let names: BTreeSet<_> = Code::ALL.iter().map(|c| c.name()).collect();
        assert_eq!(names.len(), Code::ALL.len(), "duplicate code names");
        for code in Code::ALL {
            let doc = code.documentation();
            assert!(
                doc.starts_with(&format!("# `{}`", code.name())),
                "{code}: documentation must start with its heading"
            );
            assert!(doc.len() > 200, "{code}: documentation is too short");
            let severity = |en: &str, nb: &str, nn: &str| match code.default_severity() {
                crate::diag::Severity::Error => (en.to_owned(), nb.to_owned(), nn.to_owned()),
                crate::diag::Severity::Warning => {
                    ("(warning)".into(), "(advarsel)".into(), "(åtvaring)".into())
                }
                crate::diag::Severity::Note => ("(note)".into(), "(råd)".into(), "(råd)".into()),
            };
            let (en, nb, nn) = severity("(error)", "(feil)", "(feil)");
            use crate::text::Language;
            for (lang, tag) in [(Language::En, en), (Language::Nb, nb), (Language::Nn, nn)] {
                let first = code
                    .documentation_in(lang)
                    .lines()
                    .next()
                    .unwrap_or_default();
                assert_eq!(
                    first,
                    format!("# `{}` {tag}", code.name()),
                    "{code} in {lang:?}"
                );
            }
            assert_eq!(Code::from_name(code.name()), Some(*code));
        }
    }

    /// One rule, one name: `goal-without-need` is `Code::GoalWithoutNeed`, its folder
    /// `goal_without_need/`.
    #[test]
    fn names_match_variants_and_folders() {
        for code in Code::ALL {
            let folder = code.folder().rsplit('/').next().unwrap_or_default();
            assert_eq!(folder, code.name().replace('-', "_"), "{code}: folder");
            let variant: String = code
                .name()
                .split('-')
                .map(|word| word[..1].to_uppercase() + &word[1..])
                .collect();
            assert_eq!(format!("{code:?}"), variant, "{code}: variant");
        }
    }

    /// A folder under the rules or the loader's codes that the table does not name is a rule
    /// (or its documentation) left unregistered.
    #[test]
    fn every_code_folder_is_in_the_table() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut on_disk = BTreeSet::new();
        for parent in [
            "src/validate/rules",
            "src/load/codes",
            "src/workspace/codes",
        ] {
            for entry in std::fs::read_dir(root.join(parent)).unwrap() {
                let entry = entry.unwrap();
                if entry.file_type().unwrap().is_dir() {
                    let name = entry.file_name().into_string().unwrap();
                    on_disk.insert(format!("{parent}/{name}"));
                }
            }
        }
        let in_table: BTreeSet<String> = Code::ALL.iter().map(|c| c.folder().to_owned()).collect();
        let unregistered: Vec<_> = on_disk.difference(&in_table).collect();
        assert!(
            unregistered.is_empty(),
            "no entry of `for_each_code!` names {unregistered:?}"
        );
        let missing: Vec<_> = in_table.difference(&on_disk).collect();
        assert!(missing.is_empty(), "the folders {missing:?} are missing");
    }
}
