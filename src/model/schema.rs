//! JSON Schemas (draft-07) for `kplan.toml` and for plan files, generated from the model types
//! the loader deserializes into, so editors complete and check exactly what kplan accepts.

use schemars::JsonSchema;

use super::*;

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

fn generate<T: JsonSchema>(id: &str) -> serde_json::Value {
    let schema = schemars::generate::SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut value = serde_json::to_value(schema).expect("a schema is JSON");
    value["$id"] = serde_json::Value::String(id.to_owned());
    value
}

/// The schema of `kplan.toml`.
pub fn manifest_schema() -> serde_json::Value {
    generate::<Manifest>("kplan.schema.json")
}

/// The schema of a plan file.
pub fn plan_file_schema() -> serde_json::Value {
    generate::<PlanFile>("plan.schema.json")
}

/// The schema files as (file name, pretty JSON with a final newline).
pub fn files() -> [(&'static str, String); 2] {
    let pretty = |v: serde_json::Value| {
        let mut s = serde_json::to_string_pretty(&v).expect("a schema is JSON");
        s.push('\n');
        s
    };
    [
        ("kplan.schema.json", pretty(manifest_schema())),
        ("plan.schema.json", pretty(plan_file_schema())),
    ]
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
        let schema = plan_file_schema();
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
