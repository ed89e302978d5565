//! Fuzzing: mutants of the example plans and rule fixtures, byte-level and structure-aware, fed
//! through the whole pipeline in memory (load → check → every report format → render → diff).
//! A panic or a case slower than [`CASE_TIMEOUT`] fails, printing the input that reproduces it.
//!
//! Generation is proptest's: it runs on stable Rust, takes a fixed seed, and shrinks a failing
//! case to fewer and simpler edits before it prints it; the edits themselves are plain data
//! (see `mutate.rs`). See docs/fuzzing.md for the long-running variant.

#[path = "../common/cases.rs"]
mod cases;
mod mutate;
mod pipeline;

use std::cell::RefCell;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use kplan::model::Plan;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestError, TestRunner};

use mutate::{Case, Mutation};
use pipeline::MemoryPlan;

/// The seed of the default run: any failure it finds is found again on every machine.
const SEED: u64 = 0x6b70_6c61_6e00;
/// Cases per worker in the default run, sized to stay well under 60 s in a debug build on a busy
/// 2-core machine (docs/fuzzing.md has the measurement).
const CASES: u32 = 80;
/// Parallel runners, each with its own seed: two, for the two cores of CI. Fixed rather than
/// taken from the machine, so that every machine runs the same cases.
const WORKERS: u64 = 2;
/// A case slower than this is a hang: the debug build needs well under a second per case, and
/// the margin covers a CI machine busy with other test binaries.
const CASE_TIMEOUT: Duration = Duration::from_secs(60);

/// A plan of the corpus, as it is in the repository.
struct Base {
    /// The folder, relative to the repository root.
    dir: String,
    files: MemoryPlan,
    /// Its model, the old side of the diff.
    original: Plan,
}

struct Corpus {
    plans: Vec<Base>,
    /// Every file's text, for splices.
    donors: Vec<&'static [u8]>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        let dirs = [
            "examples/testvik-helse",
            "examples/fjordvik-oppvekst",
            "tests/rules/_base",
        ];
        let mut plans: Vec<Base> = dirs
            .into_iter()
            .map(|dir| base(dir.to_owned(), MemoryPlan::read(&repo.join(dir))))
            .collect();
        // Each rule case is the base plan with its overlay, put together in memory.
        plans.extend(cases::cases().iter().map(|case| {
            let files = MemoryPlan {
                files: case.files(),
            };
            base(format!("tests/rules/{}", case.id()), files)
        }));
        let donors = plans
            .iter()
            .flat_map(|p| p.files.files.values())
            .map(|text| &*Box::leak(text.clone().into_boxed_slice()))
            .collect();
        Corpus { plans, donors }
    })
}

fn base(dir: String, files: MemoryPlan) -> Base {
    let original = pipeline::load(&files).plan;
    Base {
        dir,
        files,
        original,
    }
}

/// The base plan, the file mutated and its mutated text.
fn build(case: &Case) -> (&'static Base, String, Vec<u8>) {
    let corpus = corpus();
    let base = &corpus.plans[case.plan.index(corpus.plans.len())];
    let names: Vec<&String> = base
        .files
        .files
        .keys()
        .filter(|n| n.ends_with(".toml") || n.ends_with(".yaml") || n.ends_with(".yml"))
        .collect();
    let name = names[case.file.index(names.len())].clone();
    let text = mutate::mutate(
        &name,
        &base.files.files[&name],
        &case.mutation,
        &corpus.donors,
    );
    (base, name, text)
}

thread_local! {
    /// Where and why the case running on this thread panicked.
    static PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Panics on case threads are recorded for the failure message instead of printed; each case
/// that fails is printed once, with its input, when proptest has shrunk it.
fn install_panic_hook() {
    static ONCE: OnceLock<()> = OnceLock::new();
    ONCE.get_or_init(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some("fuzz-case") {
                let message = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                let location = info.location().map(|l| l.to_string()).unwrap_or_default();
                // A panic inside the standard library (an overflowing `sum`) is placed by the
                // innermost frame of kplan's own code, from the backtrace.
                let backtrace = std::backtrace::Backtrace::force_capture().to_string();
                let in_kplan = backtrace
                    .lines()
                    .map(str::trim)
                    .find(|l| {
                        l.starts_with("at ./src/")
                            || l.starts_with(concat!("at ", env!("CARGO_MANIFEST_DIR"), "/src/"))
                    })
                    .map(|l| format!(" (in kplan {l})"))
                    .unwrap_or_default();
                PANIC.with(|p| {
                    *p.borrow_mut() = Some(format!("panicked at {location}{in_kplan}: {message}"))
                });
            } else {
                default(info);
            }
        }));
    });
}

/// Panics known and tolerated while their fix is in flight, as (part of the location, part of the
/// message): none today. A case that hits one counts as passed, so that a known panic does not
/// hide the others during a long run; each entry needs an ignored test in
/// tests/fuzz_regressions.rs, and goes with its fix.
const KNOWN_PANICS: &[(&str, &str)] = &[];

/// Cases that hit a [`KNOWN_PANICS`] entry.
static KNOWN: AtomicUsize = AtomicUsize::new(0);

/// Cases that reached the document: mutants must get past the parser and the checks too.
static RENDERED: AtomicUsize = AtomicUsize::new(0);

/// The input as a Rust literal, cut in the middle when huge (the whole text is written to a file).
fn show(text: &[u8]) -> String {
    const KEEP: usize = 3_000;
    let literal = match std::str::from_utf8(text) {
        Ok(s) => format!("{s:?}"),
        Err(_) => format!("b\"{}\"", text.escape_ascii()),
    };
    if literal.len() <= 2 * KEEP {
        return literal;
    }
    let cut = |mut i: usize| {
        while !literal.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    format!(
        "{} … ({} bytes left out) … {}",
        &literal[..cut(KEEP)],
        literal.len() - 2 * KEEP,
        &literal[cut(literal.len() - KEEP)..]
    )
}

/// Runs one case in its own thread, so that a hang fails the case instead of the whole run.
fn run_case(case: &Case) -> Result<(), TestCaseError> {
    let (base, name, text) = build(case);
    let mut plan = base.files.clone();
    plan.files.insert(name.clone(), text.clone());
    // A stack overflow aborts the process before anything can be printed: the input of the case
    // running is kept on disk until the next one replaces it.
    let worker = std::thread::current().name().unwrap_or("fuzz").to_owned();
    let running = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{worker}-running"));
    let _ = std::fs::create_dir_all(&running);
    let _ = std::fs::write(
        running.join("case.txt"),
        format!("plan: {}\nfile: {name}\n", base.dir),
    );
    let _ = std::fs::write(running.join("input"), &text);
    let (tx, rx) = mpsc::channel();
    let started = Instant::now();
    std::thread::Builder::new()
        .name("fuzz-case".into())
        // The stack of the binary's main thread, so that an overflow here is one there.
        .stack_size(8 << 20)
        .spawn(move || {
            let outcome = std::panic::catch_unwind(|| pipeline::exercise(&base.original, &plan))
                .map_err(|_| PANIC.with(|p| p.borrow_mut().take()).unwrap_or_default());
            let _ = tx.send(outcome);
        })
        .expect("a thread for the case");
    let why = match rx.recv_timeout(CASE_TIMEOUT) {
        Ok(Ok(rendered)) => {
            if rendered {
                RENDERED.fetch_add(1, Ordering::Relaxed);
            }
            return Ok(());
        }
        Ok(Err(panic))
            if KNOWN_PANICS
                .iter()
                .any(|(at, what)| panic.contains(at) && panic.contains(what)) =>
        {
            KNOWN.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        Ok(Err(panic)) => panic,
        Err(_) => format!("no result after {:?}: a hang", started.elapsed()),
    };
    let saved = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fuzz-failure-{name}"));
    let _ = std::fs::create_dir_all(saved.parent().unwrap());
    let _ = std::fs::write(&saved, &text);
    Err(TestCaseError::fail(format!(
        "{why}\n  plan: {}\n  file: {name} (the whole mutant is in {})\n  text: {}",
        base.dir,
        saved.display(),
        show(&text)
    )))
}

/// Runs `cases` cases on each of [`WORKERS`] threads, the worker `n` from `seed + n`; panics
/// with the shrunk failing case of the first worker that fails, if any.
fn fuzz(seed: u64, cases: u32) {
    install_panic_hook();
    corpus();
    let started = Instant::now();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..WORKERS)
            .map(|n| {
                std::thread::Builder::new()
                    .name(format!("fuzz-worker-{n}"))
                    .spawn_scoped(scope, move || fuzz_one(seed.wrapping_add(n), cases))
                    .expect("a worker thread")
            })
            .collect();
        workers
            .into_iter()
            .filter_map(|w| w.join().expect("a worker never panics").err())
            .collect()
    });
    if let Some(failure) = failures.first() {
        panic!("{failure}");
    }
    eprintln!(
        "fuzz: {WORKERS} × {cases} cases from seed {seed} in {:.1?}, {} rendered, {} known panics",
        started.elapsed(),
        RENDERED.load(Ordering::Relaxed),
        KNOWN.load(Ordering::Relaxed)
    );
}

/// One worker: `cases` cases from `seed`, the failure message if one fails.
fn fuzz_one(seed: u64, cases: u32) -> Result<(), String> {
    let config = Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        failure_persistence: None,
        max_shrink_iters: 2_000,
        max_shrink_time: 120_000,
        ..Config::default()
    };
    match TestRunner::new(config).run(&mutate::case(), |case| run_case(&case)) {
        Ok(()) => Ok(()),
        Err(TestError::Fail(why, case)) => Err(format!(
            "fuzz case failed (worker seed {seed}):\n{why}\nminimal edits: {case:#?}"
        )),
        Err(TestError::Abort(why)) => Err(format!("fuzzing aborted (seed {seed}): {why}")),
    }
}

/// The fixed-seed run of every `cargo test`.
#[test]
fn mutants_never_panic() {
    fuzz(SEED, CASES);
}

/// A deeper run: `KPLAN_FUZZ_CASES` cases per worker (default 50 000) from `KPLAN_FUZZ_SEED` (default: from
/// the clock, printed). `cargo test --release --test fuzz -- --ignored --nocapture`
#[test]
#[ignore = "long-running; see docs/fuzzing.md"]
fn mutants_never_panic_deep() {
    let env = |name: &str| {
        std::env::var(name).ok().map(|v| {
            v.parse::<u64>()
                .unwrap_or_else(|_| panic!("{name}={v}: not a number"))
        })
    };
    let seed = env("KPLAN_FUZZ_SEED").unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs())
    });
    let cases = env("KPLAN_FUZZ_CASES").map_or(50_000, |n| n.min(u32::MAX.into()) as u32);
    eprintln!("fuzz: seed {seed} (KPLAN_FUZZ_SEED={seed} repeats this run), {cases} cases");
    fuzz(seed, cases);
}

/// The writers of structure-aware mutants are faithful: every corpus plan written back unchanged
/// from its tree loads with the same findings, so mutants differ only by their edits.
#[test]
fn unmutated_trees_load_the_same() {
    let corpus = corpus();
    let codes = |plan: &MemoryPlan| {
        let loaded = pipeline::load(plan);
        let mut findings = loaded.findings;
        let checked = kplan::plan::Checked::new(&loaded.plan);
        findings.extend(kplan::validate::validate(
            &checked,
            &loaded.sources,
            pipeline::today(),
        ));
        let mut codes: Vec<String> = findings.iter().map(|f| f.code.to_string()).collect();
        codes.sort();
        codes
    };
    for base in &corpus.plans {
        if pipeline::load(&base.files)
            .findings
            .iter()
            .any(|f| f.code == kplan::diag::Code::Parse)
        {
            continue; // a file that does not parse has no tree to write back
        }
        let mut written = base.files.clone();
        for (name, text) in written.files.iter_mut() {
            if !(name.ends_with(".toml") || name.ends_with(".yaml")) {
                continue;
            }
            *text = mutate::mutate(name, text, &Mutation::Tree(Vec::new()), &[]);
        }
        // Parse and schema findings name positions and YAML details, and comment-in-text the
        // comments a tree does not keep; the rules must agree.
        let keep = |codes: Vec<String>| -> Vec<String> {
            codes
                .into_iter()
                .filter(|c| c != "parse" && c != "schema" && c != "comment-in-text")
                .collect()
        };
        assert_eq!(
            keep(codes(&written)),
            keep(codes(&base.files)),
            "{} written back from its tree",
            base.dir
        );
    }
}
