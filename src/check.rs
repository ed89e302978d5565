//! `kplan check` as a library call: discover, load and validate a plan.
//!
//! In two steps when a later stage needs the derived plan too: [`read()`] reads the files, the
//! caller builds the [`Checked`] plan once, and [`run_rules()`] adds the rules' findings. [`check()`]
//! does both for callers that need only the findings.

use std::path::{Path, PathBuf};

use crate::diag::{self, Code, Finding, Severity};
use crate::discover::ReadError;
use crate::load;
use crate::model::Plan;
use crate::plan::Checked;
use crate::source::Sources;
use crate::validate::{self, Today};

/// The outcome of checking a plan.
#[derive(Debug)]
pub struct Outcome {
    /// The plan root, when one was found.
    pub root: Option<PathBuf>,
    /// The files read (paths relative to the plan root).
    pub sources: Sources,
    /// The plan model (empty when no root was found).
    pub plan: Plan,
    /// Every finding, sorted, with severities after `[checks]` overrides. After [`read()`] alone:
    /// the findings of reading the files.
    pub findings: Vec<Finding>,
}

impl Outcome {
    /// Whether the run fails: any error, or any warning when warnings are denied. Notes never
    /// fail a run.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.findings.iter().any(|f| match f.severity {
            Severity::Error => true,
            Severity::Warning => deny_warnings,
            Severity::Note => false,
        })
    }
}

/// Checks the plan at or above `start`.
pub fn check(start: &Path, today: Today) -> Result<Outcome, ReadError> {
    let mut outcome = read(start)?;
    if outcome.root.is_some() {
        let checked = Checked::new(&outcome.plan);
        run_rules(&checked, &outcome.sources, today, &mut outcome.findings);
    }
    Ok(outcome)
}

/// Finds and loads the plan at or above `start`; the findings are those of reading its files.
/// Without a plan root the outcome has one `manifest` finding and an empty plan.
pub fn read(start: &Path) -> Result<Outcome, ReadError> {
    let Some(root) = crate::discover::find_root(start)? else {
        let finding = Finding::new(
            Code::Manifest,
            None,
            crate::msg!("manifest-missing", folder = start.display().to_string()),
        )
        .help(crate::msg!("manifest-missing-help"));
        return Ok(Outcome {
            root: None,
            sources: Sources::default(),
            plan: Plan::default(),
            findings: vec![finding],
        });
    };
    let loaded = load::load(&root)?;
    Ok(Outcome {
        root: Some(root),
        sources: loaded.sources,
        plan: loaded.plan,
        findings: loaded.findings,
    })
}

/// Runs the rules over a checked plan, adds their findings to `findings` (the loader's), applies
/// the `[checks]` severities and sorts them. A file that does not parse keeps its one `parse`
/// error and nothing else: the rules that read files' text (`example-text`, `personal-data`)
/// report nothing in it, since what they would find there is noise until it parses.
pub fn run_rules(
    checked: &Checked<'_>,
    sources: &Sources,
    today: Today,
    findings: &mut Vec<Finding>,
) {
    let unparsed: Vec<crate::source::FileId> = findings
        .iter()
        .filter(|f| f.code == Code::Parse && f.severity == Severity::Error)
        .filter_map(|f| f.primary.as_ref().map(|l| l.file))
        .collect();
    let in_unparsed = |f: &Finding| {
        f.primary
            .as_ref()
            .is_some_and(|l| unparsed.contains(&l.file))
    };
    findings.extend(
        validate::validate(checked, sources, today)
            .into_iter()
            .chain(crate::workspace::cross::standalone(checked.plan))
            .filter(|f| !in_unparsed(f)),
    );
    validate::apply_severities(checked.plan, findings);
    diag::sort(findings);
}

/// The outcome of checking several plans: one or more planverk roots or plan folders.
#[derive(Debug)]
pub struct ManyOutcome {
    /// Every file read, with paths relative to the working directory.
    pub sources: Sources,
    /// Every finding, each with its plan id: the planverks' own first, then each plan's, sorted
    /// within each.
    pub findings: Vec<Finding>,
    /// The plans, in the order their findings come.
    pub plans: Vec<diag::PlanGroup>,
    /// The language of the first plan.
    pub language: crate::text::Language,
}

impl ManyOutcome {
    /// Whether the run fails: any error, or any warning when warnings are denied.
    pub fn fails(&self, deny_warnings: bool) -> bool {
        self.findings.iter().any(|f| match f.severity {
            Severity::Error => true,
            Severity::Warning => deny_warnings,
            Severity::Note => false,
        })
    }
}

/// Whether `start` is (at or below) the root of a planverk: the nearest `kplan.toml` has
/// `[workspace]`.
pub fn is_planverk(start: &Path) -> bool {
    matches!(crate::discover::find_root(start), Ok(Some(root)) if load::is_workspace(&root))
}

/// Checks every plan of the folders `starts`: a planverk root checks all its members and the
/// rules across them; a plan folder checks that plan alone. `cwd` is where paths are relative to.
pub fn check_many(starts: &[PathBuf], today: Today, cwd: &Path) -> Result<ManyOutcome, ReadError> {
    let mut out = ManyOutcome {
        sources: Sources::default(),
        findings: Vec::new(),
        plans: Vec::new(),
        language: crate::text::Language::default(),
    };
    let mut first_language = None;
    for start in starts {
        let Some(root) = crate::discover::find_root(start)? else {
            out.findings.extend(read(start)?.findings);
            continue;
        };
        let prefix = folder_prefix(&root, cwd);
        if !load::is_workspace(&root) {
            let outcome = check(&root, today)?;
            first_language.get_or_insert(outcome.plan.language());
            let id = plan_id(&outcome.plan, &root);
            push_plan(&mut out, outcome, id, &prefix);
            continue;
        }
        let ws = load::read_workspace(&root)?;
        let Some(manifest) = ws.manifest.clone() else {
            let offset = out.sources.append(ws.sources, &prefix);
            for mut f in ws.findings {
                f.shift_files(offset);
                out.findings.push(f);
            }
            continue;
        };
        let found = crate::workspace::find_members(&root, &manifest, ws.has_plan);
        let roots: Vec<PathBuf> = found.members.iter().map(|m| root.join(&m.rel)).collect();
        let outcomes = check_in_parallel(&roots, today)?;
        let ids: Vec<String> = outcomes
            .iter()
            .zip(&roots)
            .map(|(o, r)| plan_id(&o.plan, r))
            .collect();
        let views: Vec<crate::workspace::cross::MemberView<'_>> = outcomes
            .iter()
            .zip(&ids)
            .map(|(o, id)| crate::workspace::cross::MemberView {
                id: id.clone(),
                id_span: o
                    .plan
                    .manifest
                    .as_ref()
                    .and_then(|m| m.plan.id.as_ref())
                    .map(|i| i.span),
                plan: &o.plan,
            })
            .collect();
        let cross = crate::workspace::cross::check(&views);
        drop(views);
        // The planverk's own findings: its manifest and its members' entries.
        let mut own: Vec<Finding> = ws.findings;
        own.extend(found.findings);
        own.extend(
            cross
                .added
                .iter()
                .filter(|(m, _)| m.is_none())
                .map(|(_, f)| f.clone()),
        );
        if let Some(checks) = &manifest.checks {
            let problems = crate::validate::apply_checks(checks, &mut own, &[]);
            own.extend(problems);
        }
        diag::sort(&mut own);
        let offset = out.sources.append(ws.sources, &prefix);
        for mut f in own {
            f.shift_files(offset);
            out.findings.push(f);
        }
        let mut added: Vec<Vec<Finding>> = vec![Vec::new(); outcomes.len()];
        for (m, f) in cross.added {
            if let Some(m) = m {
                added[m].push(f);
            }
        }
        for (i, ((mut outcome, id), mut extra)) in
            outcomes.into_iter().zip(ids).zip(added).enumerate()
        {
            first_language.get_or_insert(outcome.plan.language());
            outcome.findings.retain(|f| {
                !f.primary.as_ref().is_some_and(|l| {
                    l.range.is_some_and(|(start, end)| {
                        cross.answered.contains(&(
                            i,
                            f.code,
                            crate::source::Span::new(l.file, start, end),
                        ))
                    })
                })
            });
            crate::validate::apply_severities(&outcome.plan, &mut extra);
            outcome.findings.extend(extra);
            let member_checks = outcome
                .plan
                .manifest
                .as_ref()
                .and_then(|m| m.checks.as_ref())
                .map(crate::validate::codes_set)
                .unwrap_or_default();
            if let Some(checks) = &manifest.checks {
                // Problems in the planverk's `[checks]` are reported once, with its own findings.
                let _reported_once =
                    crate::validate::apply_checks(checks, &mut outcome.findings, &member_checks);
            }
            diag::sort(&mut outcome.findings);
            let member_prefix = folder_prefix(&roots[i], cwd);
            push_plan(&mut out, outcome, id, &member_prefix);
        }
    }
    out.language = first_language.unwrap_or_default();
    // `plan` is set only when there is more than one plan to tell apart.
    if out.plans.len() <= 1 {
        for f in &mut out.findings {
            f.plan = None;
        }
    }
    Ok(out)
}

/// Adds one checked plan's files and findings to `out`.
fn push_plan(out: &mut ManyOutcome, outcome: Outcome, id: String, prefix: &str) {
    let counts = diag::Counts::of(&outcome.findings);
    let title = outcome
        .plan
        .manifest
        .as_ref()
        .map(|m| m.plan.title.value.trim().to_owned())
        .unwrap_or_default();
    let files = outcome.sources.len();
    let offset = out.sources.append(outcome.sources, prefix);
    for mut f in outcome.findings {
        f.shift_files(offset);
        f.plan = Some(id.clone());
        out.findings.push(f);
    }
    out.plans.push(diag::PlanGroup {
        id,
        dir: prefix.to_owned(),
        title,
        files,
        counts,
    });
}

/// The plan's id: `[plan] id`, else its folder's name.
fn plan_id(plan: &Plan, root: &Path) -> String {
    plan.manifest
        .as_ref()
        .and_then(|m| m.plan.id.as_ref())
        .map(|i| i.value.clone())
        .unwrap_or_else(|| {
            root.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
}

/// `root` relative to `cwd`, `/`-separated with a trailing `/` (empty for `cwd` itself); the
/// whole path when it is not below `cwd`.
fn folder_prefix(root: &Path, cwd: &Path) -> String {
    let rel = match root.strip_prefix(cwd) {
        Ok(rel) => crate::discover::relative(Path::new(""), rel),
        Err(_) => root.display().to_string().replace('\\', "/"),
    };
    if rel.is_empty() {
        rel
    } else {
        format!("{}/", rel.trim_end_matches('/'))
    }
}

/// Checks the plans at `roots` on up to as many threads as the machine has cores; each plan is
/// read, checked and kept by one thread. The outcomes come in the order of `roots`.
fn check_in_parallel(roots: &[PathBuf], today: Today) -> Result<Vec<Outcome>, ReadError> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .min(roots.len())
        .max(1);
    if threads == 1 {
        return roots.iter().map(|r| check(r, today)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Result<Outcome, ReadError>>>> =
        roots.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(root) = roots.get(i) else { break };
                    let outcome = check(root, today);
                    *results[i]
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(outcome);
                }
            });
        }
    });
    results
        .into_iter()
        .map(|cell| {
            cell.into_inner()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .expect("every plan is checked")
        })
        .collect()
}
