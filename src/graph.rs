//! The knowledge graph: per-document results merged into nodes and edges, held in petgraph.
//!
//! Takes [`DocResult`]s (mentions, co-occurring pairs and relations of one document); yields a
//! [`KnowledgeGraph`] whose nodes are entities and whose edges are `co_occurs` (undirected, stored
//! from the smaller id to the larger) and the typed relations (directed; an edge to a weapon node
//! when the text named no recipient). Merging is commutative and associative: counters add up,
//! dates take min/max, and evidence keeps the [`EVIDENCE_KEEP`] smallest (document, sentence) keys,
//! so the order in which documents arrive never changes the result. Depends on `model` and
//! `gazetteer` (for names), nothing later.

use crate::gazetteer::Gazetteer;
use crate::model::{EntityIx, EntityKind, Modality, Relation, RelationType};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

/// How many evidence sentences an edge keeps (the rest are counted).
pub const EVIDENCE_KEEP: usize = 3;

/// How many evidence sentences a co-occurrence edge keeps: these edges are most of a large
/// graph, so they keep one sentence and the count. The other sentences of a pair stay findable
/// in `mentions.jsonl` (every sentence naming both entities).
pub const COOCCURRENCE_EVIDENCE: usize = 1;

/// Most entities of one sentence that enter co-occurrence pairs; a sentence naming more (a list
/// or a table) is capped so that pair counting stays linear.
pub const MAX_COOCCURRING: usize = 40;

/// The type of an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    CoOccurs,
    Relation(RelationType),
}

impl EdgeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::CoOccurs => "co_occurs",
            EdgeKind::Relation(t) => t.as_str(),
        }
    }

    pub fn is_directed(self) -> bool {
        !matches!(self, EdgeKind::CoOccurs)
    }
}

/// What identifies an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EdgeKey {
    pub source: EntityIx,
    pub kind: EdgeKind,
    pub target: EntityIx,
    /// Asserted edges, or (with `--include-hedged`) hedged and negated ones kept apart.
    pub modality: Modality,
}

/// One evidence sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    pub doc: String,
    pub sentence: usize,
    pub text: String,
}

/// Everything an edge accumulates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdgeData {
    /// Sentences that support the edge.
    pub weight: u64,
    /// Documents that support the edge.
    pub docs: u64,
    pub items: BTreeSet<EntityIx>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    /// The first sentences by (document, sentence) order, at most [`EVIDENCE_KEEP`].
    pub evidence: Vec<Evidence>,
    /// Relation rules that produced the edge.
    pub rules: BTreeSet<String>,
    /// Some instance was completed from document context.
    pub context: bool,
}

impl EdgeData {
    /// Offers an evidence sentence, building its text only if it would be kept among the
    /// first `keep`.
    fn offer_evidence(
        &mut self,
        doc: &str,
        sentence: usize,
        keep: usize,
        text: impl FnOnce() -> String,
    ) {
        let key = (doc, sentence);
        let at = self.evidence.partition_point(|e| (e.doc.as_str(), e.sentence) < key);
        if at >= keep || self.evidence.get(at).is_some_and(|e| (e.doc.as_str(), e.sentence) == key)
        {
            return;
        }
        self.evidence.insert(at, Evidence { doc: doc.to_string(), sentence, text: text() });
        self.evidence.truncate(keep);
    }

    fn add_evidence(&mut self, evidence: Evidence) {
        if self.evidence.contains(&evidence) {
            return;
        }
        let at = self.evidence.partition_point(|e| e < &evidence);
        if at < EVIDENCE_KEEP {
            self.evidence.insert(at, evidence);
            self.evidence.truncate(EVIDENCE_KEEP);
        }
    }

    fn merge(&mut self, other: EdgeData) {
        self.weight += other.weight;
        self.docs += other.docs;
        self.items.extend(other.items);
        self.first_seen = min_date(self.first_seen.take(), other.first_seen);
        self.last_seen = max_date(self.last_seen.take(), other.last_seen);
        for e in other.evidence {
            self.add_evidence(e);
        }
        self.rules.extend(other.rules);
        self.context |= other.context;
    }
}

fn min_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_date(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// Node counters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeData {
    pub mentions: u64,
    pub docs: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// What one document contributes.
#[derive(Debug, Clone, Default)]
pub struct DocResult {
    pub doc: String,
    pub date: Option<String>,
    pub bytes: u64,
    pub sentences: u64,
    pub mention_count: u64,
    pub entity_mentions: BTreeMap<EntityIx, u64>,
    /// Co-occurring pairs (smaller index first) → (sentences, index of the first sentence).
    pub cooccurrences: BTreeMap<(EntityIx, EntityIx), (u64, usize)>,
    /// Text of every sentence that is the first of some pair (evidence for co-occurrence edges).
    pub sentence_texts: BTreeMap<usize, String>,
    /// Sentences whose entity count exceeded [`MAX_COOCCURRING`].
    pub capped_sentences: u64,
    pub relations: Vec<Relation>,
}

/// Options of graph building.
#[derive(Debug, Clone, Copy, Default)]
pub struct GraphOptions {
    /// Keep hedged and negated relations as edges of their own.
    pub include_hedged: bool,
}

/// The mergeable accumulator.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GraphBuilder {
    pub nodes: BTreeMap<EntityIx, NodeData>,
    pub edges: BTreeMap<EdgeKey, EdgeData>,
    pub documents: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub bytes: u64,
    pub capped_sentences: u64,
    /// Relation instances by modality, before filtering.
    pub relation_instances: BTreeMap<Modality, u64>,
}

impl GraphBuilder {
    /// Adds one document.
    pub fn add(&mut self, result: &DocResult, options: GraphOptions) {
        self.documents += 1;
        self.sentences += result.sentences;
        self.mentions += result.mention_count;
        self.bytes += result.bytes;
        self.capped_sentences += result.capped_sentences;
        for (&entity, &count) in &result.entity_mentions {
            let node = self.nodes.entry(entity).or_default();
            node.mentions += count;
            node.docs += 1;
            node.first_seen = min_date(node.first_seen.take(), result.date.clone());
            node.last_seen = max_date(node.last_seen.take(), result.date.clone());
        }
        for (&(a, b), &(count, sentence)) in &result.cooccurrences {
            let key = EdgeKey {
                source: a,
                kind: EdgeKind::CoOccurs,
                target: b,
                modality: Modality::Asserted,
            };
            // Updated in place: this loop runs once per pair per document.
            let edge = self.edges.entry(key).or_default();
            edge.weight += count;
            edge.docs += 1;
            if let Some(date) = &result.date {
                if edge.first_seen.as_ref().is_none_or(|d| date < d) {
                    edge.first_seen = Some(date.clone());
                }
                if edge.last_seen.as_ref().is_none_or(|d| date > d) {
                    edge.last_seen = Some(date.clone());
                }
            }
            edge.offer_evidence(&result.doc, sentence, COOCCURRENCE_EVIDENCE, || {
                result.sentence_texts.get(&sentence).cloned().unwrap_or_default()
            });
        }
        // Typed edges: one document counts once per edge, each sentence once.
        let mut per_doc: BTreeMap<EdgeKey, (BTreeSet<usize>, EdgeData)> = BTreeMap::new();
        for r in &result.relations {
            *self.relation_instances.entry(r.modality).or_default() += 1;
            if r.modality != Modality::Asserted && !options.include_hedged {
                continue;
            }
            let Some(source) = r.source else { continue };
            let targets: Vec<EntityIx> = match r.target {
                Some(t) => vec![t],
                None => r.items.iter().map(|i| i.entity).collect(),
            };
            for target in targets {
                let key = EdgeKey {
                    source,
                    kind: EdgeKind::Relation(r.kind),
                    target,
                    modality: r.modality,
                };
                let (sentences, data) = per_doc.entry(key).or_default();
                sentences.insert(r.sentence);
                if r.target.is_some() {
                    data.items.extend(r.items.iter().map(|i| i.entity));
                }
                data.add_evidence(Evidence {
                    doc: r.doc.clone(),
                    sentence: r.sentence,
                    text: r.text.clone(),
                });
                data.rules.insert(r.rule.clone());
                data.context |= r.context;
            }
        }
        for (key, (sentences, mut data)) in per_doc {
            data.weight = sentences.len() as u64;
            data.docs = 1;
            data.first_seen = result.date.clone();
            data.last_seen = result.date.clone();
            self.edges.entry(key).or_default().merge(data);
            // Both ends of a typed edge are nodes even if only named through a demonym elsewhere.
            self.nodes.entry(key.source).or_default();
            self.nodes.entry(key.target).or_default();
        }
    }

    /// Merges another accumulator into this one.
    pub fn merge(&mut self, mut other: GraphBuilder) {
        // Fold the smaller accumulator into the larger: merging costs the smaller one's size,
        // and the larger is never copied (it would double peak memory at the end of a run).
        if other.edges.len() > self.edges.len() {
            std::mem::swap(self, &mut other);
        }
        self.documents += other.documents;
        self.sentences += other.sentences;
        self.mentions += other.mentions;
        self.bytes += other.bytes;
        self.capped_sentences += other.capped_sentences;
        for (k, v) in other.relation_instances {
            *self.relation_instances.entry(k).or_default() += v;
        }
        for (entity, data) in other.nodes {
            let node = self.nodes.entry(entity).or_default();
            node.mentions += data.mentions;
            node.docs += data.docs;
            node.first_seen = min_date(node.first_seen.take(), data.first_seen);
            node.last_seen = max_date(node.last_seen.take(), data.last_seen);
        }
        for (key, data) in other.edges {
            let edge = self.edges.entry(key).or_default();
            edge.merge(data);
            if key.kind == EdgeKind::CoOccurs {
                edge.evidence.truncate(COOCCURRENCE_EVIDENCE);
            }
        }
    }

    /// Builds the petgraph graph; co-occurrence edges lighter than `min_weight` are left out.
    pub fn finish(self, gazetteer: &Gazetteer, min_weight: u64) -> KnowledgeGraph {
        let mut graph: DiGraph<Node, Edge> = DiGraph::new();
        let mut index: BTreeMap<EntityIx, NodeIndex> = BTreeMap::new();
        for (entity, data) in &self.nodes {
            let e = gazetteer.entity(*entity);
            let ix = graph.add_node(Node {
                entity: *entity,
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                attrs: e.attrs.clone(),
                data: data.clone(),
            });
            index.insert(*entity, ix);
        }
        let mut edge_counts: BTreeMap<&'static str, u64> = BTreeMap::new();
        for (key, data) in self.edges {
            if key.kind == EdgeKind::CoOccurs && data.weight < min_weight {
                continue;
            }
            let (Some(&a), Some(&b)) = (index.get(&key.source), index.get(&key.target)) else {
                continue;
            };
            *edge_counts.entry(key.kind.as_str()).or_default() += 1;
            let items = data.items.iter().map(|&i| gazetteer.entity(i).name.clone()).collect();
            graph.add_edge(a, b, Edge { key, data, items });
        }
        KnowledgeGraph {
            graph,
            stats: Stats {
                documents: self.documents,
                sentences: self.sentences,
                mentions: self.mentions,
                bytes: self.bytes,
                capped_sentences: self.capped_sentences,
                edges_by_type: edge_counts,
                relation_instances: self.relation_instances,
            },
        }
    }
}

/// A node of the finished graph.
#[derive(Debug, Clone)]
pub struct Node {
    pub entity: EntityIx,
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub attrs: BTreeMap<String, String>,
    pub data: NodeData,
}

/// An edge of the finished graph.
#[derive(Debug, Clone)]
pub struct Edge {
    pub key: EdgeKey,
    pub data: EdgeData,
    /// Item names, sorted by entity id.
    pub items: Vec<String>,
}

impl Edge {
    /// A stable edge id: `source|type|target` (plus the modality when not asserted).
    pub fn id(&self, graph: &KnowledgeGraph) -> String {
        let s = &graph.node_by_entity(self.key.source).map(|n| n.id.as_str()).unwrap_or("");
        let t = &graph.node_by_entity(self.key.target).map(|n| n.id.as_str()).unwrap_or("");
        match self.key.modality {
            Modality::Asserted => format!("{s}|{}|{t}", self.key.kind.as_str()),
            m => format!("{s}|{}|{t}|{}", self.key.kind.as_str(), m.as_str()),
        }
    }
}

/// Run statistics for the summary line.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    pub documents: u64,
    pub sentences: u64,
    pub mentions: u64,
    pub bytes: u64,
    pub capped_sentences: u64,
    pub edges_by_type: BTreeMap<&'static str, u64>,
    pub relation_instances: BTreeMap<Modality, u64>,
}

/// The finished graph: nodes sorted by id, edges sorted by (source id, type, target id).
#[derive(Debug, Clone)]
pub struct KnowledgeGraph {
    pub graph: DiGraph<Node, Edge>,
    pub stats: Stats,
}

impl KnowledgeGraph {
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Edge, &Node)> {
        self.graph.edge_indices().filter_map(move |e| {
            let (a, b) = self.graph.edge_endpoints(e)?;
            Some((&self.graph[a], &self.graph[e], &self.graph[b]))
        })
    }

    pub fn node_by_entity(&self, entity: EntityIx) -> Option<&Node> {
        // Nodes were added in entity order, so a binary search over weights works.
        let nodes: &[petgraph::graph::Node<Node>] = self.graph.raw_nodes();
        nodes.binary_search_by(|n| n.weight.entity.cmp(&entity)).ok().map(|i| &nodes[i].weight)
    }

    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}
