//! Node-link JSON (`graph.json`) as D3 and networkx read it: edges under `links` (so networkx 3.4
//! and later need `nx.node_link_graph(data, edges="links")`), each edge's `key` its id, and
//! `color` as `#rrggbb` on nodes and links (the GEXF, GraphML and DOT colours).
//!
//! [`attribute_columns`], used by every exporter here, names the gazetteer's attribute columns.

use super::{attribute_names, best_evidence, edge_color, kind_color, push_edge_id};
use crate::graph::KnowledgeGraph;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// Names of the exported fields that attribute columns must never take (compared lowercased):
/// the fixed node fields of all formats, GraphML's colour keys, the Neo4j `name` property.
const RESERVED: [&str; 11] =
    ["id", "name", "label", "kind", "mentions", "docs", "aliases", "color", "r", "g", "b"];

/// The gazetteer's attribute columns (a gazetteer file may add columns of its own) with the name
/// every graph export gives them, sorted by column. A column keeps its name when that is a
/// lowercase ASCII identifier (`role`, `iso2`) taken by no fixed field; any other (`label`,
/// `Role`, `x:int`, `notes & "q"`) becomes `attr_` + its lowercased name with every character
/// outside `[a-z0-9_]` replaced by `_`, plus `_2`, `_3`… if still taken. So no export name equals
/// a fixed field or another one even ignoring case (GraphML key ids, GEXF titles, JSON keys and
/// Neo4j header columns stay unique) and none carries a character a header or id would misread.
pub fn attribute_columns(graph: &KnowledgeGraph) -> Vec<(String, String)> {
    export_names(attribute_names(graph))
}

/// [`attribute_columns`] for a sorted list of column names.
fn export_names(columns: Vec<String>) -> Vec<(String, String)> {
    let mut taken: std::collections::BTreeSet<String> =
        RESERVED.iter().map(|s| s.to_string()).collect();
    columns
        .into_iter()
        .map(|column| {
            let plain = column.starts_with(|c: char| c.is_ascii_lowercase())
                && column.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            let mut name = column.clone();
            if !plain || taken.contains(&name) {
                let base: String = format!("attr_{column}")
                    .chars()
                    .map(|c| c.to_ascii_lowercase())
                    .map(|c| if c.is_ascii_lowercase() || c.is_ascii_digit() { c } else { '_' })
                    .collect();
                name = base.clone();
                let mut n = 2;
                while taken.contains(&name) {
                    name = format!("{base}_{n}");
                    n += 1;
                }
            }
            taken.insert(name.clone());
            (column, name)
        })
        .collect()
}

/// Writes the node-link document one node and one link per line, streaming: the graph is never
/// copied into a JSON tree (which took gigabytes for large graphs).
pub fn write(graph: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let attrs = attribute_columns(graph);
    writeln!(w, "{{")?;
    writeln!(w, "\"directed\": true,")?;
    writeln!(w, "\"multigraph\": true,")?;
    writeln!(w, "\"graph\": {{\"name\": \"kgraph\"}},")?;
    writeln!(w, "\"nodes\": [")?;
    for (i, n) in graph.nodes().enumerate() {
        let mut m = Map::new();
        m.insert("id".into(), json!(n.id));
        m.insert("label".into(), json!(n.name));
        m.insert("kind".into(), json!(n.kind.as_str()));
        m.insert("mentions".into(), json!(n.data.mentions));
        m.insert("docs".into(), json!(n.data.docs));
        m.insert("aliases".into(), json!(n.aliases));
        m.insert("color".into(), json!(hex(kind_color(n))));
        for (column, name) in &attrs {
            if let Some(v) = n.attrs.get(column) {
                m.insert(name.clone(), json!(v));
            }
        }
        if i > 0 {
            writeln!(w, ",")?;
        }
        serde_json::to_writer(&mut *w, &Value::Object(m))?;
    }
    writeln!(w, "\n],")?;
    writeln!(w, "\"links\": [")?;
    let mut key = String::new();
    // Serialised into a reused buffer and written once per link: serde_json writes token by
    // token, and through `dyn Write` each token would be a call into the file's buffer.
    let mut line: Vec<u8> = Vec::with_capacity(1024);
    for (i, (s, e, t)) in graph.edges().enumerate() {
        key.clear();
        push_edge_id(&mut key, s, e, t);
        let link = Link {
            color: &hex(edge_color(e)),
            context: e.data.context(),
            docs: e.data.docs,
            evidence: &best_evidence(e),
            evidence_sentences: e
                .data
                .evidence
                .iter()
                .map(|ev| EvidenceSentence {
                    doc: &ev.doc,
                    sentence: ev.sentence,
                    text: ev.text.as_deref(),
                })
                .collect(),
            first_seen: e.data.first_seen.as_deref(),
            items: &e.items,
            key: &key,
            last_seen: e.data.last_seen.as_deref(),
            modality: e.key.modality.as_str(),
            source: &s.id,
            target: &t.id,
            kind: e.key.kind.as_str(),
            weight: e.data.weight,
        };
        line.clear();
        if i > 0 {
            line.extend_from_slice(b",\n");
        }
        serde_json::to_writer(&mut line, &link)?;
        w.write_all(&line)?;
    }
    writeln!(w, "\n]")?;
    writeln!(w, "}}")
}

/// One link of `graph.json` (fields in name order, as the nodes' maps are).
#[derive(Serialize)]
struct Link<'a> {
    color: &'a str,
    context: bool,
    docs: u64,
    evidence: &'a str,
    evidence_sentences: Vec<EvidenceSentence<'a>>,
    first_seen: Option<&'a str>,
    items: &'a [String],
    key: &'a str,
    last_seen: Option<&'a str>,
    modality: &'a str,
    source: &'a str,
    target: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    weight: u64,
}

#[derive(Serialize)]
struct EvidenceSentence<'a> {
    doc: &'a str,
    sentence: usize,
    /// Left out for a co-occurrence kept as a reference only.
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[cfg(test)]
mod tests {
    use super::export_names;

    #[test]
    fn attribute_columns_never_clash() {
        let columns =
            ["Role", "color", "id", "iso2", "label", "notes & \"q\"", "role", "type", "x:int"];
        let got = export_names(columns.iter().map(|s| s.to_string()).collect());
        let names: Vec<&str> = got.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "attr_role",
                "attr_color",
                "attr_id",
                "iso2",
                "attr_label",
                "attr_notes____q_",
                "role",
                "type",
                "attr_x_int"
            ]
        );
        let clash = export_names(vec!["attr_x".into(), "x-".into(), "x:".into()]);
        let names: Vec<&str> = clash.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(names, ["attr_x", "attr_x_", "attr_x__2"]);
    }
}
