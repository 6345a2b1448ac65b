//! JSON Lines of relation instances (`relations.jsonl`) and mentions (`mentions.jsonl`), one
//! object per line, written while documents stream by.

use super::json::push_str;
use crate::gazetteer::Gazetteer;
use crate::model::{EntityIx, Mention, Relation};
use serde::Serialize;
use std::io::{self, Write};

/// Appends one relation as a JSON line, field by field (the order and shape of the serde
/// structs this replaced, which a unit test keeps as the reference).
pub fn push_relation(g: &Gazetteer, r: &Relation, out: &mut Vec<u8>) {
    let int = |out: &mut Vec<u8>, n: usize| {
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes())
    };
    let entity = |out: &mut Vec<u8>, e: Option<EntityIx>| match e {
        None => out.extend_from_slice(b"null"),
        Some(e) => {
            let e = g.entity(e);
            out.extend_from_slice(b"{\"id\":");
            push_str(out, &e.id);
            out.extend_from_slice(b",\"name\":");
            push_str(out, &e.name);
            out.extend_from_slice(b",\"kind\":");
            push_str(out, e.kind.as_str());
            out.push(b'}');
        }
    };
    out.extend_from_slice(b"{\"doc\":");
    push_str(out, &r.doc);
    out.extend_from_slice(b",\"sentence\":");
    int(out, r.sentence);
    out.extend_from_slice(b",\"start\":");
    int(out, r.start);
    out.extend_from_slice(b",\"end\":");
    int(out, r.end);
    out.extend_from_slice(b",\"text\":");
    push_str(out, &r.text);
    out.extend_from_slice(b",\"type\":");
    push_str(out, r.kind.as_str());
    out.extend_from_slice(b",\"source\":");
    entity(out, r.source);
    out.extend_from_slice(b",\"target\":");
    entity(out, r.target);
    if r.via.is_some() {
        out.extend_from_slice(b",\"via\":");
        entity(out, r.via);
    }
    out.extend_from_slice(b",\"items\":[");
    for (i, item) in r.items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        let e = g.entity(item.entity);
        out.extend_from_slice(b"{\"id\":");
        push_str(out, &e.id);
        out.extend_from_slice(b",\"name\":");
        push_str(out, &e.name);
        if let Some(q) = &item.quantity {
            out.extend_from_slice(b",\"quantity\":");
            push_str(out, q);
        }
        if let Some(part) = &item.part {
            out.extend_from_slice(b",\"part\":");
            push_str(out, part);
        }
        out.push(b'}');
    }
    out.extend_from_slice(b"],\"modality\":");
    push_str(out, r.modality.as_str());
    if let Some(cue) = &r.cue {
        out.extend_from_slice(b",\"cue\":");
        push_str(out, cue);
    }
    if let Some(attribution) = &r.attribution {
        out.extend_from_slice(b",\"attribution\":");
        push_str(out, attribution);
    }
    out.extend_from_slice(b",\"rule\":");
    push_str(out, &r.rule);
    out.extend_from_slice(if r.context { b",\"context\":true" } else { b",\"context\":false" });
    if let Some(date) = &r.date {
        out.extend_from_slice(b",\"date\":");
        push_str(out, date);
    }
    if let Some(url) = &r.url {
        out.extend_from_slice(b",\"url\":");
        push_str(out, url);
    }
    out.extend_from_slice(b"}\n");
}

/// One relation as a JSON line.
pub fn write_relation(g: &Gazetteer, r: &Relation, w: &mut dyn Write) -> io::Result<()> {
    let mut line = Vec::with_capacity(512);
    push_relation(g, r, &mut line);
    w.write_all(&line)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EntityKind, Item, Modality, RelationType};
    use serde::Serialize;

    // The serde structs relation lines were first written with: the reference shape.
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
        #[serde(skip_serializing_if = "Option::is_none")]
        part: Option<&'a str>,
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
        #[serde(skip_serializing_if = "Option::is_none")]
        via: Option<EntityRef<'a>>,
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
        #[serde(skip_serializing_if = "Option::is_none")]
        url: Option<&'a str>,
    }

    fn reference(g: &Gazetteer, r: &Relation) -> String {
        let entity = |e: Option<EntityIx>| {
            e.map(|e| {
                let entity = g.entity(e);
                EntityRef { id: &entity.id, name: &entity.name, kind: entity.kind.as_str() }
            })
        };
        let line = RelationLine {
            doc: &r.doc,
            sentence: r.sentence,
            start: r.start,
            end: r.end,
            text: &r.text,
            kind: r.kind.as_str(),
            source: entity(r.source),
            target: entity(r.target),
            via: entity(r.via),
            items: r
                .items
                .iter()
                .map(|i| {
                    let e = g.entity(i.entity);
                    ItemRef {
                        id: &e.id,
                        name: &e.name,
                        quantity: i.quantity.as_deref(),
                        part: i.part.as_deref(),
                    }
                })
                .collect(),
            modality: r.modality.as_str(),
            cue: r.cue.as_deref(),
            attribution: r.attribution.as_deref(),
            rule: &r.rule,
            context: r.context,
            date: r.date.as_deref(),
            url: r.url.as_deref(),
        };
        serde_json::to_string(&line).unwrap() + "\n"
    }

    #[test]
    fn relation_lines_have_the_reference_shape() {
        let entity = |id: &str, name: &str, kind| crate::model::Entity {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: Vec::new(),
            attrs: Default::default(),
        };
        let g = Gazetteer::from_entities(vec![
            entity("state:KP", "North \"Korea\"", EntityKind::State),
            entity("state:RU", "Russia\\", EntityKind::State),
            entity("weapon:shells", "shells\n", EntityKind::Weapon),
            entity("org:kpa", "Korean People's Army", EntityKind::Organization),
        ])
        .unwrap();
        let (kp, ru, shells, kpa) = (EntityIx(0), EntityIx(1), EntityIx(2), EntityIx(3));
        let full = Relation {
            doc: "doc \"1\"\t".into(),
            date: Some("2024-01-02".into()),
            sentence: 3,
            start: 10,
            end: 200,
            text: "North Korea sent shells\u{1} to “Russia”.".into(),
            kind: RelationType::Supplies,
            source: Some(kp),
            target: Some(ru),
            via: Some(kpa),
            items: vec![
                Item { entity: shells, quantity: Some("at least 100".into()), part: None },
                Item { entity: shells, quantity: None, part: Some("\"fuses\"".into()) },
            ],
            modality: Modality::Hedged,
            cue: Some("may".into()),
            attribution: Some("officials said".into()),
            rule: "supply-with".into(),
            context: true,
            url: Some("https://example.org/news?id=1&lang=\"en\"".into()),
        };
        let bare = Relation {
            date: None,
            source: None,
            target: None,
            via: None,
            items: Vec::new(),
            cue: None,
            attribution: None,
            context: false,
            url: None,
            ..full.clone()
        };
        for r in [&full, &bare] {
            let mut mine = Vec::new();
            push_relation(&g, r, &mut mine);
            assert_eq!(String::from_utf8(mine).unwrap(), reference(&g, r));
        }
    }
}
