//! `kplan render`: snapshots of both documents of both examples, determinism, refusal on errors,
//! template overrides, privacy, and that no plan content can inject markup or template code.

use std::path::Path;

mod common;

use common::{kplan, render_documents as render, root};

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots/render");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

#[test]
fn example_documents() {
    let settings = settings();
    for example in ["testvik-helse", "fjordvik-oppvekst"] {
        let (_out, html, md) = render(&root().join("examples").join(example), &[]);
        settings.bind(|| {
            insta::assert_snapshot!(format!("{example}.html"), html);
            insta::assert_snapshot!(format!("{example}.md"), md);
        });
    }
}

#[test]
fn output_is_deterministic() {
    let plan = root().join("examples/testvik-helse");
    let (_a, html_a, md_a) = render(&plan, &[]);
    let (_b, html_b, md_b) = render(&plan, &[]);
    assert!(html_a == html_b, "HTML differs between two runs");
    assert!(md_a == md_b, "Markdown differs between two runs");
}

#[test]
fn documents_are_self_contained_and_in_the_plans_language() {
    let (_out, html, _) = render(&root().join("examples/fjordvik-oppvekst"), &[]);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nn\">"));
    for forbidden in ["<script", "<link", "src=\"http", "@import", "url("] {
        assert!(!html.contains(forbidden), "found {forbidden}");
    }
    let (_out, html, md) = render(&root().join("examples/testvik-helse"), &["--lang", "en"]);
    assert!(html.contains("<html lang=\"en\">"));
    assert!(md.contains("NOK\u{a0}"), "English money format");
    let (_out, html, _) = render(&root().join("examples/testvik-helse"), &[]);
    assert!(html.contains("19.\u{a0}juni 2025"), "Norwegian date");
    assert!(html.contains("\u{a0}kr"), "Norwegian money");
}

/// `--lang` changes what kplan writes, not the language of what the plan wrote: a bokmål plan in
/// English keeps its own text marked `lang="nb"` (screen readers, hyphenation), and a document in
/// the plan's own language marks nothing but `<html>`.
#[test]
fn plan_text_keeps_the_plans_language_under_another_lang() {
    let plan = root().join("examples/testvik-helse");
    let (_out, html, _) = render(&plan, &["--lang", "en"]);
    assert!(html.contains("<html lang=\"en\">"));
    for marked in [
        // The title, a goal's title, a need in a table cell, an indicator's source.
        "<h1><span lang=\"nb\">Strategisk kompetanseplan for helse og omsorg 2025–2028</span></h1>",
        "<h4><span class=\"id\">G1</span> <span lang=\"nb\">Helse og omsorg har nok sykepleiere og vernepleiere</span></h4>",
        "<th scope=\"row\"><span class=\"id\">B1</span> <span lang=\"nb\">Flere sykepleiere i hjemmetjenesten</span></th>",
        "Source: <span lang=\"nb\">HR- og lønnssystemet</span>",
        // Markdown: the summary and the mandate.
        "<div class=\"prose\"><div lang=\"nb\"><p>Testvik kommune",
        "<div class=\"prose\"><div lang=\"nb\"><p>Kommunedirektøren",
    ] {
        assert!(html.contains(marked), "not marked as bokmål: {marked}");
    }
    // kplan's own headings stay in the document's language, unmarked.
    assert!(html.contains(
        "<h2 id=\"step-1-heading\"><span class=\"step-number\">1</span> Organisation and involvement</h2>"
    ));
    let (_out, html, _) = render(&plan, &[]);
    assert_eq!(
        html.matches("lang=").count(),
        1,
        "only <html lang> in the plan's own language"
    );
    assert!(html.contains("<h1>Strategisk kompetanseplan for helse og omsorg 2025–2028</h1>"));
}

/// The wording a council reads in nynorsk: the measures' summary with strategy, target group and
/// funding, årsverk and scores with a decimal, an indicator's source after "Kjelde:" (its own
/// brackets kept, no second pair), intervals in words.
#[test]
fn the_nynorsk_document_reads_as_a_council_expects() {
    let (_out, html, md) = render(&root().join("examples/fjordvik-oppvekst"), &[]);
    for expected in [
        "| Tiltak | Strategi | Målgruppe | Periode | Status | Finansiering | Kostnad |",
        "| T2 Rekrutteringspakke for Strand skule og Nordvågen barnehage | Skaffe | Lærarar i grunnskulen | 2027–2029 | Planlagt | Kompetansefondet i Fjordvik kommune; Fjordvik kommune – driftsbudsjettet for oppvekst | 410\u{a0}000\u{a0}kr |",
        "| 6,0 → 4,0 årsverk | −2,0 |",
        "| Rektorar, styrarar og leiar for PPT | 31.\u{a0}desember 2025 | 6 | 6,0 |",
        "| 4,0 (2025) |",
        "barnehagane – Kjelde: BASIL (barnehagestatistikk) |",
        "- Heile planen blir revidert kvart fjerde år.\n- Tiltaksdelen blir rullert kvart andre år.",
        "| Stillingsgruppe | Per dato |",
        "| Arbeidsgjevarstrategi |",
        "## <span id=\"7-gjennomføring-oppfølging-og-evaluering\"></span>7 Gjennomføring, oppfølging og evaluering\n",
        "## Vedlegg A: Frå mål til tiltak",
    ] {
        assert!(md.contains(expected), "plan.md lacks {expected}");
    }
    assert!(html.contains("<td>Skaffe</td><td>Lærarar i grunnskulen</td>"));
    assert!(html.contains(
        "<th scope=\"col\">Finansiering</th><th scope=\"col\" class=\"num\">Kostnad</th>"
    ));
    assert!(
        !md.contains("))"),
        "an indicator's source in a second pair of brackets"
    );
}

#[test]
fn refuses_a_plan_with_errors_and_writes_nothing() {
    let out = tempfile::tempdir().unwrap();
    let assert = kplan()
        .args([
            "render",
            "--format",
            "html,md",
            "--today",
            "2026-11-27",
            "-o",
        ])
        .arg(out.path().join("doc"))
        .arg(root().join("tests/cmd/unknown-reference"))
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("unknown-reference"), "{stderr}");
    assert!(!out.path().join("doc").exists(), "nothing may be written");
}

#[test]
fn only_the_requested_format_is_written_and_no_temporary_files_remain() {
    let out = tempfile::tempdir().unwrap();
    kplan()
        .args([
            "render",
            "--today",
            "2026-11-27",
            "-q",
            "--format",
            "md",
            "-o",
        ])
        .arg(out.path())
        .arg(root().join("examples/testvik-helse"))
        .assert()
        .success();
    let mut names: Vec<_> = std::fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["plan.md"]);
}

/// `--format` takes several formats with commas; `all` (the default) is every document this
/// build writes: with the PDF writer, the PDF too.
#[test]
fn several_formats_with_commas_and_all_is_every_document() {
    let names = |args: &[&str]| {
        let out = tempfile::tempdir().unwrap();
        kplan()
            .args(["render", "--today", "2026-11-27", "-q", "-o"])
            .arg(out.path())
            .args(args)
            .arg(root().join("examples/fjordvik-oppvekst"))
            .assert()
            .success();
        let mut names: Vec<_> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        names
    };
    assert_eq!(names(&["--format", "md,html"]), ["plan.html", "plan.md"]);
    assert_eq!(
        names(&["--format", "html", "--format", "html"]),
        ["plan.html"]
    );
    if cfg!(feature = "pdf") {
        assert_eq!(names(&[]), ["plan.html", "plan.md", "plan.pdf"]);
        assert_eq!(names(&["--format", "md,pdf"]), ["plan.md", "plan.pdf"]);
    } else {
        assert_eq!(names(&[]), ["plan.html", "plan.md"]);
    }
}

#[test]
fn templates_folder_replaces_and_extends_built_ins() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::create_dir(templates.path().join("html")).unwrap();
    // Replace one part outright…
    std::fs::write(
        templates.path().join("html/step4.html.j2"),
        "<section id=\"step-4\"><h2>{{ t.steps.s4 }}</h2><p>EGEN TEKST</p></section>\n",
    )
    .unwrap();
    // …and extend the main template, keeping the built-in summary.
    std::fs::write(
        templates.path().join("plan.html.j2"),
        "{% extends \"builtin/plan.html.j2\" %}{% block summary %}<p>FORORD</p>{{ super() }}{% endblock %}",
    )
    .unwrap();
    let (_out, html, md) = render(
        &root().join("examples/testvik-helse"),
        &["--templates", templates.path().to_str().unwrap()],
    );
    assert!(html.contains("<p>EGEN TEKST</p>"));
    assert!(html.contains("<p>FORORD</p>"));
    assert!(
        html.contains("id=\"summary\""),
        "super() keeps the built-in summary"
    );
    assert!(
        !md.contains("EGEN TEKST"),
        "the Markdown templates are untouched"
    );
}

#[test]
fn a_broken_user_template_is_an_error_naming_it() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("plan.md.j2"),
        "{{ plan.no_such_field }}",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let assert = kplan()
        .args([
            "render",
            "--format",
            "html,md",
            "--today",
            "2026-11-27",
            "-o",
        ])
        .arg(out.path())
        .arg(root().join("examples/testvik-helse"))
        .args(["--templates", templates.path().to_str().unwrap()])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(stderr.contains("plan.md.j2"), "{stderr}");
    assert!(
        std::fs::read_dir(out.path()).unwrap().next().is_none(),
        "no document is written when any template fails"
    );
}

#[test]
fn small_groups_are_withheld() {
    let plan = common::base_plan();
    let workforce = plan.path().join("workforce.yaml");
    common::edit(
        &workforce,
        "employees: 20\n    fte: 14.5",
        "employees: 3\n    fte: 2.5",
    );
    common::edit(
        &workforce,
        "{ \"under 30\": 5, \"30 og over\": 15 }",
        "{ \"under 30\": 1, \"30 og over\": 2 }",
    );
    let (_out, html, md) = render(plan.path(), &[]);
    for doc in [&html, &md] {
        assert!(doc.contains("færre enn 5"), "the row is shown as withheld");
        assert!(!doc.contains("2,5"), "fte of a small group is not shown");
        assert!(!doc.contains("30 og over"), "its age bands are not shown");
    }
}

/// Text that would become markup, a link or template code if anything were passed through.
const PAYLOADS: &[&str] = &[
    "<script>alert('x')</script>",
    "\"><img src=x onerror=alert(1)>",
    "[klikk](javascript:alert(1))",
    "<a href=\"javascript:alert(1)\">lenke</a>",
    "{{ 7 * 7 }} {% if true %}evaluert{% endif %}",
    "<h1>to overskrifter</h1>\n\n# også markdown",
    "| a | b |\n|---|---|\n| <b>c</b> | d |",
    "<!-- kommentar --> </table></section>",
];

#[test]
fn no_plan_content_becomes_markup_or_template_code() {
    for payload in PAYLOADS {
        let plan = common::injection_plan(payload);
        let (_out, html, md) = render(plan.path(), &[]);
        let body = &html[html.find("<body>").unwrap()..];
        for bad in [
            "<script",
            "<img",
            "href=\"javascript",
            "<b>",
            "<!-- kommentar",
            "</table></section>",
        ] {
            assert!(
                !body.contains(bad),
                "HTML contains {bad} for payload {payload:?}"
            );
        }
        assert_eq!(
            body.matches("<h1").count(),
            1,
            "one h1 for payload {payload:?}"
        );
        if payload.contains("{{") {
            assert!(
                body.contains("{{ 7 * 7 }}"),
                "template code must stay literal text"
            );
            assert!(
                !body.contains(">49<") && !md.contains(" 49 "),
                "template code was evaluated"
            );
        }
        // In Markdown, markup characters from plan text are backslash-escaped.
        let md_unescaped = |needle: &str| {
            md.match_indices(needle)
                .any(|(i, _)| i == 0 || md.as_bytes()[i - 1] != b'\\')
        };
        for bad in [
            "<script",
            "<img",
            "<b>",
            "<a href",
            "<h1",
            "<!--",
            "](javascript",
        ] {
            assert!(
                !md_unescaped(bad),
                "Markdown contains {bad} for payload {payload:?}"
            );
        }
        assert_eq!(
            md.lines().filter(|l| l.starts_with("# ")).count(),
            1,
            "one title for payload {payload:?}"
        );
    }
}

#[test]
fn html_in_an_id_is_refused_by_the_checks() {
    let plan = common::base_plan();
    common::edit(
        &plan.path().join("ambitions.yaml"),
        "id: A1",
        "id: '<script>A1'",
    );
    common::edit(
        &plan.path().join("goals.yaml"),
        "ambition: A1",
        "ambition: '<script>A1'",
    );
    kplan()
        .args(["render", "--today", "2026-11-27"])
        .arg(plan.path())
        .assert()
        .code(1)
        .stderr(predicates::str::contains("invalid-id"));
}

#[test]
fn a_missing_templates_folder_is_an_error() {
    kplan()
        .args([
            "render",
            "--today",
            "2026-11-27",
            "--templates",
            "no/such/folder",
        ])
        .arg(root().join("examples/testvik-helse"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no/such/folder"));
}

#[test]
fn markdown_blocks_can_be_overridden() {
    let templates = tempfile::tempdir().unwrap();
    std::fs::write(
        templates.path().join("plan.md.j2"),
        "{% extends \"builtin/plan.md.j2\" %}{% block step4 %}## EGET KAPITTEL\n{% endblock %}",
    )
    .unwrap();
    let (_out, html, md) = render(
        &root().join("examples/testvik-helse"),
        &["--templates", templates.path().to_str().unwrap()],
    );
    assert!(md.contains("## EGET KAPITTEL"));
    assert!(
        md.lines()
            .any(|l| l.starts_with("## ") && l.ends_with("5 Kompetanse- og bemanningsanalyse")),
        "other blocks stay"
    );
    assert!(!html.contains("EGET KAPITTEL"));
}

/// The data of `plan` as `--dump-context` prints it.
fn context(plan: &Path) -> serde_json::Value {
    let out = kplan()
        .args(["render", "--today", "2026-11-27", "--dump-context"])
        .arg(plan)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn need<'a>(context: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    context["needs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == id)
        .unwrap_or_else(|| panic!("need {id}"))
}

/// Issue 11's example: nurses with a gap of 6 and departures 3, 4, 3, 4 over 2025–2028 must
/// recruit 20; measures closing 6 leave 14 uncovered, and the document says so.
#[test]
fn the_gross_recruitment_need_is_in_the_context_and_the_document() {
    let dir = common::base_plan();
    let needs = dir.path().join("needs.yaml");
    common::edit(&needs, "strategy: develop", "strategy: acquire");
    let workforce = dir.path().join("workforce.yaml");
    common::edit(
        &workforce,
        "departures: { 2025: 2 }",
        "departures: { 2025: 3, 2026: 4, 2027: 3, 2028: 4 }",
    );
    common::edit(
        &dir.path().join("measures.yaml"),
        "strategy: develop",
        "strategy: acquire",
    );
    let data = context(dir.path());
    let b1 = need(&data, "B1");
    assert_eq!(
        [
            &b1["gap"],
            &b1["replacement"],
            &b1["recruitment"],
            &b1["closed"],
            &b1["shortfall"]
        ],
        [6.0, 14.0, 20.0, 6.0, 14.0]
            .map(serde_json::Value::from)
            .each_ref()
    );
    assert_eq!(b1["replace_departures"], true);
    let (_out, html, md) = render(dir.path(), &[]);
    for (what, doc) in [("HTML", &html), ("Markdown", &md)] {
        assert!(doc.contains("(6 + 14)"), "{what}: recruitment 20 = 6 + 14");
        assert!(doc.contains("6 av 20 personer"), "{what}: 6 of 20 covered");
        assert!(!doc.contains("6 av 6"), "{what}");
    }
    assert!(
        md.contains("| 2028 | 4 | 10 | 6 | 14 | 20 | 6 | **14** |"),
        "the staffing-needs row"
    );
}

/// Testvik's B2: 12 + 14 = 26 helsefagarbeidere, covered by measures (12) and own apprentices
/// (L1: 3 + 3 + 4 + 4 = 14); the summary adds up the needs in persons (B1 20, B2 26, B5 12).
#[test]
fn own_apprentices_cover_testvik_s_b2_and_the_summary_adds_up() {
    let data = context(&root().join("examples/testvik-helse"));
    let b2 = need(&data, "B2");
    let got: Vec<&serde_json::Value> = [
        "recruitment",
        "closed",
        "apprentices",
        "covered",
        "shortfall",
    ]
    .iter()
    .map(|f| &b2[*f])
    .collect();
    assert_eq!(
        got,
        [26.0, 12.0, 14.0, 26.0, 0.0]
            .map(serde_json::Value::from)
            .iter()
            .collect::<Vec<_>>()
    );
    let entries = data["apprentices"]["entries"].as_array().unwrap();
    assert_eq!(entries[0]["counts_toward"]["id"], "B2");
    assert!(
        entries[1]["counts_toward"].is_null(),
        "L2: no need in hjemmetjenesten"
    );
    let places: Vec<(i64, i64, i64)> = data["apprentices"]["years"]
        .as_array()
        .unwrap()
        .iter()
        .map(|y| {
            (
                y["year"].as_i64().unwrap(),
                y["places"].as_i64().unwrap(),
                y["recommended"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            (2025, 16, 16),
            (2026, 17, 16),
            (2027, 18, 16),
            (2028, 18, 16)
        ]
    );
    let r = &data["summary"]["recruitment"];
    assert_eq!(
        [
            &r["gap"],
            &r["departures"],
            &r["recruitment"],
            &r["covered"],
            &r["shortfall"]
        ],
        [24.0, 34.0, 58.0, 58.0, 0.0]
            .map(serde_json::Value::from)
            .each_ref()
    );
    assert_eq!(r["incomplete"], false);
}

/// Item 2 of issue 12: a rejected cost is shown with its measure but counted in no total;
/// `to-apply` counts like `applied`. Item 1: a yearly deadline gives one calendar entry per plan
/// year, a dated one its own day, in date order. Item 3: education terms get their own part.
#[test]
fn rejected_costs_count_nowhere_and_the_grant_calendar_and_education_terms_are_rendered() {
    let dir = common::base_plan();
    common::edit(
        &dir.path().join("measures.yaml"),
        "      - { year: 2025, amount: 150000, funding: ktt, status: granted }",
        "      - { year: 2025, amount: 150000, funding: ktt, status: granted }\n      \
         - { year: 2026, amount: 90000, funding: ktt, status: rejected }\n      \
         - { year: 2027, amount: 40000, funding: ktt, status: to-apply }\n    \
         study_leave: partly-paid\n    binding_months: 12\n    \
         selection: Assistenter med minst fem års praksis.",
    );
    common::append(
        &dir.path().join("funding.yaml"),
        "    application_deadline: \"04-01\"\n    report_deadline: 2027-02-01\n",
    );
    let data = context(dir.path());
    let budget = &data["budget"];
    assert_eq!(
        budget["total"], 210000,
        "granted 150 000 + to-apply 40 000 + the base's mobilise measure, 20 000 budgeted"
    );
    assert_eq!(budget["rejected"], 90000);
    let by_status: Vec<(String, i64)> = budget["by_status"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["status"].as_str().unwrap().to_owned(),
                s["amount"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        by_status,
        [
            ("budgeted".to_owned(), 20000),
            ("to-apply".to_owned(), 40000),
            ("applied".to_owned(), 0),
            ("granted".to_owned(), 150000),
        ]
    );
    assert_eq!(data["measures"][0]["total_cost"], 190000);
    assert_eq!(data["measures"][0]["costs"].as_array().unwrap().len(), 3);
    let calendar: Vec<(String, String)> = budget["calendar"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["date"].as_str().unwrap().to_owned(),
                d["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let want = [
        ("2025-04-01", "application"),
        ("2026-04-01", "application"),
        ("2027-02-01", "report"),
        ("2027-04-01", "application"),
        ("2028-04-01", "application"),
    ];
    assert_eq!(calendar, want.map(|(d, k)| (d.to_owned(), k.to_owned())));
    let (_out, html, md) = render(dir.path(), &[]);
    for (what, doc) in [("HTML", &html), ("Markdown", &md)] {
        assert!(
            doc.contains("Avslått"),
            "{what}: the rejected cost is shown"
        );
        assert!(doc.contains("Tilskuddskalender"), "{what}");
        assert!(doc.contains("Regler for utdanningsstøtte"), "{what}");
        assert!(doc.contains("Delvis lønnet permisjon"), "{what}");
        assert!(doc.contains("12 måneder"), "{what}");
    }
    let report = md
        .lines()
        .find(|l| l.ends_with("| Rapporteringsfrist |"))
        .expect("the report deadline's row");
    assert!(
        report.contains("februar") && report.contains("2027"),
        "{report}"
    );
}

/// The base plan with three warnings and a note left by the checks: a measure without costs
/// (its own words are plain), so a funding source nothing uses, an indicator without a baseline
/// (its words name the field `baseline`, so the rule's plain sentence stands instead), and no
/// mobilise strategy (a note).
fn plan_with_remarks() -> tempfile::TempDir {
    let plan = common::base_plan();
    let p = plan.path();
    common::edit(
        &p.join("measures.yaml"),
        "    costs:\n      - { year: 2025, amount: 150000, funding: ktt, status: granted }\n",
        "",
    );
    common::edit(
        &p.join("indicators.yaml"),
        "    baseline: { year: 2024, value: 68 }\n",
        "",
    );
    std::fs::remove_file(p.join("strategy-mobilise.yaml")).unwrap();
    plan
}

/// Issue 14: the remarks of the checks are an appendix after A, in the document's language and
/// without rule codes; the summary says how many there are and links to it.
#[test]
fn remarks_are_an_appendix_in_plain_words_without_rule_codes() {
    let plan = plan_with_remarks();
    let (_out, html, md) = render(plan.path(), &[]);
    for doc in [&html, &md] {
        assert!(doc.contains("Vedlegg B: Merknader"), "{doc}");
        assert!(doc.contains("Tiltak T1 har ingen kostnader."));
        assert!(
            doc.contains("Indikator uten utgangspunkt eller målverdi. Gjelder indikator I1."),
            "the rule's sentence replaces words that name a field"
        );
        assert!(doc.contains("Bør følges opp") && doc.contains("Til orientering"));
        assert!(doc.contains(
            "Et element er ført opp i planen, men ingenting viser til det. Gjelder finansieringskilde ktt."
        ));
        assert!(doc.contains("Kontrollen av planen har 4 merknader, se "));
        for code in [
            "measure-without-cost",
            "indicator-incomplete",
            "strategy-balance",
            "unused",
            "`baseline`",
            "Laget med kplan",
        ] {
            assert!(!doc.contains(code), "{code} in the document");
        }
    }
    assert!(
        html.contains("<a href=\"#remarks\">Vedlegg B: Merknader</a>"),
        "in the TOC"
    );
    assert!(html.contains("se <a href=\"#remarks\">vedlegg B</a>."));
    assert!(md.contains("se [vedlegg B](#vedlegg-b-merknader)."));
    // The remarks come after appendix A and before the colophon.
    let (a, b) = (
        html.find("id=\"appendix-a\"").unwrap(),
        html.find("id=\"remarks\"").unwrap(),
    );
    assert!(a < b && b < html.find("class=\"colophon\"").unwrap());
    // In English and nynorsk too.
    let (_out, html, _) = render(plan.path(), &["--lang", "en"]);
    assert!(html.contains("Appendix B: Remarks"));
    assert!(html.contains("Measure T1 has no costs."));
    // The English words name no field here, so they stand as they are.
    assert!(html.contains("Indicator I1 has no baseline."));
    let (_out, html, _) = render(plan.path(), &["--lang", "nn"]);
    assert!(html.contains("Bør følgjast opp"));
    assert!(html.contains("Tiltak T1 har ingen kostnader."));
}

#[test]
fn show_findings_false_leaves_the_remarks_out() {
    let plan = plan_with_remarks();
    common::append(
        &plan.path().join("kplan.toml"),
        "\n[render]\nshow_findings = false\n",
    );
    let (_out, html, md) = render(plan.path(), &[]);
    for doc in [&html, &md] {
        assert!(!doc.contains("Merknader"), "{doc}");
        assert!(!doc.contains("Kontrollen av planen"));
        assert!(!doc.contains("ingen kostnader"));
    }
    // `render` says the document leaves them out, and `check` still has them.
    let out = tempfile::tempdir().unwrap();
    let assert = kplan()
        .args([
            "render",
            "--format",
            "html,md",
            "--today",
            "2026-11-27",
            "-o",
        ])
        .arg(out.path())
        .arg(plan.path())
        .assert()
        .success();
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    assert!(
        stderr.contains("kontrollen har 3 advarsler og 1 råd, som dokumentet ikke viser"),
        "{stderr}"
    );
    // Appendix B then keeps its letter.
    let (_out, html, _) = render(plan.path(), &["--since", plan.path().to_str().unwrap()]);
    assert!(html.contains("Vedlegg B: Endringer siden forrige versjon"));
}

#[test]
fn with_remarks_the_changes_are_appendix_c() {
    let plan = plan_with_remarks();
    let (_out, html, md) = render(plan.path(), &["--since", plan.path().to_str().unwrap()]);
    for doc in [&html, &md] {
        assert!(doc.contains("Vedlegg B: Merknader"));
        assert!(
            doc.contains("Vedlegg C: Endringer siden forrige versjon"),
            "{doc}"
        );
        assert!(!doc.contains("Vedlegg B: Endringer"));
    }
    // A plan the checks have nothing to say about: no appendix, and the summary says so.
    let (_out, html, md) = render(&root().join("examples/testvik-helse"), &[]);
    for doc in [&html, &md] {
        assert!(doc.contains("Kontrollen av planen fant ingen merknader."));
        assert!(!doc.contains("Vedlegg B: Merknader"));
    }
}

#[test]
fn the_generator_line_is_the_colophon_at_the_end() {
    let (_out, html, md) = render(&root().join("examples/testvik-helse"), &[]);
    let colophon = "Laget 27.\u{a0}november 2026 med kplan ";
    assert!(html.contains(colophon), "HTML colophon");
    assert!(md.contains(colophon), "Markdown colophon");
    assert!(
        html.rfind(colophon) > html.rfind("</main>"),
        "after the document"
    );
    assert!(
        md.trim_end()
            .ends_with(&format!("{colophon}{}.", env!("CARGO_PKG_VERSION")))
    );
}

/// Issue 14: appendix B in plain words, on the example. A copy of testvik-helse where need B10
/// got a new id (and measure T14 follows it), a cost of T1 grew and the version went up is
/// rendered with `--since` the example itself.
#[test]
fn appendix_b_reads_as_plain_language() {
    let example = root().join("examples/testvik-helse");
    let plan = tempfile::tempdir().unwrap();
    common::copy_tree(&example, plan.path());
    let p = plan.path();
    common::edit(
        &p.join("5-analyse.yaml"),
        "  - id: B10\n",
        "  - id: B-veiledning\n",
    );
    common::edit(
        &p.join("6-tiltak.yaml"),
        "{ need: B10, closes: 4 }",
        "{ need: B-veiledning, closes: 4 }",
    );
    common::edit(
        &p.join("6-tiltak.yaml"),
        "{ year: 2027, amount: 220000, funding: egen-ramme, status: budgeted }",
        "{ year: 2027, amount: 250000, funding: egen-ramme, status: budgeted }",
    );
    common::edit(
        &p.join("kplan.toml"),
        "version = \"2026.2\"",
        "version = \"2026.3\"",
    );
    let (_out, html, md) = render(p, &["--since", example.to_str().unwrap()]);
    let appendix = |doc: &str, start: &str| doc[doc.find(start).unwrap()..].to_owned();
    let (html, md) = (
        appendix(&html, "id=\"changes\""),
        appendix(&md, "Endringer siden forrige versjon\n"),
    );
    assert!(html.contains(
        "<tr><th scope=\"row\">Beløp (kostnad 2027, Driftsrammen for helse og omsorg (kompetansemidler))</th>\
         <td><del>220\u{a0}000\u{a0}kr</del> → <ins>250\u{a0}000\u{a0}kr</ins></td></tr>"
    ));
    assert!(md.contains(
        "| Beløp (kostnad 2027, Driftsrammen for helse og omsorg (kompetansemidler)) | 220\u{a0}000\u{a0}kr | 250\u{a0}000\u{a0}kr |"
    ));
    for doc in [&html, &md] {
        assert!(
            doc.contains("siden versjon 2026.2, vedtatt 19.\u{a0}juni 2025 ("),
            "the old side is named by its version and adoption:\n{doc}"
        );
        assert!(doc.contains("B10") && doc.contains("B-veiledning"));
        assert!(doc.contains("Vernepleiere med avsatt tid til veiledning av miljøarbeidere"));
        assert!(
            doc.contains("1 med ny id, 2 endret"),
            "the version and T1: {doc}"
        );
        // No programmer notation, and T14's reference follows the new id without a change.
        for artefact in ["costs[", ".amount", "220000", "T14", "`"] {
            assert!(!doc.contains(artefact), "{artefact} in appendix B:\n{doc}");
        }
    }
}

// ---------------------------------------------------------------- the council parts

/// The base plan with `manifest` added to its `kplan.toml` (after `[plan.revision]`, so only
/// new tables belong there) and `files` (path, content) added to the folder.
fn council_plan(manifest: &str, files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let plan = common::base_plan();
    common::append(&plan.path().join("kplan.toml"), manifest);
    for (path, content) in files {
        let path = plan.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    plan
}

/// Where `needle` first is in `text`; panics if it is not there.
fn at(text: &str, needle: &str) -> usize {
    text.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} is not in the document"))
}

#[test]
fn the_council_parts_come_where_a_council_member_looks_for_them() {
    let (_out, html, md) = render(&root().join("examples/testvik-helse"), &[]);
    // Title block with the coat of arms, contents, foreword, decision, summary; the consultation
    // in step 2, after the ambitions; the free appendices after appendix A.
    let order = [
        "<img class=\"logo\"",
        "<nav class=\"toc\"",
        "<section id=\"foreword\"",
        "<section id=\"decision\"",
        "<section id=\"summary\"",
        "<section id=\"step-2\"",
        "<h3 id=\"step-2-consultation\">Høring</h3>",
        "<section id=\"step-3\"",
        "<section id=\"appendix-a\"",
        "<section id=\"appendix-b\"",
    ];
    let places: Vec<usize> = order.iter().map(|n| at(&html, n)).collect();
    assert!(places.is_sorted(), "{order:?} at {places:?}");
    for link in [
        "<li><a href=\"#foreword\">Forord</a></li>",
        "<li><a href=\"#decision\">Vedtak</a></li>",
        "<li><a href=\"#step-2-consultation\">Høring</a></li>",
        "<li class=\"appendix\"><a href=\"#appendix-b\">Vedlegg B: Mandat for arbeidsgruppen</a></li>",
    ] {
        at(&html, link);
    }
    at(
        &html,
        "<p class=\"signature-date\">26.\u{a0}mai 2025</p>\n<p><span class=\"signature-name\">Hanne Kristiansen Lie</span><br>Kommunedirektør</p>",
    );
    at(
        &html,
        "<p>Kommunestyret fattet følgende vedtak 19.\u{a0}juni 2025 i sak PS 45&#x2f;25:</p>\n<blockquote class=\"decision prose\"><ol>",
    );
    at(&html, "<dt>Høringsfrist</dt><dd>5.\u{a0}mai 2025</dd>");
    let order = [
        "- [Forord](#forord)\n- [Vedtak](#vedtak)\n- [Sammendrag](#sammendrag)",
        "  - [Høring](#høring)",
        "- [Vedlegg B: Mandat for arbeidsgruppen](#vedlegg-b-mandat-for-arbeidsgruppen)",
        "## Forord\n",
        "**Hanne Kristiansen Lie**\\\nKommunedirektør\n",
        "## Vedtak\n\nKommunestyret fattet følgende vedtak 19.\u{a0}juni 2025 i sak PS 45/25:\n\n> 1. Kommunestyret vedtar",
        "## Sammendrag",
        "### Høring\n\n- Høringsfrist: 5.\u{a0}mai 2025\n- Høringsinstanser:\n  - Fagforbundet\n",
        "</span>3 Overordnede mål og føringer\n",
        "## Vedlegg B: Mandat for arbeidsgruppen\n\nKommunedirektøren ga",
        "### Bakgrunn",
    ];
    let places: Vec<usize> = order.iter().map(|n| at(&md, n)).collect();
    assert!(places.is_sorted(), "{order:?} at {places:?}");
    // The coat of arms is a picture for the HTML page only.
    assert!(!md.contains("data:image"));
    // Nynorsk.
    let (_out, html, md) = render(&root().join("examples/fjordvik-oppvekst"), &[]);
    at(&html, "<h2 id=\"foreword-heading\">Føreord</h2>");
    at(
        &html,
        "Kommunestyret gjorde slikt vedtak 18.\u{a0}juni 2026 i sak PS 38&#x2f;26:",
    );
    at(&html, "<h3 id=\"step-2-consultation\">Høyring</h3>");
    at(
        &md,
        "- Høyringsfrist: 27.\u{a0}april 2026\n- Høyringsinstansar:",
    );
    at(&md, "#### Innspel i høyringa");
}

#[test]
fn before_adoption_the_decision_text_is_a_proposal() {
    let plan = common::base_plan();
    let manifest = plan.path().join("kplan.toml");
    common::edit(
        &manifest,
        "case = \"PS 88/24\"",
        "case = \"PS 88/24\"\ndecision = \"Kommunestyret vedtar planen.\"",
    );
    let (_out, html, md) = render(plan.path(), &[]);
    at(&html, "<h2 id=\"decision-heading\">Vedtak</h2>");
    at(
        &html,
        "Kommunestyret fattet følgende vedtak 12.\u{a0}desember 2024 i sak PS 88&#x2f;24:",
    );
    at(&md, "## Vedtak");
    common::edit(
        &manifest,
        "status = \"adopted\"",
        "status = \"consultation\"",
    );
    for (lang, heading) in [
        ("nb", "Forslag til vedtak"),
        ("nn", "Framlegg til vedtak"),
        ("en", "Proposed decision"),
    ] {
        let (_out, html, md) = render(plan.path(), &["--lang", lang]);
        at(
            &html,
            &format!("<li><a href=\"#decision\">{heading}</a></li>"),
        );
        at(
            &html,
            &format!("<h2 id=\"decision-heading\">{heading}</h2>\n<blockquote"),
        );
        at(
            &md,
            &format!("## {heading}\n\n> Kommunestyret vedtar planen."),
        );
        for adopted in [
            "fattet følgende",
            "gjorde slikt",
            "made the following decision",
        ] {
            assert!(!html.contains(adopted), "{lang}: {adopted}");
        }
    }
}

#[test]
fn appendices_are_lettered_from_b_with_their_headings_below_their_own() {
    let plan = council_plan(
        "\n[[appendices]]\nfile = \"vedlegg/mandat.md\"\n\n[[appendices]]\ntitle = \"Kartlegging av kompetanse\"\nfile = \"vedlegg/Kartlegging.MD\"\n",
        &[
            (
                "vedlegg/mandat.md",
                b"# Mandat for arbeidsgruppen\n\nInnledning.\n\n## Oppdrag\n\nTekst.\n",
            ),
            (
                "vedlegg/Kartlegging.MD",
                b"### Metode\n\nSp\xc3\xb8rreskjema.\n\n###### Utvalg\n\nAlle ansatte.\n",
            ),
        ],
    );
    // The appendices are no plan files, and no `ignored-file` note fires for them.
    kplan()
        .args(["check", "--today", "2026-11-27", "--format", "json"])
        .arg(plan.path())
        .assert()
        .success()
        .stdout(predicates::str::contains("\"diagnostics\": []"));
    let (_out, html, md) = render(plan.path(), &[]);
    at(
        &html,
        "<li class=\"appendix\"><a href=\"#appendix-b\">Vedlegg B: Mandat for arbeidsgruppen</a></li>\n<li class=\"appendix\"><a href=\"#appendix-c\">Vedlegg C: Kartlegging av kompetanse</a></li>",
    );
    // The heading that gave the title is not repeated; the others move below the appendix's h2,
    // with no level skipped.
    at(
        &html,
        "<h2 id=\"appendix-b-heading\">Vedlegg B: Mandat for arbeidsgruppen</h2>\n<div class=\"prose\"><p>Innledning.</p>\n<h3>Oppdrag</h3>",
    );
    at(
        &html,
        "<h2 id=\"appendix-c-heading\">Vedlegg C: Kartlegging av kompetanse</h2>\n<div class=\"prose\"><h3>Metode</h3>\n<p>Spørreskjema.</p>\n<h4>Utvalg</h4>",
    );
    assert_eq!(html.matches("Mandat for arbeidsgruppen</h").count(), 1);
    at(
        &md,
        "- [Vedlegg B: Mandat for arbeidsgruppen](#vedlegg-b-mandat-for-arbeidsgruppen)\n- [Vedlegg C: Kartlegging av kompetanse](#vedlegg-c-kartlegging-av-kompetanse)",
    );
    at(
        &md,
        "## Vedlegg B: Mandat for arbeidsgruppen\n\nInnledning.\n\n### Oppdrag\n\nTekst.",
    );
    at(
        &md,
        "## Vedlegg C: Kartlegging av kompetanse\n\n### Metode\n\nSpørreskjema.\n\n#### Utvalg",
    );
    let (_out, html, _md) = render(plan.path(), &["--lang", "en"]);
    at(
        &html,
        "<h2 id=\"appendix-c-heading\">Appendix C: <span lang=\"nb\">Kartlegging av kompetanse</span></h2>",
    );
}

/// A PNG of one transparent pixel.
const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\rIDATx\x9cc\0\x01\0\0\x05\0\x01\r\n-\xb4\0\0\0\0IEND\xaeB`\x82";

#[test]
fn a_png_logo_is_embedded_with_the_municipality_s_coat_of_arms_as_its_text() {
    let plan = council_plan("\n[render]\nlogo = \"våpen.png\"\n", &[("våpen.png", PNG)]);
    let (_out, html, md) = render(plan.path(), &[]);
    at(
        &html,
        "<img class=\"logo\" src=\"data:image&#x2f;png;base64,iVBORw0KGgo",
    );
    at(&html, "alt=\"Kommunevåpenet til Testvik kommune\">");
    assert!(!md.contains("data:image"));
    let (_out, html, _md) = render(plan.path(), &["--lang", "en"]);
    at(&html, "alt=\"Coat of arms of Testvik kommune\">");
    // Without a logo, no picture at all.
    let base = common::base_plan();
    let (_out, html, _md) = render(base.path(), &[]);
    assert!(!html.contains("<img"));
}
