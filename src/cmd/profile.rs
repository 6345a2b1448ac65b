//! `--profile-rules` of `build` and `map`: where the rule profile may go, and how it is written
//! and reported.

use kgraph::io::{AtomicFile, SyncedFile};
use kgraph::relate::RuleProfile;
use kgraph::rules::Rules;
use kgraph::{Error, Pipeline, Result};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The rule profile file of a run, created before the run so that a path that cannot be
/// written fails at once.
pub struct ProfileFile<'p> {
    path: &'p Path,
    file: AtomicFile,
}

impl<'p> ProfileFile<'p> {
    /// Checks `path` against the run's inputs and `outputs` ([`refuse_profile_path`]), turns
    /// on the pipeline's profile and creates the file. `outputs_are` names the outputs in the
    /// error ("one of the export files of --out out").
    pub fn create(
        path: &'p Path,
        inputs: &[PathBuf],
        outputs: &[PathBuf],
        outputs_are: &str,
        pipeline: &mut Pipeline,
    ) -> Result<ProfileFile<'p>> {
        refuse_profile_path(path, inputs, outputs, outputs_are)?;
        pipeline.profile_rules();
        Ok(ProfileFile { path, file: AtomicFile::create(path)? })
    }

    /// Writes the pipeline's profile and syncs the file, to be renamed into place with the
    /// run's other outputs; returns it with the profile, for [`report`].
    pub fn write(mut self, pipeline: &Pipeline) -> Result<(SyncedFile, Profiled<'p>)> {
        let profile = pipeline.rule_profile().unwrap_or_else(|| {
            RuleProfile::new(pipeline.extractor.rules().rules.len()) // never asked: all zero
        });
        write_rule_profile(&profile, pipeline.extractor.rules(), &mut self.file)
            .map_err(|e| Error::io(self.path, e))?;
        Ok((self.file.sync()?, Profiled { path: self.path, profile }))
    }
}

/// A profile written to its file.
pub struct Profiled<'p> {
    path: &'p Path,
    profile: RuleProfile,
}

/// The summary line of a written profile, for standard error.
pub fn report(profiled: &Profiled) -> String {
    let total = profiled.profile.total();
    format!(
        "kgraph: rule profile: {} attempts, {} matched, {:.2} s in the rule search; written to {}",
        total.attempts,
        total.matched,
        total.nanos as f64 / 1e9,
        profiled.path.display()
    )
}

/// Refuses to write the rule profile over one of the inputs, into an input folder (where the
/// next run would read it), or over one of the run's `outputs` (which this run or the next would
/// overwrite, whichever renames last).
fn refuse_profile_path(
    path: &Path,
    inputs: &[PathBuf],
    outputs: &[PathBuf],
    outputs_are: &str,
) -> Result<()> {
    // The file need not exist yet: its folder says where it will be.
    let Some(target) = where_file_goes(path) else {
        return Ok(()); // no such folder: creating the file will say so
    };
    let is_input = |input: &PathBuf| {
        input.as_os_str() != "-"
            && fs::canonicalize(input).is_ok_and(|i| target == i || target.starts_with(&i))
    };
    if inputs.iter().any(is_input) {
        return Err(Error::Usage(format!(
            "--profile-rules {} is an input or lies in an input folder; choose another file so no input is overwritten or read",
            path.display()
        )));
    }
    if outputs.iter().any(|output| where_file_goes(output).is_some_and(|o| o == target)) {
        return Err(Error::Usage(format!(
            "--profile-rules {} is {outputs_are}; choose another name",
            path.display()
        )));
    }
    Ok(())
}

/// The canonical path a file will have once created: its folder's, joined with its name.
/// `None` when the folder does not exist (or the path names no file).
fn where_file_goes(path: &Path) -> Option<PathBuf> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    Some(fs::canonicalize(folder).ok()?.join(path.file_name()?))
}

/// The rule profile as tab-separated lines, the dearest rule first (ties in rule-file order):
/// every rule of the file, so a rule never tried shows as such.
fn write_rule_profile(
    profile: &RuleProfile,
    rules: &Rules,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let costs = profile.costs();
    let total = profile.total().nanos;
    let mut order: Vec<usize> = (0..rules.rules.len().min(costs.len())).collect();
    order.sort_by_key(|&ri| std::cmp::Reverse(costs[ri].nanos));
    writeln!(out, "rule\ttype\tattempts\tmatched\tseconds\tmicroseconds_per_attempt\tshare")?;
    for ri in order {
        let (rule, cost) = (&rules.rules[ri], costs[ri]);
        let per_attempt =
            if cost.attempts > 0 { cost.nanos as f64 / 1e3 / cost.attempts as f64 } else { 0.0 };
        let share = if total > 0 { cost.nanos as f64 * 100.0 / total as f64 } else { 0.0 };
        writeln!(
            out,
            "{}\t{}{}\t{}\t{}\t{:.6}\t{:.2}\t{:.2}%",
            rule.id,
            if rule.discard { "no " } else { "" },
            rule.kind,
            cost.attempts,
            cost.matched,
            cost.nanos as f64 / 1e9,
            per_attempt,
            share
        )?;
    }
    Ok(())
}
