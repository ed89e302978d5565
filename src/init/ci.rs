//! Where `kplan init` puts the CI configuration: GitHub and GitLab read it only at the root of
//! the repository (`.github/workflows/`, `.gitlab-ci.yml`), so a plan made in a sub-folder of a
//! repository gets its CI file at that root, with the plan's path in it.

use std::path::{Component, Path, PathBuf};

use serde::Serialize;

/// Which CI service the scaffold sets up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Ci {
    /// GitHub Actions: a workflow that uses the kplan action.
    #[default]
    Github,
    /// GitLab CI: a job that reports to the merge request's Code Quality widget.
    Gitlab,
    /// No CI file.
    None,
}

/// Where the CI file goes and what it needs to know about the plan's place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CiPlace {
    /// The CI service.
    pub ci: Ci,
    /// The root of the repository the plan folder is in: the nearest folder at or above it with
    /// a `.git`, else the plan folder itself (a repository yet to be made there).
    #[serde(skip)]
    pub root: PathBuf,
    /// The plan folder relative to [`root`](Self::root), `/`-separated; `.` at the root.
    pub plan: String,
    /// The CI file relative to [`root`](Self::root), `/`-separated.
    pub file: String,
    /// The CI file as a path from the plan folder (`../.github/workflows/kplan.yml`), for the
    /// README.
    pub shown: String,
    /// kplan's repository on GitHub as `owner/name`: what the workflow `uses:`.
    pub repository: String,
    /// GitLab only: the root has a `.gitlab-ci.yml` of its own, so the job is written into the
    /// plan folder (`kplan.gitlab-ci.yml`) for that file to `include:`.
    pub include: bool,
}

impl CiPlace {
    /// The place for a plan in `dir` (which may not exist yet).
    pub fn find(dir: &Path, ci: Ci) -> CiPlace {
        let (root, plan) = repository_root(dir);
        let up = if plan == "." {
            String::new()
        } else {
            "../".repeat(plan.split('/').count())
        };
        let repository = crate::diag::REPOSITORY
            .trim_start_matches("https://github.com/")
            .trim_end_matches('/')
            .to_owned();
        let (file, include) = match ci {
            Ci::Github => (github_workflow(&root, &plan), false),
            Ci::Gitlab if plan == "." || !root.join(".gitlab-ci.yml").exists() => {
                (".gitlab-ci.yml".to_owned(), false)
            }
            Ci::Gitlab => (format!("{plan}/{GITLAB_INCLUDE}"), true),
            Ci::None => (String::new(), false),
        };
        let shown = match file.strip_prefix(&format!("{plan}/")) {
            Some(inside) if plan != "." => inside.to_owned(),
            _ => format!("{up}{file}"),
        };
        CiPlace {
            ci,
            root,
            plan,
            file,
            shown,
            repository,
            include,
        }
    }

    /// Whether the CI file goes inside the plan folder (written with the plan's own files).
    pub fn in_plan(&self) -> bool {
        self.plan == "." || self.include
    }

    /// The CI file relative to the plan folder, when it goes inside it.
    pub fn plan_relative(&self) -> Option<PathBuf> {
        if !self.in_plan() || self.ci == Ci::None {
            return None;
        }
        Some(PathBuf::from(&self.shown))
    }
}

/// The job file for a plan whose repository has its own `.gitlab-ci.yml`.
pub const GITLAB_INCLUDE: &str = "kplan.gitlab-ci.yml";

/// `.github/workflows/kplan.yml`, or, when a plan of the repository has that already,
/// `kplan-<plan folder>.yml`.
fn github_workflow(root: &Path, plan: &str) -> String {
    let default = ".github/workflows/kplan.yml".to_owned();
    if plan == "." || !root.join(&default).exists() {
        return default;
    }
    let slug: String = plan
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!(".github/workflows/kplan-{}.yml", slug.trim_matches('-'))
}

/// The repository root for `dir` and `dir` relative to it. The search starts at the nearest
/// existing folder at or above `dir`, with links resolved, so `..` and a linked home folder
/// name the same root as git would.
fn repository_root(dir: &Path) -> (PathBuf, String) {
    let absolute = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest: Vec<&std::ffi::OsStr> = Vec::new();
    while !existing.is_dir() {
        let (Some(parent), Some(name)) = (existing.parent(), existing.file_name()) else {
            return (dir.to_path_buf(), ".".to_owned());
        };
        rest.push(name);
        existing = parent;
    }
    let Ok(mut target) = existing.canonicalize() else {
        return (dir.to_path_buf(), ".".to_owned());
    };
    for name in rest.iter().rev() {
        target.push(name);
    }
    let root = target
        .ancestors()
        .find(|a| a.join(".git").exists())
        .map(Path::to_path_buf);
    match root {
        Some(root) if root != target => {
            let rel: Vec<String> = target
                .strip_prefix(&root)
                .expect("an ancestor")
                .components()
                .filter_map(|c| match c {
                    Component::Normal(n) => Some(n.to_string_lossy().into_owned()),
                    _ => None,
                })
                .collect();
            (root, rel.join("/"))
        }
        _ => (dir.to_path_buf(), ".".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_in_a_sub_folder_gets_its_workflow_at_the_repository_root() {
        let repo = tempfile::tempdir().unwrap();
        std::fs::create_dir(repo.path().join(".git")).unwrap();
        let root = repo.path().canonicalize().unwrap();

        let place = CiPlace::find(repo.path(), Ci::Github);
        assert_eq!(
            (place.plan.as_str(), place.file.as_str(), place.in_plan()),
            (".", ".github/workflows/kplan.yml", true)
        );

        let place = CiPlace::find(&repo.path().join("planer/helse og omsorg"), Ci::Github);
        assert_eq!(place.root, root);
        assert_eq!(place.plan, "planer/helse og omsorg");
        assert_eq!(place.file, ".github/workflows/kplan.yml");
        assert_eq!(place.shown, "../../.github/workflows/kplan.yml");
        assert!(!place.in_plan());
        assert_eq!(place.repository, "kplan-no/kplan");

        // A second plan of the repository gets a workflow of its own.
        std::fs::create_dir_all(root.join(".github/workflows")).unwrap();
        std::fs::write(root.join(".github/workflows/kplan.yml"), "").unwrap();
        let place = CiPlace::find(&repo.path().join("planer/Oppvekst 2026"), Ci::Github);
        assert_eq!(
            place.file,
            ".github/workflows/kplan-planer-oppvekst-2026.yml"
        );

        // GitLab: the root's .gitlab-ci.yml, or, when there is one, a file to include.
        let place = CiPlace::find(&repo.path().join("helse"), Ci::Gitlab);
        assert_eq!(
            (place.file.as_str(), place.include),
            (".gitlab-ci.yml", false)
        );
        std::fs::write(root.join(".gitlab-ci.yml"), "").unwrap();
        let place = CiPlace::find(&repo.path().join("helse"), Ci::Gitlab);
        assert_eq!(place.file, "helse/kplan.gitlab-ci.yml");
        assert_eq!(place.shown, "kplan.gitlab-ci.yml");
        assert!(place.include && place.in_plan());
        assert_eq!(
            place.plan_relative(),
            Some(PathBuf::from("kplan.gitlab-ci.yml"))
        );
    }

    #[test]
    fn outside_a_repository_the_plan_folder_is_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let place = CiPlace::find(&dir.path().join("ny"), Ci::Github);
        // (a tempdir may sit inside some repository on a developer's machine)
        if !dir.path().ancestors().any(|a| a.join(".git").exists()) {
            assert_eq!(place.plan, ".");
            assert_eq!(place.shown, ".github/workflows/kplan.yml");
        }
    }
}
