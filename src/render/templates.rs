//! The template environment: built-in templates embedded at compile time, a user's templates
//! folder that overrides them file by file, and the filters templates format values with.
//!
//! A user template can extend the built-in one it replaces by its name under `builtin/`: e.g. a
//! `plan.html.j2` that starts with `{% extends "builtin/plan.html.j2" %}` and overrides one of its
//! blocks (`summary`, `step1` … `step7`, `appendix_a`); `plan.md.j2` has the same blocks.

use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, State, UndefinedBehavior};

use super::format::Formatter;
use super::markdown;
use crate::model::Date;

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
    "html/summary.html.j2",
    "html/step1.html.j2",
    "html/step2.html.j2",
    "html/step3.html.j2",
    "html/step4.html.j2",
    "html/step5.html.j2",
    "html/step6.html.j2",
    "html/step7.html.j2",
    "html/appendix-a.html.j2",
    "html/appendix-b.html.j2",
    "charts/bar.svg.j2",
    "charts/gaps.svg.j2",
    "charts/budget.svg.j2",
    "charts/timeline.svg.j2",
    "plan.md.j2",
    "md/macros.md.j2",
}

/// The built-in template of this name (`builtin/` prefix allowed).
pub fn builtin(name: &str) -> Option<&'static str> {
    let name = name.strip_prefix("builtin/").unwrap_or(name);
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// A name that stays inside the templates folder (no `..`, no absolute paths).
fn inside(dir: &Path, name: &str) -> Option<PathBuf> {
    let rel = Path::new(name);
    rel.components()
        .all(|c| matches!(c, Component::Normal(_)))
        .then(|| dir.join(rel))
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

/// Builds the environment. `user_dir` holds the user's template overrides, if any.
pub fn environment(user_dir: Option<PathBuf>, formatter: Formatter) -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(auto_escape);
    env.set_loader(move |name| {
        if !name.starts_with("builtin/")
            && let Some(path) = user_dir.as_deref().and_then(|d| inside(d, name))
            && path.is_file()
        {
            return std::fs::read_to_string(&path).map(Some).map_err(|e| {
                minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("cannot read template {}: {e}", path.display()),
                )
            });
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
                .write_str(&markdown::escape_markdown(&text))
                .map_err(Into::into);
        }
        minijinja::escape_formatter(out, state, value)
    });
    let f = Arc::new(formatter);
    let fmt = f.clone();
    env.add_filter("number", move |x: f64| fmt.number(x));
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
    env.add_filter("markdown", |state: &State, md: String| -> Value {
        if *state.auto_escape() == AutoEscape::Html {
            Value::from_safe_string(markdown::to_html(&md))
        } else {
            Value::from_safe_string(markdown::to_markdown(&md))
        }
    });
    env
}
