//! The knowledge graph: per-document results merged into nodes and edges, held in petgraph.
//!
//! Takes [`DocResult`]s (mentions, co-occurring pairs and relations of one document); yields a
//! [`KnowledgeGraph`] whose nodes are entities and whose edges are `co_occurs` (undirected, stored
//! from the smaller id to the larger) and the typed relations (directed; an edge to a weapon node
//! when the text named no recipient). Merging is commutative and associative: counters add up,
//! dates take min/max, and evidence keeps the [`EVIDENCE_KEEP`] smallest (document, sentence) keys,
//! so the order in which documents arrive never changes the result. Memory is the graph: an edge
//! keeps counters and a bounded number of evidence references, never every sentence. Depends on `model` and
//! `gazetteer` (for names), nothing later.

use crate::gazetteer::Gazetteer;
use crate::model::{EntityIx, EntityKind, Modality, Relation, RelationType};
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;
use smallvec::SmallVec;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// How many evidence sentences an edge keeps (the rest are counted).
pub const EVIDENCE_KEEP: usize = 3;

/// How many evidence references a co-occurrence edge keeps: these edges are most of a large
/// graph, so they keep one `doc#sentence` reference (and, with
/// [`GraphOptions::cooccurrence_text`], its text) plus the count.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct EdgeKey {
    pub source: EntityIx,
    pub kind: EdgeKind,
    pub target: EntityIx,
    /// Asserted edges, or (with `--include-hedged`) hedged and negated ones kept apart.
    pub modality: Modality,
}

impl std::hash::Hash for EdgeKey {
    /// One word for the whole key (the graph's hottest hash): entity indices are 32 bits, and
    /// kind and modality a few values each.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let kind = match self.kind {
            EdgeKind::CoOccurs => 0u64,
            EdgeKind::Relation(t) => 1 + t as u64,
        };
        let ends = (u64::from(self.source.0) << 32) | u64::from(self.target.0);
        // Kind and modality go into the top bits of the source index (which never reaches 2^27).
        state.write_u64(ends ^ (kind << 59) ^ ((self.modality as u64) << 62));
    }
}

impl EdgeKey {
    /// How many evidence sentences the edge keeps.
    pub fn evidence_keep(&self) -> usize {
        match self.kind {
            EdgeKind::CoOccurs => COOCCURRENCE_EVIDENCE,
            EdgeKind::Relation(_) => EVIDENCE_KEEP,
        }
    }
}

/// One evidence sentence: where it is, and (for typed edges, or co-occurrences with
/// [`GraphOptions::cooccurrence_text`]) its text. Document ids are shared (`Arc`) between the
/// edges of a document, so evidence costs a pointer, not a copy of the id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Evidence {
    pub doc: Arc<str>,
    pub sentence: usize,
    pub text: Option<Box<str>>,
}

/// A date as the input gave it; shared between everything one document touches.
pub type Date = Arc<str>;

/// Everything an edge accumulates. Kept small, because a large graph is mostly co-occurrence
/// edges: one evidence reference inline, and what only typed edges carry behind one pointer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EdgeData {
    /// Sentences that support the edge.
    pub weight: u64,
    /// Documents that support the edge.
    pub docs: u64,
    pub first_seen: Option<Date>,
    pub last_seen: Option<Date>,
    /// The first sentences by (document, sentence) order, at most [`EVIDENCE_KEEP`].
    pub evidence: SmallVec<[Evidence; 1]>,
    /// Items, rules and context of a typed edge; `None` on co-occurrence edges.
    pub typed: Option<Box<TypedData>>,
}

/// What a typed edge carries beyond counts and evidence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedData {
    pub items: BTreeSet<EntityIx>,
    /// Relation rules that produced the edge.
    pub rules: BTreeSet<String>,
    /// Some instance was completed from document context.
    pub context: bool,
}

impl EdgeData {
    /// The items the edge's relations carried (typed edges), in entity order.
    pub fn items(&self) -> impl Iterator<Item = EntityIx> + '_ {
        self.typed.iter().flat_map(|t| t.items.iter().copied())
    }

    /// The rules that produced the edge (typed edges), sorted.
    pub fn rules(&self) -> impl Iterator<Item = &str> + '_ {
        self.typed.iter().flat_map(|t| t.rules.iter().map(String::as_str))
    }

    /// Whether some instance was completed from document context.
    pub fn context(&self) -> bool {
        self.typed.as_ref().is_some_and(|t| t.context)
    }

    fn typed_mut(&mut self) -> &mut TypedData {
        self.typed.get_or_insert_with(Box::default)
    }

    /// Offers an evidence sentence, building its text only if it would be kept among the
    /// first `keep`.
    fn offer_evidence(
        &mut self,
        doc: &Arc<str>,
        sentence: usize,
        keep: usize,
        text: impl FnOnce() -> Option<Box<str>>,
    ) {
        let key = (&**doc, sentence);
        let at = self.evidence.partition_point(|e| (&*e.doc, e.sentence) < key);
        if at >= keep || self.evidence.get(at).is_some_and(|e| (&*e.doc, e.sentence) == key) {
            return;
        }
        // Make room first: inserting past the inline capacity would move the list to the heap.
        if self.evidence.len() >= keep {
            self.evidence.pop();
        }
        self.evidence.insert(at, Evidence { doc: Arc::clone(doc), sentence, text: text() });
    }

    fn add_evidence(&mut self, evidence: Evidence, keep: usize) {
        if self.evidence.contains(&evidence) {
            return;
        }
        let at = self.evidence.partition_point(|e| e < &evidence);
        if at < keep {
            if self.evidence.len() >= keep {
                self.evidence.pop();
            }
            self.evidence.insert(at, evidence);
        }
    }

    fn see_date(&mut self, date: &Option<Date>) {
        see_date(&mut self.first_seen, &mut self.last_seen, date);
    }

    /// Adds another accumulation of the same edge, keeping the first `keep` evidence sentences.
    fn merge(&mut self, other: EdgeData, keep: usize) {
        self.weight += other.weight;
        self.docs += other.docs;
        self.see_date(&other.first_seen);
        self.see_date(&other.last_seen);
        for e in other.evidence {
            self.add_evidence(e, keep);
        }
        if let Some(typed) = other.typed {
            let mine = self.typed_mut();
            mine.items.extend(typed.items);
            mine.rules.extend(typed.rules);
            mine.context |= typed.context;
        }
    }
}

/// Widens the (first, last) range to cover `date`; shares the `Arc` rather than copying.
fn see_date(first: &mut Option<Date>, last: &mut Option<Date>, date: &Option<Date>) {
    let Some(date) = date else { return };
    if first.as_ref().is_none_or(|d| date < d) {
        *first = Some(Arc::clone(date));
    }
    if last.as_ref().is_none_or(|d| date > d) {
        *last = Some(Arc::clone(date));
    }
}

/// Node counters.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NodeData {
    pub mentions: u64,
    pub docs: u64,
    pub first_seen: Option<Date>,
    pub last_seen: Option<Date>,
}

/// What one document contributes.
#[derive(Debug, Clone, Default)]
pub struct DocResult {
    pub doc: Arc<str>,
    pub date: Option<Date>,
    pub bytes: u64,
    pub sentences: u64,
    pub mention_count: u64,
    /// Mentions per entity, sorted by entity.
    pub entity_mentions: Vec<(EntityIx, u64)>,
    /// Co-occurring pairs (smaller index first) → (sentences, index of the first sentence),
    /// sorted by pair.
    pub cooccurrences: Vec<((EntityIx, EntityIx), (u64, usize))>,
    /// With [`GraphOptions::cooccurrence_text`]: the text of every sentence that is the first of
    /// some pair, sorted by sentence index.
    pub sentence_texts: Vec<(usize, String)>,
    /// Sentences whose entity count exceeded [`MAX_COOCCURRING`].
    pub capped_sentences: u64,
    pub relations: Vec<Relation>,
}

/// Options of graph building.
#[derive(Debug, Clone, Copy, Default)]
pub struct GraphOptions {
    /// Keep hedged and negated relations as edges of their own.
    pub include_hedged: bool,
    /// Keep the text of a co-occurrence edge's evidence sentence, not only its reference
    /// (memory and output grow with the number of edges times a sentence).
    pub cooccurrence_text: bool,
}

/// Edges while accumulating: edges in a dense vector, found through a hash index of slots.
/// Hash tables grow by doubling; with only a key and a slot number per bucket, the spare
/// buckets of a million-edge table cost 20 bytes each instead of a whole edge.
#[derive(Debug, Clone, Default)]
pub struct EdgeTable {
    index: FxHashMap<EdgeKey, u32>,
    entries: Vec<(EdgeKey, EdgeData)>,
}

impl EdgeTable {
    /// The edge with this key, created empty on first use.
    pub fn entry(&mut self, key: EdgeKey) -> &mut EdgeData {
        let entries = &mut self.entries;
        let slot = *self.index.entry(key).or_insert_with(|| {
            entries.push((key, EdgeData::default()));
            // More than 4 billion edges would not fit in memory long before this wraps.
            (entries.len() - 1) as u32
        });
        &mut self.entries[slot as usize].1
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The edges in key order.
    pub fn sorted(&self) -> Vec<&(EdgeKey, EdgeData)> {
        let mut edges: Vec<_> = self.entries.iter().collect();
        edges.sort_unstable_by_key(|(k, _)| *k);
        edges
    }

    /// The edges in key order, by value (the index is dropped first). The sort moves 20-byte
    /// (key, slot) pairs, not whole edges; each edge is then moved once.
    pub fn into_sorted(self) -> impl Iterator<Item = (EdgeKey, EdgeData)> {
        let EdgeTable { index, mut entries } = self;
        let mut order: Vec<(EdgeKey, u32)> = index.into_iter().collect();
        order.sort_unstable_by_key(|&(k, _)| k);
        order
            .into_iter()
            .map(move |(key, slot)| (key, std::mem::take(&mut entries[slot as usize].1)))
    }
}

impl PartialEq for EdgeTable {
    /// Equal when they hold the same edges, whatever the order they arrived in.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self.sorted().into_iter().zip(other.sorted()).all(|(a, b)| a == b)
    }
}

impl Eq for EdgeTable {}

/// The mergeable accumulator. Hash maps while accumulating (the hot path); everything that
/// leaves it ([`GraphBuilder::finish`], partials) is sorted, so output never depends on hashing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GraphBuilder {
    pub nodes: FxHashMap<EntityIx, NodeData>,
    pub edges: EdgeTable,
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
        for &(entity, count) in &result.entity_mentions {
            let node = self.nodes.entry(entity).or_default();
            node.mentions += count;
            node.docs += 1;
            see_date(&mut node.first_seen, &mut node.last_seen, &result.date);
        }
        for &((a, b), (count, sentence)) in &result.cooccurrences {
            let key = EdgeKey {
                source: a,
                kind: EdgeKind::CoOccurs,
                target: b,
                modality: Modality::Asserted,
            };
            // Updated in place: this loop runs once per pair per document.
            let edge = self.edges.entry(key);
            edge.weight += count;
            edge.docs += 1;
            edge.see_date(&result.date);
            edge.offer_evidence(&result.doc, sentence, COOCCURRENCE_EVIDENCE, || {
                if !options.cooccurrence_text {
                    return None;
                }
                let at = result.sentence_texts.binary_search_by_key(&sentence, |(s, _)| *s);
                at.ok().map(|i| result.sentence_texts[i].1.as_str().into())
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
                let typed = data.typed_mut();
                if r.target.is_some() {
                    typed.items.extend(r.items.iter().map(|i| i.entity));
                }
                typed.rules.insert(r.rule.clone());
                typed.context |= r.context;
                data.add_evidence(
                    Evidence {
                        doc: Arc::clone(&result.doc),
                        sentence: r.sentence,
                        text: Some(r.text.as_str().into()),
                    },
                    EVIDENCE_KEEP,
                );
            }
        }
        for (key, (sentences, mut data)) in per_doc {
            data.weight = sentences.len() as u64;
            data.docs = 1;
            data.see_date(&result.date);
            self.edges.entry(key).merge(data, EVIDENCE_KEEP);
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
            see_date(&mut node.first_seen, &mut node.last_seen, &data.first_seen);
            see_date(&mut node.first_seen, &mut node.last_seen, &data.last_seen);
        }
        for (key, data) in other.edges.entries {
            self.merge_edge(key, data);
        }
    }

    /// The nodes, sorted by entity.
    pub fn sorted_nodes(&self) -> Vec<(&EntityIx, &NodeData)> {
        let mut nodes: Vec<_> = self.nodes.iter().collect();
        nodes.sort_unstable_by_key(|(k, _)| **k);
        nodes
    }

    /// Folds in one edge's accumulation (as read from a partial).
    pub fn merge_edge(&mut self, key: EdgeKey, data: EdgeData) {
        self.edges.entry(key).merge(data, key.evidence_keep());
    }

    /// Builds the petgraph graph; co-occurrence edges lighter than `min_weight` are left out.
    pub fn finish(self, gazetteer: &Gazetteer, min_weight: u64) -> KnowledgeGraph {
        let mut graph: DiGraph<Node, Edge> = DiGraph::new();
        let mut nodes: Vec<(EntityIx, NodeData)> = self.nodes.into_iter().collect();
        nodes.sort_unstable_by_key(|(k, _)| *k);
        let mut index: FxHashMap<EntityIx, NodeIndex> = FxHashMap::default();
        for (entity, data) in nodes {
            let e = gazetteer.entity(entity);
            let ix = graph.add_node(Node {
                entity,
                id: e.id.clone(),
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                attrs: e.attrs.clone(),
                data,
            });
            index.insert(entity, ix);
        }
        graph.reserve_edges(self.edges.len());
        let edges = self.edges.into_sorted();
        let mut edge_counts: BTreeMap<&'static str, u64> = BTreeMap::new();
        for (key, data) in edges {
            if key.kind == EdgeKind::CoOccurs && data.weight < min_weight {
                continue;
            }
            let (Some(&a), Some(&b)) = (index.get(&key.source), index.get(&key.target)) else {
                continue;
            };
            *edge_counts.entry(key.kind.as_str()).or_default() += 1;
            let items = data.items().map(|i| gazetteer.entity(i).name.clone()).collect();
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
