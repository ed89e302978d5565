//! The closed world a PDF template is compiled in: the template itself, the document data as
//! `/data.json`, a few pictures, and the fonts embedded in kplan. Nothing else exists in it: a
//! template cannot read a file of the machine, reach the network or see the clock.

use std::collections::HashMap;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

/// The path of the main template inside the world.
pub const MAIN: &str = "/plan.typ";

/// The fonts embedded in kplan (typst-assets), parsed once per process.
fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = typst_assets::fonts()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

/// The standard library, with no inputs: the data comes in as a file.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

/// A calendar date as typst's date (`None` for a year typst cannot hold).
pub fn datetime(date: jiff::civil::Date) -> Option<Datetime> {
    Datetime::from_ymd(i32::from(date.year()), date.month() as u8, date.day() as u8)
}

fn id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("a valid virtual path");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

/// One compilation's world.
pub struct Closed {
    main: Source,
    files: HashMap<FileId, Bytes>,
    today: Option<Datetime>,
}

impl Closed {
    /// A world of the template `source` and the files `files` (path → bytes), where `today` is
    /// the date `datetime.today()` gives.
    pub fn new(source: String, files: Vec<(&str, Vec<u8>)>, today: jiff::civil::Date) -> Self {
        let main = Source::new(id(MAIN), source);
        let files = files
            .into_iter()
            .map(|(path, bytes)| (id(path), Bytes::new(bytes)))
            .collect();
        let today = datetime(today);
        Closed { main, files, today }
    }

    /// The main template, for putting a diagnostic's span into words.
    pub fn main_source(&self) -> &Source {
        &self.main
    }
}

impl World for Closed {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotSource)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            return Ok(Bytes::from_string(self.main.clone()));
        }
        self.files.get(&id).cloned().ok_or_else(|| {
            FileError::NotFound(std::path::PathBuf::from(id.vpath().get_without_slash()))
        })
    }

    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}
