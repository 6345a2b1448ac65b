//! `kgraph explain`: how the gazetteer and rules read one sentence.

use super::stdout_error;
use crate::cli::ExplainArgs;
use kgraph::corpus::{Corpus, Event};
use kgraph::{Error, Result};
use std::io::Write;
use std::path::PathBuf;

/// The sentence an evidence reference (`DOC#N`, as in `evidence_refs`) points to, found by
/// reading the corpus the graph was built from.
fn referenced_sentence(reference: &str, corpus: &[PathBuf]) -> Result<String> {
    let Some((doc_id, n)) =
        reference.rsplit_once('#').and_then(|(d, n)| Some((d, n.parse::<usize>().ok()?)))
    else {
        return Err(Error::Usage(format!(
            "--ref {reference:?}: expected DOC#N, as in an edge's evidence_refs (seed-1.txt#4)"
        )));
    };
    for event in Corpus::open(corpus)? {
        let Event::Doc(doc) = event else { continue };
        if doc.id != doc_id {
            continue;
        }
        let sentences = kgraph::text::sentences(&doc.text);
        let s = sentences.get(n).ok_or_else(|| {
            Error::Usage(format!(
                "document {doc_id:?} has {} sentences; #{n} is out of range",
                sentences.len()
            ))
        })?;
        return Ok(doc.text[s.start..s.end].to_string());
    }
    Err(Error::Usage(format!(
        "no document {doc_id:?} in {}",
        corpus.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ")
    )))
}

pub fn run(args: ExplainArgs) -> Result<u8> {
    let (pipeline, _) = super::load_pipeline(&args.config, true, 0)?;
    let sentence = match (&args.sentence_text, &args.doc, args.sentence) {
        (Some(text), _, _) => text.clone(),
        _ if args.reference.is_some() => {
            referenced_sentence(args.reference.as_deref().unwrap_or(""), &args.corpus)?
        }
        (None, Some(doc), Some(n)) => {
            let text = std::fs::read_to_string(doc).map_err(|e| Error::io(doc, e))?;
            let sentences = kgraph::text::sentences(&text);
            let s = sentences.get(n).ok_or_else(|| {
                Error::Usage(format!(
                    "{} has {} sentences; --sentence {n} is out of range",
                    doc.display(),
                    sentences.len()
                ))
            })?;
            text[s.start..s.end].to_string()
        }
        _ => {
            return Err(Error::Usage(
                "give a sentence, --doc FILE --sentence N, or --corpus INPUT --ref DOC#N".into(),
            ))
        }
    };
    let matched = pipeline.matched(&sentence);
    let mentions = &matched.mentions;
    let mut out = super::stdout();
    writeln!(out, "sentence: {sentence}").map_err(stdout_error)?;
    writeln!(out, "entities:").map_err(stdout_error)?;
    for m in mentions {
        let e = pipeline.gazetteer.entity(m.entity);
        writeln!(
            out,
            "  {:?} → {} ({}, {:?}) at {}..{}",
            &sentence[m.start..m.end],
            e.id,
            e.kind,
            m.form,
            m.start,
            m.end
        )
        .map_err(stdout_error)?;
    }
    let (explanation, relations) =
        pipeline.extractor.explain(&pipeline.gazetteer, &sentence, &matched);
    writeln!(out, "tokens: {}", explanation.tokens.join(" ")).map_err(stdout_error)?;
    writeln!(out, "rules tried:").map_err(stdout_error)?;
    for (rule, anchor, outcome) in &explanation.attempts {
        writeln!(out, "  {rule} at {anchor:?}: {outcome}").map_err(stdout_error)?;
    }
    if !explanation.cues.is_empty() {
        writeln!(out, "modality cues: {}", explanation.cues.join(", ")).map_err(stdout_error)?;
    }
    for (rule, anchor) in &explanation.discarded {
        writeln!(out, "no relation at {anchor:?}: rule {rule} reads none there")
            .map_err(stdout_error)?;
    }
    writeln!(out, "relations:").map_err(stdout_error)?;
    let name = |e: Option<kgraph::model::EntityIx>| {
        e.map(|e| pipeline.gazetteer.entity(e).name.clone()).unwrap_or_else(|| "?".into())
    };
    for r in &relations {
        let items: Vec<String> = r
            .items
            .iter()
            .map(|i| {
                let name = &pipeline.gazetteer.entity(i.entity).name;
                match &i.part {
                    Some(part) => format!("{name} ({part})"),
                    None => name.clone(),
                }
            })
            .collect();
        let via = r.via.map(|v| format!(" (via {})", name(Some(v)))).unwrap_or_default();
        writeln!(
            out,
            "  {}{} -{}-> {} items [{}] {} rule {}",
            name(r.source),
            via,
            r.kind,
            name(r.target),
            items.join(", "),
            r.modality.as_str(),
            r.rule
        )
        .map_err(stdout_error)?;
    }
    if relations.is_empty() {
        writeln!(out, "  (none)").map_err(stdout_error)?;
    }
    out.flush().map_err(stdout_error)?;
    Ok(0)
}
