//! GraphML for Gephi, networkx, igraph and yEd: typed `<key>` declarations (string, int, double,
//! boolean only — list types break networkx and igraph, so lists are joined with `; `), the
//! GraphML namespace igraph demands, node `label`, edge `weight` as double, and colours as the int
//! attributes `r`, `g`, `b` that Gephi and graphology (Gephi Lite) turn into node and edge colours
//! (the same colours as the GEXF and DOT files).

use super::json::attribute_columns;
use super::{
    best_evidence, edge_color, kind_color, push_evidence_refs, push_int, push_joined, push_xml,
    push_xml_edge_start, render_records, xml_escape, EscapedIds, Output, Text,
};
use crate::graph::KnowledgeGraph;
use std::io;

/// The opening tag of an edge's value for key `e_<name>`, as one literal.
macro_rules! data_key {
    ($name:literal) => {
        concat!(r#"<data key="e_"#, $name, r#"">"#)
    };
}

pub fn write(graph: &KnowledgeGraph, w: &mut dyn Output) -> io::Result<()> {
    let attrs = attribute_columns(graph);
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">"#
    )?;
    let node_keys: Vec<(String, &str)> = [
        ("label", "string"),
        ("kind", "string"),
        ("mentions", "int"),
        ("docs", "int"),
        ("aliases", "string"),
        ("r", "int"),
        ("g", "int"),
        ("b", "int"),
    ]
    .iter()
    .map(|(k, t)| (k.to_string(), *t))
    .chain(attrs.iter().map(|(_, name)| (name.clone(), "string")))
    .collect();
    for (k, t) in &node_keys {
        writeln!(
            w,
            r#"  <key id="n_{k}" for="node" attr.name="{k}" attr.type="{t}"/>"#,
            k = xml_escape(k)
        )?;
    }
    let edge_keys = [
        ("type", "string"),
        ("weight", "double"),
        ("docs", "int"),
        ("items", "string"),
        ("modality", "string"),
        ("cooccurrence", "boolean"),
        ("first_seen", "string"),
        ("last_seen", "string"),
        ("evidence", "string"),
        ("evidence_refs", "string"),
        ("evidence_count", "int"),
        ("rules", "string"),
        ("via", "string"),
        ("context", "boolean"),
        ("r", "int"),
        ("g", "int"),
        ("b", "int"),
    ];
    for (k, t) in edge_keys {
        writeln!(w, r#"  <key id="e_{k}" for="edge" attr.name="{k}" attr.type="{t}"/>"#)?;
    }
    writeln!(w, r#"  <graph id="kgraph" edgedefault="directed">"#)?;
    for n in graph.nodes() {
        writeln!(w, r#"    <node id="{}">"#, xml_escape(&n.id))?;
        let mut data = |k: &str, v: &str| {
            writeln!(w, r#"      <data key="n_{}">{}</data>"#, xml_escape(k), xml_escape(v))
        };
        data("label", &n.name)?;
        data("kind", n.kind.as_str())?;
        data("mentions", &n.data.mentions.to_string())?;
        data("docs", &n.data.docs.to_string())?;
        data("aliases", &n.aliases.join("; "))?;
        let (r, g, b) = kind_color(n);
        data("r", &r.to_string())?;
        data("g", &g.to_string())?;
        data("b", &b.to_string())?;
        for (column, name) in &attrs {
            if let Some(v) = n.attrs.get(column) {
                data(name, v)?;
            }
        }
        writeln!(w, "    </node>")?;
    }
    // Edges are most of the file: rendered straight into the output's buffer. One line per
    // edge, its data unindented: at scale the exports are bound by the disk, and indentation was
    // 13% of the file. Empty text values are left out (GraphML reads a missing value as unset).
    let mut id = String::new();
    let ids = EscapedIds::new(graph, push_xml);
    render_records(w, graph.edges(), |buf, (s, e, t)| {
        push_xml_edge_start(buf, "    ", (ids.of(s), e, ids.of(t)));
        // Each value goes between an opening tag and `</data>` spelled whole at compile time
        // (`data_key!`): three appends a value, not five, in the loop that writes most of the
        // file.
        let data = |buf: &mut Vec<u8>, open: &str, value: &str| {
            if !value.is_empty() {
                buf.push_str(open);
                push_xml(buf, value);
                buf.push_str("</data>");
            }
        };
        // Type and modality names, numbers and booleans hold no markup (a test checks): copied
        // as they are, without the escape scan.
        let word = |buf: &mut Vec<u8>, open: &str, value: &str| {
            buf.push_str(open);
            buf.push_str(value);
            buf.push_str("</data>");
        };
        let int = |buf: &mut Vec<u8>, open: &str, n: u64| {
            word(buf, open, itoa::Buffer::new().format(n));
        };
        buf.push_str(concat!(">", data_key!("type")));
        buf.push_str(e.key.kind.as_str());
        // An integer, written as a double.
        buf.push_str(concat!("</data>", data_key!("weight")));
        push_int(buf, e.data.weight);
        buf.push_str(".0</data>");
        int(buf, data_key!("docs"), e.data.docs);
        id.clear();
        push_joined(&mut id, e.items().iter().map(String::as_str), "; ");
        data(buf, data_key!("items"), &id);
        word(buf, data_key!("modality"), e.key.modality.as_str());
        word(
            buf,
            data_key!("cooccurrence"),
            if e.key.kind.is_directed() { "false" } else { "true" },
        );
        data(buf, data_key!("first_seen"), e.data.first_seen.as_deref().unwrap_or(""));
        data(buf, data_key!("last_seen"), e.data.last_seen.as_deref().unwrap_or(""));
        data(buf, data_key!("evidence"), &best_evidence(e));
        id.clear();
        push_evidence_refs(&mut id, e);
        data(buf, data_key!("evidence_refs"), &id);
        int(buf, data_key!("evidence_count"), e.data.weight);
        id.clear();
        push_joined(&mut id, e.data.rules(), "; ");
        data(buf, data_key!("rules"), &id);
        id.clear();
        push_joined(&mut id, e.via().iter().map(String::as_str), "; ");
        data(buf, data_key!("via"), &id);
        word(buf, data_key!("context"), if e.data.context() { "true" } else { "false" });
        let (r, g, b) = edge_color(e);
        buf.push_str(data_key!("r"));
        push_int(buf, r.into());
        buf.push_str(concat!("</data>", data_key!("g")));
        push_int(buf, g.into());
        buf.push_str(concat!("</data>", data_key!("b")));
        push_int(buf, b.into());
        buf.push_str("</data></edge>\n");
    })?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}
