//! A hostile plan repository cannot make kplan write outside where it should: temporary files
//! through links, output folders and documents that are links, `[render] output` outside the
//! plan, `init --force` through a linked folder. Documents are replaced together or not at all,
//! one render at a time; an interrupted run leaves no temporary file; a closed pipe or a full
//! standard output never panics.
#![cfg(unix)]

use std::io::Read;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;

mod common;

use common::root;

fn kplan() -> Command {
    let mut cmd = Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("KPLAN_TODAY")
        .env_remove("GITHUB_ACTIONS")
        .env("KPLAN_TODAY", "2026-11-27")
        .timeout(Duration::from_secs(120));
    cmd
}

fn kplan_process() -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("kplan"));
    cmd.env_remove("GITHUB_ACTIONS")
        .env("KPLAN_TODAY", "2026-11-27");
    cmd
}

/// A copy of the bundled example plan in a fresh folder: (the folder, the plan inside it).
fn example() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    std::fs::create_dir(&plan).unwrap();
    common::copy_tree(&root().join("examples/testvik-helse"), &plan);
    (dir, plan)
}

/// A file outside the plan that must never change.
fn victim(dir: &Path) -> PathBuf {
    let path = dir.join("victim.txt");
    std::fs::write(&path, "precious").unwrap();
    path
}

fn assert_untouched(path: &Path) {
    assert_eq!(
        std::fs::read_to_string(path).unwrap(),
        "precious",
        "{} was written through a link",
        path.display()
    );
}

/// Names of temporary files left in `dir`.
fn leftovers(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("kplan-tmp") || n.contains("kplan-old"))
        .collect()
}

fn set_output(plan: &Path, output: &str) {
    set_render(plan, "output", output);
}

/// Sets `[render] key = value` in the plan's kplan.toml.
fn set_render(plan: &Path, key: &str, value: &str) {
    let manifest = plan.join("kplan.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = if text.contains("[render]") {
        text.replace("[render]", &format!("[render]\n{key} = {value:?}"))
    } else {
        format!("{text}\n[render]\n{key} = {value:?}\n")
    };
    std::fs::write(manifest, text).unwrap();
}

/// Turns a rule's findings off in the plan's kplan.toml.
fn turn_off(plan: &Path, rule: &str) {
    let manifest = plan.join("kplan.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = if text.contains("[checks]") {
        text.replace("[checks]", &format!("[checks]\n{rule} = \"off\""))
    } else {
        format!("{text}\n[checks]\n{rule} = \"off\"\n")
    };
    std::fs::write(manifest, text).unwrap();
}

#[test]
fn temporary_files_are_never_opened_through_a_link() {
    let (dir, plan) = example();
    let victim = victim(dir.path());
    let build = plan.join("build");
    std::fs::create_dir(&build).unwrap();
    // The fixed names of kplan 0.1.0's temporary files, committed as links.
    for name in [".plan.html.kplan-tmp", ".plan.md.kplan-tmp"] {
        symlink(&victim, build.join(name)).unwrap();
    }
    kplan().arg("render").arg(&plan).assert().success();
    assert_untouched(&victim);
    assert!(build.join("plan.html").is_file());
    assert!(
        std::fs::symlink_metadata(build.join(".plan.md.kplan-tmp"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn an_output_folder_that_is_a_link_is_refused() {
    let (dir, plan) = example();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    symlink(&elsewhere, plan.join("build")).unwrap();
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("symbolsk lenke"), "{stderr}");
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
    // Also when given with -o: kplan never writes through a link.
    kplan()
        .arg("render")
        .arg(&plan)
        .arg("-o")
        .arg(plan.join("build"))
        .assert()
        .code(2);
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
}

#[test]
fn a_document_that_is_a_link_is_refused() {
    let (dir, plan) = example();
    let victim = victim(dir.path());
    std::fs::create_dir(plan.join("build")).unwrap();
    symlink(&victim, plan.join("build/plan.md")).unwrap();
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("plan.md er en symbolsk lenke"), "{stderr}");
    assert_untouched(&victim);
    assert!(!plan.join("build/plan.html").exists(), "nothing is written");
    assert!(leftovers(&plan.join("build")).is_empty());
}

#[test]
fn render_output_in_the_manifest_stays_inside_the_plan() {
    for bad in ["../outside", "/tmp/kplan-outside", "build/../../x"] {
        let (_dir, plan) = example();
        set_output(&plan, bad);
        let out = kplan()
            .args(["check", "--format", "json"])
            .arg(&plan)
            .assert()
            .code(1);
        let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
        let finding = json["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "schema" && d["file"] == "kplan.toml")
            .unwrap_or_else(|| panic!("no schema finding for output = {bad}: {json}"));
        assert!(
            finding["message"]
                .as_str()
                .unwrap()
                .contains("peker ut av planmappen"),
            "{finding}"
        );
        kplan().arg("render").arg(&plan).assert().code(1);
    }
}

#[test]
fn a_link_between_the_plan_root_and_the_output_folder_is_refused() {
    // A link inside the plan is read as plan content, but never written through.
    let (_dir, plan) = example();
    std::fs::create_dir(plan.join("real")).unwrap();
    symlink(plan.join("real"), plan.join("docs")).unwrap();
    set_output(&plan, "docs/build");
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("docs er en symbolsk lenke"), "{stderr}");
    assert!(
        std::fs::read_dir(plan.join("real"))
            .unwrap()
            .next()
            .is_none()
    );
    // A link out of the plan is not even read: the plan has an error and nothing is rendered.
    let (dir, plan) = example();
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    symlink(&elsewhere, plan.join("docs")).unwrap();
    set_output(&plan, "docs/build");
    kplan().arg("render").arg(&plan).assert().code(1);
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
}

#[test]
fn an_explicit_output_folder_may_be_anywhere() {
    let (dir, plan) = example();
    let out = dir.path().join("somewhere/else");
    kplan()
        .arg("render")
        .arg(&plan)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert!(out.join("plan.html").is_file() && out.join("plan.md").is_file());
    assert!(leftovers(&out).is_empty());
}

#[test]
fn documents_are_replaced_together_or_not_at_all() {
    let (_dir, plan) = example();
    let build = plan.join("build");
    std::fs::create_dir(&build).unwrap();
    std::fs::write(build.join("plan.html"), "old html").unwrap();
    // plan.md cannot be replaced: a folder holds its place.
    std::fs::create_dir(build.join("plan.md")).unwrap();
    std::fs::write(build.join("plan.md/keep"), "x").unwrap();
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("plan.md er ikke en vanlig fil"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(build.join("plan.html")).unwrap(),
        "old html",
        "plan.html was replaced although plan.md could not be"
    );
    assert!(leftovers(&build).is_empty(), "{:?}", leftovers(&build));
}

/// Holds the lock a render takes on its output folder.
fn lock(dir: &Path) -> std::fs::File {
    let file = std::fs::File::open(dir).unwrap();
    file.lock().unwrap();
    file
}

fn wait(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if let Some(status) = child.try_wait().unwrap() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    None
}

#[test]
fn a_second_render_waits_for_the_first() {
    let (dir, plan) = example();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let held = lock(&out);
    let mut child = kplan_process()
        .args(["render", "-q", "-o"])
        .arg(&out)
        .arg(&plan)
        .spawn()
        .unwrap();
    // While another writer holds the folder, the render does not write (a rendering takes well
    // under these seconds; the wait is for the lock, not a measurement).
    let early = wait(&mut child, Duration::from_secs(3));
    let wrote_while_locked = out.join("plan.html").exists();
    drop(held);
    let status = early.or_else(|| wait(&mut child, Duration::from_secs(120)));
    assert!(early.is_none(), "the render did not wait for the lock");
    assert!(!wrote_while_locked);
    assert!(status.unwrap().success());
    assert!(out.join("plan.html").is_file());
}

#[test]
fn concurrent_renders_never_mix_documents() {
    let (dir, plan_a) = example();
    let plan_b = dir.path().join("plan-b");
    std::fs::create_dir(&plan_b).unwrap();
    common::copy_tree(&plan_a, &plan_b);
    let manifest = plan_b.join("kplan.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let title = text
        .lines()
        .find(|l| l.starts_with("title"))
        .unwrap()
        .to_owned();
    std::fs::write(&manifest, text.replace(&title, "title = \"Plan B\"")).unwrap();
    let out = dir.path().join("out");
    for _ in 0..4 {
        let children: Vec<Child> = [&plan_a, &plan_b, &plan_a, &plan_b]
            .iter()
            .map(|plan| {
                kplan_process()
                    .args(["render", "-q", "-o"])
                    .arg(&out)
                    .arg(plan)
                    .spawn()
                    .unwrap()
            })
            .collect();
        for mut child in children {
            assert!(child.wait().unwrap().success());
        }
        let html = std::fs::read_to_string(out.join("plan.html")).unwrap();
        let md = std::fs::read_to_string(out.join("plan.md")).unwrap();
        assert_eq!(
            html.contains("Plan B"),
            md.contains("Plan B"),
            "plan.html and plan.md come from different renders"
        );
        assert!(leftovers(&out).is_empty());
    }
}

#[test]
fn an_interrupted_render_leaves_no_temporary_file() {
    let (dir, plan) = example();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    // A document that takes long to make, but little of the template's fuel (each step makes a
    // string of a megabyte): there is time to interrupt it.
    std::fs::write(
        templates.join("plan.html.j2"),
        "<p>start</p>{% for i in range(100000) %}{% set s = \"x\" * 1000000 %}{% endfor %}",
    )
    .unwrap();
    let out = dir.path().join("out");
    let mut child = kplan_process()
        .args(["render", "-q", "--format", "html", "--templates"])
        .arg(&templates)
        .arg("-o")
        .arg(&out)
        .arg(&plan)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while leftovers(&out).is_empty() && start.elapsed() < Duration::from_secs(60) {
        assert!(child.try_wait().unwrap().is_none(), "render ended early");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!leftovers(&out).is_empty(), "no temporary file appeared");
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = wait(&mut child, Duration::from_secs(60)).expect("render did not stop");
    assert!(
        leftovers(&out).is_empty(),
        "left behind: {:?}",
        leftovers(&out)
    );
    assert!(!out.join("plan.html").exists());
    assert_eq!(status.code(), Some(130));
}

/// `kplan init --force` with every answer given; the folder follows.
const INIT_FORCE: [&str; 14] = [
    "init",
    "--force",
    "--municipality",
    "Testvik kommune",
    "--number",
    "4699",
    "--scope",
    "Helse",
    "--period",
    "2026-2029",
    "--lang",
    "nb",
    "--format",
    "yaml",
];

#[test]
fn init_force_never_writes_through_a_linked_folder() {
    let dir = tempfile::tempdir().unwrap();
    let outside = dir.path().join("outside");
    std::fs::create_dir(&outside).unwrap();
    for linked in [".github", "schemas"] {
        let target = dir
            .path()
            .join(format!("new-{}", linked.trim_start_matches('.')));
        std::fs::create_dir(&target).unwrap();
        std::fs::write(target.join("notes.txt"), "mine").unwrap();
        symlink(&outside, target.join(linked)).unwrap();
        let out = kplan().args(INIT_FORCE).arg(&target).assert().code(2);
        let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
        assert!(stderr.contains("symbolsk lenke"), "{stderr}");
        assert!(
            std::fs::read_dir(&outside).unwrap().next().is_none(),
            "init wrote through the link {linked}"
        );
        // Nothing half written: only what was there before.
        let mut names: Vec<String> = std::fs::read_dir(&target)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        let mut expected = vec!["notes.txt".to_owned(), linked.to_owned()];
        expected.sort();
        assert_eq!(names, expected);
    }
}

#[test]
fn schema_never_writes_through_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let victim = victim(dir.path());
    let schemas = dir.path().join("schemas");
    std::fs::create_dir(&schemas).unwrap();
    symlink(&victim, schemas.join("plan.schema.json")).unwrap();
    kplan()
        .current_dir(dir.path())
        .arg("schema")
        .assert()
        .code(2);
    assert_untouched(&victim);
    assert!(leftovers(&schemas).is_empty());
}

/// Runs kplan with its standard output closed by the reader before anything is read.
fn closed_pipe(args: &[&str], cwd: &Path) -> (Option<i32>, String) {
    let mut child = kplan_process()
        .args(args)
        .current_dir(cwd)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = wait(&mut child, Duration::from_secs(120)).expect("kplan hung");
    (status.code(), stderr)
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (dir, plan) = example();
    let plan_arg = plan.to_str().unwrap();
    let cases: &[(&[&str], i32)] = &[
        (&["check", "--format", "json", plan_arg], 0),
        (&["check", plan_arg], 0),
        (&["render", "--dump-context", plan_arg], 0),
        (&["explain"], 0),
        (&["explain", "unused"], 0),
        (&["diff", plan_arg, plan_arg], 0),
    ];
    for (args, expected) in cases {
        let (code, stderr) = closed_pipe(args, dir.path());
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?} printed to stderr");
        assert_eq!(code, Some(*expected), "{args:?}");
    }
}

#[test]
fn a_full_standard_output_is_one_line_and_exit_two() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipped: no /dev/full here");
        return;
    };
    let (_dir, plan) = example();
    for args in [
        vec!["explain"],
        vec!["check", "--format", "json", plan.to_str().unwrap()],
        vec!["render", "--dump-context", plan.to_str().unwrap()],
    ] {
        let out = kplan_process()
            .args(&args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        // In the plan's language; `explain` outside a plan speaks English.
        let expected = if args[0] == "explain" {
            "error: cannot write to standard output"
        } else {
            "feil: kan ikke skrive til standard utdata"
        };
        assert!(stderr.starts_with(expected), "{args:?}: {stderr}");
    }
}

#[test]
fn the_plans_folders_stay_inside_it_even_with_the_schema_check_off() {
    let (dir, plan) = example();
    let outside = dir.path().join("outside-templates");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("style.css"), "/* OUTSIDE */").unwrap();
    turn_off(&plan, "schema");
    set_render(&plan, "templates", outside.to_str().unwrap());
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("fører ut av planmappen"), "{stderr}");
    assert!(!plan.join("build/plan.html").exists());
    let (_dir, plan) = example();
    turn_off(&plan, "schema");
    set_output(&plan, "../elsewhere");
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("fører ut av planmappen"), "{stderr}");
}

#[test]
fn a_templates_folder_linked_out_of_the_plan_is_refused() {
    let (dir, plan) = example();
    let outside = dir.path().join("outside-templates");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("style.css"), "/* OUTSIDE */").unwrap();
    symlink(&outside, plan.join("maler")).unwrap();
    set_render(&plan, "templates", "maler");
    let out = kplan().arg("render").arg(&plan).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains("fører ut av planmappen"), "{stderr}");
    assert!(!plan.join("build/plan.html").exists());
    // A link that stays inside the plan is fine.
    let (_dir, plan) = example();
    std::fs::create_dir(plan.join("real-templates")).unwrap();
    std::fs::write(plan.join("real-templates/style.css"), "/* INSIDE */").unwrap();
    symlink(plan.join("real-templates"), plan.join("maler")).unwrap();
    set_render(&plan, "templates", "maler");
    kplan().arg("render").arg(&plan).assert().success();
    let html = std::fs::read_to_string(plan.join("build/plan.html")).unwrap();
    assert!(html.contains("/* INSIDE */"));
}

#[test]
fn init_force_with_a_file_where_a_folder_goes_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join(".github"), "a file, not a folder").unwrap();
    let out = kplan().args(INIT_FORCE).arg(&target).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(".github er ikke en mappe"), "{stderr}");
    let names: Vec<String> = std::fs::read_dir(&target)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, [".github"], "init wrote part of the scaffold");
}
