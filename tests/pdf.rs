//! The archival PDF: both examples rendered with `--format pdf` and read back with poppler's
//! tools (pdfinfo, pdffonts, pdftotext), as a reader's PDF viewer and an archive's intake would:
//! PDF/A-2b and PDF/UA-1 declared, tagged, the document's language, every font embedded, the
//! cover, the table of contents with page numbers that are right, bookmarks, æøå in the text,
//! and the same bytes on every run. Without poppler the test says so and passes, unless
//! `KPLAN_REQUIRE_POPPLER` is set (as `.ci/run` does), where it fails.
#![cfg(feature = "pdf")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin_cmd;

fn poppler() -> bool {
    let found = Command::new("pdfinfo").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("KPLAN_REQUIRE_POPPLER").is_none(),
            "KPLAN_REQUIRE_POPPLER is set but pdfinfo is not installed (apt-get install poppler-utils)"
        );
        eprintln!("poppler-utils is not installed: the PDF is not read back");
    }
    found
}

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    let out = Command::new(name).args(args).arg(pdf).arg("-").output();
    let out = match out {
        Ok(out) if out.status.success() => out,
        // pdfinfo and pdffonts take no output file.
        _ => Command::new(name).args(args).arg(pdf).output().unwrap(),
    };
    assert!(out.status.success(), "{name} failed on {}", pdf.display());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn render(plan: &Path, out: &Path, extra: &[&str]) -> PathBuf {
    cargo_bin_cmd!("kplan")
        .arg("render")
        .arg(plan)
        .arg("-o")
        .arg(out)
        .args(["--format", "pdf", "--today", "2026-12-01"])
        .args(extra)
        .assert()
        .success();
    out.join("plan.pdf")
}

/// The text with every run of white space one space: a title may wrap.
fn words_of(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The page count `pdfinfo` gives.
fn page_count(info: &str) -> usize {
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .expect("pdfinfo names the pages")
        .trim()
        .parse()
        .unwrap()
}

fn page_text(pdf: &Path, page: usize) -> String {
    let n = page.to_string();
    tool("pdftotext", &["-f", &n, "-l", &n], pdf)
}

/// Every entry of the table of contents (page 2) names a heading that is on the page it gives.
fn toc_is_right(pdf: &Path, pages: usize) -> usize {
    let toc = page_text(pdf, 2);
    let mut checked = 0;
    for line in toc.lines() {
        // An entry is a title, dot leaders and a page number.
        let Some((title, page)) = line.rsplit_once(' ').filter(|_| line.contains(". .")) else {
            continue;
        };
        let page = page.trim_start_matches('\u{2060}');
        let Ok(page) = page.parse::<usize>() else {
            continue;
        };
        let title = title.trim_end_matches([' ', '.']).trim();
        assert!(
            page >= 3 && page <= pages,
            "TOC entry {title:?} on page {page}"
        );
        let text = page_text(pdf, page);
        assert!(
            text.contains(title),
            "TOC says {title:?} is on page {page}, but it is not there:\n{text}"
        );
        checked += 1;
    }
    checked
}

fn check_example(example: &str, lang: &str, words: &[&str]) {
    let dir = tempfile::tempdir().unwrap();
    let plan = common::root().join("examples").join(example);
    let pdf = render(&plan, dir.path(), &[]);
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    // Reproducible: the same plan and --today give the same bytes.
    let again = render(&plan, &dir.path().join("again"), &[]);
    assert!(bytes == std::fs::read(again).unwrap(), "two renders differ");
    // Bookmarks: the document outline.
    assert!(bytes.windows(10).any(|w| w == b"/Outlines "), "no outline");
    if !poppler() {
        return;
    }
    let info = tool("pdfinfo", &[], &pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");
    let pages = page_count(&info);
    assert!(pages >= 10, "{pages} pages");
    let meta = tool("pdfinfo", &["-meta"], &pdf);
    for declared in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>",
        &format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>"),
        "<xmp:CreateDate>2026-12-01T00:00:00+00:00</xmp:CreateDate>",
    ] {
        assert!(meta.contains(declared), "{declared} missing in\n{meta}");
    }
    let fonts = tool("pdffonts", &[], &pdf);
    let rows: Vec<_> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        let cols: Vec<_> = row.split_whitespace().collect();
        let n = cols.len();
        assert_eq!(cols[n - 5], "yes", "font not embedded: {row}");
        assert_eq!(cols[n - 3], "yes", "font without a Unicode map: {row}");
    }
    let cover = words_of(&page_text(&pdf, 1));
    let text = words_of(&tool("pdftotext", &[], &pdf));
    for word in words {
        assert!(text.contains(word), "{word:?} not in the text");
    }
    assert!(
        cover.contains(words[0]),
        "the cover lacks the title:\n{cover}"
    );
    let footer = page_text(&pdf, 3);
    let of = if lang == "en" { " of " } else { " av " };
    let side = if lang == "en" { "page 3" } else { "side 3" };
    assert!(footer.contains(&format!("{side}{of}{pages}")), "{footer}");
    assert!(
        toc_is_right(&pdf, pages) >= 10,
        "too few TOC entries checked"
    );
    has_the_htmls_parts(&plan, &pdf, &bytes);
}

/// The text with white space, soft hyphens and hyphens taken out: a caption or a table cell
/// may wrap, and typst hyphenates at a line's end.
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '\u{ad}' | '\u{2060}'))
        .collect()
}

/// The alternative texts of the PDF's structure elements (`/Alt<FEFF…>`, UTF-16BE in hex, as
/// typst writes them).
fn alt_texts(bytes: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(bytes);
    text.match_indices("/Alt<")
        .filter_map(|(i, _)| {
            let hex = &text[i + 5..];
            let hex = &hex[..hex.find('>')?];
            let units: Vec<u16> = (0..hex.len() / 4)
                .map(|k| u16::from_str_radix(&hex[k * 4..k * 4 + 4], 16).unwrap())
                .collect();
            let units = units.strip_prefix(&[0xFEFF]).unwrap_or(&units);
            Some(String::from_utf16_lossy(units))
        })
        .collect()
}

/// A figure as the document writes it: whole numbers without decimals (the examples' figures
/// are whole or have one decimal).
fn figure(value: &serde_json::Value, lang: &str) -> String {
    let x = value.as_f64().unwrap();
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else if lang == "en" {
        format!("{x}")
    } else {
        format!("{x}").replace('.', ",")
    }
}

fn date_of(date: &str, months: &serde_json::Value) -> String {
    let mut parts = date.split('-').map(|p| p.parse::<usize>().unwrap());
    let (y, m, d) = (
        parts.next().unwrap(),
        parts.next().unwrap(),
        parts.next().unwrap(),
    );
    format!("{d}. {} {y}", months[m - 1].as_str().unwrap())
}

/// The parts the HTML has are in the PDF too: every chart, drawn, with its caption and its
/// description as the figure's alternative text; step 5's staffing analysis (key figures, the
/// workforce per unit, the gross recruitment, apprentices); step 6's funding, budget by strategy
/// and status, grant calendar, education support and timeline; step 7's evaluations.
fn has_the_htmls_parts(plan: &Path, pdf: &Path, bytes: &[u8]) {
    let out = cargo_bin_cmd!("kplan")
        .arg("render")
        .arg(plan)
        .args(["--dump-context", "--today", "2026-12-01"])
        .output()
        .unwrap();
    let c: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let lang = c["meta"]["lang"].as_str().unwrap();
    let t = &c["t"];
    // In reading order, and as laid out (a table row on one line).
    let text = squash(&tool("pdftotext", &[], pdf));
    let layout = squash(&tool("pdftotext", &["-layout"], pdf));
    let has = |what: &str| {
        let what = squash(what);
        assert!(
            text.contains(&what) || layout.contains(&what),
            "{what:?} is not in the PDF's text"
        )
    };
    let str_of = |v: &serde_json::Value| v.as_str().unwrap().to_owned();

    // Charts: a figure with the chart's caption, and its description as alternative text.
    let alts = alt_texts(bytes);
    let charts = &c["charts"];
    let mut all: Vec<&serde_json::Value> = ["age", "departures", "gaps"]
        .iter()
        .flat_map(|k| charts[k].as_array().unwrap())
        .collect();
    all.extend([&charts["budget"], &charts["timeline"]]);
    assert!(all.len() >= 10, "{} charts", all.len());
    for chart in all {
        let title = str_of(&chart["title"]);
        let description = str_of(&chart["description"]);
        has(&title);
        assert!(
            alts.iter()
                .any(|a| a.starts_with(&title) && a.contains(&description)),
            "no figure has the alternative text {title:?}: {description:?} (alt texts: {alts:?})"
        );
    }
    // The age bands and the figures of one chart, as its table prints them.
    let age = &charts["age"][0];
    has(&format!(
        "{} {}",
        str_of(&t["doc"]["chart_table_note"]),
        str_of(&age["title"])
    ));
    for bar in age["bars"].as_array().unwrap() {
        has(&format!(
            "{} {}",
            str_of(&bar["label"]),
            str_of(&bar["value_label"])
        ));
    }

    // Step 5.
    for key in [
        "part_staffing",
        "key_figures",
        "staffing_needs",
        "apprentices",
        "part_competence",
    ] {
        has(&str_of(&t["step5"][key]));
    }
    has(&format!(
        "{} {}",
        str_of(&t["step5"]["employees"]),
        figure(&c["workforce_totals"]["employees"], lang)
    ));
    for unit in c["workforce"].as_array().unwrap() {
        has(&format!(
            "{} – {}",
            str_of(&t["step5"]["workforce"]),
            str_of(&unit["unit"]["name"])
        ));
    }
    let staffing: Vec<_> = c["needs"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["replace_departures"] == true)
        .collect();
    assert!(!staffing.is_empty());
    for n in staffing {
        if n["replacement_withheld"] == true {
            // Departures that would give a small group away are not shown, and so neither is
            // the recruitment need they are part of.
            let by = n["by"].to_string();
            has(&format!(
                "{} {}",
                str_of(&t["step5"]["replacement"]).replace("{by}", &by),
                str_of(&t["step5"]["replacement_withheld"])
            ));
            continue;
        }
        // The gross recruitment: the gap plus the departures.
        has(&format!(
            "{} {} {} ({} + {})",
            str_of(&t["step5"]["recruitment"]),
            figure(&n["recruitment"], lang),
            str_of(&t["enum"]["need_quantity"][n["quantity"].as_str().unwrap()]),
            figure(&n["gap"], lang),
            figure(&n["replacement"], lang)
        ));
    }
    for a in c["apprentices"]["entries"].as_array().unwrap() {
        has(&format!("{} {}", str_of(&a["id"]), str_of(&a["trade"])));
    }

    // Step 6.
    for key in [
        "funding",
        "by_strategy",
        "by_status",
        "education_rules",
        "timeline",
    ] {
        has(&str_of(&t["step6"][key]));
    }
    for f in c["funding"].as_array().unwrap() {
        has(&str_of(&f["name"]));
    }
    for e in c["education_support"].as_array().unwrap() {
        has(&format!(
            "{} {}",
            str_of(&e["measure"]["id"]),
            str_of(&e["measure"]["name"])
        ));
    }
    for s in c["strategies"].as_array().unwrap() {
        has(&str_of(
            &t["enum"]["strategy_intro"][s["kind"].as_str().unwrap()],
        ));
    }
    for d in c["budget"]["calendar"].as_array().unwrap() {
        let kind = format!("{}_deadline", d["kind"].as_str().unwrap());
        has(&format!(
            "{} {} {}",
            date_of(d["date"].as_str().unwrap(), &t["months"]),
            str_of(&d["funding"]["name"]),
            str_of(&t["step6"][kind.as_str()])
        ));
    }

    // Step 7.
    for r in c["evaluation"]["records"].as_array().unwrap() {
        has(&str_of(&r["title"]));
    }
}

#[test]
fn testvik_pdf_is_archival_tagged_and_its_toc_is_right() {
    check_example(
        "testvik-helse",
        "nb",
        &[
            "Strategisk kompetanseplan for helse og omsorg",
            "Overordnede mål og føringer",
            "Sammendrag",
            "Vedtatt",
            "Kompetansestrategier og tiltak",
        ],
    );
}

#[test]
fn fjordvik_pdf_is_archival_tagged_and_in_nynorsk() {
    check_example(
        "fjordvik-oppvekst",
        "nn",
        &[
            "Strategisk kompetanseplan for oppvekst",
            "Samandrag",
            "Innhald",
        ],
    );
}

#[test]
fn plan_text_is_never_read_as_typesetting_code() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    common::copy_tree(&common::root().join("examples/testvik-helse"), &plan);
    let hostile = r#"Plan #set page(width: 2cm) $x^2$ ]*_ \#"#;
    common::edit(
        &plan.join("kplan.toml"),
        "title = \"Strategisk kompetanseplan for helse og omsorg 2025–2028\"",
        &format!("title = '{hostile}'"),
    );
    let pdf = render(&plan, &dir.path().join("out"), &[]);
    if !poppler() {
        return;
    }
    let cover = words_of(&page_text(&pdf, 1));
    assert!(
        cover.contains("Plan #set page(width: 2cm) $x^2$ ]*_ \\#"),
        "the title was not printed as written:\n{cover}"
    );
    let info = tool("pdfinfo", &[], &pdf);
    assert!(info.contains("A4"), "the page size changed:\n{info}");
}

#[test]
fn a_broken_pdf_template_is_an_error_naming_its_line_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(templates.join("plan.typ"), "Hei\n#nosuch()\n").unwrap();
    let out = dir.path().join("out");
    cargo_bin_cmd!("kplan")
        .arg("render")
        .arg(common::root().join("examples/testvik-helse"))
        .arg("-o")
        .arg(&out)
        .arg("--templates")
        .arg(&templates)
        .args(["--format", "pdf", "--today", "2026-12-01"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("plan.typ:2:"));
    assert!(!out.join("plan.pdf").exists(), "a half render was left");
}

#[test]
fn a_pdf_template_cannot_read_files() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("templates");
    std::fs::create_dir(&templates).unwrap();
    std::fs::write(templates.join("plan.typ"), "#read(\"/etc/passwd\")\n").unwrap();
    cargo_bin_cmd!("kplan")
        .arg("render")
        .arg(common::root().join("examples/testvik-helse"))
        .arg("-o")
        .arg(dir.path().join("out"))
        .arg("--templates")
        .arg(&templates)
        .args(["--format", "pdf", "--today", "2026-12-01"])
        .assert()
        .failure()
        .stderr(predicates::str::contains("not found"));
}

/// The council parts and the appendices kplan writes are in the PDF as in the HTML: the coat of
/// arms on the cover (with its alternative text), the signed foreword and the decision before
/// the summary, the consultation in step 2, the plan's own appendix with its headings, then the
/// remarks and the changes since the example itself, each with its letter and TOC line.
#[test]
fn the_council_parts_and_every_appendix_are_in_the_pdf() {
    if !poppler() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan");
    let example = common::root().join("examples/testvik-helse");
    common::copy_tree(&example, &plan);
    // A remark (an indicator without a baseline) and a change (a higher amount).
    common::edit(
        &plan.join("7-evaluering.yaml"),
        "    baseline: { year: 2024, value: 55 }\n",
        "",
    );
    common::edit(
        &plan.join("6-tiltak.yaml"),
        "{ year: 2027, amount: 220000, funding: egen-ramme, status: budgeted }",
        "{ year: 2027, amount: 250000, funding: egen-ramme, status: budgeted }",
    );
    let pdf = render(
        &plan,
        &dir.path().join("out"),
        &["--since", example.to_str().unwrap()],
    );
    let text = words_of(&tool("pdftotext", &[], &pdf));
    let mut at = 0;
    // In the document's order, after the table of contents.
    let body = &text[text
        .find("Forord Gode helse- og omsorgstjenester")
        .expect("foreword")..];
    for part in [
        "Hanne Kristiansen Lie Kommunedirektør",
        "Vedtak Kommunestyret fattet følgende vedtak 19. juni 2025 i sak PS 45/25:",
        "Sammendrag",
        "Kontrollen av planen har én merknad, se vedlegg C.",
        "Høring Høringsfrist: 5. mai 2025 Høringsinstanser:",
        "Innspill i høringen",
        "Vedlegg A: Fra mål til tiltak",
        "Vedlegg B: Mandat for arbeidsgruppen Kommunedirektøren ga",
        "Bakgrunn",
        "Vedlegg C: Merknader",
        "Bør følges opp",
        "Vedlegg D: Endringer siden forrige versjon",
        "220 000 kr → 250 000 kr",
    ] {
        let found = body[at..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} is not in the PDF after what came before"));
        at += found + part.len();
    }
    // Each appendix has its TOC line with a page number.
    let pages = page_count(&tool("pdfinfo", &[], &pdf));
    assert!(toc_is_right(&pdf, pages) >= 14);
    for line in [
        "Vedlegg B: Mandat for arbeidsgruppen",
        "Vedlegg C: Merknader",
        "Vedlegg D: Endringer siden forrige versjon",
    ] {
        assert!(
            text[..text.find("Forord Gode").unwrap()].contains(line),
            "the table of contents lacks {line}"
        );
    }
    // The coat of arms (an SVG, drawn as vector paths) is a figure with its alternative text.
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(
        alt_texts(&bytes)
            .iter()
            .any(|alt| alt == "Kommunevåpenet til Testvik kommune"),
        "{:?}",
        alt_texts(&bytes)
    );
}
