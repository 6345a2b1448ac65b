//! `kgraph eval`: extract relations from the inputs and score them against gold.

use super::stdout_error;
use crate::cli::EvalArgs;
use kgraph::corpus::{Corpus, Event};
use kgraph::eval::{evaluate, Gold, Report};
use kgraph::Result;
use std::io::Write;

pub fn run(args: EvalArgs) -> Result<u8> {
    let (pipeline, _) = super::load_pipeline(&args.config, true, 0)?;
    let gold = Gold::from_path(&args.gold, &pipeline.gazetteer)?;
    let mut relations = Vec::new();
    for event in Corpus::open(&args.inputs)? {
        match event {
            Event::Doc(doc) => {
                relations.extend(pipeline.process(&doc, Default::default()).0.relations)
            }
            Event::Warning(w) => eprintln!("kgraph: warning: {w}"),
        }
    }
    let report = evaluate(&gold, &relations, &pipeline.gazetteer);
    let mut out = super::stdout();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report).map_err(|e| stdout_error(e.into()))?;
        writeln!(out).map_err(stdout_error)?;
    } else {
        write_report(&report, &mut out).map_err(stdout_error)?;
    }
    out.flush().map_err(stdout_error)?;
    Ok(0)
}

fn write_report(r: &Report, out: &mut impl Write) -> std::io::Result<()> {
    for u in &r.unresolved {
        writeln!(out, "unresolved gold name: {u}")?;
    }
    for f in &r.misses {
        writeln!(out, "miss: {}: {} -{}-> {}", f.doc, f.source, f.kind, f.target)?;
    }
    for f in &r.false_positives {
        writeln!(
            out,
            "false positive: {}: {} -{}-> {} [{}] {}",
            f.doc, f.source, f.kind, f.target, f.rule, f.evidence
        )?;
    }
    writeln!(
        out,
        "{:<10} {:>9} {:>7} {:>6}  (tp/fp, must found/must)",
        "type", "precision", "recall", "f1"
    )?;
    for (t, s) in r
        .by_type
        .iter()
        .map(|(t, s)| (t.as_str(), s))
        .chain(std::iter::once(("overall", &r.overall)))
    {
        writeln!(
            out,
            "{:<10} {:>9.3} {:>7.3} {:>6.3}  ({}/{}, {}/{})",
            t,
            s.precision,
            s.recall,
            s.f1,
            s.true_positives,
            s.false_positives,
            s.must_found,
            s.must
        )?;
    }
    writeln!(out, "must_not hits: {}", r.must_not_hits.len())
}
