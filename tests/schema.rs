//! The JSON Schemas: the copy committed under `schemas/` is current, the example plans validate
//! against it, and broken files do not. Update with `KPLAN_BLESS=1 cargo test --test schema`.

use std::path::{Path, PathBuf};

use kplan::model::schema;
use kplan::text::Language;

mod common;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The committed copy is the bokmål one (the language `kplan schema` writes without a plan or
/// `--lang`); `kplan init` and `kplan schema` write the plan's language.
#[test]
fn committed_schemas_are_current() {
    for (name, text) in schema::files(Language::Nb) {
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
    validator_in(name, Language::Nb)
}

fn validator_in(name: &str, lang: Language) -> jsonschema::Validator {
    let schema = match name {
        "kplan" => schema::manifest_schema(lang),
        _ => schema::plan_file_schema(lang),
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
fn example_plans_validate_in_every_language() {
    for lang in Language::ALL {
        example_plans_validate(lang);
    }
}

fn example_plans_validate(lang: Language) {
    let manifest = validator_in("kplan", lang);
    let plan_file = validator_in("plan", lang);
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

#[test]
fn no_schema_has_an_id_and_every_description_is_a_sentence() {
    // taplo rejects a relative `$id`; the schemas are read from the plan folder, so none is needed.
    for lang in Language::ALL {
        for schema in [
            schema::manifest_schema(lang),
            schema::plan_file_schema(lang),
        ] {
            let text = schema.to_string();
            assert!(!text.contains("\"$id\""), "{}: a `$id`", lang.code());
            let mut descriptions = Vec::new();
            collect(&schema, "description", &mut descriptions);
            assert!(
                descriptions.len() > 40,
                "{} descriptions",
                descriptions.len()
            );
            for d in descriptions {
                let d = d.as_str().expect("a description is text");
                assert!(
                    d.split_whitespace().count() >= 4,
                    "{}: a description of fewer than four words: {d:?}",
                    lang.code()
                );
            }
        }
    }
}

/// Every value of `key` anywhere in `value`.
fn collect<'a>(value: &'a serde_json::Value, key: &str, out: &mut Vec<&'a serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if k == key && !v.is_object() {
                    out.push(v);
                }
                collect(v, key, out);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, key, out)),
        _ => {}
    }
}

#[test]
fn descriptions_are_in_the_language_asked_for() {
    let strategy = |lang| {
        schema::plan_file_schema(lang)["definitions"]["Measure"]["properties"]
        ["strategy"]["description"]
        .as_str()
        .unwrap()
        .to_owned()
    };
    let [nb, nn, en] = Language::ALL.map(strategy);
    assert!(nb.contains("Strategien tiltaket følger"), "{nb}");
    assert!(nn.contains("Strategien tiltaket følgjer"), "{nn}");
    assert!(en.contains("The strategy the measure follows"), "{en}");
    let values = |lang| {
        schema::plan_file_schema(lang)["definitions"]["Strategy"]["enumDescriptions"].clone()
    };
    assert_eq!(values(Language::Nn)[0], "Skaffe");
    assert_eq!(values(Language::En)[0], "Acquire");
}

/// Every enum has `"type": "string"` beside its values, and so has every field that holds one
/// (yaml-language-server builds its snippets from the field's `type`).
#[test]
fn every_enum_and_every_field_holding_one_has_type_string() {
    let schema = schema::plan_file_schema(Language::Nb);
    let defs = schema["definitions"].as_object().unwrap();
    let enums: Vec<&String> = defs
        .iter()
        .filter(|(_, d)| d.get("enum").is_some())
        .map(|(name, _)| name)
        .collect();
    assert!(enums.len() > 20, "{enums:?}");
    for name in &enums {
        assert_eq!(defs[*name]["type"], "string", "{name}");
    }
    let mut fields = 0;
    for (owner, def) in defs {
        for (field, prop) in def["properties"].as_object().into_iter().flatten() {
            let refs = prop.to_string();
            let holds_enum = enums
                .iter()
                .any(|e| refs.contains(&format!("\"#/definitions/{e}\"")));
            if holds_enum && prop.get("items").is_none() {
                fields += 1;
                let ty = &prop["type"];
                assert!(
                    ty == "string" || *ty == serde_json::json!(["string", "null"]),
                    "{owner}.{field} holds an enum but has type {ty}"
                );
            }
        }
    }
    assert!(fields > 20, "{fields} enum fields");
    let manifest = schema::manifest_schema(Language::Nb);
    assert_eq!(
        manifest["properties"]["checks"]["additionalProperties"]["type"],
        "string"
    );
}

/// The schemas accept exactly the ids the `invalid-id` rule accepts (its unit test has the same
/// cases), on an `id` and on a reference.
#[test]
fn ids_and_references_carry_the_id_pattern() {
    let plan_file = validator("plan");
    let cases = [
        ("B1", true),
        ("helse-og.omsorg_2", true),
        (&*"a".repeat(64), true),
        (&*"a".repeat(65), false),
        ("-B1", false),
        ("B 1", false),
        ("bø", false),
        ("", false),
    ];
    for (id, valid) in cases {
        let unit = serde_json::json!({ "units": [{ "id": id, "name": "x" }] });
        assert_eq!(
            errors(&plan_file, &unit).is_empty(),
            valid,
            "unit id {id:?}"
        );
        let parent = serde_json::json!({ "units": [{ "id": "u", "name": "x", "parent": id }] });
        assert_eq!(
            errors(&plan_file, &parent).is_empty(),
            valid,
            "parent {id:?}"
        );
        let goal = serde_json::json!({ "goals": [{ "id": "M1", "title": "x", "based_on": [id] }] });
        assert_eq!(
            errors(&plan_file, &goal).is_empty(),
            valid,
            "based_on {id:?}"
        );
    }
    for need in [
        serde_json::json!("B 1"),
        serde_json::json!({ "need": "B 1", "closes": 1 }),
    ] {
        let measure = serde_json::json!({ "measures": [{
            "id": "T1", "title": "x", "strategy": "develop", "needs": [need],
            "responsible": "r", "start": "2025-01-01", "end": "2025-12-31", "status": "planned",
        }] });
        assert!(!errors(&plan_file, &measure).is_empty(), "{measure}");
    }
}

/// Every field `plan::references` reads a reference from is in the schema's table of references,
/// with the id pattern.
#[test]
fn every_reference_the_plan_reads_has_the_id_pattern() {
    let schema = schema::plan_file_schema(Language::Nb);
    let mut fields = std::collections::BTreeSet::new();
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let loaded = kplan::load::load(&root().join("examples").join(example)).unwrap();
        for reference in kplan::plan::references(&loaded.plan) {
            fields.insert(reference.field);
        }
    }
    assert!(fields.len() >= 10, "{fields:?}");
    for field in fields {
        let owners: Vec<_> = schema::REFERENCES
            .iter()
            .filter(|(_, f)| *f == field || (field == "needs" && *f == "need"))
            .collect();
        assert!(!owners.is_empty(), "`{field}` is not in schema::REFERENCES");
    }
    for (owner, field) in schema::REFERENCES {
        let prop = &schema["definitions"][owner]["properties"][field];
        let prop = if prop.is_null() {
            // `NeedRef`'s long form.
            &schema["definitions"][owner]["oneOf"][1]["properties"][field]
        } else {
            prop
        };
        let text = prop.to_string();
        assert!(
            text.contains(&serde_json::to_string(kplan::model::ID_PATTERN).unwrap()),
            "{owner}.{field}: {text}"
        );
    }
}

/// The `Measure.strategy` description of the plan schema `kplan schema` writes with `args` in
/// `cwd` (with `env` set).
fn written_strategy_text(cwd: &Path, args: &[&str], env: Option<&str>) -> String {
    let out = tempfile::tempdir().unwrap();
    let mut cmd = common::kplan();
    cmd.current_dir(cwd)
        .args(["schema", "-q", "-o"])
        .arg(out.path())
        .args(args);
    cmd.env_remove("KPLAN_LANG");
    if let Some(lang) = env {
        cmd.env("KPLAN_LANG", lang);
    }
    cmd.assert().success();
    let text = std::fs::read_to_string(out.path().join("plan.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    schema["definitions"]["Measure"]["properties"]["strategy"]["description"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn kplan_schema_writes_the_language_of_lang_else_the_env_else_the_plan_else_bokmal() {
    let nb = "Strategien tiltaket følger";
    let nn = "Strategien tiltaket følgjer";
    let en = "The strategy the measure follows";
    let nowhere = tempfile::tempdir().unwrap();
    // fjordvik-oppvekst is written in nynorsk.
    let nynorsk_plan = root().join("examples/fjordvik-oppvekst");
    for (cwd, args, env, expected) in [
        (nowhere.path(), &[][..], None, nb),
        (nowhere.path(), &["--lang", "en"][..], None, en),
        (nowhere.path(), &[][..], Some("nn"), nn),
        (nynorsk_plan.as_path(), &[][..], None, nn),
        (nynorsk_plan.as_path(), &["--lang", "en"][..], None, en),
        (nynorsk_plan.as_path(), &[][..], Some("nb"), nb),
    ] {
        let text = written_strategy_text(cwd, args, env);
        assert!(
            text.starts_with(expected),
            "in {}, {args:?}, KPLAN_LANG={env:?}: {text}",
            cwd.display()
        );
    }
}

#[test]
fn kplan_init_writes_the_schemas_in_the_plans_language() {
    for lang in Language::ALL {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan");
        common::kplan()
            .args([
                "init",
                "-q",
                "--format",
                "yaml",
                "--municipality",
                "Testvik kommune",
            ])
            .args(["--lang", lang.code()])
            .arg(&plan)
            .assert()
            .success();
        for (name, text) in schema::files(lang) {
            let written = std::fs::read_to_string(plan.join("schemas").join(name)).unwrap();
            assert!(
                written == text,
                "{}: schemas/{name} is not the {0} schema",
                lang.code()
            );
        }
    }
}
