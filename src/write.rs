//! Writing files into a folder that may belong to an untrusted plan repository.
//!
//! A plan repository can hold symbolic links at any path kplan writes to (`build`,
//! `build/plan.html`, a temporary file's name), so nothing here follows a link:
//!
//! - the output folder, and for a folder named by the plan's own settings every folder between
//!   the plan root and it, must be a real folder, never a link ([`OutDir::open`]);
//! - each document is written to a new temporary file with an unpredictable name, created with
//!   `O_EXCL` so that no existing path (and no link) is ever opened ([`OutDir::create`]);
//! - documents are moved into place together or not at all ([`OutDir::commit`]): the old files
//!   are kept aside until every new one is in place, and put back if one fails;
//! - one `kplan` at a time writes into a folder (an advisory lock on the folder, held from
//!   [`OutDir::open`] until the [`OutDir`] is dropped; a second run waits);
//! - temporary files are removed on every failure, and by [`cleanup`] when the process is
//!   interrupted (the command line calls it from its Ctrl-C handler).

use std::fs::File;
use std::io::{self, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use tempfile::NamedTempFile;

use crate::limits::MAX_DOCUMENT_BYTES;

/// A failure to write a file.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A path kplan would write to (or through) is a symbolic link.
    #[error(
        "{} is a symbolic link; kplan never writes through links (remove the link, or choose another folder)",
        .0.display()
    )]
    Symlink(PathBuf),
    /// A path kplan would replace is a folder or another non-file.
    #[error("{} is not a regular file, so kplan will not replace it", .0.display())]
    NotAFile(PathBuf),
    /// A path that must be a folder is a file or something else.
    #[error("{} is not a folder", .0.display())]
    NotAFolder(PathBuf),
    /// A document grew past the size limit.
    #[error(
        "{} would be larger than {} MiB, the limit for one document; nothing was written (a template that loops without end?)",
        path.display(),
        limit / (1024 * 1024)
    )]
    TooLarge {
        /// The document.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
    /// The file system refused (full disk, permissions, …).
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// Where.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Temporary files of this process that exist right now, for [`cleanup`].
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn live() -> MutexGuard<'static, Vec<PathBuf>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn forget(path: &Path) {
    live().retain(|p| p != path);
}

/// Removes every temporary file this process has open. For an interrupted run (Ctrl-C,
/// SIGTERM): waits for a commit in progress, so the documents are never left half replaced.
pub fn cleanup() {
    let mut live = live();
    for path in live.drain(..) {
        let _ = std::fs::remove_file(path);
    }
}

/// Whether a path is a symbolic link (or a Windows junction), without following it.
fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Makes sure `dir` is a real folder, creating it (and missing parents) if needed. When `inside`
/// is given, `dir` must lie inside it and every folder from `inside` down to `dir` must be a real
/// folder: the path came from a file in the repository, not from the person running kplan.
fn ensure_dir(dir: &Path, inside: Option<&Path>) -> Result<(), WriteError> {
    if let Some(root) = inside {
        let rel = dir
            .strip_prefix(root)
            .map_err(|_| WriteError::NotAFolder(dir.to_path_buf()))?;
        let mut at = root.to_path_buf();
        for component in rel.components() {
            match component {
                Component::Normal(name) => at.push(name),
                Component::CurDir => continue,
                _ => return Err(WriteError::NotAFolder(dir.to_path_buf())),
            }
            create_one(&at)?;
        }
        return Ok(());
    }
    match std::fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => Err(WriteError::Symlink(dir.to_path_buf())),
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(WriteError::NotAFolder(dir.to_path_buf())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(io_error(dir))?;
            // A link made by someone else between the check and the creation is refused too.
            if is_link(dir) {
                return Err(WriteError::Symlink(dir.to_path_buf()));
            }
            Ok(())
        }
        Err(e) => Err(io_error(dir)(e)),
    }
}

/// Creates one folder level, refusing a link or a file at its place.
fn create_one(path: &Path) -> Result<(), WriteError> {
    match std::fs::create_dir(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let meta = std::fs::symlink_metadata(path).map_err(io_error(path))?;
            if meta.file_type().is_symlink() {
                Err(WriteError::Symlink(path.to_path_buf()))
            } else if meta.is_dir() {
                Ok(())
            } else {
                Err(WriteError::NotAFolder(path.to_path_buf()))
            }
        }
        Err(e) => Err(io_error(path)(e)),
    }
}

/// Creates the folders of `rel` below `dir` one level at a time, refusing links: for writing a
/// new file at `dir/rel` that can never land outside `dir`. Returns the file's full path.
pub fn ensure_parents_inside(dir: &Path, rel: &Path) -> Result<PathBuf, WriteError> {
    let mut at = dir.to_path_buf();
    let mut components = rel.components().peekable();
    while let Some(component) = components.next() {
        let Component::Normal(name) = component else {
            return Err(WriteError::NotAFolder(dir.join(rel)));
        };
        at.push(name);
        if components.peek().is_some() {
            create_one(&at)?;
        }
    }
    Ok(at)
}

/// Opens `path` for writing as a new file: never an existing path, never through a link.
pub fn create_new(path: &Path) -> Result<File, WriteError> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            if is_link(path) {
                WriteError::Symlink(path.to_path_buf())
            } else {
                io_error(path)(e)
            }
        })
}

/// An output folder, locked for this process until dropped.
#[derive(Debug)]
pub struct OutDir {
    dir: PathBuf,
    _lock: File,
}

impl OutDir {
    /// Creates `dir` if needed and takes its lock, waiting while another kplan holds it. When
    /// the folder was named by the plan's settings, `inside` is the plan root: the folder and
    /// every folder between the root and it must then be real folders inside the root.
    pub fn open(dir: &Path, inside: Option<&Path>) -> Result<Self, WriteError> {
        ensure_dir(dir, inside)?;
        let lock = lock_file(dir)?;
        lock.lock().map_err(io_error(dir))?;
        Ok(Self {
            dir: dir.to_path_buf(),
            _lock: lock,
        })
    }

    /// The folder.
    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// A new temporary file for the document `name`, to be moved into place by [`commit`].
    /// Refuses when `name` exists as a link or as something other than a file.
    ///
    /// [`commit`]: OutDir::commit
    pub fn create(&self, name: &str) -> Result<Staged, WriteError> {
        let path = self.dir.join(name);
        check_replaceable(&path)?;
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".kplan-tmp");
        // A document is as readable as any file the user makes (0666 less the umask), not
        // private like a temporary file.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        // Created and registered under the lock, so an interrupt cannot fall in between.
        let mut live = live();
        let tmp = builder.tempfile_in(&self.dir).map_err(io_error(&path))?;
        live.push(tmp.path().to_path_buf());
        drop(live);
        Ok(Staged {
            file: Some(tmp),
            path,
            written: 0,
            limit: MAX_DOCUMENT_BYTES,
            error: None,
        })
    }

    /// Writes a whole document: [`create`](OutDir::create), write, [`commit`](OutDir::commit).
    pub fn write(&self, name: &str, content: &[u8]) -> Result<PathBuf, WriteError> {
        let mut staged = self.create(name)?;
        staged.write_all(content).map_err(|e| staged.error_for(e))?;
        Ok(self.commit(vec![staged])?.remove(0))
    }

    /// Moves every staged document to its final name, all or none: if one cannot be moved, the
    /// ones already moved are put back as they were and the error is returned.
    pub fn commit(&self, staged: Vec<Staged>) -> Result<Vec<PathBuf>, WriteError> {
        let files = staged.into_iter().map(Staged::into_parts).collect();
        // Held throughout, so an interrupt waits until the folder is consistent again.
        let mut live = live();
        commit_all(files, &mut live)
    }
}

/// The file whose lock serialises writers of `dir`. On Unix the folder itself (no file is
/// left behind); elsewhere a `.kplan.lock` file in it.
#[cfg(unix)]
fn lock_file(dir: &Path) -> Result<File, WriteError> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW)
        .open(dir)
        .map_err(|e| {
            if is_link(dir) {
                WriteError::Symlink(dir.to_path_buf())
            } else {
                io_error(dir)(e)
            }
        })
}

#[cfg(not(unix))]
fn lock_file(dir: &Path) -> Result<File, WriteError> {
    let path = dir.join(".kplan.lock");
    if is_link(&path) {
        return Err(WriteError::Symlink(path));
    }
    std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io_error(&path))
}

/// A path kplan may replace: absent, or a regular file (not a link, not a folder).
fn check_replaceable(path: &Path) -> Result<(), WriteError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(WriteError::Symlink(path.to_path_buf())),
        Ok(meta) if !meta.is_file() => Err(WriteError::NotAFile(path.to_path_buf())),
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io_error(path)(e)),
    }
}

/// A staged file taken apart for moving: its temporary file and its final path.
type Parts = (NamedTempFile, PathBuf);

fn commit_all(files: Vec<Parts>, live: &mut Vec<PathBuf>) -> Result<Vec<PathBuf>, WriteError> {
    let tmps: Vec<PathBuf> = files.iter().map(|(f, _)| f.path().to_path_buf()).collect();
    let result = files
        .iter()
        .try_for_each(|(_, path)| check_replaceable(path))
        .and_then(|()| move_all(files, live));
    // Moved or removed (a NamedTempFile removes its file when dropped): none is live any more.
    live.retain(|p| !tmps.contains(p));
    result
}

/// Moves the files into place; on the first failure puts back the ones already moved.
fn move_all(files: Vec<Parts>, live: &mut Vec<PathBuf>) -> Result<Vec<PathBuf>, WriteError> {
    // Keep each old document aside (a second name for the same file) until all are in place.
    let mut backups = Vec::new();
    for (_, path) in &files {
        match backup(path, live) {
            Ok(b) => backups.push(b),
            Err(e) => {
                forget_all(&backups, live);
                return Err(e);
            }
        }
    }
    let mut done: Vec<PathBuf> = Vec::new();
    let mut failure = None;
    for (file, path) in files {
        match file.persist(&path) {
            Ok(_) => done.push(path),
            Err(e) => {
                failure = Some(io_error(&path)(e.error));
                break;
            }
        }
    }
    if let Some(error) = failure {
        // Put back what was there before, newest first.
        for (i, path) in done.iter().enumerate().rev() {
            match backups[i].take() {
                Some(old) => {
                    let name = old.to_path_buf();
                    match old.persist(path) {
                        Ok(()) => live.retain(|p| p != &name),
                        // The old document stays under its second name rather than being lost.
                        Err(e) => {
                            let _ = e.path.keep();
                            live.retain(|p| p != &name);
                        }
                    }
                }
                None => {
                    let _ = std::fs::remove_file(path);
                }
            }
        }
        forget_all(&backups, live);
        return Err(error);
    }
    forget_all(&backups, live);
    Ok(done)
}

/// Unregisters the backups (each removes its file when dropped).
fn forget_all(backups: &[Option<tempfile::TempPath>], live: &mut Vec<PathBuf>) {
    for b in backups.iter().flatten() {
        live.retain(|p| p.as_path() != AsRef::<Path>::as_ref(b));
    }
}

/// A second name for the file at `path` (none if there is no file), removed when dropped.
fn backup(path: &Path, live: &mut Vec<PathBuf>) -> Result<Option<tempfile::TempPath>, WriteError> {
    if !path.exists() {
        return Ok(None);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".kplan-old");
    let linked = builder.make_in(dir, |p| std::fs::hard_link(path, p));
    let kept = match linked {
        Ok(file) => file.into_temp_path(),
        // File systems without hard links: a copy does as well.
        Err(_) => {
            let copy = builder.tempfile_in(dir).map_err(io_error(path))?;
            std::fs::copy(path, copy.path()).map_err(io_error(path))?;
            copy.into_temp_path()
        }
    };
    live.push(kept.to_path_buf());
    Ok(Some(kept))
}

/// A document being written to its temporary file; counts its size against the limit.
#[derive(Debug)]
pub struct Staged {
    file: Option<NamedTempFile>,
    path: PathBuf,
    written: u64,
    limit: u64,
    error: Option<WriteError>,
}

impl Staged {
    fn into_parts(mut self) -> Parts {
        let file = self.file.take().expect("a staged file is committed once");
        (file, self.path.clone())
    }

    /// The final path of the document.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Sets a lower size limit (tests).
    pub fn with_limit(mut self, limit: u64) -> Self {
        self.limit = limit;
        self
    }

    /// The typed error behind a failed write: the size limit or the file system, not whatever
    /// the writing code (a template engine) wrapped it in. `None` when no write failed.
    pub fn take_error(&mut self) -> Option<WriteError> {
        self.error.take()
    }

    /// The typed error for an I/O error returned by [`Write`] on this file.
    pub fn error_for(&mut self, e: io::Error) -> WriteError {
        self.take_error().unwrap_or_else(|| io_error(&self.path)(e))
    }
}

impl Write for Staged {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.written.saturating_add(buf.len() as u64) > self.limit {
            self.error = Some(WriteError::TooLarge {
                path: self.path.clone(),
                limit: self.limit,
            });
            return Err(io::Error::other("document size limit"));
        }
        let file = self
            .file
            .as_mut()
            .expect("a staged file is open until committed");
        match file.write(buf) {
            Ok(n) => {
                self.written += n as u64;
                Ok(n)
            }
            Err(e) => {
                self.error = Some(WriteError::Io {
                    path: self.path.clone(),
                    source: io::Error::new(e.kind(), e.to_string()),
                });
                Err(e)
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        let file = self
            .file
            .as_mut()
            .expect("a staged file is open until committed");
        file.flush().inspect_err(|e| {
            self.error = Some(WriteError::Io {
                path: self.path.clone(),
                source: io::Error::new(e.kind(), e.to_string()),
            });
        })
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        // A document not committed: its temporary file goes (NamedTempFile removes it).
        if let Some(file) = self.file.take() {
            forget(file.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("kplan-"))
            .collect();
        names.sort();
        names
    }

    #[test]
    fn documents_are_committed_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let out = OutDir::open(dir.path(), None).unwrap();
        out.write("a.html", b"old a").unwrap();
        out.write("b.md", b"old b").unwrap();
        let mut a = out.create("a.html").unwrap();
        a.write_all(b"new a").unwrap();
        let mut b = out.create("b.md").unwrap();
        b.write_all(b"new b").unwrap();
        // b.md is replaced by a folder after it was staged: its move must fail.
        std::fs::remove_file(dir.path().join("b.md")).unwrap();
        std::fs::create_dir(dir.path().join("b.md")).unwrap();
        std::fs::write(dir.path().join("b.md/x"), "x").unwrap();
        // The check before moving catches it; so does the rollback if it slips past the check.
        let err = out.commit(vec![a, b]).unwrap_err();
        assert!(matches!(err, WriteError::NotAFile(_)), "{err}");
        assert_eq!(std::fs::read(dir.path().join("a.html")).unwrap(), b"old a");
        assert!(
            temp_names(dir.path()).is_empty(),
            "{:?}",
            temp_names(dir.path())
        );
    }

    #[test]
    fn a_failed_move_puts_back_what_was_moved() {
        let dir = tempfile::tempdir().unwrap();
        let out = OutDir::open(dir.path(), None).unwrap();
        out.write("a.html", b"old a").unwrap();
        let mut a = out.create("a.html").unwrap();
        a.write_all(b"new a").unwrap();
        let mut b = out.create("b.md").unwrap();
        b.write_all(b"new b").unwrap();
        // b.md becomes a non-empty folder after the checks: only the move itself can fail.
        std::fs::create_dir(dir.path().join("b.md")).unwrap();
        std::fs::write(dir.path().join("b.md/x"), "x").unwrap();
        let files = vec![a.into_parts(), b.into_parts()];
        let result = move_all(files, &mut live());
        assert!(result.is_err(), "moving onto a non-empty folder must fail");
        assert_eq!(std::fs::read(dir.path().join("a.html")).unwrap(), b"old a");
        assert!(
            temp_names(dir.path()).is_empty(),
            "{:?}",
            temp_names(dir.path())
        );
    }

    #[cfg(unix)]
    #[test]
    fn links_are_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.txt");
        std::fs::write(&target, "precious").unwrap();
        let out_dir = dir.path().join("out");
        std::fs::create_dir(&out_dir).unwrap();
        std::os::unix::fs::symlink(&target, out_dir.join("plan.html")).unwrap();
        let out = OutDir::open(&out_dir, None).unwrap();
        assert!(matches!(
            out.create("plan.html"),
            Err(WriteError::Symlink(_))
        ));
        drop(out);
        // The folder itself a link.
        let linked = dir.path().join("linked");
        std::os::unix::fs::symlink(&out_dir, &linked).unwrap();
        assert!(matches!(
            OutDir::open(&linked, None),
            Err(WriteError::Symlink(_))
        ));
        // A link on the way from the plan root to the output folder.
        let root = dir.path().join("root");
        std::fs::create_dir(&root).unwrap();
        std::os::unix::fs::symlink(&out_dir, root.join("docs")).unwrap();
        assert!(matches!(
            OutDir::open(&root.join("docs/build"), Some(&root)),
            Err(WriteError::Symlink(_))
        ));
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "precious");
    }

    #[cfg(unix)]
    #[test]
    fn documents_get_the_permissions_of_an_ordinary_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let out = OutDir::open(dir.path(), None).unwrap();
        let written = out.write("plan.md", b"x").unwrap();
        let ordinary = dir.path().join("ordinary");
        std::fs::write(&ordinary, "x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&written), mode(&ordinary));
    }

    #[test]
    fn a_document_over_the_limit_is_a_typed_error_and_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let out = OutDir::open(dir.path(), None).unwrap();
        let mut s = out.create("plan.md").unwrap().with_limit(10);
        let e = s.write_all(b"0123456789abc").unwrap_err();
        assert!(matches!(s.error_for(e), WriteError::TooLarge { .. }));
        drop(s);
        assert!(temp_names(dir.path()).is_empty());
        assert!(!dir.path().join("plan.md").exists());
    }

    #[test]
    fn live_temporary_files_are_known_to_cleanup() {
        // `cleanup` itself is tested through the binary (tests/security_write.rs): here, where
        // tests run in parallel, it would remove other tests' files.
        let dir = tempfile::tempdir().unwrap();
        let out = OutDir::open(dir.path(), None).unwrap();
        let s = out.create("plan.md").unwrap();
        let tmp = dir.path().join(&temp_names(dir.path())[0]);
        assert!(live().contains(&tmp));
        drop(s);
        assert!(!live().contains(&tmp));
        assert!(!tmp.exists());
    }
}
