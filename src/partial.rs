//! Mergeable partial graphs: a [`GraphBuilder`] plus relation instances as JSON Lines.
//!
//! `kgraph map` writes one partial per shard of a corpus; `kgraph merge` folds any number of them
//! into one, in any grouping and order, with the same result as a single `kgraph build` over the
//! whole corpus (merging is commutative and associative, see `graph`). Records are keyed by
//! entity id, never by gazetteer row, so a partial is portable between runs that share a
//! gazetteer. Each stream starts with a header naming the format version; a partial of another
//! version is refused with a message. The format is line-oriented so that Spark's text APIs can
//! shuffle it: every line is a self-contained record. Depends on `graph`, `gazetteer` and `model`.

use crate::error::{Error, Location, Result};
use crate::gazetteer::Gazetteer;
use crate::graph::{
    EdgeData, EdgeKey, EdgeKind, Evidence, GraphBuilder, NodeData, SortedSet, TypedData,
};
use crate::model::{EntityIx, Item, Modality, Relation, RelationType};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, Write};
use std::path::Path;
use std::sync::Arc;

/// The partial format version this build reads and writes.
pub const VERSION: u32 = 2;
/// The value of the header's `format` field.
pub const FORMAT: &str = "kgraph-partial";

#[derive(Debug, Serialize, Deserialize)]
struct EvidenceRecord {
    doc: String,
    sentence: usize,
    /// Left out for co-occurrence evidence kept as a reference only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ItemRecord {
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    quantity: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    part: Option<String>,
}

/// One line of a partial.
#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "record", rename_all = "lowercase")]
enum Record {
    Header {
        format: String,
        version: u32,
    },
    Stats {
        documents: u64,
        sentences: u64,
        mentions: u64,
        bytes: u64,
        capped_sentences: u64,
        asserted: u64,
        hedged: u64,
        negated: u64,
    },
    Node {
        id: String,
        mentions: u64,
        docs: u64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        first_seen: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last_seen: Option<String>,
    },
    Edge {
        source: String,
        #[serde(rename = "type")]
        kind: String,
        target: String,
        modality: Modality,
        weight: u64,
        docs: u64,
        items: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        first_seen: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        last_seen: Option<String>,
        evidence: Vec<EvidenceRecord>,
        rules: Vec<String>,
        /// Absent in partials written before it existed, and when empty.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        via: Vec<String>,
        context: bool,
    },
    Relation {
        doc: String,
        sentence: usize,
        start: usize,
        end: usize,
        text: String,
        #[serde(rename = "type")]
        kind: RelationType,
        source: Option<String>,
        target: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        via: Option<String>,
        items: Vec<ItemRecord>,
        modality: Modality,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        cue: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        attribution: Option<String>,
        rule: String,
        context: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        url: Option<String>,
    },
}

fn line(w: &mut dyn Write, record: &Record) -> io::Result<()> {
    // One write per record: serde_json writes token by token, each a call through `dyn Write`.
    let mut bytes = serde_json::to_vec(record)?;
    bytes.push(b'\n');
    w.write_all(&bytes)
}

/// Writes the header line of a partial.
pub fn write_header(w: &mut dyn Write) -> io::Result<()> {
    line(w, &Record::Header { format: FORMAT.into(), version: VERSION })
}

/// Writes one relation instance as a partial record.
pub fn write_relation(g: &Gazetteer, r: &Relation, w: &mut dyn Write) -> io::Result<()> {
    let id = |e: Option<EntityIx>| e.map(|e| g.entity(e).id.clone());
    line(
        w,
        &Record::Relation {
            doc: r.doc.clone(),
            sentence: r.sentence,
            start: r.start,
            end: r.end,
            text: r.text.clone(),
            kind: r.kind,
            source: id(r.source),
            target: id(r.target),
            via: id(r.via),
            items: r
                .items
                .iter()
                .map(|i| ItemRecord {
                    id: g.entity(i.entity).id.clone(),
                    quantity: i.quantity.clone(),
                    part: i.part.clone(),
                })
                .collect(),
            modality: r.modality,
            cue: r.cue.clone(),
            attribution: r.attribution.clone(),
            rule: r.rule.clone(),
            context: r.context,
            date: r.date.clone(),
            url: r.url.clone(),
        },
    )
}

/// Writes the stats, node and edge records of an accumulator (sorted, so deterministic).
pub fn write_graph(g: &Gazetteer, b: &GraphBuilder, w: &mut dyn Write) -> io::Result<()> {
    let count = |m: Modality| b.relation_instances.get(&m).copied().unwrap_or(0);
    line(
        w,
        &Record::Stats {
            documents: b.documents,
            sentences: b.sentences,
            mentions: b.mentions,
            bytes: b.bytes,
            capped_sentences: b.capped_sentences,
            asserted: count(Modality::Asserted),
            hedged: count(Modality::Hedged),
            negated: count(Modality::Negated),
        },
    )?;
    for (entity, n) in b.sorted_nodes() {
        line(
            w,
            &Record::Node {
                id: g.entity(*entity).id.clone(),
                mentions: n.mentions,
                docs: n.docs,
                first_seen: n.first_seen.as_deref().map(str::to_string),
                last_seen: n.last_seen.as_deref().map(str::to_string),
            },
        )?;
    }
    for (key, e) in b.sorted_edges() {
        line(
            w,
            &Record::Edge {
                source: g.entity(key.source).id.clone(),
                kind: key.kind.as_str().to_string(),
                target: g.entity(key.target).id.clone(),
                modality: key.modality,
                weight: e.weight,
                docs: e.docs,
                items: e.items().map(|i| g.entity(i).id.clone()).collect(),
                first_seen: e.first_seen.as_deref().map(str::to_string),
                last_seen: e.last_seen.as_deref().map(str::to_string),
                evidence: e
                    .evidence
                    .iter()
                    .map(|ev| EvidenceRecord {
                        doc: ev.doc.to_string(),
                        sentence: ev.sentence,
                        text: ev.text.as_deref().map(str::to_string),
                    })
                    .collect(),
                rules: e.rules().map(str::to_string).collect(),
                via: e.via().map(|v| g.entity(v).id.clone()).collect(),
                context: e.context(),
            },
        )?;
    }
    Ok(())
}

/// A partial read back: the accumulator and the relation instances, in stream order.
#[derive(Debug, Default)]
pub struct Partial {
    pub graph: GraphBuilder,
    pub relations: Vec<Relation>,
}

impl Partial {
    /// Folds another partial into this one.
    pub fn merge(&mut self, other: Partial) {
        self.graph.merge(other.graph);
        self.relations.extend(other.relations);
    }
}

/// Reads one partial stream. `name` is used in messages (file:line).
pub fn read(name: &Path, reader: impl BufRead, g: &Gazetteer) -> Result<Partial> {
    let mut partial = Partial::default();
    let mut seen_header = false;
    for (index, text) in reader.lines().enumerate() {
        let line_no = index as u64 + 1;
        let at = || Location::line(name, line_no);
        let text = text.map_err(|e| Error::io(name, e))?;
        if text.trim().is_empty() {
            continue;
        }
        let record: Record = serde_json::from_str(&text).map_err(|e| {
            Error::config(
                at(),
                format!(
                    "expected a kgraph partial record (header, stats, node, edge or relation): {e}"
                ),
            )
        })?;
        let entity = |id: &str| {
            g.get(id).ok_or_else(|| {
                Error::config(at(), format!("{id:?} is not in the gazetteer; merge with the gazetteer the partial was made with"))
            })
        };
        match record {
            Record::Header { format, version } => {
                if format != FORMAT || version != VERSION {
                    return Err(Error::config(
                        at(),
                        format!("this is a {format} version {version} file; this kgraph reads {FORMAT} version {VERSION} (re-run kgraph map)"),
                    ));
                }
                seen_header = true;
            }
            _ if !seen_header => {
                return Err(Error::config(
                    at(),
                    format!("expected the header {{\"record\":\"header\",\"format\":\"{FORMAT}\",\"version\":{VERSION}}} before any record"),
                ));
            }
            Record::Stats {
                documents,
                sentences,
                mentions,
                bytes,
                capped_sentences,
                asserted,
                hedged,
                negated,
            } => {
                let b = &mut partial.graph;
                b.documents += documents;
                b.sentences += sentences;
                b.mentions += mentions;
                b.bytes += bytes;
                b.capped_sentences += capped_sentences;
                for (m, n) in [
                    (Modality::Asserted, asserted),
                    (Modality::Hedged, hedged),
                    (Modality::Negated, negated),
                ] {
                    if n > 0 {
                        *b.relation_instances.entry(m).or_default() += n;
                    }
                }
            }
            Record::Node { id, mentions, docs, first_seen, last_seen } => {
                let mut one = GraphBuilder::default();
                let (first_seen, last_seen) = (first_seen.map(Arc::from), last_seen.map(Arc::from));
                one.nodes.insert(entity(&id)?, NodeData { mentions, docs, first_seen, last_seen });
                partial.graph.merge(one);
            }
            Record::Edge {
                source,
                kind,
                target,
                modality,
                weight,
                docs,
                items,
                first_seen,
                last_seen,
                evidence,
                rules,
                via,
                context,
            } => {
                let kind = match kind.as_str() {
                    "co_occurs" => EdgeKind::CoOccurs,
                    other => EdgeKind::Relation(RelationType::parse(other).ok_or_else(|| {
                        Error::config(at(), format!("unknown edge type {other:?}; expected co_occurs, supplies, deploys or sanctions"))
                    })?),
                };
                let key =
                    EdgeKey { source: entity(&source)?, kind, target: entity(&target)?, modality };
                let typed = match kind {
                    EdgeKind::CoOccurs => None,
                    EdgeKind::Relation(_) => Some(Box::new(TypedData {
                        items: items
                            .iter()
                            .map(|i| entity(i))
                            .collect::<Result<SortedSet<_, _>>>()?,
                        rules: rules.into_iter().collect(),
                        via: via.iter().map(|v| entity(v)).collect::<Result<SortedSet<_, _>>>()?,
                        context,
                    })),
                };
                let data = EdgeData {
                    weight,
                    docs,
                    first_seen: first_seen.map(Arc::from),
                    last_seen: last_seen.map(Arc::from),
                    evidence: evidence
                        .into_iter()
                        .map(|e| Evidence {
                            doc: Arc::from(e.doc),
                            sentence: e.sentence,
                            text: e.text.map(String::into_boxed_str),
                        })
                        .collect(),
                    typed,
                };
                partial.graph.merge_edge(key, data);
            }
            Record::Relation {
                doc,
                sentence,
                start,
                end,
                text,
                kind,
                source,
                target,
                via,
                items,
                modality,
                cue,
                attribution,
                rule,
                context,
                date,
                url,
            } => {
                partial.relations.push(Relation {
                    doc,
                    date,
                    sentence,
                    start,
                    end,
                    text,
                    kind,
                    source: source.as_deref().map(entity).transpose()?,
                    target: target.as_deref().map(entity).transpose()?,
                    via: via.as_deref().map(entity).transpose()?,
                    items: items
                        .into_iter()
                        .map(|i| {
                            Ok(Item { entity: entity(&i.id)?, quantity: i.quantity, part: i.part })
                        })
                        .collect::<Result<Vec<_>>>()?,
                    modality,
                    cue,
                    attribution,
                    rule,
                    context,
                    url,
                });
            }
        }
    }
    if !seen_header {
        return Err(Error::config(
            Location::file(name),
            format!("empty input: expected a {FORMAT} header line"),
        ));
    }
    Ok(partial)
}

/// Sorts relation instances by (document, sentence), keeping the order within a sentence: the
/// order `build` writes for inputs whose documents come in id order.
pub fn sort_relations(relations: &mut [Relation]) {
    relations.sort_by(|a, b| a.doc.cmp(&b.doc).then(a.sentence.cmp(&b.sentence)));
}
