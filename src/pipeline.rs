//! The whole per-document pipeline and the streaming, parallel driver.
//!
//! Takes a stream of corpus [`Event`]s; runs text → matching → relations for each document (in
//! parallel, in bounded batches), hands each document's result to a [`Sink`] in input order, and
//! folds it into a [`GraphBuilder`]. Output does not depend on the number of threads: batches are
//! processed in parallel but consumed in order, and graph merging is order-independent anyway.
//! Depends on every stage before `graph`.

use crate::corpus::{Event, Warning};
use crate::gazetteer::Gazetteer;
use crate::graph::{DocResult, GraphBuilder, GraphOptions, MAX_COOCCURRING};
use crate::matcher::Matcher;
use crate::model::{Doc, EntityIx, Mention};
use crate::relate::Extractor;
use crate::rules::Rules;
use crate::text::{normalize, sentences};
use crate::Result;
use rayon::prelude::*;
use std::collections::BTreeMap;

/// Documents per parallel batch, and the byte budget of a batch (whichever comes first).
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 32 << 20;

/// Receives each document's results, in input order.
pub trait Sink {
    fn document(&mut self, doc: &Doc, result: &DocResult, mentions: &[Mention]) -> Result<()>;
    fn warning(&mut self, warning: &Warning) -> Result<()>;
}

/// A sink that keeps nothing.
pub struct NullSink;

impl Sink for NullSink {
    fn document(&mut self, _: &Doc, _: &DocResult, _: &[Mention]) -> Result<()> {
        Ok(())
    }
    fn warning(&mut self, _: &Warning) -> Result<()> {
        Ok(())
    }
}

/// Gazetteer, alias automaton and rules, compiled once per run.
pub struct Pipeline {
    pub gazetteer: Gazetteer,
    pub matcher: Matcher,
    pub extractor: Extractor,
}

impl Pipeline {
    pub fn new(gazetteer: Gazetteer, rules: Rules) -> Result<Pipeline> {
        let matcher = Matcher::new(&gazetteer)?;
        let extractor = Extractor::new(rules, &gazetteer)?;
        Ok(Pipeline { gazetteer, matcher, extractor })
    }

    /// Mentions of a text, with sentence indices.
    pub fn mentions(
        &self,
        text: &str,
    ) -> (crate::text::Normalized, Vec<crate::text::Sentence>, Vec<Mention>) {
        let norm = normalize(text);
        let sents = sentences(text);
        let mut mentions = Vec::new();
        self.matcher.find(text, &norm, &mut mentions);
        let mut si = 0usize;
        mentions.retain_mut(|m| {
            while si < sents.len() && sents[si].end <= m.start {
                si += 1;
            }
            // A mention in no sentence (only whitespace around it cannot happen, but be safe).
            if si >= sents.len() {
                return false;
            }
            m.sentence = si;
            true
        });
        (norm, sents, mentions)
    }

    /// Runs every stage on one document.
    pub fn process(&self, doc: &Doc) -> (DocResult, Vec<Mention>) {
        let (norm, sents, mentions) = self.mentions(&doc.text);
        let relations = self.extractor.extract(
            &doc.id,
            doc.date.as_deref(),
            &doc.text,
            &norm,
            &sents,
            &mentions,
        );
        let mut result = DocResult {
            doc: doc.id.clone(),
            date: doc.date.clone(),
            bytes: doc.text.len() as u64,
            sentences: sents.len() as u64,
            mention_count: mentions.len() as u64,
            relations,
            ..DocResult::default()
        };
        let mut entity_mentions: BTreeMap<EntityIx, u64> = BTreeMap::new();
        let mut in_sentence: Vec<EntityIx> = Vec::new();
        let mut i = 0usize;
        while i < mentions.len() {
            let s = mentions[i].sentence;
            in_sentence.clear();
            while i < mentions.len() && mentions[i].sentence == s {
                *entity_mentions.entry(mentions[i].entity).or_default() += 1;
                in_sentence.push(mentions[i].entity);
                i += 1;
            }
            in_sentence.sort_unstable();
            in_sentence.dedup();
            if in_sentence.len() > MAX_COOCCURRING {
                result.capped_sentences += 1;
                in_sentence.truncate(MAX_COOCCURRING);
            }
            for (x, &a) in in_sentence.iter().enumerate() {
                for &b in &in_sentence[x + 1..] {
                    let entry = result.cooccurrences.entry((a, b)).or_insert((0, s));
                    entry.0 += 1;
                    if entry.1 == s && !result.sentence_texts.contains_key(&s) {
                        result
                            .sentence_texts
                            .insert(s, doc.text[sents[s].start..sents[s].end].to_string());
                    }
                }
            }
        }
        result.entity_mentions = entity_mentions;
        (result, mentions)
    }

    /// Streams the events through the pipeline with `jobs` threads (0 = all cores).
    pub fn run(
        &self,
        events: impl Iterator<Item = Event>,
        jobs: usize,
        options: GraphOptions,
        sink: &mut dyn Sink,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<GraphBuilder> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(jobs)
            .build()
            .map_err(|e| crate::Error::Usage(format!("cannot start {jobs} worker threads: {e}")))?;
        let mut builder = GraphBuilder::default();
        let mut batch: Vec<Doc> = Vec::new();
        let mut batch_bytes = 0usize;
        let mut events = events.peekable();
        let mut docs_done = 0u64;
        let mut bytes_done = 0u64;
        loop {
            let event = events.next();
            let end = event.is_none();
            match event {
                Some(Event::Doc(doc)) => {
                    batch_bytes += doc.text.len();
                    batch.push(doc);
                }
                Some(Event::Warning(w)) => {
                    // Keep warnings in order with the documents around them.
                    self.flush(
                        &pool,
                        &mut batch,
                        &mut builder,
                        options,
                        sink,
                        &mut docs_done,
                        &mut bytes_done,
                    )?;
                    batch_bytes = 0;
                    sink.warning(&w)?;
                }
                None => {}
            }
            if end || batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                self.flush(
                    &pool,
                    &mut batch,
                    &mut builder,
                    options,
                    sink,
                    &mut docs_done,
                    &mut bytes_done,
                )?;
                batch_bytes = 0;
                progress(docs_done, bytes_done);
            }
            if end {
                break;
            }
        }
        Ok(builder)
    }

    #[allow(clippy::too_many_arguments)]
    fn flush(
        &self,
        pool: &rayon::ThreadPool,
        batch: &mut Vec<Doc>,
        builder: &mut GraphBuilder,
        options: GraphOptions,
        sink: &mut dyn Sink,
        docs_done: &mut u64,
        bytes_done: &mut u64,
    ) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        let results: Vec<(DocResult, Vec<Mention>)> = if pool.current_num_threads() == 1 {
            batch.iter().map(|d| self.process(d)).collect()
        } else {
            pool.install(|| batch.par_iter().map(|d| self.process(d)).collect())
        };
        for (doc, (result, mentions)) in batch.iter().zip(results) {
            sink.document(doc, &result, &mentions)?;
            builder.add(&result, options);
            *docs_done += 1;
            *bytes_done += result.bytes;
        }
        batch.clear();
        Ok(())
    }
}
