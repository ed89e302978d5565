//! Opening a file that must stay inside a folder: how plan files, the manifest and user templates
//! are read.
//!
//! A plan repository and its templates folder are untrusted input (CI runs kplan on pull
//! requests). A committed link must not make kplan read, and then quote or publish, a file
//! elsewhere on the machine, and a FIFO must not make it block forever. So the path is resolved
//! to its canonical form, which must lie inside the canonical folder and be a regular file, and
//! exactly that canonical path is opened: without following a link at its last component and
//! without blocking, and the opened file's own metadata is checked again (a FIFO swapped in after
//! the check opens at once and is refused, instead of blocking in `open`).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why an entry inside a folder is not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A link, or a path through one, that resolves outside the folder.
    Outside,
    /// A link whose target does not exist, or a loop of links.
    Broken,
    /// A folder where a file was expected.
    Folder,
    /// Not a regular file: a FIFO, a socket or a device.
    Special(Special),
}

/// What a special file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Special {
    /// A FIFO (named pipe).
    Fifo,
    /// A socket.
    Socket,
    /// A block or character device.
    Device,
    /// Anything else that is not a regular file.
    Other,
}

impl Special {
    /// Its name in messages' selectors: `fifo`, `socket`, `device`, `other`.
    pub fn key(self) -> &'static str {
        match self {
            Special::Fifo => "fifo",
            Special::Socket => "socket",
            Special::Device => "device",
            Special::Other => "other",
        }
    }
}

/// In English, for error messages that are not findings: "a FIFO (named pipe)".
impl std::fmt::Display for Special {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Special::Fifo => "a FIFO (named pipe)",
            Special::Socket => "a socket",
            Special::Device => "a device",
            Special::Other => "a special file",
        })
    }
}

/// Opens `dir/rel` for reading if it resolves to a regular file inside `dir`.
///
/// `Ok(Err(_))` when something is there that must not be read; an error of kind `NotFound` when
/// nothing is there at all.
pub fn open_inside(dir: &Path, rel: &Path) -> io::Result<Result<File, Refusal>> {
    let path = dir.join(rel);
    let link = std::fs::symlink_metadata(&path)?;
    let real = match path.canonicalize() {
        Ok(real) => real,
        Err(_) if link.file_type().is_symlink() && std::fs::metadata(&path).is_err() => {
            return Ok(Err(Refusal::Broken));
        }
        Err(e) => return Err(e),
    };
    if !real.starts_with(dir.canonicalize()?) {
        return Ok(Err(Refusal::Outside));
    }
    // `real` has no links left: this is the metadata of what will be opened.
    if let Some(refusal) = refusal(&std::fs::symlink_metadata(&real)?) {
        return Ok(Err(refusal));
    }
    let file = open(&real)?;
    if let Some(refusal) = refusal(&file.metadata()?) {
        return Ok(Err(refusal));
    }
    Ok(Ok(file))
}

/// Reads an opened file, at most `limit` bytes of it.
pub fn read(file: File, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Why a file of this metadata is not read, if it is not a regular file.
fn refusal(meta: &std::fs::Metadata) -> Option<Refusal> {
    let kind = meta.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some(Refusal::Folder);
    }
    if kind.is_symlink() {
        // Only if the path changed under us after it was resolved.
        return Some(Refusal::Outside);
    }
    Some(Refusal::Special(special(kind)))
}

#[cfg(unix)]
fn special(kind: std::fs::FileType) -> Special {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        Special::Fifo
    } else if kind.is_socket() {
        Special::Socket
    } else if kind.is_block_device() || kind.is_char_device() {
        Special::Device
    } else {
        Special::Other
    }
}

#[cfg(not(unix))]
fn special(_: std::fs::FileType) -> Special {
    Special::Other
}

#[cfg(unix)]
fn open(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open(path: &Path) -> io::Result<File> {
    File::open(path)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn open(dir: &Path, rel: &str) -> Result<(), Refusal> {
        open_inside(dir, Path::new(rel)).unwrap().map(drop)
    }

    #[test]
    fn only_regular_files_inside_the_folder_are_opened() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("x"), "x").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/a"), "a").unwrap();
        symlink("sub/a", d.join("in")).unwrap();
        symlink("sub", d.join("in-dir")).unwrap();
        symlink(outside.path().join("x"), d.join("out")).unwrap();
        symlink(outside.path(), d.join("out-dir")).unwrap();
        symlink("../..", d.join("sub/up")).unwrap();
        symlink("missing", d.join("dangling")).unwrap();
        symlink("self", d.join("self")).unwrap();
        assert_eq!(open(d, "sub/a"), Ok(()));
        assert_eq!(open(d, "in"), Ok(()));
        assert_eq!(open(d, "in-dir/a"), Ok(()));
        assert_eq!(open(d, "out"), Err(Refusal::Outside));
        assert_eq!(open(d, "out-dir"), Err(Refusal::Outside));
        assert_eq!(open(d, "out-dir/x"), Err(Refusal::Outside));
        assert_eq!(open(d, "sub/up"), Err(Refusal::Outside));
        assert_eq!(open(d, "dangling"), Err(Refusal::Broken));
        assert_eq!(open(d, "self"), Err(Refusal::Broken));
        assert_eq!(open(d, "sub"), Err(Refusal::Folder));
        assert_eq!(
            open_inside(d, Path::new("none")).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
    }

    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let status = std::process::Command::new("mkfifo")
            .arg(dir.path().join("pipe"))
            .status()
            .unwrap();
        assert!(status.success());
        assert_eq!(
            open(dir.path(), "pipe"),
            Err(Refusal::Special(Special::Fifo))
        );
        // Past the check, as if it had been swapped in after it: opening does not block either.
        let file = super::open(&dir.path().join("pipe")).unwrap();
        assert!(refusal(&file.metadata().unwrap()).is_some());
    }
}
