//! The `small-group` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding};
use crate::msg;
use crate::validate::{RuleContext, Sink};

/// `small-group`: a workforce row has fewer persons than `privacy_threshold` (but at least one);
/// the rendered document withholds its figures (see [`crate::plan::privacy`]). The message never states
/// the row's size: it is a figure of a withheld row.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let threshold = cx.plan.privacy_threshold();
    for row in &cx.plan.workforce {
        if !crate::plan::privacy::is_small(row.employees.value, threshold) {
            continue;
        }
        let finding = Finding::at(
            Code::SmallGroup,
            row.employees.span,
            msg!(
                "small-group",
                row = crate::plan::privacy::row_name(row),
                threshold = threshold
            ),
        )
        .label(msg!("small-group-label"))
        .help(msg!("small-group-help", threshold = threshold));
        sink.push(finding);
    }
}

#[cfg(test)]
mod tests {
    use super::check;
    use crate::model::Plan;
    use crate::text::Language;
    use crate::validate::rules::shared::{run_on, texts_in_every_language, workforce_row};

    #[test]
    fn the_size_of_the_row_is_never_stated() {
        let plan = Plan {
            workforce: vec![workforce_row(
                "hjemmetjenesten",
                Some("sykepleier"),
                3,
                2.75,
            )],
            ..Plan::default()
        };
        let findings = run_on(check, &plan);
        assert_eq!(
            findings[0].message_in(Language::En),
            "the workforce row for hjemmetjenesten (sykepleier) has fewer persons than the privacy threshold of 5"
        );
        for text in texts_in_every_language(&findings) {
            // Only the threshold, 5.
            assert!(
                !text.replace('5', "").chars().any(|c| c.is_ascii_digit()),
                "a figure in {text}"
            );
        }
    }
}
