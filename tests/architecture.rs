//! The library is a one-way street: each module of `src/` sits on a floor, and a module may use
//! only modules on floors below its own (`docs/architecture.md` draws the same map). Within a
//! module, its files must not import each other in a cycle. The test reads the `crate::` paths of
//! every file (comments removed), so a new import that runs upward or sideways fails it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

mod common;

/// The floors, bottom first. A module uses only modules of lower floors.
const FLOORS: &[&[&str]] = &[
    &["limits", "source", "text"],
    &["diag", "model", "write"],
    &["discover"],
    &["load"],
    &["git", "plan"],
    &["validate"],
    &["check", "diff", "init", "report"],
    &["render"],
    &["error"],
];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
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

/// The text without `//` comments (line and doc comments), so prose naming a module is not an
/// import. String literals containing `//` are rare enough in this crate not to matter.
fn code_of(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a file names through `crate::module` or `use crate::{module, …}`.
fn crate_paths(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

/// The top-level module of a file under `src/` (`render` for `src/render/views/step5.rs`).
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_str()
        .unwrap();
    first.trim_end_matches(".rs").to_owned()
}

/// The library's files by top-level module (the binary's `main.rs` and `cli/` are above all).
fn library() -> BTreeMap<PathBuf, (String, String)> {
    let src = common::root().join("src");
    rust_files(&src)
        .into_iter()
        .filter_map(|file| {
            let module = module_of(&src, &file);
            if matches!(module.as_str(), "main" | "lib" | "cli") {
                return None;
            }
            let code = code_of(&std::fs::read_to_string(&file).unwrap());
            Some((file, (module, code)))
        })
        .collect()
}

#[test]
fn every_module_has_a_floor() {
    let modules: BTreeSet<String> = library().into_values().map(|(m, _)| m).collect();
    let missing: Vec<&String> = modules.iter().filter(|m| floor_of(m).is_none()).collect();
    assert!(
        missing.is_empty(),
        "modules without a floor in tests/architecture.rs and docs/architecture.md: {missing:?}"
    );
}

#[test]
fn no_module_uses_a_module_on_its_own_floor_or_above() {
    let mut wrong = Vec::new();
    for (file, (module, code)) in library() {
        let Some(own) = floor_of(&module) else {
            continue; // every_module_has_a_floor reports it
        };
        for used in crate_paths(&code) {
            if used == module {
                continue;
            }
            match floor_of(&used) {
                Some(floor) if floor < own => {}
                Some(_) => wrong.push(format!(
                    "{} ({module}) uses crate::{used}, which is not on a lower floor",
                    file.strip_prefix(common::root()).unwrap_or(&file).display()
                )),
                None => {} // an item of lib.rs (`Error`, `Result`) or a macro path
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that run upward or sideways:\n{}",
        wrong.join("\n")
    );
}

/// The sibling files a file of a module imports (`super::x`, `crate::module::x`).
fn siblings(module: &str, code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for prefix in ["super::".to_owned(), format!("crate::{module}::")] {
        let mut rest = code;
        while let Some(i) = rest.find(prefix.as_str()) {
            rest = &rest[i + prefix.len()..];
            let parts: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                group[..end]
                    .split(',')
                    .map(|p| p.trim().split("::").next().unwrap_or("").to_owned())
                    .collect()
            } else {
                vec![
                    rest.chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect(),
                ]
            };
            out.extend(parts.into_iter().filter(|p| !p.is_empty()));
        }
    }
    out
}

#[test]
fn the_files_of_a_module_import_each_other_without_a_cycle() {
    let src = common::root().join("src");
    // For each module folder: file stem → the sibling stems it imports.
    let mut graphs: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (file, (module, code)) in library() {
        let Ok(rel) = file.strip_prefix(src.join(&module)) else {
            continue; // a single-file module
        };
        let stem = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_str()
            .unwrap()
            .trim_end_matches(".rs")
            .to_owned();
        if stem == "mod" {
            continue; // the module root declares its files; it may use them all
        }
        graphs
            .entry(module.clone())
            .or_default()
            .entry(stem)
            .or_default()
            .extend(siblings(&module, &code));
    }
    let mut cycles = Vec::new();
    for (module, graph) in &graphs {
        for start in graph.keys() {
            // Depth-first search for a path back to `start`.
            let mut stack = vec![(start.clone(), vec![start.clone()])];
            let mut seen = BTreeSet::new();
            while let Some((node, path)) = stack.pop() {
                for next in graph.get(&node).into_iter().flatten() {
                    if next == start {
                        cycles.push(format!("{module}: {} → {start}", path.join(" → ")));
                    } else if graph.contains_key(next) && seen.insert(next.clone()) {
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
        "import cycles between the files of a module:\n{}",
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
