//! `docs/rules.md` is generated from the rule catalogue and kept in sync by this test.
//! After changing a rule's documentation, run `KPLAN_BLESS=1 cargo test --test docs`.

use std::path::Path;

use kplan::diag::Code;

fn rules_markdown() -> String {
    let mut out = String::from(
        "# Rules of `kplan check`\n\n\
         <!-- Generated from src/validate/rules/*/en.md and src/load/codes/*/en.md by tests/docs.rs; \
         edit those files, then run `KPLAN_BLESS=1 cargo test --test docs`. -->\n\n\
         Every finding has a rule code. Errors make `kplan check` exit with status 1; warnings do \
         not, unless `--deny-warnings` is given. Each rule's severity can be changed in \
         `kplan.toml`:\n\n\
         ```toml\n[checks]\ngoal-without-indicator = \"error\"   # \"error\" | \"warning\" | \"off\"\n```\n\n\
         `kplan explain CODE` prints the documentation of one rule.\n\n\
         | code | default | fires when |\n|---|---|---|\n",
    );
    for code in Code::ALL {
        out.push_str(&format!(
            "| [`{0}`](#{0}) | {1} | {2} |\n",
            code.name(),
            code.default_severity().name(),
            code.summary()
        ));
    }
    for code in Code::ALL {
        out.push('\n');
        let mut in_code_block = false;
        for line in code.documentation().lines() {
            if line.starts_with("```") {
                in_code_block = !in_code_block;
            }
            if !in_code_block && line.starts_with('#') {
                if line.starts_with("# ") {
                    // A plain anchor so the table can link to the rule by its code.
                    out.push_str(&format!("<a id=\"{}\"></a>\n\n", code.name()));
                }
                out.push('#');
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

#[test]
fn rules_doc_is_in_sync() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let expected = rules_markdown();
    if std::env::var_os("KPLAN_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is out of date: run `KPLAN_BLESS=1 cargo test --test docs`"
    );
}

/// The table "Which rules look at this" in `docs/plan-format.md` is written by hand: a new rule
/// must be added to it.
#[test]
fn plan_format_names_every_rule_in_its_rules_table() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/plan-format.md");
    let page = std::fs::read_to_string(path).unwrap();
    let table = page
        .split("## Which rules look at this")
        .nth(1)
        .expect("docs/plan-format.md has the section \"Which rules look at this\"");
    let table = table.split("\n## ").next().unwrap_or(table);
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.name())
        .filter(|name| !table.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "add these rules to the table \"Which rules look at this\" in docs/plan-format.md: {missing:?}"
    );
}
