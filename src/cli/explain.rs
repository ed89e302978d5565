//! `kplan explain CODE`

use kplan::diag::{Code, did_you_mean};
use kplan::msg;
use kplan::text::Language;

/// Arguments of `kplan explain`.
#[derive(clap::Args)]
pub struct Args {
    /// A rule code, e.g. goal-without-need; without one, every rule is listed.
    code: Option<String>,
}

/// `--lang`, else the language of the plan we are in, else English.
fn language(lang: Option<Language>) -> Language {
    match lang {
        Some(lang) => lang,
        None => std::env::current_dir()
            .ok()
            .and_then(|cwd| kplan::discover::find_root(&cwd).ok().flatten())
            .and_then(|root| kplan::load::manifest_language(&root))
            .unwrap_or(Language::En),
    }
}

pub fn run(args: Args, global: &super::Global) -> kplan::Result<u8> {
    let lang = language(global.lang);
    let Some(name) = args.code else {
        let width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
        let severity = |code: &Code| {
            kplan::msg!("severity", severity = code.default_severity().name()).text(lang)
        };
        let severity_width = Code::ALL
            .iter()
            .map(|c| severity(c).chars().count())
            .max()
            .unwrap_or(0);
        let mut list = String::new();
        for code in Code::ALL {
            let severity = severity(code);
            let pad = severity_width - severity.chars().count();
            list.push_str(&format!(
                "{:width$}  {severity}{}  {}\n",
                code.name(),
                " ".repeat(pad),
                code.summary_in(lang)
            ));
        }
        super::out::print(&list)?;
        return Ok(0);
    };
    match Code::from_name(name.trim()) {
        Some(code) => {
            super::out::print(code.documentation_in(lang))?;
            Ok(0)
        }
        None => {
            let names = Code::ALL.iter().map(|c| c.name());
            let name = name.trim();
            let message = match did_you_mean(name, names) {
                Some(s) => msg!("cli-unknown-rule-did-you-mean", name = name, suggestion = s),
                None => msg!("cli-unknown-rule", name = name),
            };
            super::out::error(lang, message);
            super::out::eprintln(&msg!("cli-explain-lists").text(lang));
            Ok(super::EXIT_FAILURE)
        }
    }
}
