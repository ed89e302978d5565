//! Budgets: the limits that keep hostile or broken input (plan files, user templates) from
//! exhausting time or memory.

/// Largest plan file read, in bytes. Large generated plans should be split into several files.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
/// Deepest nesting of lists and mappings; real plans need about 6.
pub const MAX_DEPTH: usize = 64;
/// Most files and folders walked in one plan folder; a plan has tens.
pub const MAX_WALK_ENTRIES: usize = 1_000_000;
/// Most YAML nodes in one file.
pub const MAX_NODES: usize = 4_000_000;
/// Most YAML aliases (`*name`) in one file; plans rarely need any.
pub const MAX_ALIASES: usize = 1_000;
/// Most `schema` findings for one entity (a goal, a measure, `kplan.toml`): each is found by
/// reading the entity again (`load::recover`), and a longer list helps nobody.
pub const MAX_SCHEMA_ERRORS: usize = 20;
/// Most parser events in one YAML file.
pub const MAX_EVENTS: usize = 16_000_000;
/// Most events replayed or recorded through YAML aliases and anchors in one file.
pub const MAX_ALIAS_EVENTS: usize = 100_000;
/// Largest document `kplan render` writes, in bytes, per file. The example plans make about
/// 0.1 MiB of HTML, the benchmark plan of 10 000 entities 15 MB and the one of 100 000 about
/// 150 MB; a template that writes without end (within its fuel) stops here instead of filling
/// the disk.
pub const MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

/// The work any render may do, in minijinja fuel (one instruction, or 64 bytes of output, per
/// unit), before the part that grows with the plan ([`template_fuel`]). The built-in templates
/// need about 30 000 for each bundled example, so this is ample for a small plan, and still only
/// seconds for a loop that never ends.
pub const TEMPLATE_FUEL_BASE: u64 = 2_000_000;
/// Fuel per entry of the template context: per section and per goal, need, measure, unit …
/// (`templates::entries`). Measured with the built-in HTML template (the Markdown one needs less):
/// 146 and 164 per entry on the bundled examples, and 256, 273 and 277 on `bench/generate.rs`
/// plans of N = 1 000, 10 000 and 100 000 (120 305 entries, 33 million fuel of the 182 million
/// this allows). The ratio flattens as plans grow, so this leaves five times the need: room for
/// user templates that present the plan another way, while a loop over every pair of entities
/// still runs out on a large plan.
pub const TEMPLATE_FUEL_PER_ENTRY: u64 = 1_500;
/// How deep templates may nest, in minijinja's recursion units (a block or loop counts 1, an
/// include or macro call more): the built-in templates need between 16 and 25 (measured by
/// lowering the limit), and the limit stops a template that includes itself, or a macro that
/// calls itself, long before the stack runs out (minijinja's own ceiling is 500).
pub const TEMPLATE_NESTING: usize = 300;

/// The fuel of one render of a context with `entries` entries. A fixed budget would either fail
/// the built-in templates on a large plan or let a runaway template on a small plan run for
/// minutes; the work of an honest template grows with the number of entities, so the budget
/// does too. Entries rather than bytes of context: bytes predict the work a little more closely
/// (0.30 to 0.33 fuel per byte on the same plans), but counting them walks the whole context,
/// which cost about a tenth of the render; entries are the lengths of the sections alone.
pub fn template_fuel(entries: u64) -> u64 {
    TEMPLATE_FUEL_BASE.saturating_add(entries.saturating_mul(TEMPLATE_FUEL_PER_ENTRY))
}

/// Largest logo (`[render] logo`) read, in bytes. A municipality's coat of arms is a few
/// kilobytes as SVG and rarely over 200 KiB as PNG; the logo is embedded in every HTML document.
pub const MAX_LOGO_BYTES: u64 = 1024 * 1024;
/// Most XML nodes in an SVG logo; a drawn coat of arms has tens to a few thousand.
pub const MAX_LOGO_NODES: u32 = 100_000;
/// Largest appendix (`[[appendices]]`) read, in bytes: a mandate or a survey report in
/// Markdown is tens of kilobytes.
pub const MAX_APPENDIX_BYTES: u64 = 2 * 1024 * 1024;
/// Most appendices: they are lettered B to X after appendix A, which leaves Y and Z for the
/// remarks of the checks and the changes since an earlier version.
pub const MAX_APPENDICES: usize = 23;
