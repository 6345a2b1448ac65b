//! `kgraph gazetteer check`: validate the gazetteer and the rules; list every problem.

use crate::cli::ConfigArgs;
use kgraph::gazetteer::Severity;
use kgraph::{Error, Gazetteer, Result, Rules};
use std::io::Write;

pub fn check(config: &ConfigArgs, strict: bool) -> Result<u8> {
    let gazetteer = match Gazetteer::from_dir(&config.gazetteer) {
        Ok(g) => g,
        Err(Error::ConfigMany(errors)) => {
            for e in &errors {
                eprintln!("kgraph: error: {e}");
            }
            return Err(Error::Usage(format!("{} errors in the gazetteer", errors.len()))).map_err(
                |e| Error::config(kgraph::error::Location::file(&config.gazetteer), e.to_string()),
            );
        }
        Err(e) => return Err(e),
    };
    let warnings = gazetteer.problems().iter().filter(|p| p.severity == Severity::Warning).count();
    for p in gazetteer.problems() {
        eprintln!("kgraph: warning: {}: {}", p.at, p.message);
    }
    let rules_path = config.rules_path();
    let mut rules = if rules_path.exists() { Some(Rules::from_path(&rules_path)?) } else { None };
    if let Some(rules) = &mut rules {
        super::warn_unknown_categories(&gazetteer, rules);
    }
    let rule_warnings = rules.as_ref().map_or(&[][..], |r| r.warnings.as_slice());
    for (at, message) in rule_warnings {
        eprintln!("kgraph: warning: {at}: {message}");
    }
    let warnings = warnings + rule_warnings.len();
    let mut by_kind = std::collections::BTreeMap::new();
    for e in gazetteer.entities() {
        *by_kind.entry(e.kind.as_str()).or_insert(0usize) += 1;
    }
    let kinds: Vec<String> = by_kind.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let mut out = super::stdout();
    writeln!(
        out,
        "{}: {} entities ({}), {} places, {} alias patterns, {} warning{}{}",
        config.gazetteer.display(),
        gazetteer.len(),
        kinds.join(", "),
        gazetteer.places().len(),
        gazetteer.patterns().len(),
        warnings,
        if warnings == 1 { "" } else { "s" },
        rules
            .map(|r| format!("; {}: {} rules", rules_path.display(), r.rules.len()))
            .unwrap_or_default()
    )
    .and_then(|_| out.flush())
    .map_err(super::stdout_error)?;
    if strict && warnings > 0 {
        return Ok(1);
    }
    Ok(0)
}
