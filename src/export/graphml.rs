//! GraphML for Gephi, networkx, igraph and yEd: typed `<key>` declarations (string, int, double,
//! boolean only — list types break networkx and igraph, so lists are joined with `; `), the
//! GraphML namespace igraph demands, node `label`, edge `weight` as double, and colours as the int
//! attributes `r`, `g`, `b` that Gephi and graphology (Gephi Lite) turn into node and edge colours
//! (the same colours as the GEXF and DOT files).

use super::json::attribute_columns;
use super::{best_evidence, edge_color, evidence_refs, kind_color, xml_escape};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

pub fn write(graph: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
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
    for (s, e, t) in graph.edges() {
        writeln!(
            w,
            r#"    <edge id="{}" source="{}" target="{}">"#,
            xml_escape(&e.id(graph)),
            xml_escape(&s.id),
            xml_escape(&t.id)
        )?;
        let mut data =
            |k: &str, v: &str| writeln!(w, r#"      <data key="e_{k}">{}</data>"#, xml_escape(v));
        data("type", e.key.kind.as_str())?;
        data("weight", &format!("{}.0", e.data.weight))?; // an integer, written as a double
        data("docs", &e.data.docs.to_string())?;
        data("items", &e.items.join("; "))?;
        data("modality", e.key.modality.as_str())?;
        data("cooccurrence", if e.key.kind.is_directed() { "false" } else { "true" })?;
        if let Some(d) = &e.data.first_seen {
            data("first_seen", d)?;
        }
        if let Some(d) = &e.data.last_seen {
            data("last_seen", d)?;
        }
        data("evidence", &best_evidence(e))?;
        data("evidence_refs", &evidence_refs(e))?;
        data("evidence_count", &e.data.weight.to_string())?;
        data("rules", &e.data.rules.iter().cloned().collect::<Vec<_>>().join("; "))?;
        data("context", if e.data.context { "true" } else { "false" })?;
        let (r, g, b) = edge_color(e);
        data("r", &r.to_string())?;
        data("g", &g.to_string())?;
        data("b", &b.to_string())?;
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}
