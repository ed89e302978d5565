//! `kplan completions SHELL` and `kplan man` come from the command line's own definition: each
//! names every command, and the man page is roff that `man` can read.

use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;

const COMMANDS: [&str; 6] = ["init", "check", "render", "diff", "schema", "explain"];

fn stdout(args: &[&str]) -> String {
    let out = cargo_bin_cmd!("kplan").args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).unwrap()
}

#[test]
fn every_shell_gets_a_script_that_knows_every_command_and_option() {
    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef kplan"),
        ("fish", "complete -c kplan"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = stdout(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: {script}");
        for command in COMMANDS {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
        assert!(
            script.contains("deny-warnings"),
            "{shell} lacks check's options"
        );
    }
    cargo_bin_cmd!("kplan")
        .args(["completions", "tcsh"])
        .assert()
        .code(2);
}

#[test]
fn the_man_page_is_roff_naming_every_command() {
    let page = stdout(&["man"]);
    assert!(
        page.starts_with(".ie") || page.contains(".TH kplan"),
        "{page}"
    );
    assert!(page.contains(".TH kplan"));
    assert!(page.contains(".SH NAME") && page.contains(".SH SYNOPSIS"));
    for command in COMMANDS {
        assert!(page.contains(command), "the man page lacks {command}");
    }
    // Where `man` is installed, it reads the page without complaint.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("kplan.1");
    std::fs::write(&file, &page).unwrap();
    let man = Command::new("man")
        .arg("-l")
        .arg(&file)
        .env("MANPAGER", "cat")
        .env("MANWIDTH", "80")
        .output();
    if let Some(out) = man.ok().filter(|out| out.status.success()) {
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("kplan"), "{text}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("warning"), "{stderr}");
    }
}
