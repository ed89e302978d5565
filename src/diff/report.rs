//! The comparison as text (for a terminal), Markdown (for a pull request or a council document,
//! in the plan's language) and JSON.

use std::fmt::Write;

use serde_json::Value;

use super::{BeforeAfter, Comparison, Entity, FieldChange};
use crate::text::Formatter;

/// Output formats of `kplan diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, coloured on a terminal.
    Text,
    /// Markdown.
    Markdown,
    /// JSON.
    Json,
}

/// What the renderers need besides the comparison.
pub struct Options<'a> {
    /// The translation catalogue (the `diff`, `sections` and `steps` tables).
    pub t: &'a Value,
    /// Number and money formats.
    pub formatter: &'a Formatter,
    /// ANSI colours in text output.
    pub color: bool,
}

fn tr(t: &Value, path: &str) -> String {
    path.split('.')
        .try_fold(t, |v, k| v.get(k))
        .and_then(Value::as_str)
        .unwrap_or(path)
        .to_owned()
}

/// Counts of added, removed, renamed and changed entities.
pub fn counts(c: &Comparison) -> (usize, usize, usize, usize) {
    c.sections.iter().fold((0, 0, 0, 0), |(a, r, n, ch), s| {
        (
            a + s.added.len(),
            r + s.removed.len(),
            n + s.renamed.len(),
            ch + s.changed.len(),
        )
    })
}

/// "1 added, 0 removed, …" in the catalogue's words.
pub fn summary_line(c: &Comparison, t: &Value) -> String {
    let (added, removed, renamed, changed) = counts(c);
    let changed = changed + usize::from(!c.manifest.is_empty());
    tr(t, "diff.summary")
        .replace("{added}", &added.to_string())
        .replace("{removed}", &removed.to_string())
        .replace("{renamed}", &renamed.to_string())
        .replace("{changed}", &changed.to_string())
}

fn signed_money(f: &Formatter, x: i64) -> String {
    if x > 0 {
        format!("+{}", f.money(x))
    } else {
        f.money(x)
    }
}

fn entity(e: &Entity) -> String {
    match &e.name {
        Some(name) => format!("{} {name}", e.id),
        None => e.id.clone(),
    }
}

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_owned()
        }
    }
    fn green(&self, s: &str) -> String {
        self.wrap("32", s)
    }
    fn red(&self, s: &str) -> String {
        self.wrap("31", s)
    }
    fn yellow(&self, s: &str) -> String {
        self.wrap("33", s)
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
}

fn field_text(change: &FieldChange, paint: &Paint) -> String {
    match (&change.old, &change.new, &change.words) {
        (Some(_), Some(_), Some(words)) => words
            .iter()
            .map(|w| match w.kind {
                "delete" => paint.red(&format!("[-{}-]", w.text)),
                "insert" => paint.green(&format!("{{+{}+}}", w.text)),
                _ => w.text.clone(),
            })
            .collect(),
        (Some(old), Some(new), None) => format!("{} → {}", paint.red(old), paint.green(new)),
        (None, Some(new), _) => paint.green(&format!("+ {new}")),
        (Some(old), None, _) => paint.red(&format!("- {old}")),
        (None, None, _) => String::new(),
    }
}

/// The comparison as text: the summary line first, then the details by step.
pub fn text(c: &Comparison, o: &Options<'_>) -> String {
    let paint = Paint(o.color);
    let t = o.t;
    let mut out = String::new();
    let title = tr(t, "diff.title")
        .replace("{old}", &c.old)
        .replace("{new}", &c.new);
    let _ = writeln!(out, "{}: {}", paint.bold(&title), summary_line(c, t));
    let total = &c.consequences.total;
    let _ = writeln!(
        out,
        "{}: {} → {} ({})",
        tr(t, "diff.total_cost"),
        o.formatter.money(total.before),
        o.formatter.money(total.after),
        signed_money(o.formatter, total.after.saturating_sub(total.before))
    );
    if !c.has_changes() {
        let _ = writeln!(out, "{}", tr(t, "diff.no_changes"));
        return out;
    }
    if !c.manifest.is_empty() {
        let _ = writeln!(out, "\n{}", paint.bold(&tr(t, "diff.manifest")));
        for f in &c.manifest {
            let _ = writeln!(out, "  {}: {}", f.field, field_text(f, &paint));
        }
    }
    let mut step = 0;
    for s in &c.sections {
        if s.step != step {
            step = s.step;
            let _ = writeln!(
                out,
                "\n{}",
                paint.bold(&format!("{} {}", step, tr(t, &format!("steps.s{step}"))))
            );
        }
        let _ = writeln!(out, "  {}", tr(t, &format!("sections.{}", s.section)));
        for e in &s.added {
            let _ = writeln!(out, "    {}", paint.green(&format!("+ {}", entity(e))));
        }
        for e in &s.removed {
            let _ = writeln!(out, "    {}", paint.red(&format!("- {}", entity(e))));
        }
        for r in &s.renamed {
            let name = r
                .name
                .as_deref()
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    {}",
                paint.yellow(&format!(
                    "→ {} → {}{name} ({})",
                    r.old_id,
                    r.new_id,
                    tr(t, "diff.renamed")
                ))
            );
        }
        for ch in &s.changed {
            let _ = writeln!(
                out,
                "    {}",
                paint.yellow(&format!("~ {}", entity(&ch.entity)))
            );
            for f in &ch.fields {
                let _ = writeln!(out, "        {}: {}", f.field, field_text(f, &paint));
            }
        }
    }
    consequences_text(&mut out, c, o, &paint);
    out
}

fn consequences_text(out: &mut String, c: &Comparison, o: &Options<'_>, paint: &Paint) {
    let t = o.t;
    let q = &c.consequences;
    let f = o.formatter;
    let _ = writeln!(out, "\n{}", paint.bold(&tr(t, "diff.consequences")));
    let money_line = |label: String, x: &BeforeAfter<String>| {
        format!(
            "    {label}: {} → {} ({})",
            f.money(x.before),
            f.money(x.after),
            signed_money(f, x.after.saturating_sub(x.before))
        )
    };
    if q.by_year.iter().any(|x| x.before != x.after) {
        let _ = writeln!(out, "  {}", tr(t, "diff.cost_by_year"));
        for x in q.by_year.iter().filter(|x| x.before != x.after) {
            let line = money_line(
                x.key.to_string(),
                &BeforeAfter {
                    key: String::new(),
                    before: x.before,
                    after: x.after,
                },
            );
            let _ = writeln!(out, "{line}");
        }
    }
    if !q.by_source.is_empty() {
        let _ = writeln!(out, "  {}", tr(t, "diff.cost_by_source"));
        for x in &q.by_source {
            let _ = writeln!(out, "{}", money_line(x.key.clone(), x));
        }
    }
    let coverage: Vec<String> = coverage_rows(c)
        .iter()
        .map(|(key, before, after)| format!("{} {before} → {after}", tr(t, key)))
        .collect();
    let _ = writeln!(out, "  {}: {}", tr(t, "diff.coverage"), coverage.join("; "));
    for (key, list) in [
        ("diff.goals_lost", &q.goals_lost_measures),
        ("diff.needs_lost", &q.needs_lost_measures),
    ] {
        if !list.is_empty() {
            let names: Vec<String> = list.iter().map(entity).collect();
            let _ = writeln!(out, "  {}: {}", paint.red(&tr(t, key)), names.join("; "));
        }
    }
    if !q.measures_moved.is_empty() {
        let _ = writeln!(out, "  {}", tr(t, "diff.moved"));
        for m in &q.measures_moved {
            let _ = writeln!(
                out,
                "    {}: {}–{} → {}–{}",
                entity(&m.entity),
                m.old.0,
                m.old.1,
                m.new.0,
                m.new.1
            );
        }
    }
}

/// Coverage before and after, as (catalogue key, "covered/total" before, after).
fn coverage_rows(c: &Comparison) -> [(&'static str, String, String); 2] {
    let (b, a) = (
        &c.consequences.coverage_before,
        &c.consequences.coverage_after,
    );
    [
        (
            "diff.coverage_goals",
            format!("{}/{}", b.goals_covered, b.goals_total),
            format!("{}/{}", a.goals_covered, a.goals_total),
        ),
        (
            "diff.coverage_needs",
            format!("{}/{}", b.needs_covered, b.needs_total),
            format!("{}/{}", a.needs_covered, a.needs_total),
        ),
    ]
}

fn md_escape(s: &str) -> String {
    crate::text::escape_markdown(s)
}

fn md_field(change: &FieldChange) -> (String, String) {
    let cell = |s: &Option<String>| s.as_deref().map(md_escape).unwrap_or_else(|| "–".into());
    match &change.words {
        Some(words) => {
            let new: String = words
                .iter()
                .filter(|w| w.kind == "equal" || !w.text.trim().is_empty())
                .map(|w| match w.kind {
                    "delete" => {
                        format!("~~{}~~", md_escape(w.text.trim()))
                            + if w.text.ends_with(' ') { " " } else { "" }
                    }
                    "insert" => {
                        format!("**{}**", md_escape(w.text.trim()))
                            + if w.text.ends_with(' ') { " " } else { "" }
                    }
                    _ => md_escape(&w.text),
                })
                .collect();
            ("…".into(), new)
        }
        None => (cell(&change.old), cell(&change.new)),
    }
}

/// The comparison as Markdown, ready for a pull request or a council document.
pub fn markdown(c: &Comparison, o: &Options<'_>, heading_level: usize) -> String {
    let t = o.t;
    let f = o.formatter;
    let h = |n: usize| "#".repeat(heading_level + n);
    let mut out = String::new();
    let title = tr(t, "diff.title")
        .replace("{old}", &c.old)
        .replace("{new}", &c.new);
    let _ = writeln!(out, "{} {}\n", h(0), md_escape(&title));
    let _ = writeln!(out, "{}\n", summary_line(c, t));
    let total = &c.consequences.total;
    let _ = writeln!(
        out,
        "{}: {} → {} ({})\n",
        tr(t, "diff.total_cost"),
        f.money(total.before),
        f.money(total.after),
        signed_money(f, total.after.saturating_sub(total.before))
    );
    if !c.has_changes() {
        let _ = writeln!(out, "{}", tr(t, "diff.no_changes"));
        return out;
    }
    let table = |out: &mut String, fields: &[FieldChange]| {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---|---|",
            tr(t, "diff.field"),
            tr(t, "diff.before"),
            tr(t, "diff.after")
        );
        for field in fields {
            let (old, new) = md_field(field);
            let _ = writeln!(out, "| `{}` | {old} | {new} |", field.field);
        }
        out.push('\n');
    };
    if !c.manifest.is_empty() {
        let _ = writeln!(out, "{} {}\n", h(1), tr(t, "diff.manifest"));
        table(&mut out, &c.manifest);
    }
    let mut step = 0;
    for s in &c.sections {
        if s.step != step {
            step = s.step;
            let _ = writeln!(
                out,
                "{} {} {}\n",
                h(1),
                step,
                tr(t, &format!("steps.s{step}"))
            );
        }
        let _ = writeln!(
            out,
            "{} {}\n",
            h(2),
            tr(t, &format!("sections.{}", s.section))
        );
        for (key, list) in [("diff.added", &s.added), ("diff.removed", &s.removed)] {
            for e in list {
                let _ = writeln!(out, "- **{}:** {}", tr(t, key), md_escape(&entity(e)));
            }
        }
        for r in &s.renamed {
            let name = r
                .name
                .as_deref()
                .map(|n| format!(" {}", md_escape(n)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- **{}:** {} → {}{name}",
                tr(t, "diff.renamed"),
                md_escape(&r.old_id),
                md_escape(&r.new_id)
            );
        }
        if !(s.added.is_empty() && s.removed.is_empty() && s.renamed.is_empty()) {
            out.push('\n');
        }
        for ch in &s.changed {
            let _ = writeln!(
                out,
                "**{}:** {}\n",
                tr(t, "diff.changed"),
                md_escape(&entity(&ch.entity))
            );
            table(&mut out, &ch.fields);
        }
    }
    let q = &c.consequences;
    let _ = writeln!(out, "{} {}\n", h(1), tr(t, "diff.consequences"));
    // A table of amounts before and after, with an optional total row.
    let money_table =
        |out: &mut String, key: &str, rows: Vec<(String, i64, i64)>, total: Option<(i64, i64)>| {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---:|---:|---:|",
                tr(t, key),
                tr(t, "diff.before"),
                tr(t, "diff.after"),
                tr(t, "diff.difference")
            );
            let rows = rows.into_iter().map(|(k, b, a)| (k, b, a, false));
            let total =
                total.map(|(b, a)| (format!("**{}**", tr(t, "diff.total_cost")), b, a, true));
            for (label, before, after, _) in rows.chain(total) {
                let _ = writeln!(
                    out,
                    "| {label} | {} | {} | {} |",
                    f.money(before),
                    f.money(after),
                    signed_money(f, after.saturating_sub(before))
                );
            }
            out.push('\n');
        };
    if !q.by_year.is_empty() {
        let rows = q
            .by_year
            .iter()
            .map(|x| (x.key.to_string(), x.before, x.after))
            .collect();
        money_table(
            &mut out,
            "diff.year",
            rows,
            Some((total.before, total.after)),
        );
    }
    if !q.by_source.is_empty() {
        let rows = q
            .by_source
            .iter()
            .map(|x| (md_escape(&x.key), x.before, x.after))
            .collect();
        money_table(&mut out, "diff.source", rows, None);
    }
    for (key, before, after) in coverage_rows(c) {
        let _ = writeln!(out, "- {}: {before} → {after}", tr(t, key));
    }
    for (key, list) in [
        ("diff.goals_lost", &q.goals_lost_measures),
        ("diff.needs_lost", &q.needs_lost_measures),
    ] {
        if !list.is_empty() {
            let names: Vec<String> = list.iter().map(|e| md_escape(&entity(e))).collect();
            let _ = writeln!(out, "- **{}:** {}", tr(t, key), names.join("; "));
        }
    }
    for m in &q.measures_moved {
        let _ = writeln!(
            out,
            "- {}: {} {}–{} → {}–{}",
            tr(t, "diff.moved"),
            md_escape(&entity(&m.entity)),
            m.old.0,
            m.old.1,
            m.new.0,
            m.new.1
        );
    }
    out
}

/// The comparison as one JSON document.
pub fn json(c: &Comparison) -> String {
    let mut s = serde_json::to_string_pretty(c).expect("the comparison serializes");
    s.push('\n');
    s
}
