//! Plain data shared by every stage: entities, documents, mentions and relations.
//!
//! Nothing here knows how it was produced; the stages before fill these types and the stages after
//! (graph, export) only read them.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The four kinds of gazetteer entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    State,
    Person,
    Organization,
    Weapon,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] =
        [EntityKind::State, EntityKind::Person, EntityKind::Organization, EntityKind::Weapon];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::State => "state",
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Weapon => "weapon",
        }
    }

    /// The Neo4j label (and display label) of the kind.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::State => "State",
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Weapon => "Weapon",
        }
    }

    /// States, people and organisations act; weapons are acted upon.
    pub fn is_actor(self) -> bool {
        !matches!(self, EntityKind::Weapon)
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Index of an entity in its [`crate::Gazetteer`]; entities are sorted by id, so the index order is
/// the id order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityIx(pub u32);

impl EntityIx {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Stable id such as `state:KP` or `person:kim-jong-un`.
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    /// Kind-specific columns (iso2, role, category, …) by column name; empty values left out.
    pub attrs: BTreeMap<String, String>,
}

impl Entity {
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.get(key).map(String::as_str)
    }
}

/// One input document.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Doc {
    /// The file name (relative to the input folder) or the JSON Lines record's `id`.
    pub id: String,
    pub text: String,
    /// ISO date (`YYYY-MM-DD` or longer) when the input gave one.
    pub date: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
}

/// How an entity was named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionForm {
    /// The canonical name or an alias.
    Name,
    /// A demonym or adjective ("North Korean").
    Demonym,
    /// A plural demonym that names the people of a state ("the Iranians", "North Koreans"): a
    /// noun, which acts and is acted on as the state's name does, not a modifier.
    People,
}

/// A span of text that names a gazetteer entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub entity: EntityIx,
    pub form: MentionForm,
    /// Byte span in the original document text.
    pub start: usize,
    pub end: usize,
    /// Byte span in the normalised text (internal to matching and relation extraction).
    pub norm_start: usize,
    pub norm_end: usize,
    /// Index of the sentence in the document.
    pub sentence: usize,
}

/// The typed relations kgraph extracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationType {
    Supplies,
    Deploys,
    Sanctions,
}

impl RelationType {
    pub const ALL: [RelationType; 3] =
        [RelationType::Supplies, RelationType::Deploys, RelationType::Sanctions];

    pub fn as_str(self) -> &'static str {
        match self {
            RelationType::Supplies => "supplies",
            RelationType::Deploys => "deploys",
            RelationType::Sanctions => "sanctions",
        }
    }

    pub fn parse(s: &str) -> Option<RelationType> {
        RelationType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl fmt::Display for RelationType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether the text states a relation as fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Asserted,
    Hedged,
    Negated,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Hedged => "hedged",
            Modality::Negated => "negated",
        }
    }
}

/// A weapon (or other item) carried by a relation, with the quantity the text gave.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Item {
    pub entity: EntityIx,
    pub quantity: Option<String>,
    /// The part of the weapon that moved, where the text names one ("drone engines", "components
    /// for Shahed drones"): the weapon is then what the parts are for, not what was handed over.
    pub part: Option<String>,
}

/// One relation instance found in one sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Relation {
    pub doc: String,
    pub date: Option<String>,
    pub sentence: usize,
    /// Byte span of the sentence in the original document.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: RelationType,
    pub source: Option<EntityIx>,
    pub target: Option<EntityIx>,
    /// The organ or office holder the text names as the source, when `source` is whom it acts
    /// for ("the Treasury sanctioned…" → the United States, via the US Treasury).
    pub via: Option<EntityIx>,
    pub items: Vec<Item>,
    pub modality: Modality,
    /// The cue words behind a hedged or negated modality.
    pub cue: Option<String>,
    /// Who the sentence attributes the claim to ("the report said").
    pub attribution: Option<String>,
    pub rule: String,
    /// A party was taken from an earlier relation of the same document.
    pub context: bool,
    /// The document's address, when the input gave one: where an analyst checks the claim.
    pub url: Option<String>,
}
