//! Node-link JSON (`graph.json`) as D3 and networkx read it: edges under `links` (so networkx 3.4
//! and later need `nx.node_link_graph(data, edges="links")`), each edge's `key` its id, and
//! `color` as `#rrggbb` on nodes and links (the GEXF, GraphML and DOT colours).

use super::{attribute_names, best_evidence, edge_color, kind_color};
use crate::graph::KnowledgeGraph;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

pub fn write(graph: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let attrs = attribute_names(graph);
    let nodes: Vec<Value> = graph
        .nodes()
        .map(|n| {
            let mut m = Map::new();
            m.insert("id".into(), json!(n.id));
            m.insert("label".into(), json!(n.name));
            m.insert("kind".into(), json!(n.kind.as_str()));
            m.insert("mentions".into(), json!(n.data.mentions));
            m.insert("docs".into(), json!(n.data.docs));
            m.insert("aliases".into(), json!(n.aliases));
            m.insert("color".into(), json!(hex(kind_color(n))));
            for a in &attrs {
                if let Some(v) = n.attrs.get(a) {
                    m.insert(a.clone(), json!(v));
                }
            }
            Value::Object(m)
        })
        .collect();
    let links: Vec<Value> = graph
        .edges()
        .map(|(s, e, t)| {
            json!({
                "source": s.id,
                "target": t.id,
                "key": e.id(graph),
                "type": e.key.kind.as_str(),
                "weight": e.data.weight,
                "docs": e.data.docs,
                "items": e.items,
                "modality": e.key.modality.as_str(),
                "first_seen": e.data.first_seen,
                "last_seen": e.data.last_seen,
                "evidence": best_evidence(e),
                "evidence_sentences": e.data.evidence.iter().map(|ev| json!({"doc": ev.doc, "sentence": ev.sentence, "text": ev.text})).collect::<Vec<_>>(),
                "context": e.data.context,
                "color": hex(edge_color(e)),
            })
        })
        .collect();
    let doc = json!({
        "directed": true,
        "multigraph": true,
        "graph": {"name": "kgraph"},
        "nodes": nodes,
        "links": links,
    });
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    writeln!(w)
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}
