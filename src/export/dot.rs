//! Graphviz DOT: every id quoted and escaped (ids such as `state:KP` contain `:`, which DOT reads
//! as a port), nodes shaped and coloured by kind, edges coloured by type and labelled with their
//! items, a legend, and only the strongest co-occurrences so the picture stays legible.

use super::{
    edge_color, hex, kind_color, push_hex, push_int, push_joined, render_records, ExportOptions,
    Output, Text, TextFmt,
};
use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::model::{EntityIx, EntityKind};
use rustc_hash::FxHashSet;
use std::io;

/// A DOT double-quoted string: backslash and quote escaped, line breaks as `\n`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_quoted(&mut out, s);
    out
}

/// Appends `s` as [`quote`] writes it (the edge loop's form: no allocation per field).
fn push_quoted(out: &mut (impl Text + ?Sized), s: &str) {
    out.push_str("\"");
    // Ids, names and colours rarely hold anything DOT reads specially: copy them whole.
    if !super::any_byte(s.as_bytes(), |b| (b < 0x20) | (b == b'"') | (b == b'\\')) {
        out.push_str(s);
        out.push_str("\"");
        return;
    }
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if (c as u32) < 0x20 => out.push_str(" "),
            c => out.push_char(c),
        }
    }
    out.push_str("\"");
}

/// Appends a pen width with one decimal, as `{:.1}` formats it.
fn push_width(out: &mut (impl Text + ?Sized), width: f64) {
    use std::fmt::Write as _;
    // Appending text cannot fail.
    let _ = write!(TextFmt(out), "{width:.1}");
}

fn shape(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::State => "box",
        EntityKind::Person => "ellipse",
        EntityKind::Organization => "hexagon",
        EntityKind::Weapon => "diamond",
    }
}

pub fn write(graph: &KnowledgeGraph, options: ExportOptions, w: &mut dyn Output) -> io::Result<()> {
    let keep =
        |kind: EdgeKind, weight: u64| kind.is_directed() || weight >= options.dot_cooccur_min;
    // Only nodes that take part in a kept edge: a legible picture, not a list of every name.
    let mut shown: FxHashSet<EntityIx> = FxHashSet::default();
    for (s, e, t) in graph.edges() {
        if keep(e.key.kind, e.data.weight) {
            shown.insert(s.entity);
            shown.insert(t.entity);
        }
    }
    writeln!(w, "digraph kgraph {{")?;
    writeln!(w, "  graph [overlap=false, splines=true, rankdir=LR, outputorder=edgesfirst, fontname=\"Helvetica\", label=\"kgraph: who supplies, deploys and sanctions whom\", labelloc=t];")?;
    writeln!(w, "  node [style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=white];")?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=8];")?;
    for n in graph.nodes() {
        if !shown.contains(&n.entity) {
            continue;
        }
        writeln!(
            w,
            "  {} [label={}, shape={}, fillcolor={}, tooltip={}];",
            quote(&n.id),
            quote(&n.name),
            shape(n.kind),
            quote(&hex(kind_color(n))),
            quote(&format!("{} ({}), {} mentions", n.name, n.kind, n.data.mentions))
        )?;
    }
    // Edges are most of the file: rendered straight into the output's buffer.
    let mut text = String::new();
    let kept = graph.edges().filter(|(_, e, _)| keep(e.key.kind, e.data.weight));
    render_records(w, kept, |buf, (s, e, t)| {
        let color = edge_color(e);
        buf.push_str("  ");
        push_quoted(buf, &s.id);
        buf.push_str(" -> ");
        push_quoted(buf, &t.id);
        if e.key.kind == EdgeKind::CoOccurs {
            buf.push_str(" [dir=none, style=dashed, color=\"");
            push_hex(buf, color);
            buf.push_str("\", penwidth=");
            push_width(buf, 1.0 + (e.data.weight as f64).ln());
            buf.push_str(", tooltip=\"co-occur in ");
            push_int(buf, e.data.weight);
            buf.push_str(" sentences\"];\n");
        } else {
            text.clear();
            text.push_str(e.key.kind.as_str());
            if !e.items().is_empty() {
                text.push('\n');
                push_joined(&mut text, e.items().iter().map(String::as_str), ", ");
            }
            let style = match e.key.modality {
                crate::model::Modality::Asserted => "solid",
                _ => "dotted",
            };
            buf.push_str(" [label=");
            push_quoted(buf, &text);
            buf.push_str(", color=\"");
            push_hex(buf, color);
            buf.push_str("\", fontcolor=\"");
            push_hex(buf, color);
            buf.push_str("\", style=");
            buf.push_str(style);
            buf.push_str(", penwidth=");
            push_width(buf, 1.5 + (e.data.weight as f64).ln());
            buf.push_str("];\n");
        }
    })?;
    // Legend: one node per kind, one edge per type.
    writeln!(w, "  subgraph cluster_legend {{")?;
    writeln!(w, "    label=\"Legend\"; fontsize=10; color=\"#cccccc\";")?;
    for (kind, name) in [
        (EntityKind::State, "state"),
        (EntityKind::Person, "person"),
        (EntityKind::Organization, "organisation"),
        (EntityKind::Weapon, "weapon"),
    ] {
        let sample = crate::graph::Node {
            entity: crate::model::EntityIx(0),
            id: String::new(),
            name: String::new(),
            kind,
            aliases: Vec::new(),
            attrs: Default::default(),
            data: Default::default(),
        };
        writeln!(
            w,
            "    {} [label={}, shape={}, fillcolor={}];",
            quote(&format!("legend:{name}")),
            quote(name),
            shape(kind),
            quote(&hex(kind_color(&sample)))
        )?;
    }
    writeln!(w, "    \"legend:state\" -> \"legend:person\" [label=\"supplies\", color=\"#e65100\", fontcolor=\"#e65100\"];")?;
    writeln!(w, "    \"legend:person\" -> \"legend:organisation\" [label=\"deploys\", color=\"#8e24aa\", fontcolor=\"#8e24aa\"];")?;
    writeln!(w, "    \"legend:organisation\" -> \"legend:weapon\" [label=\"sanctions\", color=\"#00897b\", fontcolor=\"#00897b\"];")?;
    writeln!(w, "    \"legend:state\" -> \"legend:weapon\" [label=\"co-occurs\", dir=none, style=dashed, color=\"#aaaaaa\"];")?;
    writeln!(w, "  }}")?;
    writeln!(w, "}}")
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting_escapes_everything_dot_reads_specially() {
        assert_eq!(quote("state:KP"), "\"state:KP\"");
        assert_eq!(quote("a\"b\\c\nd"), "\"a\\\"b\\\\c\\nd\"");
        assert_eq!(quote("node"), "\"node\"");
    }
}
