//! `kgraph map`: inputs → a partial graph (JSON Lines) for `kgraph merge`.

use crate::cli::MapArgs;
use kgraph::corpus::{Corpus, Warning};
use kgraph::graph::{DocResult, GraphOptions};
use kgraph::io::AtomicFile;
use kgraph::model::{Doc, Mention};
use kgraph::pipeline::Sink;
use kgraph::{partial, Error, Gazetteer, Result};
use std::io::Write;
use std::path::Path;

/// Writes relation records as documents stream by.
struct PartialSink<'g, W: Write> {
    gazetteer: &'g Gazetteer,
    out: W,
    name: &'g Path,
    warnings: usize,
    quiet: bool,
}

impl<W: Write> Sink for PartialSink<'_, W> {
    fn document(&mut self, _: &Doc, result: &DocResult, _: &[Mention]) -> Result<()> {
        for r in &result.relations {
            partial::write_relation(self.gazetteer, r, &mut self.out)
                .map_err(|e| Error::io(self.name, e))?;
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

fn map_into<W: Write>(args: &MapArgs, out: W, name: &Path) -> Result<W> {
    let (pipeline, _) = super::load_pipeline(&args.config, args.quiet)?;
    let corpus = Corpus::open(&args.inputs)?;
    let mut sink =
        PartialSink { gazetteer: &pipeline.gazetteer, out, name, warnings: 0, quiet: args.quiet };
    partial::write_header(&mut sink.out).map_err(|e| Error::io(name, e))?;
    let options = GraphOptions { include_hedged: args.include_hedged };
    let builder = pipeline.run(corpus, args.jobs, options, &mut sink, &mut |_, _| {})?;
    partial::write_graph(&pipeline.gazetteer, &builder, &mut sink.out)
        .map_err(|e| Error::io(name, e))?;
    if !args.quiet {
        eprintln!(
            "kgraph map: {} documents, {} nodes, {} edges, {} relation instances",
            builder.documents,
            builder.nodes.len(),
            builder.edges.len(),
            builder.relation_instances.values().sum::<u64>()
        );
    }
    Ok(sink.out)
}

pub fn run(args: MapArgs) -> Result<u8> {
    if args.partial.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out =
            map_into(&args, std::io::BufWriter::new(stdout.lock()), Path::new("<stdout>"))?;
        out.flush().map_err(|e| Error::io(Path::new("<stdout>"), e))?;
    } else {
        let file = AtomicFile::create(&args.partial)?;
        let file = map_into(&args, file, &args.partial.clone())?;
        file.commit()?;
    }
    Ok(0)
}
