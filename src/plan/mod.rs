//! The checked plan: what is derived from the loaded model once per plan and shared by every
//! later stage: the references between entities, the [`Index`] of ids and links, the derived
//! [`Analysis`] (gaps, coverage, budget, progress) and the privacy step ([`privacy`]).
//!
//! [`Checked`] holds them together. It is built once per plan, by [`Checked::new`], and handed to
//! validate, render and diff; none of them builds an index or an analysis of its own.

pub mod analysis;
pub mod apprentices;
#[cfg(test)]
pub(crate) mod fixtures;
mod index;
pub mod privacy;
mod refs;
pub mod replacement;
pub mod staffing;

pub use analysis::Analysis;
pub use index::Index;
pub use refs::{Owner, Reference, references};

use std::sync::OnceLock;

use crate::model::Plan;

/// A loaded plan with everything derived from it, computed once.
pub struct Checked<'a> {
    /// The plan model (its manifest is `plan.manifest`).
    pub plan: &'a Plan,
    /// Ids, links and references.
    pub index: Index<'a>,
    /// Gaps, coverage, budget and indicator progress, computed on first use ([`Self::analysis`]):
    /// the rules do not need it, so `kplan check` does not pay for it.
    analysis: OnceLock<Analysis<'a>>,
    /// The privacy threshold in force (`[render] privacy_threshold`, else the default).
    pub threshold: i64,
    /// For each workforce row, whether the document withholds it ([`privacy`]).
    pub withheld: Vec<bool>,
}

impl<'a> Checked<'a> {
    /// Derives the index, the analysis and the withheld rows of `plan`. Works on a plan with
    /// errors too (diff compares such plans); nothing here assumes a reference resolves.
    pub fn new(plan: &'a Plan) -> Self {
        let index = Index::new(plan);
        let threshold = plan.privacy_threshold();
        let withheld = privacy::withheld_rows(plan, threshold);
        Self {
            plan,
            index,
            analysis: OnceLock::new(),
            threshold,
            withheld,
        }
    }

    /// Gaps, coverage, budget and indicator progress, computed once, on first use.
    pub fn analysis(&self) -> &Analysis<'a> {
        self.analysis
            .get_or_init(|| analysis::analyse(self.plan, &self.index))
    }
}
