//! `docs/rules.md` is generated from the rule catalogue, and the template-data reference in
//! `docs/templates.md` from the views' JSON Schema; these tests keep them in sync. After changing
//! a rule's documentation or a view's doc comments, run `KPLAN_BLESS=1 cargo test --test docs`.
//! The CI docs show what `kplan init` writes, and every doc names the same repository of kplan.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use kplan::diag::Code;
use serde_json::Value;

fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rules_markdown() -> String {
    let mut out = String::from(
        "# Rules of `kplan check`\n\n\
         <!-- Generated from src/validate/rules/*/en.md and src/load/codes/*/en.md by tests/docs.rs; \
         edit those files, then run `KPLAN_BLESS=1 cargo test --test docs`. -->\n\n\
         Every finding has a rule code. Errors make `kplan check` exit with status 1; warnings do \
         not, unless `--deny-warnings` is given; notes never do. Each rule's severity can be \
         changed in `kplan.toml`:\n\n\
         ```toml\n[checks]\ngoal-without-indicator = \"error\"   # \"error\" | \"warning\" | \"note\" | \"off\"\n```\n\n\
         `kplan explain CODE` prints the documentation of one rule.\n\n\
         Findings are given file by file (in sorted path order), within a file errors first, then \
         warnings, then notes, each by position. Their words are in the plan's `language` \
         (`--lang` or `KPLAN_LANG` to choose); the codes are the same in every language.\n\n\
         | code | default | KS step | fires when |\n|---|---|---|---|\n",
    );
    for code in Code::ALL {
        out.push_str(&format!(
            "| [`{0}`](#{0}) | {1} | {2} | {3} |\n",
            code.name(),
            code.default_severity().name(),
            code.ks_steps(),
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

/// The markers around the generated part of `docs/templates.md`.
const DATA_START: &str = "<!-- template-data:start -->";
const DATA_END: &str = "<!-- template-data:end -->";

/// The example plan whose data fills the reference's example column.
const EXAMPLE: &str = "examples/testvik-helse";

/// The schema of the data the templates receive, as it is serialized.
fn document_schema() -> Value {
    let schema = schemars::generate::SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<kplan::render::DocumentData>();
    schema.to_value()
}

/// The example plan's document data, as `--dump-context` prints it.
fn example_data() -> Value {
    let request = kplan::render::Request {
        dir: Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE),
        output: None,
        outputs: Vec::new(),
        lang: None,
        templates: None,
        since: None,
        dump_context: true,
        today: kplan::validate::Today(kplan::model::Date::parse("2026-11-27").unwrap()),
    };
    match kplan::render::run(&request).unwrap() {
        kplan::render::Rendered::DocumentData(json) => serde_json::from_str(&json).unwrap(),
        other => panic!("the example plan renders: {other:?}"),
    }
}

/// The name of the definition a schema refers to, if it does.
fn ref_name(schema: &Value) -> Option<&str> {
    schema.get("$ref")?.as_str()?.strip_prefix("#/$defs/")
}

/// The schema without its `null` alternative, and whether it had one.
fn non_null(schema: &Value) -> (&Value, bool) {
    match schema
        .get("anyOf")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
    {
        Some([a, b]) if b.get("type").and_then(Value::as_str) == Some("null") => (a, true),
        _ => (schema, false),
    }
}

/// Whether a definition is an enum of strings: its values, if so.
fn enum_values(def: &Value) -> Option<Vec<String>> {
    if let Some(values) = def.get("enum").and_then(Value::as_array) {
        return Some(
            values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        );
    }
    let variants = def.get("oneOf")?.as_array()?;
    variants
        .iter()
        .map(|v| v.get("const").and_then(Value::as_str).map(str::to_owned))
        .collect()
}

/// A type as the reference writes it: `text`, `integer?`, `list of [Named](#named)`, ….
fn type_name(schema: &Value, defs: &serde_json::Map<String, Value>) -> String {
    let (schema, nullable) = non_null(schema);
    let mut name = if let Some(def) = ref_name(schema) {
        if enum_values(&defs[def]).is_some() {
            format!("enum [{def}](#enums)")
        } else {
            format!("[{def}](#{})", def.to_lowercase())
        }
    } else {
        let types: Vec<&str> = match schema.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let optional = types.contains(&"null");
        let base = types.iter().find(|t| **t != "null").copied();
        let text = match base {
            Some("string") if schema.get("format").and_then(Value::as_str) == Some("date") => {
                "date".to_owned()
            }
            Some("string") => "text".to_owned(),
            Some("array") => match (schema.get("items"), schema.get("prefixItems")) {
                (Some(items), _) => format!("list of {}", type_name(items, defs)),
                (None, Some(Value::Array(items))) => format!(
                    "[{}]",
                    items
                        .iter()
                        .map(|i| type_name(i, defs))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                _ => "list".to_owned(),
            },
            Some(other) => other.to_owned(),
            None => "object".to_owned(),
        };
        if optional { format!("{text}?") } else { text }
    };
    if nullable {
        name.push('?');
    }
    name
}

/// Every object the schema `schema` describes in `value`, by definition name.
fn collect<'v>(
    schema: &Value,
    value: &'v Value,
    defs: &serde_json::Map<String, Value>,
    found: &mut BTreeMap<String, Vec<&'v serde_json::Map<String, Value>>>,
) {
    let (schema, _) = non_null(schema);
    if let Some(def) = ref_name(schema) {
        if let Value::Object(object) = value {
            found.entry(def.to_owned()).or_default().push(object);
        }
        return collect(&defs[def], value, defs, found);
    }
    match value {
        Value::Object(object) => {
            if let Some(Value::Object(properties)) = schema.get("properties") {
                for (field, field_schema) in properties {
                    if let Some(v) = object.get(field) {
                        collect(field_schema, v, defs, found);
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(item_schema) = schema.get("items") {
                for item in items {
                    collect(item_schema, item, defs, found);
                }
            }
        }
        _ => {}
    }
}

/// A short example of a field's value: the first that is neither null nor empty.
fn example(field: &str, instances: &[&serde_json::Map<String, Value>]) -> String {
    let value = instances
        .iter()
        .filter_map(|o| o.get(field))
        .find(|v| match v {
            Value::Null => false,
            Value::Array(a) => !a.is_empty(),
            Value::String(s) => !s.is_empty(),
            _ => true,
        });
    match value {
        None | Some(Value::Object(_)) => String::new(),
        Some(Value::Array(items)) => match items.len() {
            1 => "1 item".to_owned(),
            n => format!("{n} items"),
        },
        Some(Value::String(s)) => {
            let line = s.lines().next().unwrap_or_default();
            let short: String = line.chars().take(48).collect();
            let more = if short.len() < s.len() { " …" } else { "" };
            format!(
                "`{}`",
                serde_json::to_string(&format!("{short}{more}")).unwrap()
            )
        }
        Some(other) => format!("`{other}`"),
    }
}

/// One table cell: on one line, with its bars escaped.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}

/// The generated part of `docs/templates.md`: every type the templates receive, its fields, their
/// types and doc comments, with an example from the example plan.
fn template_data_markdown() -> String {
    let schema = document_schema();
    let defs = schema["$defs"]
        .as_object()
        .expect("the schema has definitions");
    let data = example_data();
    let mut found = BTreeMap::new();
    collect(&schema, &data, defs, &mut found);

    // Types in the order a reader meets them: depth first from the top level, fields in order.
    let mut order: Vec<&str> = Vec::new();
    let mut enums: BTreeSet<&str> = BTreeSet::new();
    fn visit<'s>(
        schema: &'s Value,
        defs: &'s serde_json::Map<String, Value>,
        order: &mut Vec<&'s str>,
        enums: &mut BTreeSet<&'s str>,
    ) {
        let (schema, _) = non_null(schema);
        if let Some(def) = ref_name(schema) {
            let (name, def_schema) = defs.get_key_value(def).expect("a known definition");
            if enum_values(def_schema).is_some() {
                enums.insert(name);
            } else if !order.contains(&name.as_str()) {
                order.push(name);
                visit(def_schema, defs, order, enums);
            }
            return;
        }
        if let Some(Value::Object(properties)) = schema.get("properties") {
            for field in properties.values() {
                visit(field, defs, order, enums);
            }
        }
        for key in ["items", "prefixItems"] {
            match schema.get(key) {
                Some(Value::Array(items)) => {
                    items.iter().for_each(|i| visit(i, defs, order, enums))
                }
                Some(items) => visit(items, defs, order, enums),
                None => {}
            }
        }
    }
    visit(&schema, defs, &mut order, &mut enums);

    let mut out = format!(
        "{DATA_START}\n<!-- Generated from the doc comments of src/render/views/ (and of the model \
         and diff types they embed) by tests/docs.rs, with examples from {EXAMPLE}; edit those, \
         then run `KPLAN_BLESS=1 cargo test --test docs`. -->\n"
    );
    let empty = Vec::new();
    let mut section =
        |title: &str, schema: &Value, instances: &[&serde_json::Map<String, Value>]| {
            out.push_str(&format!("\n### {title}\n\n"));
            if let Some(description) = schema.get("description").and_then(Value::as_str) {
                out.push_str(description.trim());
                out.push_str("\n\n");
            }
            out.push_str("| field | type | meaning | example |\n|---|---|---|---|\n");
            for (field, field_schema) in schema["properties"].as_object().into_iter().flatten() {
                let meaning = field_schema
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                out.push_str(&format!(
                    "| `{field}` | {} | {} | {} |\n",
                    type_name(field_schema, defs),
                    cell(meaning),
                    example(field, instances)
                ));
            }
        };
    let top: Vec<_> = data.as_object().into_iter().collect();
    section("DocumentData", &schema, &top);
    for name in &order {
        section(name, &defs[*name], found.get(*name).unwrap_or(&empty));
    }

    out.push_str("\n### Enums\n\n| enum | values |\n|---|---|\n");
    for name in enums {
        let values = enum_values(&defs[name]).unwrap();
        let values: Vec<String> = values.iter().map(|v| format!("`{v}`")).collect();
        out.push_str(&format!("| {name} | {} |\n", values.join(", ")));
    }
    out.push_str(&format!("\n{DATA_END}"));
    out
}

#[test]
fn template_data_doc_is_in_sync() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/templates.md");
    let actual = std::fs::read_to_string(&path).unwrap();
    let (Some(start), Some(end)) = (actual.find(DATA_START), actual.find(DATA_END)) else {
        panic!("docs/templates.md lacks the markers {DATA_START} and {DATA_END}");
    };
    let expected = format!(
        "{}{}{}",
        &actual[..start],
        template_data_markdown(),
        &actual[end + DATA_END.len()..]
    );
    if std::env::var_os("KPLAN_BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap();
    assert!(
        actual == expected,
        "the template-data reference in docs/templates.md is out of date: run \
         `KPLAN_BLESS=1 cargo test --test docs`"
    );
}

/// docs/ci.md shows the workflow `kplan init` writes for a plan in `planer/helse` of a repository,
/// in English, exactly.
#[test]
fn the_ci_doc_shows_the_workflow_init_writes() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir(repo.path().join(".git")).unwrap();
    assert_cmd::Command::cargo_bin("kplan")
        .unwrap()
        .current_dir(repo.path())
        .env_remove("KPLAN_LANG")
        .args([
            "init",
            "-q",
            "planer/helse",
            "--lang",
            "en",
            "--format",
            "yaml",
        ])
        .assert()
        .success();
    let workflow =
        std::fs::read_to_string(repo.path().join(".github/workflows/kplan.yml")).unwrap();
    let doc = std::fs::read_to_string(root().join("docs/ci.md")).unwrap();
    assert!(
        doc.contains(&format!("```yaml\n{workflow}```")),
        "docs/ci.md's first workflow is not what `kplan init` writes now:\n{workflow}"
    );
}

/// kplan's repository is named in one place, Cargo.toml's `repository`: every link to a kplan
/// repository on GitHub in the docs, the README, the action and the templates is that one, and no
/// placeholder is left.
#[test]
fn the_docs_name_one_repository_of_kplan() {
    let repository = env!("CARGO_PKG_REPOSITORY");
    let owner_name = repository.trim_start_matches("https://github.com/");
    let mut files = vec![root().join("README.md"), root().join("action.yml")];
    for dir in ["docs", "templates/init", "action"] {
        for entry in std::fs::read_dir(root().join(dir)).unwrap() {
            files.push(entry.unwrap().path());
        }
    }
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        assert!(
            !text.contains("YOUR-ORG"),
            "{}: a placeholder",
            file.display()
        );
        for (i, _) in text.match_indices("github.com/") {
            let rest = &text[i + "github.com/".len()..];
            let repo: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "-_./".contains(*c))
                .collect();
            let mut parts = repo.split('/');
            let (Some(owner), Some(name)) = (parts.next(), parts.next()) else {
                continue;
            };
            if name == "kplan" || name.starts_with("kplan.") {
                assert_eq!(
                    format!("{owner}/kplan"),
                    owner_name,
                    "{} names another repository of kplan",
                    file.display()
                );
            }
        }
    }
}
