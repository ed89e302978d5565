//! Comparing two revisions of a plan: entities matched by id, every changed field as old → new
//! (long text as a word diff), renames recognised, and the consequences for budget and coverage.
//! The comparison is data: `render` writes it as text and Markdown ([`crate::render::changes`]).

mod flatten;
mod run;
pub mod source;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::model::{Plan, Section};
use crate::plan::{Analysis, Checked, analysis};

pub use run::{Compared, Request, run};

/// Bumped when a field of the JSON output changes meaning or disappears; new fields may appear
/// without a bump (docs/json.md).
pub const FORMAT_VERSION: u32 = 1;

/// An entity by id (or key) and display name.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Entity {
    /// Id, or the key of an entity without one (a workforce row's unit/role, a strategy's kind).
    /// Example: `T1`.
    pub id: String,
    /// Title or name, when it has one; else `null`.
    pub name: Option<String>,
}

/// One changed field.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct FieldChange {
    /// The field's path in the entity: dotted, with a list entry named by its key in brackets.
    /// Example: `costs[2025/ktt].amount`, `title`.
    pub field: String,
    /// The old value as text (a number, date or list as kplan writes it); `null` when the field
    /// was added.
    pub old: Option<String>,
    /// The new value as text; `null` when the field was removed.
    pub new: Option<String>,
    /// For long text: the change word by word, the runs in order, so that the `equal` and
    /// `delete` runs spell the old text and the `equal` and `insert` runs the new; `null` for
    /// other values.
    pub words: Option<Vec<WordChange>>,
    /// The old value as data, for the reports' words (amounts, dates, names): a value, a list of
    /// values, or a whole list entry as an object of its fields. Not in the JSON.
    #[serde(skip)]
    pub old_value: Option<Value>,
    /// The new value as data, the same way. Not in the JSON.
    #[serde(skip)]
    pub new_value: Option<Value>,
}

/// A run of words in a word diff.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct WordChange {
    /// `equal` (in both texts), `delete` (only in the old) or `insert` (only in the new).
    #[schemars(extend("enum" = ["equal", "delete", "insert"]))]
    pub kind: &'static str,
    /// The words, with the spaces between them.
    pub text: String,
}

/// An entity whose fields changed.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Changed {
    /// The entity.
    #[serde(flatten)]
    pub entity: Entity,
    /// Its changed fields.
    pub fields: Vec<FieldChange>,
}

/// An entity whose id changed while its content stayed the same, or nearly
/// ([`is_rename`]).
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Renamed {
    /// The old id.
    pub old_id: String,
    /// The new id.
    pub new_id: String,
    /// Its name.
    pub name: Option<String>,
    /// The fields that changed besides the id; empty for a plain rename.
    pub fields: Vec<FieldChange>,
}

/// The changes of one section.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct SectionChanges {
    /// Section name as in plan files. Example: `measures`.
    pub section: &'static str,
    /// The KS step it belongs to, 1 to 7.
    pub step: u8,
    /// New entities.
    pub added: Vec<Entity>,
    /// Entities that are gone.
    pub removed: Vec<Entity>,
    /// Entities with a new id.
    pub renamed: Vec<Renamed>,
    /// Entities with changed fields.
    pub changed: Vec<Changed>,
}

/// An amount before and after.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct BeforeAfter<K> {
    /// What the amount is of: `total`, a year (a number) or a funding source (its name).
    pub key: K,
    /// The amount in the old plan, in whole kroner (NOK).
    pub before: i64,
    /// The amount in the new plan, in whole kroner (NOK).
    pub after: i64,
}

/// A measure whose period moved.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Moved {
    /// The measure.
    #[serde(flatten)]
    pub entity: Entity,
    /// Old start and end, `YYYY-MM-DD`.
    pub old: (String, String),
    /// New start and end, `YYYY-MM-DD`.
    pub new: (String, String),
}

/// What the changes mean for budget and coverage.
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
pub struct Consequences {
    /// Total cost of the measures before and after (`key` is `total`).
    pub total: BeforeAfter<&'static str>,
    /// Cost per year (`key` is the year), in year order.
    pub by_year: Vec<BeforeAfter<i64>>,
    /// Cost per funding source (`key` is its name).
    pub by_source: Vec<BeforeAfter<String>>,
    /// How much of goal → need → measure was in place in the old plan.
    pub coverage_before: analysis::Coverage,
    /// The same in the new plan.
    pub coverage_after: analysis::Coverage,
    /// Goals that had measures (through their needs) before and have none now.
    pub goals_lost_measures: Vec<Entity>,
    /// Needs that had measures before and have none now.
    pub needs_lost_measures: Vec<Entity>,
    /// Measures whose start or end moved.
    pub measures_moved: Vec<Moved>,
}

/// The whole comparison: the document `kplan diff --format json` prints (docs/json.md).
#[derive(Debug, Clone, Serialize, PartialEq, schemars::JsonSchema)]
#[schemars(
    title = "kplan diff --format json",
    extend("$comment" = "Generated from src/diff/mod.rs; the contract is docs/json.md.")
)]
pub struct Comparison {
    /// Version of this document's format: bumped when a field changes meaning or disappears,
    /// not when a field is added. Example: `1`.
    pub format_version: u32,
    /// The old side as given on the command line: a folder or a git revision (`v2025`,
    /// `HEAD~1`).
    pub old: String,
    /// The new side the same way; when only the old side was given, the working tree, in the
    /// plan's language (`arbeidskopien`, `the working tree`).
    pub new: String,
    /// Changes to `kplan.toml` (title, period, status, adoption, …).
    pub manifest: Vec<FieldChange>,
    /// Changes per section, in step order; unchanged sections left out.
    pub sections: Vec<SectionChanges>,
    /// What the changes mean for budget and coverage.
    pub consequences: Consequences,
    /// What the reports need from the two plans to put the changes into words. Not in the JSON.
    #[serde(skip)]
    pub context: Context,
}

/// What the reports need from the two plans besides the changes: the names behind the ids a
/// change shows, and which versions were compared.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// Every id of both plans: its section and display name (the new plan's where both have it).
    pub names: BTreeMap<String, (&'static str, String)>,
    /// The old side.
    pub old: Version,
    /// The new side.
    pub new: Version,
}

/// A side of the comparison as a reader names it: the plan's version and adoption, and where it
/// was read from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Version {
    /// `[plan] version`.
    pub version: Option<String>,
    /// `[plan] status`.
    pub status: Option<crate::model::PlanStatus>,
    /// The date of `[plan.adoption]`.
    pub adopted: Option<crate::model::Date>,
    /// Whether the side was read from a git revision (its label is then the revision).
    pub revision: bool,
}

impl Version {
    fn of(plan: &Plan) -> Self {
        let meta = plan.manifest.as_ref().map(|m| &m.plan.value);
        Version {
            version: meta
                .and_then(|m| m.version.as_ref())
                .map(|v| v.value.clone()),
            status: meta.map(|m| m.status.value),
            adopted: meta
                .and_then(|m| m.adoption.as_ref())
                .and_then(|a| a.date.as_ref())
                .map(|d| d.value),
            revision: false,
        }
    }
}

impl Comparison {
    /// Whether anything differs (what `--exit-code` reports).
    pub fn has_changes(&self) -> bool {
        !self.manifest.is_empty() || !self.sections.is_empty()
    }
}

/// The JSON Schema (draft-07) of [`json`]'s document, every object closed
/// (`additionalProperties: false`) so that a test catches a field that slipped in
/// ([`crate::model::schema::output_schema`]).
pub fn schema() -> Value {
    crate::model::schema::output_schema::<Comparison>()
}

/// The comparison as one JSON document (`kplan diff --format json`).
pub fn json(c: &Comparison) -> String {
    let mut s = serde_json::to_string_pretty(c).expect("the comparison serializes");
    s.push('\n');
    s
}

/// An entity of a section as (key, name, JSON).
type Item = (String, Option<String>, Value);

/// Entities of one section in file order.
type Items = Vec<Item>;

fn items<T: Serialize>(list: &[crate::model::Spanned<T>], key: impl Fn(&Value) -> String) -> Items {
    list.iter()
        .map(|e| {
            let json = serde_json::to_value(&e.value).expect("the model serializes");
            let name = ["title", "name", "trade"]
                .iter()
                .find_map(|f| json.get(*f).and_then(Value::as_str))
                .map(str::to_owned);
            (key(&json), name, json)
        })
        .collect()
}

fn by_id(v: &Value) -> String {
    v["id"].as_str().unwrap_or_default().to_owned()
}

fn singleton<T: Serialize>(item: &Option<crate::model::Spanned<T>>, key: &str) -> Items {
    item.iter()
        .map(|e| {
            (
                key.to_owned(),
                None,
                serde_json::to_value(&e.value).expect("the model serializes"),
            )
        })
        .collect()
}

fn workforce_key(v: &Value) -> String {
    match v["role"].as_str() {
        Some(role) => format!("{}/{role}", v["unit"].as_str().unwrap_or_default()),
        None => v["unit"].as_str().unwrap_or_default().to_owned(),
    }
}

/// What stands for the figures of a withheld workforce row in a comparison.
pub const WITHHELD: &str = "withheld";

/// The workforce rows as the privacy step publishes them (see [`crate::plan::privacy`]): a withheld row
/// keeps only what says which row it is; age bands and departures are a unit's shown rows added
/// up (key `UNIT (all rows)`), small cells merged, a cell "under N" reads `<N`. The diff compares
/// these, never the raw rows.
fn workforce_items(plan: &Plan, threshold: i64) -> Items {
    use crate::plan::privacy::Cells;
    let publication = crate::plan::privacy::publish(plan, threshold);
    let cells = |c: &Cells| match c {
        Cells::None => Value::Null,
        Cells::Withheld => Value::from(WITHHELD),
        Cells::Shown(cells) => cells
            .iter()
            .map(|c| {
                let persons = c
                    .persons
                    .map_or_else(|| Value::from(format!("<{threshold}")), Value::from);
                (c.label.clone(), persons)
            })
            .collect::<serde_json::Map<_, _>>()
            .into(),
    };
    plan.workforce
        .iter()
        .zip(&publication.rows)
        .map(|(row, published)| {
            let mut json = serde_json::json!({
                "unit": row.unit.value,
                "role": row.role.as_ref().map(|r| &r.value),
                "as_of": row.as_of.value,
                "source": row.source.as_ref().map(|s| &s.value),
            });
            match &published.figures {
                None => json["figures"] = Value::from(WITHHELD),
                Some(f) => {
                    json["employees"] = f.employees.into();
                    json["fte"] = f.fte.into();
                    json["formal_competence"] = f.formal_competence.into();
                    json["part_time"] = f.part_time.into();
                    json["turnover"] = f.turnover.into();
                    json["sick_leave"] = f.sick_leave.into();
                    // Newer fields only when given, so a diff of older plans reads as before.
                    if let Some(v) = f.unwanted_part_time {
                        json["unwanted_part_time"] = v.into();
                    }
                    if let Some(v) = f.vacancies {
                        json["vacancies"] = v.into();
                    }
                }
            }
            (workforce_key(&json), None, json)
        })
        .chain(publication.units.iter().map(|u| {
            let json = serde_json::json!({
                "unit": u.unit,
                "age": cells(&u.age),
                "departures": cells(&u.departures),
            });
            (format!("{} (all rows)", u.unit), None, json)
        }))
        .collect()
}

/// Keys of the workforce rows withheld in both plans whose figures differ: reported as changed,
/// without figures.
fn withheld_changes(old: &Plan, new: &Plan, threshold: i64) -> Vec<String> {
    let withheld = |plan: &Plan| -> Vec<(String, Value)> {
        plan.workforce
            .iter()
            .zip(crate::plan::privacy::withheld_rows(plan, threshold))
            .filter(|(_, w)| *w)
            .map(|(row, _)| {
                let mut json = serde_json::to_value(&row.value).expect("the model serializes");
                let key = workforce_key(&json);
                // Only the figures: a new `as_of` or `source` is reported as itself.
                if let Some(map) = json.as_object_mut() {
                    for field in ["unit", "role", "as_of", "source"] {
                        map.remove(field);
                    }
                }
                (key, json)
            })
            .collect()
    };
    let before = withheld(old);
    withheld(new)
        .into_iter()
        .filter(|(key, json)| before.iter().any(|(k, j)| k == key && j != json))
        .map(|(key, _)| key)
        .collect()
}

/// Every section of a plan as items, in the section table's (step) order.
fn sections(plan: &Plan, threshold: i64) -> Vec<(&'static str, u8, Items)> {
    Section::ALL
        .iter()
        .map(|&section| {
            let items = match section {
                Section::Organisation => singleton(&plan.organisation, section.name()),
                Section::Units => items(&plan.units, by_id),
                Section::Roles => items(&plan.roles, by_id),
                Section::Anchoring => items(&plan.anchoring, by_id),
                Section::Ambitions => items(&plan.ambitions, by_id),
                Section::Guidelines => items(&plan.guidelines, by_id),
                Section::Goals => items(&plan.goals, by_id),
                Section::Competence => singleton(&plan.competence, section.name()),
                Section::CompetenceAreas => items(&plan.competence_areas, by_id),
                Section::Workforce => workforce_items(plan, threshold),
                Section::Needs => items(&plan.needs, by_id),
                Section::Apprentices => items(&plan.apprentices, by_id),
                // A strategy is keyed by its kind (there is one text per kind).
                Section::Strategies => items(&plan.strategies, |v| {
                    v["kind"].as_str().unwrap_or_default().to_owned()
                }),
                Section::Funding => items(&plan.funding, by_id),
                Section::Measures => items(&plan.measures, by_id),
                Section::Indicators => items(&plan.indicators, by_id),
                Section::Evaluation => singleton(&plan.evaluation, section.name()),
            };
            (section.name(), section.step(), items)
        })
        .collect()
}

fn without_id(v: &Value) -> Value {
    let mut v = v.clone();
    if let Some(map) = v.as_object_mut() {
        map.remove("id");
    }
    v
}

/// How many pairs of a removed and an added entity of one section are compared field by field to
/// find renames with other changes; beyond it, only renames with no other change are found (a
/// plan that gave thousands of entities new ids would otherwise take minutes).
const MAX_RENAME_PAIRS: usize = 40_000;

/// Whether an entity removed and one added, each as its fields without the id, are one entity
/// with a new id: their content is the same, or nearly so — of at least four fields on the two
/// sides together, no more than a quarter differ (a measure whose id and title changed, its
/// needs, costs, dates and responsible kept). Returns how many fields differ.
fn is_rename(
    old: &BTreeMap<String, Value>,
    new: &BTreeMap<String, Value>,
    exact_only: bool,
) -> Option<usize> {
    if old == new {
        return Some(0);
    }
    if exact_only {
        return None;
    }
    let mut paths: Vec<&String> = old.keys().chain(new.keys()).collect();
    paths.sort();
    paths.dedup();
    let differ = paths
        .iter()
        .filter(|p| old.get(**p) != new.get(**p))
        .count();
    (paths.len() >= 4 && differ * 4 <= paths.len()).then_some(differ)
}

/// Pairs removed and added entities that are renames ([`is_rename`]), taking them out of both
/// lists: the pairs with the fewest differences first, then in file order (the first removed, then
/// the first added), each entity in one pair at most.
fn renames(removed: &mut Vec<&Item>, added: &mut Vec<&Item>) -> Vec<Renamed> {
    let content = |items: &[&Item]| -> Vec<Option<BTreeMap<String, Value>>> {
        items
            .iter()
            .map(|e| {
                e.2.get("id")
                    .is_some()
                    .then(|| flatten::fields(&without_id(&e.2)))
            })
            .collect()
    };
    let (old, new) = (content(removed), content(added));
    let exact_only = removed.len().saturating_mul(added.len()) > MAX_RENAME_PAIRS;
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (r, o) in old.iter().enumerate() {
        for (a, n) in new.iter().enumerate() {
            if let (Some(o), Some(n)) = (o, n)
                && let Some(differ) = is_rename(o, n, exact_only)
            {
                pairs.push((differ, r, a));
            }
        }
    }
    pairs.sort_unstable();
    let (mut used_r, mut used_a) = (vec![false; removed.len()], vec![false; added.len()]);
    let mut out = Vec::new();
    for (_, r, a) in pairs {
        if used_r[r] || used_a[a] {
            continue;
        }
        used_r[r] = true;
        used_a[a] = true;
        let (o, n) = (removed[r], added[a]);
        out.push((
            a,
            Renamed {
                old_id: o.0.clone(),
                new_id: n.0.clone(),
                name: n.1.clone(),
                fields: flatten::compare(&without_id(&o.2), &without_id(&n.2)),
            },
        ));
    }
    // In the new plan's order.
    out.sort_by_key(|(a, _)| *a);
    let mut r = used_r.iter();
    removed.retain(|_| !r.next().copied().unwrap_or(false));
    let mut a = used_a.iter();
    added.retain(|_| !a.next().copied().unwrap_or(false));
    out.into_iter().map(|(_, renamed)| renamed).collect()
}

fn compare_section(section: &'static str, step: u8, old: &Items, new: &Items) -> SectionChanges {
    let old_keys: BTreeMap<&str, usize> = old
        .iter()
        .enumerate()
        .map(|(i, e)| (e.0.as_str(), i))
        .collect();
    let new_keys: BTreeMap<&str, usize> = new
        .iter()
        .enumerate()
        .map(|(i, e)| (e.0.as_str(), i))
        .collect();
    let mut removed: Vec<&Item> = old
        .iter()
        .filter(|e| !new_keys.contains_key(e.0.as_str()))
        .collect();
    let mut added: Vec<&Item> = new
        .iter()
        .filter(|e| !old_keys.contains_key(e.0.as_str()))
        .collect();
    // Same content under a new id, or nearly: a rename, not a removal and an addition.
    let renamed = renames(&mut removed, &mut added);
    let changed = new
        .iter()
        .filter_map(|n| {
            let o = &old[*old_keys.get(n.0.as_str())?];
            let fields = flatten::compare(&o.2, &n.2);
            (!fields.is_empty()).then(|| Changed {
                entity: Entity {
                    id: n.0.clone(),
                    name: n.1.clone(),
                },
                fields,
            })
        })
        .collect();
    let entity = |e: &&Item| Entity {
        id: e.0.clone(),
        name: e.1.clone(),
    };
    SectionChanges {
        section,
        step,
        added: added.iter().map(entity).collect(),
        removed: removed.iter().map(entity).collect(),
        renamed,
        changed,
    }
}

fn consequences(old: &Plan, new: &Plan, a: &Analysis<'_>, b: &Analysis<'_>) -> Consequences {
    let mut years: Vec<i64> = a
        .budget
        .years
        .iter()
        .chain(&b.budget.years)
        .copied()
        .collect();
    years.sort_unstable();
    years.dedup();
    let amount = |an: &Analysis<'_>, year: i64| {
        an.budget
            .years
            .iter()
            .position(|y| *y == year)
            .map_or(0, |i| an.budget.by_year[i])
    };
    let by_year = years
        .iter()
        .map(|&year| BeforeAfter {
            key: year,
            before: amount(a, year),
            after: amount(b, year),
        })
        .filter(|x| x.before != 0 || x.after != 0)
        .collect();
    let source_name = |plan: &Plan, id: &str| {
        plan.funding
            .iter()
            .find(|f| f.id.value == id)
            .map_or(id.to_owned(), |f| f.name.value.clone())
    };
    let total_of = |an: &Analysis<'_>, id: &str| {
        an.budget
            .by_source
            .iter()
            .find(|(s, _)| *s == id)
            .map_or(0, |(_, amounts)| {
                amounts.iter().fold(0, |sum: i64, &a| sum.saturating_add(a))
            })
    };
    let mut source_ids: Vec<&str> = a.budget.by_source.iter().map(|(id, _)| *id).collect();
    for (id, _) in &b.budget.by_source {
        if !source_ids.contains(id) {
            source_ids.push(id);
        }
    }
    let by_source = source_ids
        .iter()
        .map(|id| BeforeAfter {
            key: if new.funding.iter().any(|f| f.id.value == *id) {
                source_name(new, id)
            } else {
                source_name(old, id)
            },
            before: total_of(a, id),
            after: total_of(b, id),
        })
        .filter(|x| x.before != x.after)
        .collect();
    let name_of = |plan: &Plan, id: &str| {
        plan.goals
            .iter()
            .find(|g| g.id.value == id)
            .map(|g| g.title.value.clone())
            .or_else(|| {
                plan.needs
                    .iter()
                    .find(|n| n.id.value == id)
                    .map(|n| n.title.value.clone())
            })
    };
    let goals_lost_measures = a
        .goals
        .iter()
        .filter(|(id, links)| {
            !links.measures.is_empty() && b.goals.get(*id).is_some_and(|l| l.measures.is_empty())
        })
        .map(|(id, _)| Entity {
            id: (*id).to_owned(),
            name: name_of(new, id),
        })
        .collect();
    let needs_lost_measures = a
        .needs
        .iter()
        .filter(|(id, f)| {
            !f.measures.is_empty() && b.needs.get(*id).is_some_and(|g| g.measures.is_empty())
        })
        .map(|(id, _)| Entity {
            id: (*id).to_owned(),
            name: name_of(new, id),
        })
        .collect();
    let measures_moved = new
        .measures
        .iter()
        .filter_map(|m| {
            let o = old.measures.iter().find(|o| o.id.value == m.id.value)?;
            let (os, oe, ns, ne) = (o.start.value, o.end.value, m.start.value, m.end.value);
            (os != ns || oe != ne).then(|| Moved {
                entity: Entity {
                    id: m.id.value.clone(),
                    name: Some(m.title.value.clone()),
                },
                old: (os.to_string(), oe.to_string()),
                new: (ns.to_string(), ne.to_string()),
            })
        })
        .collect();
    Consequences {
        total: BeforeAfter {
            key: "total",
            before: a.budget.total,
            after: b.budget.total,
        },
        by_year,
        by_source,
        coverage_before: a.coverage,
        coverage_after: b.coverage,
        goals_lost_measures,
        needs_lost_measures,
        measures_moved,
    }
}

/// Compares two checked plans. `old_label` and `new_label` say where each came from.
pub fn compare(
    old_checked: &Checked<'_>,
    new_checked: &Checked<'_>,
    old_label: &str,
    new_label: &str,
) -> Comparison {
    let (old, new) = (old_checked.plan, new_checked.plan);
    let manifest_json = |p: &Plan| {
        p.manifest
            .as_ref()
            .map(|m| serde_json::to_value(&m.plan.value).expect("the model serializes"))
            .unwrap_or(Value::Null)
    };
    let manifest = flatten::compare(&manifest_json(old), &manifest_json(new));
    // One threshold for both sides, the stricter: an older revision with a lower one must not
    // publish, in today's comparison, rows that today's plan withholds.
    let threshold = old.privacy_threshold().max(new.privacy_threshold());
    let withheld = withheld_changes(old, new, threshold);
    let (old_sections, new_sections) = (sections(old, threshold), sections(new, threshold));
    let mut names = BTreeMap::new();
    // The new plan's names win: they are the ones the document shows.
    for (section, _, items) in old_sections.iter().chain(&new_sections) {
        for (key, name, json) in items {
            if json.get("id").is_some() {
                let name = name.clone().unwrap_or_else(|| key.clone());
                names.insert(key.clone(), (*section, name));
            }
        }
    }
    let sections = old_sections
        .into_iter()
        .zip(new_sections)
        .map(|((section, step, o), (_, _, n))| {
            let mut changes = compare_section(section, step, &o, &n);
            if section == Section::Workforce.name() {
                for key in &withheld {
                    let figures = FieldChange {
                        field: "figures".into(),
                        old: Some(WITHHELD.into()),
                        new: Some(WITHHELD.into()),
                        words: None,
                        old_value: Some(Value::from(WITHHELD)),
                        new_value: Some(Value::from(WITHHELD)),
                    };
                    match changes.changed.iter_mut().find(|c| c.entity.id == *key) {
                        Some(c) => c.fields.push(figures),
                        None => changes.changed.push(Changed {
                            entity: Entity {
                                id: key.clone(),
                                name: None,
                            },
                            fields: vec![figures],
                        }),
                    }
                }
            }
            changes
        })
        .filter(|c| {
            !(c.added.is_empty()
                && c.removed.is_empty()
                && c.renamed.is_empty()
                && c.changed.is_empty())
        })
        .collect();
    let (a, b) = (old_checked.analysis(), new_checked.analysis());
    Comparison {
        format_version: FORMAT_VERSION,
        old: old_label.to_owned(),
        new: new_label.to_owned(),
        manifest,
        sections,
        consequences: consequences(old, new, a, b),
        context: Context {
            names,
            old: Version::of(old),
            new: Version::of(new),
        },
    }
}

#[cfg(test)]
mod tests {
    //! Rename detection, on small plans read through the loader from memory.

    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;
    use crate::load::{FileSource, load_from};

    /// The diff reports name every section through `t.sections`: a section without its name in
    /// a catalogue fails the report's template.
    #[test]
    fn every_section_has_its_name_in_every_catalogue() {
        use crate::text::{Book, Language, catalogue};
        for lang in Language::ALL {
            let names = &catalogue(Book::Document, lang).tree()["sections"];
            for section in Section::ALL {
                assert!(
                    names[section.name()].is_string(),
                    "{lang:?}: sections.{} missing",
                    section.name()
                );
            }
        }
    }

    const MANIFEST: &str = r#"[plan]
title = "Kompetanseplan"
municipality = "Testvik kommune"
municipality_number = "4699"
scope = "Helse og omsorg"
period = { start = 2025, end = 2028 }
language = "nb"
status = "draft"
"#;

    /// A plan folder in memory: the manifest and the given files.
    struct Memory(BTreeMap<String, Vec<u8>>);

    impl FileSource for Memory {
        fn root(&self) -> &Path {
            Path::new("plan")
        }
        fn plan_files(&self, skip: &[String]) -> Result<Vec<String>, crate::discover::ReadError> {
            let all: Vec<String> = self.0.keys().cloned().collect();
            Ok(crate::discover::plan_paths(&all, skip))
        }
        fn size(&self, rel: &str) -> Result<Option<u64>, crate::discover::ReadError> {
            Ok(self.0.get(rel).map(|b| b.len() as u64))
        }
        fn read(&self, rel: &str) -> Result<Vec<u8>, crate::discover::ReadError> {
            Ok(self.0[rel].clone())
        }
    }

    fn plan(files: &[(&str, &str)]) -> Plan {
        let mut all = BTreeMap::from([("kplan.toml".to_owned(), MANIFEST.as_bytes().to_vec())]);
        for (path, text) in files {
            all.insert((*path).to_owned(), text.as_bytes().to_vec());
        }
        let loaded = load_from(&Memory(all)).expect("an in-memory plan reads");
        let messages: Vec<String> = loaded
            .findings
            .iter()
            .map(|f| f.message_in(crate::text::Language::En))
            .collect();
        assert!(
            messages.is_empty(),
            "the test plan loads cleanly: {messages:?}"
        );
        loaded.plan
    }

    fn diff(old: &[(&str, &str)], new: &[(&str, &str)]) -> Comparison {
        let (old, new) = (plan(old), plan(new));
        compare(&Checked::new(&old), &Checked::new(&new), "a", "b")
    }

    /// The sections that changed, by name.
    fn changed_sections(c: &Comparison) -> Vec<&'static str> {
        c.sections.iter().map(|s| s.section).collect()
    }

    fn section<'c>(c: &'c Comparison, name: &str) -> &'c SectionChanges {
        c.sections
            .iter()
            .find(|s| s.section == name)
            .unwrap_or_else(|| panic!("no changes in {name}"))
    }

    fn ids(entities: &[Entity]) -> Vec<&str> {
        entities.iter().map(|e| e.id.as_str()).collect()
    }

    fn renames(s: &SectionChanges) -> Vec<(&str, &str)> {
        s.renamed
            .iter()
            .map(|r| (r.old_id.as_str(), r.new_id.as_str()))
            .collect()
    }

    const UNITS: &str = "units:
  - id: hjem
    name: Hjemmetjenesten
  - id: sykehjem
    name: Sykehjemmet
";

    const ROLES: &str = "roles:
  - id: assistent
    name: Assistenter
";

    #[test]
    fn a_new_id_with_the_same_content_is_a_rename() {
        let new_units = UNITS.replace("id: hjem\n", "id: hjemme\n");
        let c = diff(&[("units.yaml", UNITS)], &[("units.yaml", &new_units)]);
        assert_eq!(changed_sections(&c), ["units"]);
        let units = section(&c, "units");
        assert_eq!(
            units.renamed,
            [Renamed {
                old_id: "hjem".into(),
                new_id: "hjemme".into(),
                name: Some("Hjemmetjenesten".into()),
                fields: Vec::new(),
            }]
        );
        assert!(units.added.is_empty() && units.removed.is_empty() && units.changed.is_empty());
        assert!(c.has_changes());
    }

    #[test]
    fn a_new_id_with_changed_content_is_a_removal_and_an_addition() {
        let new_units = UNITS.replace(
            "id: hjem\n    name: Hjemmetjenesten",
            "id: hjemme\n    name: Hjemmetjenesten sentrum",
        );
        let c = diff(&[("units.yaml", UNITS)], &[("units.yaml", &new_units)]);
        let units = section(&c, "units");
        assert_eq!(renames(units), []);
        assert_eq!(ids(&units.removed), ["hjem"]);
        assert_eq!(ids(&units.added), ["hjemme"]);
        assert_eq!(
            units.added[0].name.as_deref(),
            Some("Hjemmetjenesten sentrum")
        );
        assert!(units.changed.is_empty());
    }

    #[test]
    fn of_two_candidates_the_first_in_file_order_is_the_rename() {
        let twins = "units:
  - id: a
    name: Samme
  - id: b
    name: Samme
  - id: c
    name: Annen
";
        // Two removed entities fit one new id: the first removed is renamed, the other removed.
        let one = "units:\n  - id: c\n    name: Annen\n  - id: d\n    name: Samme\n";
        let c = diff(&[("units.yaml", twins)], &[("units.yaml", one)]);
        let units = section(&c, "units");
        assert_eq!(renames(units), [("a", "d")]);
        assert_eq!(ids(&units.removed), ["b"]);
        assert_eq!(ids(&units.added), [""; 0]);

        // One removed entity fits two new ids: the first added is the rename, the other added.
        let old = "units:\n  - id: a\n    name: Samme\n";
        let new = "units:\n  - id: e\n    name: Samme\n  - id: d\n    name: Samme\n";
        let c = diff(&[("units.yaml", old)], &[("units.yaml", new)]);
        let units = section(&c, "units");
        assert_eq!(renames(units), [("a", "e")]);
        assert_eq!(ids(&units.added), ["d"]);
        assert_eq!(ids(&units.removed), [""; 0]);
    }

    #[test]
    fn an_entity_that_moves_to_another_section_is_no_rename() {
        // No two sections share a shape (a unit has `parent`, a role `education`), and each
        // section is compared on its own: a unit gone and a role of the same name and a new id
        // are a removal and an addition.
        let old = [("units.yaml", UNITS), ("roles.yaml", ROLES)];
        let units = UNITS.replace("  - id: sykehjem\n    name: Sykehjemmet\n", "");
        let roles = format!("{ROLES}  - id: sykehjem2\n    name: Sykehjemmet\n");
        let c = diff(&old, &[("units.yaml", &units), ("roles.yaml", &roles)]);
        assert_eq!(changed_sections(&c), ["units", "roles"]);
        assert_eq!(ids(&section(&c, "units").removed), ["sykehjem"]);
        assert_eq!(ids(&section(&c, "roles").added), ["sykehjem2"]);
        assert!(c.sections.iter().all(|s| s.renamed.is_empty()));
    }

    #[test]
    fn a_rename_beside_an_unrelated_field_change() {
        let old = [("units.yaml", UNITS), ("roles.yaml", ROLES)];
        let units = UNITS.replace("id: sykehjem\n", "id: sykehjemmet\n");
        let roles = ROLES.replace("Assistenter", "Assistenter og ufaglærte");
        let c = diff(&old, &[("units.yaml", &units), ("roles.yaml", &roles)]);
        assert_eq!(changed_sections(&c), ["units", "roles"]);
        let units = section(&c, "units");
        assert_eq!(renames(units), [("sykehjem", "sykehjemmet")]);
        assert!(units.changed.is_empty(), "the rename is not also a change");
        let roles = section(&c, "roles");
        assert_eq!(renames(roles), []);
        let [changed] = &roles.changed[..] else {
            panic!("one role changed: {:?}", roles.changed)
        };
        assert_eq!(changed.entity.id, "assistent");
        assert_eq!(
            changed.fields,
            [FieldChange {
                field: "name".into(),
                old: Some("Assistenter".into()),
                new: Some("Assistenter og ufaglærte".into()),
                words: None,
                old_value: Some("Assistenter".into()),
                new_value: Some("Assistenter og ufaglærte".into()),
            }]
        );
    }

    #[test]
    fn a_rename_shows_as_a_change_where_the_id_is_referred_to() {
        let old_units = "units:\n  - id: hjem\n    name: Hjem\n  - id: sone\n    name: Sone\n    parent: hjem\n";
        let new_units = "units:\n  - id: heim\n    name: Hjem\n  - id: sone\n    name: Sone\n    parent: heim\n";
        let c = diff(&[("units.yaml", old_units)], &[("units.yaml", new_units)]);
        let units = section(&c, "units");
        assert_eq!(renames(units), [("hjem", "heim")]);
        let fields: Vec<(&str, &str, &str)> = units
            .changed
            .iter()
            .flat_map(|c| {
                c.fields.iter().map(|f| {
                    (
                        c.entity.id.as_str(),
                        f.field.as_str(),
                        f.new.as_deref().unwrap_or_default(),
                    )
                })
            })
            .collect();
        assert_eq!(fields, [("sone", "parent", "heim")]);
    }

    const GOALS: &str = "goals:
  - id: G1
    title: Nok fagfolk
    description: Alle brukere møter ansatte med relevant fagutdanning.
    based_on: [lov]
    indicators: [I1]
  - id: G2
    title: Et godt arbeidsmiljø
    description: Færre slutter det første året.
    based_on: [lov]
    indicators: [I2]
";

    /// The goals' surroundings, so that the goals load cleanly.
    fn goal_plan(goals: &str) -> Comparison {
        let rest = "guidelines:\n  - id: lov\n    title: Helsepersonelloven\n    level: national\n    kind: law\nindicators:\n  - id: I1\n    name: Andel fagutdannede\n    quantity: percent\n    direction: increase\n  - id: I2\n    name: Andel som slutter\n    quantity: percent\n    direction: decrease\n";
        diff(
            &[("goals.yaml", GOALS), ("rest.yaml", rest)],
            &[("goals.yaml", goals), ("rest.yaml", rest)],
        )
    }

    #[test]
    fn a_new_id_with_nearly_the_same_content_is_a_rename_with_its_changes() {
        // Id and title changed; description, basis and indicators kept: 1 of 4 fields differs.
        let new = GOALS.replace(
            "id: G1\n    title: Nok fagfolk",
            "id: G-fagfolk\n    title: Nok fagfolk i alle tjenester",
        );
        let c = goal_plan(&new);
        let goals = section(&c, "goals");
        assert_eq!(renames(goals), [("G1", "G-fagfolk")]);
        assert!(goals.added.is_empty() && goals.removed.is_empty());
        let fields: Vec<&str> = goals.renamed[0]
            .fields
            .iter()
            .map(|f| f.field.as_str())
            .collect();
        assert_eq!(fields, ["title"]);
        assert_eq!(
            goals.renamed[0].name.as_deref(),
            Some("Nok fagfolk i alle tjenester")
        );
    }

    #[test]
    fn a_new_id_with_more_than_a_quarter_changed_is_a_removal_and_an_addition() {
        // Title and indicators changed with the id: 2 of 4 fields differ.
        let new = GOALS.replace(
            "id: G1\n    title: Nok fagfolk\n    description: Alle brukere møter ansatte med relevant fagutdanning.\n    based_on: [lov]\n    indicators: [I1]",
            "id: G3\n    title: Flere lærlinger\n    description: Alle brukere møter ansatte med relevant fagutdanning.\n    based_on: [lov]\n    indicators: [I2]",
        );
        let c = goal_plan(&new);
        let goals = section(&c, "goals");
        assert_eq!(renames(goals), []);
        assert_eq!(ids(&goals.removed), ["G1"]);
        assert_eq!(ids(&goals.added), ["G3"]);
    }

    #[test]
    fn the_closest_candidate_is_the_rename() {
        // G2 gone, G1 gone; one new goal equal to G2 but for its id, and nearly equal to G1 in
        // nothing: it is G2 renamed, and G1 is removed.
        let new = "goals:\n  - id: G9\n    title: Et godt arbeidsmiljø\n    description: Færre slutter det første året.\n    based_on: [lov]\n    indicators: [I2]\n";
        let c = goal_plan(new);
        let goals = section(&c, "goals");
        assert_eq!(renames(goals), [("G2", "G9")]);
        assert!(goals.renamed[0].fields.is_empty());
        assert_eq!(ids(&goals.removed), ["G1"]);
        // And of two near candidates, the one with fewer differences.
        let old = [
            (
                String::from("A"),
                None,
                serde_json::json!({"id": "A", "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 0}),
            ),
            (
                String::from("B"),
                None,
                serde_json::json!({"id": "B", "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 0, "h": 0}),
            ),
        ];
        let new = [(
            String::from("C"),
            None,
            serde_json::json!({"id": "C", "a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7, "h": 8}),
        )];
        let changes = compare_section("goals", 3, &old.to_vec(), &new.to_vec());
        assert_eq!(renames(&changes), [("A", "C")]);
        assert_eq!(ids(&changes.removed), ["B"]);
    }

    #[test]
    fn workforce_rows_have_no_id_and_are_never_renamed() {
        let row = |unit: &str| {
            format!(
                "workforce:
  - unit: {unit}
    role: assistent
    as_of: 2024-12-31
    employees: 20
    fte: 14.5
"
            )
        };
        let (old_rows, new_rows) = (row("hjem"), row("sykehjem"));
        let c = diff(
            &[
                ("units.yaml", UNITS),
                ("roles.yaml", ROLES),
                ("workforce.yaml", &old_rows),
            ],
            &[
                ("units.yaml", UNITS),
                ("roles.yaml", ROLES),
                ("workforce.yaml", &new_rows),
            ],
        );
        assert_eq!(changed_sections(&c), ["workforce"]);
        let workforce = section(&c, "workforce");
        assert_eq!(renames(workforce), []);
        assert_eq!(
            ids(&workforce.removed),
            ["hjem/assistent", "hjem (all rows)"]
        );
        assert_eq!(
            ids(&workforce.added),
            ["sykehjem/assistent", "sykehjem (all rows)"]
        );
    }

    #[test]
    fn entities_without_an_id_are_never_renamed_even_with_equal_content() {
        // Through the loader a workforce row's key is part of its content, so a new key always
        // comes with new content; this pins the guard itself, on items built by hand.
        let item = |key: &str| (key.to_owned(), None, serde_json::json!({ "employees": 20 }));
        let changes = compare_section("workforce", 5, &vec![item("a/x")], &vec![item("b/x")]);
        assert_eq!(changes.renamed, []);
        assert_eq!(ids(&changes.removed), ["a/x"]);
        assert_eq!(ids(&changes.added), ["b/x"]);
    }
}
