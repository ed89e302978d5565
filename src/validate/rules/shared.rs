//! Helpers used by more than one rule. No rule lives here: each is in the folder named like its
//! code.

use crate::model::EntityKind;

/// A number without a needless `.0`.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The kinds a reference expects, as a message names them ("a goal or a need").
pub fn expected_kinds(expected: &[EntityKind]) -> String {
    expected
        .iter()
        .map(|k| k.with_article())
        .collect::<Vec<_>>()
        .join(" or ")
}
