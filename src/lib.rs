//! kgraph turns English news articles into a typed knowledge graph for Gephi, Graphviz and Neo4j.
//!
//! The stages, each a module, in the one direction data flows:
//!
//! 1. [`corpus`]: files, folders, JSON Lines and standard input → a stream of [`model::Doc`]s.
//! 2. [`text`]: normalisation with an offset map back to the original, and sentences.
//! 3. [`gazetteer`] + [`matcher`]: the CSV gazetteer compiled into aho-corasick automata →
//!    whole-word, longest, case-aware [`model::Mention`]s.
//! 4. [`rules`] + [`relate`]: the editable rules file → typed, directed [`model::Relation`]s with
//!    modality, attribution and provenance.
//! 5. [`graph`]: per-document results merged (order-independently) into a petgraph graph.
//! 6. [`export`]: GraphML, GEXF, DOT, Neo4j CSV + Cypher, node-link JSON, JSON Lines.
//!
//! [`pipeline`] drives 2–5 over a stream in parallel; [`partial`] writes and merges partial graphs
//! (for sharded and cluster runs); [`eval`] scores relations against gold.
//!
//! ```
//! use kgraph::{gazetteer::Gazetteer, model::{Entity, EntityKind}, matcher::Matcher, text::normalize};
//! let entity = |id: &str, name: &str, aliases: &[&str]| Entity {
//!     id: id.into(), name: name.into(), kind: EntityKind::State,
//!     aliases: aliases.iter().map(|s| s.to_string()).collect(), attrs: Default::default(),
//! };
//! let g = Gazetteer::from_entities(vec![entity("state:KP", "North Korea", &["Pyongyang"])]).unwrap();
//! let text = "Pyongyang’s envoy met North Korea's allies.";
//! let mut mentions = Vec::new();
//! Matcher::new(&g).unwrap().find(text, &normalize(text), &mut mentions);
//! assert_eq!(mentions.len(), 2);
//! assert_eq!(&text[mentions[0].start..mentions[0].end], "Pyongyang");
//! ```

pub mod corpus;
pub mod error;
pub mod eval;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod io;
pub mod matcher;
pub mod model;
mod pair_table;
pub mod partial;
pub mod pipeline;
pub mod relate;
pub mod rules;
pub mod text;

pub use error::{Error, Result};
pub use gazetteer::Gazetteer;
pub use graph::KnowledgeGraph;
pub use pipeline::Pipeline;
pub use rules::Rules;

/// Asks the cache for the memory of `value` (its first and last cache lines) ahead of its use,
/// so that the misses of many values overlap instead of queueing one after another. Only a
/// hint: nothing is read.
pub(crate) fn prefetch<T: ?Sized>(value: &T) {
    let first: *const i8 = (value as *const T).cast();
    let last = first.wrapping_add(std::mem::size_of_val(value).saturating_sub(1));
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint to the cache; it has no effect the program can observe and
    // never faults, whatever the address (both are inside `value` anyway). The intrinsic is
    // `unsafe` only because it is gated on SSE, which every x86_64 CPU has.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(first);
        _mm_prefetch::<_MM_HINT_T0>(last);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = (first, last);
}

/// The number of threads a `--jobs` value asks for: 0 means one per core.
pub fn threads_for(jobs: usize) -> usize {
    match jobs {
        0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
        n => n,
    }
}
