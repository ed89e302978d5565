//! Reading a plan as it was in a git revision, through the user's own `git` binary: never through
//! a shell and never by checking files out. `rev-parse` resolves the revision, `ls-tree` lists the
//! files and one long-lived `cat-file --batch` process reads them.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::discover::{self, MANIFEST, ReadError};
use crate::load::FileSource;

/// Why a plan could not be read from a git revision.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// There is no `git` command to run.
    #[error("git is not installed (kplan reads revisions with the git command)")]
    NotInstalled(#[source] std::io::Error),
    /// `git` is there but could not be started.
    #[error("cannot run git {command}: {source}")]
    Run {
        /// The git subcommand (`rev-parse`, `ls-tree`, `cat-file`).
        command: &'static str,
        /// Why it could not be started.
        source: std::io::Error,
    },
    /// The folder is not inside a git repository.
    #[error("{} is not in a git repository, so revisions cannot be read", dir.display())]
    NotARepository {
        /// The folder kplan looked from.
        dir: PathBuf,
        /// What git said.
        stderr: String,
    },
    /// The revision names no commit or tree in the repository.
    #[error("unknown revision `{rev}` in {}", repo.display())]
    UnknownRevision {
        /// The revision as given.
        rev: String,
        /// The repository's top level.
        repo: PathBuf,
    },
    /// `git ls-tree` failed on a tree that `rev-parse` had found.
    #[error("git ls-tree failed for `{label}`: {stderr}")]
    ListTree {
        /// `REV:path`.
        label: String,
        /// What git said.
        stderr: String,
    },
    /// The revision has no `kplan.toml` in the plan folder.
    #[error("no plan (kplan.toml) at {} in revision `{rev}`", plan_at(plan_dir))]
    NoPlan {
        /// The revision as given.
        rev: String,
        /// The plan folder relative to the repository's top level (empty for the top level).
        plan_dir: String,
    },
    /// Reading from `git cat-file --batch` failed.
    #[error("git cat-file: {0}")]
    CatFile(#[source] std::io::Error),
    /// `git cat-file --batch` answered with something that is not a blob header.
    #[error("git cat-file: unexpected answer `{0}`")]
    CatFileAnswer(String),
}

impl GitError {
    /// The error in words, in any language; `None` for the rare ones that have English words only
    /// (see [`crate::Error::message`]).
    pub fn message(&self) -> Option<crate::diag::Msg> {
        use crate::msg;
        Some(match self {
            GitError::NotInstalled(_) => msg!("cli-git-not-installed"),
            GitError::NotARepository { dir, .. } => {
                msg!("cli-git-not-a-repository", dir = dir.display().to_string())
            }
            GitError::UnknownRevision { rev, repo } => msg!(
                "cli-git-unknown-revision",
                rev = rev,
                repo = repo.display().to_string()
            ),
            GitError::NoPlan { rev, plan_dir } if plan_dir.is_empty() => {
                msg!("cli-git-no-plan-top", rev = rev)
            }
            GitError::NoPlan { rev, plan_dir } => {
                msg!("cli-git-no-plan-at", rev = rev, dir = plan_dir)
            }
            GitError::Run { .. }
            | GitError::ListTree { .. }
            | GitError::CatFile(_)
            | GitError::CatFileAnswer(_) => return None,
        })
    }
}

/// The plan folder of [`GitError::NoPlan`], as the message names it.
fn plan_at(plan_dir: &str) -> String {
    if plan_dir.is_empty() {
        "the top level".to_owned()
    } else {
        format!("`{plan_dir}`")
    }
}

/// The files of a plan folder in one revision, read into memory.
#[derive(Debug)]
pub struct RevisionPlan {
    /// `REV:path`, for messages.
    pub label: String,
    /// The plan folder on disk, for display (the revision's files are not there).
    root: PathBuf,
    /// File path relative to the plan folder → (size, blob id).
    entries: BTreeMap<String, (u64, String)>,
    /// Blob contents, read once.
    contents: BTreeMap<String, Vec<u8>>,
}

fn git(repo: &Path) -> Command {
    let mut cmd = Command::new("git");
    cmd.arg("-C")
        .arg(repo)
        .args(["-c", "core.quotepath=off"])
        .stdin(Stdio::null());
    cmd
}

/// Why `git command` could not be started.
fn cannot_start(command: &'static str, source: std::io::Error) -> GitError {
    if source.kind() == std::io::ErrorKind::NotFound {
        GitError::NotInstalled(source)
    } else {
        GitError::Run { command, source }
    }
}

fn run(cmd: &mut Command, command: &'static str) -> Result<std::process::Output, GitError> {
    cmd.output().map_err(|e| cannot_start(command, e))
}

/// The top-level folder of the git repository that holds `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf, GitError> {
    let out = run(git(dir).args(["rev-parse", "--show-toplevel"]), "rev-parse")?;
    if !out.status.success() {
        return Err(GitError::NotARepository {
            dir: dir.to_path_buf(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
        });
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

impl RevisionPlan {
    /// Reads the plan at `plan_dir` (relative to the repository's top level, `/`-separated, empty
    /// for the top level) in revision `rev` of the repository at `repo`.
    pub fn read(repo: &Path, rev: &str, plan_dir: &str) -> Result<Self, GitError> {
        let label = if plan_dir.is_empty() {
            rev.to_owned()
        } else {
            format!("{rev}:{plan_dir}")
        };
        let out = run(
            git(repo)
                .args(["rev-parse", "--verify", "--quiet", "--end-of-options"])
                .arg(format!("{rev}^{{tree}}")),
            "rev-parse",
        )?;
        if !out.status.success() {
            return Err(GitError::UnknownRevision {
                rev: rev.to_owned(),
                repo: repo.to_path_buf(),
            });
        }
        let tree = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let mut ls = git(repo);
        ls.args(["ls-tree", "-r", "-z", "-l", "--full-tree", &tree]);
        if !plan_dir.is_empty() {
            ls.arg("--").arg(format!("{plan_dir}/"));
        }
        let out = run(&mut ls, "ls-tree")?;
        if !out.status.success() {
            return Err(GitError::ListTree {
                label,
                stderr: String::from_utf8_lossy(&out.stderr).trim().to_owned(),
            });
        }
        let prefix = if plan_dir.is_empty() {
            String::new()
        } else {
            format!("{plan_dir}/")
        };
        let mut entries = BTreeMap::new();
        for record in out.stdout.split(|&b| b == 0).filter(|r| !r.is_empty()) {
            // "<mode> <type> <object> <size>\t<path>"
            let record = String::from_utf8_lossy(record);
            let Some((meta, path)) = record.split_once('\t') else {
                continue;
            };
            let fields: Vec<&str> = meta.split_whitespace().collect();
            let [mode, kind, oid, size] = fields[..] else {
                continue;
            };
            // Regular files only: no symlinks (120000) and no submodules.
            if kind != "blob" || !mode.starts_with("100") {
                continue;
            }
            if let Some(rel) = path.strip_prefix(&prefix) {
                entries.insert(rel.to_owned(), (size.parse().unwrap_or(0), oid.to_owned()));
            }
        }
        if !entries.contains_key(MANIFEST) {
            return Err(GitError::NoPlan {
                rev: rev.to_owned(),
                plan_dir: plan_dir.to_owned(),
            });
        }
        let mut plan = Self {
            label,
            root: repo.join(plan_dir),
            entries,
            contents: BTreeMap::new(),
        };
        plan.read_blobs(repo)?;
        Ok(plan)
    }

    /// Reads every blob that kplan may load, in one `cat-file --batch` process.
    fn read_blobs(&mut self, repo: &Path) -> Result<(), GitError> {
        let all: Vec<String> = self.entries.keys().cloned().collect();
        let mut wanted = discover::plan_paths(&all, &[]);
        // A lookalike (`6-tiltak.yaml.txt`) is reported by its name, never read.
        wanted.retain(|p| discover::is_plan_name(p));
        wanted.push(MANIFEST.to_owned());
        wanted.retain(|p| self.entries[p].0 <= crate::limits::MAX_FILE_BYTES);
        let mut child = git(repo)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| cannot_start("cat-file", e))?;
        let mut stdin = child.stdin.take().expect("piped stdin");
        let oids: Vec<String> = wanted.iter().map(|p| self.entries[p].1.clone()).collect();
        // Write the requests from another thread so a full pipe cannot deadlock us.
        let writer = std::thread::spawn(move || -> std::io::Result<()> {
            for oid in oids {
                writeln!(stdin, "{oid}")?;
            }
            Ok(())
        });
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        for path in &wanted {
            let mut header = String::new();
            stdout.read_line(&mut header).map_err(GitError::CatFile)?;
            let size: usize = header
                .split_whitespace()
                .nth(2)
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| GitError::CatFileAnswer(header.trim().to_owned()))?;
            let mut content = vec![0; size + 1]; // the blob and its trailing newline
            stdout.read_exact(&mut content).map_err(GitError::CatFile)?;
            content.truncate(size);
            self.contents.insert(path.clone(), content);
        }
        let _ = writer.join();
        let _ = child.wait();
        Ok(())
    }
}

impl FileSource for RevisionPlan {
    fn root(&self) -> &Path {
        &self.root
    }

    fn plan_files(&self, skip: &[String]) -> Result<Vec<String>, ReadError> {
        let all: Vec<String> = self.entries.keys().cloned().collect();
        Ok(discover::plan_paths(&all, skip))
    }

    fn size(&self, rel: &str) -> Result<Option<u64>, ReadError> {
        Ok(self.entries.get(rel).map(|(size, _)| *size))
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>, ReadError> {
        self.contents
            .get(rel)
            .cloned()
            .ok_or_else(|| ReadError::NotInSource {
                path: rel.to_owned(),
                label: self.label.clone(),
            })
    }

    fn reads_attachments(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn io(kind: std::io::ErrorKind) -> std::io::Error {
        std::io::Error::new(kind, "oops")
    }

    #[test]
    fn messages_name_what_failed() {
        let cases = [
            (
                cannot_start("rev-parse", io(std::io::ErrorKind::NotFound)),
                "git is not installed (kplan reads revisions with the git command)",
            ),
            (
                cannot_start("ls-tree", io(std::io::ErrorKind::PermissionDenied)),
                "cannot run git ls-tree: oops",
            ),
            (
                GitError::NotARepository {
                    dir: PathBuf::from("some/dir"),
                    stderr: "fatal: not a git repository".into(),
                },
                "some/dir is not in a git repository, so revisions cannot be read",
            ),
            (
                GitError::UnknownRevision {
                    rev: "v9".into(),
                    repo: PathBuf::from("/repo"),
                },
                "unknown revision `v9` in /repo",
            ),
            (
                GitError::ListTree {
                    label: "v1:plan".into(),
                    stderr: "fatal: bad tree".into(),
                },
                "git ls-tree failed for `v1:plan`: fatal: bad tree",
            ),
            (
                GitError::NoPlan {
                    rev: "v1".into(),
                    plan_dir: String::new(),
                },
                "no plan (kplan.toml) at the top level in revision `v1`",
            ),
            (
                GitError::NoPlan {
                    rev: "v1".into(),
                    plan_dir: "no/plan".into(),
                },
                "no plan (kplan.toml) at `no/plan` in revision `v1`",
            ),
            (
                GitError::CatFile(io(std::io::ErrorKind::UnexpectedEof)),
                "git cat-file: oops",
            ),
            (
                GitError::CatFileAnswer("abc missing".into()),
                "git cat-file: unexpected answer `abc missing`",
            ),
        ];
        for (err, message) in cases {
            assert_eq!(err.to_string(), message);
        }
        let not_read = ReadError::NotInSource {
            path: "plan.yaml".into(),
            label: "v1".into(),
        };
        assert_eq!(not_read.to_string(), "plan.yaml was not read from `v1`");
    }

    #[test]
    fn io_failures_keep_their_cause() {
        use std::error::Error as _;
        let err = cannot_start("rev-parse", io(std::io::ErrorKind::NotFound));
        assert!(matches!(err, GitError::NotInstalled(_)));
        assert_eq!(err.source().unwrap().to_string(), "oops");
        let err = cannot_start("cat-file", io(std::io::ErrorKind::PermissionDenied));
        assert!(matches!(
            err,
            GitError::Run {
                command: "cat-file",
                ..
            }
        ));
        assert_eq!(err.source().unwrap().to_string(), "oops");
    }

    #[test]
    fn a_folder_outside_a_repository_and_an_unknown_revision_are_told_apart() {
        let dir = tempfile::tempdir().unwrap();
        match toplevel(dir.path()) {
            Err(GitError::NotARepository { dir: d, stderr }) => {
                assert_eq!(d, dir.path());
                assert!(stderr.contains("not a git repository"), "{stderr}");
            }
            other => panic!("not a repository: {other:?}"),
        }
        let status = Command::new("git")
            .arg("init")
            .arg("-q")
            .arg(dir.path())
            .status()
            .unwrap();
        assert!(status.success());
        // A repository without commits has no HEAD.
        match RevisionPlan::read(dir.path(), "HEAD", "") {
            Err(GitError::UnknownRevision { rev, .. }) => assert_eq!(rev, "HEAD"),
            other => panic!("unknown revision: {other:?}"),
        }
    }
}
