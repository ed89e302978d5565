//! `kplan init`: a new plan covering all seven steps, in the chosen language and file format,
//! that passes the checks from the first minute. The scaffold is made from templates in
//! `templates/init/` and texts in `i18n/init/`, embedded at compile time.

use std::path::{Path, PathBuf};

use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::text::{Book, Key, Language, catalogue};
use crate::write::WriteError;

/// The file syntax of the plan files (the manifest is always TOML).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileFormat {
    /// `*.yaml`
    Yaml,
    /// `*.toml`
    Toml,
}

/// What the new plan is for.
#[derive(Debug, Clone, Serialize)]
pub struct Options {
    /// Name of the municipality, e.g. "Testvik kommune".
    pub municipality: String,
    /// Kommunenummer, four digits.
    pub number: Option<String>,
    /// What the plan covers, e.g. "Helse og omsorg".
    pub scope: String,
    /// First year of the plan period.
    pub start: i64,
    /// Last year.
    pub end: i64,
    /// Written language.
    #[serde(skip)]
    pub lang: Language,
    /// Plan file syntax.
    pub format: FileFormat,
}

/// A failure of `init`.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder has files and `--force` was not given.
    #[error("{} is not empty; use --force to add a plan to it (existing files are never replaced)", .0.display())]
    NotEmpty(PathBuf),
    /// Some files would be overwritten.
    #[error("these files exist already, so nothing was written:\n{}", .0.iter().map(|p| format!("  {}", p.display())).collect::<Vec<_>>().join("\n"))]
    Exists(Vec<PathBuf>),
    /// Reading or writing failed.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A link or a file stands where a folder or a new file of the plan must go.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// A built-in template failed (a bug).
    #[error("internal template error: {0:#}")]
    Template(#[from] minijinja::Error),
}

macro_rules! templates {
    ($($name:literal),* $(,)?) => {
        /// The scaffold templates by name.
        const TEMPLATES: &[(&str, &str)] = &[
            $(($name, include_str!(concat!("../../templates/init/", $name))),)*
        ];
    };
}

templates! {
    "kplan.toml.j2",
    "step1.yaml.j2", "step2.yaml.j2", "step3.yaml.j2", "step4.yaml.j2",
    "step5.yaml.j2", "step6.yaml.j2", "step7.yaml.j2",
    "step1.toml.j2", "step2.toml.j2", "step3.toml.j2", "step4.toml.j2",
    "step5.toml.j2", "step6.toml.j2", "step7.toml.j2",
    "README.md.j2", "gitignore.j2", "workflow.yml.j2",
}

fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_loader(|name| {
        Ok(TEMPLATES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| (*t).to_owned()))
    });
    // A double-quoted string that is valid in both TOML and YAML.
    env.add_filter("quote", |s: String| {
        serde_json::to_string(&s).expect("a string is JSON")
    });
    env
}

/// The files of a new plan, as (path relative to the plan folder, content), in writing order.
pub fn scaffold(options: &Options) -> Result<Vec<(PathBuf, String)>, InitError> {
    let env = environment();
    let t = catalogue(Book::Init, options.lang).tree();
    let ctx = minijinja::context! {
        t => minijinja::value::Serde(t),
        plan => minijinja::value::Serde(options),
        lang => options.lang.code(),
        kplan_version => env!("CARGO_PKG_VERSION"),
    };
    let render =
        |name: &str| -> Result<String, InitError> { Ok(env.get_template(name)?.render(&ctx)?) };
    let ext = match options.format {
        FileFormat::Yaml => "yaml",
        FileFormat::Toml => "toml",
    };
    let mut files = vec![(PathBuf::from("kplan.toml"), render("kplan.toml.j2")?)];
    for step in 1..=7 {
        let stem = Key::InitStepFile(step).text(options.lang);
        files.push((
            PathBuf::from(format!("{stem}.{ext}")),
            render(&format!("step{step}.{ext}.j2"))?,
        ));
    }
    files.push((PathBuf::from("README.md"), render("README.md.j2")?));
    files.push((PathBuf::from(".gitignore"), render("gitignore.j2")?));
    files.push((
        PathBuf::from(".github/workflows/kplan.yml"),
        render("workflow.yml.j2")?,
    ));
    for (name, text) in crate::model::schema::files() {
        files.push((PathBuf::from("schemas").join(name), text));
    }
    Ok(files)
}

/// Writes the files into `dir`, never replacing a file: if any exists, nothing is written. A
/// folder with files in it needs `force`. Nothing is written outside `dir`: a folder of the
/// scaffold (`.github`, `schemas`, …) that exists as a link, or a file's place taken by a link,
/// stops the run before the first file is written.
pub fn write(
    dir: &Path,
    files: &[(PathBuf, String)],
    force: bool,
) -> Result<Vec<PathBuf>, InitError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| InitError::Io { path, source }
    };
    if dir.exists() && !force {
        let mut entries = std::fs::read_dir(dir).map_err(io(dir))?;
        if entries.next().is_some() {
            return Err(InitError::NotEmpty(dir.to_path_buf()));
        }
    }
    let existing: Vec<PathBuf> = files
        .iter()
        .map(|(rel, _)| dir.join(rel))
        .filter(|p| p.exists() || p.is_symlink())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    // Every folder on the way must be a real folder inside `dir` (or not exist yet), checked for
    // all files first so that a link or a file in the way leaves nothing half written.
    for (rel, _) in files {
        let mut at = dir.to_path_buf();
        for component in rel.parent().into_iter().flat_map(Path::components) {
            at.push(component);
            match std::fs::symlink_metadata(&at) {
                Ok(meta) if meta.file_type().is_symlink() => {
                    return Err(WriteError::Symlink(at).into());
                }
                Ok(meta) if !meta.is_dir() => return Err(WriteError::NotAFolder(at).into()),
                _ => {}
            }
        }
    }
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut written = Vec::new();
    for (rel, content) in files {
        let path = crate::write::ensure_parents_inside(dir, rel)?;
        // create_new: even a file (or link) that appeared after the check above is never
        // replaced or followed.
        use std::io::Write;
        let mut file = crate::write::create_new(&path)?;
        file.write_all(content.as_bytes()).map_err(io(&path))?;
        written.push(path);
    }
    Ok(written)
}
