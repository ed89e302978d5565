//! `[workspace] members` and `exclude`: the folders of the member plans.
//!
//! A member is a folder below the root, written with `/`; a segment may be a pattern with `*`
//! (any characters) and `?` (one character), matched against the folder's entries in name order.
//! Nothing is followed out of the root: a segment that is a link is refused, hidden folders are
//! not matched by patterns, and `..` or an absolute path is an error.

use std::path::Path;

use crate::diag::{Code, Finding};
use crate::discover::MANIFEST;
use crate::model::WorkspaceManifest;
use crate::msg;
use crate::source::Span;

/// One member plan.
#[derive(Debug, Clone)]
pub struct Member {
    /// The folder relative to the root, `/`-separated; empty for a plan in the root itself.
    pub rel: String,
    /// The entry of `members` that named it (`None` for the root plan).
    pub span: Option<Span>,
}

/// The members found, in the order of `members` (each pattern's matches in name order), each
/// once, and the `workspace` findings of the entries.
#[derive(Debug, Default)]
pub struct Members {
    /// The member plans.
    pub members: Vec<Member>,
    /// Entries that name no plan.
    pub findings: Vec<Finding>,
}

/// Finds the members of the planverk at `root`; `root_plan` when the
/// root's `kplan.toml` also holds `[plan]`.
pub fn find_members(root: &Path, manifest: &WorkspaceManifest, root_plan: bool) -> Members {
    let mut found = Members::default();
    if root_plan {
        found.members.push(Member {
            rel: String::new(),
            span: None,
        });
    }
    let excluded: Vec<String> = manifest
        .workspace
        .exclude
        .iter()
        .map(|e| normalize(&e.value))
        .collect();
    for entry in manifest.workspace.members.value.iter() {
        let span = entry.span;
        let written = entry.value.as_str();
        if !crate::model::stays_inside(written) {
            found.findings.push(
                Finding::at(
                    Code::Workspace,
                    span,
                    msg!("workspace-member-outside", member = written),
                )
                .label(msg!("workspace-member-outside-label"))
                .help(msg!("workspace-member-outside-help")),
            );
            continue;
        }
        let pattern = normalize(written);
        let is_pattern = pattern.contains(['*', '?']);
        let matches = expand(root, &pattern);
        let matches: Vec<String> = matches
            .into_iter()
            .filter(|m| !excluded.contains(m))
            .collect();
        if matches.is_empty() && is_pattern {
            found.findings.push(
                Finding::at(
                    Code::Workspace,
                    span,
                    msg!("workspace-pattern-empty", member = written),
                )
                .label(msg!("workspace-pattern-empty-label"))
                .help(msg!("workspace-pattern-empty-help")),
            );
            continue;
        }
        if !is_pattern && excluded.contains(&pattern) {
            continue;
        }
        if !is_pattern && matches.is_empty() {
            // A literal member that is not a folder, or a link.
            let message = if is_link_or_file(root, &pattern) {
                "workspace-member-outside"
            } else {
                "workspace-member-missing"
            };
            found
                .findings
                .push(missing(span, message, written, &pattern));
            continue;
        }
        for rel in matches {
            if found.members.iter().any(|m| m.rel == rel) {
                continue;
            }
            if !root.join(&rel).join(MANIFEST).is_file() {
                found
                    .findings
                    .push(missing(span, "workspace-member-missing", &rel, &rel));
                continue;
            }
            found.members.push(Member {
                rel,
                span: Some(span),
            });
        }
    }
    found
}

fn missing(span: Span, message: &'static str, member: &str, folder: &str) -> Finding {
    if message == "workspace-member-missing" {
        Finding::at(
            Code::Workspace,
            span,
            msg!("workspace-member-missing", member = member),
        )
        .label(msg!("workspace-member-missing-label"))
        .help(msg!("workspace-member-missing-help", member = folder))
    } else {
        Finding::at(
            Code::Workspace,
            span,
            msg!("workspace-member-outside", member = member),
        )
        .label(msg!("workspace-member-outside-label"))
        .help(msg!("workspace-member-outside-help"))
    }
}

/// `./a//b/` → `a/b`.
fn normalize(path: &str) -> String {
    path.split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect::<Vec<_>>()
        .join("/")
}

/// Whether `rel` exists but is not a real folder (a link, a file).
fn is_link_or_file(root: &Path, rel: &str) -> bool {
    let mut path = root.to_path_buf();
    for segment in rel.split('/') {
        path.push(segment);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() || !meta.is_dir() => return true,
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    false
}

/// The folders below `root` that `pattern` (normalized) names, relative and sorted per segment;
/// links are never followed, hidden folders match only a segment that names them.
fn expand(root: &Path, pattern: &str) -> Vec<String> {
    let mut current = vec![String::new()];
    for segment in pattern.split('/') {
        let mut next = Vec::new();
        for base in &current {
            let dir = root.join(base);
            let join = |name: &str| {
                if base.is_empty() {
                    name.to_owned()
                } else {
                    format!("{base}/{name}")
                }
            };
            if segment.contains(['*', '?']) {
                let Ok(entries) = std::fs::read_dir(&dir) else {
                    continue;
                };
                let mut names: Vec<String> = entries
                    .filter_map(Result::ok)
                    .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
                    .filter_map(|e| e.file_name().into_string().ok())
                    .filter(|n| !n.starts_with('.') && wildcard(segment, n))
                    .collect();
                names.sort();
                next.extend(names.iter().map(|n| join(n)));
            } else {
                let is_dir = std::fs::symlink_metadata(dir.join(segment))
                    .is_ok_and(|m| m.is_dir() && !m.file_type().is_symlink());
                if is_dir {
                    next.push(join(segment));
                }
            }
        }
        current = next;
    }
    current
}

/// Whether `name` matches `pattern`, where `*` is any run of characters and `?` one character.
fn wildcard(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    // Classic two-pointer match with backtracking to the last `*`.
    let (mut i, mut j, mut star, mut mark) = (0, 0, None, 0);
    while j < n.len() {
        if i < p.len() && (p[i] == '?' || p[i] == n[j]) {
            i += 1;
            j += 1;
        } else if i < p.len() && p[i] == '*' {
            star = Some(i);
            mark = j;
            i += 1;
        } else if let Some(s) = star {
            i = s + 1;
            mark += 1;
            j = mark;
        } else {
            return false;
        }
    }
    p[i..].iter().all(|c| *c == '*')
}

#[cfg(test)]
mod tests {
    use super::wildcard;

    #[test]
    fn patterns_match_a_segment() {
        assert!(wildcard("*", "helse"));
        assert!(wildcard("he*", "helse"));
        assert!(wildcard("h?lse", "helse"));
        assert!(wildcard("*e", "helse"));
        assert!(!wildcard("o*", "helse"));
        assert!(!wildcard("h?se", "helse"));
        assert!(wildcard("*ls*", "helse"));
    }
}
