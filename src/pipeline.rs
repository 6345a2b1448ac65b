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
use crate::matcher::{Matched, Matcher};
use crate::model::{Doc, EntityIx, Mention};
use crate::relate::{ExtractScratch, Extractor, RuleProfile};
use crate::rules::Rules;
use crate::text::{normalize_into, sentences_into};
use crate::Result;
use std::collections::BTreeMap;
use std::sync::{mpsc, Arc, Mutex};

/// Documents per work item, and its byte budget (whichever comes first): small enough to keep
/// every worker busy, large enough that channel traffic is negligible.
const BATCH_DOCS: usize = 64;
const BATCH_BYTES: usize = 4 << 20;

/// Turns one document's results into the bytes of each per-instance output stream (relation
/// lines, mention lines…). Runs on the worker threads, so serialisation is parallel too.
pub trait Render: Sync {
    fn render(&self, doc: &Doc, result: &DocResult, mentions: &[Mention], out: &mut Vec<Vec<u8>>);
}

/// Receives the rendered documents and the warnings, in input order, on one writer thread.
pub trait Sink: Send {
    fn write(&mut self, rendered: &[Vec<u8>]) -> Result<()>;
    fn warning(&mut self, warning: &Warning) -> Result<()>;
}

/// Renders nothing.
pub struct NoRender;

impl Render for NoRender {
    fn render(&self, _: &Doc, _: &DocResult, _: &[Mention], _: &mut Vec<Vec<u8>>) {}
}

/// A sink that keeps nothing.
pub struct NullSink;

impl Sink for NullSink {
    fn write(&mut self, _: &[Vec<u8>]) -> Result<()> {
        Ok(())
    }
    fn warning(&mut self, _: &Warning) -> Result<()> {
        Ok(())
    }
}

/// What a worker hands the writer for one work item.
enum Output {
    Docs(Vec<(u64, Vec<Vec<u8>>)>),
    Warning(Warning),
}

/// Working buffers of [`Pipeline::process_with`]: the matched text, the extractor's working
/// memory, a document's entities, its sentence pairs and one sentence's entities.
#[derive(Debug, Default)]
pub struct DocScratch {
    matched: Matched,
    extract: ExtractScratch,
    entities: Vec<EntityIx>,
    pairs: Vec<(EntityIx, EntityIx, usize)>,
    in_sentence: Vec<EntityIx>,
    /// The last document was larger than [`SCRATCH_KEEP_BYTES`]: its buffers are let go before
    /// the next one (they are still lent out as that document's mentions until then).
    oversized: bool,
}

/// Documents up to this size leave their working buffers to the next document. The buffers of
/// a document take about five times its size; news articles are tens of KB, so keeping the
/// buffers saves an allocation per document, but a worker that met one 100 MB record (a whole
/// dump in one JSON line) would otherwise hold half a GB for the rest of the run.
pub const SCRATCH_KEEP_BYTES: usize = 1 << 20;

/// Gazetteer, alias automaton and rules, compiled once per run.
pub struct Pipeline {
    pub gazetteer: Gazetteer,
    pub matcher: Matcher,
    pub extractor: Extractor,
    /// The rule search's cost per rule over the runs so far, once asked for
    /// ([`Pipeline::profile_rules`]): the workers add theirs as they finish.
    rule_profile: Option<Mutex<RuleProfile>>,
}

impl Pipeline {
    /// Compiles the pipeline on one thread.
    pub fn new(gazetteer: Gazetteer, rules: Rules) -> Result<Pipeline> {
        Pipeline::with_threads(gazetteer, rules, 1)
    }

    /// Compiles the pipeline, the alias automata on `threads` threads (0 = one per core): the
    /// same pipeline whatever the number.
    pub fn with_threads(gazetteer: Gazetteer, rules: Rules, threads: usize) -> Result<Pipeline> {
        let extractor = Extractor::new(rules, &gazetteer)?;
        // The rules' trigger words ride along in the alias automaton: one pass finds both.
        let matcher = Matcher::with_cues(&gazetteer, &extractor.trigger_phrases(), threads)?;
        Ok(Pipeline { gazetteer, matcher, extractor, rule_profile: None })
    }

    /// Keeps a [`RuleProfile`] of the rule search in every later [`Pipeline::run`].
    pub fn profile_rules(&mut self) {
        let rules = self.extractor.rules().rules.len();
        self.rule_profile.get_or_insert_with(|| Mutex::new(RuleProfile::new(rules)));
    }

    /// The rule profile of the runs since [`Pipeline::profile_rules`], if asked for.
    pub fn rule_profile(&self) -> Option<RuleProfile> {
        let profile = self.rule_profile.as_ref()?;
        // A worker that panicked left its addition whole or undone: the profile is still sound.
        Some(profile.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone())
    }

    /// Normalises, segments and matches a text: mentions with sentence indices, and cues.
    pub fn matched(&self, text: &str) -> Matched {
        let mut matched = Matched::default();
        self.match_into(text, &mut matched);
        matched
    }

    /// [`Pipeline::matched`] into `matched`, reusing its buffers.
    pub fn match_into(&self, text: &str, matched: &mut Matched) {
        let Matched { norm, sentences: sents, mentions, cues, scratch } = matched;
        normalize_into(text, norm);
        sentences_into(text, sents);
        mentions.clear();
        cues.clear();
        self.matcher.find_into(text, norm, mentions, cues, scratch);
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
    }

    /// Runs every stage on one document.
    pub fn process(&self, doc: &Doc, options: GraphOptions) -> (DocResult, Vec<Mention>) {
        let mut scratch = DocScratch::default();
        let result = self.process_with(doc, options, &mut scratch).0;
        (result, scratch.matched.mentions)
    }

    /// [`Pipeline::process`] with working buffers kept from one document to the next, so a
    /// worker stops allocating them once they have grown to its largest document (up to
    /// [`SCRATCH_KEEP_BYTES`]: a larger document's buffers are freed before the next one).
    pub fn process_with<'s>(
        &self,
        doc: &Doc,
        options: GraphOptions,
        scratch: &'s mut DocScratch,
    ) -> (DocResult, &'s [Mention]) {
        if std::mem::replace(&mut scratch.oversized, doc.text.len() > SCRATCH_KEEP_BYTES) {
            let mut extract = std::mem::take(&mut scratch.extract);
            extract.release();
            *scratch =
                DocScratch { oversized: scratch.oversized, extract, ..DocScratch::default() };
        }
        let DocScratch { matched, extract, entities, pairs, in_sentence, .. } = scratch;
        self.match_into(&doc.text, matched);
        let relations = self.extractor.extract_with(doc, matched, extract);
        let Matched { sentences: sents, mentions, .. } = matched;
        let mut result = DocResult {
            doc: Arc::from(doc.id.as_str()),
            date: doc.date.as_deref().map(Arc::from),
            bytes: doc.text.len() as u64,
            sentences: sents.len() as u64,
            mention_count: mentions.len() as u64,
            relations,
            ..DocResult::default()
        };
        // Entities and pairs are gathered into flat vectors and counted after one sort: cheaper
        // than a map per document, and the result comes out sorted.
        entities.clear();
        entities.extend(mentions.iter().map(|m| m.entity));
        entities.sort_unstable();
        for run in entities.chunk_by(|a, b| a == b) {
            result.entity_mentions.push((run[0], run.len() as u64));
        }
        pairs.clear();
        for sentence_mentions in mentions.chunk_by(|a, b| a.sentence == b.sentence) {
            let s = sentence_mentions[0].sentence;
            in_sentence.clear();
            in_sentence.extend(sentence_mentions.iter().map(|m| m.entity));
            in_sentence.sort_unstable();
            in_sentence.dedup();
            if in_sentence.len() > MAX_COOCCURRING {
                result.capped_sentences += 1;
                in_sentence.truncate(MAX_COOCCURRING);
            }
            for (x, &a) in in_sentence.iter().enumerate() {
                for &b in &in_sentence[x + 1..] {
                    pairs.push((a, b, s));
                }
            }
        }
        // Sorted by pair (one integer to compare, not three fields): each pair's run then holds
        // its sentences, the earliest of which is the evidence a co-occurrence edge keeps.
        pairs.sort_unstable_by_key(|&(a, b, _)| u64::from(a.0) << 32 | u64::from(b.0));
        for run in pairs.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
            let (a, b, _) = run[0];
            let first = run.iter().map(|&(_, _, s)| s).min().unwrap_or(0);
            result.cooccurrences.push(((a, b), (run.len() as u64, first)));
        }
        if options.cooccurrence_text {
            let mut firsts: Vec<usize> =
                result.cooccurrences.iter().map(|&(_, (_, s))| s).collect();
            firsts.sort_unstable();
            firsts.dedup();
            result.sentence_texts = firsts
                .into_iter()
                .map(|s| (s, doc.text[sents[s].start..sents[s].end].to_string()))
                .collect();
        }
        (result, mentions)
    }

    /// Streams the events through the pipeline with `jobs` worker threads (0 = one per core).
    ///
    /// This thread reads and batches documents; the workers process them, each folding its
    /// documents into a graph accumulator of its own and rendering the per-instance outputs; one
    /// writer thread hands those to `sink` in input order. The workers' accumulators are merged
    /// at the end: merging is order-independent, so the graph does not depend on `jobs`, and the
    /// streamed outputs keep the input order. Memory in flight is a few batches per worker.
    pub fn run(
        &self,
        events: impl Iterator<Item = Event>,
        jobs: usize,
        options: GraphOptions,
        render: &dyn Render,
        sink: &mut dyn Sink,
        progress: &mut (dyn FnMut(u64, u64) + Send),
    ) -> Result<GraphBuilder> {
        let workers = crate::threads_for(jobs);
        std::thread::scope(|scope| {
            let (work_tx, work_rx) = mpsc::sync_channel::<(u64, Vec<Doc>)>(workers * 2);
            let work_rx = Arc::new(Mutex::new(work_rx));
            let (out_tx, out_rx) = mpsc::sync_channel::<(u64, Output)>(workers * 4);
            let mut handles = Vec::with_capacity(workers);
            for _ in 0..workers {
                let work_rx = Arc::clone(&work_rx);
                let out_tx = out_tx.clone();
                handles.push(scope.spawn(move || {
                    let mut builder = GraphBuilder::default();
                    let mut scratch = DocScratch::default();
                    if self.rule_profile.is_some() {
                        let rules = self.extractor.rules().rules.len();
                        scratch.extract = ExtractScratch::profiling(rules);
                    }
                    loop {
                        let item = match work_rx.lock() {
                            Ok(rx) => rx.recv(),
                            Err(_) => break,
                        };
                        let Ok((seq, docs)) = item else { break };
                        let mut rendered = Vec::with_capacity(docs.len());
                        for doc in &docs {
                            let (result, mentions) = self.process_with(doc, options, &mut scratch);
                            builder.add(&result, options);
                            let mut out = Vec::new();
                            render.render(doc, &result, mentions, &mut out);
                            rendered.push((result.bytes, out));
                        }
                        if out_tx.send((seq, Output::Docs(rendered))).is_err() {
                            break; // the writer stopped on an error
                        }
                    }
                    if let (Some(total), Some(mine)) =
                        (&self.rule_profile, scratch.extract.take_profile())
                    {
                        total.lock().unwrap_or_else(|p| p.into_inner()).merge(&mine);
                    }
                    // Sorted here, on every worker at once, the accumulations merge by
                    // gathering: no serial rehash at the end of the run.
                    builder.seal();
                    builder
                }));
            }
            let writer = scope.spawn(move || -> Result<()> {
                let mut pending: BTreeMap<u64, Output> = BTreeMap::new();
                let (mut next, mut docs_done, mut bytes_done) = (0u64, 0u64, 0u64);
                for (seq, output) in out_rx {
                    pending.insert(seq, output);
                    while let Some(output) = pending.remove(&next) {
                        match output {
                            Output::Docs(docs) => {
                                for (bytes, rendered) in &docs {
                                    sink.write(rendered)?;
                                    docs_done += 1;
                                    bytes_done += bytes;
                                }
                                progress(docs_done, bytes_done);
                            }
                            Output::Warning(w) => sink.warning(&w)?,
                        }
                        next += 1;
                    }
                }
                Ok(())
            });
            // Read and batch on this thread; warnings go straight to the writer, in sequence.
            let mut seq = 0u64;
            let mut batch: Vec<Doc> = Vec::new();
            let mut batch_bytes = 0usize;
            let mut stopped = false;
            for event in events {
                match event {
                    Event::Doc(doc) => {
                        batch_bytes += doc.text.len();
                        batch.push(doc);
                        if batch.len() >= BATCH_DOCS || batch_bytes >= BATCH_BYTES {
                            stopped |= work_tx.send((seq, std::mem::take(&mut batch))).is_err();
                            seq += 1;
                            batch_bytes = 0;
                        }
                    }
                    Event::Warning(w) => {
                        if !batch.is_empty() {
                            stopped |= work_tx.send((seq, std::mem::take(&mut batch))).is_err();
                            seq += 1;
                            batch_bytes = 0;
                        }
                        stopped |= out_tx.send((seq, Output::Warning(w))).is_err();
                        seq += 1;
                    }
                }
                if stopped {
                    break;
                }
            }
            if !batch.is_empty() && !stopped {
                let _ = work_tx.send((seq, batch));
            }
            drop(work_tx);
            drop(out_tx);
            let mut merged = GraphBuilder::default();
            for handle in handles {
                match handle.join() {
                    Ok(builder) => merged.merge(builder),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            match writer.join() {
                Ok(result) => result?,
                Err(panic) => std::panic::resume_unwind(panic),
            }
            Ok(merged)
        })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::path::Path;

    /// The pipeline of the shipped gazetteer and rules (for the library's unit tests).
    pub(crate) fn shipped_pipeline() -> Pipeline {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteer");
        let gazetteer = Gazetteer::from_dir(&dir).unwrap();
        let rules = Rules::from_path(&dir.join("rules.txt")).unwrap();
        Pipeline::new(gazetteer, rules).unwrap()
    }

    fn doc(id: &str, text: String) -> Doc {
        Doc { id: id.into(), text, date: None, url: None, title: None }
    }

    /// A worker keeps its buffers for documents of ordinary size, and lets a huge document's go
    /// before the next one, so one such record does not set the worker's memory for the run.
    #[test]
    fn a_huge_documents_buffers_are_not_kept() {
        let p = shipped_pipeline();
        let options = GraphOptions::default();
        let sentence = "Iran supplied Russia with Shahed drones, officials in Kyiv said. ";
        let text_of = |bytes: usize| sentence.repeat(bytes / sentence.len() + 1);
        let small = doc("small", sentence.to_string());
        let mut scratch = DocScratch::default();

        let medium = doc("medium", text_of(SCRATCH_KEEP_BYTES / 4));
        p.process_with(&medium, options, &mut scratch);
        p.process_with(&small, options, &mut scratch);
        assert!(
            scratch.matched.norm.text.capacity() >= medium.text.len(),
            "an ordinary document's buffers are kept for the next one"
        );

        let huge = doc("huge", text_of(2 * SCRATCH_KEEP_BYTES));
        p.process_with(&huge, options, &mut scratch);
        assert!(scratch.matched.norm.text.capacity() >= huge.text.len());
        let (after, mentions) = p.process_with(&small, options, &mut scratch);
        let (alone, alone_mentions) = p.process(&small, options);
        assert_eq!(format!("{after:?}"), format!("{alone:?}"));
        assert_eq!(mentions, alone_mentions);
        assert!(!after.relations.is_empty(), "the small document still yields its relation");
        let kept = scratch.matched.norm.text.capacity()
            + scratch.matched.sentences.capacity() * std::mem::size_of::<crate::text::Sentence>()
            + scratch.matched.mentions.capacity() * std::mem::size_of::<Mention>();
        assert!(kept < SCRATCH_KEEP_BYTES / 4, "{kept} bytes kept after the huge document");
    }

    /// The rule profile counts every rule attempt of every worker, across a huge document that
    /// makes a worker let go of its buffers, and profiling changes no result.
    #[test]
    fn the_rule_profile_counts_every_attempt_and_changes_nothing() {
        let sentence =
            "Iran has supplied Russia with Shahed drones and sent missiles, officials said. ";
        let huge = "The talks went on for hours. ".repeat(2 * SCRATCH_KEEP_BYTES / 29 + 1);
        let docs = |texts: &[&str]| -> Vec<Event> {
            let each = texts.iter().enumerate();
            each.map(|(i, t)| Event::Doc(doc(&i.to_string(), t.to_string()))).collect()
        };
        let run = |p: &Pipeline, texts: &[&str], jobs: usize| {
            let mut progress = |_: u64, _: u64| {};
            let events = docs(texts).into_iter();
            let builder = p
                .run(events, jobs, GraphOptions::default(), &NoRender, &mut NullSink, &mut progress)
                .unwrap();
            let graph = builder.finish(&p.gazetteer, 1);
            let mut graphml = Vec::new();
            crate::export::graphml::write(&graph, &mut graphml).unwrap();
            graphml
        };
        let mut p = shipped_pipeline();
        let plain = run(&p, &[sentence, &huge, sentence], 2);
        assert!(p.rule_profile().is_none(), "no profile unless asked for");

        p.profile_rules();
        run(&p, &[sentence], 1);
        let once = p.rule_profile().unwrap();
        let rules = &p.extractor.rules().rules;
        assert_eq!(once.costs().len(), rules.len());
        let matched: Vec<&str> = (0..rules.len())
            .filter(|&ri| once.costs()[ri].matched > 0)
            .map(|ri| rules[ri].id.as_str())
            .collect();
        assert!(!matched.is_empty(), "the supply matched a rule");
        assert!(once.costs().iter().all(|c| c.matched <= c.attempts));
        assert!(once.costs().iter().any(|c| c.attempts > c.matched), "some rule failed");
        assert!(once.costs().iter().all(|c| c.attempts == 0 || c.nanos > 0), "timed");

        // The profile goes on adding up: one more run of the sentence, a huge document between.
        for jobs in [1, 2] {
            let before = p.rule_profile().unwrap();
            let profiled = run(&p, &[sentence, &huge, sentence], jobs);
            assert_eq!(profiled, plain, "profiling changed the graph ({jobs} jobs)");
            let after = p.rule_profile().unwrap();
            for (ri, rule) in rules.iter().enumerate() {
                let (b, a, o) = (before.costs()[ri], after.costs()[ri], once.costs()[ri]);
                assert_eq!(a.attempts, b.attempts + 2 * o.attempts, "{} ({jobs} jobs)", rule.id);
                assert_eq!(a.matched, b.matched + 2 * o.matched, "{} ({jobs} jobs)", rule.id);
            }
        }
    }

    /// Each co-occurring pair is counted once per sentence, with its earliest sentence as
    /// evidence, however many sentences and other pairs lie between: here one pair in 41
    /// sentences, interleaved with two others (enough that sorting the pairs reorders a run).
    #[test]
    fn cooccurrences_count_sentences_and_keep_the_earliest() {
        let p = shipped_pipeline();
        let mut text = String::from("Officials met on Monday. ");
        for k in 0..40 {
            text.push_str("Iran and Russia met. ");
            text.push_str(if k % 2 == 0 { "Chile and Peru met. " } else { "Chile and Iran met. " });
        }
        text.push_str("Russia and Iran met again.");
        let (result, _) = p.process(&doc("pairs", text), GraphOptions::default());
        let id = |code: &str| p.gazetteer.get(&format!("state:{code}")).unwrap().0;
        let pair = |a: &str, b: &str| {
            let (a, b) = (id(a).min(id(b)), id(a).max(id(b)));
            result.cooccurrences.iter().find(|((x, y), _)| (x.0, y.0) == (a, b)).map(|&(_, c)| c)
        };
        assert_eq!(pair("IR", "RU"), Some((41, 1)));
        assert_eq!(pair("CL", "PE"), Some((20, 2)));
        assert_eq!(pair("CL", "IR"), Some((20, 4)));
        assert!(result.cooccurrences.windows(2).all(|w| w[0].0 < w[1].0), "sorted by pair");
    }
}
