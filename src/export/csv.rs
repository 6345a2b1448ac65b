//! Neo4j: `nodes.csv` and `edges.csv` in `neo4j-admin database import full` header format, and
//! `import.cypher`, an idempotent LOAD CSV script for a running database.
//!
//! Values are made safe for every reader of these files: line breaks become spaces (no
//! `--multiline-fields` needed); a backslash becomes U+29F5 `⧵`, because LOAD CSV's legacy quote
//! escaping reads `\"` as a quote and a trailing backslash corrupts the row; a text value starting
//! with `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet never runs it as a formula; `;`
//! inside an array element (the array delimiter) becomes `,`.
//!
//! Gazetteer attribute columns are named by [`super::json::attribute_columns`]: never a fixed
//! property, never a `:` that neo4j-admin would read as a type.

use super::json::attribute_columns;
use super::{best_evidence, one_line, push_evidence_refs, render_records, EscapedIds, Output};
use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::model::RelationType;
use std::borrow::Cow;
use std::io::{self, Write};

/// Makes a text value safe for neo4j-admin, LOAD CSV and spreadsheets (see the module doc).
pub fn safe_text(s: &str) -> Cow<'_, str> {
    let formula = s.starts_with(['=', '+', '-', '@']);
    let special = |b| (b == b'\\') | (b == b'\n') | (b == b'\r') | (b == b'\t');
    if !formula && !super::any_byte(s.as_bytes(), special) {
        return Cow::Borrowed(s); // the usual case: nothing to change
    }
    let mut out = one_line(s).replace('\\', "\u{29F5}");
    if formula {
        out.insert(0, '\'');
    }
    Cow::Owned(out)
}

fn array(values: &[String]) -> String {
    values.iter().map(|v| safe_text(v).replace(';', ",")).collect::<Vec<_>>().join(";")
}

fn relationship_type(kind: EdgeKind) -> &'static [u8] {
    match kind {
        EdgeKind::CoOccurs => b"CO_OCCURS",
        EdgeKind::Relation(RelationType::Supplies) => b"SUPPLIES",
        EdgeKind::Relation(RelationType::Deploys) => b"DEPLOYS",
        EdgeKind::Relation(RelationType::Sanctions) => b"SANCTIONS",
    }
}

fn csv_err(e: csv::Error) -> io::Error {
    io::Error::other(e)
}

pub fn write_nodes(graph: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let attrs = attribute_columns(graph);
    let mut out = csv::WriterBuilder::new().from_writer(w);
    let mut header: Vec<String> =
        ["id:ID(Entity)", "name", "kind", "mentions:int", "docs:int", "aliases:string[]"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    header.extend(attrs.iter().map(|(_, name)| name.clone()));
    header.push(":LABEL".into());
    out.write_record(&header).map_err(csv_err)?;
    for n in graph.nodes() {
        let mut row: Vec<Cow<str>> = vec![
            safe_text(&n.id),
            safe_text(&n.name),
            n.kind.as_str().into(),
            n.data.mentions.to_string().into(),
            n.data.docs.to_string().into(),
            array(&n.aliases).into(),
        ];
        row.extend(
            attrs
                .iter()
                .map(|(column, _)| n.attrs.get(column).map(|v| safe_text(v)).unwrap_or_default()),
        );
        row.push(format!("Entity;{}", n.kind.label()).into());
        out.write_record(row.iter().map(|v| v.as_bytes())).map_err(csv_err)?;
    }
    out.flush()
}

pub fn write_edges(graph: &KnowledgeGraph, w: &mut dyn Output) -> io::Result<()> {
    const HEADER: [&str; 13] = [
        ":START_ID(Entity)",
        ":END_ID(Entity)",
        ":TYPE",
        "weight:int",
        "docs:int",
        "items:string[]",
        "via:string[]",
        "modality",
        "first_seen",
        "last_seen",
        "evidence",
        "evidence_refs",
        "context:boolean",
    ];
    // Edges are most of the file: each row is rendered straight into the output's buffer, field
    // by field from borrowed text, quoted as the csv crate quotes (a unit test compares the two).
    let mut header = Vec::new();
    push_row(&mut header, HEADER.map(str::as_bytes));
    w.write_all(&header)?;
    let mut refs = String::new();
    // The same few thousand node ids recur over hundreds of thousands of rows: each is made safe
    // and quoted once, then copied.
    let ids = EscapedIds::new(graph, |out, id| out.push_str(&encoded_field(id)));
    render_records(w, graph.edges(), |row, (s, e, t)| {
        refs.clear();
        push_evidence_refs(&mut refs, e);
        for end in [s, t] {
            row.extend_from_slice(ids.of(end).as_bytes());
            row.push(b',');
        }
        push_row(
            row,
            [
                relationship_type(e.key.kind),
                itoa::Buffer::new().format(e.data.weight).as_bytes(),
                itoa::Buffer::new().format(e.data.docs).as_bytes(),
                array(e.items()).as_bytes(),
                array(e.via()).as_bytes(),
                e.key.modality.as_str().as_bytes(),
                e.data.first_seen.as_deref().unwrap_or("").as_bytes(),
                e.data.last_seen.as_deref().unwrap_or("").as_bytes(),
                safe_text(&best_evidence(e)).as_bytes(),
                safe_text(&refs).as_bytes(),
                if e.data.context() { b"true" } else { b"false" },
            ],
        );
    })?;
    w.flush()
}

/// Appends one CSV record and its newline, quoting as the csv crate's default writer does: a
/// field holding a comma, a quote, CR or LF goes in quotes, with quotes doubled.
fn push_row<const N: usize>(out: &mut Vec<u8>, fields: [&[u8]; N]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        push_field(out, field);
    }
    out.push(b'\n');
}

/// A text value as [`push_row`] writes it after [`safe_text`]: made safe, then quoted if need be.
fn encoded_field(text: &str) -> String {
    let mut field = Vec::new();
    push_field(&mut field, safe_text(text).as_bytes());
    // Quoting adds only ASCII to valid UTF-8: nothing is lost here.
    String::from_utf8_lossy(&field).into_owned()
}

/// Appends one CSV field, quoted as [`push_row`] says.
fn push_field(out: &mut Vec<u8>, field: &[u8]) {
    if super::any_byte(field, |b| (b == b',') | (b == b'"') | (b == b'\r') | (b == b'\n')) {
        out.push(b'"');
        for &b in field {
            if b == b'"' {
                out.push(b'"');
            }
            out.push(b);
        }
        out.push(b'"');
    } else {
        out.extend_from_slice(field);
    }
}

/// LOAD CSV script: constraint first, then MERGE nodes and relationships (safe to run twice).
pub fn write_cypher(w: &mut dyn Write) -> io::Result<()> {
    let mut s = String::new();
    s.push_str("// kgraph: load nodes.csv and edges.csv into a running Neo4j (copy both into its import/ folder).\n");
    s.push_str(
        "// cypher-shell -u neo4j -p PASSWORD -f import.cypher   — idempotent: MERGE everywhere.\n",
    );
    s.push_str(
        "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n\n",
    );
    s.push_str("LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row\n");
    s.push_str("MERGE (n:Entity {id: row.`id:ID(Entity)`})\n");
    s.push_str(
        "SET n.name = row.name, n.kind = row.kind, n.mentions = toInteger(row.`mentions:int`),\n",
    );
    s.push_str("    n.docs = toInteger(row.`docs:int`), n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, ';') END\n");
    for (kind, label) in [
        ("state", "State"),
        ("person", "Person"),
        ("organization", "Organization"),
        ("weapon", "Weapon"),
    ] {
        s.push_str(&format!(
            "FOREACH (_ IN CASE WHEN row.kind = '{kind}' THEN [1] ELSE [] END | SET n:{label})\n"
        ));
    }
    s.push_str(";\n\n");
    for t in ["CO_OCCURS", "SUPPLIES", "DEPLOYS", "SANCTIONS"] {
        s.push_str("LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row\n");
        s.push_str(&format!("WITH row WHERE row.`:TYPE` = '{t}'\n"));
        s.push_str("MATCH (a:Entity {id: row.`:START_ID(Entity)`}), (b:Entity {id: row.`:END_ID(Entity)`})\n");
        s.push_str(&format!("MERGE (a)-[r:{t} {{modality: row.modality}}]->(b)\n"));
        s.push_str(
            "SET r.weight = toInteger(row.`weight:int`), r.docs = toInteger(row.`docs:int`),\n",
        );
        s.push_str("    r.items = CASE row.`items:string[]` WHEN '' THEN [] ELSE split(row.`items:string[]`, ';') END,\n");
        s.push_str("    r.via = CASE row.`via:string[]` WHEN '' THEN [] ELSE split(row.`via:string[]`, ';') END,\n");
        s.push_str("    r.first_seen = row.first_seen, r.last_seen = row.last_seen, r.evidence = row.evidence,\n");
        s.push_str("    r.evidence_refs = row.evidence_refs, r.context = row.`context:boolean` = 'true';\n\n");
    }
    w.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_quoted_as_the_csv_crate_quotes_them() {
        let fields: [&[u8]; 12] = [
            b"plain",
            b"",
            b"a,b",
            b"say \"hi\"",
            b"line\nbreak",
            b"cr\rhere",
            b"\"",
            b",",
            b" spaced ",
            "Zürich;Kyiv".as_bytes(),
            b"#hash",
            b"'=1+1",
        ];
        let mut mine = Vec::new();
        push_row(&mut mine, fields);
        push_row(&mut mine, fields.map(|f| if f.is_empty() { &b"x"[..] } else { f }));
        let mut theirs = csv::WriterBuilder::new().from_writer(Vec::new());
        theirs.write_record(fields).unwrap();
        theirs.write_record(fields.map(|f| if f.is_empty() { &b"x"[..] } else { f })).unwrap();
        assert_eq!(
            String::from_utf8(mine).unwrap(),
            String::from_utf8(theirs.into_inner().unwrap()).unwrap()
        );
    }

    #[test]
    fn a_node_id_is_encoded_once_as_every_row_would_encode_it() {
        for id in ["state:KP", "a,b", "say \"hi\"", "=cmd()", "two\nlines", "back\\slash"] {
            let mut row = Vec::new();
            push_row(&mut row, [safe_text(id).as_bytes()]);
            assert_eq!(format!("{}\n", encoded_field(id)).into_bytes(), row, "{id:?}");
        }
    }

    #[test]
    fn unsafe_text_is_neutralised() {
        assert_eq!(safe_text("=cmd()"), "'=cmd()");
        assert_eq!(safe_text("-1 @x"), "'-1 @x");
        assert_eq!(safe_text("ends with \\"), "ends with \u{29F5}");
        assert_eq!(safe_text("two\nlines"), "two lines");
        assert_eq!(array(&["a;b".into(), "c".into()]), "a,b;c");
    }
}
