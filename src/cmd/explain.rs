//! `kgraph explain`: how the gazetteer and rules read one sentence.

use crate::cli::ExplainArgs;
use kgraph::{Error, Result};

pub fn run(args: ExplainArgs) -> Result<u8> {
    let (pipeline, _) = super::load_pipeline(&args.config, true)?;
    let sentence = match (&args.sentence_text, &args.doc, args.sentence) {
        (Some(text), _, _) => text.clone(),
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
        _ => return Err(Error::Usage("give a sentence, or --doc FILE --sentence N".into())),
    };
    let (norm, _, mentions) = pipeline.mentions(&sentence);
    let mut mentions = mentions;
    for m in &mut mentions {
        m.sentence = 0;
    }
    println!("sentence: {sentence}");
    println!("entities:");
    for m in &mentions {
        let e = pipeline.gazetteer.entity(m.entity);
        println!(
            "  {:?} → {} ({}, {:?}) at {}..{}",
            &sentence[m.start..m.end],
            e.id,
            e.kind,
            m.form,
            m.start,
            m.end
        );
    }
    let (explanation, relations) =
        pipeline.extractor.explain(&pipeline.gazetteer, &sentence, &norm, &mentions);
    println!("tokens: {}", explanation.tokens.join(" "));
    println!("rules tried:");
    for (rule, anchor, outcome) in &explanation.attempts {
        println!("  {rule} at {anchor:?}: {outcome}");
    }
    if !explanation.cues.is_empty() {
        println!("modality cues: {}", explanation.cues.join(", "));
    }
    println!("relations:");
    let name = |e: Option<kgraph::model::EntityIx>| {
        e.map(|e| pipeline.gazetteer.entity(e).name.clone()).unwrap_or_else(|| "?".into())
    };
    for r in &relations {
        let items: Vec<String> =
            r.items.iter().map(|i| pipeline.gazetteer.entity(i.entity).name.clone()).collect();
        println!(
            "  {} -{}-> {} items [{}] {} rule {}",
            name(r.source),
            r.kind,
            name(r.target),
            items.join(", "),
            r.modality.as_str(),
            r.rule
        );
    }
    if relations.is_empty() {
        println!("  (none)");
    }
    Ok(0)
}
