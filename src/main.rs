//! The `kgraph` binary: parse flags, run the command, map errors to exit codes.
//! Exit codes: 0 ok, 1 finished with warnings under `--strict`, 2 usage or configuration error,
//! 3 input/output error.

mod cli;
mod cmd;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            // A closed pipe (kgraph … | head) is not an error.
            if let kgraph::Error::Io { source, .. } = &err {
                if source.kind() == std::io::ErrorKind::BrokenPipe {
                    return ExitCode::SUCCESS;
                }
            }
            eprintln!("kgraph: error: {err}");
            ExitCode::from(err.exit_code() as u8)
        }
    }
}
