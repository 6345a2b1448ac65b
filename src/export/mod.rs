//! Exporters: one serializer per format, each writing a [`KnowledgeGraph`] to any `impl Write`.
//!
//! `graphml` and `gexf` for Gephi, `dot` for Graphviz, `csv` (nodes.csv + edges.csv) in
//! `neo4j-admin database import` format plus `import.cypher` for LOAD CSV, `json` node-link for
//! networkx, D3 and Cytoscape. The per-instance JSON Lines files (relations, mentions) are written
//! while documents stream by, in `jsonl`. Everything is sorted by id, so the same input gives the
//! same bytes. Depends on `graph` and `model` only.

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod jsonl;

use crate::graph::{Edge, KnowledgeGraph, Node};

/// The graph export formats `--format` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    Graphml,
    Gexf,
    Dot,
    Csv,
    Json,
    Relations,
    Mentions,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Graphml,
        Format::Gexf,
        Format::Dot,
        Format::Csv,
        Format::Json,
        Format::Relations,
        Format::Mentions,
    ];

    pub fn parse(s: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == s)
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Dot => "dot",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Relations => "relations",
            Format::Mentions => "mentions",
        }
    }

    /// The files a format writes in the output folder.
    pub fn files(self) -> &'static [&'static str] {
        match self {
            Format::Graphml => &["graph.graphml"],
            Format::Gexf => &["graph.gexf"],
            Format::Dot => &["graph.dot"],
            Format::Csv => &["nodes.csv", "edges.csv", "import.cypher"],
            Format::Json => &["graph.json"],
            Format::Relations => &["relations.jsonl"],
            Format::Mentions => &["mentions.jsonl"],
        }
    }
}

/// Options the exporters share.
#[derive(Debug, Clone, Copy)]
pub struct ExportOptions {
    /// Co-occurrence edges lighter than this stay out of the DOT file (typed edges always go in).
    pub dot_cooccur_min: u64,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions { dot_cooccur_min: 3 }
    }
}

/// Names of the kind-specific node attributes present in the graph, sorted.
pub fn attribute_names(graph: &KnowledgeGraph) -> Vec<String> {
    let mut names: Vec<String> = graph.nodes().flat_map(|n| n.attrs.keys().cloned()).collect();
    names.sort();
    names.dedup();
    names
}

/// The first evidence sentence of an edge, on one line.
pub fn best_evidence(edge: &Edge) -> String {
    edge.data.evidence.first().map(|e| one_line(&e.text)).unwrap_or_default()
}

/// References of the kept evidence sentences: `doc#sentence` joined by spaces.
pub fn evidence_refs(edge: &Edge) -> String {
    edge.data
        .evidence
        .iter()
        .map(|e| format!("{}#{}", e.doc, e.sentence))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Collapses line breaks and tabs to single spaces.
pub fn one_line(s: &str) -> String {
    if !s.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == '\n' || c == '\r' || c == '\t' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = c == ' ';
        }
    }
    out
}

/// Colours by entity kind, shared by GEXF and DOT so the two pictures agree.
pub fn kind_color(node: &Node) -> (u8, u8, u8) {
    use crate::model::EntityKind::*;
    match node.kind {
        State => (66, 133, 244),
        Person => (219, 68, 55),
        Organization => (15, 157, 88),
        Weapon => (244, 160, 0),
    }
}

/// Colours by edge type.
pub fn edge_color(edge: &Edge) -> (u8, u8, u8) {
    use crate::graph::EdgeKind;
    use crate::model::RelationType::*;
    match edge.key.kind {
        EdgeKind::CoOccurs => (170, 170, 170),
        EdgeKind::Relation(Supplies) => (230, 81, 0),
        EdgeKind::Relation(Deploys) => (142, 36, 170),
        EdgeKind::Relation(Sanctions) => (0, 137, 123),
    }
}

/// Text that XML 1.0 can carry: escapes markup characters and replaces the control characters
/// XML forbids with U+FFFD.
pub fn xml_escape(s: &str) -> String {
    // Most names and sentences need no escaping: copy them in one go.
    if !s.bytes().any(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'' | 0..=0x1f | 0xef)) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
