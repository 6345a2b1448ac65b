//! `kgraph merge`: partial graphs → one partial, or the final exports exactly as `build` writes.

use crate::cli::MergeArgs;
use kgraph::export::{ExportOptions, Format};
use kgraph::io::{rename_all, write_atomic, AtomicFile};
use kgraph::partial::{self, Partial};
use kgraph::{Error, Gazetteer, Result};
use std::fs::File;
use std::io::{BufReader, Write};
use std::path::Path;
use std::time::Instant;

pub fn run(args: MergeArgs) -> Result<u8> {
    let started = Instant::now();
    let gazetteer = Gazetteer::from_dir(&args.config.gazetteer)?;
    let formats = super::build::parse_formats(&args.export.format)?;
    if formats.contains(&Format::Mentions) {
        return Err(Error::Usage(
            "partials do not carry mentions; leave mentions out of --format".into(),
        ));
    }
    if let Some(out) = &args.out {
        super::build::prepare_out(out, &args.partials)?;
    }
    let mut merged = Partial::default();
    for path in &args.partials {
        let part = if path.as_os_str() == "-" {
            partial::read(Path::new("<stdin>"), std::io::stdin().lock(), &gazetteer)?
        } else {
            let file = File::open(path).map_err(|e| Error::io(path, e))?;
            partial::read(path, BufReader::new(file), &gazetteer)?
        };
        merged.merge(part);
    }
    partial::sort_relations(&mut merged.relations);
    match (&args.partial, &args.out) {
        (Some(path), _) => {
            let write = |w: &mut dyn Write| -> std::io::Result<()> {
                partial::write_header(w)?;
                for r in &merged.relations {
                    partial::write_relation(&gazetteer, r, w)?;
                }
                partial::write_graph(&gazetteer, &merged.graph, w)
            };
            if path.as_os_str() == "-" {
                let mut out = super::stdout();
                write(&mut out).and_then(|_| out.flush()).map_err(super::stdout_error)?;
            } else {
                write_atomic(path, |w| write(w))?;
            }
        }
        (None, Some(out)) => {
            let relations = std::mem::take(&mut merged.relations);
            let graph = merged.graph.finish(&gazetteer, args.export.min_weight);
            let mut files = super::build::write_exports(
                &graph,
                &formats,
                out,
                ExportOptions { dot_cooccur_min: args.export.dot_cooccur_min },
                0,
            )?;
            if formats.contains(&Format::Relations) {
                let mut file = AtomicFile::create(&out.join("relations.jsonl"))?;
                for r in &relations {
                    kgraph::export::jsonl::write_relation(&gazetteer, r, &mut file)
                        .map_err(|e| Error::io(&out.join("relations.jsonl"), e))?;
                }
                files.push(file.sync()?);
            }
            rename_all(files)?;
            if !args.quiet {
                eprintln!("{}", super::build::summary(&graph, started.elapsed().as_secs_f64(), 0));
            }
        }
        (None, None) => {
            return Err(Error::Usage(
                "say where the merge goes: --partial FILE or --out DIR".into(),
            ))
        }
    }
    Ok(0)
}
