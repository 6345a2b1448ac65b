//! GEXF 1.3 for Gephi, Gephi Lite (graphology) and networkx: typed attributes whose titles are
//! distinct even ignoring case (Gephi needs that) and whose ids equal their titles (as Gephi
//! writes them: graphology's parser names a column after its id unless the id is a number),
//! `viz:color` by entity kind and edge type, `viz:size` by mentions, parallel edges of different
//! types told apart by `kind`, and — when documents carry ISO dates — `mode="dynamic"` with node
//! and edge start/end so Gephi's timeline animates the graph.
//!
//! Every edge is directed, co-occurrences too (from the smaller id to the larger, with
//! `kind="co_occurs"` and the boolean attribute `cooccurrence`), as in the GraphML and JSON
//! exports: networkx's `read_gexf` refuses a directed graph holding `type="undirected"` edges.
//! Spells are written only for dates that start `YYYY-MM-DD` (all `timeformat="date"` accepts).

use super::json::attribute_columns;
use super::{
    best_evidence, edge_color, kind_color, push_evidence_refs, push_int, push_joined, push_xml,
    push_xml_edge_start, render_records, xml_escape, EscapedIds, Output, Text,
};
use crate::graph::{Date, KnowledgeGraph};
use std::io;

/// The opening of an edge's `<attvalue>` for attribute `name`, up to its value, as one literal.
macro_rules! attvalue {
    ($name:literal) => {
        concat!(r#"<attvalue for=""#, $name, r#"" value=""#)
    };
}

pub fn write(graph: &KnowledgeGraph, w: &mut dyn Output) -> io::Result<()> {
    let attrs = attribute_columns(graph);
    let dynamic =
        graph.edges().any(|(_, e, _)| spell_dates(&e.data.first_seen, &e.data.last_seen).is_some())
            || graph.nodes().any(|n| spell_dates(&n.data.first_seen, &n.data.last_seen).is_some());
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
        writeln!(w, r#"  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">"#)?;
    } else {
        writeln!(w, r#"  <graph defaultedgetype="directed" mode="static">"#)?;
    }
    // Node attributes: fixed ones, then the kind-specific columns (prefixed so that no title can
    // equal another ignoring case).
    let node_attrs: Vec<(String, &str)> =
        [("kind", "string"), ("mentions", "integer"), ("docs", "integer"), ("aliases", "string")]
            .iter()
            .map(|(k, t)| (k.to_string(), *t))
            .chain(attrs.iter().map(|(_, name)| (format!("attr_{name}"), "string")))
            .collect();
    writeln!(w, r#"    <attributes class="node">"#)?;
    for (title, t) in &node_attrs {
        let title = xml_escape(title);
        writeln!(w, r#"      <attribute id="{title}" title="{title}" type="{t}"/>"#)?;
    }
    writeln!(w, "    </attributes>")?;
    let edge_attrs = [
        ("type", "string"),
        ("docs", "integer"),
        ("items", "string"),
        ("via", "string"),
        ("modality", "string"),
        ("evidence", "string"),
        ("evidence_refs", "string"),
        ("evidence_count", "integer"),
        ("cooccurrence", "boolean"),
    ];
    writeln!(w, r#"    <attributes class="edge">"#)?;
    for (title, t) in edge_attrs {
        writeln!(w, r#"      <attribute id="{title}" title="{title}" type="{t}"/>"#)?;
    }
    writeln!(w, "    </attributes>")?;
    let spell = |first: &Option<Date>, last: &Option<Date>| -> String {
        match spell_dates(first, last) {
            Some((a, b)) if dynamic => format!(r#" start="{a}" end="{b}""#),
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
            attrs.iter().map(|(column, _)| n.attrs.get(column).cloned().unwrap_or_default()),
        );
        for ((title, _), v) in node_attrs.iter().zip(&values) {
            if !v.is_empty() {
                writeln!(
                    w,
                    r#"          <attvalue for="{}" value="{}"/>"#,
                    xml_escape(title),
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
    // Edges are most of the file: rendered straight into the output's buffer, one line per
    // edge with its attvalues unindented (at scale the exports are bound by the disk,
    // and indentation was 15% of the file).
    let mut scratch = String::new();
    let ids = EscapedIds::new(graph, push_xml);
    render_records(w, graph.edges(), |buf, (s, e, t)| {
        let kind = e.key.kind.as_str();
        push_xml_edge_start(buf, "      ", (ids.of(s), e, ids.of(t)));
        // `kind` tells parallel edges apart (Gephi keys them by it), so a hedged or negated edge
        // gets its modality there; the label is the type.
        buf.push_str(r#" kind=""#);
        buf.push_str(kind);
        if e.key.modality != crate::model::Modality::Asserted {
            buf.push_str("_");
            buf.push_str(e.key.modality.as_str());
        }
        buf.push_str(r#"" label=""#);
        buf.push_str(kind);
        buf.push_str(r#"" weight=""#);
        push_int(buf, e.data.weight);
        buf.push_str(".0\"");
        if dynamic {
            if let Some((a, b)) = spell_dates(&e.data.first_seen, &e.data.last_seen) {
                buf.push_str(r#" start=""#);
                buf.push_str(a);
                buf.push_str(r#"" end=""#);
                buf.push_str(b);
                buf.push_str("\"");
            }
        }
        // Each value goes between an opening `<attvalue for="…" value="` spelled whole at
        // compile time (`attvalue!`) and `"/>`: three appends a value, not five, in the loop
        // that writes most of the file.
        let value = |buf: &mut Vec<u8>, open: &str, v: &str| {
            if !v.is_empty() {
                buf.push_str(open);
                push_xml(buf, v);
                buf.push_str("\"/>");
            }
        };
        // Type and modality names, numbers and booleans hold no markup (a test checks): copied
        // as they are, without the escape scan.
        let word = |buf: &mut Vec<u8>, open: &str, v: &str| {
            buf.push_str(open);
            buf.push_str(v);
            buf.push_str("\"/>");
        };
        buf.push_str(concat!("><attvalues>", attvalue!("type")));
        buf.push_str(kind);
        buf.push_str("\"/>");
        word(buf, attvalue!("docs"), itoa::Buffer::new().format(e.data.docs));
        scratch.clear();
        push_joined(&mut scratch, e.items().iter().map(String::as_str), "; ");
        value(buf, attvalue!("items"), &scratch);
        scratch.clear();
        push_joined(&mut scratch, e.via().iter().map(String::as_str), "; ");
        value(buf, attvalue!("via"), &scratch);
        word(buf, attvalue!("modality"), e.key.modality.as_str());
        value(buf, attvalue!("evidence"), &best_evidence(e));
        scratch.clear();
        push_evidence_refs(&mut scratch, e);
        value(buf, attvalue!("evidence_refs"), &scratch);
        word(buf, attvalue!("evidence_count"), itoa::Buffer::new().format(e.data.weight));
        word(
            buf,
            attvalue!("cooccurrence"),
            if e.key.kind.is_directed() { "false" } else { "true" },
        );
        let (r, g, b) = edge_color(e);
        buf.push_str(r#"</attvalues><viz:color r=""#);
        push_int(buf, r.into());
        buf.push_str(r#"" g=""#);
        push_int(buf, g.into());
        buf.push_str(r#"" b=""#);
        push_int(buf, b.into());
        buf.push_str("\"/></edge>\n");
    })?;
    writeln!(w, "    </edges>")?;
    writeln!(w, "  </graph>")?;
    writeln!(w, "</gexf>")
}

/// The `YYYY-MM-DD` prefix of a date, when it has one (`timeformat="date"` takes nothing else).
fn iso_date(s: &str) -> Option<&str> {
    let d = s.get(..10)?;
    let ok = d.bytes().enumerate().all(|(i, b)| match i {
        4 | 7 => b == b'-',
        _ => b.is_ascii_digit(),
    });
    ok.then_some(d)
}

/// Start and end of a spell, when both dates are ISO dates.
fn spell_dates<'a>(first: &'a Option<Date>, last: &'a Option<Date>) -> Option<(&'a str, &'a str)> {
    Some((iso_date(first.as_deref()?)?, iso_date(last.as_deref()?)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_iso_dates_make_spells() {
        assert_eq!(iso_date("2025-05-30"), Some("2025-05-30"));
        assert_eq!(iso_date("2025-05-30T10:00:00Z"), Some("2025-05-30"));
        assert_eq!(iso_date("30 May 2025"), None);
        assert_eq!(iso_date("2025-05"), None);
        // Byte 10 inside a multi-byte character: no panic.
        assert_eq!(iso_date("2025年05月30日"), None);
        let (a, b): (Option<Date>, Option<Date>) =
            (Some("2025-01-02".into()), Some("May 2025".into()));
        assert_eq!(spell_dates(&a, &a), Some(("2025-01-02", "2025-01-02")));
        assert_eq!(spell_dates(&a, &b), None);
        assert_eq!(spell_dates(&None, &a), None);
    }
}
