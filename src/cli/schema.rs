//! `kplan schema`

use std::path::PathBuf;

use kplan::model::schema;
use kplan::render::write_atomic;

/// Arguments of `kplan schema`.
#[derive(clap::Args)]
pub struct Args {
    /// Folder to write `kplan.schema.json` and `plan.schema.json` into.
    #[arg(short, long, value_name = "DIR", default_value = "schemas")]
    output: PathBuf,
}

pub fn run(args: Args, global: &super::Global) -> kplan::Result<u8> {
    for (name, text) in schema::files() {
        let path = write_atomic(&args.output, name, &text)
            .map_err(|e| kplan::Error::Render(e.to_string()))?;
        if !global.quiet {
            println!("wrote {}", path.display());
        }
    }
    Ok(0)
}
