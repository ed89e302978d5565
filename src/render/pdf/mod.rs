//! The archival PDF (`kplan render --format pdf`): the document data compiled by typst, used as
//! a library, into a PDF/A-2b file tagged for accessibility (PDF/UA-1), with kplan's embedded fonts.
//!
//! The template (`templates/plan.typ`, overridable like the others) receives the data as data:
//! `/data.json` is the same document data the HTML template gets, `/markdown.json` maps each
//! Markdown field's text to its sanitised structure ([`super::markdown::to_blocks`]),
//! `/appendices.json` holds the structure of the plan's own appendices with their headings, and
//! `/logo.svg` or `/logo.png` is the sanitised coat of arms. Nothing a plan writes is ever read
//! as typesetting code, so no field can change the document's layout.
//! The world the template is compiled in holds nothing else ([`world::Closed`]).

mod world;

use std::collections::BTreeMap;
use std::path::PathBuf;

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::markdown;

/// The standards every PDF conforms to: archival (PDF/A-2b, what Norwegian public archives take)
/// and accessible (PDF/UA-1, the universal-design rules). typst checks both while it writes.
pub const STANDARDS: [PdfStandard; 2] = [PdfStandard::A_2b, PdfStandard::Ua_1];

/// Why a PDF was not written: the template's own errors, each with its line, in typst's words.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PdfError(pub String);

/// Renders the PDF from the document data (the engine's value, see [`super::to_value`]).
pub fn render(context: &minijinja::Value, templates: Option<PathBuf>) -> Result<Vec<u8>, PdfError> {
    let data = serde_json::to_value(context).map_err(|e| PdfError(e.to_string()))?;
    let today = data
        .pointer("/meta/today")
        .and_then(|d| d.as_str())
        .and_then(|d| d.parse::<jiff::civil::Date>().ok())
        .unwrap_or(jiff::civil::date(2000, 1, 1));
    let ident = ["/plan/municipality", "/plan/title", "/plan/version"]
        .iter()
        .filter_map(|p| data.pointer(p).and_then(|v| v.as_str()))
        .collect::<Vec<_>>()
        .join(" · ");
    let mut fields = BTreeMap::new();
    collect_markdown(&data, &mut fields);
    // The free appendices keep their headings, one level below the appendix's own (level 1).
    let appendices: Vec<serde_json::Value> = data
        .get("appendices")
        .and_then(|a| a.as_array())
        .map(|list| {
            list.iter()
                .map(|a| {
                    let text = a.get("text").and_then(|t| t.as_str()).unwrap_or_default();
                    markdown::to_blocks_with_headings(text, 2)
                })
                .collect()
        })
        .unwrap_or_default();
    let logo = data
        .pointer("/plan/logo/data_uri")
        .and_then(|uri| uri.as_str())
        .and_then(logo_file);
    let source = super::templates::source(templates.as_deref(), "plan.typ")
        .map_err(|e| PdfError(e.to_string()))?;
    let mut files = vec![
        (
            "/data.json",
            serde_json::to_vec(&data).expect("JSON serializes"),
        ),
        (
            "/markdown.json",
            serde_json::to_vec(&fields).expect("JSON serializes"),
        ),
        (
            "/appendices.json",
            serde_json::to_vec(&appendices).expect("JSON serializes"),
        ),
    ];
    files.extend(logo);
    drop(data);
    let world = world::Closed::new(source, files, today);
    let document: PagedDocument = typst::compile(&world)
        .output
        .map_err(|errors| PdfError(describe(&world, &errors)))?;
    let timestamp = world::datetime(today).map(Timestamp::new_utc);
    let options = PdfOptions {
        ident: Smart::Custom(ident),
        creator: Smart::Custom(Some(format!("kplan {}", env!("CARGO_PKG_VERSION")))),
        timestamp,
        standards: PdfStandards::new(&STANDARDS).expect("PDF/A-2b and PDF/UA-1 go together"),
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError(describe(&world, &errors)))
}

/// The coat of arms as the file the template shows (`/logo.svg` or `/logo.png`), from the
/// `data:` URI of the document data: the SVG is the sanitised one the HTML shows.
fn logo_file(uri: &str) -> Option<(&'static str, Vec<u8>)> {
    let (path, data) = if let Some(data) = uri.strip_prefix("data:image/svg+xml;base64,") {
        ("/logo.svg", data)
    } else {
        ("/logo.png", uri.strip_prefix("data:image/png;base64,")?)
    };
    Some((path, super::views::council::base64_decode(data)?))
}

/// Every Markdown-looking text of the data, by its text: the ones that are not plain text.
fn collect_markdown(value: &serde_json::Value, out: &mut BTreeMap<String, serde_json::Value>) {
    match value {
        serde_json::Value::String(s) if !out.contains_key(s) => {
            if let Some(blocks) = markdown::to_blocks(s) {
                out.insert(s.clone(), blocks);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_markdown(v, out)),
        serde_json::Value::Object(map) => map.values().for_each(|v| collect_markdown(v, out)),
        _ => {}
    }
}

/// typst's errors in words, each with the template line it points at.
fn describe(world: &world::Closed, errors: &[SourceDiagnostic]) -> String {
    let source = world.main_source();
    let mut out = Vec::new();
    for e in errors.iter().filter(|e| e.severity == Severity::Error) {
        let at = typst::WorldExt::range(world, e.span)
            .and_then(|r| source.lines().byte_to_line_column(r.start))
            .map(|(line, col)| format!("plan.typ:{}:{}: ", line + 1, col + 1))
            .unwrap_or_default();
        let mut text = format!("{at}{}", e.message);
        for hint in &e.hints {
            text.push_str(&format!("\n  hint: {}", hint.v));
        }
        out.push(text);
    }
    if out.is_empty() {
        "the PDF template failed".into()
    } else {
        out.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_logo_file_is_read_from_its_data_uri() {
        assert_eq!(
            logo_file("data:image/png;base64,iVBORw==").unwrap(),
            ("/logo.png", vec![0x89, b'P', b'N', b'G'])
        );
        assert!(logo_file("data:text/html;base64,PGI+").is_none());
        assert!(logo_file("data:image/svg+xml;base64,TW*u").is_none());
    }
}
