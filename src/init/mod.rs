//! `kplan init`: a new plan covering all seven steps, in the chosen language and file format,
//! that passes the checks from the first minute. The scaffold is made from templates in
//! `templates/init/` and texts in `i18n/init/`, embedded at compile time.

mod ci;

use std::path::{Path, PathBuf};

pub use ci::{Ci, CiPlace, GITLAB_INCLUDE};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;

use crate::diag::Msg;
use crate::msg;
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
    #[error("{} is not empty: choose an empty folder, or give --force to add the plan beside the files in it (no file is ever replaced)", .0.display())]
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

impl InitError {
    /// The error in words, in any language; `None` for the ones that have English words only
    /// and for [`InitError::Write`], which [`crate::Error::message`] puts into words.
    pub fn message(&self) -> Option<Msg> {
        Some(match self {
            InitError::NotEmpty(dir) => msg!("cli-init-not-empty", dir = dir.display().to_string()),
            InitError::Exists(paths) => msg!(
                "cli-init-exists",
                files = paths
                    .iter()
                    .map(|p| format!("  {}", p.display()))
                    .collect::<Vec<_>>()
                    .join("\n")
            ),
            InitError::Io { path, source } => msg!(
                "cli-cannot-write",
                path = path.display().to_string(),
                reason = source.to_string()
            ),
            InitError::Write(_) | InitError::Template(_) => return None,
        })
    }
}

/// The language of an answer to `init`'s question: a code (`nb`, `nn`, `en`), the language's name
/// in Norwegian or English (`bokmål`, `Nynorsk`, `English`) or its three-letter code, in any case
/// and with spaces around.
pub fn parse_language(answer: &str) -> Result<Language, Msg> {
    let word = answer.trim().to_lowercase();
    match word.as_str() {
        "nb" | "nob" | "bokmål" | "bokmal" | "norsk bokmål" => Ok(Language::Nb),
        "nn" | "nno" | "nynorsk" | "norsk nynorsk" => Ok(Language::Nn),
        "en" | "eng" | "english" | "engelsk" => Ok(Language::En),
        _ => Err(msg!("cli-init-bad-language", answer = answer.trim())),
    }
}

/// The file format of an answer: `yaml`, `yml` or `toml`, in any case, with or without a dot in
/// front.
pub fn parse_format(answer: &str) -> Result<FileFormat, Msg> {
    let word = answer.trim().to_lowercase();
    match word.trim_start_matches('.') {
        "yaml" | "yml" => Ok(FileFormat::Yaml),
        "toml" => Ok(FileFormat::Toml),
        _ => Err(msg!("cli-init-bad-format", answer = answer.trim())),
    }
}

/// The plan period of an answer: two years from 1900 to 2200 with a hyphen, a dash or a slash
/// between them (`2025-2028`, `2025 – 2028`), the first not after the second.
pub fn parse_period(answer: &str) -> Result<(i64, i64), Msg> {
    let answer = answer.trim();
    let bad = || msg!("cli-init-bad-period", answer = answer);
    let (a, b) = answer.split_once(['-', '–', '—', '/']).ok_or_else(bad)?;
    let year = |s: &str| {
        s.trim()
            .parse::<i64>()
            .ok()
            .filter(|y| (1900..=2200).contains(y))
    };
    let (Some(start), Some(end)) = (year(a), year(b)) else {
        return Err(bad());
    };
    if start > end {
        return Err(msg!("cli-init-reversed-period", start = start, end = end));
    }
    Ok((start, end))
}

/// The kommunenummer of an answer: four digits (spaces inside are dropped, `46 01`), or nothing.
pub fn parse_number(answer: &str) -> Result<Option<String>, Msg> {
    let digits: String = answer.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        Ok(None)
    } else if digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(Some(digits))
    } else {
        Err(msg!("cli-init-bad-number", answer = answer.trim()))
    }
}

/// The name kplan's README is written to when the folder has a `README.md` of its own.
pub const README_INSTEAD: &str = "README-kplan.md";

/// Whether an entry of the target folder leaves it empty for `init`: what `git init` and a
/// repository created on GitHub hold (`.git`, `README.md`, a licence, `.gitignore`,
/// `.gitattributes`). Such a README or `.gitignore` is kept, and kplan's is written beside it or
/// left out ([`fit`]).
fn counts_as_empty(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    matches!(name, ".git" | ".gitignore" | ".gitattributes")
        || upper == "README.MD"
        || upper.starts_with("LICENSE")
        || upper.starts_with("LICENCE")
}

/// Checks the target folder before anything is asked or written: it is a folder (or does not
/// exist yet) and, without `force`, it is empty but for what a new git repository holds
/// ([`counts_as_empty`]).
pub fn check_target(dir: &Path, force: bool) -> Result<(), InitError> {
    let io = |source| InitError::Io {
        path: dir.to_path_buf(),
        source,
    };
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(e)),
        Ok(meta) if !meta.is_dir() => return Err(WriteError::NotAFolder(dir.to_path_buf()).into()),
        Ok(_) => {}
    }
    if force {
        return Ok(());
    }
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        if !counts_as_empty(&entry.file_name().to_string_lossy()) {
            return Err(InitError::NotEmpty(dir.to_path_buf()));
        }
    }
    Ok(())
}

/// What [`fit`] changed in the scaffold for the files already in the folder.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Fitted {
    /// The folder has a `README.md` (in any case): kplan's README is written under this name.
    pub readme: Option<&'static str>,
    /// The folder has a `.gitignore`, kept as it is, and it does not keep `build/` out of git.
    pub gitignore_lacks_build: bool,
}

/// Fits the scaffold to the folder it goes into: a `README.md` there (a repository created on
/// GitHub has one) is kept and kplan's README goes to [`README_INSTEAD`]; a `.gitignore` there is
/// kept and kplan's is not written.
pub fn fit(dir: &Path, files: &mut Vec<(PathBuf, String)>) -> Fitted {
    let names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let mut fitted = Fitted::default();
    if names.iter().any(|n| n.eq_ignore_ascii_case("README.md")) {
        for (path, _) in files.iter_mut() {
            if path == Path::new("README.md") {
                *path = PathBuf::from(README_INSTEAD);
                fitted.readme = Some(README_INSTEAD);
            }
        }
    }
    if names.iter().any(|n| n == ".gitignore") {
        files.retain(|(path, _)| path != Path::new(".gitignore"));
        let existing = std::fs::symlink_metadata(dir.join(".gitignore"))
            .ok()
            .filter(|m| m.is_file())
            .and_then(|_| std::fs::read_to_string(dir.join(".gitignore")).ok())
            .unwrap_or_default();
        fitted.gitignore_lacks_build = !existing
            .lines()
            .any(|l| matches!(l.trim(), "build" | "build/" | "/build" | "/build/"));
    }
    fitted
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
    "README.md.j2", "gitignore.j2", "workflow.yml.j2", "gitlab-ci.yml.j2",
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

/// The files of a new plan.
#[derive(Debug)]
pub struct Scaffold {
    /// The plan's files, as (path relative to the plan folder, content), in writing order.
    pub files: Vec<(PathBuf, String)>,
    /// The CI file when it goes at the repository root above the plan folder
    /// ([`CiPlace::root`]), as (path relative to that root, content).
    pub at_root: Option<(PathBuf, String)>,
}

/// The files of a new plan, with its CI file placed as `ci` says.
pub fn scaffold(options: &Options, ci: &CiPlace) -> Result<Scaffold, InitError> {
    let env = environment();
    let t = catalogue(Book::Init, options.lang).tree();
    let ctx = minijinja::context! {
        t => minijinja::value::Serde(t),
        plan => minijinja::value::Serde(options),
        lang => options.lang.code(),
        kplan_version => env!("CARGO_PKG_VERSION"),
        ci => minijinja::value::Serde(ci),
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
    for (name, text) in crate::model::schema::files(options.lang) {
        files.push((PathBuf::from("schemas").join(name), text));
    }
    let ci_text = match ci.ci {
        Ci::Github => Some(render("workflow.yml.j2")?),
        Ci::Gitlab => Some(render("gitlab-ci.yml.j2")?),
        Ci::None => None,
    };
    let mut at_root = None;
    if let Some(text) = ci_text {
        match ci.plan_relative() {
            Some(rel) => files.push((rel, text)),
            None => at_root = Some((PathBuf::from(&ci.file), text)),
        }
    }
    Ok(Scaffold { files, at_root })
}

/// Writes the files into `dir`, and `at_root` into `root` (the repository root above `dir`),
/// never replacing a file: if any exists, nothing is written. A folder with files in it needs
/// `force` (but for what a new git repository holds, see [`check_target`]). Nothing is written
/// outside `dir` but the one CI file at `root`: a folder on the way (`.github`, `schemas`, …)
/// that exists as a link, or a file's place taken by a link, stops the run before the first file
/// is written.
pub fn write(
    dir: &Path,
    files: &[(PathBuf, String)],
    at_root: Option<(&Path, &(PathBuf, String))>,
    force: bool,
) -> Result<Vec<PathBuf>, InitError> {
    check_target(dir, force)?;
    let root_files: Vec<(PathBuf, String)> = at_root.map(|(_, f)| f.clone()).into_iter().collect();
    let groups: Vec<(&Path, &[(PathBuf, String)])> = std::iter::once((dir, files))
        .chain(at_root.map(|(root, _)| (root, root_files.as_slice())))
        .collect();
    let existing: Vec<PathBuf> = groups
        .iter()
        .flat_map(|(base, files)| files.iter().map(|(rel, _)| base.join(rel)))
        .filter(|p| p.exists() || p.is_symlink())
        .collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    // Every folder on the way must be a real folder inside its base (or not exist yet), checked
    // for all files first so that a link or a file in the way leaves nothing half written.
    for (base, files) in &groups {
        for (rel, _) in *files {
            let mut at = base.to_path_buf();
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
    }
    std::fs::create_dir_all(dir).map_err(|source| InitError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for (base, files) in &groups {
        for (rel, content) in *files {
            let path = crate::write::ensure_parents_inside(base, rel)?;
            // create_new: even a file (or link) that appeared after the check above is never
            // replaced or followed.
            use std::io::Write;
            let mut file = crate::write::create_new(&path)?;
            file.write_all(content.as_bytes())
                .map_err(|source| InitError::Io {
                    path: path.clone(),
                    source,
                })?;
            written.push(path);
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_forgiven_their_case_spaces_and_names() {
        for (answer, lang) in [
            ("nb", Language::Nb),
            (" bokmål ", Language::Nb),
            ("Bokmål", Language::Nb),
            ("NN", Language::Nn),
            ("nynorsk", Language::Nn),
            ("English", Language::En),
        ] {
            assert_eq!(parse_language(answer), Ok(lang), "{answer}");
        }
        let no = parse_language(" svensk ").unwrap_err();
        assert!(
            no.text(Language::En).starts_with("`svensk` is not"),
            "{no:?}"
        );
        for (answer, format) in [
            ("yaml", FileFormat::Yaml),
            ("YAML", FileFormat::Yaml),
            (" Yaml ", FileFormat::Yaml),
            ("yml", FileFormat::Yaml),
            (".yaml", FileFormat::Yaml),
            ("toml", FileFormat::Toml),
            ("TOML ", FileFormat::Toml),
        ] {
            assert_eq!(parse_format(answer), Ok(format), "{answer}");
        }
        assert!(parse_format("json").is_err());
        for answer in ["2025-2028", " 2025 - 2028 ", "2025–2028", "2025/2028"] {
            assert_eq!(parse_period(answer), Ok((2025, 2028)), "{answer}");
        }
        assert_eq!(parse_period("2026-2026"), Ok((2026, 2026)));
        assert_eq!(
            parse_period("2028-2025").unwrap_err().text(Language::En),
            "the start year (2028) is after the end year (2025): write the first year first, e.g. 2025-2028"
        );
        assert_eq!(
            parse_period("2028-2025").unwrap_err().text(Language::Nb),
            "startåret (2028) er etter sluttåret (2025): skriv det første året først, f.eks. 2025-2028"
        );
        for bad in ["neste år", "2025", "25-28", "2025-3000", ""] {
            assert_eq!(
                parse_period(bad).unwrap_err().id(),
                "cli-init-bad-period",
                "{bad}"
            );
        }
        assert_eq!(parse_number(" 4601 "), Ok(Some("4601".into())));
        assert_eq!(parse_number("46 01"), Ok(Some("4601".into())));
        assert_eq!(parse_number("  "), Ok(None));
        assert!(parse_number("12345").is_err() && parse_number("46a1").is_err());
    }

    #[test]
    fn a_new_repository_counts_as_empty_and_its_readme_and_gitignore_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        assert!(check_target(&dir.path().join("new"), false).is_ok());
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        for name in ["README.md", "LICENSE", ".gitignore"] {
            std::fs::write(dir.path().join(name), "mine\n").unwrap();
        }
        assert!(check_target(dir.path(), false).is_ok());
        let options = Options {
            municipality: "Testvik kommune".into(),
            number: None,
            scope: "Helse og omsorg".into(),
            start: 2026,
            end: 2029,
            lang: Language::Nb,
            format: FileFormat::Yaml,
        };
        let place = CiPlace::find(dir.path(), Ci::Github);
        let Scaffold { mut files, at_root } = scaffold(&options, &place).unwrap();
        assert!(at_root.is_none(), "the folder is the repository root");
        let fitted = fit(dir.path(), &mut files);
        assert_eq!(
            fitted,
            Fitted {
                readme: Some(README_INSTEAD),
                gitignore_lacks_build: true
            }
        );
        let written = write(dir.path(), &files, None, false).unwrap();
        assert!(written.contains(&dir.path().join(README_INSTEAD)));
        for name in ["README.md", ".gitignore"] {
            assert_eq!(
                std::fs::read_to_string(dir.path().join(name)).unwrap(),
                "mine\n"
            );
        }
        // Anything else makes the folder not empty.
        let other = tempfile::tempdir().unwrap();
        std::fs::write(other.path().join("notater.md"), "mine").unwrap();
        assert!(matches!(
            check_target(other.path(), false),
            Err(InitError::NotEmpty(_))
        ));
        assert!(check_target(other.path(), true).is_ok());
        let file = other.path().join("notater.md");
        assert!(matches!(
            check_target(&file, true),
            Err(InitError::Write(WriteError::NotAFolder(_)))
        ));
    }
}
