//! The rule catalogue: every finding code, its default severity and its documentation.

use std::fmt;

use super::Severity;

macro_rules! codes {
    ($($variant:ident = $name:literal, $severity:ident, $summary:literal;)*) => {
        /// A rule code. Its kebab-case name is what users see, configure and look up.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $(
                #[doc = $summary]
                $variant,
            )*
        }

        impl Code {
            /// Every code, errors first, in the order of `checks.md`.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The kebab-case name.
            pub fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// The severity unless `[checks]` says otherwise.
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$severity,)* }
            }

            /// One line: when the rule fires.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }

            /// The full documentation (Markdown) in English, as `docs/rules.md` has it.
            pub fn documentation(self) -> &'static str {
                match self {
                    $(Code::$variant => include_str!(concat!("rules/", $name, ".md")),)*
                }
            }

            /// The documentation in a plan's language, as `kplan explain` prints it.
            pub fn documentation_in(self, lang: crate::text::Language) -> &'static str {
                use crate::text::Language;
                match (lang, self) {
                    (Language::En, _) => self.documentation(),
                    $((Language::Nb, Code::$variant) => include_str!(concat!("rules/nb/", $name, ".md")),)*
                    $((Language::Nn, Code::$variant) => include_str!(concat!("rules/nn/", $name, ".md")),)*
                }
            }
        }
    };
}

codes! {
    Parse = "parse", Error, "A file is not valid TOML/YAML, is not UTF-8, or breaks the parser's safety limits.";
    Schema = "schema", Error, "Unknown section or field, wrong type, missing required field, enum value not in its list, malformed date.";
    Manifest = "manifest", Error, "No `kplan.toml` at the plan root, or a singleton section defined in more than one place.";
    InvalidId = "invalid-id", Error, "An id does not match the id pattern.";
    DuplicateId = "duplicate-id", Error, "Two entities share an id.";
    UnknownReference = "unknown-reference", Error, "A reference names no entity.";
    WrongReferenceKind = "wrong-reference-kind", Error, "A reference names an entity of another kind than expected.";
    GoalWithoutNeed = "goal-without-need", Error, "No need lists the goal in `goals`.";
    GoalWithoutMeasure = "goal-without-measure", Error, "No measure names any of the goal's needs.";
    MeasureWithoutNeed = "measure-without-need", Error, "A measure's `needs` is empty.";
    InvalidPeriod = "invalid-period", Error, "The plan period, or a measure, starts after it ends.";
    AdoptionMissing = "adoption-missing", Error, "`status = \"adopted\"` without `[plan.adoption]` body, date and case.";
    ValueOutOfRange = "value-out-of-range", Error, "Negative count or amount, percent outside 0–100, `fte` above `employees`, or a year outside 1900–2200.";
    PersonalData = "personal-data", Error, "A text value contains a valid Norwegian national identity number.";
    NeedWithoutMeasure = "need-without-measure", Warning, "No measure names the need (an uncovered gap).";
    GapNotClosed = "gap-not-closed", Warning, "The `closes` values of a need's measures add up to less than its gap.";
    NegativeGap = "negative-gap", Warning, "`required < current` for a need whose strategy is acquire or develop.";
    StrategyMismatch = "strategy-mismatch", Warning, "A measure's strategy differs from the strategy of a need it names.";
    OutsidePeriod = "outside-period", Warning, "A measure's dates, a cost year, a need's `by` or an indicator target year fall outside the plan period.";
    GoalWithoutIndicator = "goal-without-indicator", Warning, "A goal has no indicator.";
    GoalWithoutBasis = "goal-without-basis", Warning, "A goal has no `based_on`.";
    IndicatorIncomplete = "indicator-incomplete", Warning, "An indicator has no baseline or no target.";
    MeasureWithoutCost = "measure-without-cost", Warning, "A measure has no `costs`.";
    NoEmployeeRepresentative = "no-employee-representative", Warning, "No group member represents the employees (tillitsvalgt).";
    NoBudgetAnchoring = "no-budget-anchoring", Warning, "No anchoring of kind `economy-plan` or `budget`.";
    MissingStep = "missing-step", Warning, "One of the seven steps has no content at all.";
    Unused = "unused", Warning, "A unit, role, competence area, guideline, ambition, funding source or indicator is never referenced.";
    WorkforceMismatch = "workforce-mismatch", Warning, "Age bands do not sum to `employees`, or departures in one year exceed `employees`.";
    SmallGroup = "small-group", Warning, "A workforce row has fewer persons than `privacy_threshold`; its figures are withheld from rendered output.";
    MeasureOverdue = "measure-overdue", Warning, "Today is past a measure's `end` and its status is still planned or ongoing.";
    ReviewOverdue = "review-overdue", Warning, "Today is past the next review or a scheduled evaluation, with no evaluation record on or after that date.";
}

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
}
