//! Printing that never panics: a closed pipe (`kplan check | head -1`) ends the output quietly,
//! any other failure to write standard output (`> /dev/full`) is an error (exit status 2).

use std::io::{self, Write};

/// Writes `text` to standard output. A reader that went away is not an error: the command ends
/// with its usual status and says nothing.
pub fn print(text: &str) -> kplan::Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(kplan::Error::Stdout(e)),
    }
}

/// [`print`] with a newline.
pub fn println(text: &str) -> kplan::Result<()> {
    print(&format!("{text}\n"))
}

/// Writes `text` to standard error; if even that fails there is nobody left to tell.
pub fn eprint(text: &str) {
    let mut stderr = io::stderr().lock();
    let _ = stderr
        .write_all(text.as_bytes())
        .and_then(|()| stderr.flush());
}

/// [`eprint`] with a newline.
pub fn eprintln(text: &str) {
    eprint(&format!("{text}\n"));
}
