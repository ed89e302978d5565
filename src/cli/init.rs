//! `kplan init`

use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use kplan::diag::Msg;
use kplan::init::{self, FileFormat, Options};
use kplan::msg;
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
    #[arg(long, value_enum, ignore_case = true)]
    format: Option<Format>,
    /// Allow a folder that already has files (existing files are never replaced). A folder that
    /// holds only what a new git repository has (.git, README.md, a licence, .gitignore) needs no
    /// --force.
    #[arg(long)]
    force: bool,
    /// The CI service to set up: a GitHub Actions workflow that uses the kplan action, a GitLab
    /// CI pipeline with a Code Quality report, or none. It goes at the root of the repository the
    /// folder is in, where GitHub and GitLab read it.
    #[arg(long, value_enum, default_value_t = CiArg::Github)]
    ci: CiArg,
    /// Ask for every option not given even when standard input is not a terminal (answers are
    /// read one a line).
    #[arg(long)]
    interactive: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum CiArg {
    Github,
    Gitlab,
    None,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Yaml,
    Toml,
}

/// How the options not given on the command line are settled.
struct Asker {
    /// Ask on standard error and read the answers from standard input; else take the defaults.
    interactive: bool,
    /// Standard input has ended: every later question takes its default.
    ended: bool,
}

impl Asker {
    /// Asks `question` until the answer (empty: `default`) is accepted by `parse`; a wrong answer
    /// is told why, in `lang`, and the question asked again. When the input ends, the default is
    /// taken, unless the last answer was wrong: then its reason is the error (nothing is chosen
    /// for the user).
    fn ask<T>(
        &mut self,
        question: &str,
        default: &str,
        lang: Language,
        parse: impl Fn(&str) -> Result<T, Msg>,
    ) -> kplan::Result<T> {
        let mut wrong = None;
        loop {
            let answer = self.read(question, default);
            if self.ended
                && let Some(reason) = wrong
            {
                return Err(kplan::Error::Usage(reason));
            }
            match parse(&answer) {
                Ok(value) => return Ok(value),
                Err(reason) if self.ended => return Err(kplan::Error::Usage(reason)),
                Err(reason) => {
                    super::out::eprintln(&reason.text(lang));
                    wrong = Some(reason);
                }
            }
        }
    }

    /// A text option (`--municipality`, `--scope`): as given, else asked for, else the default
    /// with a note. `flag` is the option's name, `lang` the language to ask in.
    fn setting(
        &mut self,
        given: Option<String>,
        question: &str,
        default: &str,
        flag: &'static str,
        lang: Language,
        notes: &mut Vec<Msg>,
    ) -> kplan::Result<String> {
        match given {
            Some(value) => Ok(value.trim().to_owned()),
            None if self.interactive => {
                self.ask(question, default, lang, |s| Ok(s.trim().to_owned()))
            }
            None => {
                notes.push(msg!("cli-init-defaulted", flag = flag, value = default));
                Ok(default.to_owned())
            }
        }
    }

    /// One answer, trimmed; the default for an empty line or at the end of the input. Answers
    /// that do not come from a terminal are written after the question, so that a transcript
    /// reads as a dialogue.
    fn read(&mut self, question: &str, default: &str) -> String {
        if self.ended {
            return default.to_owned();
        }
        if default.is_empty() {
            super::out::eprint(&format!("{question}: "));
        } else {
            super::out::eprint(&format!("{question} [{default}]: "));
        }
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        let stdin = std::io::stdin();
        let read = stdin.lock().read_line(&mut line);
        if !stdin.is_terminal() {
            super::out::eprintln(line.trim_end_matches(['\n', '\r']));
        }
        match read {
            Ok(0) | Err(_) => {
                self.ended = true;
                default.to_owned()
            }
            Ok(_) if line.trim().is_empty() => default.to_owned(),
            Ok(_) => line.trim().to_owned(),
        }
    }
}

pub fn run(args: Args, global: &super::Global) -> kplan::Result<u8> {
    // Until the plan's language is chosen, the words are those of --lang, else bokmål.
    let chosen = std::cell::Cell::new(global.lang.unwrap_or_default());
    let result = scaffold(args, global, &chosen);
    super::out::finish(result, || chosen.get())
}

fn scaffold(
    args: Args,
    global: &super::Global,
    chosen: &std::cell::Cell<Language>,
) -> kplan::Result<u8> {
    // The folder is checked before anything is asked.
    init::check_target(&args.dir, args.force)?;
    let mut asker = Asker {
        interactive: args.interactive || std::io::stdin().is_terminal(),
        ended: false,
    };
    let this_year = i64::from(jiff::ZonedDateTime::now().date().year());
    let default_period = format!("{}-{}", this_year + 1, this_year + 4);
    // A value not given and not asked for is defaulted, with a note that says how to choose.
    let mut notes: Vec<Msg> = Vec::new();
    let lang = match global.lang {
        Some(lang) => lang,
        None if asker.interactive => asker.ask(
            &msg!("cli-init-ask-language").text(Language::Nb),
            "nb",
            Language::Nb,
            init::parse_language,
        )?,
        None => {
            notes.push(msg!("cli-init-defaulted-lang"));
            Language::Nb
        }
    };
    chosen.set(lang);
    let text = |key: Key| key.text(lang).to_owned();
    let municipality = asker.setting(
        args.municipality,
        &text(Key::InitAskMunicipality),
        &text(Key::InitMunicipality),
        "municipality",
        lang,
        &mut notes,
    )?;
    let number = match args.number {
        Some(n) => init::parse_number(&n).map_err(kplan::Error::Usage)?,
        None if asker.interactive => {
            asker.ask(&text(Key::InitAskNumber), "", lang, init::parse_number)?
        }
        None => None,
    };
    let scope = asker.setting(
        args.scope,
        &text(Key::InitAskScope),
        &text(Key::InitScope),
        "scope",
        lang,
        &mut notes,
    )?;
    let (start, end) = match args.period {
        Some(p) => init::parse_period(&p).map_err(kplan::Error::Usage)?,
        None if asker.interactive => asker.ask(
            &text(Key::InitAskPeriod),
            &default_period,
            lang,
            init::parse_period,
        )?,
        None => {
            notes.push(msg!(
                "cli-init-defaulted",
                flag = "period",
                value = default_period.as_str()
            ));
            init::parse_period(&default_period).map_err(kplan::Error::Usage)?
        }
    };
    let format = match args.format {
        Some(Format::Yaml) => FileFormat::Yaml,
        Some(Format::Toml) => FileFormat::Toml,
        None if asker.interactive => {
            asker.ask(&text(Key::InitAskFormat), "yaml", lang, init::parse_format)?
        }
        None => {
            notes.push(msg!("cli-init-defaulted-format"));
            FileFormat::Yaml
        }
    };
    if asker.ended {
        // Questions after the end of the input took their defaults without a word.
        notes.push(msg!("cli-init-input-ended"));
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
    let ci = init::CiPlace::find(
        &args.dir,
        match args.ci {
            CiArg::Github => init::Ci::Github,
            CiArg::Gitlab => init::Ci::Gitlab,
            CiArg::None => init::Ci::None,
        },
    );
    let init::Scaffold { mut files, at_root } = init::scaffold(&options, &ci)?;
    let fitted = init::fit(&args.dir, &mut files);
    let written = init::write(
        &args.dir,
        &files,
        at_root.as_ref().map(|f| (ci.root.as_path(), f)),
        args.force,
    )?;
    if ci.include {
        notes.push(msg!(
            "cli-init-gitlab-include",
            file = ci.file.clone(),
            existing = shown_path(&ci.root.join(".gitlab-ci.yml"))
        ));
    } else if at_root.is_some() && ci.ci == init::Ci::Gitlab {
        notes.push(msg!(
            "cli-init-gitlab-at-root",
            file = shown_path(&ci.root.join(&ci.file)),
            plan = ci.plan.clone()
        ));
    } else if at_root.is_some() {
        notes.push(msg!(
            "cli-init-ci-at-root",
            file = shown_path(&ci.root.join(&ci.file)),
            plan = ci.plan.clone()
        ));
    }
    if let Some(name) = fitted.readme {
        notes.push(msg!("cli-init-readme-renamed", name = name));
    }
    if fitted.gitignore_lacks_build {
        notes.push(msg!("cli-init-gitignore-kept"));
    }
    if !global.quiet {
        for path in &written {
            super::out::println(&msg!("cli-wrote", path = shown_path(path)).text(lang))?;
        }
        for note in notes {
            super::out::note(lang, note);
        }
        super::out::println(
            &Key::InitNextSteps
                .text(lang)
                .replace("{dir}", &args.dir.display().to_string()),
        )?;
    }
    Ok(0)
}

/// A path written by `init`, relative to the working folder when it is inside it (the CI file at
/// the repository root comes as an absolute path).
fn shown_path(path: &std::path::Path) -> String {
    if path.is_absolute()
        && let Ok(cwd) = std::env::current_dir().and_then(|d| d.canonicalize())
        && let Ok(rel) = path.strip_prefix(&cwd)
    {
        return rel.display().to_string();
    }
    path.display().to_string()
}
