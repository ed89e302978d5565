//! Printing that never panics: a closed pipe (`kplan check | head -1`) ends the output quietly,
//! any other failure to write standard output (`> /dev/full`) is an error (exit status 2).

use std::io::{self, Write};
use std::path::Path;

use kplan::diag::Msg;
use kplan::msg;
use kplan::text::Language;

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

/// The language of the command line's own words in a run on the plan at or above `dir`:
/// `--lang` (or `KPLAN_LANG`), else the plan's `language`, else bokmål.
pub fn language(lang: Option<Language>, dir: &Path) -> Language {
    lang.or_else(|| {
        kplan::discover::find_root(dir)
            .ok()
            .flatten()
            .and_then(|root| kplan::load::manifest_language(&root))
    })
    .unwrap_or_default()
}

/// Prints `error: …` on standard error, in `lang`.
pub fn error(lang: Language, message: Msg) {
    eprintln(&msg!("cli-error", message = message).text(lang));
}

/// Prints `note: …` on standard error, in `lang`.
pub fn note(lang: Language, message: Msg) {
    eprintln(&msg!("cli-note", message = message).text(lang));
}

/// Ends a command: an error that stopped it is printed in the language `lang` settles on, with
/// the exit status 2.
pub fn finish(result: kplan::Result<u8>, lang: impl FnOnce() -> Language) -> kplan::Result<u8> {
    match result {
        Ok(code) => Ok(code),
        Err(err) => {
            error(lang(), err.message());
            Ok(super::EXIT_FAILURE)
        }
    }
}
