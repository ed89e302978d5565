//! Withheld means withheld: a plan with a small workforce row beside its unit's total row, and
//! a small departures cell in a shown row. No figure of the withheld rows, nor the small cell,
//! may reach the HTML, the Markdown, `--dump-context`, `kplan check --format json`, `kplan diff`
//! (text, Markdown, JSON) or appendix B.

use assert_cmd::Command;

mod common;

fn kplan() -> Command {
    let mut cmd = Command::cargo_bin("kplan").unwrap();
    cmd.env_remove("KPLAN_TODAY")
        .env_remove("GITHUB_ACTIONS")
        .env("NO_COLOR", "1");
    cmd
}

/// The base plan with a role `sykepleier` of 3 persons (withheld) in the same unit as the
/// assistants (20, shown, 2 departures in 2025: a small cell), and the unit's total row (23,
/// withheld: 23 − 20 would give the 3 away). The age bands of the small row add up to 2, not 3
/// (a `workforce-mismatch` about a withheld row).
fn plan(small_fte: &str, total_fte: &str, departures: &str) -> tempfile::TempDir {
    let dir = common::base_plan();
    common::edit(
        &dir.path().join("roles.yaml"),
        "roles:\n",
        "roles:\n  - id: sykepleier\n    name: Sykepleiere\n",
    );
    let workforce = dir.path().join("workforce.yaml");
    common::edit(&workforce, "departures: { 2025: 2 }", departures);
    common::edit(
        &workforce,
        "workforce:\n",
        &format!(
            "workforce:
  - unit: hjemmetjenesten
    as_of: 2024-12-31
    employees: 23
    fte: {total_fte}
    sick_leave: 11.3
    unwanted_part_time: 41.7
    vacancies: 2.35
  - unit: hjemmetjenesten
    role: sykepleier
    as_of: 2024-12-31
    employees: 3
    fte: {small_fte}
    sick_leave: 13.7
    unwanted_part_time: 66.6
    vacancies: 0.65
    age: {{ \"under 30\": 1, \"30 og over\": 1 }}
    departures: {{ 2026: 1 }}
"
        ),
    );
    dir
}

/// Figures of the withheld rows and the small cell, as the documents (nb) or JSON would write
/// them.
const WITHHELD: &[&str] = &[
    "2,75", "2.75", "17,25", "17.25", "13,7", "13.7", "11,3", "11.3", "2,25", "2.25", "17,75",
    "17.75", "41,7", "41.7", "2,35", "2.35", "66,6", "66.6", "0,65", "0.65",
];

fn assert_clean(what: &str, text: &str) {
    for figure in WITHHELD {
        assert!(!text.contains(figure), "{what} contains {figure}");
    }
}

fn stdout(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// Everything a JSON finding says in words: message, label, help and its related messages.
fn said(f: &serde_json::Value) -> String {
    let related = f["related"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["message"]);
    [&f["message"], &f["label"], &f["help"]]
        .into_iter()
        .chain(related)
        .map(|v| v.to_string())
        .collect()
}

#[test]
fn documents_and_context_hold_no_withheld_figure() {
    let dir = plan("2.75", "17.25", "departures: { 2025: 2 }");
    let (_out, html, md) = common::render_documents(dir.path(), &[]);
    for (what, doc) in [("HTML", &html), ("Markdown", &md)] {
        assert_clean(what, doc);
        assert!(!doc.contains("has 3 persons"), "{what} states the size");
        assert!(!doc.contains("add up to 2"), "{what} states the bands' sum");
        assert!(
            !doc.contains("til sammen 2"),
            "{what} states the bands' sum"
        );
        assert!(
            doc.contains("under 5"),
            "{what} shows the small cell as under 5"
        );
    }
    assert!(!md.contains("| 2025 | 2 |"), "the small departures cell");
    assert!(
        !html.contains("<td class=\"num\">2</td>"),
        "the small departures cell"
    );

    let context = stdout(
        kplan()
            .args(["render", "--today", "2026-11-27", "--dump-context"])
            .arg(dir.path()),
    );
    assert_clean("the context", &context);
    let context: serde_json::Value = serde_json::from_str(&context).unwrap();
    let rows = context["workforce"][0]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    for (row, withheld) in rows.iter().zip([true, true, false]) {
        assert_eq!(row["withheld"], withheld, "{row}");
        if withheld {
            for field in [
                "employees",
                "fte",
                "sick_leave",
                "position_size",
                "unwanted_part_time",
                "vacancies",
            ] {
                assert!(row[field].is_null(), "{field} of {row}");
            }
        }
        // Age bands and departures are published per unit only.
        assert!(
            row.get("age").is_none() && row.get("departures").is_none(),
            "{row}"
        );
    }
    assert_eq!(
        context["workforce"][0]["departures"],
        serde_json::json!([{ "label": "2025", "persons": null }])
    );
    // The totals add up the shown row only (20 persons, 14.5 årsverk), and say that they leave
    // withheld rows out; the unit has one counted row, so no totals row of its own.
    let totals = &context["workforce_totals"];
    assert_eq!(totals["employees"], 20, "{totals}");
    assert_eq!(totals["fte"], 14.5, "{totals}");
    assert_eq!(totals["position_size"], 72.5, "{totals}");
    assert!(totals["vacancies"].is_null(), "{totals}");
    assert_eq!(totals["incomplete"], true, "{totals}");
    assert!(context["workforce"][0]["totals"].is_null());
    for (what, doc) in [("HTML", &html), ("Markdown", &md)] {
        assert!(
            doc.contains("(utenom grupper som er holdt tilbake)"),
            "{what} notes that the totals leave withheld rows out"
        );
    }
    let bars = &context["charts"]["departures"][0]["bars"];
    assert_eq!(bars[0]["value"], serde_json::Value::Null, "{bars}");
    assert_eq!(bars[0]["value_label"], "under 5");
}

/// The PDF prints the withheld rows and the small cell as the HTML does, and no figure of them:
/// not in its text, nor in a chart's alternative text (the PDF is read back with poppler).
#[cfg(feature = "pdf")]
#[test]
fn the_pdf_holds_no_withheld_figure() {
    let dir = plan("2.75", "17.25", "departures: { 2025: 2 }");
    let out = tempfile::tempdir().unwrap();
    kplan()
        .args([
            "render",
            "--today",
            "2026-11-27",
            "-q",
            "--format",
            "pdf",
            "-o",
        ])
        .arg(out.path())
        .arg(dir.path())
        .assert()
        .success();
    let pdf = out.path().join("plan.pdf");
    let bytes = std::fs::read(&pdf).unwrap();
    // Alternative texts are UTF-16 in hex; look for the figures there as well.
    let hex = |s: &str| {
        s.encode_utf16()
            .map(|u| format!("{u:04X}"))
            .collect::<String>()
    };
    let raw = String::from_utf8_lossy(&bytes).to_uppercase();
    for figure in WITHHELD {
        assert!(!raw.contains(&hex(figure)), "the PDF contains {figure}");
    }
    let text = match std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
    {
        Ok(out) if out.status.success() => String::from_utf8(out.stdout).unwrap(),
        _ => {
            assert!(
                std::env::var_os("KPLAN_REQUIRE_POPPLER").is_none(),
                "KPLAN_REQUIRE_POPPLER is set but pdftotext is not installed"
            );
            eprintln!("poppler-utils is not installed: the PDF's text is not read back");
            return;
        }
    };
    assert_clean("PDF", &text);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("færre enn 5"),
        "the rows are shown as withheld"
    );
    assert!(
        words.contains("under 5"),
        "the small cell is shown as under 5"
    );
    assert!(
        words.contains("(utenom grupper som er holdt tilbake)"),
        "the totals say that they leave withheld rows out"
    );
}

#[test]
fn check_json_states_no_withheld_figure() {
    let dir = plan("2.75", "17.25", "departures: { 2025: 2 }");
    let json = stdout(
        kplan()
            .args(["check", "--today", "2026-11-27", "--format", "json"])
            .arg(dir.path()),
    );
    assert_clean("check --format json", &json);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = report["diagnostics"].as_array().unwrap();
    let about_rows: Vec<_> = findings
        .iter()
        .filter(|f| ["small-group", "workforce-mismatch"].contains(&f["code"].as_str().unwrap()))
        .collect();
    assert_eq!(about_rows.len(), 2, "{findings:#?}");
    for f in about_rows {
        // Whatever is said about the withheld row, no number but the threshold (5).
        let said = said(f);
        assert!(
            !said.replace('5', "").chars().any(|c| c.is_ascii_digit()),
            "a figure in {said}"
        );
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains("hjemmetjenesten (sykepleier)"),
            "{f}"
        );
    }
}

#[test]
fn diff_states_no_withheld_figure() {
    let old = plan("2.75", "17.25", "departures: { 2025: 2 }");
    let new = plan("2.25", "17.75", "departures: { 2025: 3 }");
    for format in ["text", "md", "json"] {
        let text = stdout(
            kplan()
                .args(["diff", "--format", format])
                .arg(old.path())
                .arg(new.path()),
        );
        assert!(!text.is_empty());
        assert_clean(&format!("kplan diff --format {format}"), &text);
        assert!(
            !text.contains("2 → 3"),
            "the small departures cell in {format}: {text}"
        );
    }
    let (_out, html, md) =
        common::render_documents(new.path(), &["--since", old.path().to_str().unwrap()]);
    for (name, doc) in [("plan.html", &html), ("plan.md", &md)] {
        assert_clean(&format!("{name} with appendix B"), doc);
    }
}

#[test]
fn check_json_states_no_figure_of_a_withheld_row_in_errors_either() {
    // fte 3.5 for 3 persons: an error (`value-out-of-range`) about a withheld row.
    let dir = plan("3.5", "17.25", "departures: { 2025: 2 }");
    let json = stdout(
        kplan()
            .args(["check", "--today", "2026-11-27", "--format", "json"])
            .arg(dir.path()),
    );
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let finding = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "value-out-of-range")
        .expect("fte above employees is an error");
    let message = finding["message"].as_str().unwrap();
    assert!(
        !message.chars().any(|c| c.is_ascii_digit()),
        "a figure in {message}"
    );
}

/// The rows of `--dump-context` for the plan in `dir`, with whether each is withheld and its
/// `employees`.
fn context_rows(dir: &std::path::Path) -> Vec<(bool, serde_json::Value)> {
    let context = stdout(
        kplan()
            .args(["render", "--today", "2026-11-27", "--dump-context"])
            .arg(dir),
    );
    let context: serde_json::Value = serde_json::from_str(&context).unwrap();
    context["workforce"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|unit| unit["rows"].as_array().unwrap().clone())
        .map(|row| (row["withheld"] == true, row["employees"].clone()))
        .collect()
}

#[test]
fn a_row_of_another_date_gives_no_withheld_total_away() {
    // The total (23) beside the assistants (20) of 2024-12-31 is withheld: 23 − 20 = 3. A row of
    // the assistants of 2023-12-31 (20) must not count as one more part of the 2024 total.
    let dir = common::base_plan();
    common::edit(
        &dir.path().join("workforce.yaml"),
        "workforce:\n",
        "workforce:
  - unit: hjemmetjenesten
    as_of: 2024-12-31
    employees: 23
    fte: 17.25
    sick_leave: 11.3
  - unit: hjemmetjenesten
    role: assistent
    as_of: 2023-12-31
    employees: 20
    fte: 14.0
",
    );
    let rows = context_rows(dir.path());
    assert_eq!(rows.len(), 3, "{rows:?}");
    let total = rows
        .iter()
        .find(|(_, employees)| *employees == 23)
        .map(|r| r.0);
    assert_eq!(total, None, "the total of 23 is shown: {rows:?}");
    assert_eq!(rows.iter().filter(|r| r.0).count(), 1, "{rows:?}");
    assert!(
        rows.iter()
            .filter(|r| !r.0)
            .all(|(_, employees)| *employees == 20),
        "{rows:?}"
    );
}

#[test]
fn an_out_of_range_warning_states_no_figure_of_a_withheld_row() {
    // A 3-person row with a sick leave of 250 %, the rule lowered to a warning: the warning is
    // listed in the document, and must not say 250.
    let dir = plan("2.75", "17.25", "departures: { 2025: 2 }");
    common::edit(
        &dir.path().join("workforce.yaml"),
        "sick_leave: 13.7",
        "sick_leave: 250",
    );
    let toml = dir.path().join("kplan.toml");
    let mut settings = std::fs::read_to_string(&toml).unwrap();
    settings.push_str("\n[checks]\nvalue-out-of-range = \"warning\"\n");
    std::fs::write(&toml, settings).unwrap();
    let (_out, html, md) = common::render_documents(dir.path(), &[]);
    for (name, doc) in [("plan.html", &html), ("plan.md", &md)] {
        // In the rule's plain words, as the finding's own name the field (`sick_leave`).
        assert!(
            doc.contains(
                "Et tall i planen ligger utenfor det som er mulig eller rimelig. Gjelder hjemmetjenesten (sykepleier)."
            ),
            "{name} lists the warning"
        );
        assert!(!doc.contains("250"), "{name} states the sick leave");
    }
    let json = stdout(
        kplan()
            .args(["check", "--today", "2026-11-27", "--format", "json"])
            .arg(dir.path()),
    );
    assert!(!json.contains("250"), "check states the sick leave: {json}");
}

#[test]
fn the_part_time_and_departures_warnings_state_no_figure_of_a_withheld_row() {
    // The 3-person row with part_time 0 beside 2.25 fte (`part-time-inconsistent`) and 2 + 2
    // departures over the plan period (`departures-exceed-staff`): both warnings are listed in
    // the document, and no figure of the row may be in them.
    let dir = plan("2.25", "17.25", "departures: { 2025: 2 }");
    let workforce = dir.path().join("workforce.yaml");
    common::edit(
        &workforce,
        "sick_leave: 13.7",
        "sick_leave: 13.7\n    part_time: 0",
    );
    common::edit(
        &workforce,
        "departures: { 2026: 1 }",
        "departures: { 2026: 2, 2027: 2 }",
    );
    let json = stdout(
        kplan()
            .args(["check", "--today", "2026-11-27", "--format", "json"])
            .arg(dir.path()),
    );
    assert_clean("check --format json", &json);
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    let findings = report["diagnostics"].as_array().unwrap();
    for code in ["part-time-inconsistent", "departures-exceed-staff"] {
        let f = findings
            .iter()
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("no {code} in {findings:#?}"));
        let said = said(f);
        // Not even a year: it would tell when one of the few leaves.
        assert!(
            !said.chars().any(|c| c.is_ascii_digit()),
            "a figure in {said}"
        );
        assert!(
            f["message"]
                .as_str()
                .unwrap()
                .contains("hjemmetjenesten (sykepleier)"),
            "{f}"
        );
    }
    let (_out, _html, md) = common::render_documents(dir.path(), &[]);
    assert_clean("plan.md", &md);
    for warning in [
        "Den forventede avgangen er større enn antall ansatte. Gjelder hjemmetjenesten (sykepleier).",
        "Andelen deltid stemmer ikke med årsverkene og antall ansatte. Gjelder hjemmetjenesten (sykepleier).",
    ] {
        assert!(
            md.contains(warning),
            "plan.md lists the warning {warning:?}:\n{md}"
        );
    }
}

#[test]
fn an_older_revision_with_a_lower_threshold_publishes_nothing_today_withholds() {
    // The old revision withheld only groups under 2, so its 3-person row was shown there; in
    // today's comparison (appendix B of today's document) today's threshold of 5 holds.
    let old = plan("2.75", "17.25", "departures: { 2025: 2 }");
    let manifest = old.path().join("kplan.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let text = if text.contains("[render]") {
        text.replace("[render]", "[render]\nprivacy_threshold = 2")
    } else {
        format!("{text}\n[render]\nprivacy_threshold = 2\n")
    };
    std::fs::write(&manifest, text).unwrap();
    let new = plan("2.25", "17.75", "departures: { 2025: 2 }");
    for format in ["text", "md", "json"] {
        let text = stdout(
            kplan()
                .args(["diff", "--format", format])
                .arg(old.path())
                .arg(new.path()),
        );
        assert_clean(&format!("kplan diff --format {format}"), &text);
    }
}

/// The `replacement` and `recruitment` of need B1 (a gap of 6) in the context of `dir`.
fn need_figures(dir: &std::path::Path) -> (serde_json::Value, serde_json::Value) {
    let context = stdout(
        kplan()
            .args(["render", "--today", "2026-11-27", "--dump-context"])
            .arg(dir),
    );
    let context: serde_json::Value = serde_json::from_str(&context).unwrap();
    let need = &context["needs"][0];
    assert_eq!(need["id"], "B1");
    (need["replacement"].clone(), need["recruitment"].clone())
}

#[test]
fn a_need_s_replacement_is_published_only_when_it_gives_no_small_group_away() {
    let published = serde_json::json!(7.0);
    for (role, departures, expected) in [
        // The assistants (20, shown) of whom 3 + 4 leave: shown.
        ("assistent", "departures: { 2025: 3, 2026: 4 }", Some(7.0)),
        // Only 2 of them leave: fewer than the threshold, a small cell.
        ("assistent", "departures: { 2025: 2 }", None),
        // The nurses' row (3, withheld): its 1 departure stays withheld.
        ("sykepleier", "departures: { 2025: 3, 2026: 4 }", None),
    ] {
        let dir = plan("2.75", "17.25", departures);
        let needs = dir.path().join("needs.yaml");
        common::edit(&needs, "role: assistent", &format!("role: {role}"));
        common::edit(
            &needs,
            "priority: high",
            "priority: high\n    replace_departures: true",
        );
        let (replacement, recruitment) = need_figures(dir.path());
        match expected {
            Some(r) => {
                assert_eq!(replacement, published, "{role}, {departures}");
                assert_eq!(
                    recruitment,
                    serde_json::json!(6.0 + r),
                    "{role}, {departures}"
                );
            }
            None => assert!(
                replacement.is_null() && recruitment.is_null(),
                "{role}, {departures}: {replacement}, {recruitment}"
            ),
        }
    }
}

#[test]
fn totals_add_up_the_shown_rows_only() {
    // A total of 40 beside role rows of 20 and 17 is withheld (40 − 37 = 3). The unit's totals
    // row and the plan's key figures are the two shown rows added up, never the withheld 40.
    let dir = common::base_plan();
    common::edit(
        &dir.path().join("roles.yaml"),
        "roles:\n",
        "roles:\n  - id: sykepleier\n    name: Sykepleiere\n",
    );
    common::edit(
        &dir.path().join("workforce.yaml"),
        "workforce:\n",
        "workforce:
  - unit: hjemmetjenesten
    as_of: 2024-12-31
    employees: 40
    fte: 31.5
    vacancies: 4.25
  - unit: hjemmetjenesten
    role: sykepleier
    as_of: 2024-12-31
    employees: 17
    fte: 13.6
    part_time: 40
    vacancies: 1.5
",
    );
    common::edit(
        &dir.path().join("workforce.yaml"),
        "    fte: 14.5\n",
        "    fte: 14.5\n    part_time: 60\n",
    );
    let context = stdout(
        kplan()
            .args(["render", "--today", "2026-11-27", "--dump-context"])
            .arg(dir.path()),
    );
    assert!(!context.contains("31.5") && !context.contains("4.25"));
    let context: serde_json::Value = serde_json::from_str(&context).unwrap();
    let expected = serde_json::json!({
        "employees": 37,
        "fte": 28.1,
        "position_size": 75.9,
        "formal_competence": null,
        // (17 × 40 + 20 × 60) / 37
        "part_time": 50.8,
        "turnover": null,
        "sick_leave": null,
        "unwanted_part_time": null,
        "vacancies": 1.5,
        "rows": 2,
        // Only one of the two shown rows gives vacancies.
        "partial": ["vacancies"],
        "incomplete": true,
    });
    assert_eq!(context["workforce_totals"], expected);
    assert_eq!(context["workforce"][0]["totals"], expected);
    assert_eq!(context["workforce"][0]["rows"][0]["withheld"], true);
}

/// Own apprentices count toward an `fte` need at the position size of the rows its departures
/// come from: for the withheld nurses' row (3 persons, 2.75 årsverk) 3 completing apprentices are
/// 2.75 årsverk, which no output may state (nor what they cover with the measures).
#[test]
fn apprentices_of_an_fte_need_give_no_withheld_position_size_away() {
    let dir = plan("2.75", "17.25", "departures: { 2025: 2 }");
    let needs = dir.path().join("needs.yaml");
    common::edit(&needs, "role: assistent", "role: sykepleier");
    common::edit(&needs, "quantity: persons", "quantity: fte");
    common::edit(
        &needs,
        "priority: high",
        "priority: high\n    replace_departures: true",
    );
    std::fs::write(
        dir.path().join("apprentices.yaml"),
        "apprentices:
  - id: L1
    trade: Helsearbeiderfaget
    role: sykepleier
    unit: hjemmetjenesten
    places: { 2025: 3, 2026: 3 }
    completing: { 2027: 3 }
",
    )
    .unwrap();
    let (_out, html, md) = common::render_documents(dir.path(), &[]);
    for (file, doc) in [("plan.html", &html), ("plan.md", &md)] {
        assert_clean(file, doc);
        // T1 closes 6: with the apprentices, 8.75 covered.
        assert!(!doc.contains("8,75") && !doc.contains("8.75"), "{file}");
    }
    let context = stdout(
        kplan()
            .args(["render", "--today", "2026-11-27", "--dump-context"])
            .arg(dir.path()),
    );
    assert_clean("the context", &context);
    let context: serde_json::Value = serde_json::from_str(&context).unwrap();
    let need = &context["needs"][0];
    for field in ["apprentices", "covered", "shortfall", "replacement"] {
        assert!(need[field].is_null(), "{field}: {need}");
    }
    assert_eq!(need["replacement_withheld"], true);
    // The check's messages state none of it either.
    let check = stdout(
        kplan()
            .args(["check", "--today", "2026-11-27", "--format", "json"])
            .arg(dir.path()),
    );
    assert_clean("check", &check);
    assert!(!check.contains("8.75"), "{check}");
}
