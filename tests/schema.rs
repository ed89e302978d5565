//! The JSON Schemas: the copy committed under `schemas/` is current, the example plans validate
//! against it, and broken files do not. Update with `KPLAN_BLESS=1 cargo test --test schema`.

use std::path::{Path, PathBuf};

use kplan::model::schema;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_schemas_are_current() {
    for (name, text) in schema::files() {
        let path = root().join("schemas").join(name);
        if std::env::var_os("KPLAN_BLESS").is_some() {
            std::fs::write(&path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == text,
            "schemas/{name} is out of date: run `KPLAN_BLESS=1 cargo test --test schema`"
        );
    }
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = match name {
        "kplan" => schema::manifest_schema(),
        _ => schema::plan_file_schema(),
    };
    jsonschema::draft7::new(&schema).expect("the schema is valid draft-07")
}

fn as_json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let is_toml = path.extension().is_some_and(|e| e == "toml");
    kplan::load::parse_text(&text, is_toml)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .expect("not empty")
        .to_json()
}

fn errors(validator: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    validator
        .iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn example_plans_validate() {
    let manifest = validator("kplan");
    let plan_file = validator("plan");
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let dir = root().join("examples").join(example);
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml" || e == "yaml"))
            .collect();
        files.sort();
        assert!(
            files.len() >= 8,
            "{example}: expected the manifest and seven step files"
        );
        for path in files {
            let v = if path.file_name().unwrap() == "kplan.toml" {
                &manifest
            } else {
                &plan_file
            };
            let errs = errors(v, &as_json(&path));
            assert!(errs.is_empty(), "{}: {errs:#?}", path.display());
        }
    }
}

#[test]
fn broken_files_do_not_validate() {
    let plan_file = validator("plan");
    let cases = [
        ("unknown section", "malz:\n  - id: G1\n"),
        ("misspelled field", "goals:\n  - id: G1\n    titel: x\n"),
        (
            "enum value",
            "measures:\n  - id: T1\n    title: x\n    strategy: devlop\n    needs: [B1]\n    responsible: r\n    start: 2025-01-01\n    end: 2025-12-31\n    status: planned\n",
        ),
        ("missing field", "units:\n  - id: u1\n"),
        (
            "bad date",
            "organisation:\n  owner: x\n  mandate: y\n  milestones:\n    - { date: 19.06.2025, title: z }\n",
        ),
        (
            "empty goals",
            "needs:\n  - { id: B1, title: x, goals: [], area: a, strategy: develop, quantity: persons, current: 1, required: 2, by: 2026, priority: high }\n",
        ),
    ];
    for (what, yaml) in cases {
        let value = kplan::load::parse_text(yaml, false)
            .unwrap()
            .unwrap()
            .to_json();
        assert!(
            !errors(&plan_file, &value).is_empty(),
            "{what} must not validate"
        );
    }
    let manifest = validator("kplan");
    let value = kplan::load::parse_text("[plan]\ntitle = \"T\"\n", true)
        .unwrap()
        .unwrap()
        .to_json();
    assert!(
        !errors(&manifest, &value).is_empty(),
        "a manifest without its required fields"
    );
}

#[test]
fn the_council_parts_of_the_manifest_are_checked_by_the_schema() {
    let manifest = validator("kplan");
    let plan = "[plan]\ntitle = \"T\"\nmunicipality = \"M\"\nscope = \"S\"\nperiod = { start = 2025, end = 2028 }\nstatus = \"draft\"\n";
    let check = |extra: &str| {
        let value = kplan::load::parse_text(&format!("{plan}{extra}"), true)
            .unwrap()
            .unwrap()
            .to_json();
        errors(&manifest, &value)
    };
    let valid = "[plan.foreword]\ntext = \"Forord\"\ndate = \"2025-05-26\"\nsigned_by = { role = \"Kommunedirektør\", name = \"N N\" }\n\n[plan.adoption]\ndecision = \"Vedtak\"\n\n[plan.consultation]\ndeadline = \"2025-05-05\"\nconsulted = [\"Eldrerådet\"]\nsummary = \"Innspill\"\n\n[render]\nlogo = \"våpen.svg\"\n\n[[appendices]]\nfile = \"vedlegg/mandat.md\"\n\n[[appendices]]\ntitle = \"Kartlegging\"\nfile = \"vedlegg/kartlegging.md\"\n";
    assert!(check(valid).is_empty(), "{:#?}", check(valid));
    for (what, extra) in [
        (
            "a foreword without text",
            "[plan.foreword]\ndate = \"2025-05-26\"\n",
        ),
        (
            "a signature without role",
            "[plan.foreword]\ntext = \"x\"\nsigned_by = { name = \"N N\" }\n",
        ),
        (
            "a misspelled consultation field",
            "[plan.consultation]\nconsulted_bodies = [\"x\"]\n",
        ),
        (
            "consulted as one text",
            "[plan.consultation]\nconsulted = \"x\"\n",
        ),
        (
            "an appendix without file",
            "[[appendices]]\ntitle = \"x\"\n",
        ),
        ("a logo that is not a path", "[render]\nlogo = 1\n"),
    ] {
        assert!(!check(extra).is_empty(), "{what} must not validate");
    }
}
