//! Property tests (proptest) over arbitrary text: normalisation and segmentation, matching,
//! relation extraction and every exporter. No panics; offsets always inside the text and on
//! character boundaries; exporters always well-formed, with names that survive a real parser.
//! Run longer with `PROPTEST_CASES=20000 cargo test --release --test fuzz`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kgraph::export::{self, ExportOptions};
use kgraph::graph::{GraphBuilder, GraphOptions};
use kgraph::model::{Doc, Entity, EntityKind};
use kgraph::pipeline::DocScratch;
use kgraph::text::{normalize, sentences};
use kgraph::{Gazetteer, Pipeline, Rules};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

/// Names that break naive exporters.
const NASTY: [&str; 8] = [
    "Evil \"Q\" & <Co>",
    "Back\\slash Land",
    "=Formula Republic",
    "Semi;colon, Comma State",
    "Тёмная Республика",
    "Emoji 🚀 Force",
    "\u{5d9}\u{5e9}\u{5e8}\u{5d0}\u{5dc} \u{200F}Union",
    "@Mention +Plus -Minus",
];

fn entity(id: &str, name: &str, kind: EntityKind) -> Entity {
    Entity { id: id.into(), name: name.into(), kind, aliases: Vec::new(), attrs: BTreeMap::new() }
}

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let mut entities: Vec<Entity> = NASTY
            .iter()
            .enumerate()
            // Ids with characters every format escapes: exporters escape each id once and
            // reuse it for every edge, which must give what escaping each use would.
            .map(|(i, n)| {
                entity(&format!("state:N{i} <&\"'\\\u{e9}\u{ffff}>"), n, EntityKind::State)
            })
            .collect();
        entities.push(entity("state:RU", "Russia", EntityKind::State));
        entities.push(entity("weapon:drones", "drones", EntityKind::Weapon));
        entities.push(entity("weapon:quote", "\"Tab\tShell\" missiles", EntityKind::Weapon));
        let g = Gazetteer::from_entities(entities).unwrap();
        let rules =
            Rules::from_path(&Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteer/rules.txt"))
                .unwrap();
        Pipeline::new(g, rules).unwrap()
    })
}

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(NASTY.to_vec()).prop_map(str::to_string),
        prop::sample::select(vec!["Russia", "drones", "\"Tab\tShell\" missiles", "Russia's"])
            .prop_map(str::to_string),
        prop::sample::select(vec![
            " supplied ",
            " shipped ",
            // rule vocabulary: passives, appositives, makers, heads, cues after the claim
            ",",
            " sent troops ",
            " were deployed ",
            " was hit with ",
            " is under ",
            " by ",
            "-made ",
            " administration ",
            " regime ",
            " remains ",
            " could not be verified",
            " the ",
            " in return ",
            " to ",
            " with ",
            " from ",
            " sanctions on ",
            " denied ",
            " may ",
            " and ",
            ", ",
            ". ",
            "! ",
            "? ",
            "\n",
            "\n\n",
            " U.S. ",
            " Mr. ",
            " 3.5 ",
            " “",
            "” ",
            "‘",
            "’",
            " — ",
            "\u{00AD}",
            "\u{200B}",
            "\u{202E}",
            "\u{FEFF}",
            "\t",
            "\r\n",
            "…",
            "é",
            "e\u{0301}",
            "ﬁ",
            "\u{0}",
            "Ω",
            "ß",
            "İ",
        ])
        .prop_map(str::to_string),
        "\\PC{0,12}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn normalisation_offsets_stay_on_char_boundaries(s in text()) {
        let n = normalize(&s);
        let mut last = 0;
        for i in 0..=n.text.len() {
            let o = n.original(i);
            prop_assert!(o <= s.len() && s.is_char_boundary(o));
            prop_assert!(o >= last, "offsets never go back");
            last = o;
        }
    }

    #[test]
    fn sentences_partition_the_text(s in text()) {
        let mut end = 0;
        for sentence in sentences(&s) {
            prop_assert!(sentence.start >= end && sentence.start < sentence.end && sentence.end <= s.len());
            prop_assert!(s.is_char_boundary(sentence.start) && s.is_char_boundary(sentence.end));
            end = sentence.end;
        }
    }

    #[test]
    fn mentions_and_relations_point_into_the_text(s in text()) {
        let p = pipeline();
        let doc = Doc { id: "fuzz".into(), text: s.clone(), ..Doc::default() };
        let (result, mentions) = p.process(&doc, GraphOptions::default());
        let mut last_end = 0;
        for m in &mentions {
            prop_assert!(m.start < m.end && m.end <= s.len());
            prop_assert!(s.is_char_boundary(m.start) && s.is_char_boundary(m.end));
            prop_assert!(m.start >= last_end, "mentions do not overlap");
            last_end = m.end;
        }
        for r in &result.relations {
            prop_assert_eq!(&s[r.start..r.end], r.text.as_str());
        }
    }

    #[test]
    fn a_reused_scratch_gives_what_a_fresh_one_gives(docs in prop::collection::vec(text(), 1..6)) {
        // Buffers kept from one document to the next must carry nothing over.
        let p = pipeline();
        let options = GraphOptions { include_hedged: true, cooccurrence_text: true };
        let mut scratch = DocScratch::default();
        for (i, t) in docs.iter().enumerate() {
            let doc = Doc { id: format!("d{i}"), text: t.clone(), ..Doc::default() };
            let (reused, reused_mentions) = p.process_with(&doc, options, &mut scratch);
            let (fresh, fresh_mentions) = p.process(&doc, options);
            prop_assert_eq!(format!("{reused:?}"), format!("{fresh:?}"));
            prop_assert_eq!(reused_mentions, fresh_mentions);
        }
    }

    #[test]
    fn every_exporter_stays_well_formed(docs in prop::collection::vec(text(), 1..4)) {
        let p = pipeline();
        let mut builder = GraphBuilder::default();
        for (i, t) in docs.iter().enumerate() {
            let doc = Doc { id: format!("doc \"{i}\" <&>"), text: t.clone(), date: Some("2024-01-02".into()), ..Doc::default() };
            let options = GraphOptions { include_hedged: true, cooccurrence_text: true };
            builder.add(&p.process(&doc, options).0, options);
        }
        let graph = builder.finish(&p.gazetteer, 1);
        let names: Vec<String> = graph.nodes().map(|n| n.name.clone()).collect();

        for (label, bytes) in [("graphml", render(|w| export::graphml::write(&graph, w))), ("gexf", render(|w| export::gexf::write(&graph, w)))] {
            let parsed = xml_texts(&bytes);
            prop_assert!(parsed.is_ok(), "{} is not well-formed XML: {:?}", label, parsed.err());
            let texts = parsed.unwrap();
            for name in &names {
                prop_assert!(texts.iter().any(|t| t == name), "{} lost the name {:?}", label, name);
            }
            // XML cannot carry U+FFFF: the exporters write U+FFFD for it.
            for (s, e, t) in graph.edges() {
                for id in [s.id.clone(), t.id.clone(), e.id(&graph)] {
                    let id = id.replace('\u{ffff}', "\u{fffd}");
                    prop_assert!(texts.contains(&id), "{} lost the id {:?}", label, id);
                }
            }
        }

        let json: serde_json::Value = serde_json::from_slice(&render(|w| export::json::write(&graph, w))).unwrap();
        prop_assert_eq!(json["nodes"].as_array().unwrap().len(), graph.node_count());
        prop_assert_eq!(json["links"].as_array().unwrap().len(), graph.edge_count());
        for ((s, e, t), link) in graph.edges().zip(json["links"].as_array().unwrap()) {
            prop_assert_eq!(link["source"].as_str(), Some(s.id.as_str()));
            prop_assert_eq!(link["target"].as_str(), Some(t.id.as_str()));
            let key = e.id(&graph);
            prop_assert_eq!(link["key"].as_str(), Some(key.as_str()));
        }

        for bytes in [render(|w| export::csv::write_nodes(&graph, w)), render(|w| export::csv::write_edges(&graph, w))] {
            let mut reader = csv::Reader::from_reader(bytes.as_slice());
            let width = reader.headers().unwrap().len();
            for row in reader.records() {
                let row = row.unwrap();
                prop_assert_eq!(row.len(), width);
                for field in row.iter() {
                    prop_assert!(!field.contains('\n') && !field.contains('\\'));
                    prop_assert!(!field.starts_with(['=', '+', '-', '@']));
                }
            }
        }

        let dot = String::from_utf8(render(|w| export::dot::write(&graph, ExportOptions { dot_cooccur_min: 1 }, w))).unwrap();
        prop_assert!(dot_is_balanced(&dot), "unbalanced DOT:\n{}", dot);
    }
}

fn render(f: impl FnOnce(&mut dyn export::Output) -> std::io::Result<()>) -> Vec<u8> {
    let mut out = Vec::new();
    f(&mut out).unwrap();
    out
}

/// Parses XML strictly and returns every attribute value and text node, unescaped.
fn xml_texts(bytes: &[u8]) -> Result<Vec<String>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(bytes);
    reader.config_mut().check_end_names = true;
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).map_err(|e| e.to_string())? {
            Event::Eof => return Ok(out),
            Event::Start(e) | Event::Empty(e) => {
                for a in e.attributes() {
                    let a = a.map_err(|e| e.to_string())?;
                    out.push(a.unescape_value().map_err(|e| e.to_string())?.into_owned());
                }
            }
            Event::Text(t) => out.push(t.unescape().map_err(|e| e.to_string())?.into_owned()),
            _ => {}
        }
        buf.clear();
    }
}

/// Every DOT string closes, and braces and brackets balance outside strings.
fn dot_is_balanced(dot: &str) -> bool {
    let (mut in_string, mut escaped, mut depth) = (false, false, 0i64);
    for c in dot.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                (false, '\n') => return false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => depth += 1,
            '}' | ']' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return false;
        }
    }
    !in_string && depth == 0
}
