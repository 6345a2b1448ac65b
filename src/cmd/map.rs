//! `kgraph map`: inputs → a partial graph (JSON Lines) for `kgraph merge`.

use super::profile::{ProfileFile, Profiled};
use crate::cli::MapArgs;
use kgraph::corpus::{Corpus, Warning};
use kgraph::graph::{DocResult, GraphOptions};
use kgraph::io::{rename_all, AtomicFile, SyncedFile};
use kgraph::model::{Doc, Mention};
use kgraph::pipeline::{Render, Sink};
use kgraph::{partial, Error, Gazetteer, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Renders each document's relation records (on the worker threads).
struct PartialRender<'g> {
    gazetteer: &'g Gazetteer,
}

impl Render for PartialRender<'_> {
    fn render(&self, _: &Doc, result: &DocResult, _: &[Mention], out: &mut Vec<Vec<u8>>) {
        let mut bytes = Vec::new();
        for r in &result.relations {
            // Writing into a Vec cannot fail.
            let _ = partial::write_relation(self.gazetteer, r, &mut bytes);
        }
        out.push(bytes);
    }
}

/// Writes the records in input order.
struct PartialSink<'p, W: Write + Send> {
    out: W,
    name: &'p Path,
    warnings: usize,
    quiet: bool,
}

impl<W: Write + Send> Sink for PartialSink<'_, W> {
    fn write(&mut self, rendered: &[Vec<u8>]) -> Result<()> {
        for bytes in rendered {
            self.out.write_all(bytes).map_err(|e| Error::io(self.name, e))?;
        }
        Ok(())
    }

    fn warning(&mut self, warning: &Warning) -> Result<()> {
        self.warnings += 1;
        if !self.quiet {
            eprintln!("kgraph: warning: {warning}");
        }
        Ok(())
    }
}

/// Runs the pipeline into `out` (named `name` in errors); returns it with the rule profile, if
/// asked for, written and synced.
fn map_into<'a, W: Write + Send>(
    args: &'a MapArgs,
    out: W,
    name: &Path,
) -> Result<(W, Option<(SyncedFile, Profiled<'a>)>)> {
    let (mut pipeline, _) = super::load_pipeline(&args.config, args.run.quiet, args.run.jobs)?;
    let profile_file = match &args.run.profile_rules {
        Some(path) => {
            let partial: Vec<PathBuf> =
                [&args.partial].into_iter().filter(|p| p.as_os_str() != "-").cloned().collect();
            let are = "the --partial file";
            Some(ProfileFile::create(path, &args.inputs, &partial, are, &mut pipeline)?)
        }
        None => None,
    };
    let corpus = Corpus::open(&args.inputs)?;
    let render = PartialRender { gazetteer: &pipeline.gazetteer };
    let mut sink = PartialSink { out, name, warnings: 0, quiet: args.run.quiet };
    partial::write_header(&mut sink.out).map_err(|e| Error::io(name, e))?;
    let options = GraphOptions {
        include_hedged: args.run.include_hedged,
        cooccurrence_text: args.run.cooccurrence_text,
    };
    let builder =
        pipeline.run(corpus, args.run.jobs, options, &render, &mut sink, &mut |_, _| {})?;
    partial::write_graph(&pipeline.gazetteer, &builder, &mut sink.out)
        .map_err(|e| Error::io(name, e))?;
    if !args.run.quiet {
        eprintln!(
            "kgraph map: {} documents, {} nodes, {} edges, {} relation instances",
            builder.documents,
            builder.nodes.len(),
            builder.edge_count(),
            builder.relation_instances.values().sum::<u64>()
        );
    }
    let profiled = profile_file.map(|f| f.write(&pipeline)).transpose()?;
    Ok((sink.out, profiled))
}

/// Puts the profile in place, after the partial (a run that fails leaves no profile of a partial
/// it did not write), and reports it.
fn finish_profile(profiled: Option<(SyncedFile, Profiled)>, quiet: bool) -> Result<()> {
    if let Some((file, profiled)) = profiled {
        rename_all(vec![file])?;
        if !quiet {
            eprintln!("{}", super::profile::report(&profiled));
        }
    }
    Ok(())
}

pub fn run(args: MapArgs) -> Result<u8> {
    if args.partial.as_os_str() == "-" {
        // Unlocked: the partial is written from the pipeline's writer thread.
        let stdout = std::io::BufWriter::new(std::io::stdout());
        let (mut out, profiled) = map_into(&args, stdout, Path::new(super::STDOUT))?;
        out.flush().map_err(super::stdout_error)?;
        finish_profile(profiled, args.run.quiet)?;
    } else {
        let file = AtomicFile::create(&args.partial)?;
        let (file, profiled) = map_into(&args, file, &args.partial)?;
        file.commit()?;
        finish_profile(profiled, args.run.quiet)?;
    }
    Ok(0)
}
