//! `kplan explain CODE`

use kplan::diag::{Code, did_you_mean};

/// Arguments of `kplan explain`.
#[derive(clap::Args)]
pub struct Args {
    /// A rule code, e.g. goal-without-need.
    code: String,
}

pub fn run(args: Args) -> kplan::Result<u8> {
    match Code::from_name(args.code.trim()) {
        Some(code) => {
            print!("{}", code.documentation());
            Ok(0)
        }
        None => {
            let names = Code::ALL.iter().map(|c| c.name());
            match did_you_mean(&args.code, names) {
                Some(s) => eprintln!("error: unknown rule `{}`; did you mean `{s}`?", args.code),
                None => eprintln!("error: unknown rule `{}`", args.code),
            }
            eprintln!(
                "rules: {}",
                Code::ALL
                    .iter()
                    .map(|c| c.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            Ok(super::EXIT_FAILURE)
        }
    }
}
