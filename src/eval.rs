//! Evaluation against gold relations: precision, recall and F1 per type and overall.
//!
//! Takes the gold file (`{"documents": {DOC: {"must": [...], "may": [...], "must_not": [...]}}}`,
//! names resolved through the gazetteer) and the extracted relations; scores per-document triples
//! (source, type, target) of asserted relations whose target is an actor. A predicted triple that
//! matches a `must` is a true positive, one that matches only a `may` is neither rewarded nor
//! punished, anything else is a false positive (a `must_not` match is also counted apart). An
//! organisation matches a gold name of the body it belongs to (`parent`): the UN Security Council
//! counts for "United Nations". Depends on `gazetteer` and `model`.

use crate::error::{Error, Location, Result};
use crate::gazetteer::Gazetteer;
use crate::model::{EntityIx, Modality, Relation, RelationType};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Deserialize)]
struct GoldFile {
    documents: BTreeMap<String, GoldDoc>,
}

#[derive(Debug, Deserialize, Default)]
struct GoldDoc {
    #[serde(default)]
    must: Vec<GoldRelation>,
    #[serde(default)]
    may: Vec<GoldRelation>,
    #[serde(default)]
    must_not: Vec<GoldRelation>,
}

#[derive(Debug, Deserialize, Clone)]
struct GoldRelation {
    source: String,
    #[serde(rename = "type")]
    kind: String,
    target: String,
    #[serde(default)]
    why: Option<String>,
}

/// A resolved gold triple.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Triple {
    source: EntityIx,
    kind: RelationType,
    target: EntityIx,
}

/// Gold resolved against a gazetteer.
#[derive(Debug, Default)]
pub struct Gold {
    docs: BTreeMap<String, [Vec<Triple>; 3]>,
    /// Names the gazetteer could not resolve, with where they appear.
    pub unresolved: Vec<String>,
}

const MUST: usize = 0;
const MAY: usize = 1;
const MUST_NOT: usize = 2;

impl Gold {
    pub fn from_path(path: &Path, gazetteer: &Gazetteer) -> Result<Gold> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let file: GoldFile = serde_json::from_str(&text).map_err(|e| {
            Error::config(
                Location::column(path, e.line() as u64, e.column() as u64),
                format!("expected gold JSON with a \"documents\" object: {e}"),
            )
        })?;
        let mut gold = Gold::default();
        for (doc, g) in file.documents {
            let mut lists: [Vec<Triple>; 3] = Default::default();
            for (slot, list, label) in
                [(MUST, &g.must, "must"), (MAY, &g.may, "may"), (MUST_NOT, &g.must_not, "must_not")]
            {
                for r in list {
                    let Some(kind) = RelationType::parse(&r.kind) else {
                        gold.unresolved.push(format!("{doc} {label}: unknown type {:?}", r.kind));
                        continue;
                    };
                    let (s, t) = (gazetteer.resolve(&r.source), gazetteer.resolve(&r.target));
                    match (s, t) {
                        (Some(source), Some(target)) => {
                            lists[slot].push(Triple { source, kind, target })
                        }
                        _ => {
                            for (name, found) in [(&r.source, s), (&r.target, t)] {
                                if found.is_none() {
                                    gold.unresolved.push(format!(
                                        "{doc} {label}: {name:?} is not in the gazetteer{}",
                                        r.why
                                            .as_deref()
                                            .map(|w| format!(" ({w})"))
                                            .unwrap_or_default()
                                    ));
                                }
                            }
                        }
                    }
                }
            }
            gold.docs.insert(doc, lists);
        }
        Ok(gold)
    }
}

/// Scores for one relation type (or all).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct Score {
    pub true_positives: usize,
    pub false_positives: usize,
    pub must: usize,
    pub must_found: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    fn finish(&mut self) {
        let predicted = self.true_positives + self.false_positives;
        self.precision =
            if predicted == 0 { 1.0 } else { self.true_positives as f64 / predicted as f64 };
        self.recall = if self.must == 0 { 1.0 } else { self.must_found as f64 / self.must as f64 };
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
    }
}

/// One line of the error analysis.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub doc: String,
    pub source: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub target: String,
    /// The sentence behind a false positive (empty for a miss).
    pub evidence: String,
    pub rule: String,
}

/// The evaluation report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub overall: Score,
    pub by_type: BTreeMap<String, Score>,
    pub must_not_hits: Vec<Finding>,
    pub misses: Vec<Finding>,
    pub false_positives: Vec<Finding>,
    pub unresolved: Vec<String>,
}

fn entity_matches(g: &Gazetteer, predicted: EntityIx, gold: EntityIx) -> bool {
    g.is_part_of(predicted, gold)
}

fn triple_matches(g: &Gazetteer, p: &Triple, gold: &Triple) -> bool {
    p.kind == gold.kind
        && entity_matches(g, p.source, gold.source)
        && entity_matches(g, p.target, gold.target)
}

/// Scores `relations` (of the gold's documents) against `gold`.
pub fn evaluate(gold: &Gold, relations: &[Relation], g: &Gazetteer) -> Report {
    let mut report = Report { unresolved: gold.unresolved.clone(), ..Report::default() };
    let mut by_type: BTreeMap<RelationType, Score> =
        RelationType::ALL.iter().map(|&t| (t, Score::default())).collect();
    let name = |e: EntityIx| g.entity(e).name.clone();
    for (doc, lists) in &gold.docs {
        // Predicted triples of this document, with their first sentence and rule.
        let mut predicted: BTreeMap<Triple, (String, String)> = BTreeMap::new();
        for r in relations.iter().filter(|r| &r.doc == doc && r.modality == Modality::Asserted) {
            let (Some(source), Some(target)) = (r.source, r.target) else {
                continue;
            };
            if !g.entity(target).kind.is_actor() {
                continue;
            }
            predicted
                .entry(Triple { source, kind: r.kind, target })
                .or_insert_with(|| (r.text.clone(), r.rule.clone()));
        }
        let mut found_must: BTreeSet<usize> = BTreeSet::new();
        for (p, (text, rule)) in &predicted {
            let finding = || Finding {
                doc: doc.clone(),
                source: name(p.source),
                kind: p.kind.to_string(),
                target: name(p.target),
                evidence: text.clone(),
                rule: rule.clone(),
            };
            let score = by_type.entry(p.kind).or_default();
            let must_hits: Vec<usize> = lists[MUST]
                .iter()
                .enumerate()
                .filter(|(_, m)| triple_matches(g, p, m))
                .map(|(i, _)| i)
                .collect();
            if !must_hits.is_empty() {
                score.true_positives += 1;
                found_must.extend(must_hits);
            } else if lists[MAY].iter().any(|m| triple_matches(g, p, m)) {
                // neither rewarded nor punished
            } else {
                score.false_positives += 1;
                report.false_positives.push(finding());
                if lists[MUST_NOT].iter().any(|m| triple_matches(g, p, m)) {
                    report.must_not_hits.push(finding());
                }
            }
        }
        for (i, m) in lists[MUST].iter().enumerate() {
            let score = by_type.entry(m.kind).or_default();
            score.must += 1;
            if found_must.contains(&i) {
                score.must_found += 1;
            } else {
                report.misses.push(Finding {
                    doc: doc.clone(),
                    source: name(m.source),
                    kind: m.kind.to_string(),
                    target: name(m.target),
                    evidence: String::new(),
                    rule: String::new(),
                });
            }
        }
    }
    let mut overall = Score::default();
    for (t, mut s) in by_type {
        overall.true_positives += s.true_positives;
        overall.false_positives += s.false_positives;
        overall.must += s.must;
        overall.must_found += s.must_found;
        s.finish();
        report.by_type.insert(t.to_string(), s);
    }
    overall.finish();
    report.overall = overall;
    report
}
