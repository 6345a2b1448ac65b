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

use crate::gazetteer::{plain_aliases, Gazetteer};
use crate::model::{EntityIx, EntityKind, Modality, Relation, RelationType};
use crate::pair_table::PairTable;
use petgraph::graph::{DiGraph, NodeIndex};
use rustc_hash::FxHashMap;
use smallvec::SmallVec;
use std::borrow::Cow;
use std::cmp::Ordering;
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

/// What a typed edge carries beyond counts and evidence. Most typed edges have one or two
/// items, one rule and no organ: the sets hold that many inline, with no allocation of their own
/// (a `BTreeSet` allocates a node for eleven: 280 bytes for a single rule name).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TypedData {
    pub items: SortedSet<EntityIx, 4>,
    /// Relation rules that produced the edge.
    pub rules: SortedSet<String, 1>,
    /// The office holders and organs named where the source acted through them ("the Treasury
    /// sanctioned…": the United States, via the US Treasury).
    pub via: SortedSet<EntityIx, 2>,
    /// Some instance was completed from document context.
    pub context: bool,
}

/// A set kept as a sorted vector without repeats, its first few elements inline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SortedSet<T, const N: usize>(SmallVec<[T; N]>);

impl<T, const N: usize> Default for SortedSet<T, N> {
    fn default() -> Self {
        SortedSet(SmallVec::new())
    }
}

impl<T: Ord, const N: usize> SortedSet<T, N> {
    pub fn insert(&mut self, value: T) {
        if let Err(at) = self.0.binary_search(&value) {
            self.0.insert(at, value);
        }
    }

    /// The elements in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<T: Ord, const N: usize> Extend<T> for SortedSet<T, N> {
    fn extend<I: IntoIterator<Item = T>>(&mut self, values: I) {
        for value in values {
            self.insert(value);
        }
    }
}

impl<T: Ord, const N: usize> FromIterator<T> for SortedSet<T, N> {
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> Self {
        let mut set = SortedSet::default();
        set.extend(values);
        set
    }
}

impl<T, const N: usize> IntoIterator for SortedSet<T, N> {
    type Item = T;
    type IntoIter = smallvec::IntoIter<[T; N]>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
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

    /// Whom the source acted through (typed edges), in entity order.
    pub fn via(&self) -> impl Iterator<Item = EntityIx> + '_ {
        self.typed.iter().flat_map(|t| t.via.iter().copied())
    }

    /// Whether some instance was completed from document context.
    pub fn context(&self) -> bool {
        self.typed.as_ref().is_some_and(|t| t.context)
    }

    fn typed_mut(&mut self) -> &mut TypedData {
        self.typed.get_or_insert_with(Box::default)
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
            mine.via.extend(typed.via);
            mine.context |= typed.context;
        }
    }
}

/// Widens the (first, last) range to cover `date`; shares the `Arc` rather than copying.
fn see_date<D: SharedText>(first: &mut Option<D>, last: &mut Option<D>, date: &Option<D>) {
    let Some(date) = date else { return };
    // The builder shares one handle per date string (`DateCache`), so the common case of a date
    // seen before is a pointer comparison: `first <= last == date` changes nothing.
    if last.as_ref().is_some_and(|l| l.same(date)) {
        return;
    }
    if first.as_ref().is_none_or(|d| date.order(d).is_lt()) {
        *first = Some(date.clone());
    }
    if last.as_ref().is_none_or(|d| d.order(date).is_lt()) {
        *last = Some(date.clone());
    }
}

/// A shared string (a date, a document id) as an edge holds it: the `Arc<str>` of the graph, or
/// the [`Thin`] handle of a co-occurrence record.
trait SharedText: Clone {
    /// The same allocation: equal text without reading it.
    fn same(&self, other: &Self) -> bool;
    /// The order of the two strings (byte order, as `str`'s `Ord`).
    fn order(&self, other: &Self) -> Ordering;
}

impl SharedText for Arc<str> {
    fn same(&self, other: &Self) -> bool {
        Arc::ptr_eq(self, other)
    }

    fn order(&self, other: &Self) -> Ordering {
        text_order(self, other)
    }
}

/// A shared `Arc<str>` behind one pointer: 8 bytes where the `Arc<str>` (a pointer and a
/// length) takes 16. The co-occurrence records hold their dates and evidence document so, which
/// makes a record 48 bytes with its key rather than 72: a third less of the memory a large run's
/// pair tables take, and each record within one or two cache lines rather than always two.
/// Cloning one shares it (no allocation); turning it back into the `Arc<str>` it holds is a
/// reference count.
type Thin = Arc<KeyedText>;

/// What a [`Thin`] handle points to: the string, and its first 16 bytes as an integer that
/// orders as the strings do. Comparing two records' dates or documents (every pair instance
/// whose date is not its edge's latest) then reads the two handles and not the strings behind
/// them: one cache miss rather than two, and whole ISO dates and short ids need no `memcmp`.
#[derive(Debug)]
struct KeyedText {
    key: u128,
    text: Arc<str>,
}

impl KeyedText {
    fn new_thin(text: &Arc<str>) -> Thin {
        let mut head = [0u8; 16];
        let n = text.len().min(16);
        head[..n].copy_from_slice(&text.as_bytes()[..n]);
        // Zero padding keeps the order: a string that ends early sorts first, and strings whose
        // heads differ only by a zero byte against the padding tie and are compared whole.
        Arc::new(KeyedText { key: u128::from_be_bytes(head), text: Arc::clone(text) })
    }
}

impl SharedText for Thin {
    fn same(&self, other: &Self) -> bool {
        Arc::ptr_eq(self, other)
    }

    fn order(&self, other: &Self) -> Ordering {
        self.key.cmp(&other.key).then_with(|| self.text.cmp(&other.text))
    }
}

/// Byte order of two strings. The order of the first eight bytes read as a big-endian integer
/// settles most pairs of ISO dates (different months) without a `memcmp` call; this runs for
/// every date a node or typed edge sees.
fn text_order(a: &str, b: &str) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_bytes().first_chunk::<8>(), b.as_bytes().first_chunk::<8>()) {
        let (x, y) = (u64::from_be_bytes(*x), u64::from_be_bytes(*y));
        if x != y {
            return x.cmp(&y);
        }
    }
    a.cmp(b)
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

/// A co-occurrence edge while accumulating. Most edges of a large graph are co-occurrences, and
/// every document adds to them once per pair, so the record is small (40 bytes, 48 with its key
/// in the [`PairTable`]): counts, the date range and the evidence reference (its text, when
/// kept, lives in a side table), the shared strings by [`Thin`] handles.
#[derive(Debug, Clone)]
struct Cooccurrence {
    first_seen: Option<Thin>,
    last_seen: Option<Thin>,
    /// The evidence: the smallest (document, sentence) seen.
    doc: Thin,
    weight: u64,
    sentence: u32,
    /// Saturates at `u32::MAX` documents.
    docs: u32,
}

/// One accumulation of a co-occurrence edge, offered to the table.
struct CooccurrenceUpdate<'a> {
    weight: u64,
    docs: u64,
    first_seen: &'a Option<Thin>,
    last_seen: &'a Option<Thin>,
    doc: &'a Thin,
    sentence: usize,
    /// The document is known to sort after every document already in the table, so its
    /// evidence cannot win: no string comparison needed.
    doc_is_newest: bool,
}

/// Co-occurrence edges by pair, the smaller entity index in the high half of the key: a table
/// that documents update in place, and the sealed runs of earlier accumulations. An edge is the
/// combination of its records in all of them (combining is commutative, like every merge here).
#[derive(Debug, Clone, Default)]
struct CooccurrenceTable {
    edges: PairTable<Cooccurrence>,
    /// Evidence texts of `edges`, with [`GraphOptions::cooccurrence_text`] only.
    texts: FxHashMap<u64, Box<str>>,
    /// Accumulations sealed by [`GraphBuilder::seal`], one per worker of a parallel run: merging
    /// workers only gathers their runs, and [`GraphBuilder::finish`] reads them together in one
    /// ordered pass. Rehashing one worker's table into another's cost the end of a run a serial
    /// step (40 ms on the 100 MB benchmark corpus) and its peak memory (the table's growth).
    runs: Vec<SortedRun>,
}

/// A sealed accumulation: each key once, sorted largest first, so that it is read in key order
/// from its end (see [`Draining`]).
#[derive(Debug, Clone, Default)]
struct SortedRun {
    pairs: Vec<(u64, Cooccurrence)>,
    texts: FxHashMap<u64, Box<str>>,
}

impl SortedRun {
    /// The records in key order.
    fn iter(&self) -> impl Iterator<Item = (u64, &Cooccurrence)> {
        self.pairs.iter().rev().map(|(k, c)| (*k, c))
    }
}

/// Reads a sealed run in key order (from the end of its vector), giving its memory back as it
/// goes: every so often the vector is shrunk to what is left, so that while the graph is built
/// from the runs, the runs shrink as fast as the graph grows (a large vector is shrunk in place:
/// the allocator returns its tail pages). It also asks the cache, a few records ahead, for each
/// record's document id: combining two runs' records of a pair compares their documents, and
/// the ids lie wherever their documents' workers put them.
struct Draining {
    rest: Vec<(u64, Cooccurrence)>,
    taken: usize,
    /// Whether records are combined with other runs' (only then are documents compared).
    combined: bool,
}

impl Draining {
    /// Records read between two shrinks (a few MB).
    const SHRINK_EVERY: usize = 1 << 16;
    /// How many records ahead the document ids are asked for.
    const AHEAD: usize = 16;
}

impl Iterator for Draining {
    type Item = (u64, Cooccurrence);

    fn next(&mut self) -> Option<Self::Item> {
        if self.combined {
            if let Some((_, ahead)) =
                self.rest.len().checked_sub(Self::AHEAD).map(|i| &self.rest[i])
            {
                crate::prefetch(&*ahead.doc);
            }
        }
        let item = self.rest.pop()?;
        self.taken += 1;
        if self.taken.is_multiple_of(Self::SHRINK_EVERY) {
            self.rest.shrink_to_fit();
        }
        Some(item)
    }
}

/// A co-occurrence record on its way out, with its evidence text.
type Record = (Cooccurrence, Option<Box<str>>);

fn pair_key(a: EntityIx, b: EntityIx) -> u64 {
    (u64::from(a.0) << 32) | u64::from(b.0)
}

fn pair_edge_key(key: u64) -> EdgeKey {
    EdgeKey {
        source: EntityIx((key >> 32) as u32),
        kind: EdgeKind::CoOccurs,
        target: EntityIx(key as u32),
        modality: Modality::Asserted,
    }
}

fn saturating_u32(n: impl TryInto<u32>) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

impl CooccurrenceTable {
    /// Folds one accumulation into the edge of `key`; `text` is asked for only when its
    /// evidence becomes the edge's.
    fn offer(
        &mut self,
        key: u64,
        update: CooccurrenceUpdate,
        text: impl FnOnce() -> Option<Box<str>>,
    ) {
        let sentence = saturating_u32(update.sentence);
        let (edge, inserted) = self.edges.get_or_insert_with(key, || Cooccurrence {
            first_seen: update.first_seen.clone(),
            last_seen: update.last_seen.clone(),
            doc: Arc::clone(update.doc),
            weight: update.weight,
            sentence,
            docs: saturating_u32(update.docs),
        });
        let won = inserted || edge.fold(&update);
        if won {
            match text() {
                Some(t) => self.texts.insert(key, t),
                None => self.texts.remove(&key),
            };
        }
    }

    /// [`CooccurrenceTable::offer`] of another table's accumulation of the pair.
    fn offer_accumulated(
        &mut self,
        key: u64,
        c: &Cooccurrence,
        text: impl FnOnce() -> Option<Box<str>>,
    ) {
        self.offer(key, c.as_update(), text);
    }

    /// Edges, the table's and the runs' together (an upper bound when runs share pairs).
    fn size_hint(&self) -> usize {
        self.edges.len() + self.runs.iter().map(|r| r.pairs.len()).sum::<usize>()
    }

    /// Distinct edges.
    fn len(&self) -> usize {
        if self.runs.is_empty() {
            return self.edges.len();
        }
        let mut table: Vec<(u64, ())> = self.edges.iter().map(|(k, _)| (k, ())).collect();
        table.sort_unstable_by_key(|&(k, _)| k);
        let runs = self.runs.iter().map(|run| boxed(run.iter().map(|(k, _)| (k, ()))));
        combine_runs(std::iter::once(boxed(table.into_iter())).chain(runs).collect(), |_, _| {})
            .count()
    }

    /// Seals the table into a run of its own; later updates start a new table.
    fn seal(&mut self) {
        if self.edges.len() == 0 {
            return;
        }
        let mut pairs = std::mem::take(&mut self.edges).into_sorted_vec();
        pairs.reverse();
        let texts = std::mem::take(&mut self.texts);
        self.runs.push(SortedRun { pairs, texts });
    }

    /// Folds the runs back into the table, for updates that must see every edge.
    fn unseal(&mut self) {
        for SortedRun { pairs, mut texts } in std::mem::take(&mut self.runs) {
            for (key, c) in pairs {
                self.offer_accumulated(key, &c, || texts.remove(&key));
            }
        }
    }

    /// The edges in key order, by value.
    fn into_sorted(mut self) -> impl Iterator<Item = (EdgeKey, EdgeData)> {
        self.seal();
        let combined = self.runs.len() > 1;
        let sources = self
            .runs
            .into_iter()
            .map(|SortedRun { pairs, mut texts }| {
                boxed(Draining { rest: pairs, taken: 0, combined }.map(move |(k, c)| {
                    let text = texts.remove(&k);
                    (k, (c, text))
                }))
            })
            .collect();
        combine_runs(sources, Cooccurrence::absorb)
            .map(|(k, (c, text))| (pair_edge_key(k), c.into_edge_data(text)))
    }

    /// The edges in key order, copied.
    fn sorted(&self) -> impl Iterator<Item = (EdgeKey, EdgeData)> + '_ {
        let mut table: Vec<(u64, &Cooccurrence)> = self.edges.iter().collect();
        table.sort_unstable_by_key(|&(k, _)| k);
        let texts = &self.texts;
        let table = boxed(table.into_iter().map(|(k, c)| (k, (c.clone(), texts.get(&k).cloned()))));
        let runs = self.runs.iter().map(|run| {
            boxed(run.iter().map(|(k, c)| (k, (c.clone(), run.texts.get(&k).cloned()))))
        });
        combine_runs(std::iter::once(table).chain(runs).collect(), Cooccurrence::absorb)
            .map(|(k, (c, text))| (pair_edge_key(k), c.into_edge_data(text)))
    }
}

impl Cooccurrence {
    /// The record as an update to fold into another record of the same pair.
    fn as_update(&self) -> CooccurrenceUpdate<'_> {
        CooccurrenceUpdate {
            weight: self.weight,
            docs: u64::from(self.docs),
            first_seen: &self.first_seen,
            last_seen: &self.last_seen,
            doc: &self.doc,
            sentence: self.sentence as usize,
            doc_is_newest: false,
        }
    }

    /// Adds an update to the record; whether its evidence became the record's (the smallest
    /// (document, sentence) wins).
    fn fold(&mut self, update: &CooccurrenceUpdate) -> bool {
        self.weight += update.weight;
        self.docs = self.docs.saturating_add(saturating_u32(update.docs));
        see_date(&mut self.first_seen, &mut self.last_seen, update.first_seen);
        // A document's update has one date for both ends: seeing it once is enough.
        if !std::ptr::eq(update.first_seen, update.last_seen) {
            see_date(&mut self.first_seen, &mut self.last_seen, update.last_seen);
        }
        let sentence = saturating_u32(update.sentence);
        let wins = !update.doc_is_newest
            && update.doc.order(&self.doc).then(sentence.cmp(&self.sentence)).is_lt();
        if wins {
            self.doc = Arc::clone(update.doc);
            self.sentence = sentence;
        }
        wins
    }

    /// Combines two records of one pair, each with its evidence text.
    fn absorb(into: &mut Record, other: Record) {
        if into.0.fold(&other.0.as_update()) {
            into.1 = other.1;
        }
    }

    fn into_edge_data(self, text: Option<Box<str>>) -> EdgeData {
        let evidence =
            Evidence { doc: Arc::clone(&self.doc.text), sentence: self.sentence as usize, text };
        EdgeData {
            weight: self.weight,
            docs: u64::from(self.docs),
            first_seen: self.first_seen.map(|d| Arc::clone(&d.text)),
            last_seen: self.last_seen.map(|d| Arc::clone(&d.text)),
            evidence: smallvec::smallvec![evidence],
            typed: None,
        }
    }
}

/// Merges two key-sorted edge streams that share no key.
fn merge_sorted<T>(
    a: impl Iterator<Item = (EdgeKey, T)>,
    b: impl Iterator<Item = (EdgeKey, T)>,
) -> impl Iterator<Item = (EdgeKey, T)> {
    merge_by_key(a, b, |_, _| {})
}

/// Merges two key-sorted streams, each key at most once in each, into one; a key in both comes
/// out once, with `b`'s record combined into `a`'s.
fn merge_by_key<K: Ord, T>(
    a: impl Iterator<Item = (K, T)>,
    b: impl Iterator<Item = (K, T)>,
    combine: impl Fn(&mut T, T),
) -> impl Iterator<Item = (K, T)> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.0 < x.0 => b.next(),
        (Some(x), Some(y)) if y.0 == x.0 => {
            let (key, mut value) = a.next()?;
            let (_, other) = b.next()?;
            combine(&mut value, other);
            Some((key, value))
        }
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// A key-sorted stream of records, each key at most once.
type Run<'a, T> = Box<dyn Iterator<Item = (u64, T)> + 'a>;

fn boxed<'a, T>(run: impl Iterator<Item = (u64, T)> + 'a) -> Run<'a, T> {
    Box::new(run)
}

/// Reads key-sorted runs together in key order, in one pass: each key once, its records from
/// the runs holding it combined with `combine` (earlier runs first, so the order is fixed). The
/// runs are paired off into a balanced tree of two-way merges: a few comparisons per record.
fn combine_runs<'a, T: 'a>(
    mut runs: Vec<Run<'a, T>>,
    combine: impl Fn(&mut T, T) + Copy + 'a,
) -> Run<'a, T> {
    while runs.len() > 1 {
        let mut paired = Vec::with_capacity(runs.len().div_ceil(2));
        let mut rest = runs.into_iter();
        while let Some(a) = rest.next() {
            paired.push(match rest.next() {
                Some(b) => boxed(merge_by_key(a, b, combine)),
                None => a,
            });
        }
        runs = paired;
    }
    runs.pop().unwrap_or_else(|| boxed(std::iter::empty()))
}

/// One shared [`Thin`] handle (and so one `Arc<str>`) per distinct date string, so that dates
/// compare by pointer in the common case. Bounded: when full it starts over (sharing is an
/// optimisation, never a requirement), so timestamps unique to each document cannot grow it
/// without limit.
#[derive(Debug, Clone, Default)]
struct DateCache(FxHashMap<Date, Thin>);

impl DateCache {
    const CAPACITY: usize = 1 << 16;

    fn share(&mut self, date: &Option<Date>) -> Option<Thin> {
        let date = date.as_ref()?;
        if let Some(shared) = self.0.get(&**date) {
            return Some(Arc::clone(shared));
        }
        if self.0.len() >= Self::CAPACITY {
            self.0.clear();
        }
        let shared = KeyedText::new_thin(date);
        self.0.insert(Arc::clone(date), Arc::clone(&shared));
        Some(shared)
    }
}

/// The mergeable accumulator. Hash maps while accumulating (the hot path); everything that
/// leaves it ([`GraphBuilder::finish`], partials) is sorted, so output never depends on hashing.
#[derive(Debug, Clone, Default)]
pub struct GraphBuilder {
    pub nodes: FxHashMap<EntityIx, NodeData>,
    /// Typed edges.
    edges: EdgeTable,
    cooccurrences: CooccurrenceTable,
    /// The largest document id added so far (see [`CooccurrenceUpdate::doc_is_newest`]).
    newest_doc: Option<Arc<str>>,
    dates: DateCache,
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
        let shared_date = self.dates.share(&result.date);
        let date: Option<Date> = shared_date.as_ref().map(|d| Arc::clone(&d.text));
        for &(entity, count) in &result.entity_mentions {
            let node = self.nodes.entry(entity).or_default();
            node.mentions += count;
            node.docs += 1;
            see_date(&mut node.first_seen, &mut node.last_seen, &date);
        }
        // Input usually comes in id order: then no edge's evidence can lose to this document.
        let doc_is_newest = self.newest_doc.as_ref().is_none_or(|newest| *result.doc > **newest);
        if doc_is_newest {
            self.newest_doc = Some(Arc::clone(&result.doc));
        }
        // Start the cache misses of all this document's pairs before updating any.
        for &((a, b), _) in &result.cooccurrences {
            self.cooccurrences.edges.prefetch(pair_key(a, b));
        }
        let doc = KeyedText::new_thin(&result.doc);
        for &((a, b), (count, sentence)) in &result.cooccurrences {
            let update = CooccurrenceUpdate {
                weight: count,
                docs: 1,
                first_seen: &shared_date,
                last_seen: &shared_date,
                doc: &doc,
                sentence,
                doc_is_newest,
            };
            self.cooccurrences.offer(pair_key(a, b), update, || {
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
                typed.via.extend(r.via);
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
            data.see_date(&date);
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
        if other.size_hint() > self.size_hint() {
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
        // Pairs both hold are folded in place; the other's new pairs are set aside and added
        // after its table is freed, so that this table grows once, with only them beside it:
        // growing while the other's whole table was still alive made the peak of a 1 GB run.
        let CooccurrenceTable { edges, mut texts, runs } = other.cooccurrences;
        self.cooccurrences.runs.extend(runs);
        let mut new_pairs: Vec<(u64, Cooccurrence)> = Vec::new();
        for (key, c) in edges {
            if self.cooccurrences.edges.contains(key) {
                self.cooccurrences.offer_accumulated(key, &c, || texts.remove(&key));
            } else {
                new_pairs.push((key, c));
            }
        }
        self.cooccurrences.edges.reserve(new_pairs.len());
        for (key, c) in new_pairs {
            self.cooccurrences.offer_accumulated(key, &c, || texts.remove(&key));
        }
        if let Some(doc) = other.newest_doc {
            if self.newest_doc.as_ref().is_none_or(|newest| doc > *newest) {
                self.newest_doc = Some(doc);
            }
        }
    }

    /// Distinct edges so far, co-occurrences and typed.
    pub fn edge_count(&self) -> usize {
        self.cooccurrences.len() + self.edges.len()
    }

    /// [`GraphBuilder::edge_count`] or more (pairs in several sealed runs count once each).
    fn size_hint(&self) -> usize {
        self.cooccurrences.size_hint() + self.edges.len()
    }

    /// Sorts what has accumulated into a run that later merges only gather (see
    /// `CooccurrenceTable::runs`): each worker of a parallel run seals its own, at the same
    /// time as the others. The builder stays usable; nothing in its result changes.
    pub fn seal(&mut self) {
        self.cooccurrences.seal();
    }

    /// Every edge in key order; co-occurrence edges are built on the fly.
    pub fn sorted_edges(&self) -> impl Iterator<Item = (EdgeKey, Cow<'_, EdgeData>)> {
        let pairs = self.cooccurrences.sorted().map(|(k, data)| (k, Cow::Owned(data)));
        let typed = self.edges.sorted().into_iter().map(|(k, d)| (*k, Cow::Borrowed(d)));
        merge_sorted(pairs, typed)
    }

    /// The nodes, sorted by entity.
    pub fn sorted_nodes(&self) -> Vec<(&EntityIx, &NodeData)> {
        let mut nodes: Vec<_> = self.nodes.iter().collect();
        nodes.sort_unstable_by_key(|(k, _)| **k);
        nodes
    }

    /// Folds in one edge's accumulation (as read from a partial).
    pub fn merge_edge(&mut self, key: EdgeKey, data: EdgeData) {
        if key.kind != EdgeKind::CoOccurs {
            self.edges.entry(key).merge(data, key.evidence_keep());
            return;
        }
        let pair = pair_key(key.source, key.target);
        let mut evidence = data.evidence.into_iter();
        let Some(Evidence { doc, sentence, text }) = evidence.next() else {
            // A co-occurrence always has its evidence; a record without any adds counts only,
            // to an edge that exists (in a sealed run too).
            self.cooccurrences.unseal();
            let (first, last) =
                (self.dates.share(&data.first_seen), self.dates.share(&data.last_seen));
            if let Some(edge) = self.cooccurrences.edges.get_mut(pair) {
                edge.weight += data.weight;
                edge.docs = edge.docs.saturating_add(saturating_u32(data.docs));
                see_date(&mut edge.first_seen, &mut edge.last_seen, &first);
                see_date(&mut edge.first_seen, &mut edge.last_seen, &last);
            }
            return;
        };
        let update = CooccurrenceUpdate {
            weight: data.weight,
            docs: data.docs,
            first_seen: &self.dates.share(&data.first_seen),
            last_seen: &self.dates.share(&data.last_seen),
            doc: &KeyedText::new_thin(&doc),
            sentence,
            doc_is_newest: false,
        };
        self.cooccurrences.offer(pair, update, || text);
    }

    /// Builds the petgraph graph; co-occurrence edges lighter than `min_weight` are left out.
    pub fn finish(self, gazetteer: &Gazetteer, min_weight: u64) -> KnowledgeGraph {
        let edge_count = self.size_hint();
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
                aliases: plain_aliases(&e.aliases),
                attrs: e.attrs.clone(),
                data,
            });
            index.insert(entity, ix);
        }
        graph.reserve_edges(edge_count);
        let edges = merge_sorted(self.cooccurrences.into_sorted(), self.edges.into_sorted());
        let mut edge_counts: BTreeMap<&'static str, u64> = BTreeMap::new();
        for (key, data) in edges {
            if key.kind == EdgeKind::CoOccurs && data.weight < min_weight {
                continue;
            }
            let (Some(&a), Some(&b)) = (index.get(&key.source), index.get(&key.target)) else {
                continue;
            };
            *edge_counts.entry(key.kind.as_str()).or_default() += 1;
            let name = |e: EntityIx| gazetteer.entity(e).name.clone();
            let names = data.typed.as_ref().map(|_| {
                Box::new(EdgeNames {
                    items: data.items().map(name).collect(),
                    via: data.via().map(name).collect(),
                })
            });
            graph.add_edge(a, b, Edge { key, data, names });
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
    /// Names of its items and of `via`: typed edges only (a large graph is mostly co-occurrence
    /// edges, which carry neither, and each would pay for two empty lists).
    names: Option<Box<EdgeNames>>,
}

/// The names a typed edge carries, resolved once for every export.
#[derive(Debug, Clone, Default)]
struct EdgeNames {
    /// Item names, sorted by entity id.
    items: Vec<String>,
    /// Names of whom the source acted through ([`TypedData::via`]), sorted the same way.
    via: Vec<String>,
}

impl Edge {
    /// Item names, sorted by entity id.
    pub fn items(&self) -> &[String] {
        self.names.as_ref().map_or(&[], |n| &n.items)
    }

    /// Names of whom the source acted through ([`TypedData::via`]), sorted the same way.
    pub fn via(&self) -> &[String] {
        self.names.as_ref().map_or(&[], |n| &n.via)
    }

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

    /// The edges, in order, with their two ends.
    pub fn edges(&self) -> impl Iterator<Item = (&Node, &Edge, &Node)> {
        /// How many edges ahead the evidence document ids are asked for.
        const AHEAD: usize = 16;
        let edges = self.graph.raw_edges();
        edges.iter().enumerate().map(move |(i, edge)| {
            // Every export writes each edge's evidence `doc#sentence`, and the document ids
            // lie wherever their documents' workers put them: a cache miss per edge, per
            // export, unless asked for ahead.
            if let Some(evidence) =
                edges.get(i + AHEAD).and_then(|e| e.weight.data.evidence.first())
            {
                crate::prefetch(&*evidence.doc);
            }
            (&self.graph[edge.source()], &edge.weight, &self.graph[edge.target()])
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A document naming the pair (0, 1) first in `sentence`, in `sentences` sentences.
    fn doc(id: &str, date: Option<&str>, sentence: usize, sentences: u64) -> DocResult {
        DocResult {
            doc: Arc::from(id),
            date: date.map(Arc::from),
            entity_mentions: vec![(EntityIx(0), sentences), (EntityIx(1), sentences)],
            cooccurrences: vec![((EntityIx(0), EntityIx(1)), (sentences, sentence))],
            sentence_texts: vec![(sentence, format!("{id} sentence {sentence}"))],
            ..DocResult::default()
        }
    }

    fn pair_edge(builder: &GraphBuilder) -> EdgeData {
        let mut edges = builder.sorted_edges();
        let (key, data) = edges.next().expect("one edge");
        assert_eq!(
            (key.source, key.kind, key.target),
            (EntityIx(0), EdgeKind::CoOccurs, EntityIx(1))
        );
        assert!(edges.next().is_none());
        data.into_owned()
    }

    /// A large run's memory is mostly co-occurrence records in the pair tables' slots: each
    /// holds its dates and document by [`Thin`] handles (72 bytes a slot with `Arc<str>`s).
    #[test]
    fn a_cooccurrence_slot_takes_48_bytes() {
        assert_eq!(std::mem::size_of::<Option<(u64, Cooccurrence)>>(), 48);
    }

    /// Both shortcuts order as `str` does: ISO dates of every shape, shorter and longer than
    /// the 8 and 16 bytes they read, sharing prefixes, with times, zero bytes (which tie with the
    /// handle's padding), free text and non-ASCII.
    #[test]
    fn shortcut_orders_are_string_order() {
        let texts = [
            "",
            "\0",
            "2024",
            "2024\0",
            "2024-08",
            "2024-08-1",
            "2024-08-15",
            "2024-08-15\0",
            "2024-08-15T10:00",
            "2024-08-15T10:00:01Z",
            "2024-08-15T10:00:02Z",
            "2024-08-16",
            "2024-09-01",
            "2025-01-01",
            "2024-08-15 ",
            "20240815",
            "Aug 15, 2024",
            "2024-08-",
            "2024-08-\u{e9}",
            "\u{e9}t\u{e9} 2024",
            "1999-12-31",
            "2024-08-15T09:59:59Z",
            "gen-00000001",
            "gen-00000001-a-long-suffix",
            "gen-00000001-a-long-suffiy",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(text_order(a, b), a.cmp(b), "{a:?} against {b:?}");
                let (x, y) =
                    (KeyedText::new_thin(&Arc::from(a)), KeyedText::new_thin(&Arc::from(b)));
                assert_eq!(x.order(&y), a.cmp(b), "handles of {a:?} against {b:?}");
            }
        }
    }

    #[test]
    fn cooccurrence_edges_do_not_depend_on_arrival_order() {
        let options = GraphOptions { include_hedged: false, cooccurrence_text: true };
        let docs = [
            doc("b", Some("2024-03-01"), 4, 2),
            doc("a", Some("2024-05-01"), 7, 1),
            doc("c", None, 0, 3),
            doc("a2", Some("2023-12-31"), 2, 1),
        ];
        let orders: [[usize; 4]; 4] = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]];
        let mut seen = Vec::new();
        for order in orders {
            // In one builder, and split over two merged ones.
            let mut one = GraphBuilder::default();
            let (mut left, mut right) = (GraphBuilder::default(), GraphBuilder::default());
            for (n, &i) in order.iter().enumerate() {
                one.add(&docs[i], options);
                if n % 2 == 0 {
                    left.add(&docs[i], options)
                } else {
                    right.add(&docs[i], options)
                }
            }
            left.merge(right);
            for builder in [one, left] {
                let edge = pair_edge(&builder);
                assert_eq!((edge.weight, edge.docs), (7, 4));
                assert_eq!(edge.first_seen.as_deref(), Some("2023-12-31"));
                assert_eq!(edge.last_seen.as_deref(), Some("2024-05-01"));
                let evidence = &edge.evidence[..];
                assert_eq!(evidence.len(), 1);
                assert_eq!((&*evidence[0].doc, evidence[0].sentence), ("a", 7));
                assert_eq!(evidence[0].text.as_deref(), Some("a sentence 7"));
                seen.push(edge);
            }
        }
        assert!(seen.windows(2).all(|w| w[0] == w[1]));
    }

    /// A document naming several pairs, each first in the sentence given.
    fn doc_with_pairs(id: &str, date: &str, pairs: &[(u32, u32, usize)]) -> DocResult {
        let mut cooccurrences: Vec<_> =
            pairs.iter().map(|&(a, b, s)| ((EntityIx(a), EntityIx(b)), (2, s))).collect();
        cooccurrences.sort_unstable();
        let mut texts: Vec<_> = pairs.iter().map(|&(_, _, s)| (s, format!("{id}/{s}"))).collect();
        texts.sort_unstable();
        texts.dedup();
        DocResult {
            doc: Arc::from(id),
            date: Some(Arc::from(date)),
            cooccurrences,
            sentence_texts: texts,
            ..DocResult::default()
        }
    }

    fn all_edges(builder: &GraphBuilder) -> Vec<(EdgeKey, EdgeData)> {
        builder.sorted_edges().map(|(k, d)| (k, d.into_owned())).collect()
    }

    /// Sealed accumulations (each worker of a parallel run seals its own) hold the same edges
    /// as one table: sealed at any point, several times, merged either way round, read by
    /// reference or consumed.
    #[test]
    fn sealed_runs_combine_like_one_table() {
        let options = GraphOptions { include_hedged: false, cooccurrence_text: true };
        let docs = [
            doc_with_pairs("d3", "2024-03-01", &[(0, 1, 4), (1, 2, 4), (5, 9, 1)]),
            doc_with_pairs("d1", "2024-01-01", &[(0, 1, 2), (2, 3, 0)]),
            doc_with_pairs("d4", "2023-06-30", &[(1, 2, 0), (5, 9, 3), (7, 8, 2)]),
            doc_with_pairs("d2", "2025-02-02", &[(0, 1, 0), (2, 3, 5), (7, 8, 1)]),
            doc_with_pairs("d0", "2024-12-12", &[(5, 9, 6)]),
        ];
        let mut one = GraphBuilder::default();
        for d in &docs {
            one.add(d, options);
        }
        let expected = all_edges(&one);
        assert_eq!(expected.len(), 5);
        let consumed: Vec<_> = one.clone().cooccurrences.into_sorted().collect();
        assert_eq!(consumed, expected);
        for split in 0..=docs.len() {
            for seal_every in [1, 2, 9] {
                let (mut a, mut b) = (GraphBuilder::default(), GraphBuilder::default());
                for (n, d) in docs[..split].iter().enumerate() {
                    a.add(d, options);
                    if n % seal_every == 0 {
                        a.seal();
                    }
                }
                for d in &docs[split..] {
                    b.add(d, options);
                }
                b.seal();
                let mut ab = a.clone();
                ab.merge(b.clone());
                b.merge(a);
                for merged in [ab, b] {
                    let case = format!("split {split}, sealing every {seal_every}");
                    assert_eq!(all_edges(&merged), expected, "{case}");
                    assert_eq!(merged.edge_count(), expected.len(), "{case}");
                    let consumed: Vec<_> = merged.cooccurrences.into_sorted().collect();
                    assert_eq!(consumed, expected, "{case}");
                }
            }
        }
    }

    /// A record without evidence (a partial can hold one) adds its counts to the edge also
    /// when the edge is in a sealed run.
    #[test]
    fn a_count_only_record_reaches_a_sealed_edge() {
        let mut builder = GraphBuilder::default();
        builder.add(&doc("a", Some("2024-01-01"), 0, 2), GraphOptions::default());
        builder.seal();
        let key = EdgeKey {
            source: EntityIx(0),
            kind: EdgeKind::CoOccurs,
            target: EntityIx(1),
            modality: Modality::Asserted,
        };
        let counts = EdgeData { weight: 5, docs: 3, ..EdgeData::default() };
        builder.merge_edge(key, counts);
        let edge = pair_edge(&builder);
        assert_eq!((edge.weight, edge.docs), (7, 4));
    }

    #[test]
    fn a_sorted_set_holds_each_value_once_in_order_past_its_inline_room() {
        let mut set: SortedSet<u32, 2> = [5, 1, 5, 3].into_iter().collect();
        set.extend([1, 4, 2]);
        set.insert(3);
        assert_eq!(set.iter().copied().collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
        assert_eq!(set.len(), 5);
        let same: SortedSet<u32, 2> = [2, 4, 1, 3, 5].into_iter().collect();
        assert_eq!(set, same, "equal whatever the order of insertion");
        assert_eq!(set.into_iter().collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
        assert!(SortedSet::<String, 1>::default().is_empty());
    }

    #[test]
    fn a_repeated_document_id_keeps_its_earliest_sentence() {
        let options = GraphOptions::default();
        let mut builder = GraphBuilder::default();
        builder.add(&doc("x", None, 5, 1), options);
        builder.add(&doc("x", None, 3, 1), options);
        let edge = pair_edge(&builder);
        assert_eq!((&*edge.evidence[0].doc, edge.evidence[0].sentence), ("x", 3));
        assert_eq!(edge.evidence[0].text, None);
    }
}
