//! `kgraph map`: inputs → a partial graph (JSON Lines) for `kgraph merge`.

use crate::cli::MapArgs;
use kgraph::corpus::{Corpus, Warning};
use kgraph::graph::{DocResult, GraphOptions};
use kgraph::io::AtomicFile;
use kgraph::model::{Doc, Mention};
use kgraph::pipeline::{Render, Sink};
use kgraph::{partial, Error, Gazetteer, Result};
use std::io::Write;
use std::path::Path;

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

fn map_into<W: Write + Send>(args: &MapArgs, out: W, name: &Path) -> Result<W> {
    let (pipeline, _) = super::load_pipeline(&args.config, args.run.quiet, args.run.jobs)?;
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
    Ok(sink.out)
}

pub fn run(args: MapArgs) -> Result<u8> {
    if args.partial.as_os_str() == "-" {
        // Unlocked: the partial is written from the pipeline's writer thread.
        let stdout = std::io::BufWriter::new(std::io::stdout());
        let mut out = map_into(&args, stdout, Path::new(super::STDOUT))?;
        out.flush().map_err(super::stdout_error)?;
    } else {
        let file = AtomicFile::create(&args.partial)?;
        let file = map_into(&args, file, &args.partial.clone())?;
        file.commit()?;
    }
    Ok(0)
}
