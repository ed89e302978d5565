//! Reading a plan as it was in a git revision, through the user's own `git` binary: never through
//! a shell and never by checking files out. `rev-parse` resolves the revision, `ls-tree` lists the
//! files and one long-lived `cat-file --batch` process reads them.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::discover::{self, MANIFEST};
use crate::error::{Error, Result};
use crate::load::FileSource;

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

fn run(cmd: &mut Command, what: &str) -> Result<std::process::Output> {
    cmd.output().map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::Git("git is not installed (kplan reads revisions with the git command)".into())
        } else {
            Error::Git(format!("cannot run git {what}: {e}"))
        }
    })
}

/// The top-level folder of the git repository that holds `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf> {
    let out = run(git(dir).args(["rev-parse", "--show-toplevel"]), "rev-parse")?;
    if !out.status.success() {
        return Err(Error::Git(format!(
            "{} is not in a git repository, so revisions cannot be read",
            dir.display()
        )));
    }
    Ok(PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()))
}

impl RevisionPlan {
    /// Reads the plan at `plan_dir` (relative to the repository's top level, `/`-separated, empty
    /// for the top level) in revision `rev` of the repository at `repo`.
    pub fn read(repo: &Path, rev: &str, plan_dir: &str) -> Result<Self> {
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
            return Err(Error::Git(format!(
                "unknown revision `{rev}` in {}",
                repo.display()
            )));
        }
        let tree = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let mut ls = git(repo);
        ls.args(["ls-tree", "-r", "-z", "-l", "--full-tree", &tree]);
        if !plan_dir.is_empty() {
            ls.arg("--").arg(format!("{plan_dir}/"));
        }
        let out = run(&mut ls, "ls-tree")?;
        if !out.status.success() {
            return Err(Error::Git(format!(
                "git ls-tree failed for `{label}`: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            )));
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
            let at = if plan_dir.is_empty() {
                "the top level".to_owned()
            } else {
                format!("`{plan_dir}`")
            };
            return Err(Error::Git(format!(
                "no plan (kplan.toml) at {at} in revision `{rev}`"
            )));
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
    fn read_blobs(&mut self, repo: &Path) -> Result<()> {
        let all: Vec<String> = self.entries.keys().cloned().collect();
        let mut wanted = discover::plan_paths(&all, &[]);
        wanted.push(MANIFEST.to_owned());
        wanted.retain(|p| self.entries[p].0 <= crate::limits::MAX_FILE_BYTES);
        let mut child = git(repo)
            .args(["cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| Error::Git(format!("cannot run git cat-file: {e}")))?;
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
            stdout
                .read_line(&mut header)
                .map_err(|e| Error::Git(format!("git cat-file: {e}")))?;
            let size: usize = header
                .split_whitespace()
                .nth(2)
                .and_then(|s| s.parse().ok())
                .ok_or_else(|| {
                    Error::Git(format!(
                        "git cat-file: unexpected answer `{}`",
                        header.trim()
                    ))
                })?;
            let mut content = vec![0; size + 1]; // the blob and its trailing newline
            stdout
                .read_exact(&mut content)
                .map_err(|e| Error::Git(format!("git cat-file: {e}")))?;
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

    fn plan_files(&self, skip: &[String]) -> Result<Vec<String>> {
        let all: Vec<String> = self.entries.keys().cloned().collect();
        Ok(discover::plan_paths(&all, skip))
    }

    fn size(&self, rel: &str) -> Result<Option<u64>> {
        Ok(self.entries.get(rel).map(|(size, _)| *size))
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>> {
        self.contents
            .get(rel)
            .cloned()
            .ok_or_else(|| Error::Git(format!("{rel} was not read from `{}`", self.label)))
    }
}
