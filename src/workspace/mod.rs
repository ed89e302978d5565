//! The planverk: a workspace of plans (an overall plan and its sector plans) checked together.
//!
//! A `kplan.toml` with `[workspace]` marks the root ([`members`] finds the member folders). Each
//! member is loaded and checked on its own, exactly as `kplan check` would check it alone
//! ([`crate::check`]); then [`cross`] runs the rules that need several plans over the members'
//! models: references `PLANID:ID`, parents, periods and the goals the sectors carry. The codes
//! these emit are documented in `codes/<code>/{en,nb,nn}.md` beside this file.

pub mod cross;
pub mod members;

pub use members::{Member, Members, find_members};

/// Splits a reference `PLANID:ID` into the plan id and the id; `None` for a reference within the
/// plan (an id cannot hold a colon).
pub fn split_reference(reference: &str) -> Option<(&str, &str)> {
    reference.split_once(':')
}
