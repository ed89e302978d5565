//! Generates a synthetic but well-formed plan of N goals, needs and measures (about 1 : 5 : 4),
//! with the units, roles, competence areas, funding, indicators and workforce rows they refer to,
//! for benchmarks. Deterministic for a given seed. Not a user command.
//!
//! cargo run --release --example generate -- N OUT [--format yaml|toml] [--layout section|entity] [--seed S]

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A small deterministic generator (xorshift64*), so output never depends on a crate version.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Yaml,
    Toml,
}

const STRATEGIES: [&str; 4] = ["acquire", "develop", "mobilise", "phase-out"];
const WORDS: [&str; 16] = [
    "fagbrev",
    "sykepleie",
    "velferdsteknologi",
    "ledelse",
    "demens",
    "rehabilitering",
    "språk",
    "veiledning",
    "heltid",
    "rekruttering",
    "kvalitet",
    "samarbeid",
    "legemidler",
    "akuttmedisin",
    "dokumentasjon",
    "kommunikasjon",
];

fn words(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| WORDS[rng.below(16) as usize])
        .collect::<Vec<_>>()
        .join(" ")
}

/// One entity as a list of (key, value) where values are already literals of the format.
type Fields = Vec<(&'static str, String)>;

fn lit(format: Format, s: &str) -> String {
    let _ = format;
    // A double-quoted string is valid in both YAML and TOML.
    format!("{s:?}")
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join(", "))
}

fn write_entity(out: &mut String, format: Format, section: &str, fields: &Fields) {
    match format {
        Format::Yaml => {
            for (i, (k, v)) in fields.iter().enumerate() {
                let lead = if i == 0 { "  - " } else { "    " };
                let _ = writeln!(out, "{lead}{k}: {v}");
            }
        }
        Format::Toml => {
            let _ = writeln!(out, "\n[[{section}]]");
            for (k, v) in fields {
                let _ = writeln!(out, "{k} = {v}");
            }
        }
    }
}

struct Plan {
    sections: Vec<(&'static str, Vec<(String, Fields)>)>,
}

fn generate(n: usize, seed: u64, format: Format) -> Plan {
    let mut rng = Rng(seed.wrapping_mul(2_654_435_761).max(1));
    let goals = (n / 10).max(1);
    let needs = (n / 2).max(1);
    let measures = n.saturating_sub(goals + needs).max(1);
    let units = (n / 1000).max(2);
    let q = |s: &str| lit(format, s);
    let inline = |pairs: &[(&str, String)]| match format {
        Format::Yaml => format!(
            "{{ {} }}",
            pairs
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Format::Toml => format!(
            "{{ {} }}",
            pairs
                .iter()
                .map(|(k, v)| format!("{k} = {v}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    let mut sections: Vec<(&'static str, Vec<(String, Fields)>)> = Vec::new();
    let roles = [
        "sykepleier",
        "helsefagarbeider",
        "assistent",
        "vernepleier",
        "leder",
    ];

    sections.push((
        "units",
        (0..units)
            .map(|u| {
                (
                    format!("u{u}"),
                    vec![
                        ("id", q(&format!("u{u}"))),
                        ("name", q(&format!("Enhet {u}"))),
                    ],
                )
            })
            .collect(),
    ));
    sections.push((
        "roles",
        roles
            .iter()
            .map(|r| {
                (
                    r.to_string(),
                    vec![("id", q(r)), ("name", q(&format!("Gruppe {r}")))],
                )
            })
            .collect(),
    ));
    sections.push((
        "anchoring",
        vec![(
            "okonomiplan".into(),
            vec![
                ("id", q("okonomiplan")),
                ("kind", q("economy-plan")),
                ("title", q("Økonomiplan")),
            ],
        )],
    ));
    sections.push((
        "ambitions",
        vec![(
            "A1".into(),
            vec![("id", q("A1")), ("title", q("Attraktiv arbeidsplass"))],
        )],
    ));
    sections.push((
        "guidelines",
        vec![(
            "hol".into(),
            vec![
                ("id", q("hol")),
                ("title", q("Helse- og omsorgstjenesteloven")),
                ("level", q("national")),
                ("kind", q("law")),
            ],
        )],
    ));
    sections.push((
        "goals",
        (0..goals)
            .map(|g| {
                (
                    format!("goal-{g}"),
                    vec![
                        ("id", q(&format!("G{g}"))),
                        ("title", q(&format!("Mål {g}: {}", words(&mut rng, 6)))),
                        ("description", q(&words(&mut rng, 30))),
                        ("ambition", q("A1")),
                        ("based_on", list(&[q("hol"), q("okonomiplan")])),
                        ("indicators", list(&[q(&format!("I{g}"))])),
                    ],
                )
            })
            .collect(),
    ));
    let areas = 10;
    sections.push((
        "competence_areas",
        (0..areas)
            .map(|a| {
                (
                    format!("area-{a}"),
                    vec![
                        ("id", q(&format!("c{a}"))),
                        ("name", q(&format!("Område {a}"))),
                        ("kind", q("formal")),
                    ],
                )
            })
            .collect(),
    ));
    sections.push((
        "workforce",
        (0..units)
            .flat_map(|u| roles.iter().map(move |r| (u, *r)))
            .map(|(u, r)| {
                (
                    format!("wf-{u}-{r}"),
                    vec![
                        ("unit", q(&format!("u{u}"))),
                        ("role", q(r)),
                        ("as_of", q("2024-12-31")),
                        ("employees", "40".into()),
                        ("fte", "31.5".into()),
                        ("part_time", "45".into()),
                        (
                            "age",
                            inline(&[
                                ("\"under 30\"", "10".into()),
                                ("\"30 og over\"", "30".into()),
                            ]),
                        ),
                        (
                            "departures",
                            inline(&[("\"2026\"", "2".into()), ("\"2027\"", "3".into())]),
                        ),
                    ],
                )
            })
            .collect(),
    ));
    // Needs: each serves one goal; its strategy decides which measures may name it.
    let need_strategy = |i: usize| STRATEGIES[i % 4];
    sections.push((
        "needs",
        (0..needs)
            .map(|i| {
                let strategy = need_strategy(i);
                let (current, required) = if strategy == "phase-out" {
                    (12, 8)
                } else {
                    (4, 10)
                };
                (
                    format!("need-{i}"),
                    vec![
                        ("id", q(&format!("B{i}"))),
                        ("title", q(&format!("Behov {i}: {}", words(&mut rng, 5)))),
                        ("goals", list(&[q(&format!("G{}", i % goals))])),
                        ("area", q(&format!("c{}", i % areas))),
                        ("unit", q(&format!("u{}", i % units))),
                        ("role", q(roles[i % roles.len()])),
                        ("strategy", q(strategy)),
                        ("quantity", q("persons")),
                        ("current", current.to_string()),
                        ("required", required.to_string()),
                        ("by", "2028".into()),
                        ("priority", q(["high", "medium", "low"][i % 3])),
                        ("rationale", q(&words(&mut rng, 25))),
                    ],
                )
            })
            .collect(),
    ));
    sections.push((
        "funding",
        (0..4)
            .map(|f| {
                (
                    format!("f{f}"),
                    vec![
                        ("id", q(&format!("f{f}"))),
                        ("name", q(&format!("Kilde {f}"))),
                        ("kind", q("own-budget")),
                    ],
                )
            })
            .collect(),
    ));
    // Measures: every need is named by at least one measure of the same strategy, with `closes`
    // covering its gap; measures beyond the needs' count name a second need.
    sections.push((
        "measures",
        (0..measures)
            .map(|m| {
                let first = m % needs;
                let strategy = need_strategy(first);
                let mut refs = vec![inline(&[
                    ("need", q(&format!("B{first}"))),
                    ("closes", "6".into()),
                ])];
                // The needs beyond the measures' count are named as a measure's second need.
                let second = m + measures;
                if second < needs && need_strategy(second) == strategy {
                    refs.push(inline(&[
                        ("need", q(&format!("B{second}"))),
                        ("closes", "6".into()),
                    ]));
                }
                let year = 2025 + (m % 4) as i64;
                let costs: Vec<String> = (0..2)
                    .map(|k| {
                        inline(&[
                            ("year", (year + k).min(2028).to_string()),
                            ("amount", (10_000 * (1 + rng.below(50))).to_string()),
                            ("funding", q(&format!("f{}", (m + k as usize) % 4))),
                            ("status", q("budgeted")),
                        ])
                    })
                    .collect();
                (
                    format!("measure-{m}"),
                    vec![
                        ("id", q(&format!("T{m}"))),
                        ("title", q(&format!("Tiltak {m}: {}", words(&mut rng, 5)))),
                        ("strategy", q(strategy)),
                        ("needs", list(&refs)),
                        ("description", q(&words(&mut rng, 30))),
                        ("responsible", q("Enhetsleder")),
                        ("start", q(&format!("{year}-01-01"))),
                        ("end", q("2028-12-31")),
                        ("status", q("planned")),
                        ("costs", list(&costs)),
                    ],
                )
            })
            .collect(),
    ));
    sections.push((
        "indicators",
        (0..goals)
            .map(|g| {
                (
                    format!("ind-{g}"),
                    vec![
                        ("id", q(&format!("I{g}"))),
                        ("name", q(&format!("Indikator {g}"))),
                        ("quantity", q("percent")),
                        ("direction", q("increase")),
                        (
                            "baseline",
                            inline(&[("year", "2024".into()), ("value", "60".into())]),
                        ),
                        (
                            "target",
                            inline(&[("year", "2028".into()), ("value", "80".into())]),
                        ),
                    ],
                )
            })
            .collect(),
    ));
    Plan { sections }
}

const SINGLETONS_YAML: &str = "organisation:\n  owner: Kommunalsjef\n  mandate: Lage planen.\n  groups:\n    - name: Prosjektgruppe\n      kind: project\n      members:\n        - { role: Hovedtillitsvalgt, represents: employee-representative }\ncompetence:\n  definition: Kunnskaper, ferdigheter, evner og holdninger.\nevaluation:\n  responsible: HR-sjef\n  reporting: annual-report\n";
const SINGLETONS_TOML: &str = "[organisation]\nowner = \"Kommunalsjef\"\nmandate = \"Lage planen.\"\n\n[[organisation.groups]]\nname = \"Prosjektgruppe\"\nkind = \"project\"\nmembers = [{ role = \"Hovedtillitsvalgt\", represents = \"employee-representative\" }]\n\n[competence]\ndefinition = \"Kunnskaper, ferdigheter, evner og holdninger.\"\n\n[evaluation]\nresponsible = \"HR-sjef\"\nreporting = \"annual-report\"\n";
const MANIFEST: &str = "[plan]\ntitle = \"Syntetisk plan\"\nmunicipality = \"Benk kommune\"\nscope = \"Hele kommunen\"\nperiod = { start = 2025, end = 2028 }\nstatus = \"draft\"\n\n[plan.revision]\nnext_review = 2027-03-01\n";

fn write(path: &Path, text: &str) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(path, text).unwrap();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate N OUT [--format yaml|toml] [--layout section|entity] [--seed S]";
    let n: usize = args.first().and_then(|a| a.parse().ok()).expect(usage);
    let out = PathBuf::from(args.get(1).expect(usage));
    let opt = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let format = match opt("--format").as_deref() {
        Some("toml") => Format::Toml,
        _ => Format::Yaml,
    };
    let per_entity = opt("--layout").as_deref() == Some("entity");
    let seed: u64 = opt("--seed").and_then(|s| s.parse().ok()).unwrap_or(1);
    let ext = if format == Format::Yaml {
        "yaml"
    } else {
        "toml"
    };
    assert!(
        !out.exists(),
        "{} exists; choose a new folder",
        out.display()
    );
    write(&out.join("kplan.toml"), MANIFEST);
    write(
        &out.join(format!("0-singletons.{ext}")),
        if format == Format::Yaml {
            SINGLETONS_YAML
        } else {
            SINGLETONS_TOML
        },
    );
    let plan = generate(n, seed, format);
    for (i, (section, entities)) in plan.sections.iter().enumerate() {
        if per_entity {
            for (name, fields) in entities {
                let mut text = String::new();
                if format == Format::Yaml {
                    let _ = writeln!(text, "{section}:");
                }
                write_entity(&mut text, format, section, fields);
                write(&out.join(section).join(format!("{name}.{ext}")), &text);
            }
        } else {
            let mut text = String::new();
            if format == Format::Yaml {
                let _ = writeln!(text, "{section}:");
            }
            for (_, fields) in entities {
                write_entity(&mut text, format, section, fields);
            }
            write(&out.join(format!("{:02}-{section}.{ext}", i + 1)), &text);
        }
    }
}
