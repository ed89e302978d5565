//! Reading a plan from disk: the only module that touches plan files.
//!
//! Files are read, decoded and parsed into a [`tree::Node`] tree (YAML or TOML), then deserialized
//! into the [`Plan`] model one entity at a time, so that one broken entity does not hide the
//! problems of the others, and every error of a broken entity is reported ([`recover`]).
//! Problems in the files become findings (`findings` puts `schema` errors into words); I/O
//! failures are errors.
//!
//! The codes the loader emits (`parse`, `schema`, `manifest`) have no rule; their documentation
//! is in `codes/<name>/{en,nb,nn}.md`, registered in the code table ([`crate::diag::Code`]).

mod attachments;
pub mod de;
mod findings;
mod habits;
pub mod recover;
pub mod safe;
mod svg;
mod toml;
pub mod tree;
mod yaml;

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::{Code, Finding, Label, did_you_mean};
use crate::discover;
use crate::discover::ReadError;
use crate::limits;
use crate::model::{Manifest, Plan, Section, Spanned};
use crate::msg;
use crate::source::{FileId, SourceFile, Sources, Span};
use findings::Place;
pub use findings::allowed_help;
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
        toml::parse(text).map(Some).map_err(|e| e.detail)
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
    /// Whether the files `kplan.toml` names besides the plan files (the logo, the appendices)
    /// are read too. A git revision's plan is compared, never rendered, and holds only its plan
    /// files.
    fn reads_attachments(&self) -> bool {
        true
    }
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
            Some(node) => match recover::from_node_all::<Manifest>(&node, file) {
                Ok(manifest) => {
                    for (value, field) in manifest.paths_outside_root() {
                        loaded.findings.push(outside_root(value, field));
                    }
                    loaded.plan.manifest = Some(manifest);
                }
                Err(errors) => {
                    loaded.plan.unread_language = language_of(&node, file);
                    let text = &loaded.sources.get(file).text;
                    loaded.findings.extend(
                        errors
                            .iter()
                            .map(|e| findings::finding(file, text, &node, Place::Manifest, e)),
                    );
                }
            },
            None => loaded.findings.push(
                Finding::new(
                    Code::Manifest,
                    Some(Label::file(file)),
                    msg!("manifest-empty"),
                )
                .help(msg!("manifest-empty-help")),
            ),
        }
    }
    if source.reads_attachments()
        && let Some(manifest) = loaded.plan.manifest.take()
    {
        attachments::read(source, &manifest, &mut loaded.plan, &mut loaded.findings);
        loaded.plan.manifest = Some(manifest);
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
    let listed = source.plan_files(&skip)?;
    for rel in &listed {
        if let Some(meant) = discover::meant_name(rel) {
            loaded.ignored_file(source, rel, meant, listed.iter().any(|p| p == meant));
            continue;
        }
        let Some((file, node)) = loaded.accept(read_file(source, rel)?) else {
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
                    msg!("schema-empty-file"),
                )
                .help(msg!("schema-empty-file-help")),
            ),
        }
    }
    let amounts = habits::amount_findings(&loaded.plan, &loaded.sources);
    loaded.findings.extend(amounts);
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
        std::result::Result<Option<Node>, Box<toml::TomlError>>,
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
    let is_toml = discover::is_toml_name(&rel);
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
    /// Reports a file that looks like a plan file but is not read (`ignored-file`): its name,
    /// and the name it was meant to have (`meant`), which may be the name of a plan file beside
    /// it (`meant_exists`).
    fn ignored_file(
        &mut self,
        source: &dyn FileSource,
        rel: &str,
        meant: &str,
        meant_exists: bool,
    ) {
        let path = source.root().join(rel);
        let file = self
            .sources
            .add(SourceFile::new(rel.to_owned(), path, String::new()));
        let meant_name = meant.rsplit('/').next().unwrap_or(meant);
        let finding = if meant_exists {
            Finding::new(
                Code::IgnoredFile,
                Some(Label::file(file)),
                msg!("ignored-file-beside", meant = meant),
            )
            .help(msg!("ignored-file-help-beside", meant = meant_name))
        } else {
            Finding::new(
                Code::IgnoredFile,
                Some(Label::file(file)),
                msg!("ignored-file", meant = meant_name),
            )
            .help(msg!("ignored-file-help"))
        };
        self.findings.push(finding);
    }

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
                let file = self.sources.add(source);
                match parsed {
                    Ok(node) => {
                        self.decoded_strings(file, node.as_ref());
                        Some((file, node))
                    }
                    // The first syntax error only: what follows it is mostly noise.
                    Err(err) => {
                        let err = *err;
                        let label = match err.range {
                            Some((s, e)) => Label::at(Span::new(file, s, e)),
                            None => Label::file(file),
                        };
                        let label = match err.label {
                            Some(words) => label.with_message(words),
                            None => label,
                        };
                        let mut finding = Finding::new(Code::Parse, Some(label), err.message);
                        finding.help = err.help;
                        self.findings.push(finding);
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
                    msg!(
                        "schema-file-not-mapping",
                        found = findings::node_found(root, &self.sources.get(file).text)
                    ),
                )
                .help(msg!(
                    "schema-file-not-mapping-help",
                    sections = findings::sections()
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
                        msg!(
                            "schema-section-name-not-text",
                            found = findings::node_found(key, &self.sources.get(file).text)
                        ),
                    )
                    .help(msg!("schema-sections", sections = findings::sections())),
                );
                continue;
            };
            macro_rules! list {
                ($field:ident) => {
                    self.load_list(file, name, value, |plan| &mut plan.$field)
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
        name: &str,
        node: &Node,
        list: fn(&mut Plan) -> &mut Vec<Spanned<T>>,
    ) where
        T: for<'de> Deserialize<'de>,
    {
        let text = &self.sources.get(file).text;
        let items = match &node.kind {
            NodeKind::Seq(items) => items,
            NodeKind::Null => return,
            _ => {
                self.findings.push(
                    Finding::at(
                        Code::Schema,
                        span_of(file, node),
                        msg!(
                            "schema-not-a-list",
                            section = name,
                            found = findings::node_found(node, text)
                        ),
                    )
                    .help(msg!("schema-not-a-list-help", section = name)),
                );
                return;
            }
        };
        for item in items {
            match recover::from_node_all::<Spanned<T>>(item, file) {
                Ok(entity) => list(&mut self.plan).push(entity),
                Err(errors) => {
                    if let Some((id, span)) = id_of(file, item) {
                        self.plan.unreadable_ids.push((id, span));
                    }
                    self.findings.extend(
                        errors
                            .iter()
                            .map(|e| findings::finding(file, text, item, Place::Entry(name), e)),
                    );
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
        match recover::from_node_all::<Spanned<T>>(node, file) {
            Ok(value) => {
                if let Some(first) = slot(&mut self.plan) {
                    let first_span = first.span;
                    let path = &self.sources.get(first_span.file).path;
                    self.findings.push(
                        Finding::at(
                            Code::Manifest,
                            value.span,
                            msg!("manifest-singleton-twice", section = name, path = path),
                        )
                        .label(msg!("manifest-singleton-twice-label"))
                        .related(first_span, msg!("manifest-singleton-twice-related"))
                        .help(msg!("manifest-singleton-twice-help", section = name)),
                    );
                } else {
                    *slot(&mut self.plan) = Some(value);
                }
            }
            Err(errors) => {
                let text = &self.sources.get(file).text;
                self.findings.extend(
                    errors
                        .iter()
                        .map(|e| findings::finding(file, text, node, Place::Section(name), e)),
                );
            }
        }
    }
}

/// `[render] templates` or `output` names a folder outside the plan root.
fn outside_root(value: &Spanned<String>, field: &str) -> Finding {
    Finding::at(
        Code::Schema,
        value.span,
        msg!(
            "schema-outside-root",
            field = field,
            value = value.value.as_str()
        ),
    )
    .label(msg!("schema-outside-root-label"))
    .help(msg!("schema-outside-root-help", field = field))
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

/// `[plan] language` of a manifest node, if it reads.
fn language_of(manifest: &Node, file: FileId) -> Option<crate::text::Language> {
    fn field<'n>(node: &'n Node, name: &str) -> Option<&'n Node> {
        node.as_map()?
            .iter()
            .find(|(k, _)| k.as_str() == Some(name))
            .map(|(_, v)| v)
    }
    de::from_node(field(field(manifest, "plan")?, "language")?, file).ok()
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
    let sections = findings::sections();
    let help = match did_you_mean(name, Section::ALL.iter().map(|s| s.name())) {
        Some(s) => msg!(
            "schema-unknown-section-did-you-mean",
            suggestion = s,
            sections = sections
        ),
        None => msg!("schema-sections", sections = sections),
    };
    Finding::at(
        Code::Schema,
        span_of(file, key),
        msg!("schema-unknown-section", section = name),
    )
    .label(msg!("schema-unknown-section-label"))
    .help(help)
}

/// The `kplan.toml` at the root of a planverk, as read for the workspace ([`crate::workspace`]).
#[derive(Debug)]
pub struct WorkspaceRead {
    /// The manifest file (one file).
    pub sources: Sources,
    /// `[workspace]` and `[checks]`, when they could be read.
    pub manifest: Option<crate::model::WorkspaceManifest>,
    /// Whether the manifest also has `[plan]`: the root is itself a plan of the planverk.
    pub has_plan: bool,
    /// `parse` and `schema` findings of the manifest. When the root is itself a plan, its own
    /// problems are the plan's findings, not these.
    pub findings: Vec<Finding>,
}

/// Whether the `kplan.toml` at `root` has a `[workspace]` table (read from it alone).
pub fn is_workspace(root: &Path) -> bool {
    let Some(Ok(file)) = safe::open_inside(root, Path::new(discover::MANIFEST)).ok() else {
        return false;
    };
    let Some(text) = safe::read(file, limits::MAX_FILE_BYTES)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
    else {
        return false;
    };
    // A cheap test first: most plans are not workspaces.
    text.contains("workspace")
        && matches!(parse_text(&text, true), Ok(Some(node)) if has_key(&node, "workspace"))
}

fn has_key(node: &Node, key: &str) -> bool {
    node.as_map()
        .is_some_and(|m| m.iter().any(|(k, _)| k.as_str() == Some(key)))
}

/// Reads the `kplan.toml` of a planverk's root.
pub fn read_workspace(root: &Path) -> Result<WorkspaceRead> {
    /// `[workspace]` and `[checks]` of a manifest that also holds `[plan]` (read by the plan).
    #[derive(Deserialize)]
    struct Partial {
        workspace: Spanned<crate::model::WorkspaceTable>,
        #[serde(default)]
        checks: Option<Spanned<crate::model::Entries<String, String>>>,
    }
    let mut loaded = Loaded {
        root: root.to_path_buf(),
        sources: Sources::default(),
        plan: Plan::default(),
        findings: Vec::new(),
    };
    let mut read = WorkspaceRead {
        sources: Sources::default(),
        manifest: None,
        has_plan: false,
        findings: Vec::new(),
    };
    if let Some((file, Some(node))) = loaded.accept(read_file(&Disk(root), discover::MANIFEST)?) {
        read.has_plan = has_key(&node, "plan");
        if read.has_plan {
            // The plan's own load reports what is wrong in its manifest.
            if let Ok(p) = recover::from_node_all::<Partial>(&node, file) {
                read.manifest = Some(crate::model::WorkspaceManifest {
                    workspace: p.workspace,
                    checks: p.checks,
                });
            }
        } else {
            match recover::from_node_all::<crate::model::WorkspaceManifest>(&node, file) {
                Ok(m) => read.manifest = Some(m),
                Err(errors) => {
                    let text = &loaded.sources.get(file).text;
                    loaded.findings.extend(
                        errors
                            .iter()
                            .map(|e| findings::finding(file, text, &node, Place::Manifest, e)),
                    );
                }
            }
        }
    }
    read.sources = loaded.sources;
    read.findings = loaded.findings;
    Ok(read)
}
