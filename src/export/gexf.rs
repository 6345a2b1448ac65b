//! GEXF 1.3 for Gephi: typed attributes (titles distinct even ignoring case, which Gephi needs),
//! `viz:color` by entity kind and edge type, `viz:size` by mentions, parallel edges of different
//! types told apart by `kind`, and — when documents carry dates — `mode="dynamic"` with node and
//! edge start/end so Gephi's timeline animates the graph.

use super::{attribute_names, best_evidence, edge_color, kind_color, xml_escape};
use crate::graph::KnowledgeGraph;
use std::io::{self, Write};

pub fn write(graph: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let attrs = attribute_names(graph);
    let dynamic = graph.edges().any(|(_, e, _)| e.data.first_seen.is_some())
        || graph.nodes().any(|n| n.data.first_seen.is_some());
    writeln!(w, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        w,
        r#"<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">"#
    )?;
    writeln!(
        w,
        r#"  <meta><creator>kgraph</creator><description>entities and typed relations from news text</description></meta>"#
    )?;
    if dynamic {
        writeln!(
            w,
            r#"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#
        )?;
    } else {
        writeln!(w, r#"  <graph defaultedgetype="directed" mode="static">"#)?;
    }
    // Node attributes: fixed ones, then the kind-specific columns (prefixed so that no title can
    // equal another ignoring case).
    let node_attrs: Vec<(String, &str)> = [
        ("kind", "string"),
        ("mentions", "integer"),
        ("docs", "integer"),
        ("aliases", "string"),
    ]
    .iter()
    .map(|(k, t)| (k.to_string(), *t))
    .chain(attrs.iter().map(|a| (format!("attr_{a}"), "string")))
    .collect();
    writeln!(w, r#"    <attributes class="node">"#)?;
    for (i, (title, t)) in node_attrs.iter().enumerate() {
        writeln!(
            w,
            r#"      <attribute id="n{i}" title="{}" type="{t}"/>"#,
            xml_escape(title)
        )?;
    }
    writeln!(w, "    </attributes>")?;
    let edge_attrs = [
        ("type", "string"),
        ("docs", "integer"),
        ("items", "string"),
        ("modality", "string"),
        ("evidence", "string"),
        ("evidence_count", "integer"),
    ];
    writeln!(w, r#"    <attributes class="edge">"#)?;
    for (i, (title, t)) in edge_attrs.iter().enumerate() {
        writeln!(
            w,
            r#"      <attribute id="e{i}" title="{title}" type="{t}"/>"#
        )?;
    }
    writeln!(w, "    </attributes>")?;
    let spell = |first: &Option<String>, last: &Option<String>| -> String {
        match (first, last) {
            (Some(a), Some(b)) if dynamic => format!(
                r#" start="{}" end="{}""#,
                xml_escape(&a[..a.len().min(10)]),
                xml_escape(&b[..b.len().min(10)])
            ),
            _ => String::new(),
        }
    };
    writeln!(w, "    <nodes>")?;
    for n in graph.nodes() {
        writeln!(
            w,
            r#"      <node id="{}" label="{}"{}>"#,
            xml_escape(&n.id),
            xml_escape(&n.name),
            spell(&n.data.first_seen, &n.data.last_seen)
        )?;
        writeln!(w, "        <attvalues>")?;
        let mut values: Vec<String> = vec![
            n.kind.as_str().to_string(),
            n.data.mentions.to_string(),
            n.data.docs.to_string(),
            n.aliases.join("; "),
        ];
        values.extend(
            attrs
                .iter()
                .map(|a| n.attrs.get(a).cloned().unwrap_or_default()),
        );
        for (i, v) in values.iter().enumerate() {
            if !v.is_empty() {
                writeln!(
                    w,
                    r#"          <attvalue for="n{i}" value="{}"/>"#,
                    xml_escape(v)
                )?;
            }
        }
        writeln!(w, "        </attvalues>")?;
        let (r, g, b) = kind_color(n);
        writeln!(w, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
        writeln!(
            w,
            r#"        <viz:size value="{:.1}"/>"#,
            4.0 + 4.0 * ((n.data.mentions + 1) as f64).ln()
        )?;
        writeln!(w, "      </node>")?;
    }
    writeln!(w, "    </nodes>")?;
    writeln!(w, "    <edges>")?;
    for (s, e, t) in graph.edges() {
        let kind = e.key.kind.as_str();
        let undirected = if e.key.kind.is_directed() {
            ""
        } else {
            r#" type="undirected""#
        };
        writeln!(
            w,
            r#"      <edge id="{}" source="{}" target="{}" kind="{}" label="{}" weight="{:.1}"{undirected}{}>"#,
            xml_escape(&e.id(graph)),
            xml_escape(&s.id),
            xml_escape(&t.id),
            xml_escape(&format!(
                "{kind}{}",
                if e.key.modality == crate::model::Modality::Asserted {
                    String::new()
                } else {
                    format!("_{}", e.key.modality.as_str())
                }
            )),
            kind,
            e.data.weight as f64,
            spell(&e.data.first_seen, &e.data.last_seen)
        )?;
        writeln!(w, "        <attvalues>")?;
        let values = [
            kind.to_string(),
            e.data.docs.to_string(),
            e.items.join("; "),
            e.key.modality.as_str().to_string(),
            best_evidence(e),
            e.data.weight.to_string(),
        ];
        for (i, v) in values.iter().enumerate() {
            if !v.is_empty() {
                writeln!(
                    w,
                    r#"          <attvalue for="e{i}" value="{}"/>"#,
                    xml_escape(v)
                )?;
            }
        }
        writeln!(w, "        </attvalues>")?;
        let (r, g, b) = edge_color(e);
        writeln!(w, r#"        <viz:color r="{r}" g="{g}" b="{b}"/>"#)?;
        writeln!(w, "      </edge>")?;
    }
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}
