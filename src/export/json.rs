//! Node-link JSON (`graph.json`) as D3 and networkx read it: edges under `links` (so networkx 3.4
//! and later need `nx.node_link_graph(data, edges="links")`), each edge's `key` its id, and
//! `color` as `#rrggbb` on nodes and links (the GEXF, GraphML and DOT colours).
//!
//! [`attribute_columns`], used by every exporter here, names the gazetteer's attribute columns.

use super::{
    attribute_names, best_evidence, edge_color, hex, hex_bytes, kind_color, push_edge_id,
    render_records, EscapedIds, Output,
};
use crate::graph::KnowledgeGraph;
use serde_json::{json, Map, Value};
use std::io;

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
pub fn write(graph: &KnowledgeGraph, w: &mut dyn Output) -> io::Result<()> {
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
    let ids = EscapedIds::new(graph, |out, id| {
        let mut quoted = Vec::new();
        push_str(&mut quoted, id);
        // Without its quotes; push_str writes valid UTF-8 from valid UTF-8.
        out.push_str(std::str::from_utf8(&quoted[1..quoted.len() - 1]).unwrap_or_default());
    });
    // Links are most of the file: each is rendered by hand straight into the output's buffer
    // (fields in name order, as the nodes' maps are); `push_str` escapes exactly as serde_json
    // does, which a unit test checks.
    render_records(w, graph.edges().enumerate(), |line, (i, (s, e, t))| {
        let (source, target) = (ids.of(s), ids.of(t));
        key.clear();
        push_edge_id(&mut key, source, e, target);
        if i > 0 {
            line.extend_from_slice(b",\n");
        }
        line.extend_from_slice(b"{\"color\":\"");
        line.extend_from_slice(&hex_bytes(edge_color(e)));
        line.extend_from_slice(b"\",\"context\":");
        line.extend_from_slice(if e.data.context() { b"true" } else { b"false" });
        line.extend_from_slice(b",\"docs\":");
        line.extend_from_slice(itoa::Buffer::new().format(e.data.docs).as_bytes());
        line.extend_from_slice(b",\"evidence\":");
        push_str(line, &best_evidence(e));
        line.extend_from_slice(b",\"evidence_sentences\":[");
        for (j, ev) in e.data.evidence.iter().enumerate() {
            if j > 0 {
                line.push(b',');
            }
            line.extend_from_slice(b"{\"doc\":");
            push_str(line, &ev.doc);
            line.extend_from_slice(b",\"sentence\":");
            line.extend_from_slice(itoa::Buffer::new().format(ev.sentence).as_bytes());
            // Left out for a co-occurrence kept as a reference only.
            if let Some(text) = &ev.text {
                line.extend_from_slice(b",\"text\":");
                push_str(line, text);
            }
            line.push(b'}');
        }
        line.extend_from_slice(b"],\"first_seen\":");
        push_optional_str(line, e.data.first_seen.as_deref());
        line.extend_from_slice(b",\"items\":");
        push_str_array(line, e.items());
        line.extend_from_slice(b",\"key\":");
        push_escaped(line, &key);
        line.extend_from_slice(b",\"last_seen\":");
        push_optional_str(line, e.data.last_seen.as_deref());
        line.extend_from_slice(b",\"modality\":");
        // Type and modality names hold nothing to escape (a test in `export` checks).
        push_escaped(line, e.key.modality.as_str());
        line.extend_from_slice(b",\"source\":");
        push_escaped(line, source);
        line.extend_from_slice(b",\"target\":");
        push_escaped(line, target);
        line.extend_from_slice(b",\"type\":");
        push_escaped(line, e.key.kind.as_str());
        // Only where the source acted through someone it names (keys stay in sorted order).
        if !e.via().is_empty() {
            line.extend_from_slice(b",\"via\":");
            push_str_array(line, e.via());
        }
        line.extend_from_slice(b",\"weight\":");
        line.extend_from_slice(itoa::Buffer::new().format(e.data.weight).as_bytes());
        line.push(b'}');
    })?;
    writeln!(w, "\n]")?;
    writeln!(w, "}}")
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends a JSON array of strings.
fn push_str_array(out: &mut Vec<u8>, values: &[String]) {
    out.push(b'[');
    for (j, value) in values.iter().enumerate() {
        if j > 0 {
            out.push(b',');
        }
        push_str(out, value);
    }
    out.push(b']');
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"` and `\\`, the short
/// forms `\\b \\f \\n \\r \\t`, other control characters as `\\u00XX`; everything else as is.
pub(crate) fn push_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    // Most values need no escaping: one scan, one copy.
    if !super::any_byte(bytes, |b| (b < 0x20) | (b == b'"') | (b == b'\\')) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    let mut clean_from = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[clean_from..i]);
        if short.is_empty() {
            out.extend_from_slice(b"\\u00");
            out.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
        } else {
            out.extend_from_slice(short);
        }
        clean_from = i + 1;
    }
    out.extend_from_slice(&bytes[clean_from..]);
    out.push(b'"');
}

/// Appends, in quotes, a string already escaped for JSON (an [`EscapedIds`] id) or one that
/// needs no escaping.
fn push_escaped(out: &mut Vec<u8>, escaped: &str) {
    out.push(b'"');
    out.extend_from_slice(escaped.as_bytes());
    out.push(b'"');
}

fn push_optional_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => push_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

#[cfg(test)]
mod tests {
    use super::{export_names, push_str};

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_control: String = (0u8..0x20).map(char::from).collect();
        every_control.push_str("\u{7f}\"\\/ é 🙂 \u{2028}");
        for s in ["", "plain", "a\"b", "back\\slash", "line\nbreak\r\t", every_control.as_str()] {
            let mut out = Vec::new();
            push_str(&mut out, s);
            assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

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
