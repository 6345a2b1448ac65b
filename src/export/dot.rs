//! Graphviz DOT: every id quoted and escaped (ids such as `state:KP` contain `:`, which DOT reads
//! as a port), nodes shaped and coloured by kind, edges coloured by type and labelled with their
//! items, a legend, and only the strongest co-occurrences so the picture stays legible.

use super::{edge_color, kind_color, ExportOptions};
use crate::graph::{EdgeKind, KnowledgeGraph};
use crate::model::EntityKind;
use std::collections::BTreeSet;
use std::io::{self, Write};

/// A DOT double-quoted string: backslash and quote escaped, line breaks as `\n`.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if (c as u32) < 0x20 => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn hex((r, g, b): (u8, u8, u8)) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn shape(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::State => "box",
        EntityKind::Person => "ellipse",
        EntityKind::Organization => "hexagon",
        EntityKind::Weapon => "diamond",
    }
}

pub fn write(graph: &KnowledgeGraph, options: ExportOptions, w: &mut dyn Write) -> io::Result<()> {
    let keep =
        |kind: EdgeKind, weight: u64| kind.is_directed() || weight >= options.dot_cooccur_min;
    // Only nodes that take part in a kept edge: a legible picture, not a list of every name.
    let mut shown: BTreeSet<&str> = BTreeSet::new();
    for (s, e, t) in graph.edges() {
        if keep(e.key.kind, e.data.weight) {
            shown.insert(&s.id);
            shown.insert(&t.id);
        }
    }
    writeln!(w, "digraph kgraph {{")?;
    writeln!(w, "  graph [overlap=false, splines=true, rankdir=LR, outputorder=edgesfirst, fontname=\"Helvetica\", label=\"kgraph: who supplies, deploys and sanctions whom\", labelloc=t];")?;
    writeln!(w, "  node [style=filled, fontname=\"Helvetica\", fontsize=10, fontcolor=white];")?;
    writeln!(w, "  edge [fontname=\"Helvetica\", fontsize=8];")?;
    for n in graph.nodes() {
        if !shown.contains(n.id.as_str()) {
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
    for (s, e, t) in graph.edges() {
        if !keep(e.key.kind, e.data.weight) {
            continue;
        }
        let color = quote(&hex(edge_color(e)));
        if e.key.kind == EdgeKind::CoOccurs {
            writeln!(
                w,
                "  {} -> {} [dir=none, style=dashed, color={color}, penwidth={:.1}, tooltip={}];",
                quote(&s.id),
                quote(&t.id),
                1.0 + (e.data.weight as f64).ln(),
                quote(&format!("co-occur in {} sentences", e.data.weight))
            )?;
        } else {
            let mut label = e.key.kind.as_str().to_string();
            if !e.items.is_empty() {
                label.push('\n');
                label.push_str(&e.items.join(", "));
            }
            let style = match e.key.modality {
                crate::model::Modality::Asserted => "solid",
                _ => "dotted",
            };
            writeln!(w, "  {} -> {} [label={}, color={color}, fontcolor={color}, style={style}, penwidth={:.1}];", quote(&s.id), quote(&t.id), quote(&label), 1.5 + (e.data.weight as f64).ln())?;
        }
    }
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
