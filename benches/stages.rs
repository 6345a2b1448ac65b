//! Micro-benchmarks of kgraph's stages (issue 6), through the library's public API:
//!
//! - `text`: normalisation (`text::normalize`) and segmentation (`text::sentences`);
//! - `match`: the alias automaton and its filters (`Matcher::find`) on pre-normalised text;
//! - `pipeline`: mentions (normalise, segment, match), the relation rules alone
//!   (`Extractor::extract` on mentions found beforehand), one document through every stage
//!   (`Pipeline::process`), and the streaming driver with graph merging (`Pipeline::run`, one
//!   thread) plus `GraphBuilder::finish`;
//! - `export`: the graph of the documents written as GraphML, GEXF, DOT, CSV and JSON to
//!   `io::sink()`.
//!
//! The documents are `seeds/*.txt` unless `KGRAPH_BENCH_CORPUS` names a JSON Lines file or folder
//! (then its first ~2 MB of documents); the gazetteer is `gazetteer/` unless
//! `KGRAPH_BENCH_GAZETTEER` names another folder (e.g. the 100k-alias one from
//! `scripts/gen_corpus.py gazetteer`).
//!
//! ```text
//! cargo bench --bench stages
//! KGRAPH_BENCH_GAZETTEER=/tmp/gaz100k cargo bench --bench stages -- match
//! ```

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kgraph::corpus::{Corpus, Event};
use kgraph::export::{self, ExportOptions};
use kgraph::graph::GraphOptions;
use kgraph::matcher::Matcher;
use kgraph::model::{Doc, Mention};
use kgraph::pipeline::{NoRender, NullSink};
use kgraph::text::{normalize, sentences, Normalized};
use kgraph::{Gazetteer, KnowledgeGraph, Pipeline, Rules};
use std::hint::black_box;
use std::io;
use std::path::PathBuf;
use std::time::Duration;

/// At most this much document text when the documents come from `KGRAPH_BENCH_CORPUS`.
const SAMPLE_BYTES: usize = 2_000_000;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn gazetteer_dir() -> PathBuf {
    std::env::var_os("KGRAPH_BENCH_GAZETTEER")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("gazetteer"))
}

/// Stops the benchmark with a message (the crate denies `unwrap`/`expect`).
fn or_die<T, E: std::fmt::Display>(result: Result<T, E>, what: &str) -> T {
    match result {
        Ok(v) => v,
        Err(e) => panic!("stages bench: {what}: {e}"),
    }
}

fn documents() -> Vec<Doc> {
    let (inputs, limit) = match std::env::var_os("KGRAPH_BENCH_CORPUS") {
        Some(p) => (vec![PathBuf::from(p)], SAMPLE_BYTES),
        None => (vec![root().join("seeds")], usize::MAX),
    };
    let corpus = or_die(Corpus::open(&inputs), "cannot open the documents");
    let mut docs = Vec::new();
    let mut bytes = 0usize;
    for event in corpus {
        if let Event::Doc(doc) = event {
            bytes += doc.text.len();
            docs.push(doc);
            if bytes >= limit {
                break;
            }
        }
    }
    assert!(!docs.is_empty(), "stages bench: no documents in {inputs:?}");
    docs
}

fn pipeline() -> Pipeline {
    let dir = gazetteer_dir();
    let gazetteer = or_die(Gazetteer::from_dir(&dir), "cannot load the gazetteer");
    let rules = or_die(Rules::from_path(&dir.join("rules.txt")), "cannot load the rules");
    or_die(Pipeline::new(gazetteer, rules), "cannot compile the pipeline")
}

fn total_bytes(docs: &[Doc]) -> u64 {
    docs.iter().map(|d| d.text.len() as u64).sum()
}

fn graph_of(pipeline: &Pipeline, docs: &[Doc]) -> KnowledgeGraph {
    let builder = or_die(
        pipeline.run(
            docs.iter().cloned().map(Event::Doc),
            1,
            GraphOptions::default(),
            &NoRender,
            &mut NullSink,
            &mut |_, _| {},
        ),
        "pipeline run",
    );
    builder.finish(&pipeline.gazetteer, 1)
}

fn text_stages(c: &mut Criterion) {
    let docs = documents();
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(total_bytes(&docs)));
    group.bench_function("normalize", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(normalize(black_box(&d.text)));
            }
        })
    });
    group.bench_function("sentences", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(sentences(black_box(&d.text)));
            }
        })
    });
    group.finish();
}

fn match_stage(c: &mut Criterion) {
    let docs = documents();
    let dir = gazetteer_dir();
    let gazetteer = or_die(Gazetteer::from_dir(&dir), "cannot load the gazetteer");
    let matcher = or_die(Matcher::new(&gazetteer), "cannot compile the aliases");
    let normalized: Vec<Normalized> = docs.iter().map(|d| normalize(&d.text)).collect();
    let mut group = c.benchmark_group("match");
    group.throughput(Throughput::Bytes(total_bytes(&docs)));
    let keys = matcher.key_count();
    group.bench_function(BenchmarkId::new("find", format!("{keys}_keys")), |b| {
        let mut out: Vec<Mention> = Vec::new();
        b.iter(|| {
            for (d, n) in docs.iter().zip(&normalized) {
                out.clear();
                matcher.find(&d.text, n, &mut out);
                black_box(&out);
            }
        })
    });
    group.finish();
    let mut group = c.benchmark_group("match_build");
    group.sample_size(10);
    group.bench_function(BenchmarkId::new("automaton", format!("{keys}_keys")), |b| {
        b.iter(|| black_box(or_die(Matcher::new(&gazetteer), "compile")))
    });
    group.finish();
}

fn pipeline_stages(c: &mut Criterion) {
    let docs = documents();
    let pipeline = pipeline();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(total_bytes(&docs)));
    group.bench_function("mentions", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(pipeline.matched(black_box(&d.text)));
            }
        })
    });
    // The relation rules alone, on mentions found beforehand.
    let found: Vec<_> = docs.iter().map(|d| pipeline.matched(&d.text)).collect();
    group.bench_function("relations", |b| {
        b.iter(|| {
            for (d, matched) in docs.iter().zip(&found) {
                black_box(pipeline.extractor.extract(d, matched));
            }
        })
    });
    group.bench_function("process", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(pipeline.process(black_box(d), GraphOptions::default()));
            }
        })
    });
    group.bench_function("run_jobs1_and_finish", |b| {
        b.iter(|| black_box(graph_of(&pipeline, &docs)))
    });
    group.finish();
}

fn export_stage(c: &mut Criterion) {
    let docs = documents();
    let pipeline = pipeline();
    let graph = graph_of(&pipeline, &docs);
    let options = ExportOptions::default();
    let mut group = c.benchmark_group("export");
    type Writer = fn(&KnowledgeGraph, ExportOptions, &mut dyn export::Output) -> io::Result<()>;
    let writers: [(&str, Writer); 5] = [
        ("graphml", |g, _, w| export::graphml::write(g, w)),
        ("gexf", |g, _, w| export::gexf::write(g, w)),
        ("dot", export::dot::write),
        ("csv", |g, _, w| {
            export::csv::write_nodes(g, w)?;
            export::csv::write_edges(g, w)
        }),
        ("json", |g, _, w| export::json::write(g, w)),
    ];
    let edges = graph.edge_count();
    for (name, write) in writers {
        group.bench_function(BenchmarkId::new(name, format!("{edges}_edges")), |b| {
            // Rendered into memory, reused from one iteration to the next: the exporter's own
            // work, without the disk.
            let mut out = Vec::new();
            b.iter(|| {
                out.clear();
                or_die(write(&graph, options, &mut out), "export")
            })
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = text_stages, match_stage, pipeline_stages, export_stage
}
criterion_main!(benches);
