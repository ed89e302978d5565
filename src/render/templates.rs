//! The template environment: built-in templates embedded at compile time, a user's templates
//! folder that overrides them file by file, and the filters templates format values with.
//!
//! A user template can extend the built-in one it replaces by its name under `builtin/`: e.g. a
//! `plan.html.j2` that starts with `{% extends "builtin/plan.html.j2" %}` and overrides one of its
//! blocks (`summary`, `step1` … `step7`, `appendix_a`, `remarks`, `appendix_b`, `colophon`);
//! `plan.md.j2` has the same blocks.
//!
//! A plan's templates are untrusted input. They are read only from inside their folder (no `..`,
//! no absolute names, no links that lead out of it), and one render has a budget of work and of
//! nesting ([`limits::template_fuel`], [`limits::TEMPLATE_NESTING`]): a template that breaks one
//! fails with an error that names the bound.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use minijinja::value::{Kwargs, Value, ValueKind};
use minijinja::{AutoEscape, Environment, ErrorKind, State, UndefinedBehavior};

use super::markdown;
use crate::limits;
use crate::load::safe::{self, Refusal};
use crate::model::Date;
use crate::text::Formatter;

macro_rules! builtins {
    ($($name:literal),* $(,)?) => {
        /// Every built-in template by name.
        pub const BUILTINS: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../templates/", $name))),)*
        ];
    };
}

builtins! {
    "plan.html.j2",
    "style.css",
    "html/macros.html.j2",
    "html/title.html.j2",
    "html/foreword.html.j2",
    "html/decision.html.j2",
    "html/summary.html.j2",
    "html/step1.html.j2",
    "html/step2.html.j2",
    "html/step3.html.j2",
    "html/step4.html.j2",
    "html/step5.html.j2",
    "html/step6.html.j2",
    "html/step7.html.j2",
    "html/appendix-a.html.j2",
    "html/appendix-remarks.html.j2",
    "html/appendix-b.html.j2",
    "html/appendices.html.j2",
    "charts/bar.svg.j2",
    "charts/gaps.svg.j2",
    "charts/budget.svg.j2",
    "charts/timeline.svg.j2",
    "plan.md.j2",
    "md/macros.md.j2",
    "diff/changes.md.j2",
    "diff/changes.txt.j2",
    "plan.typ",
}

/// The built-in template of this name (`builtin/` prefix allowed).
pub fn builtin(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("builtin/").unwrap_or(name);
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Whether a name stays inside the templates folder by its form (no `..`, no absolute paths);
/// links are checked when the file is opened.
fn inside(name: &str) -> bool {
    Path::new(name)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
}

/// A template that is not read, as an error naming the template (never what a link points to).
fn refused(name: &str, why: &str) -> minijinja::Error {
    minijinja::Error::new(
        ErrorKind::InvalidOperation,
        format!("template `{name}` {why}; kplan does not read it"),
    )
}

/// The user's template `name` from `dir`, `None` when the folder has no such file.
fn user_template(dir: &Path, name: &str) -> Result<Option<String>, minijinja::Error> {
    let cannot_read = |e: std::io::Error| {
        minijinja::Error::new(
            ErrorKind::InvalidOperation,
            format!("cannot read template {}: {e}", dir.join(name).display()),
        )
    };
    let file = match safe::open_inside(dir, Path::new(name)) {
        Ok(Ok(file)) => file,
        // A folder (`html/`) is not a template: the built-in one of that name, if any, is used.
        Ok(Err(Refusal::Folder)) => return Ok(None),
        Ok(Err(Refusal::Outside)) => {
            return Err(refused(
                name,
                "is a link that leads out of the templates folder",
            ));
        }
        Ok(Err(Refusal::Broken)) => {
            return Err(refused(name, "is a link to a file that does not exist"));
        }
        Ok(Err(Refusal::Special(kind))) => {
            return Err(refused(name, &format!("is {kind}, not a regular file")));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(cannot_read(e)),
    };
    let bytes = safe::read(file, limits::MAX_FILE_BYTES).map_err(cannot_read)?;
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| refused(name, "is not UTF-8"))
}

/// The text of template `name`: the user's from `dir` when it has one, else the built-in one.
pub fn source(dir: Option<&Path>, name: &str) -> Result<String, minijinja::Error> {
    if let Some(dir) = dir
        && let Some(text) = user_template(dir, name)?
    {
        return Ok(text);
    }
    builtin(name)
        .map(str::to_owned)
        .ok_or_else(|| refused(name, "is not a template kplan knows"))
}

/// Escaping per output: HTML and SVG are HTML-escaped; Markdown is escaped by our formatter.
fn auto_escape(name: &str) -> AutoEscape {
    let name = name.strip_suffix(".j2").unwrap_or(name);
    match name.rsplit('.').next() {
        Some("html" | "htm" | "svg" | "xml") => AutoEscape::Html,
        Some("md") => AutoEscape::Custom("markdown".into()),
        _ => AutoEscape::None,
    }
}

/// The environment of one render, with its budgets: a template that breaks one fails with an
/// error naming the bound (see [`Template`]). Everything else is the [`Environment`]'s.
pub struct Templates {
    env: Environment<'static>,
    fuel: u64,
}

impl std::ops::Deref for Templates {
    type Target = Environment<'static>;

    fn deref(&self) -> &Self::Target {
        &self.env
    }
}

impl Templates {
    /// The template of this name, see [`Environment::get_template`].
    pub fn get_template(&self, name: &str) -> Result<Template<'_>, minijinja::Error> {
        let template = self
            .env
            .get_template(name)
            .map_err(|e| name_the_bound(e, self.fuel))?;
        Ok(Template {
            template,
            fuel: self.fuel,
        })
    }
}

/// A template whose render errors name the budget that was broken.
pub struct Template<'env> {
    template: minijinja::Template<'env, 'env>,
    fuel: u64,
}

impl<'env> std::ops::Deref for Template<'env> {
    type Target = minijinja::Template<'env, 'env>;

    fn deref(&self) -> &Self::Target {
        &self.template
    }
}

impl<'env> Template<'env> {
    /// Renders to a string, see [`minijinja::Template::render`].
    pub fn render<V: Into<Value>>(&self, ctx: V) -> Result<String, minijinja::Error> {
        self.template
            .render(ctx)
            .map_err(|e| name_the_bound(e, self.fuel))
    }

    /// Renders into a writer, see [`minijinja::Template::render_captured_to`].
    pub fn render_captured_to<V: Into<Value>, W: std::io::Write>(
        &self,
        ctx: V,
        w: W,
    ) -> Result<minijinja::Captured<'env>, minijinja::Error> {
        self.template
            .render_captured_to(ctx, w)
            .map_err(|e| name_the_bound(e, self.fuel))
    }
}

/// minijinja reports a broken budget as "engine ran out of fuel" or "recursion limit exceeded",
/// at the end of a chain of one "could not render include" per level; say instead which bound it
/// was, what usually breaks it, and where it broke.
fn name_the_bound(err: minijinja::Error, fuel: u64) -> minijinja::Error {
    let mut out_of_fuel = false;
    let mut too_deep = false;
    let mut at = None;
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(e) = cause {
        if let Some(e) = e.downcast_ref::<minijinja::Error>() {
            out_of_fuel |= e.kind() == ErrorKind::OutOfFuel;
            too_deep |= e.detail() == Some("recursion limit exceeded");
            if let Some(name) = e.name() {
                at = Some(format!("{name}:{}", e.line().unwrap_or(0)));
            }
        }
        cause = e.source();
    }
    let bound = if out_of_fuel {
        format!(
            "the template ran out of its budget of {fuel} instructions for this plan \
             (a loop that does not end, or far more work than the document needs)"
        )
    } else if too_deep {
        format!(
            "the templates nest deeper than the limit of {} levels \
             (a template that includes itself, or a macro that calls itself without end)",
            limits::TEMPLATE_NESTING
        )
    } else {
        return err;
    };
    let at = at.map(|at| format!(", at {at}")).unwrap_or_default();
    minijinja::Error::new(ErrorKind::InvalidOperation, format!("{bound}{at}"))
}

/// The size of a template context as the work of rendering it grows with: its sections, and
/// the entries of each (the goals, needs, measures …; the fields of a singleton). Counted from
/// the lengths alone, without walking the context, which on a large plan would cost a tenth of
/// the render; only a comparison is walked, down to its fields (see [`comparison_entries`]).
fn entries(context: &Value) -> u64 {
    let Some(sections) = context.as_object().and_then(|map| map.try_iter_pairs()) else {
        return 0;
    };
    sections
        .map(|(key, section)| match section.kind() {
            _ if key.as_str() == Some("changes") => 1 + comparison_entries(&section),
            ValueKind::Seq | ValueKind::Map => 1 + section.len().unwrap_or(0) as u64,
            _ => 1,
        })
        .sum()
}

/// The size of a comparison (`changes`: appendix B, `kplan diff`), which the diff templates walk
/// to its words: its sections, the entities and changed fields of each, the runs of each word
/// diff, and the rows of its consequences. Its own six fields would say nothing of its size.
fn comparison_entries(changes: &Value) -> u64 {
    let len = |v: &Value, key: &str| {
        v.get_attr(key)
            .ok()
            .and_then(|list| list.len())
            .unwrap_or(0) as u64
    };
    let items = |v: &Value, key: &str| -> Vec<Value> {
        v.get_attr(key)
            .ok()
            .and_then(|list| list.try_iter().ok().map(Iterator::collect))
            .unwrap_or_default()
    };
    let fields = |list: Vec<Value>| -> u64 { list.iter().map(|f| 1 + len(f, "words")).sum() };
    let consequences = changes.get_attr("consequences").unwrap_or_default();
    let rows: u64 = [
        "by_year",
        "by_source",
        "goals_lost_measures",
        "needs_lost_measures",
        "measures_moved",
    ]
    .iter()
    .map(|key| len(&consequences, key))
    .sum();
    let sections: u64 = items(changes, "sections")
        .iter()
        .map(|s| {
            let changed: u64 = items(s, "changed")
                .iter()
                .map(|c| 1 + fields(items(c, "fields")))
                .sum();
            let renamed: u64 = items(s, "renamed")
                .iter()
                .map(|r| 1 + fields(items(r, "fields")))
                .sum();
            1 + len(s, "added") + len(s, "removed") + renamed + changed
        })
        .sum();
    fields(items(changes, "manifest")) + rows + sections
}

/// `text` as a Markdown code span that nothing in it can end: a field path may hold a title, with
/// backticks, pipes or line breaks in it. The fence is one backtick longer than the longest run
/// inside; a pipe is escaped, as a table cell needs even inside code (GFM); a line break becomes
/// a space, as it does in Markdown's code spans anyway.
fn code_span(text: &str) -> String {
    let text = text.replace(['\n', '\r'], " ").replace('|', "\\|");
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The language of the plan's own text when it differs from the document's (`--lang en` on a
/// bokmål plan): `meta.content_lang` where it is not `meta.lang`; `None` when they agree or the
/// data has no `meta` (the `kplan diff` report).
fn other_content_lang(state: &State) -> Option<String> {
    let meta = state.lookup("meta")?;
    let lang = |key: &str| {
        meta.get_attr(key)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
    };
    let content = lang("content_lang")?;
    (Some(&content) != lang("lang").as_ref()).then_some(content)
}

/// ANSI colour codes, for text output on a terminal.
fn ansi(style: &str) -> Option<&'static str> {
    Some(match style {
        "bold" => "1",
        "red" => "31",
        "green" => "32",
        "yellow" => "33",
        _ => return None,
    })
}

/// Builds the environment for rendering `context`. `user_dir` holds the user's template
/// overrides, if any; the budget of work grows with the size of the context.
pub fn environment(user_dir: Option<PathBuf>, formatter: Formatter, context: &Value) -> Templates {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(auto_escape);
    let fuel = limits::template_fuel(entries(context));
    env.set_fuel(Some(fuel));
    env.set_recursion_limit(limits::TEMPLATE_NESTING);
    env.set_loader(move |name| {
        if !inside(name) {
            return Err(refused(name, "leads out of the templates folder"));
        }
        if !name.starts_with("builtin/")
            && let Some(dir) = user_dir.as_deref()
            && let Some(source) = user_template(dir, name)?
        {
            return Ok(Some(source));
        }
        Ok(builtin(name).map(str::to_owned))
    });
    env.set_formatter(|out, state, value| {
        if *state.auto_escape() == AutoEscape::Custom("markdown".into()) && !value.is_safe() {
            let text = if value.is_none() || value.is_undefined() {
                String::new()
            } else {
                value.to_string()
            };
            return out
                .write_str(&crate::text::escape_markdown(&text))
                .map_err(Into::into);
        }
        minijinja::escape_formatter(out, state, value)
    });
    let f = Arc::new(formatter);
    let fmt = f.clone();
    env.add_filter("number", move |x: f64| fmt.number(x));
    let fmt = f.clone();
    env.add_filter("decimal", move |x: f64| fmt.decimal(x));
    let fmt = f.clone();
    env.add_filter(
        "quantity",
        move |x: f64, quantity: String| -> Result<String, minijinja::Error> {
            match quantity.as_str() {
                "fte" | "score" => Ok(fmt.decimal(x)),
                "persons" | "percent" | "count" | "amount" => Ok(fmt.number(x)),
                _ => Err(minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!(
                        "quantity knows persons, fte, percent, score, count and amount, not `{quantity}`"
                    ),
                )),
            }
        },
    );
    let fmt = f.clone();
    env.add_filter("money", move |x: i64| fmt.money(x));
    let fmt = f.clone();
    env.add_filter("percent", move |x: f64| fmt.percent(x));
    let fmt = f.clone();
    env.add_filter(
        "date",
        move |text: String| -> Result<String, minijinja::Error> {
            Date::parse(&text).map(|d| fmt.date(d)).ok_or_else(|| {
                minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("`{text}` is not a date"),
                )
            })
        },
    );
    let fmt = f.clone();
    env.add_filter(
        "money_change",
        move |x: Value| -> Result<String, minijinja::Error> {
            let amount = |key: &str| {
                x.get_attr(key)
                    .ok()
                    .and_then(|v| i64::try_from(v).ok())
                    .ok_or_else(|| {
                        minijinja::Error::new(
                            ErrorKind::InvalidOperation,
                            format!("money_change needs an amount `before` and `after`, not {x}"),
                        )
                    })
            };
            let change = amount("after")?.saturating_sub(amount("before")?);
            let sign = if change > 0 { "+" } else { "" };
            Ok(format!("{sign}{}", fmt.money(change)))
        },
    );
    env.add_filter("code", |state: &State, text: String| -> Value {
        // Safe only where it is Markdown; elsewhere it is text like any other, escaped as such.
        if *state.auto_escape() == AutoEscape::Custom("markdown".into()) {
            Value::from_safe_string(code_span(&text))
        } else {
            Value::from(code_span(&text))
        }
    });
    env.add_filter(
        "paint",
        |state: &State, text: String, style: String| -> Result<String, minijinja::Error> {
            let code = ansi(&style).ok_or_else(|| {
                minijinja::Error::new(
                    ErrorKind::InvalidOperation,
                    format!("paint knows bold, red, green and yellow, not `{style}`"),
                )
            })?;
            let color = state.lookup("color").is_some_and(|c| c.is_true());
            Ok(if color {
                format!("\x1b[{code}m{text}\x1b[0m")
            } else {
                text
            })
        },
    );
    // Text the plan wrote keeps the plan's language when the interface is in another: screen
    // readers and hyphenation read `lang`.
    env.add_filter("content", |state: &State, value: Value| -> Value {
        if *state.auto_escape() != AutoEscape::Html || value.is_safe() {
            return value;
        }
        match (value.as_str(), other_content_lang(state)) {
            (Some(text), Some(lang)) => Value::from_safe_string(format!(
                "<span lang=\"{}\">{}</span>",
                minijinja::HtmlEscape(&lang),
                minijinja::HtmlEscape(text)
            )),
            _ => value,
        }
    });
    // The GitHub id of a heading with this text, for the Markdown table of contents.
    env.add_filter("slug", |text: String| {
        Value::from_safe_string(super::anchors::gfm_slug(&text))
    });
    // What a Markdown heading needs so that pandoc's default reader finds it under its GitHub id.
    env.add_filter("pandoc_anchor", |state: &State, text: String| -> Value {
        if *state.auto_escape() == AutoEscape::Custom("markdown".into()) {
            Value::from_safe_string(super::anchors::pandoc_anchor(&text))
        } else {
            Value::from(super::anchors::pandoc_anchor(&text))
        }
    });
    // Text as a CSS string inside a `<style>` element (the print footer).
    env.add_filter("css_string", |text: String| {
        Value::from_safe_string(super::anchors::css_string(&text))
    });
    // A text with `{page}` and `{pages}` as the `content` of a page margin box.
    env.add_filter("css_page_counters", |text: String| {
        Value::from_safe_string(super::anchors::css_page_counters(&text))
    });
    // `markdown(headings=N)` keeps the text's headings, from level N down (an appendix);
    // without it they become bold paragraphs (a field). Text in the plan's language keeps its
    // `lang` when the interface is in another.
    env.add_filter(
        "markdown",
        |state: &State, md: String, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            let headings = match kwargs.get::<Option<u8>>("headings")? {
                Some(level @ 1..=6) => markdown::Headings::Below(level),
                Some(level) => {
                    return Err(minijinja::Error::new(
                        ErrorKind::InvalidOperation,
                        format!("markdown(headings=…) takes a level from 1 to 6, not {level}"),
                    ));
                }
                None => markdown::Headings::Bold,
            };
            kwargs.assert_all_used()?;
            if *state.auto_escape() != AutoEscape::Html {
                return Ok(Value::from_safe_string(markdown::to_markdown(
                    &md, headings,
                )));
            }
            let html = markdown::to_html(&md, headings);
            Ok(match other_content_lang(state) {
                Some(lang) => Value::from_safe_string(format!(
                    "<div lang=\"{}\">{html}</div>",
                    minijinja::HtmlEscape(&lang)
                )),
                None => Value::from_safe_string(html),
            })
        },
    );
    Templates { env, fuel }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    fn render(template: &str, context: Value) -> String {
        let env = environment(None, Formatter::new(Language::Nb), &context);
        env.render_str(template, context).unwrap()
    }

    #[test]
    fn a_code_span_is_one_that_nothing_inside_can_end() {
        assert_eq!(
            code_span("costs[2025/ktt].amount"),
            "`costs[2025/ktt].amount`"
        );
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x``"), "``` `x`` ```");
        assert_eq!(code_span("a|b\nc"), "`a\\|b c`");
    }

    #[test]
    fn paint_colours_only_when_the_data_asks_for_it() {
        let template = "{{ 'x' | paint('green') }}{{ 'y' | paint('bold') }}";
        assert_eq!(
            render(template, minijinja::context! { color => true }),
            "\x1b[32mx\x1b[0m\x1b[1my\x1b[0m"
        );
        assert_eq!(
            render(template, minijinja::context! { color => false }),
            "xy"
        );
        assert_eq!(render(template, minijinja::context! {}), "xy");
    }

    #[test]
    fn money_change_is_signed_and_saturates() {
        let change = |before: i64, after: i64| {
            render(
                "{{ x | money_change }}",
                minijinja::context! { x => minijinja::context! { before, after } },
            )
        };
        assert_eq!(change(150_000, 175_000), "+25\u{a0}000\u{a0}kr");
        assert_eq!(change(80_000, 0), "−80\u{a0}000\u{a0}kr");
        assert_eq!(change(5, 5), "0\u{a0}kr");
        assert!(!change(i64::MIN, i64::MAX).contains('−'));
    }
}
