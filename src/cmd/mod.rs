//! One file per subcommand: resolved configuration → library calls → writers.

mod build;
mod eval;
mod explain;
mod gazetteer;
mod map;
mod merge;
mod profile;

use crate::cli::{Cli, Command, ConfigArgs, GazetteerCommand};
use kgraph::{Error, Gazetteer, Pipeline, Result, Rules};

/// The name standard output goes by in errors.
pub const STDOUT: &str = "<stdout>";

/// A command's report on standard output, buffered. Written with `writeln!(out, …)
/// .map_err(stdout_error)?` rather than `println!`, which panics when the reader has gone
/// (`kgraph explain … | head`): the error ends the command, and main treats a closed pipe as
/// success.
pub fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::new(std::io::stdout().lock())
}

/// An error writing standard output, named as such.
pub fn stdout_error(e: std::io::Error) -> Error {
    Error::io(std::path::Path::new(STDOUT), e)
}

/// Runs a command; returns the exit code for a run that finished.
pub fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Gazetteer { command: GazetteerCommand::Check { config, strict } } => {
            gazetteer::check(&config, strict)
        }
        Command::Map(args) => map::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Explain(args) => explain::run(args),
    }
}

/// Adds to the rules' warnings each weapon category they name that no gazetteer weapon has.
pub fn warn_unknown_categories(gazetteer: &Gazetteer, rules: &mut Rules) {
    let known: std::collections::BTreeSet<&str> =
        gazetteer.entities().iter().filter_map(|e| e.attr("category")).collect();
    let unknown = rules.unknown_categories(|c| known.contains(c));
    rules.warnings.extend(unknown);
}

/// Loads gazetteer and rules and compiles the pipeline on `jobs` threads (0 = one per core).
pub fn load_pipeline(config: &ConfigArgs, quiet: bool, jobs: usize) -> Result<(Pipeline, usize)> {
    if !config.gazetteer.is_dir() {
        // The default is relative to where kgraph runs: say how to point it elsewhere.
        return Err(Error::Usage(format!(
            "no gazetteer folder at {} (a folder with states.csv, people.csv, organizations.csv, weapons.csv and rules.txt): run kgraph from the folder that holds gazetteer/, or pass --gazetteer DIR",
            config.gazetteer.display()
        )));
    }
    let gazetteer = Gazetteer::from_dir(&config.gazetteer)?;
    let warnings = gazetteer.problems().len();
    if !quiet {
        for p in gazetteer.problems() {
            eprintln!("kgraph: warning: {}: {}", p.at, p.message);
        }
    }
    let mut rules = Rules::from_path(&config.rules_path())?;
    warn_unknown_categories(&gazetteer, &mut rules);
    if !quiet {
        for (at, message) in &rules.warnings {
            eprintln!("kgraph: warning: {at}: {message}");
        }
    }
    let warnings = warnings + rules.warnings.len();
    Ok((Pipeline::with_threads(gazetteer, rules, jobs)?, warnings))
}
