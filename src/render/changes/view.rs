//! The comparison in a reader's words ([`ChangesView`]): what `kplan diff` prints as text and
//! Markdown, and appendix B of the document. Field paths become labels from the document
//! catalogue (`costs[2027/egen-ramme].amount` → *Beløp (kostnad 2027, Eget budsjett)*), values
//! are formatted in the language (`220 000 kr`, `30. juni 2028`, *Pågår*), ids are shown with
//! the names behind them, and a reference that only follows a renamed id is no change of its own.
//! The sides are named by their version and adoption (*versjon 1.0, vedtatt 19. juni 2025 (git
//! v2025)*). The JSON output stays the machine form ([`crate::diff::json`]).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::diff::{
    Comparison, Consequences, FieldChange, Renamed, SectionChanges, Version, WITHHELD, WordChange,
};
use crate::model::{Date, Deadline};
use crate::text::{Book, Formatter, Language, catalogue};

/// The comparison as the reports and appendix B show it.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ChangesView {
    /// The old side as a reader names it: its version and adoption when the plan gives them,
    /// then where it was read from (`versjon 1.0, vedtatt 19. juni 2025 (git v2025)`).
    pub old: String,
    /// The new side, the same way (`versjon 1.1 (arbeidskopien)`).
    pub new: String,
    /// How many entities were added, removed, given a new id and changed.
    pub counts: Counts,
    /// Changes to `[plan]` in `kplan.toml`.
    pub manifest: Vec<FieldView>,
    /// Changes per section, in step order; sections whose only changes follow a new id are left
    /// out.
    pub sections: Vec<SectionView>,
    /// What the changes mean for budget and coverage (amounts in kroner, dates `YYYY-MM-DD`, for
    /// the `money` and `date` filters).
    pub consequences: Consequences,
}

/// The numbers of the summary line.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct Counts {
    /// Entities added.
    pub added: usize,
    /// Entities removed.
    pub removed: usize,
    /// Entities with a new id.
    pub renamed: usize,
    /// Entities changed, `kplan.toml` counting as one.
    pub changed: usize,
}

/// The changes of one section.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct SectionView {
    /// Section name as in plan files (`t.sections[section]` is its title).
    pub section: &'static str,
    /// The KS step.
    pub step: u8,
    /// New entities.
    pub added: Vec<EntityView>,
    /// Entities that are gone.
    pub removed: Vec<EntityView>,
    /// Entities with a new id, with what else changed.
    pub renamed: Vec<RenameView>,
    /// Entities with changed fields.
    pub changed: Vec<ChangedView>,
}

/// An entity as a reader knows it.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct EntityView {
    /// Its id; null for an entity without one (a workforce row, a strategy, a section of one
    /// block), which its name then says, and for units, roles, competence areas and funding
    /// sources, which go by their names as in the document.
    pub id: Option<String>,
    /// Its title or name.
    pub name: Option<String>,
}

/// An entity with a new id.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct RenameView {
    /// The old id.
    pub old_id: String,
    /// The new id.
    pub new_id: String,
    /// Its title or name.
    pub name: Option<String>,
    /// What changed besides the id (empty when nothing did).
    pub fields: Vec<FieldView>,
}

/// An entity whose fields changed.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct ChangedView {
    /// Its id, as in [`EntityView`].
    pub id: Option<String>,
    /// Its title or name.
    pub name: Option<String>,
    /// The changed fields.
    pub fields: Vec<FieldView>,
}

/// One changed field, in words.
#[derive(Debug, Serialize, schemars::JsonSchema)]
pub struct FieldView {
    /// The path as in the JSON output (`costs[2027/egen-ramme].amount`).
    pub field: String,
    /// What the field is, from the catalogue: `Beløp (kostnad 2027, Eget budsjett)`.
    pub label: String,
    /// The old value, formatted; null when the field was added.
    pub old: Option<String>,
    /// The new value, formatted; null when it was removed.
    pub new: Option<String>,
    /// For long text: the change word by word.
    pub words: Option<Vec<WordChange>>,
}

/// Sections whose entities are shown by name, not id, wherever they are referred to: their ids
/// are keys (`hjemmetjenesten`, `ktt`), not the numbers a reader looks up (`G1`, `T3`).
const BY_NAME: &[&str] = &["units", "roles", "competence_areas", "funding"];

/// Fields whose value is a map from a key (an age band, a year) to a number.
const MAPS: &[&str] = &["age", "departures", "places", "completing"];

/// Fields that refer to other entities by id.
const REFERENCES: &[&str] = &[
    "parent",
    "ambition",
    "based_on",
    "indicators",
    "goals",
    "area",
    "unit",
    "role",
    "target_group",
    "funding",
    "need",
];

/// What a value is, for formatting it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Money,
    Percent,
    /// A date (`YYYY-MM-DD`), or a year where the field is one (`period.start`).
    Date,
    Deadline,
    /// A year, written as it is (`2027`, never `2 027`).
    Year,
    Bool,
    /// An enum value, translated by the catalogue table of this path (`enum.cost_status`).
    Enum(&'static str),
    Reference,
    Plain,
}

/// The kind of the field `leaf` of `section` inside the list or table `parent`.
fn kind(section: &str, parent: Option<&str>, leaf: &str) -> Kind {
    match leaf {
        "amount" => Kind::Money,
        "formal_competence" | "part_time" | "turnover" | "sick_leave" | "unwanted_part_time"
        | "match_percent" => Kind::Percent,
        "as_of" | "date" | "next_review" | "start" | "end" => Kind::Date,
        "application_deadline" | "report_deadline" => Kind::Deadline,
        "year" | "by" | "from_year" | "until_year" => Kind::Year,
        "done" | "collective_only" | "replace_departures" => Kind::Bool,
        "kind" => match section {
            "anchoring" => Kind::Enum("enum.anchoring_kind"),
            "guidelines" => Kind::Enum("enum.guideline_kind"),
            "competence_areas" => Kind::Enum("enum.area_kind"),
            "funding" => Kind::Enum("enum.funding_kind"),
            "organisation" => Kind::Enum("enum.group_kind"),
            "strategies" => Kind::Enum("enum.strategy"),
            _ => Kind::Plain,
        },
        "level" => Kind::Enum("enum.guideline_level"),
        "category" => Kind::Enum("enum.area_category"),
        "strategy" => Kind::Enum("enum.strategy"),
        "quantity" if section == "indicators" => Kind::Enum("enum.indicator_quantity"),
        "quantity" => Kind::Enum("enum.need_quantity"),
        "priority" => Kind::Enum("enum.priority"),
        "arena" => Kind::Enum("enum.arena"),
        "form" => Kind::Enum("enum.measure_form"),
        "study_leave" => Kind::Enum("enum.study_leave"),
        "status" if parent == Some("costs") => Kind::Enum("enum.cost_status"),
        "status" if section == "manifest" => Kind::Enum("enum.plan_status"),
        "status" => Kind::Enum("enum.measure_status"),
        "direction" => Kind::Enum("enum.direction"),
        "reporting" => Kind::Enum("enum.reporting"),
        "scope" if section == "evaluation" => Kind::Enum("enum.evaluation_scope"),
        "decision" => Kind::Enum("enum.decision"),
        "represents" => Kind::Enum("enum.represents"),
        "components" => Kind::Enum("enum.component"),
        "language" => Kind::Enum("enum.language"),
        _ if REFERENCES.contains(&leaf) => Kind::Reference,
        _ => Kind::Plain,
    }
}

/// One step of a field path: a field, with the key of the list entry or map cell it names.
#[derive(Debug, Clone, PartialEq)]
struct Segment {
    name: String,
    key: Option<String>,
}

/// `costs[2025/ktt].amount` as its segments. A key runs to the `]` that ends the segment, so a
/// title with `.` or `]` in it stays whole; a map's cell (`age.50-59`) becomes the key of its
/// map.
fn segments(path: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let end = rest.find(['.', '[']).unwrap_or(rest.len());
        let name = rest[..end].to_owned();
        rest = &rest[end..];
        let mut key = None;
        if let Some(inner) = rest.strip_prefix('[') {
            // The `]` that is followed by the end, a `.` or a `[`.
            let close = inner
                .match_indices(']')
                .map(|(i, _)| i)
                .find(|&i| matches!(inner[i + 1..].chars().next(), None | Some('.' | '[')))
                .unwrap_or(inner.len());
            key = Some(inner[..close].to_owned());
            rest = inner.get(close + 1..).unwrap_or("");
        }
        rest = rest.strip_prefix('.').unwrap_or(rest);
        match out.last_mut() {
            Some(map) if map.key.is_none() && MAPS.contains(&map.name.as_str()) => {
                map.key = Some(name);
            }
            _ => out.push(Segment { name, key }),
        }
    }
    out
}

/// Puts one comparison into words.
struct Words<'a> {
    t: &'a Value,
    fmt: Formatter,
    names: &'a BTreeMap<String, (&'static str, String)>,
    /// Old id → new id of every rename.
    renames: BTreeMap<&'a str, &'a str>,
}

impl Words<'_> {
    fn text(&self, path: &str) -> &str {
        path.split('.')
            .try_fold(self.t, |v, k| v.get(k))
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    /// A field's label: the longest run of names at the end of the path that the catalogue has
    /// (`adoption-date` → *Vedtaksdato*, `members-role` → *Rolle*), else the field's own name.
    fn field_label(&self, names: &[&str]) -> (String, usize) {
        let fields = &self.t["diff"]["fields"];
        for take in (1..=names.len()).rev() {
            let joined = names[names.len() - take..].join("-");
            if let Some(label) = fields[joined.as_str()].as_str() {
                return (label.to_owned(), take);
            }
        }
        let last = names.last().copied().unwrap_or_default();
        (last.to_owned(), 1)
    }

    /// The key of a list entry as a reader knows it: a cost's year and funding source, an id's
    /// name, a dated title with its date written out.
    fn key(&self, list: &str, key: &str) -> String {
        if list == "costs"
            && let Some((year, funding)) = key.split_once('/')
        {
            return format!("{year}, {}", self.reference(funding, true));
        }
        if key.len() > 11
            && key.as_bytes()[10] == b' '
            && let Some(date) = Date::parse(&key[..10])
        {
            return format!("{}, {}", &key[11..], self.fmt.date(date));
        }
        if self.names.contains_key(key) {
            return self.reference(key, true);
        }
        key.to_owned()
    }

    /// A list entry or a map cell: *kostnad 2025, Eget budsjett*.
    fn entry(&self, segment: &Segment) -> String {
        let noun = self.t["diff"]["entries"][segment.name.as_str()]
            .as_str()
            .map_or_else(|| segment.name.clone(), str::to_owned);
        match &segment.key {
            Some(key) => format!("{noun} {}", self.key(&segment.name, key)),
            None => noun,
        }
    }

    /// The label of a field path: the field, then in parentheses the entries and tables it is in.
    fn label(&self, path: &str) -> String {
        let segs = segments(path);
        let Some(last) = segs.last() else {
            return path.to_owned();
        };
        if last.key.is_some() {
            // A whole entry: *Kostnad 2024, Eget budsjett*; inside others, these follow.
            let context: Vec<String> = segs[..segs.len() - 1]
                .iter()
                .map(|s| lower_first(&self.entry(s)))
                .collect();
            let entry = self.entry(last);
            return with_context(entry, &context);
        }
        let names: Vec<&str> = segs.iter().map(|s| s.name.as_str()).collect();
        let (label, took) = self.field_label(&names);
        let context: Vec<String> = segs[..segs.len() - took]
            .iter()
            .chain(
                segs[segs.len() - took..segs.len() - 1]
                    .iter()
                    .filter(|s| s.key.is_some()),
            )
            .map(|s| {
                if s.key.is_some() {
                    lower_first(&self.entry(s))
                } else {
                    lower_first(&self.field_label(&[s.name.as_str()]).0)
                }
            })
            .collect();
        with_context(label, &context)
    }

    /// An id as a reader knows it: the name for units, roles, areas and funding sources; the id,
    /// and with `full` its name too, for the others (`G1 Nok fagfolk`).
    fn reference(&self, id: &str, full: bool) -> String {
        match self.names.get(id) {
            Some((section, name)) if BY_NAME.contains(section) => name.clone(),
            Some((_, name)) if full && name != id => format!("{id} {name}"),
            _ => id.to_owned(),
        }
    }

    /// A value of `kind`, in words.
    fn value(&self, section: &str, kind: Kind, v: &Value) -> String {
        let fmt = &self.fmt;
        match (kind, v) {
            (_, Value::Null) => String::new(),
            (_, Value::String(s)) if section == "workforce" && s == WITHHELD => {
                self.text("diff.withheld").to_owned()
            }
            (_, Value::String(s)) if section == "workforce" && s.starts_with('<') => self
                .text("doc.withheld")
                .replace("{n}", s.trim_start_matches('<')),
            (_, Value::Array(items)) => {
                let full = false;
                items
                    .iter()
                    .map(|i| match (kind, i) {
                        (Kind::Reference, Value::String(id)) => self.reference(id, full),
                        _ => self.value(section, kind, i),
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            }
            (Kind::Money, Value::Number(n)) => n
                .as_i64()
                .map_or_else(|| fmt.number(n.as_f64().unwrap_or(0.0)), |a| fmt.money(a)),
            (Kind::Percent, Value::Number(n)) => fmt.percent(n.as_f64().unwrap_or(0.0)),
            (Kind::Date, Value::String(s)) => {
                Date::parse(s).map_or_else(|| s.clone(), |d| fmt.date(d))
            }
            (Kind::Deadline, Value::String(s)) => self.deadline(s),
            (Kind::Year | Kind::Date, Value::Number(n)) => n.to_string(),
            (Kind::Bool, Value::Bool(b)) => self
                .text(if *b { "diff.yes" } else { "diff.no" })
                .to_owned(),
            (Kind::Enum(table), Value::String(s)) => {
                let word = table
                    .split('.')
                    .try_fold(self.t, |t, k| t.get(k))
                    .and_then(|t| t.get(s.as_str()))
                    .and_then(Value::as_str);
                word.map_or_else(|| s.clone(), str::to_owned)
            }
            (Kind::Reference, Value::String(id)) => self.reference(id, true),
            (_, Value::Number(n)) => fmt.number(n.as_f64().unwrap_or(0.0)),
            (_, Value::String(s)) => s.clone(),
            (_, Value::Bool(b)) => b.to_string(),
            (_, Value::Object(_)) => v.to_string(),
        }
    }

    /// A deadline: a date, or a day of every year (*15. mars hvert år*).
    fn deadline(&self, s: &str) -> String {
        match Deadline::parse(s) {
            Some(Deadline::Once(date)) => self.fmt.date(date),
            Some(Deadline::Yearly { month, day }) => {
                let month = self
                    .fmt
                    .months
                    .get(month as usize - 1)
                    .cloned()
                    .unwrap_or_default();
                let date = match self.fmt.lang {
                    Language::En => format!("{day}\u{a0}{month}"),
                    _ => format!("{day}.\u{a0}{month}"),
                };
                self.text("diff.yearly").replace("{date}", &date)
            }
            None => s.to_owned(),
        }
    }

    /// The value at `path` of `section`: a field's value, or a whole entry as its fields other
    /// than those its key already names (*Beløp: 50 000 kr; status: Budsjettert*).
    fn field_value(&self, section: &str, path: &str, v: &Value) -> String {
        let segs = segments(path);
        let last = segs.last();
        let parent = segs.len().checked_sub(2).map(|i| segs[i].name.as_str());
        match (last, v) {
            (Some(entry), Value::Object(fields)) if entry.key.is_some() => {
                let key = entry.key.as_deref().unwrap_or_default();
                let parts: Vec<String> = fields
                    .iter()
                    .filter(|(name, value)| !names_key(name, value, key))
                    .enumerate()
                    .map(|(i, (name, value))| {
                        let leaf = name.rsplit('.').next().unwrap_or(name);
                        let label = self.field_label(&[leaf]).0;
                        let label = if i == 0 { label } else { lower_first(&label) };
                        let kind = kind(section, Some(&entry.name), leaf);
                        format!("{label}: {}", self.value(section, kind, value))
                    })
                    .collect();
                if parts.is_empty() {
                    self.text("diff.entry_present").to_owned()
                } else {
                    parts.join("; ")
                }
            }
            (Some(seg), _) if seg.key.is_some() => {
                // A map's cell (`age.50-59`), or a list entry that is one value.
                let kind = match seg.name.as_str() {
                    name if REFERENCES.contains(&name) => Kind::Reference,
                    _ => Kind::Plain,
                };
                self.value(section, kind, v)
            }
            (Some(seg), _) => self.value(section, kind(section, parent, &seg.name), v),
            (None, _) => self.value(section, Kind::Plain, v),
        }
    }

    /// `v` with every renamed id replaced by its new id.
    fn follow(&self, v: &Value) -> Value {
        match v {
            Value::String(s) => self
                .renames
                .get(s.as_str())
                .map_or_else(|| v.clone(), |new| Value::from(*new)),
            Value::Array(items) => items.iter().map(|i| self.follow(i)).collect(),
            Value::Object(map) => Value::Object(
                map.iter()
                    .map(|(k, v)| (k.clone(), self.follow(v)))
                    .collect(),
            ),
            other => other.clone(),
        }
    }

    /// `path` with every renamed id in its keys replaced (`needs[B10]` → `needs[B-veiledning]`,
    /// `costs[2025/ktt]` → `costs[2025/ktt-ny]`).
    fn follow_path(&self, path: &str) -> String {
        let mut out = path.to_owned();
        for (old, new) in &self.renames {
            for (from, to) in [
                (format!("[{old}]"), format!("[{new}]")),
                (format!("/{old}]"), format!("/{new}]")),
            ] {
                out = out.replace(&from, &to);
            }
        }
        out
    }

    /// The fields of one entity in words, without those whose change only follows a new id:
    /// a reference `A1 → A-attraktiv` where A1 was renamed A-attraktiv, or a list entry keyed by
    /// the old id that reappears under the new one unchanged.
    fn fields(&self, section: &str, fields: &[FieldChange]) -> Vec<FieldView> {
        let mut drop = vec![false; fields.len()];
        for (i, f) in fields.iter().enumerate() {
            match (&f.old_value, &f.new_value) {
                (Some(o), Some(n)) if o != n && self.follow(o) == *n => drop[i] = true,
                (Some(o), None) => {
                    let moved = self.follow_path(&f.field);
                    if let Some(j) = fields.iter().position(|g| {
                        g.field == moved
                            && g.old_value.is_none()
                            && g.new_value.as_ref() == Some(&self.follow(o))
                    }) {
                        drop[i] = true;
                        drop[j] = true;
                    }
                }
                _ => {}
            }
        }
        fields
            .iter()
            .zip(drop)
            .filter(|(_, d)| !d)
            .map(|(f, _)| FieldView {
                field: f.field.clone(),
                label: self.label(&f.field),
                old: f
                    .old_value
                    .as_ref()
                    .map(|v| self.field_value(section, &f.field, v)),
                new: f
                    .new_value
                    .as_ref()
                    .map(|v| self.field_value(section, &f.field, v)),
                words: f.words.clone(),
            })
            .collect()
    }

    /// An entity of `section` by its key: an id and its name, or for entities without an id
    /// what the key says (a workforce row's unit and role, a strategy, the section itself).
    fn entity(&self, section: &'static str, key: &str, name: Option<&String>) -> EntityView {
        match section {
            "workforce" => {
                let unit = |id: &str| self.reference(id, false);
                let text = match key.strip_suffix(" (all rows)") {
                    Some(u) => self.text("diff.all_rows").replace("{unit}", &unit(u)),
                    None => match key.split_once('/') {
                        Some((u, role)) => format!("{}, {}", unit(u), unit(role)),
                        None => unit(key),
                    },
                };
                EntityView {
                    id: None,
                    name: Some(text),
                }
            }
            "strategies" => EntityView {
                id: None,
                name: Some(
                    self.t["enum"]["strategy"][key]
                        .as_str()
                        .unwrap_or(key)
                        .to_owned(),
                ),
            },
            _ if key == section => EntityView {
                id: None,
                name: Some(
                    self.t["sections"][section]
                        .as_str()
                        .unwrap_or(key)
                        .to_owned(),
                ),
            },
            // Units, roles, areas and funding sources go by their names, as in the document.
            _ if BY_NAME.contains(&section) && name.is_some() => EntityView {
                id: None,
                name: name.cloned(),
            },
            _ => EntityView {
                id: Some(key.to_owned()),
                name: name.cloned(),
            },
        }
    }

    fn section(&self, s: &SectionChanges) -> SectionView {
        let entities = |list: &[crate::diff::Entity]| {
            list.iter()
                .map(|e| self.entity(s.section, &e.id, e.name.as_ref()))
                .collect()
        };
        SectionView {
            section: s.section,
            step: s.step,
            added: entities(&s.added),
            removed: entities(&s.removed),
            renamed: s
                .renamed
                .iter()
                .map(|r: &Renamed| RenameView {
                    old_id: r.old_id.clone(),
                    new_id: r.new_id.clone(),
                    name: r.name.clone(),
                    fields: self.fields(s.section, &r.fields),
                })
                .collect(),
            changed: s
                .changed
                .iter()
                .filter_map(|c| {
                    let fields = self.fields(s.section, &c.fields);
                    let e = self.entity(s.section, &c.entity.id, c.entity.name.as_ref());
                    (!fields.is_empty()).then_some(ChangedView {
                        id: e.id,
                        name: e.name,
                        fields,
                    })
                })
                .collect(),
        }
    }

    /// A side as a reader names it.
    fn side(&self, label: &str, version: &Version) -> String {
        let mut parts = Vec::new();
        if let Some(v) = &version.version {
            parts.push(self.text("diff.version").replace("{version}", v));
        }
        if let Some(date) = version.adopted {
            // "versjon 1.0, vedtatt …", or without a version "versjonen vedtatt …".
            let key = if parts.is_empty() {
                "diff.adopted_version"
            } else {
                "diff.adopted"
            };
            parts.push(self.text(key).replace("{date}", &self.fmt.date(date)));
        }
        let place = if version.revision {
            self.text("diff.git").replace("{rev}", label)
        } else {
            label.to_owned()
        };
        if parts.is_empty() {
            place
        } else {
            format!("{} ({place})", parts.join(", "))
        }
    }
}

/// Whether the field `name` of a list entry is what its key already says (a cost's year and
/// funding source, a link's need, a dated entry's date and title).
fn names_key(name: &str, value: &Value, key: &str) -> bool {
    let text = match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        _ => return false,
    };
    !name.contains('.')
        && (key == text
            || key.split('/').any(|part| part == text)
            || (key.len() > 11 && (key[..10] == *text || key[11..] == *text)))
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn with_context(label: String, context: &[String]) -> String {
    if context.is_empty() {
        label
    } else {
        format!("{label} ({})", context.join(", "))
    }
}

/// The comparison in the words of `lang`.
pub fn view(c: &Comparison, lang: Language) -> ChangesView {
    let words = Words {
        t: catalogue(Book::Document, lang).tree(),
        fmt: Formatter::new(lang),
        names: &c.context.names,
        renames: c
            .sections
            .iter()
            .flat_map(|s| &s.renamed)
            .map(|r| (r.old_id.as_str(), r.new_id.as_str()))
            .collect(),
    };
    let manifest = words.fields("manifest", &c.manifest);
    let sections: Vec<SectionView> = c
        .sections
        .iter()
        .map(|s| words.section(s))
        .filter(|s| {
            !(s.added.is_empty()
                && s.removed.is_empty()
                && s.renamed.is_empty()
                && s.changed.is_empty())
        })
        .collect();
    let count = |f: fn(&SectionView) -> usize| sections.iter().map(f).sum::<usize>();
    let counts = Counts {
        added: count(|s| s.added.len()),
        removed: count(|s| s.removed.len()),
        renamed: count(|s| s.renamed.len()),
        changed: count(|s| s.changed.len()) + usize::from(!manifest.is_empty()),
    };
    // The new side's version and adoption only when they are others than the old side's: a
    // working copy of an adopted plan still carries the adoption it is a revision of.
    let mut new_side = c.context.new.clone();
    if new_side.adopted == c.context.old.adopted {
        new_side.adopted = None;
    }
    if new_side.version == c.context.old.version {
        new_side.version = None;
    }
    ChangesView {
        old: words.side(&c.old, &c.context.old),
        new: words.side(&c.new, &new_side),
        counts,
        manifest,
        sections,
        consequences: c.consequences.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(name: &str, key: Option<&str>) -> Segment {
        Segment {
            name: name.into(),
            key: key.map(Into::into),
        }
    }

    #[test]
    fn a_path_splits_into_fields_and_keys() {
        assert_eq!(
            segments("costs[2025/ktt].amount"),
            [seg("costs", Some("2025/ktt")), seg("amount", None)]
        );
        assert_eq!(segments("age.50-59"), [seg("age", Some("50-59"))]);
        assert_eq!(
            segments("milestones[2025-03-01 Oppstart. Del [1]].done"),
            [
                seg("milestones", Some("2025-03-01 Oppstart. Del [1]")),
                seg("done", None)
            ]
        );
        assert_eq!(
            segments("adoption.date"),
            [seg("adoption", None), seg("date", None)]
        );
    }

    fn words(lang: Language) -> Words<'static> {
        static NAMES: std::sync::OnceLock<BTreeMap<String, (&'static str, String)>> =
            std::sync::OnceLock::new();
        let names = NAMES.get_or_init(|| {
            BTreeMap::from([
                ("ktt".into(), ("funding", "Kompetansetilskuddet".into())),
                ("B1".into(), ("needs", "Flere fagarbeidere".into())),
                ("G1".into(), ("goals", "Nok fagfolk".into())),
            ])
        });
        Words {
            t: catalogue(Book::Document, lang).tree(),
            fmt: Formatter::new(lang),
            names,
            renames: BTreeMap::from([("B1", "B-fag")]),
        }
    }

    #[test]
    fn labels_come_from_the_catalogue_with_their_entries() {
        let w = words(Language::Nb);
        assert_eq!(
            w.label("costs[2027/ktt].amount"),
            "Beløp (kostnad 2027, Kompetansetilskuddet)"
        );
        assert_eq!(
            w.label("costs[2024/ktt]"),
            "Kostnad 2024, Kompetansetilskuddet"
        );
        assert_eq!(w.label("end"), "Slutt");
        assert_eq!(w.label("adoption.date"), "Vedtaksdato");
        assert_eq!(
            w.label("needs[B1].closes"),
            "Dekker (behov B1 Flere fagarbeidere)"
        );
        assert_eq!(
            w.label("groups[Styringsgruppe].members[Leder].role"),
            "Rolle (gruppe Styringsgruppe, medlem Leder)"
        );
        assert_eq!(w.label("age.50-59"), "Aldersgruppe 50-59");
        assert_eq!(
            w.label("milestones[2025-03-01 Oppstart].done"),
            "Gjennomført (milepæl Oppstart, 1.\u{a0}mars 2025)"
        );
        assert_eq!(w.label("no_such_field"), "no_such_field");
        let en = words(Language::En);
        assert_eq!(
            en.label("costs[2027/ktt].amount"),
            "Amount (cost 2027, Kompetansetilskuddet)"
        );
    }

    #[test]
    fn values_are_formatted_and_translated() {
        let w = words(Language::Nb);
        let v = |section, path, value: Value| w.field_value(section, path, &value);
        assert_eq!(
            v("measures", "costs[2027/ktt].amount", 220000.into()),
            "220\u{a0}000\u{a0}kr"
        );
        assert_eq!(
            v("measures", "end", "2028-06-30".into()),
            "30.\u{a0}juni 2028"
        );
        assert_eq!(v("manifest", "period.end", 2029.into()), "2029");
        assert_eq!(v("measures", "status", "ongoing".into()), "Pågår");
        assert_eq!(
            v("measures", "costs[2027/ktt].status", "granted".into()),
            "Innvilget"
        );
        assert_eq!(v("manifest", "status", "adopted".into()), "Vedtatt");
        assert_eq!(v("needs", "by", 2027.into()), "2027");
        assert_eq!(v("needs", "current", 10.5.into()), "10,5");
        assert_eq!(v("workforce", "part_time", 42.into()), "42\u{a0}%");
        assert_eq!(
            v("workforce", "figures", WITHHELD.into()),
            "ikke vist (personvern)"
        );
        assert_eq!(v("workforce", "age.50-59", "<5".into()), "færre enn 5");
        assert_eq!(
            v("needs", "goals", serde_json::json!(["G1", "G2"])),
            "G1, G2"
        );
        assert_eq!(
            v("measures", "costs[2027/ktt].funding", "ktt".into()),
            "Kompetansetilskuddet"
        );
        assert_eq!(v("needs", "replace_departures", true.into()), "Ja");
        assert_eq!(
            v("funding", "application_deadline", "03-15".into()),
            "15.\u{a0}mars hvert år"
        );
        assert_eq!(
            v(
                "measures",
                "costs[2024/ktt]",
                serde_json::json!({"amount": 50000, "funding": "ktt", "status": "budgeted", "year": 2024})
            ),
            "Beløp: 50\u{a0}000\u{a0}kr; status: Budsjettert"
        );
        assert_eq!(
            v("measures", "needs[B1]", serde_json::json!({"need": "B1"})),
            "ført opp"
        );
    }

    #[test]
    fn a_reference_that_follows_a_rename_is_no_change() {
        let w = words(Language::Nb);
        let change = |field: &str, old: Option<Value>, new: Option<Value>| FieldChange {
            field: field.into(),
            old: None,
            new: None,
            words: None,
            old_value: old,
            new_value: new,
        };
        let fields = [
            change("need", Some("B1".into()), Some("B-fag".into())),
            change(
                "needs[B1]",
                Some(serde_json::json!({"need": "B1", "closes": 2})),
                None,
            ),
            change(
                "needs[B-fag]",
                None,
                Some(serde_json::json!({"need": "B-fag", "closes": 2})),
            ),
            change("title", Some("A".into()), Some("B".into())),
        ];
        let shown: Vec<String> = w
            .fields("measures", &fields)
            .into_iter()
            .map(|f| f.field)
            .collect();
        assert_eq!(shown, ["title"]);
        // A reference to another id is a change.
        let fields = [change("need", Some("B1".into()), Some("B2".into()))];
        assert_eq!(w.fields("measures", &fields).len(), 1);
    }

    #[test]
    fn a_side_is_named_by_its_version_and_adoption() {
        let w = words(Language::Nb);
        let v = Version {
            version: Some("1.0".into()),
            status: None,
            adopted: Date::parse("2025-06-19"),
            revision: true,
        };
        assert_eq!(
            w.side("v2025", &v),
            "versjon 1.0, vedtatt 19.\u{a0}juni 2025 (git v2025)"
        );
        assert_eq!(
            w.side(
                "v2025",
                &Version {
                    revision: true,
                    ..Default::default()
                }
            ),
            "git v2025"
        );
        let adopted = Version {
            adopted: Date::parse("2024-12-12"),
            ..Default::default()
        };
        assert_eq!(
            w.side("../gammel", &adopted),
            "versjonen vedtatt 12.\u{a0}desember 2024 (../gammel)"
        );
        assert_eq!(
            w.side(
                "arbeidskopien",
                &Version {
                    version: Some("1.1".into()),
                    ..Default::default()
                }
            ),
            "versjon 1.1 (arbeidskopien)"
        );
    }
}

#[cfg(test)]
mod catalogue_tests {
    use super::*;

    /// Every field of a plan file and of `[plan]` has a label in every language, and every list
    /// of entries and every map a word for one entry: a field added to the model without one
    /// would show its bare name in appendix B.
    #[test]
    fn every_field_of_the_plan_has_a_label() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut fields = std::collections::BTreeSet::new();
        let mut entries = std::collections::BTreeSet::new();
        for (schema, skip) in [
            ("schemas/plan.schema.json", ""),
            ("schemas/kplan.schema.json", "RenderSettings"),
        ] {
            let text = std::fs::read_to_string(root.join(schema)).unwrap();
            let schema: Value = serde_json::from_str(&text).unwrap();
            let definitions = schema["definitions"].as_object().unwrap();
            fn walk(
                v: &Value,
                fields: &mut std::collections::BTreeSet<String>,
                entries: &mut std::collections::BTreeSet<String>,
            ) {
                match v {
                    Value::Object(map) => {
                        if let Some(Value::Object(props)) = map.get("properties") {
                            for (name, prop) in props {
                                fields.insert(name.clone());
                                let text = prop.to_string();
                                if text.contains("\"items\":{\"$ref\"")
                                    || text.contains("\"additionalProperties\":{")
                                {
                                    entries.insert(name.clone());
                                }
                            }
                        }
                        map.values().for_each(|v| walk(v, fields, entries));
                    }
                    Value::Array(items) => items.iter().for_each(|v| walk(v, fields, entries)),
                    _ => {}
                }
            }
            for (name, definition) in definitions {
                if name != skip {
                    walk(definition, &mut fields, &mut entries);
                }
            }
        }
        fields.remove("id");
        // A list of enum values is a list of plain values, not of entries.
        entries.remove("components");
        assert!(
            fields.contains("amount") && entries.contains("costs"),
            "{entries:?}"
        );
        for lang in Language::ALL {
            let t = catalogue(Book::Document, lang).tree();
            let missing: Vec<&String> = fields
                .iter()
                .filter(|f| t["diff"]["fields"][f.as_str()].as_str().is_none())
                .collect();
            assert!(
                missing.is_empty(),
                "{}: no diff.fields for {missing:?}",
                lang.code()
            );
            let missing: Vec<&String> = entries
                .iter()
                .filter(|e| t["diff"]["entries"][e.as_str()].as_str().is_none())
                .collect();
            assert!(
                missing.is_empty(),
                "{}: no diff.entries for {missing:?}",
                lang.code()
            );
        }
    }
}
