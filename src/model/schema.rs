//! JSON Schemas (draft-07) for `kplan.toml` and for plan files, generated from the model types
//! the loader deserializes into, so editors complete and check exactly what kplan accepts.

use schemars::JsonSchema;

use super::*;

/// A plan file: any of the sections, each at most once per file.
#[derive(JsonSchema)]
#[schemars(deny_unknown_fields, title = "kplan plan file")]
#[allow(dead_code)] // only its schema is used; the loader reads sections one by one
pub struct PlanFile {
    /// Step 1: who owns and does the work (at most once in the whole plan).
    organisation: Option<Organisation>,
    /// Step 1: organisational units (tjenesteområder, enheter).
    units: Option<Vec<Unit>>,
    /// Step 1: position groups (stillingsgrupper).
    roles: Option<Vec<Role>>,
    /// Step 2: documents and decisions the plan rests on (forankring).
    anchoring: Option<Vec<Anchoring>>,
    /// Step 2: ambitions (ambisjoner).
    ambitions: Option<Vec<Ambition>>,
    /// Step 3: guidelines (føringer).
    guidelines: Option<Vec<Guideline>>,
    /// Step 3: goals (mål).
    goals: Option<Vec<Goal>>,
    /// Step 4: what the plan means by competence (at most once in the whole plan).
    competence: Option<Competence>,
    /// Step 4: competence areas.
    competence_areas: Option<Vec<CompetenceArea>>,
    /// Step 5: staffing figures (bemanning).
    workforce: Option<Vec<Workforce>>,
    /// Step 5: competence needs (kompetansebehov).
    needs: Option<Vec<Need>>,
    /// Step 6: how the plan uses each strategy.
    strategies: Option<Vec<StrategyText>>,
    /// Step 6: funding sources (finansiering).
    funding: Option<Vec<Funding>>,
    /// Step 6: measures (tiltak).
    measures: Option<Vec<Measure>>,
    /// Step 7: indicators (indikatorer).
    indicators: Option<Vec<Indicator>>,
    /// Step 7: evaluation and follow-up (at most once in the whole plan).
    evaluation: Option<Evaluation>,
}

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
        assert_eq!(properties, crate::load::SECTIONS);
        assert_eq!(schema["additionalProperties"], false);
    }
}
