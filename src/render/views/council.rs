//! The parts a council document has besides the seven steps: the coat of arms on the title
//! block (`plan.logo`) and the free appendices B, C, … (`appendices`). The foreword, the
//! decision text and the consultation are `[plan]` fields, in [`super::front::PlanInfo`].

use serde::Serialize;

use crate::model::{Logo, Plan};
use crate::text::leading_heading;

/// The coat of arms, ready for an `<img>`.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct LogoView {
    /// `image/svg+xml` or `image/png`.
    pub media_type: &'static str,
    /// The picture as a `data:` URI (base64). An SVG is the cleaned one: only drawing elements
    /// and attributes, no script, no links out of the file.
    pub data_uri: String,
}

/// One appendix from a Markdown file of the plan folder (`[[appendices]]`).
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct AppendixView {
    /// Its letter: B for the first, C for the second, … (A is the document's own).
    pub letter: String,
    /// Its title: `title`, else the heading the file begins with.
    pub title: String,
    /// The anchor of its heading in the HTML: `appendix-b`, `appendix-c`, …
    pub anchor: String,
    /// The file, relative to the plan root.
    pub file: String,
    /// Markdown: the file's text, without the heading it begins with when that heading is the
    /// title. Render it with `markdown(headings=3)`, so that its headings are kept a level below
    /// the appendix heading.
    pub text: String,
}

/// The logo of the plan, if one was read.
pub(super) fn logo(plan: &Plan) -> Option<LogoView> {
    plan.logo.as_ref().map(|Logo { kind, bytes }| LogoView {
        media_type: kind.media_type(),
        data_uri: format!("data:{};base64,{}", kind.media_type(), base64(bytes)),
    })
}

/// The appendices whose files were read, lettered in the manifest's order.
pub(super) fn appendices(plan: &Plan) -> Vec<AppendixView> {
    let Some(manifest) = &plan.manifest else {
        return Vec::new();
    };
    plan.appendix_texts
        .iter()
        .filter_map(|read| Some((manifest.appendices.get(read.entry)?, read)))
        .enumerate()
        .map(|(i, (entry, read))| {
            let letter = char::from(b'B' + i as u8).to_string();
            let heading = leading_heading(&read.text);
            let given = entry.title.as_ref().map(|t| t.value.trim().to_owned());
            // The heading the file begins with is the title when none is given, and is not
            // repeated under the appendix heading when it says the same as the title.
            let (title, drop_heading) = match (&given, &heading) {
                (Some(title), Some(h)) => {
                    (title.clone(), h.text.to_lowercase() == title.to_lowercase())
                }
                (Some(title), None) => (title.clone(), false),
                (None, Some(h)) => (h.text.clone(), true),
                (None, None) => (entry.file.value.clone(), false),
            };
            let text = match heading.filter(|_| drop_heading) {
                Some(h) => read
                    .text
                    .lines()
                    .skip(h.end_line)
                    .collect::<Vec<_>>()
                    .join("\n"),
                None => read.text.clone(),
            };
            AppendixView {
                anchor: format!("appendix-{}", letter.to_lowercase()),
                letter,
                title,
                file: entry.file.value.clone(),
                text: text.trim().to_owned(),
            }
        })
        .collect()
}

/// The alphabet of standard base64 (RFC 4648).
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 (RFC 4648) with padding, as `data:` URIs take it.
fn base64(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> shift) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// [`base64`] read back: the bytes of padded standard base64, `None` for anything else. The PDF
/// reads the logo from its `data:` URI with it.
#[cfg(feature = "pdf")]
pub(crate) fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for chunk in bytes.chunks(4) {
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            let value = ALPHABET.iter().position(|&a| a == c)?;
            n = (n << 6) | value as u32;
        }
        n <<= 6 * pad as u32;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&decoded[..3 - pad.min(2)]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "pdf")]
    #[test]
    fn base64_comes_back_as_the_bytes_it_was() {
        assert_eq!(base64_decode("").unwrap(), b"");
        assert_eq!(base64_decode("TQ==").unwrap(), b"M");
        assert_eq!(base64_decode("TWE=").unwrap(), b"Ma");
        assert_eq!(base64_decode("TWFu").unwrap(), b"Man");
        assert_eq!(base64_decode("3q2+7w==").unwrap(), [0xde, 0xad, 0xbe, 0xef]);
        assert!(base64_decode("TWF").is_none());
        assert!(base64_decode("TW*u").is_none());
        let bytes: Vec<u8> = (0..=255).collect();
        for len in [0, 1, 2, 3, 254, 255, 256] {
            assert_eq!(
                base64_decode(&base64(&bytes[..len])).unwrap(),
                &bytes[..len]
            );
        }
    }

    #[test]
    fn base64_follows_rfc_4648() {
        // The test vectors of RFC 4648, section 10.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
        assert_eq!(base64(&[0xff, 0xfe, 0x80]), "//6A");
    }
}
