//! JSON Lines of relation instances (`relations.jsonl`) and mentions (`mentions.jsonl`), one
//! object per line, written while documents stream by.

use crate::gazetteer::Gazetteer;
use crate::model::{EntityIx, Mention, Relation};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct EntityRef<'a> {
    id: &'a str,
    name: &'a str,
    kind: &'a str,
}

#[derive(Serialize)]
struct ItemRef<'a> {
    id: &'a str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    quantity: Option<&'a str>,
}

#[derive(Serialize)]
struct RelationLine<'a> {
    doc: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    source: Option<EntityRef<'a>>,
    target: Option<EntityRef<'a>>,
    items: Vec<ItemRef<'a>>,
    modality: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    cue: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribution: Option<&'a str>,
    rule: &'a str,
    context: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
}

fn entity_ref(g: &Gazetteer, e: Option<EntityIx>) -> Option<EntityRef<'_>> {
    e.map(|e| {
        let entity = g.entity(e);
        EntityRef { id: &entity.id, name: &entity.name, kind: entity.kind.as_str() }
    })
}

/// One relation as a JSON line.
pub fn write_relation(g: &Gazetteer, r: &Relation, w: &mut dyn Write) -> io::Result<()> {
    let line = RelationLine {
        doc: &r.doc,
        sentence: r.sentence,
        start: r.start,
        end: r.end,
        text: &r.text,
        kind: r.kind.as_str(),
        source: entity_ref(g, r.source),
        target: entity_ref(g, r.target),
        items: r
            .items
            .iter()
            .map(|i| {
                let e = g.entity(i.entity);
                ItemRef { id: &e.id, name: &e.name, quantity: i.quantity.as_deref() }
            })
            .collect(),
        modality: r.modality.as_str(),
        cue: r.cue.as_deref(),
        attribution: r.attribution.as_deref(),
        rule: &r.rule,
        context: r.context,
        date: r.date.as_deref(),
    };
    serde_json::to_writer(&mut *w, &line)?;
    w.write_all(b"\n")
}

#[derive(Serialize)]
struct MentionLine<'a> {
    doc: &'a str,
    sentence: usize,
    start: usize,
    end: usize,
    entity: &'a str,
    kind: &'a str,
    form: crate::model::MentionForm,
    text: &'a str,
}

/// One mention as a JSON line.
pub fn write_mention(
    g: &Gazetteer,
    doc: &str,
    text: &str,
    m: &Mention,
    w: &mut dyn Write,
) -> io::Result<()> {
    let e = g.entity(m.entity);
    let line = MentionLine {
        doc,
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        entity: &e.id,
        kind: e.kind.as_str(),
        form: m.form,
        text: text.get(m.start..m.end).unwrap_or(""),
    };
    serde_json::to_writer(&mut *w, &line)?;
    w.write_all(b"\n")
}
