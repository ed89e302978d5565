//! JSON Schemas (draft-07) for `kplan.toml` and for plan files, generated from the model types
//! the loader deserializes into, so editors complete and check exactly what kplan accepts.
//!
//! schemars gives the shape; [`finish`] then makes it what real editor engines accept:
//!
//! - no `$id` (taplo, the engine of VS Code's "Even Better TOML", rejects a relative one, and the
//!   schemas are read from a file beside the plan, so nothing needs an absolute one);
//! - `"type": "string"` on every enum and on every field that holds one (yaml-language-server
//!   builds its snippets from the field's `type`: without it, `strategy` is inserted with no `:`);
//! - [`ID_PATTERN`](super::ID_PATTERN) on every `id` and every reference ([`REFERENCES`]);
//! - the descriptions in the plan's language, from the catalogue `i18n/schema/<lang>.ftl`
//!   ([`texts`]), and each enum value's description from the document's own name for it.

use schemars::JsonSchema;
use serde_json::{Map, Value};

use super::*;
use crate::text::Language;

mod texts;

pub use texts::{description_keys, text_ids};

macro_rules! schema_type {
    (list $ty:ident) => {
        Option<Vec<$ty>>
    };
    (singleton $ty:ident) => {
        Option<$ty>
    };
}

macro_rules! plan_file {
    ($($variant:ident $field:ident: $shape:ident $ty:ident, $step:literal, $doc:literal;)*) => {
        /// A plan file: any of the sections, each at most once per file.
        #[derive(JsonSchema)]
        #[schemars(deny_unknown_fields, title = "kplan plan file")]
        #[allow(dead_code)] // only its schema is used; the loader reads sections one by one
        pub struct PlanFile {
            $(
                #[doc = $doc]
                $field: schema_type!($shape $ty),
            )*
        }
    };
}

super::section::for_each_section!(plan_file);

/// The fields that hold a reference to an id, as (type, field) of the schema's definitions; a
/// `NeedRef` is a need id in either of its forms. `plan::refs` collects the same references from
/// a plan (a test in `tests/schema.rs` checks that every field it reports is here).
pub const REFERENCES: &[(&str, &str)] = &[
    ("Unit", "parent"),
    ("Goal", "ambition"),
    ("Goal", "based_on"),
    ("Goal", "indicators"),
    ("Workforce", "unit"),
    ("Workforce", "role"),
    ("Need", "goals"),
    ("Need", "area"),
    ("Need", "unit"),
    ("Need", "role"),
    ("Apprentice", "role"),
    ("Apprentice", "unit"),
    ("Measure", "target_group"),
    ("Measure", "unit"),
    ("Measure", "indicators"),
    ("NeedRef", "need"),
    ("Cost", "funding"),
];

/// The name a schema's root has in the catalogue: `Manifest` or `PlanFile`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Root {
    /// `kplan.toml`
    Manifest,
    /// A plan file.
    PlanFile,
}

impl Root {
    /// Both schemas.
    pub const ALL: [Root; 2] = [Root::Manifest, Root::PlanFile];

    /// The catalogue key of the root (and the prefix of its fields' keys).
    pub fn key(self) -> &'static str {
        match self {
            Root::Manifest => "Manifest",
            Root::PlanFile => "PlanFile",
        }
    }

    /// The file name `kplan schema` and `kplan init` write it as.
    pub fn file_name(self) -> &'static str {
        match self {
            Root::Manifest => "kplan.schema.json",
            Root::PlanFile => "plan.schema.json",
        }
    }

    /// The schema as schemars derives it, before [`finish`]: doc comments as descriptions.
    pub fn derived(self) -> Value {
        let settings = schemars::generate::SchemaSettings::draft07();
        let schema = match self {
            Root::Manifest => settings.into_generator().into_root_schema_for::<Manifest>(),
            Root::PlanFile => settings.into_generator().into_root_schema_for::<PlanFile>(),
        };
        serde_json::to_value(schema).expect("a schema is JSON")
    }

    /// The schema with its descriptions in `lang`.
    pub fn schema(self, lang: Language) -> Value {
        let mut value = self.derived();
        finish(&mut value, self, lang);
        value
    }
}

/// The schema of `kplan.toml`, with descriptions in `lang`.
pub fn manifest_schema(lang: Language) -> Value {
    Root::Manifest.schema(lang)
}

/// The schema of a plan file, with descriptions in `lang`.
pub fn plan_file_schema(lang: Language) -> Value {
    Root::PlanFile.schema(lang)
}

/// The schema files as (file name, pretty JSON with a final newline), descriptions in `lang`.
pub fn files(lang: Language) -> [(&'static str, String); 2] {
    Root::ALL.map(|root| {
        let mut s = serde_json::to_string_pretty(&root.schema(lang)).expect("a schema is JSON");
        s.push('\n');
        (root.file_name(), s)
    })
}

/// Makes a derived schema what editors accept, with its texts in `lang` (see the module doc).
fn finish(schema: &mut Value, root: Root, lang: Language) {
    let obj = schema.as_object_mut().expect("a schema is an object");
    obj.remove("$id");
    obj.insert("description".into(), texts::text(lang, root.key()).into());
    let enums: Vec<String> = definitions(obj)
        .filter(|(_, def)| is_string_enum(def))
        .map(|(name, _)| name.clone())
        .collect();
    if let Some(Value::Object(props)) = obj.get_mut("properties") {
        finish_properties(props, root.key(), &enums, lang);
    }
    if let Some(Value::Object(defs)) = obj.get_mut("definitions") {
        for (name, def) in defs.iter_mut() {
            let def = def.as_object_mut().expect("a definition is an object");
            // What a type is, its field's description says (in the plan's language).
            def.remove("description");
            if enums.contains(name) {
                *def = string_enum(def, name, lang);
            }
            if let Some(Value::Object(props)) = def.get_mut("properties") {
                finish_properties(props, name, &enums, lang);
            }
            // A `NeedRef`'s long form is an object of its own.
            for variant in def
                .get_mut("oneOf")
                .and_then(Value::as_array_mut)
                .into_iter()
                .flatten()
            {
                if let Some(Value::Object(props)) = variant.get_mut("properties") {
                    finish_properties(props, name, &enums, lang);
                }
            }
            if name == "NeedRef" {
                // Its short form: the need id alone.
                for variant in def
                    .get_mut("oneOf")
                    .and_then(Value::as_array_mut)
                    .into_iter()
                    .flatten()
                {
                    if variant["type"] == "string" {
                        variant["pattern"] = super::ID_PATTERN.into();
                    }
                }
            }
        }
    }
}

/// The definitions of a schema.
fn definitions(obj: &Map<String, Value>) -> impl Iterator<Item = (&String, &Value)> {
    obj.get("definitions")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|defs| defs.iter())
}

/// A string enum as `type`, `enum` and a description of each value: `enumDescriptions` for
/// VS Code and yaml-language-server, `x-taplo.docs.enumValues` for taplo. (An error about a
/// value outside an `enum` lists the values; one about a `oneOf` of `const`s does not.)
fn string_enum(def: &Map<String, Value>, name: &str, lang: Language) -> Map<String, Value> {
    let values: Vec<String> = match def.get("oneOf") {
        Some(Value::Array(variants)) => variants
            .iter()
            .map(|v| v["const"].as_str().expect("a string enum").to_owned())
            .collect(),
        _ => def["enum"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v.as_str().expect("a string enum").to_owned())
            .collect(),
    };
    let labels: Vec<String> = values
        .iter()
        .map(|v| texts::enum_label(lang, name, v))
        .collect();
    let mut out = Map::new();
    out.insert("type".into(), "string".into());
    out.insert("enum".into(), values.into());
    out.insert("enumDescriptions".into(), labels.clone().into());
    out.insert(
        "x-taplo".into(),
        serde_json::json!({ "docs": { "enumValues": labels } }),
    );
    out
}

/// Puts `description` and `type` first, as a reader looks for them.
fn description_and_type_first(schema: &mut Map<String, Value>) {
    let mut out = Map::new();
    for key in ["description", "type"] {
        if let Some(v) = schema.remove(key) {
            out.insert(key.into(), v);
        }
    }
    out.append(schema);
    *schema = out;
}

/// Whether a definition is an enum of strings (`oneOf` of `const`s, or `enum`).
fn is_string_enum(def: &Value) -> bool {
    let consts = def["oneOf"]
        .as_array()
        .is_some_and(|vs| !vs.is_empty() && vs.iter().all(|v| v["const"].is_string()));
    let listed = def["enum"]
        .as_array()
        .is_some_and(|vs| vs.iter().all(Value::is_string));
    consts || listed
}

/// Descriptions, enum types and id patterns of the fields of type `owner`.
fn finish_properties(
    props: &mut Map<String, Value>,
    owner: &str,
    enums: &[String],
    lang: Language,
) {
    for (field, prop) in props.iter_mut() {
        let key = format!("{owner}-{field}");
        let prop = prop.as_object_mut().expect("a property is an object");
        prop.insert("description".into(), texts::text(lang, &key).into());
        type_enum(prop, enums);
        for nested in ["items", "additionalProperties"] {
            if let Some(Value::Object(inner)) = prop.get_mut(nested) {
                type_enum(inner, enums);
            }
        }
        if field == "id" || REFERENCES.contains(&(owner, field.as_str())) {
            set_id_pattern(prop);
        }
        description_and_type_first(prop);
    }
}

/// Gives a schema that holds one of the string enums `enums` (by reference, or listed in place)
/// its `type`: `string`, or `["string", "null"]` when it may be null.
fn type_enum(schema: &mut Map<String, Value>, enums: &[String]) {
    let names_enum = |v: &Value| {
        v["$ref"]
            .as_str()
            .and_then(|r| r.strip_prefix("#/definitions/"))
            .is_some_and(|name| enums.iter().any(|e| e == name))
    };
    let refs = |key: &str| {
        schema
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let all_of = refs("allOf");
    let any_of = refs("anyOf");
    let typed = if names_enum(&Value::Object(schema.clone()))
        || (all_of.len() == 1 && names_enum(&all_of[0]))
    {
        Some(Value::from("string"))
    } else if any_of.len() == 2
        && any_of.iter().any(names_enum)
        && any_of.iter().any(|v| v["type"] == "null")
    {
        Some(serde_json::json!(["string", "null"]))
    } else if schema
        .get("enum")
        .and_then(Value::as_array)
        .is_some_and(|vs| vs.iter().all(Value::is_string))
    {
        Some(Value::from("string"))
    } else {
        None
    };
    if let Some(ty) = typed {
        schema.insert("type".into(), ty);
    }
}

/// Puts the id pattern on a field that holds an id or a list of them.
fn set_id_pattern(prop: &mut Map<String, Value>) {
    let is =
        |v: &Value, ty: &str| v == ty || v.as_array().is_some_and(|a| a.iter().any(|t| t == ty));
    let ty = prop.get("type").cloned().unwrap_or(Value::Null);
    if is(&ty, "array") {
        if let Some(Value::Object(items)) = prop.get_mut("items") {
            set_id_pattern(items);
        }
    } else if is(&ty, "string") {
        prop.insert("pattern".into(), super::ID_PATTERN.into());
    } else if let Some(Value::Array(any_of)) = prop.get_mut("anyOf") {
        for v in any_of.iter_mut().filter_map(Value::as_object_mut) {
            set_id_pattern(v);
        }
    }
}

/// The schema (draft-07) of an output document (`kplan check --format json`, `kplan diff
/// --format json`), as `T` serializes: every object schema with `properties` closed
/// (`additionalProperties: false`) unless it says otherwise, so that a test catches a field that
/// slipped in, and the descriptions unwrapped (a doc comment's single line breaks become spaces;
/// a blank line stays a paragraph break).
pub fn output_schema<T: JsonSchema>() -> serde_json::Value {
    fn tidy(value: &mut serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Object(map) => {
                if map.contains_key("properties") && !map.contains_key("additionalProperties") {
                    map.insert("additionalProperties".into(), Value::Bool(false));
                }
                if let Some(Value::String(text)) = map.get_mut("description") {
                    *text = text
                        .split("\n\n")
                        .map(|paragraph| paragraph.replace('\n', " "))
                        .collect::<Vec<_>>()
                        .join("\n\n");
                }
                map.values_mut().for_each(tidy);
            }
            Value::Array(items) => items.iter_mut().for_each(tidy),
            _ => {}
        }
    }
    let schema = schemars::generate::SchemaSettings::draft07()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut value = serde_json::to_value(schema).expect("a schema is JSON");
    tidy(&mut value);
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_file_schema_lists_exactly_the_sections_the_loader_reads() {
        let schema = plan_file_schema(Language::Nb);
        let properties: Vec<&str> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let sections: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
        assert_eq!(properties, sections);
        assert_eq!(schema["additionalProperties"], false);
    }
}
