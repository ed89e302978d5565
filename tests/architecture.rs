//! The library is a one-way street: each module of `src/` sits on a floor, and a module may use
//! only modules on floors below its own (`docs/architecture.md` draws the same map). Within a
//! folder, its files must not import each other in a cycle.
//!
//! The test reads every file's code (comments and string literals removed) and every path that
//! starts with `crate::` or `super::`, following nested `use` groups and resolving `super::`
//! against the file's place in the module tree; `crate::Error` counts as the `error` module it is
//! re-exported from. A path it cannot place fails the test rather than passing unseen.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod common;

/// The floors, bottom first. A module uses only modules of lower floors.
const FLOORS: &[&[&str]] = &[
    &["limits", "source", "text"],
    &["model", "write"],
    &["diag"],
    &["discover"],
    &["load"],
    &["git", "plan"],
    &["validate"],
    &["workspace"],
    &["check", "diff", "init", "report"],
    &["render"],
    &["error"],
];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
}

// ---------------------------------------------------------------------------------------------
// Reading the code

/// The code without comments, string literals and character literals (each replaced by a space),
/// so neither prose nor a path written in a string counts as an import.
fn code_of(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_alphanumeric() || *p == '_')
        {
            // A raw string r"…", r#"…"#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                match chars.get(j) {
                    None => break,
                    Some('"') if (0..hashes).all(|k| chars.get(j + 1 + k) == Some(&'#')) => {
                        j += 1 + hashes;
                        break;
                    }
                    _ => j += 1,
                }
            }
            i = j;
            out.push(' ');
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push(' ');
        } else if c == '\'' {
            // A character literal ('x', '\n', '"'), or a lifetime ('a), which stays.
            if next == Some('\\') {
                i += 2;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
                out.push(' ');
            } else if chars.get(i + 2) == Some(&'\'') {
                i += 3;
                out.push(' ');
            } else {
                out.push(c);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path in `code` that starts with `crate` or `super`, as its segments, with `use` groups
/// expanded (`use crate::{a::{b, c}, d}` gives `crate::a::b`, `crate::a::c`, `crate::d`), and
/// the inline modules (`mod tests { … }`) it is written in, innermost last: `super` inside one
/// of them first leaves it.
fn paths(code: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut depth = 0usize;
    // The open inline modules: (name, the brace depth inside it).
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != ':';
        let word: String = chars[i..].iter().take_while(|&&c| is_ident(c)).collect();
        match chars[i] {
            '{' => {
                depth += 1;
                i += 1;
            }
            '}' => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                i += 1;
            }
            _ if starts_word && word == "mod" => {
                // `mod name {` opens an inline module; `mod name;` is a file.
                let j = skip_space(&chars, i + 3);
                let name: String = chars[j..].iter().take_while(|&&c| is_ident(c)).collect();
                let k = skip_space(&chars, j + name.len());
                if !name.is_empty() && chars.get(k) == Some(&'{') {
                    depth += 1;
                    inline.push((name, depth));
                    i = k + 1;
                } else {
                    i += 3;
                }
            }
            _ if starts_word && (word == "crate" || word == "super") => {
                let (found, end) = parse_path(&chars, i, Vec::new());
                let within: Vec<String> = inline.iter().map(|(n, _)| n.clone()).collect();
                out.extend(found.into_iter().map(|p| (within.clone(), p)));
                i = end.max(i + 1);
            }
            _ if !word.is_empty() => i += word.len(),
            _ => i += 1,
        }
    }
    out
}

fn skip_space(chars: &[char], mut i: usize) -> usize {
    while chars.get(i).is_some_and(|c| c.is_whitespace()) {
        i += 1;
    }
    i
}

/// Parses a path from `i` (segments, `::`, groups), prefixed by `prefix`; returns the paths and
/// where it ended.
fn parse_path(chars: &[char], mut i: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut segments = prefix;
    loop {
        i = skip_space(chars, i);
        if chars.get(i) == Some(&'{') {
            // A group: paths separated by commas at this level.
            let mut out = Vec::new();
            i += 1;
            loop {
                i = skip_space(chars, i);
                match chars.get(i) {
                    None => return (out, i),
                    Some('}') => return (out, i + 1),
                    Some(',') => i += 1,
                    _ => {
                        let (found, end) = parse_path(chars, i, segments.clone());
                        out.extend(found);
                        // Skip `as alias` and anything else up to the next `,` or `}`.
                        i = end;
                        while let Some(&c) = chars.get(i) {
                            if c == ',' || c == '}' {
                                break;
                            }
                            i += 1;
                        }
                    }
                }
            }
        }
        let start = i;
        while chars.get(i).is_some_and(|&c| is_ident(c)) {
            i += 1;
        }
        if i == start {
            if chars.get(i) == Some(&'*') {
                i += 1; // a glob: the path so far is what is used
            }
            return (vec![segments], i);
        }
        segments.push(chars[start..i].iter().collect());
        let after = skip_space(chars, i);
        if chars.get(after) == Some(&':') && chars.get(after + 1) == Some(&':') {
            i = after + 2;
        } else {
            return (vec![segments], i);
        }
    }
}

/// The module path of a file under `src/`: `src/plan/index.rs` → `plan::index`,
/// `src/plan/mod.rs` → `plan`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_str().unwrap().trim_end_matches(".rs").to_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// A path resolved against the file it is written in: the absolute module path it names, or why
/// it cannot be placed.
fn resolve(file_module: &[String], path: &[String]) -> Result<Vec<String>, String> {
    let mut base: Vec<String> = file_module.to_vec();
    let mut rest = path;
    if rest.first().is_some_and(|s| s == "crate") {
        base.clear();
        rest = &rest[1..];
    } else {
        while rest.first().is_some_and(|s| s == "super") {
            if base.pop().is_none() {
                return Err(format!("`{}` climbs above the crate", path.join("::")));
            }
            rest = &rest[1..];
        }
    }
    if rest.first().is_some_and(|s| s == "self") {
        return Err(format!(
            "`{}` names the crate root itself (an alias hides what is used)",
            path.join("::")
        ));
    }
    base.extend(rest.iter().cloned());
    Ok(base)
}

/// The items `lib.rs` re-exports, by name → the module that defines them.
fn reexports(src: &Path) -> BTreeMap<String, String> {
    let code = code_of(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut out = BTreeMap::new();
    for line in code.lines().map(str::trim) {
        let Some(used) = line.strip_prefix("pub use ") else {
            continue;
        };
        let (found, _) = parse_path(
            &used.trim_end_matches(';').chars().collect::<Vec<_>>(),
            0,
            Vec::new(),
        );
        for path in found {
            if let (Some(module), Some(item)) = (path.first(), path.last()) {
                out.insert(item.clone(), module.clone());
            }
        }
    }
    // `msg!` is defined in `diag` and exported at the crate root by `#[macro_export]`.
    out.insert("msg".into(), "diag".into());
    out
}

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// A file of the library: its module path and the module paths its code names.
struct File {
    path: PathBuf,
    module: Vec<String>,
    uses: Vec<Vec<String>>,
    errors: Vec<String>,
}

/// The library's files (the binary's `main.rs` and `cli/` are above all floors).
fn library() -> Vec<File> {
    let src = common::root().join("src");
    rust_files(&src)
        .into_iter()
        .filter_map(|path| {
            let module = module_path(&src, &path);
            if matches!(
                module.first().map(String::as_str),
                Some("main" | "lib" | "cli")
            ) {
                return None;
            }
            let code = code_of(&std::fs::read_to_string(&path).unwrap());
            let mut uses = Vec::new();
            let mut errors = Vec::new();
            for (within, p) in paths(&code) {
                let here: Vec<String> = module.iter().chain(&within).cloned().collect();
                match resolve(&here, &p) {
                    Ok(resolved) => uses.push(resolved),
                    Err(e) => errors.push(e),
                }
            }
            if code.contains("#[path") {
                errors.push("`#[path]` moves a module file where the floors cannot see it".into());
            }
            Some(File {
                path,
                module,
                uses,
                errors,
            })
        })
        .collect()
}

fn shown(path: &Path) -> String {
    path.strip_prefix(common::root())
        .unwrap_or(path)
        .display()
        .to_string()
}

// ---------------------------------------------------------------------------------------------
// The rules

#[test]
fn every_module_has_a_floor() {
    let modules: BTreeSet<String> = library().into_iter().map(|f| f.module[0].clone()).collect();
    let missing: Vec<&String> = modules.iter().filter(|m| floor_of(m).is_none()).collect();
    assert!(
        missing.is_empty(),
        "modules without a floor in tests/architecture.rs and docs/architecture.md: {missing:?}"
    );
}

#[test]
fn no_module_uses_a_module_on_its_own_floor_or_above() {
    let reexports = reexports(&common::root().join("src"));
    let mut wrong = Vec::new();
    for file in library() {
        let own_module = &file.module[0];
        let Some(own) = floor_of(own_module) else {
            continue; // every_module_has_a_floor reports it
        };
        for error in &file.errors {
            wrong.push(format!("{}: {error}", shown(&file.path)));
        }
        for used in &file.uses {
            let Some(first) = used.first() else {
                continue;
            };
            let target = reexports.get(first).unwrap_or(first);
            if target == own_module {
                continue;
            }
            match floor_of(target) {
                Some(floor) if floor < own => {}
                Some(_) => wrong.push(format!(
                    "{} ({own_module}) uses crate::{}, which is not on a lower floor",
                    shown(&file.path),
                    used.join("::")
                )),
                None => wrong.push(format!(
                    "{}: crate::{} is neither a module with a floor nor a re-export of lib.rs",
                    shown(&file.path),
                    used.join("::")
                )),
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that run upward or sideways:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_files_of_a_folder_import_each_other_without_a_cycle() {
    let files = library();
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    // For each folder (a module path): child → the children it imports.
    let mut graphs: BTreeMap<Vec<String>, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for file in &files {
        for used in &file.uses {
            let common = file
                .module
                .iter()
                .zip(used)
                .take_while(|(a, b)| a == b)
                .count();
            // The folder's own root (`mod.rs`) may use its files; a use of the file itself or of
            // something outside the folder is no edge inside it.
            if common >= file.module.len() || common >= used.len() || common == 0 {
                continue;
            }
            let folder = file.module[..common].to_vec();
            let target: Vec<String> = used[..=common].to_vec();
            if !modules.contains(&target) && !modules.iter().any(|m| m.starts_with(&target)) {
                continue; // an item of the folder's root, not one of its files
            }
            graphs
                .entry(folder)
                .or_default()
                .entry(file.module[common].clone())
                .or_default()
                .insert(used[common].clone());
        }
    }
    let mut cycles = Vec::new();
    for (folder, graph) in &graphs {
        for start in graph.keys() {
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((node, path)) = stack.pop() {
                for next in graph.get(&node).into_iter().flatten() {
                    if next == start {
                        cycles.push(format!(
                            "{}: {} → {start}",
                            folder.join("::"),
                            path.join(" → ")
                        ));
                    } else if seen.insert(next.clone()) {
                        let mut longer = path.clone();
                        longer.push(next.clone());
                        stack.push((next.clone(), longer));
                    }
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "import cycles between the files of a folder:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn the_architecture_page_names_every_floor() {
    let page = std::fs::read_to_string(common::root().join("docs/architecture.md")).unwrap();
    for module in FLOORS.iter().flat_map(|f| f.iter()) {
        assert!(
            page.contains(&format!("`{module}`")),
            "docs/architecture.md does not name the module `{module}`"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// The reader itself: the tricks a review found must not hide an import.

fn used_by(module: &[&str], code: &str) -> Vec<String> {
    let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
    paths(&code_of(code))
        .iter()
        .map(|(within, p)| {
            let here: Vec<String> = module.iter().chain(within).cloned().collect();
            resolve(&here, p)
        })
        .map(|r| match r {
            Ok(r) => r.join("::"),
            Err(e) => format!("error: {e}"),
        })
        .collect()
}

#[test]
fn the_reader_sees_through_the_usual_tricks() {
    // `super` climbs from plan::index to the crate root.
    assert_eq!(
        used_by(
            &["plan", "index"],
            "use super::super::validate::RuleContext;"
        ),
        ["validate::RuleContext"]
    );
    // In a module root (`plan/mod.rs` is `plan`), one `super` is the crate root.
    assert_eq!(
        used_by(&["plan"], "use super::validate::Sink;"),
        ["validate::Sink"]
    );
    // Nested groups, with aliases.
    assert_eq!(
        used_by(
            &["model"],
            "use crate::{text::{Language, Key as K}, render::Rendered};"
        ),
        ["text::Language", "text::Key", "render::Rendered"]
    );
    // A path after a string holding `//`, and a path inside a string (not an import).
    assert_eq!(
        used_by(
            &["text"],
            r#"let u = "http://x"; crate::render::run(); let s = "crate::diff";"#
        ),
        ["render::run"]
    );
    // A character literal with a quote does not open a string.
    assert_eq!(
        used_by(&["text"], r#"let q = '"'; crate::diff::compare();"#),
        ["diff::compare"]
    );
    // Comments are not code; block comments nest.
    assert_eq!(
        used_by(
            &["text"],
            "// crate::render\n/* a /* crate::diff */ b */ crate::model::Plan"
        ),
        ["model::Plan"]
    );
    // An alias of the crate root hides what is used: refused.
    assert_eq!(
        used_by(&["text"], "use crate::{self as k};"),
        ["error: `crate::self` names the crate root itself (an alias hides what is used)"]
    );
    // `super` inside an inline module first leaves that module.
    assert_eq!(
        used_by(
            &["check"],
            "mod tests { use super::run_rules; mod deeper { use super::super::read; } }"
        ),
        ["check::run_rules", "check::read"]
    );
    // Re-exports of lib.rs are placed in their module.
    assert_eq!(
        reexports(&common::root().join("src")).get("Error"),
        Some(&"error".to_owned())
    );
}
