//! The `example-text` rule, documented in `en.md`, `nb.md` and `nn.md` beside it.

use crate::diag::{Code, Finding, Severity};
use crate::model::PlanStatus;
use crate::msg;
use crate::source::Span;
use crate::validate::{RuleContext, Sink};

/// The markers `kplan init` puts before its example texts (`common.mark` in `i18n/init/*.toml`).
const MARKERS: &[&str] = &["EXAMPLE:", "EKSEMPEL:"];

/// `example-text`: a plan file still holds text marked as an example by `kplan init`. One finding
/// per file, at the first marker, with the count. A note while the plan is a draft, an error once
/// it is out for consultation or adopted; `[checks]` applies after, so an explicit setting wins.
pub fn check(cx: &RuleContext<'_>, sink: &mut Sink) {
    let status = cx.plan.manifest.as_ref().map(|m| m.plan.value.status.value);
    let severity = match status {
        Some(PlanStatus::Consultation | PlanStatus::Adopted) => Severity::Error,
        _ => Severity::Note,
    };
    for (file, source) in cx.sources.iter() {
        let mut places: Vec<(usize, &str)> = MARKERS
            .iter()
            .flat_map(|marker| source.text.match_indices(marker))
            .filter(|(at, _)| !in_comment_line(&source.text, *at))
            .collect();
        let Some(&(start, marker)) = places.iter().min() else {
            continue;
        };
        places.sort_unstable();
        let count = places.len();
        let span = Span::new(file, start as u32, (start + marker.len()) as u32);
        let mut finding = Finding::at(
            Code::ExampleText,
            span,
            msg!(
                "example-text",
                file = &source.path,
                count = count,
                marker = marker
            ),
        )
        .label(msg!("example-text-label"))
        .help(msg!("example-text-help", marker = marker));
        finding.severity = severity;
        sink.push(finding);
    }
}

/// Whether the byte `at` is on a line that is a comment (`#` first): the scaffold's comments name
/// the marker, and its commented-out examples are not plan text.
fn in_comment_line(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    text[start..at].trim_start().starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::{MARKERS, in_comment_line};

    #[test]
    fn markers_in_comment_lines_do_not_count() {
        let text =
            "# Texts that begin with EXAMPLE: are examples\ntitle = \"EXAMPLE: x\" # EXAMPLE:\n";
        let found: Vec<usize> = text
            .match_indices("EXAMPLE:")
            .map(|(at, _)| at)
            .filter(|at| !in_comment_line(text, *at))
            .collect();
        assert_eq!(
            found,
            vec![
                text.find("\"EXAMPLE").unwrap() + 1,
                text.rfind("EXAMPLE").unwrap()
            ]
        );
    }

    /// The markers are the ones `kplan init` writes, in every language of its catalogues.
    #[test]
    fn markers_are_the_ones_init_writes() {
        for lang in crate::text::Language::ALL {
            let tree = crate::text::catalogue(crate::text::Book::Init, lang).tree();
            let mark = tree["common"]["mark"]
                .as_str()
                .expect("a catalogue sets common.mark");
            assert!(MARKERS.contains(&mark), "`{mark}` is not among the markers");
        }
    }
}
