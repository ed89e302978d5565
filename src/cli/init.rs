//! `kplan init`

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use kplan::init::{self, FileFormat, Options};
use kplan::text::{Key, Language};

/// Arguments of `kplan init`.
#[derive(clap::Args)]
pub struct Args {
    /// The folder to create the plan in (default: the current folder).
    #[arg(default_value = ".")]
    dir: PathBuf,
    /// Name of the municipality, e.g. "Testvik kommune".
    #[arg(long)]
    municipality: Option<String>,
    /// Kommunenummer (four digits).
    #[arg(long, value_name = "NNNN")]
    number: Option<String>,
    /// What the plan covers: the whole municipality, a sector or a group of positions.
    #[arg(long, value_name = "TEXT")]
    scope: Option<String>,
    /// Plan period, e.g. 2025-2028.
    #[arg(long, value_name = "START-END")]
    period: Option<String>,
    /// File format of the plan files (kplan.toml is always TOML).
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Allow a folder that already has files (existing files are never replaced).
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Yaml,
    Toml,
}

/// Asks on stderr and reads one line; empty input takes the default.
fn ask(question: &str, default: &str) -> String {
    super::out::eprint(&format!("{question} [{default}]: "));
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    let line = line.trim();
    if line.is_empty() {
        default.to_owned()
    } else {
        line.to_owned()
    }
}

fn parse_period(text: &str) -> Option<(i64, i64)> {
    let (a, b) = text.split_once(['-', '–'])?;
    let (a, b) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    ((1900..=2200).contains(&a) && (a..=2200).contains(&b)).then_some((a, b))
}

fn usage(message: String) -> kplan::Error {
    kplan::Error::Usage(message)
}

pub fn run(args: Args, global: &super::Global) -> kplan::Result<u8> {
    let interactive = std::io::stdin().is_terminal();
    let this_year = i64::from(jiff::ZonedDateTime::now().date().year());
    let default_period = format!("{}-{}", this_year + 1, this_year + 4);
    let mut notes = Vec::new();
    // Each missing option is asked for on a terminal, else defaulted with a note.
    let mut value = |given: Option<String>, question: &str, default: &str, flag: &str| match given {
        Some(v) => v,
        None if interactive => ask(question, default),
        None => {
            notes.push(format!(
                "no --{flag} given: using \"{default}\"; change it in the files"
            ));
            default.to_owned()
        }
    };
    let lang = match global.lang {
        Some(lang) => lang,
        None => {
            let answer = value(
                None,
                "Language: nb (bokmål), nn (nynorsk) or en",
                "nb",
                "lang",
            );
            Language::from_code(&answer)
                .ok_or_else(|| usage(format!("`{answer}` is not a language; use nb, nn or en")))?
        }
    };
    let text = |key: Key| key.text(lang).to_owned();
    let municipality = value(
        args.municipality,
        &text(Key::InitAskMunicipality),
        &text(Key::InitMunicipality),
        "municipality",
    );
    let number = match args.number {
        Some(n) => Some(n),
        None if interactive => Some(ask(&text(Key::InitAskNumber), "")).filter(|n| !n.is_empty()),
        None => None,
    };
    if let Some(n) = &number
        && !(n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(usage(format!(
            "municipality number `{n}` is not four digits"
        )));
    }
    let scope = value(
        args.scope,
        &text(Key::InitAskScope),
        &text(Key::InitScope),
        "scope",
    );
    let period = value(
        args.period,
        &text(Key::InitAskPeriod),
        &default_period,
        "period",
    );
    let (start, end) = parse_period(&period).ok_or_else(|| {
        usage(format!(
            "`{period}` is not a plan period; write it as 2025-2028"
        ))
    })?;
    let format = match args.format {
        Some(Format::Yaml) => FileFormat::Yaml,
        Some(Format::Toml) => FileFormat::Toml,
        None => match value(None, &text(Key::InitAskFormat), "yaml", "format").as_str() {
            "toml" => FileFormat::Toml,
            "yaml" | "yml" => FileFormat::Yaml,
            other => {
                return Err(usage(format!(
                    "`{other}` is not a format; use yaml or toml"
                )));
            }
        },
    };
    for note in &notes {
        super::out::eprintln(&format!("note: {note}"));
    }
    let options = Options {
        municipality,
        number,
        scope,
        start,
        end,
        lang,
        format,
    };
    let files = init::scaffold(&options)?;
    let written = init::write(&args.dir, &files, args.force)?;
    if !global.quiet {
        for path in &written {
            super::out::println(&format!("wrote {}", path.display()))?;
        }
        super::out::println(
            &Key::InitNextSteps
                .text(lang)
                .replace("{dir}", &args.dir.display().to_string()),
        )?;
    }
    Ok(0)
}
