//! `kplan explain CODE`

use kplan::diag::{Code, did_you_mean};

/// Arguments of `kplan explain`.
#[derive(clap::Args)]
pub struct Args {
    /// A rule code, e.g. goal-without-need; without one, every rule is listed.
    code: Option<String>,
}

pub fn run(args: Args) -> kplan::Result<u8> {
    let Some(name) = args.code else {
        let width = Code::ALL.iter().map(|c| c.name().len()).max().unwrap_or(0);
        for code in Code::ALL {
            let severity = code.default_severity().name();
            println!("{:width$}  {severity:7}  {}", code.name(), code.summary());
        }
        return Ok(0);
    };
    match Code::from_name(name.trim()) {
        Some(code) => {
            print!("{}", code.documentation());
            Ok(0)
        }
        None => {
            let names = Code::ALL.iter().map(|c| c.name());
            match did_you_mean(&name, names) {
                Some(s) => eprintln!("error: unknown rule `{name}`; did you mean `{s}`?"),
                None => eprintln!("error: unknown rule `{name}`"),
            }
            eprintln!("`kplan explain` without a code lists every rule");
            Ok(super::EXIT_FAILURE)
        }
    }
}
