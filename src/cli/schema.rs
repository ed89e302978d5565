//! `kplan schema`

use std::path::PathBuf;

use kplan::model::schema;
use kplan::msg;
use kplan::text::Language;
use kplan::write::OutDir;

/// Arguments of `kplan schema`.
#[derive(clap::Args)]
pub struct Args {
    /// Folder to write `kplan.schema.json` and `plan.schema.json` into.
    #[arg(short, long, value_name = "DIR", default_value = "schemas")]
    output: PathBuf,
}

pub fn run(args: Args, global: &super::Global) -> kplan::Result<u8> {
    let lang = || super::out::language(global.lang, std::path::Path::new("."));
    super::out::finish(write(args, global, lang()), lang)
}

fn write(args: Args, global: &super::Global, lang: Language) -> kplan::Result<u8> {
    // Never through a link: `schemas` may be a folder committed to a plan repository.
    let out = OutDir::open(&args.output, None)?;
    for (name, text) in schema::files(lang) {
        let path = out.write(name, text.as_bytes())?;
        if !global.quiet {
            super::out::println(&msg!("cli-wrote", path = path.display().to_string()).text(lang))?;
        }
    }
    Ok(0)
}
