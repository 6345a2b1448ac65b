//! The raw-scan baseline of issue 6: how fast can the alias automaton alone go over a corpus?
//!
//! Scans for the keys of kgraph's own matcher (`Matcher::keys`: one key per alias text plus the
//! blocking phrases and the rules' trigger words) with one automaton of them all, built like the
//! matcher's (`MatchKind::Standard`, contiguous NFA) and run as a plain overlapping search over
//! every byte, over the documents of a corpus read by the same `kgraph::corpus::Corpus` reader,
//! doing nothing else:
//!
//! - `--mode count`: ASCII-lowercases each text into a reused buffer (the keys are lowercase) and
//!   counts the raw overlapping matches;
//! - `--mode words` (default): the same, plus the whole-word test of every match
//!   (`kgraph::text::is_whole_word`), sentence splitting (`kgraph::text::sentences`) and, per
//!   sentence, the distinct entities and their pairs (capped like kgraph) counted in a hash map —
//!   the "raw scan with whole words and pair counting" reference that kgraph's throughput is
//!   compared with;
//! - `--mode anchored`: the same as `words`, but the whole-word matches are found the way kgraph's
//!   matcher finds them (`Matcher::whole_word_keys`: its automata run anchored from each word
//!   start, not over every byte). Not the issue's "raw scan"; reported beside it so that the
//!   share of kgraph's speed that comes from matching smarter, not from doing less, is visible.
//!
//! ```text
//! cargo bench --bench raw_scan -- --corpus /tmp/corpus.jsonl [--gazetteer gazetteer] [--mode words|count|anchored]
//! ```
//!
//! (the rules are the gazetteer folder's `rules.txt`, as for `kgraph build`.)
//!
//! Prints one line with the counts, the load and scan times and MB/s (10^6 bytes of document text
//! per second), scan only and including load.

use aho_corasick::automaton::Automaton;
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Input, Match};
use kgraph::corpus::{Corpus, Event};
use kgraph::graph::MAX_COOCCURRING;
use kgraph::matcher::Matcher;
use kgraph::text::{is_whole_word, sentences};
use kgraph::Gazetteer;
use kgraph::Rules;
use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Count,
    Words,
    Anchored,
}

struct Args {
    corpus: Vec<PathBuf>,
    gazetteer: PathBuf,
    mode: Mode,
}

fn parse_args() -> Result<Args, String> {
    let mut args =
        Args { corpus: Vec::new(), gazetteer: PathBuf::from("gazetteer"), mode: Mode::Words };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            // cargo bench passes --bench to harness = false targets.
            "--bench" => {}
            "--corpus" => args.corpus.push(it.next().ok_or("--corpus needs a file")?.into()),
            "--gazetteer" => {
                args.gazetteer = it.next().ok_or("--gazetteer needs a folder")?.into();
            }
            "--mode" => {
                args.mode = match it.next().as_deref() {
                    Some("count") => Mode::Count,
                    Some("words") => Mode::Words,
                    Some("anchored") => Mode::Anchored,
                    other => return Err(format!("--mode count|words|anchored, not {other:?}")),
                }
            }
            "-h" | "--help" => {
                return Err(
                    "usage: raw_scan --corpus FILE.jsonl [--gazetteer DIR] [--mode count|words|anchored]"
                        .into(),
                )
            }
            other if !other.starts_with('-') => args.corpus.push(other.into()),
            other => return Err(format!("unknown flag {other}")),
        }
    }
    if args.corpus.is_empty() {
        return Err("give a corpus: --corpus FILE.jsonl (or a folder of .txt files)".into());
    }
    Ok(args)
}

/// Every match of the automaton in `text`, overlapping: a plain pass over every byte.
fn overlapping<'a>(ac: &'a NFA, text: &'a str) -> Result<impl Iterator<Item = Match> + 'a, String> {
    ac.try_find_overlapping_iter(Input::new(text)).map_err(|e| e.to_string())
}

#[derive(Default)]
struct Counts {
    docs: u64,
    bytes: u64,
    matches: u64,
    whole_words: u64,
    sentences: u64,
    pair_instances: u64,
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let started = Instant::now();
    let gazetteer = Gazetteer::from_dir(&args.gazetteer).map_err(|e| e.to_string())?;
    let rules = Rules::from_path(&args.gazetteer.join("rules.txt")).map_err(|e| e.to_string())?;
    let cues = rules.trigger_phrases();
    let keys = Matcher::keys(gazetteer.patterns(), gazetteer.blockers(), &cues);
    let first_entity: Vec<Option<u32>> = keys.iter().map(|(_, e)| e.map(|e| e.0)).collect();
    // Each mode builds only what it scans with: the anchored one kgraph's matcher, the others one
    // automaton of every key.
    let (matcher, ac) = if args.mode == Mode::Anchored {
        (Some(Matcher::with_cues(&gazetteer, &cues, 1).map_err(|e| e.to_string())?), None)
    } else {
        let ac = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(keys.iter().map(|(text, _)| text))
            .map_err(|e| e.to_string())?;
        (None, Some(ac))
    };
    let loaded = started.elapsed().as_secs_f64();

    let corpus = Corpus::open(&args.corpus).map_err(|e| e.to_string())?;
    let mut counts = Counts::default();
    let mut lower = String::new();
    let mut in_sentence: Vec<u32> = Vec::new();
    let mut hits: Vec<(usize, u32)> = Vec::new();
    let mut pairs: HashMap<(u32, u32), u64> = HashMap::new();
    let scan_start = Instant::now();
    for event in corpus {
        let Event::Doc(doc) = event else { continue };
        counts.docs += 1;
        counts.bytes += doc.text.len() as u64;
        lower.clear();
        lower.push_str(&doc.text);
        lower.make_ascii_lowercase();
        hits.clear();
        if let Some(matcher) = &matcher {
            matcher.whole_word_keys(&lower, |start, _, key| {
                counts.matches += 1;
                if let Some(entity) = first_entity[key] {
                    hits.push((start, entity));
                }
            });
        } else if let Some(ac) = &ac {
            if args.mode == Mode::Count {
                counts.matches += overlapping(ac, &lower)?.count() as u64;
                continue;
            }
            for m in overlapping(ac, &lower)? {
                counts.matches += 1;
                if !is_whole_word(&lower, m.start(), m.end()) {
                    continue;
                }
                if let Some(entity) = first_entity[m.pattern().as_usize()] {
                    hits.push((m.start(), entity));
                }
            }
        }
        counts.whole_words += hits.len() as u64;
        // Overlapping matches come in order of their end; sort by start for the sentence walk.
        hits.sort_unstable();
        let sents = sentences(&doc.text);
        counts.sentences += sents.len() as u64;
        let mut h = 0usize;
        for s in &sents {
            while h < hits.len() && hits[h].0 < s.start {
                h += 1;
            }
            in_sentence.clear();
            while h < hits.len() && hits[h].0 < s.end {
                in_sentence.push(hits[h].1);
                h += 1;
            }
            if in_sentence.len() < 2 {
                continue;
            }
            in_sentence.sort_unstable();
            in_sentence.dedup();
            in_sentence.truncate(MAX_COOCCURRING);
            for (x, &a) in in_sentence.iter().enumerate() {
                for &b in &in_sentence[x + 1..] {
                    *pairs.entry((a, b)).or_default() += 1;
                    counts.pair_instances += 1;
                }
            }
        }
    }
    let scan = scan_start.elapsed().as_secs_f64();
    let total = started.elapsed().as_secs_f64();
    let mb = counts.bytes as f64 / 1e6;
    let rate = |s: f64| if s > 0.0 { mb / s } else { 0.0 };
    println!(
        "raw_scan mode={} keys={} kind=ContiguousNFA: {} docs, {:.2} MB, {} raw matches, {} whole-word, \
         {} sentences, {} pair instances, {} distinct pairs; load {:.3} s, scan {:.3} s; \
         {:.1} MB/s scan, {:.1} MB/s with load",
        match args.mode {
            Mode::Count => "count",
            Mode::Words => "words",
            Mode::Anchored => "anchored",
        },
        keys.len(),
        counts.docs,
        mb,
        counts.matches,
        counts.whole_words,
        counts.sentences,
        counts.pair_instances,
        pairs.len(),
        loaded,
        scan,
        rate(scan),
        rate(total),
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("raw_scan: {e}");
            ExitCode::FAILURE
        }
    }
}
