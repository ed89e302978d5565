//! Command-line cases: each `tests/cmd/*.toml` or `*.trycmd` file is a command with its expected
//! exit status and output, run against the bundled examples and fixture folders. Adding a case
//! needs no Rust. Update expected output with `TRYCMD=overwrite cargo test --test cli` and review
//! the diff like code.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env("GITHUB_ACTIONS", "false")
        .case("tests/cmd/*.toml")
        .case("tests/cmd/*.trycmd");
}
