//! The one table of plan sections: name, KS step, shape and model type, in step order. The
//! loader's dispatch, the plan-file schema, `kplan diff`'s section list, the `missing-step` rule
//! and the document's step order all read it; add a section here and the compiler shows every
//! place that must handle it.

/// Calls `$m!` with every section of a plan file, in step order, as
/// `Variant field: shape Type, step, "schema description";` where `shape` is `list` (a list of
/// entities) or `singleton` (one value for the whole plan). The description is the one the JSON
/// Schema of plan files gives editors.
macro_rules! for_each_section {
    ($m:ident) => {
        $m! {
            Organisation organisation: singleton Organisation, 1,
                "Step 1: who owns and does the work (at most once in the whole plan).";
            Units units: list Unit, 1,
                "Step 1: organisational units (tjenesteområder, enheter).";
            Roles roles: list Role, 1,
                "Step 1: position groups (stillingsgrupper).";
            Anchoring anchoring: list Anchoring, 2,
                "Step 2: documents and decisions the plan rests on (forankring).";
            Ambitions ambitions: list Ambition, 2,
                "Step 2: ambitions (ambisjoner).";
            Guidelines guidelines: list Guideline, 3,
                "Step 3: guidelines (føringer).";
            Goals goals: list Goal, 3,
                "Step 3: goals (mål).";
            Competence competence: singleton Competence, 4,
                "Step 4: what the plan means by competence (at most once in the whole plan).";
            CompetenceAreas competence_areas: list CompetenceArea, 4,
                "Step 4: competence areas.";
            Workforce workforce: list Workforce, 5,
                "Step 5: staffing figures (bemanning).";
            Needs needs: list Need, 5,
                "Step 5: competence needs (kompetansebehov).";
            Apprentices apprentices: list Apprentice, 5,
                "Step 5: own apprentices (lærlinger) per trade: places and completions per year.";
            Strategies strategies: list StrategyText, 6,
                "Step 6: how the plan uses each strategy.";
            Funding funding: list Funding, 6,
                "Step 6: funding sources (finansiering).";
            Measures measures: list Measure, 6,
                "Step 6: measures (tiltak).";
            Indicators indicators: list Indicator, 7,
                "Step 7: indicators (indikatorer).";
            Evaluation evaluation: singleton Evaluation, 7,
                "Step 7: evaluation and follow-up (at most once in the whole plan).";
        }
    };
}
pub(crate) use for_each_section;

use super::Plan;

/// The seven steps of KS's model, as the checks name them (English; the document takes its step
/// names from the catalogues).
pub const STEP_NAMES: [&str; 7] = [
    "organisation and involvement",
    "anchoring",
    "goals and guidelines",
    "what competence is",
    "competence and staffing analysis",
    "strategies and measures",
    "implementation, follow-up and evaluation",
];

macro_rules! is_singleton {
    (singleton) => {
        true
    };
    (list) => {
        false
    };
}

macro_rules! define_sections {
    ($($variant:ident $field:ident: $shape:ident $ty:ident, $step:literal, $doc:literal;)*) => {
        /// A section of a plan file.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Section {
            $(
                #[doc = $doc]
                $variant,
            )*
        }

        impl Section {
            /// Every section, in step order.
            pub const ALL: &'static [Section] = &[$(Section::$variant),*];

            /// The name as written in plan files (`competence_areas`).
            pub fn name(self) -> &'static str {
                match self { $(Section::$variant => stringify!($field),)* }
            }

            /// The KS step (1–7) the section belongs to.
            pub fn step(self) -> u8 {
                match self { $(Section::$variant => $step,)* }
            }

            /// Whether the section is one value for the whole plan rather than a list.
            pub fn is_singleton(self) -> bool {
                match self { $(Section::$variant => is_singleton!($shape),)* }
            }

            /// The section of a name as written in plan files.
            pub fn from_name(name: &str) -> Option<Section> {
                Section::ALL.iter().copied().find(|s| s.name() == name)
            }
        }

        impl Plan {
            /// Whether the plan has nothing in `section`.
            pub fn section_is_empty(&self, section: Section) -> bool {
                match section {
                    $(Section::$variant => self.$field.is_empty_section(),)*
                }
            }
        }
    };
}

for_each_section!(define_sections);

/// The sections of a step, in table order.
pub fn sections_of_step(step: u8) -> impl Iterator<Item = Section> {
    Section::ALL
        .iter()
        .copied()
        .filter(move |s| s.step() == step)
}

/// Emptiness of a section's field in [`Plan`], whatever its shape.
trait SectionField {
    fn is_empty_section(&self) -> bool;
}

impl<T> SectionField for Vec<T> {
    fn is_empty_section(&self) -> bool {
        self.is_empty()
    }
}

impl<T> SectionField for Option<T> {
    fn is_empty_section(&self) -> bool {
        self.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_are_in_step_order_and_every_step_has_one() {
        let steps: Vec<u8> = Section::ALL.iter().map(|s| s.step()).collect();
        assert!(steps.is_sorted(), "{steps:?}");
        for step in 1..=7 {
            assert!(sections_of_step(step).next().is_some(), "step {step}");
        }
        assert_eq!(STEP_NAMES.len(), 7);
    }

    #[test]
    fn names_round_trip() {
        for &section in Section::ALL {
            assert_eq!(Section::from_name(section.name()), Some(section));
        }
        assert_eq!(Section::from_name("goal"), None);
    }

    #[test]
    fn an_empty_plan_has_every_section_empty() {
        let plan = Plan::default();
        assert!(Section::ALL.iter().all(|&s| plan.section_is_empty(s)));
    }
}
