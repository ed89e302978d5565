//! Parser budgets: the limits that keep hostile or broken input from exhausting time or memory.

/// Largest plan file read, in bytes. Large generated plans should be split into several files.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Deepest nesting of lists and mappings; real plans need about 6.
pub const MAX_DEPTH: usize = 64;
/// Most YAML nodes in one file.
pub const MAX_NODES: usize = 4_000_000;
/// Most YAML aliases (`*name`) in one file; plans rarely need any.
pub const MAX_ALIASES: usize = 1_000;
/// Most parser events in one YAML file.
pub const MAX_EVENTS: usize = 16_000_000;
/// Most events replayed or recorded through YAML aliases and anchors in one file.
pub const MAX_ALIAS_EVENTS: usize = 100_000;
/// Largest document `kplan render` writes, in bytes, per file. The example plans make about
/// 0.2 MiB and a plan of 100 000 entities about 60 MiB; a template that loops without end
/// stops here instead of filling the disk.
pub const MAX_DOCUMENT_BYTES: u64 = 64 * 1024 * 1024;
