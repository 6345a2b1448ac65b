//! Partial graphs merge exactly: for random splits of a corpus into 1–16 shards, merged in random
//! groupings and orders, the exports are byte-identical to one build over the whole corpus, and
//! the relation instances are the same set.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kgraph::export::{self, ExportOptions};
use kgraph::graph::{DocResult, GraphBuilder, GraphOptions};

/// With co-occurrence text, so that evidence text round-trips through partials too.
const OPTIONS: GraphOptions = GraphOptions { include_hedged: false, cooccurrence_text: true };
use kgraph::model::Doc;
use kgraph::partial::{self, Partial};
use kgraph::{Gazetteer, KnowledgeGraph, Pipeline, Rules};
use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Fixture {
    pipeline: Pipeline,
    results: Vec<DocResult>,
    whole: Vec<u8>,
    whole_relations: Vec<String>,
}

/// Seeds plus documents recombined from their sentences (with dates), processed once.
fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let g = Gazetteer::from_dir(&root().join("gazetteer")).unwrap();
        let rules = Rules::from_path(&root().join("gazetteer/rules.txt")).unwrap();
        let pipeline = Pipeline::new(g, rules).unwrap();
        let mut docs: Vec<Doc> = Vec::new();
        let mut sentences: Vec<String> = Vec::new();
        let mut names: Vec<PathBuf> =
            std::fs::read_dir(root().join("seeds")).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        for path in &names {
            let text = std::fs::read_to_string(path).unwrap();
            for s in kgraph::text::sentences(&text) {
                sentences.push(text[s.start..s.end].to_string());
            }
            docs.push(Doc {
                id: path.file_name().unwrap().to_string_lossy().into_owned(),
                text,
                ..Doc::default()
            });
        }
        // Deterministic recombination: a linear congruential walk over the sentences.
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for i in 0..40 {
            let mut text = String::new();
            for _ in 0..12 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                text.push_str(&sentences[(state >> 33) as usize % sentences.len()]);
                text.push('\n');
            }
            let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
            // Some documents carry their address, which relations keep.
            let url = (i % 3 == 0).then(|| format!("https://news.example/{i}?lang=en&amp=1"));
            docs.push(Doc {
                id: format!("gen-{i:03}"),
                text,
                date: Some(date),
                url,
                ..Doc::default()
            });
        }
        // A state organ as the source: its relations carry `via`, which must round-trip too.
        docs.push(Doc {
            id: "organ".into(),
            text: "The Treasury Department sanctioned two Iranian firms.".into(),
            ..Doc::default()
        });
        let results: Vec<DocResult> = docs.iter().map(|d| pipeline.process(d, OPTIONS).0).collect();
        let mut builder = GraphBuilder::default();
        for r in &results {
            builder.add(r, OPTIONS);
        }
        let whole = exports(&builder.finish(&pipeline.gazetteer, 1));
        let whole_relations = relation_lines(
            &pipeline,
            results.iter().flat_map(|r| r.relations.iter().cloned()).collect(),
        );
        Fixture { pipeline, results, whole, whole_relations }
    })
}

fn exports(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut out = Vec::new();
    export::graphml::write(graph, &mut out).unwrap();
    export::gexf::write(graph, &mut out).unwrap();
    export::dot::write(graph, ExportOptions::default(), &mut out).unwrap();
    export::csv::write_nodes(graph, &mut out).unwrap();
    export::csv::write_edges(graph, &mut out).unwrap();
    export::json::write(graph, &mut out).unwrap();
    out
}

fn relation_lines(p: &Pipeline, relations: Vec<kgraph::model::Relation>) -> Vec<String> {
    let mut lines: Vec<String> = relations
        .iter()
        .map(|r| {
            let mut out = Vec::new();
            export::jsonl::write_relation(&p.gazetteer, r, &mut out).unwrap();
            String::from_utf8(out).unwrap()
        })
        .collect();
    lines.sort();
    lines
}

/// "Maps" one shard: builds its accumulator and serialises it as a partial.
fn map_shard(f: &Fixture, docs: &[usize]) -> Vec<u8> {
    let mut builder = GraphBuilder::default();
    let mut out = Vec::new();
    partial::write_header(&mut out).unwrap();
    for &d in docs {
        builder.add(&f.results[d], OPTIONS);
        for r in &f.results[d].relations {
            partial::write_relation(&f.pipeline.gazetteer, r, &mut out).unwrap();
        }
    }
    partial::write_graph(&f.pipeline.gazetteer, &builder, &mut out).unwrap();
    out
}

fn read(bytes: &[u8]) -> Partial {
    partial::read(Path::new("shard"), bytes, &fixture().pipeline.gazetteer).unwrap()
}

/// Serialises a merged partial again, as `kgraph merge --partial` does (for a tree of merges).
fn reserialise(p: &Partial) -> Vec<u8> {
    let g = &fixture().pipeline.gazetteer;
    let mut out = Vec::new();
    partial::write_header(&mut out).unwrap();
    for r in &p.relations {
        partial::write_relation(g, r, &mut out).unwrap();
    }
    partial::write_graph(g, &p.graph, &mut out).unwrap();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_split_and_merge_order_gives_the_whole_graph(
        shards in 1usize..=16,
        assignment in prop::collection::vec(0usize..16, 46),
        order in prop::collection::vec(any::<u32>(), 32),
    ) {
        let f = fixture();
        prop_assert_eq!(f.results.len(), 46);
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); shards];
        for (doc, a) in assignment.iter().enumerate() {
            groups[a % shards].push(doc);
        }
        let mut pending: Vec<Vec<u8>> = groups.iter().map(|g| map_shard(f, g)).collect();
        // Random groupings: repeatedly merge two random partials (in random order) into one.
        let mut k = 0;
        while pending.len() > 1 {
            let i = order[k % order.len()] as usize % pending.len();
            let a = pending.swap_remove(i);
            let j = order[(k + 1) % order.len()] as usize % pending.len();
            let b = pending.swap_remove(j);
            let mut merged = read(&b);
            merged.merge(read(&a));
            pending.push(reserialise(&merged));
            k += 2;
        }
        let last = read(&pending[0]);
        let relations = relation_lines(&f.pipeline, last.relations.clone());
        let graph = last.graph.finish(&f.pipeline.gazetteer, 1);
        prop_assert!(exports(&graph) == f.whole, "exports differ from the whole build");
        prop_assert_eq!(relations, f.whole_relations.clone());
    }
}

#[test]
fn an_old_or_foreign_partial_is_refused() {
    let g = &fixture().pipeline.gazetteer;
    let old = b"{\"record\":\"header\",\"format\":\"kgraph-partial\",\"version\":1}\n";
    let err = partial::read(Path::new("old.part"), &old[..], g).unwrap_err().to_string();
    assert!(err.contains("old.part:1: this is a kgraph-partial version 1 file; this kgraph reads kgraph-partial version 2"), "{err}");
    let headless = b"{\"record\":\"node\",\"id\":\"state:RU\",\"mentions\":1,\"docs\":1}\n";
    let err = partial::read(Path::new("x.part"), &headless[..], g).unwrap_err().to_string();
    assert!(err.contains("x.part:1: expected the header"), "{err}");
    let unknown = b"{\"record\":\"header\",\"format\":\"kgraph-partial\",\"version\":2}\n{\"record\":\"node\",\"id\":\"state:ZZ\",\"mentions\":1,\"docs\":1}\n";
    let err = partial::read(Path::new("y.part"), &unknown[..], g).unwrap_err().to_string();
    assert!(err.contains("y.part:2: \"state:ZZ\" is not in the gazetteer"), "{err}");
}

#[test]
fn map_and_merge_commands_reproduce_build() {
    let tmp = tempfile::tempdir().unwrap();
    let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
    std::fs::create_dir(&a).unwrap();
    std::fs::create_dir(&b).unwrap();
    for (i, e) in std::fs::read_dir(root().join("seeds")).unwrap().enumerate() {
        let path = e.unwrap().path();
        let dir = if i % 2 == 0 { &a } else { &b };
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_kgraph"))
            .args(args)
            .current_dir(root())
            .output()
            .unwrap();
        assert!(o.status.success(), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    };
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let (pa, pb, pab) =
        (tmp.path().join("a.part"), tmp.path().join("b.part"), tmp.path().join("ab.part"));
    run(&["map", &s(&a), "--partial", &s(&pa), "--quiet"]);
    run(&["map", &s(&b), "--partial", &s(&pb), "--quiet"]);
    run(&["merge", &s(&pb), &s(&pa), "--partial", &s(&pab)]);
    let (merged, built) = (tmp.path().join("merged"), tmp.path().join("built"));
    run(&["merge", &s(&pab), "--out", &s(&merged), "--quiet"]);
    run(&[
        "build",
        "seeds",
        "--out",
        &s(&built),
        "--quiet",
        "--format",
        "graphml,gexf,dot,csv,json,relations",
    ]);
    for name in [
        "graph.graphml",
        "graph.gexf",
        "graph.dot",
        "nodes.csv",
        "edges.csv",
        "graph.json",
        "import.cypher",
        "relations.jsonl",
    ] {
        assert!(
            std::fs::read(merged.join(name)).unwrap() == std::fs::read(built.join(name)).unwrap(),
            "{name} differs"
        );
    }
}
