//! Inputs that the fuzz test (`tests/fuzz`) found to break kplan, each run through the same
//! in-memory pipeline: load → check → every report format → render → diff. See docs/fuzzing.md.

#[path = "fuzz/pipeline.rs"]
mod pipeline;

use kplan::model::Plan;
use pipeline::MemoryPlan;

fn plan(files: &[(&str, &str)]) -> MemoryPlan {
    MemoryPlan {
        files: files
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect(),
    }
}

/// Runs the whole pipeline on a plan of these files (diffed against an empty plan); whether the
/// document was rendered.
fn run(files: &[(&str, &str)]) -> bool {
    pipeline::exercise(&Plan::default(), &plan(files))
}

/// A finding past column 65 535 (a long line before the problem) made the human report panic in
/// miette ("Formatting argument out of range").
#[test]
#[ignore = "known, being fixed in src/report/human.rs on another branch of issue 9; un-ignore \
            and remove its KNOWN_PANICS entry in tests/fuzz/main.rs when merged"]
fn finding_past_column_65535() {
    let manifest = format!(
        "plan = {{ title = \"{}\", municipality = \"M\", scope = \"S\", period = {{ start = 2025, end = 2028 }}, status = 0 }}\n",
        "x".repeat(70_000)
    );
    run(&[("kplan.toml", &manifest)]);
}
