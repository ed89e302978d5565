//! The whole pipeline in memory, as the binary runs it: load → check → every report format →
//! render (HTML and Markdown) → diff. Every call into the library is in [`exercise`], so a change
//! of a signature on another branch is adapted here once.

// Shared by tests/fuzz/main.rs and tests/fuzz_regressions.rs; each uses a part.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use kplan::diag::Severity;
use kplan::load::{FileSource, Loaded};
use kplan::model::{Date, Plan};
use kplan::plan::Checked;
use kplan::validate::Today;
use kplan::{diff, render, report};

/// A plan folder held in memory: paths relative to the root, `/`-separated.
#[derive(Clone, Default)]
pub struct MemoryPlan {
    /// The files, the manifest (`kplan.toml`) among them.
    pub files: BTreeMap<String, Vec<u8>>,
}

impl MemoryPlan {
    /// Every file under `dir` (a plan folder in the repository), read from disk.
    pub fn read(dir: &Path) -> MemoryPlan {
        let mut files = BTreeMap::new();
        for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
            let entry = entry.unwrap();
            if entry.file_type().is_file() {
                let rel = kplan::discover::relative(dir, entry.path());
                files.insert(rel, std::fs::read(entry.path()).unwrap());
            }
        }
        MemoryPlan { files }
    }
}

impl FileSource for MemoryPlan {
    fn root(&self) -> &Path {
        Path::new("plan")
    }

    fn plan_files(&self, skip: &[String]) -> Result<Vec<String>, kplan::discover::ReadError> {
        let all: Vec<String> = self.files.keys().cloned().collect();
        Ok(kplan::discover::plan_paths(&all, skip))
    }

    fn size(&self, rel: &str) -> Result<Option<u64>, kplan::discover::ReadError> {
        Ok(self.files.get(rel).map(|b| b.len() as u64))
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>, kplan::discover::ReadError> {
        Ok(self.files.get(rel).cloned().unwrap_or_default())
    }
}

/// The date every run counts as today.
pub fn today() -> Today {
    Today(Date::parse("2026-11-27").unwrap())
}

/// Loads a plan from memory. Operational errors cannot happen with this source, so one is a bug.
pub fn load(plan: &MemoryPlan) -> Loaded {
    kplan::load::load_from(plan).unwrap_or_else(|e| panic!("load_from failed: {e}"))
}

/// Runs everything the binary would run on `mutant`: `check` with every report format; when the
/// plan has no errors, the document (HTML and Markdown, with the changes since `original` as
/// appendix B, as `render --since` does) and its `--dump-context` JSON; and `diff` between
/// `original` and `mutant` both ways, in every format. Returns whether the document was rendered.
/// Panics on any defect; findings are the expected outcome of a broken plan.
pub fn exercise(original: &Plan, mutant: &MemoryPlan) -> bool {
    let loaded = load(mutant);
    // As `kplan::check::check` does after loading.
    let checked = Checked::new(&loaded.plan);
    let mut findings = loaded.findings;
    kplan::check::run_rules(&checked, &loaded.sources, today(), &mut findings);

    let cx = report::ReportContext {
        sources: &loaded.sources,
        path_prefix: "plan/",
        lang: loaded.plan.language(),
        plans: &[],
    };
    let plain = report::HumanOptions {
        color: false,
        width: 80,
        quiet: false,
    };
    let coloured = report::HumanOptions {
        color: true,
        width: 40,
        quiet: true,
    };
    for (format, options) in [
        (report::Format::Human, &plain),
        (report::Format::Human, &coloured),
        (report::Format::Json, &plain),
        (report::Format::Github, &plain),
        (report::Format::Sarif, &plain),
    ] {
        let text = report::format(format, &findings, &cx, options);
        if format == report::Format::Json || format == report::Format::Sarif {
            serde_json::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("{format:?} report is not JSON: {e}"));
        }
    }
    let _ = report::summary(&findings, loaded.sources.len(), kplan::text::Language::Nn);

    let lang = render::language(&loaded.plan, None);
    let original_checked = Checked::new(original);
    for (old, new) in [(&original_checked, &checked), (&checked, &original_checked)] {
        let comparison = diff::compare(old, new, "old", "new");
        for format in [
            render::DiffFormat::Text { color: true },
            render::DiffFormat::Markdown,
        ] {
            render::changes(&comparison, format, lang)
                .unwrap_or_else(|e| panic!("the diff as {format:?} failed: {e}"));
        }
        let json = render::changes(&comparison, render::DiffFormat::Json, lang).unwrap();
        serde_json::from_str::<serde_json::Value>(&json)
            .unwrap_or_else(|e| panic!("the diff JSON is not JSON: {e}"));
    }

    if findings.iter().any(|f| f.severity == Severity::Error) {
        return false;
    }
    let mut context = render::document_data(&checked, &findings, lang, today());
    let comparison = diff::compare(&original_checked, &checked, "old", "new");
    context.set_changes(render::changes_view(&comparison, lang));
    serde_json::to_string_pretty(&context).expect("the context serializes");
    let context = render::to_value(context);
    for output in [render::Output::Html, render::Output::Markdown] {
        render::document_to_string(&context, output, None::<PathBuf>, lang)
            .unwrap_or_else(|e| panic!("rendering {output:?} failed: {e}"));
    }
    true
}
