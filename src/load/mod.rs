//! Reading a plan from disk: the only module that touches plan files.
//!
//! Files are read, decoded and parsed into a [`tree::Node`] tree (YAML or TOML), then deserialized
//! into the [`Plan`] model one entity at a time, so that one broken entity does not hide the
//! problems of the others. Problems in the files become findings; I/O failures are errors.
//!
//! The codes the loader emits (`parse`, `schema`, `manifest`) have no rule; their documentation
//! is in `codes/<name>/{en,nb,nn}.md`, registered in the code table ([`crate::diag::Code`]).

pub mod de;
pub mod safe;
mod toml;
pub mod tree;
mod yaml;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::{Code, Finding, Label, did_you_mean};
use crate::discover;
use crate::discover::ReadError;
use crate::limits;
use crate::model::section::section_list;
use crate::model::{Manifest, Plan, Section, Spanned};
use crate::source::{FileId, SourceFile, Sources, Span};
use de::{DeError, DeErrorKind};
use safe::Refusal;
use tree::{Node, NodeKind};

type Result<T, E = ReadError> = std::result::Result<T, E>;

/// A plan as read from disk: its files, its model and the findings made while reading.
#[derive(Debug)]
pub struct Loaded {
    /// The plan root.
    pub root: PathBuf,
    /// Every file read, the manifest first.
    pub sources: Sources,
    /// The plan model (sections that could be read).
    pub plan: Plan,
    /// `parse`, `schema` and `manifest` findings.
    pub findings: Vec<Finding>,
}

/// Parses the text of one file (TOML when `toml` is true, else YAML) into a tree, with the same
/// parsers and limits as [`load`]; `None` for an empty document. Errors are the parser's messages.
pub fn parse_text(text: &str, is_toml: bool) -> Result<Option<Node>, String> {
    if is_toml {
        toml::parse(text).map(Some).map_err(|errors| {
            errors
                .into_iter()
                .map(|e| e.message)
                .collect::<Vec<_>>()
                .join("; ")
        })
    } else {
        yaml::parse(text).map_err(|e| e.message)
    }
}

/// Where plan files come from: a folder on disk, or files already in memory (a git revision).
pub trait FileSource {
    /// The plan root, for messages and relative paths.
    fn root(&self) -> &Path;
    /// Plan files (not the manifest) by path relative to the root, `/`-separated and sorted,
    /// following the discovery rules, with `skip` folders (relative) left out. Entries that must
    /// not be read (links out of the root, FIFOs …) are listed too, so that they are reported.
    fn plan_files(&self, skip: &[String]) -> Result<Vec<String>>;
    /// Why the entry at `rel` must not be read, if it must not; checked before [`Self::size`].
    /// A source that holds only regular files inside its root (a git tree without its links)
    /// refuses nothing.
    fn refusal(&self, _rel: &str) -> Result<Option<Refusal>> {
        Ok(None)
    }
    /// The size of a file in bytes, or `None` if it does not exist.
    fn size(&self, rel: &str) -> Result<Option<u64>>;
    /// The bytes of a file.
    fn read(&self, rel: &str) -> Result<Vec<u8>>;
}

/// Plan files in a folder on disk. Every file is opened through [`safe::open_inside`]: what was
/// checked (inside the root, a regular file) is what is read.
pub struct Disk<'a>(pub &'a Path);

impl Disk<'_> {
    /// Opens `rel` if it is a regular file inside the root; `None` if there is nothing there.
    fn open(&self, rel: &str) -> Result<Option<Result<std::fs::File, Refusal>>> {
        match safe::open_inside(self.0, Path::new(rel)) {
            Ok(opened) => Ok(Some(opened)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(ReadError::Read {
                path: self.0.join(rel),
                source,
            }),
        }
    }
}

impl FileSource for Disk<'_> {
    fn root(&self) -> &Path {
        self.0
    }

    fn plan_files(&self, skip: &[String]) -> Result<Vec<String>> {
        let skip: Vec<PathBuf> = skip.iter().map(|s| self.0.join(s)).collect();
        Ok(discover::plan_files(self.0, &skip)?
            .iter()
            .map(|p| discover::relative(self.0, p))
            .collect())
    }

    fn refusal(&self, rel: &str) -> Result<Option<Refusal>> {
        Ok(self.open(rel)?.and_then(Result::err))
    }

    fn size(&self, rel: &str) -> Result<Option<u64>> {
        let path = self.0.join(rel);
        match self.open(rel)? {
            Some(Ok(file)) => file
                .metadata()
                .map(|meta| Some(meta.len()))
                .map_err(|source| ReadError::Read { path, source }),
            Some(Err(_)) | None => Ok(None),
        }
    }

    fn read(&self, rel: &str) -> Result<Vec<u8>> {
        let path = self.0.join(rel);
        let refused = |refusal| ReadError::Read {
            path: path.clone(),
            source: std::io::Error::other(format!(
                "it {} now (it changed while kplan was reading the plan)",
                refusal_text(refusal)
            )),
        };
        match self.open(rel)? {
            Some(Ok(file)) => {
                safe::read(file, limits::MAX_FILE_BYTES).map_err(|source| ReadError::Read {
                    path: path.clone(),
                    source,
                })
            }
            Some(Err(refusal)) => Err(refused(refusal)),
            None => Err(ReadError::Read {
                path: path.clone(),
                source: std::io::ErrorKind::NotFound.into(),
            }),
        }
    }
}

/// The `language` of the plan at `root`, read from its `kplan.toml` alone (for messages about the
/// plan, such as `kplan explain`); `None` when it cannot be read.
pub fn manifest_language(root: &Path) -> Option<crate::text::Language> {
    let file = safe::open_inside(root, Path::new(discover::MANIFEST))
        .ok()?
        .ok()?;
    let text = String::from_utf8(safe::read(file, limits::MAX_FILE_BYTES).ok()?).ok()?;
    let node = parse_text(&text, true).ok()??;
    let manifest: Manifest = de::from_node(&node, FileId(0)).ok()?;
    Some(
        manifest
            .plan
            .language
            .as_ref()
            .map(|l| l.value)
            .unwrap_or_default(),
    )
}

/// Reads the plan at `root` (a folder holding `kplan.toml`).
pub fn load(root: &Path) -> Result<Loaded> {
    load_from(&Disk(root))
}

/// Reads a plan from any source of files.
pub fn load_from(source: &dyn FileSource) -> Result<Loaded> {
    let mut loaded = Loaded {
        root: source.root().to_path_buf(),
        sources: Sources::default(),
        plan: Plan::default(),
        findings: Vec::new(),
    };
    if let Some((file, node)) = loaded.accept(read_file(source, discover::MANIFEST)?) {
        loaded.plan.manifest_file = Some(file);
        match node {
            Some(node) => match de::from_node::<Manifest>(&node, file) {
                Ok(manifest) => {
                    for (value, field) in manifest.paths_outside_root() {
                        loaded.findings.push(outside_root(value, field));
                    }
                    loaded.plan.manifest = Some(manifest);
                }
                Err(err) => loaded.findings.push(schema_finding(file, &node, err)),
            },
            None => loaded.findings.push(
                Finding::new(
                    Code::Manifest,
                    Some(Label::file(file)),
                    "kplan.toml is empty",
                )
                .help("start it with a [plan] table: title, municipality, scope, period, status"),
            ),
        }
    }
    let render = loaded
        .plan
        .manifest
        .as_ref()
        .and_then(|m| m.render.as_ref());
    let mut skip = vec![
        loaded
            .plan
            .manifest
            .as_ref()
            .map_or("build", |m| m.output_dir())
            .to_owned(),
    ];
    if let Some(templates) = render.and_then(|r| r.templates.as_ref()) {
        skip.push(templates.value.clone());
    }
    // One file at a time: parsing on both cores was measured (docs/performance.md) and held two
    // large trees in memory at once without making large plans scale better.
    for rel in source.plan_files(&skip)? {
        let Some((file, node)) = loaded.accept(read_file(source, &rel)?) else {
            loaded.plan.incomplete = true;
            loaded.plan.unparsed_files = true;
            continue;
        };
        match node {
            Some(node) => loaded.load_sections(file, &node),
            None => loaded.findings.push(
                Finding::new(
                    Code::Schema,
                    Some(Label::file(file)),
                    "the file is empty: it holds no plan sections",
                )
                .help("add a section such as `goals:` or delete the file"),
            ),
        }
    }
    Ok(loaded)
}

/// One file read, decoded and parsed, before it joins the run.
enum ReadFile {
    /// Listed but gone (or the manifest is absent).
    Missing,
    /// Not read: a link out of the root, a broken link, a FIFO, a device …
    Refused(SourceFile, Refusal),
    /// Over the size limit.
    TooLarge(SourceFile, u64),
    /// Not UTF-8: the valid prefix and where the first bad byte is.
    NotUtf8(SourceFile, usize),
    /// Parsed (or not) by TOML.
    Parsed(
        SourceFile,
        std::result::Result<Option<Node>, Vec<toml::TomlError>>,
    ),
    /// Parsed (or not) by YAML.
    Yaml(
        SourceFile,
        std::result::Result<Option<Node>, yaml::YamlError>,
    ),
}

/// Reads, decodes and parses one file.
fn read_file(source: &dyn FileSource, rel: &str) -> Result<ReadFile> {
    let path = source.root().join(rel);
    if let Some(refusal) = source.refusal(rel)? {
        return Ok(ReadFile::Refused(
            SourceFile::new(rel.to_owned(), path, String::new()),
            refusal,
        ));
    }
    let Some(size) = source.size(rel)? else {
        return Ok(ReadFile::Missing);
    };
    let rel = rel.to_owned();
    if size > limits::MAX_FILE_BYTES {
        return Ok(ReadFile::TooLarge(
            SourceFile::new(rel, path, String::new()),
            size,
        ));
    }
    let bytes = source.read(&rel)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            // Keep the valid prefix so the position can be shown in context.
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            return Ok(ReadFile::NotUtf8(SourceFile::new(rel, path, prefix), valid));
        }
    };
    let is_toml = rel.ends_with(".toml");
    let file = SourceFile::new(rel, path, text);
    if !is_toml {
        let parsed = yaml::parse(&file.text);
        return Ok(ReadFile::Yaml(file, parsed));
    }
    // A TOML file with no keys (empty or only comments) holds no document.
    let parsed = toml::parse(&file.text)
        .map(|node| (!node.as_map().is_some_and(<[_]>::is_empty)).then_some(node));
    Ok(ReadFile::Parsed(file, parsed))
}

impl Loaded {
    /// Adds a read file to the run: its source, its `parse` findings. `Some((file, None))` when it
    /// holds no document at all; `None` when it has a `parse` finding or is missing.
    fn accept(&mut self, read: ReadFile) -> Option<(FileId, Option<Node>)> {
        match read {
            ReadFile::Missing => None,
            ReadFile::Refused(source, refusal) => {
                let (message, help) = match refusal {
                    Refusal::Outside => (
                        crate::msg!("parse-refused-outside"),
                        crate::msg!("parse-refused-outside-help"),
                    ),
                    Refusal::Broken => (
                        crate::msg!("parse-refused-broken"),
                        crate::msg!("parse-refused-broken-help"),
                    ),
                    Refusal::Folder => (
                        crate::msg!("parse-refused-special", kind = "folder"),
                        crate::msg!("parse-refused-special-help"),
                    ),
                    Refusal::Special(kind) => (
                        crate::msg!("parse-refused-special", kind = kind.key()),
                        crate::msg!("parse-refused-special-help"),
                    ),
                };
                let file = self.sources.add(source);
                self.findings
                    .push(Finding::new(Code::Parse, Some(Label::file(file)), message).help(help));
                None
            }
            ReadFile::TooLarge(source, size) => {
                let file = self.sources.add(source);
                self.findings.push(
                    Finding::new(
                        Code::Parse,
                        Some(Label::file(file)),
                        crate::msg!(
                            "parse-too-large",
                            size = size / (1024 * 1024),
                            limit = limits::MAX_FILE_BYTES / (1024 * 1024)
                        ),
                    )
                    .help(crate::msg!("parse-too-large-help")),
                );
                None
            }
            ReadFile::NotUtf8(source, valid) => {
                let file = self.sources.add(source);
                self.findings.push(
                    Finding::at(
                        Code::Parse,
                        Span::new(file, valid as u32, valid as u32),
                        crate::msg!("parse-not-utf8"),
                    )
                    .label(crate::msg!("parse-not-utf8-label"))
                    .help(crate::msg!("parse-not-utf8-help")),
                );
                None
            }
            ReadFile::Yaml(source, parsed) => {
                let file = self.sources.add(source);
                let (node, findings) = yaml::read(file, &self.sources.get(file).text, parsed);
                self.findings.extend(findings);
                let node = node?;
                self.decoded_strings(file, node.as_ref());
                Some((file, node))
            }
            ReadFile::Parsed(source, parsed) => {
                let is_toml = source.path.ends_with(".toml");
                let file = self.sources.add(source);
                match parsed {
                    Ok(node) => {
                        self.decoded_strings(file, node.as_ref());
                        Some((file, node))
                    }
                    Err(errors) => {
                        let format = if is_toml { "TOML" } else { "YAML" };
                        for err in errors {
                            let label = match err.range {
                                Some((s, e)) => Label::at(Span::new(file, s, e)),
                                None => Label::file(file),
                            };
                            self.findings.push(
                                Finding::new(
                                    Code::Parse,
                                    Some(label),
                                    format!("invalid {format}: {}", err.message),
                                )
                                .help(format!("fix the {format} syntax at this position")),
                            );
                        }
                        None
                    }
                }
            }
        }
    }

    /// Notes the strings of a parsed file whose text differs from what the file shows (for
    /// `personal-data`).
    fn decoded_strings(&mut self, file: FileId, node: Option<&Node>) {
        if let Some(node) = node {
            let mut found = Vec::new();
            node.decoded_strings(&self.sources.get(file).text, 11, &mut found);
            let spans = found
                .into_iter()
                .map(|(s, e, text)| (Span::new(file, s, e), text));
            self.plan.decoded_strings.extend(spans);
        }
    }

    /// Deserializes the sections of one plan file into the plan.
    fn load_sections(&mut self, file: FileId, root: &Node) {
        let before = self.findings.len();
        self.load_entries(file, root);
        if self.findings.len() > before {
            self.plan.incomplete = true;
        }
    }

    fn load_entries(&mut self, file: FileId, root: &Node) {
        let Some(entries) = root.as_map() else {
            self.findings.push(
                Finding::at(
                    Code::Schema,
                    span_of(file, root),
                    format!(
                        "a plan file must be a mapping of sections, found {}",
                        root.describe()
                    ),
                )
                .help(format!(
                    "start the file with a section name such as `goals:`; sections: {}",
                    section_list()
                )),
            );
            return;
        };
        for (key, value) in entries {
            let Some(name) = key.as_str() else {
                self.findings.push(
                    Finding::at(
                        Code::Schema,
                        span_of(file, key),
                        format!("a section name must be text, found {}", key.describe()),
                    )
                    .help(format!("sections: {}", section_list())),
                );
                continue;
            };
            macro_rules! list {
                ($field:ident) => {
                    self.load_list(file, value, |plan| &mut plan.$field)
                };
            }
            macro_rules! singleton {
                ($field:ident) => {
                    self.load_singleton(file, name, value, |plan| &mut plan.$field)
                };
            }
            macro_rules! section {
                (list $field:ident) => {
                    list!($field)
                };
                (singleton $field:ident) => {
                    singleton!($field)
                };
            }
            macro_rules! dispatch {
                ($($variant:ident $field:ident: $shape:ident $ty:ident, $step:literal, $doc:literal;)*) => {
                    match Section::from_name(name) {
                        $(Some(Section::$variant) => section!($shape $field),)*
                        None => self.findings.push(unknown_section(file, key, name)),
                    }
                };
            }
            crate::model::section::for_each_section!(dispatch);
        }
    }

    fn load_list<T>(
        &mut self,
        file: FileId,
        node: &Node,
        list: fn(&mut Plan) -> &mut Vec<Spanned<T>>,
    ) where
        T: for<'de> Deserialize<'de>,
    {
        let items = match &node.kind {
            NodeKind::Seq(items) => items,
            NodeKind::Null => return,
            _ => {
                self.findings.push(
                    Finding::at(
                        Code::Schema,
                        span_of(file, node),
                        format!("expected a list of entries, found {}", node.describe()),
                    )
                    .help("write each entry on its own line starting with `- ` (YAML) or as [[section]] tables (TOML)"),
                );
                return;
            }
        };
        for item in items {
            match de::from_node::<Spanned<T>>(item, file) {
                Ok(entity) => list(&mut self.plan).push(entity),
                Err(err) => {
                    if let Some((id, span)) = id_of(file, item) {
                        self.plan.unreadable_ids.push((id, span));
                    }
                    self.findings.push(schema_finding(file, item, err));
                }
            }
        }
    }

    fn load_singleton<T>(
        &mut self,
        file: FileId,
        name: &str,
        node: &Node,
        slot: fn(&mut Plan) -> &mut Option<Spanned<T>>,
    ) where
        T: for<'de> Deserialize<'de>,
    {
        match de::from_node::<Spanned<T>>(node, file) {
            Ok(value) => {
                if let Some(first) = slot(&mut self.plan) {
                    let first_span = first.span;
                    let path = &self.sources.get(first_span.file).path;
                    self.findings.push(
                        Finding::at(
                            Code::Manifest,
                            value.span,
                            format!("`{name}` is defined more than once (first in {path})"),
                        )
                        .label("defined again here")
                        .related(first_span, "first defined here")
                        .help(format!("`{name}` is a singleton section: keep one definition and merge the other into it")),
                    );
                } else {
                    *slot(&mut self.plan) = Some(value);
                }
            }
            Err(err) => self.findings.push(schema_finding(file, node, err)),
        }
    }
}

/// `[render] templates` or `output` names a folder outside the plan root.
fn outside_root(value: &Spanned<String>, field: &str) -> Finding {
    Finding::at(
        Code::Schema,
        value.span,
        format!(
            "[render] {field} = \"{}\" is outside the plan folder",
            value.value
        ),
    )
    .label("outside the plan folder")
    .help(format!(
        "give a folder inside the plan, relative to kplan.toml (e.g. \"{}\"), without `..`; to write elsewhere, use `kplan render -o DIR`",
        if field == "output" { "build" } else { "maler" }
    ))
}

/// What an entry that is not read is, for messages. Never its target: a link's target is outside
/// the plan and none of the plan's business.
fn refusal_text(refusal: Refusal) -> String {
    match refusal {
        Refusal::Outside => "is a link that leads out of the plan folder".to_owned(),
        Refusal::Broken => "is a link to a file that does not exist".to_owned(),
        Refusal::Folder => "is a folder, not a regular file".to_owned(),
        Refusal::Special(kind) => format!("is {kind}, not a regular file"),
    }
}

fn span_of(file: FileId, node: &Node) -> Span {
    Span::new(file, node.start, node.end)
}

/// The id of an entity that failed to load, so references to it are not reported as unknown.
fn id_of(file: FileId, node: &Node) -> Option<(String, Span)> {
    node.as_map()?
        .iter()
        .find(|(k, _)| k.as_str() == Some("id"))
        .and_then(|(_, v)| v.as_str().map(|id| (id.to_owned(), span_of(file, v))))
}

fn unknown_section(file: FileId, key: &Node, name: &str) -> Finding {
    let help = match did_you_mean(name, Section::ALL.iter().map(|s| s.name())) {
        Some(s) => format!("did you mean `{s}`? sections: {}", section_list()),
        None => format!("sections: {}", section_list()),
    };
    Finding::at(
        Code::Schema,
        span_of(file, key),
        format!("unknown section `{name}`"),
    )
    .label("unknown section")
    .help(help)
}

/// The node at exactly `start..end` inside `node`.
fn find(node: &Node, start: u32, end: u32) -> Option<&Node> {
    if (node.start, node.end) == (start, end) {
        return Some(node);
    }
    match &node.kind {
        NodeKind::Seq(items) => items.iter().find_map(|n| find(n, start, end)),
        NodeKind::Map(entries) => entries.iter().find_map(|(_, v)| find(v, start, end)),
        _ => None,
    }
}

/// Turns a deserialization error into a `schema` finding at the value at fault.
fn schema_finding(file: FileId, node: &Node, err: DeError) -> Finding {
    let (mut start, mut end) = err.span.unwrap_or((node.start, node.end));
    if let DeErrorKind::MissingField(_) = err.kind {
        // Point at the entry's first key rather than underlining the whole entry.
        if let Some((key, _)) = find(node, start, end).and_then(|n| n.as_map()?.first()) {
            (start, end) = (key.start, key.end);
        }
    }
    let span = Span::new(file, start, end);
    let message = err.to_string();
    let (label, help) = match &err.kind {
        DeErrorKind::UnknownField { field, expected } => (
            "unknown field",
            match did_you_mean(field, expected.iter().copied()) {
                Some(s) => format!("did you mean `{s}`? fields here: {}", expected.join(", ")),
                None => format!("fields here: {}", expected.join(", ")),
            },
        ),
        DeErrorKind::UnknownVariant { variant, expected } => (
            "not an allowed value",
            match did_you_mean(variant, expected.iter().copied()) {
                Some(s) => format!("did you mean `{s}`? allowed: {}", expected.join(", ")),
                None => format!("allowed: {}", expected.join(", ")),
            },
        ),
        DeErrorKind::MissingField(name) => (
            "in this entry",
            format!("add `{name}` to this entry; it is required"),
        ),
        DeErrorKind::InvalidType { expected, .. } => {
            ("wrong type", format!("write {expected} here"))
        }
        DeErrorKind::Custom(_, help) => (
            "invalid value",
            help.clone()
                .unwrap_or_else(|| "see docs/plan-format.md for what this field takes".to_owned()),
        ),
    };
    Finding::at(Code::Schema, span, message)
        .label(label)
        .help(help)
}
