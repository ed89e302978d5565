//! The files `kplan.toml` names besides the plan files: the logo (`[render] logo`) and the
//! appendices (`[[appendices]]`).
//!
//! They are read like plan files, and with the same care: the path must stay inside the plan
//! folder, no link may lead out of it, only regular files are opened, and each kind has its size
//! limit. A PNG must begin as a PNG does; an SVG is parsed and written back from a whitelist
//! ([`super::svg`]); an appendix must be UTF-8 Markdown. Whatever cannot be used is an
//! `attachment` finding at its value in `kplan.toml`, never an error that stops the run: the
//! plan is checked all the same, and the document is written without what was refused if the
//! finding's severity is lowered.

use crate::diag::{Code, Finding};
use crate::limits;
use crate::model::{AppendixText, Logo, LogoKind, Manifest, Plan, Spanned, stays_inside};
use crate::msg;

use super::FileSource;
use super::safe::Refusal;
use super::svg;

/// The eight bytes every PNG file begins with.
const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Reads the logo and the appendices that `manifest` names into `plan`; what cannot be used is
/// a finding.
pub(super) fn read(
    source: &dyn FileSource,
    manifest: &Manifest,
    plan: &mut Plan,
    findings: &mut Vec<Finding>,
) {
    if let Some(logo) = manifest.render.as_ref().and_then(|r| r.logo.as_ref()) {
        match read_logo(source, logo) {
            Ok((read, unsafe_parts)) => {
                plan.logo = Some(read);
                findings.extend(unsafe_parts.map(|f| *f));
            }
            Err(finding) => findings.push(*finding),
        }
    }
    for (entry, appendix) in manifest.appendices.iter().enumerate() {
        if entry == limits::MAX_APPENDICES {
            findings.push(
                Finding::at(
                    Code::Attachment,
                    appendix.file.span,
                    msg!("attachment-too-many", limit = limits::MAX_APPENDICES),
                )
                .help(msg!("attachment-too-many-help")),
            );
            break;
        }
        match read_appendix(source, &appendix.file) {
            Ok(text) => {
                if appendix.title.is_none() && crate::text::leading_heading(&text).is_none() {
                    findings.push(
                        Finding::at(
                            Code::Attachment,
                            appendix.file.span,
                            msg!("attachment-no-title", file = appendix.file.value.as_str()),
                        )
                        .help(msg!("attachment-no-title-help")),
                    );
                }
                plan.appendix_texts.push(AppendixText { entry, text });
            }
            Err(finding) => findings.push(*finding),
        }
    }
}

/// The logo, and the finding of what was left out of an SVG, if anything was: the cleaned SVG is
/// what the document shows when that finding's severity is lowered.
fn read_logo(
    source: &dyn FileSource,
    value: &Spanned<String>,
) -> Result<(Logo, Option<Box<Finding>>), Box<Finding>> {
    let file = value.value.as_str();
    let kind = match extension(file).as_deref() {
        Some("svg") => LogoKind::Svg,
        Some("png") => LogoKind::Png,
        _ => {
            return Err(finding(
                value,
                msg!("attachment-logo-format", file = file),
                msg!("attachment-logo-format-help"),
            ));
        }
    };
    let bytes = fetch(source, value, limits::MAX_LOGO_BYTES, "logo")?;
    match kind {
        LogoKind::Png if !bytes.starts_with(PNG_SIGNATURE) => Err(finding(
            value,
            msg!("attachment-not-png", file = file),
            msg!("attachment-not-png-help"),
        )),
        LogoKind::Png => Ok((Logo { kind, bytes }, None)),
        LogoKind::Svg => {
            let text = utf8(value, bytes)?;
            let clean = svg::sanitise(&text).map_err(|reason| {
                finding(
                    value,
                    msg!("attachment-not-svg", file = file, reason = reason),
                    msg!("attachment-not-svg-help"),
                )
            })?;
            let left_out = (!clean.removed.is_empty()).then(|| {
                finding(
                    value,
                    msg!(
                        "attachment-svg-unsafe",
                        file = file,
                        removed = clean.removed.join(", ")
                    ),
                    msg!("attachment-svg-unsafe-help"),
                )
            });
            let logo = Logo {
                kind,
                bytes: clean.svg.into_bytes(),
            };
            Ok((logo, left_out))
        }
    }
}

fn read_appendix(source: &dyn FileSource, value: &Spanned<String>) -> Result<String, Box<Finding>> {
    let file = value.value.as_str();
    // Never a plan file's name: the loader would read it as one too.
    if !matches!(extension(file).as_deref(), Some("md" | "markdown")) {
        return Err(finding(
            value,
            msg!("attachment-appendix-format", file = file),
            msg!("attachment-appendix-format-help"),
        ));
    }
    let bytes = fetch(source, value, limits::MAX_APPENDIX_BYTES, "appendix")?;
    utf8(value, bytes)
}

/// The bytes of the file `value` names, if it may be read: inside the plan folder, a regular
/// file, within `limit`. `kind` (`logo`, `appendix`) selects the words of the size finding.
fn fetch(
    source: &dyn FileSource,
    value: &Spanned<String>,
    limit: u64,
    kind: &str,
) -> Result<Vec<u8>, Box<Finding>> {
    let file = value.value.as_str();
    if !stays_inside(file) {
        return Err(finding(
            value,
            msg!("attachment-outside", file = file),
            msg!("attachment-outside-help"),
        ));
    }
    let unreadable = |e: crate::discover::ReadError| {
        let reason = match &e {
            crate::discover::ReadError::Read { source, .. } => source.to_string(),
            other => other.to_string(),
        };
        finding(
            value,
            msg!("attachment-unreadable", file = file, reason = reason),
            msg!("attachment-unreadable-help"),
        )
    };
    if let Some(refusal) = source.refusal(file).map_err(unreadable)? {
        let why = match refusal {
            Refusal::Outside => "outside",
            Refusal::Broken => "broken",
            Refusal::Folder => "folder",
            Refusal::Special(_) => "special",
        };
        return Err(finding(
            value,
            msg!("attachment-refused", file = file, why = why),
            msg!("attachment-refused-help", why = why),
        ));
    }
    let Some(size) = source.size(file).map_err(unreadable)? else {
        return Err(finding(
            value,
            msg!("attachment-missing", file = file),
            msg!("attachment-missing-help"),
        ));
    };
    if size > limit {
        return Err(finding(
            value,
            msg!(
                "attachment-too-large",
                file = file,
                kind = kind,
                size = size.div_ceil(1024),
                limit = limit / 1024
            ),
            msg!("attachment-too-large-help", kind = kind),
        ));
    }
    let bytes = source.read(file).map_err(unreadable)?;
    // The file may have grown since its size was read.
    if bytes.len() as u64 > limit {
        return Err(finding(
            value,
            msg!(
                "attachment-too-large",
                file = file,
                kind = kind,
                size = (bytes.len() as u64).div_ceil(1024),
                limit = limit / 1024
            ),
            msg!("attachment-too-large-help", kind = kind),
        ));
    }
    Ok(bytes)
}

fn utf8(value: &Spanned<String>, bytes: Vec<u8>) -> Result<String, Box<Finding>> {
    String::from_utf8(bytes).map_err(|_| {
        finding(
            value,
            msg!("attachment-not-utf8", file = value.value.as_str()),
            msg!("attachment-not-utf8-help"),
        )
    })
}

/// The extension of a file name, in lower case.
fn extension(file: &str) -> Option<String> {
    let name = file.rsplit(['/', '\\']).next()?;
    let (stem, ext) = name.rsplit_once('.')?;
    (!stem.is_empty()).then(|| ext.to_ascii_lowercase())
}

fn finding(
    value: &Spanned<String>,
    message: crate::diag::Msg,
    help: crate::diag::Msg,
) -> Box<Finding> {
    Box::new(Finding::at(Code::Attachment, value.span, message).help(help))
}

#[cfg(test)]
mod tests {
    #[test]
    fn extensions_are_read_in_any_case() {
        assert_eq!(super::extension("vedlegg/Mandat.MD").as_deref(), Some("md"));
        assert_eq!(super::extension("våpen.svg").as_deref(), Some("svg"));
        assert_eq!(super::extension(".svg"), None);
        assert_eq!(super::extension("logo"), None);
    }
}
