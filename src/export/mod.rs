//! Exporters: one serializer per format, each writing a [`KnowledgeGraph`] to an [`Output`] (a
//! file, or a `Vec<u8>`).
//!
//! `graphml` and `gexf` for Gephi, `dot` for Graphviz, `csv` (nodes.csv + edges.csv) in
//! `neo4j-admin database import` format plus `import.cypher` for LOAD CSV, `json` node-link for
//! networkx, D3 and Cytoscape. The per-instance JSON Lines files (relations, mentions) are written
//! while documents stream by, in `jsonl`. Everything is sorted by id, so the same input gives the
//! same bytes. Depends on `graph`, `model` and `io` ([`Output`]) only.

pub mod csv;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod jsonl;

use crate::graph::{Edge, KnowledgeGraph, Node};
pub use crate::io::Output;
use crate::model::Modality;
use std::borrow::Cow;

/// What the exporters append text to: an output's buffer (bytes) or a scratch `String`, so the
/// same helpers serve both.
pub trait Text {
    fn push_str(&mut self, s: &str);

    fn push_char(&mut self, c: char) {
        self.push_str(c.encode_utf8(&mut [0; 4]));
    }
}

impl Text for String {
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s);
    }

    fn push_char(&mut self, c: char) {
        self.push(c);
    }
}

impl Text for Vec<u8> {
    fn push_str(&mut self, s: &str) {
        self.extend_from_slice(s.as_bytes());
    }
}

/// `write!` into any [`Text`].
pub struct TextFmt<'a, T: ?Sized>(pub &'a mut T);

impl<T: Text + ?Sized> std::fmt::Write for TextFmt<'_, T> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.push_str(s);
        Ok(())
    }
}

/// Renders one record per item straight into `w`'s buffer, handing the buffer over whenever
/// it is full: the edge sections of every exporter, most of each file.
pub fn render_records<I: IntoIterator>(
    w: &mut dyn Output,
    items: I,
    mut render: impl FnMut(&mut Vec<u8>, I::Item),
) -> std::io::Result<()> {
    let (mut buf, mut limit) = w.buffer()?;
    for item in items {
        render(buf, item);
        if buf.len() >= limit {
            w.ship()?;
            (buf, limit) = w.buffer()?;
        }
    }
    Ok(())
}

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

/// The first evidence sentence of an edge, on one line; empty when the edge keeps references
/// only (co-occurrences without `--cooccurrence-text`).
pub fn best_evidence(edge: &Edge) -> Cow<'_, str> {
    edge.data.evidence.first().and_then(|e| e.text.as_deref()).map(one_line).unwrap_or_default()
}

/// Appends the references of the kept evidence sentences: `doc#sentence` joined by spaces.
pub fn push_evidence_refs(out: &mut (impl Text + ?Sized), edge: &Edge) {
    for (i, e) in edge.data.evidence.iter().enumerate() {
        if i > 0 {
            out.push_str(" ");
        }
        out.push_str(&e.doc);
        out.push_str("#");
        push_int(out, e.sentence as u64);
    }
}

/// Appends the stable edge id `source|type|target` (plus `|modality` when not asserted), from the
/// two node ids as given: escaped ids give the escaped edge id, since the type, the modality and
/// `|` need no escaping in any format.
pub fn push_edge_id(out: &mut (impl Text + ?Sized), source_id: &str, edge: &Edge, target_id: &str) {
    out.push_str(source_id);
    out.push_str("|");
    out.push_str(edge.key.kind.as_str());
    out.push_str("|");
    out.push_str(target_id);
    if edge.key.modality != Modality::Asserted {
        out.push_str("|");
        out.push_str(edge.key.modality.as_str());
    }
}

/// Every node's id escaped once for one format, found by entity. An edge names its two ends
/// (and both again inside its id), and the same few thousand ids recur over hundreds of
/// thousands of edges: escaping each once saves scanning them on every edge.
pub struct EscapedIds(Vec<String>);

impl EscapedIds {
    pub fn new(graph: &KnowledgeGraph, escape: impl Fn(&mut String, &str)) -> EscapedIds {
        let len = graph.nodes().map(|n| n.entity.index() + 1).max().unwrap_or(0);
        let mut ids = vec![String::new(); len];
        for n in graph.nodes() {
            escape(&mut ids[n.entity.index()], &n.id);
        }
        EscapedIds(ids)
    }

    pub fn of(&self, node: &Node) -> &str {
        self.0.get(node.entity.index()).map_or("", String::as_str)
    }
}

/// Appends the start of an XML edge element, `<edge id="…" source="…" target="…"` (element left
/// open), as GraphML and GEXF both write it, from the ends' XML-escaped ids.
pub fn push_xml_edge_start(
    out: &mut (impl Text + ?Sized),
    indent: &str,
    (source, edge, target): (&str, &Edge, &str),
) {
    out.push_str(indent);
    out.push_str(r#"<edge id=""#);
    push_edge_id(out, source, edge, target);
    out.push_str(r#"" source=""#);
    out.push_str(source);
    out.push_str(r#"" target=""#);
    out.push_str(target);
    out.push_str("\"");
}

/// A colour as `#rrggbb`, in bytes (the exporters' hot loops append it without formatting).
pub fn hex_bytes((r, g, b): (u8, u8, u8)) -> [u8; 7] {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = [b'#'; 7];
    for (i, v) in [r, g, b].into_iter().enumerate() {
        out[1 + 2 * i] = DIGITS[usize::from(v >> 4)];
        out[2 + 2 * i] = DIGITS[usize::from(v & 15)];
    }
    out
}

/// A colour as `#rrggbb`.
pub fn hex(rgb: (u8, u8, u8)) -> String {
    let mut out = String::with_capacity(7);
    push_hex(&mut out, rgb);
    out
}

/// Appends a colour as `#rrggbb`.
pub fn push_hex(out: &mut (impl Text + ?Sized), rgb: (u8, u8, u8)) {
    let hex = hex_bytes(rgb);
    out.push_str(std::str::from_utf8(&hex).unwrap_or_default());
}

/// Appends a decimal integer without the formatting machinery (exporters' hot loops).
pub fn push_int(out: &mut (impl Text + ?Sized), n: u64) {
    out.push_str(itoa::Buffer::new().format(n));
}

/// Appends items or rules joined by `sep`.
pub fn push_joined<'a>(
    out: &mut (impl Text + ?Sized),
    values: impl IntoIterator<Item = &'a str>,
    sep: &str,
) {
    for (i, v) in values.into_iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(v);
    }
}

/// Whether some byte of `bytes` is one `special` picks: the escape scans of every exporter,
/// which run over every value written. The bytes are tested 16 at a time, a block with no early
/// exit inside it, which the compiler turns into a few vector compares instead of a compare and
/// a branch per byte. A value's last block overlaps the one before it, and a value shorter
/// than a block is tested as one block made of its own overlapping head and tail (bytes tested
/// twice change nothing in an "any"), so only values under four bytes go byte by byte.
#[inline]
pub(crate) fn any_byte(bytes: &[u8], special: impl Fn(u8) -> bool + Copy) -> bool {
    const BLOCK: usize = 16;
    let hits = |block: &[u8]| block.iter().fold(false, |hit, &b| hit | special(b));
    let n = bytes.len();
    let mut block = [0u8; BLOCK];
    match n {
        0..4 => bytes.iter().any(|&b| special(b)),
        4..8 => {
            for half in [0, 8] {
                block[half..half + 4].copy_from_slice(&bytes[..4]);
                block[half + 4..half + 8].copy_from_slice(&bytes[n - 4..]);
            }
            hits(&block)
        }
        8..BLOCK => {
            block[..8].copy_from_slice(&bytes[..8]);
            block[8..].copy_from_slice(&bytes[n - 8..]);
            hits(&block)
        }
        _ => {
            let mut blocks = bytes.chunks_exact(BLOCK);
            blocks.any(hits) || !blocks.remainder().is_empty() && hits(&bytes[n - BLOCK..])
        }
    }
}

/// Collapses line breaks and tabs to single spaces (borrowed when there are none, the usual case).
pub fn one_line(s: &str) -> Cow<'_, str> {
    if !any_byte(s.as_bytes(), |b| (b == b'\n') | (b == b'\r') | (b == b'\t')) {
        return Cow::Borrowed(s);
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
    Cow::Owned(out)
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

/// Whether [`push_xml`] may have to replace byte `b`: markup characters, control characters,
/// and 0xEF (which leads U+FFFE and U+FFFF). Compares, not a table, so that [`any_byte`] can
/// test a block of bytes at once.
fn xml_special(b: u8) -> bool {
    (b < 0x20) | (b == b'&') | (b == b'<') | (b == b'>') | (b == b'"') | (b == b'\'') | (b == 0xEF)
}

/// Text that XML 1.0 can carry: escapes markup characters and replaces the control characters
/// XML forbids with U+FFFD.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_xml(&mut out, s);
    out
}

/// Appends `s` escaped as [`xml_escape`] does, copying the runs that need no escape in one go.
pub fn push_xml(out: &mut (impl Text + ?Sized), s: &str) {
    let bytes = s.as_bytes();
    // Most values (ids, names, dates, references) need nothing: one table scan, one copy.
    if !any_byte(bytes, xml_special) {
        out.push_str(s);
        return;
    }
    let mut clean_from = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let replacement = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&apos;",
            b'\n' => "&#10;",
            b'\r' => "&#13;",
            b'\t' => "&#9;",
            0..=0x1f => "\u{FFFD}",
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters either.
            0xef if matches!(bytes.get(i + 1..i + 3), Some([0xbf, 0xbe | 0xbf])) => "\u{FFFD}",
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[clean_from..i]);
        out.push_str(replacement);
        i += if b == 0xef { 3 } else { 1 };
        clean_from = i;
    }
    out.push_str(&s[clean_from..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// An output with a small buffer that keeps what it is handed, in order.
    #[derive(Default)]
    struct SmallOutput {
        buffer: Vec<u8>,
        shipped: Vec<Vec<u8>>,
    }

    impl Write for SmallOutput {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.buffer.extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    impl Output for SmallOutput {
        fn buffer(&mut self) -> std::io::Result<(&mut Vec<u8>, usize)> {
            Ok((&mut self.buffer, 8))
        }

        fn ship(&mut self) -> std::io::Result<()> {
            self.shipped.push(std::mem::take(&mut self.buffer));
            Ok(())
        }
    }

    #[test]
    fn rendered_records_are_shipped_whenever_the_buffer_fills_and_none_is_lost() {
        let mut out = SmallOutput::default();
        out.write_all(b"head:").unwrap();
        render_records(&mut out, ["a", "bcdef", "gh", "ijklmnopq", "r"], |buf, record| {
            buf.push_str(record);
            buf.push_str(";");
        })
        .unwrap();
        out.write_all(b":tail").unwrap();
        // Shipped once a record took the buffer to 8 bytes or more; the rest waits.
        assert_eq!(out.shipped, [b"head:a;bcdef;".to_vec(), b"gh;ijklmnopq;".to_vec()]);
        assert_eq!(out.buffer, b"r;:tail");
    }

    /// The escape rules, one character at a time: what `push_xml` must equal.
    fn reference(s: &str) -> String {
        s.chars()
            .map(|c| match c {
                '&' => "&amp;".to_string(),
                '<' => "&lt;".to_string(),
                '>' => "&gt;".to_string(),
                '"' => "&quot;".to_string(),
                '\'' => "&apos;".to_string(),
                '\n' => "&#10;".to_string(),
                '\r' => "&#13;".to_string(),
                '\t' => "&#9;".to_string(),
                c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => "\u{FFFD}".into(),
                c => c.to_string(),
            })
            .collect()
    }

    /// `any_byte` reads blocks, overlapping heads and tails: every byte of every length must
    /// still be seen, wherever the one special byte stands.
    #[test]
    fn any_byte_sees_every_byte_of_every_length() {
        let special = |b: u8| b == b'"';
        for len in 0..=50 {
            let plain = vec![b'a'; len];
            assert!(!any_byte(&plain, special), "length {len}, nothing special");
            for at in 0..len {
                let mut bytes = plain.clone();
                bytes[at] = b'"';
                assert!(any_byte(&bytes, special), "length {len}, special byte at {at}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_byte_agrees_with_a_byte_by_byte_scan(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..80),
        ) {
            for special in [xml_special as fn(u8) -> bool, |b| b < 0x20, |b| b == 0xEF] {
                proptest::prop_assert_eq!(
                    any_byte(&bytes, special),
                    bytes.iter().any(|&b| special(b))
                );
            }
        }
    }

    #[test]
    fn xml_escaping_equals_the_per_character_rules() {
        for s in [
            "",
            "plain text",
            "a<b>&\"c\"'d'",
            "line\nbreak\r\ttab\u{1}\u{1f}",
            "\u{FFFE}\u{FFFF}\u{FFFD}\u{FEFF}\u{EFFF}",
            "Россия “quoted” 北朝鮮 \u{F0000}&",
            "&",
            "\u{FFFF}",
        ] {
            assert_eq!(xml_escape(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn type_and_modality_names_need_no_escaping_in_any_format() {
        use crate::graph::EdgeKind;
        use crate::model::{Modality, RelationType};
        let kinds = RelationType::ALL.map(EdgeKind::Relation);
        let names = std::iter::once(EdgeKind::CoOccurs)
            .chain(kinds)
            .map(EdgeKind::as_str)
            .chain([Modality::Asserted, Modality::Hedged, Modality::Negated].map(Modality::as_str))
            .chain(["true", "false"]);
        for name in names {
            assert_eq!(xml_escape(name), name);
            assert_eq!(dot::quote(name), format!("\"{name}\""));
            let mut json = Vec::new();
            json::push_str(&mut json, name);
            assert_eq!(json, format!("\"{name}\"").into_bytes());
            assert_eq!(csv::safe_text(name), name);
            assert!(!name.contains([',', '"', '|', ';']), "{name}");
        }
    }

    #[test]
    fn one_line_borrows_when_there_is_nothing_to_do() {
        assert!(matches!(one_line("one line"), Cow::Borrowed(_)));
        assert_eq!(one_line("two\nlines \n\tand\r\nmore"), "two lines and more");
    }
}
