//! `kplan completions SHELL` and `kplan man`: the shell completion scripts and the man page,
//! both made from the command line's own definition, so they never fall behind it.

use clap::{CommandFactory, ValueEnum};

/// Arguments of `kplan completions`.
#[derive(clap::Args)]
pub struct Args {
    /// The shell to complete in.
    #[arg(value_enum)]
    shell: Shell,
}

/// The shells kplan writes completions for.
#[derive(Clone, Copy, ValueEnum)]
enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl From<Shell> for clap_complete::Shell {
    fn from(shell: Shell) -> Self {
        match shell {
            Shell::Bash => clap_complete::Shell::Bash,
            Shell::Zsh => clap_complete::Shell::Zsh,
            Shell::Fish => clap_complete::Shell::Fish,
            Shell::Powershell => clap_complete::Shell::PowerShell,
        }
    }
}

/// Prints the completion script for `args.shell` on standard output.
pub fn run(args: Args) -> kplan::Result<u8> {
    let mut command = super::Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(
        clap_complete::Shell::from(args.shell),
        &mut command,
        "kplan",
        &mut script,
    );
    super::out::print(&String::from_utf8_lossy(&script))?;
    Ok(0)
}

/// Prints the man page (roff) on standard output: `kplan man > kplan.1`.
pub fn man() -> kplan::Result<u8> {
    let command = super::Cli::command();
    let mut page = Vec::new();
    clap_mangen::Man::new(command)
        .render(&mut page)
        .expect("writing to memory cannot fail");
    super::out::print(&String::from_utf8_lossy(&page))?;
    Ok(0)
}
