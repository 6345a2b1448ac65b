//! `kgraph eval`: extract relations from the inputs and score them against gold.

use crate::cli::EvalArgs;
use kgraph::corpus::{Corpus, Event};
use kgraph::eval::{evaluate, Gold, Report};
use kgraph::{Error, Result};

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
    if args.json {
        let text =
            serde_json::to_string_pretty(&report).map_err(|e| Error::Usage(e.to_string()))?;
        println!("{text}");
    } else {
        print_report(&report);
    }
    Ok(0)
}

fn print_report(r: &Report) {
    for u in &r.unresolved {
        println!("unresolved gold name: {u}");
    }
    for f in &r.misses {
        println!("miss: {}: {} -{}-> {}", f.doc, f.source, f.kind, f.target);
    }
    for f in &r.false_positives {
        println!(
            "false positive: {}: {} -{}-> {} [{}] {}",
            f.doc, f.source, f.kind, f.target, f.rule, f.evidence
        );
    }
    println!(
        "{:<10} {:>9} {:>7} {:>6}  (tp/fp, must found/must)",
        "type", "precision", "recall", "f1"
    );
    for (t, s) in r
        .by_type
        .iter()
        .map(|(t, s)| (t.as_str(), s))
        .chain(std::iter::once(("overall", &r.overall)))
    {
        println!(
            "{:<10} {:>9.3} {:>7.3} {:>6.3}  ({}/{}, {}/{})",
            t,
            s.precision,
            s.recall,
            s.f1,
            s.true_positives,
            s.false_positives,
            s.must_found,
            s.must
        );
    }
    println!("must_not hits: {}", r.must_not_hits.len());
}
