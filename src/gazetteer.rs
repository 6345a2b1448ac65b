//! The gazetteer: `gazetteer/*.csv` → [`Gazetteer`], with file:line checks.
//!
//! Takes a folder of CSV files (`states.csv`, `people.csv`, `organizations.csv`, `weapons.csv`;
//! format in `gazetteer/README.md`); yields the entities sorted by id and the alias [`Pattern`]s that
//! the matcher compiles. Problems that make the data unusable are errors; problems a user may live
//! with (an alias claimed by two entities) are [`Problem`]s with severity warning. Depends on
//! `model`, `text` and `error`.

use crate::error::{Error, Location, Result};
use crate::model::{Entity, EntityIx, EntityKind, MentionForm};
use crate::text::fold;
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One file of the gazetteer and the columns it must have.
struct FileSpec {
    file: &'static str,
    kind: EntityKind,
    prefix: &'static str,
    columns: &'static [&'static str],
}

const FILES: [FileSpec; 4] = [
    FileSpec {
        file: "states.csv",
        kind: EntityKind::State,
        prefix: "state:",
        columns: &["id", "name", "aliases", "iso2", "iso3", "capital", "demonyms"],
    },
    FileSpec {
        file: "people.csv",
        kind: EntityKind::Person,
        prefix: "person:",
        columns: &["id", "name", "aliases", "state", "role"],
    },
    FileSpec {
        file: "organizations.csv",
        kind: EntityKind::Organization,
        prefix: "org:",
        columns: &["id", "name", "aliases", "type", "state", "parent"],
    },
    FileSpec {
        file: "weapons.csv",
        kind: EntityKind::Weapon,
        prefix: "weapon:",
        columns: &["id", "name", "aliases", "category", "designations", "origin"],
    },
];

/// The file of places inside states, its id prefix and columns. Its rows are [`Place`]s, not
/// entities.
pub const PLACES: &str = "places.csv";
const PLACE_PREFIX: &str = "place:";
const PLACE_COLUMNS: [&str; 5] = ["id", "name", "aliases", "state", "kind"];

/// The kinds a place may have.
pub const PLACE_KINDS: [&str; 6] = ["city", "region", "military base", "island", "port", "area"];

/// The file of phrases that are never entities, one per line.
pub const NOT_ENTITIES: &str = "not-entities.txt";

/// Columns whose `|`-separated values are matched in text like aliases, and the form they record.
const MATCHED_LIST_COLUMNS: [(&str, MentionForm); 3] = [
    ("aliases", MentionForm::Name),
    ("demonyms", MentionForm::Demonym),
    ("designations", MentionForm::Name),
];

/// Columns that hold the id of another entity.
const REFERENCE_COLUMNS: [&str; 3] = ["state", "parent", "origin"];

/// How strictly the case of the text must agree with an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case ("drones", "Drones", "DRONES").
    Any,
    /// Any case, but the first letter must be a capital ("China" but not "china").
    InitialCapital,
    /// Exactly this (folded, case-kept) text: acronyms such as "US", or aliases marked with `=`.
    Exact(String),
}

/// One alias as the matcher sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Normalised, lowercase text to search for.
    pub key: String,
    pub entity: EntityIx,
    pub form: MentionForm,
    pub case: CaseRule,
    /// A contextual alias (written `~the North`): it names the entity only in a text that also
    /// names it otherwise, and never just before a capitalised word ("the North Atlantic").
    pub contextual: bool,
}

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// Something `kgraph gazetteer check` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    pub at: Location,
    pub message: String,
}

/// The loaded gazetteer.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    entities: Vec<Entity>,
    by_id: FxHashMap<String, EntityIx>,
    patterns: Vec<Pattern>,
    problems: Vec<Problem>,
    /// Where each entity was defined, for messages.
    origin: Vec<Location>,
    /// Folded phrases that are never entities ("think tank", "Latin America"): they take part in
    /// longest-match so that the shorter alias inside them ("tank", "America") does not match.
    blockers: Vec<String>,
    /// Places inside a state (`places.csv`), sorted by id.
    places: Vec<Place>,
    /// Every place name's [`place_key`] → the place read for it (the first by id).
    place_keys: FxHashMap<String, usize>,
}

/// A place the gazetteer knows inside a state ("Kursk" in Russia, "Ramstein Air Base" in
/// Germany). Places are no entities and no nodes: a relation that names one where it expects a
/// recipient or destination reads the place's state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub state: EntityIx,
    pub kind: String,
}

/// An alias as plain text, without the markup that only tells the matcher how to match it
/// (`~` contextual, `=` exact case): "~=the North" is "the North".
pub fn alias_text(alias: &str) -> &str {
    let alias = alias.strip_prefix('~').unwrap_or(alias);
    alias.strip_prefix('=').unwrap_or(alias)
}

/// The aliases as the exports show them: plain text, each once whatever its case ("~=the North"
/// and "~=The North" are one alias to a reader).
pub fn plain_aliases(aliases: &[String]) -> Vec<String> {
    let mut plain: Vec<String> = Vec::with_capacity(aliases.len());
    for alias in aliases.iter().map(|a| alias_text(a)) {
        if !plain.iter().any(|p| p.eq_ignore_ascii_case(alias)) {
            plain.push(alias.to_string());
        }
    }
    plain
}

fn case_rule(alias: &str) -> (String, CaseRule) {
    if let Some(exact) = alias.strip_prefix('=') {
        return (fold(exact, true), CaseRule::Exact(fold(exact, false)));
    }
    let key = fold(alias, true);
    if !alias.chars().any(char::is_lowercase) && alias.chars().any(char::is_uppercase) {
        (key, CaseRule::Exact(fold(alias, false)))
    } else if alias.chars().next().is_some_and(char::is_uppercase) {
        (key, CaseRule::InitialCapital)
    } else {
        (key, CaseRule::Any)
    }
}

fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// The form of one value of a list column: a demonym whose singular is listed beside it
/// ("Iranian|Iranians") is the plural noun, `People`; one without ("Swiss", "Chinese") may be
/// either and stays a `Demonym`, the modifier.
fn plural_demonym_form(form: MentionForm, value: &str, values: &str) -> MentionForm {
    let singular_listed =
        value.strip_suffix('s').is_some_and(|singular| split_list(values).any(|v| v == singular));
    if form == MentionForm::Demonym && singular_listed {
        MentionForm::People
    } else {
        form
    }
}

fn valid_id(id: &str, prefix: &str) -> bool {
    let Some(rest) = id.strip_prefix(prefix) else {
        return false;
    };
    !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

impl Gazetteer {
    /// Loads every gazetteer file of `dir`. Missing files are allowed (a kind may be empty) but a
    /// gazetteer without any entity is an error. Malformed rows, duplicate ids and dangling
    /// references are errors, all reported together.
    pub fn from_dir(dir: &Path) -> Result<Gazetteer> {
        if !dir.is_dir() {
            return Err(Error::config(
                Location::file(dir),
                "gazetteer folder not found (expected a folder with states.csv, people.csv, organizations.csv, weapons.csv)",
            ));
        }
        let mut rows: Vec<(Entity, Location)> = Vec::new();
        let mut problems: Vec<Problem> = Vec::new();
        for spec in &FILES {
            let path = dir.join(spec.file);
            if !path.exists() {
                continue;
            }
            for Row { id, name, aliases, attrs, at } in
                read_rows(&path, spec.prefix, spec.columns, &mut problems)?
            {
                rows.push((Entity { id, name, kind: spec.kind, aliases, attrs }, at));
            }
        }
        let path = dir.join(PLACES);
        let places = if path.exists() {
            read_rows(&path, PLACE_PREFIX, &PLACE_COLUMNS, &mut problems)?
        } else {
            Vec::new()
        };
        let mut gazetteer = Gazetteer::from_rows(rows, places, problems, dir)?;
        let blockers = dir.join(NOT_ENTITIES);
        if blockers.exists() {
            let text = std::fs::read_to_string(&blockers).map_err(|e| Error::io(&blockers, e))?;
            gazetteer.blockers = text
                .lines()
                .map(|l| l.split('#').next().unwrap_or("").trim())
                .filter(|l| !l.is_empty())
                .map(|l| fold(l, true))
                .collect();
            gazetteer.blockers.sort();
            gazetteer.blockers.dedup();
        }
        Ok(gazetteer)
    }

    /// Phrases that are never entities (from `not-entities.txt`), folded.
    pub fn blockers(&self) -> &[String] {
        &self.blockers
    }

    /// Builds a gazetteer from entities given in code (tests, benchmarks, generated gazetteers).
    pub fn from_entities(entities: Vec<Entity>) -> Result<Gazetteer> {
        let rows =
            entities.into_iter().map(|e| (e, Location::file(Path::new("<memory>")))).collect();
        Gazetteer::from_rows(rows, Vec::new(), Vec::new(), Path::new("<memory>"))
    }

    fn from_rows(
        rows: Vec<(Entity, Location)>,
        places: Vec<Row>,
        mut problems: Vec<Problem>,
        dir: &Path,
    ) -> Result<Gazetteer> {
        // By id, then file order (sorting positions: a row is too big to move around cheaply).
        let mut order: Vec<usize> = (0..rows.len()).collect();
        order.sort_unstable_by(|&a, &b| rows[a].0.id.cmp(&rows[b].0.id).then(a.cmp(&b)));
        let mut rows: Vec<Option<(Entity, Location)>> = rows.into_iter().map(Some).collect();
        // Duplicate ids: every later occurrence is an error naming the first.
        let mut kept: Vec<(Entity, Location)> = Vec::with_capacity(rows.len());
        for (entity, at) in order.into_iter().filter_map(|i| rows[i].take()) {
            if let Some((_, first)) = kept.last().filter(|(e, _)| e.id == entity.id) {
                problems.push(Problem {
                    severity: Severity::Error,
                    message: format!("duplicate id {:?} (first defined at {first})", entity.id),
                    at,
                });
                continue;
            }
            kept.push((entity, at));
        }
        let by_id: FxHashMap<String, EntityIx> =
            kept.iter().enumerate().map(|(i, (e, _))| (e.id.clone(), EntityIx(i as u32))).collect();
        for (entity, at) in &kept {
            for column in REFERENCE_COLUMNS {
                if let Some(reference) = entity.attr(column) {
                    if !by_id.contains_key(reference) {
                        problems.push(Problem {
                            severity: Severity::Error,
                            at: at.clone(),
                            message: format!(
                                "column {column}: {reference:?} is not the id of any entity"
                            ),
                        });
                    }
                }
            }
        }
        let (entities, origin): (Vec<Entity>, Vec<Location>) = kept.into_iter().unzip();
        if entities.is_empty() {
            problems.push(Problem {
                severity: Severity::Error,
                at: Location::file(dir),
                message: "the gazetteer has no entities".into(),
            });
        }
        let mut gazetteer = Gazetteer {
            entities,
            by_id,
            patterns: Vec::new(),
            problems,
            origin,
            blockers: Vec::new(),
            places: Vec::new(),
            place_keys: FxHashMap::default(),
        };
        gazetteer.build_patterns();
        gazetteer.build_places(places);
        let errors: Vec<Error> = gazetteer
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| Error::config(p.at.clone(), p.message.clone()))
            .collect();
        match errors.len() {
            0 => Ok(gazetteer),
            1 => Err(errors.into_iter().next().unwrap_or(Error::Usage(String::new()))),
            _ => Err(Error::ConfigMany(errors)),
        }
    }

    /// Checks the rows of `places.csv` and keeps the good ones, sorted by id: the id is new, the
    /// state is a state's id and the kind a known one (errors otherwise). A name that is also an
    /// entity's alias, or another place's, is a warning: the entity is matched in its place, and
    /// of two places the smaller id is read.
    fn build_places(&mut self, mut rows: Vec<Row>) {
        rows.sort_by(|a, b| a.id.cmp(&b.id));
        let entity_keys: FxHashMap<&str, EntityIx> =
            self.patterns.iter().map(|p| (p.key.as_str(), p.entity)).collect();
        // Sorted by id (stably), a duplicate follows the row that defined the id first.
        let mut first: Option<(String, Location)> = None;
        for Row { id, name, aliases, attrs, at } in rows {
            match &first {
                Some((first_id, first_at)) if *first_id == id => {
                    let message = format!("duplicate id {id:?} (first defined at {first_at})");
                    self.problems.push(Problem { severity: Severity::Error, at, message });
                    continue;
                }
                _ => first = Some((id.clone(), at.clone())),
            }
            let column = |name: &str| attrs.get(name).map(String::as_str).unwrap_or("");
            let state = column("state");
            let Some(state) = self.get(state).filter(|&s| self.entity(s).kind == EntityKind::State)
            else {
                let message = format!("{id}: column state: {state:?} is not the id of a state");
                self.problems.push(Problem { severity: Severity::Error, at, message });
                continue;
            };
            let kind = column("kind");
            if !PLACE_KINDS.contains(&kind) {
                let message = format!(
                    "{id}: column kind: expected one of {}, found {kind:?}",
                    PLACE_KINDS.join(", ")
                );
                self.problems.push(Problem { severity: Severity::Error, at, message });
                continue;
            }
            for alias in std::iter::once(&name).chain(&aliases) {
                let key = place_key(alias);
                if let Some(&entity) = entity_keys.get(key.as_str()) {
                    let message = format!(
                        "{id}: {alias:?} is also an alias of {}, which is matched instead",
                        self.entity(entity).id
                    );
                    self.problems.push(Problem {
                        severity: Severity::Warning,
                        at: at.clone(),
                        message,
                    });
                } else if let Some(&other) = self.place_keys.get(&key) {
                    // This row is pushed as place number `len` below.
                    if other != self.places.len() {
                        let message = format!(
                            "{id}: {alias:?} is also a name of {}, which is read instead",
                            self.places[other].id
                        );
                        self.problems.push(Problem {
                            severity: Severity::Warning,
                            at: at.clone(),
                            message,
                        });
                    }
                } else {
                    self.place_keys.insert(key, self.places.len());
                }
            }
            self.places.push(Place { id, name, aliases, state, kind: kind.to_string() });
        }
    }

    /// Collects the patterns and resolves aliases claimed by several entities: the entity whose
    /// canonical name it is wins, otherwise the smallest id; the others are warned about.
    fn build_patterns(&mut self) {
        /// One entity's claim on a key.
        struct Claim {
            entity: EntityIx,
            form: MentionForm,
            case: CaseRule,
            /// The key is the entity's canonical name.
            canonical: bool,
            contextual: bool,
        }
        // Hashed while collecting, sorted once at the end (a tree of 100,000 string keys spends
        // most of a large gazetteer's load time comparing strings).
        let mut by_key: FxHashMap<String, Vec<Claim>> = FxHashMap::default();
        for (i, entity) in self.entities.iter().enumerate() {
            let ix = EntityIx(i as u32);
            let mut add = |text: &str, form: MentionForm, canonical: bool| {
                let (text, contextual) = match text.strip_prefix('~') {
                    Some(rest) if !canonical => (rest, true),
                    _ => (text, false),
                };
                let (key, case) = case_rule(text);
                if key.is_empty() {
                    return;
                }
                let list = by_key.entry(key).or_default();
                if !list.iter().any(|c| c.entity == ix && c.case == case) {
                    list.push(Claim { entity: ix, form, case, canonical, contextual });
                }
            };
            add(&entity.name, MentionForm::Name, true);
            for alias in &entity.aliases {
                add(alias, MentionForm::Name, false);
            }
            for (column, form) in MATCHED_LIST_COLUMNS {
                if column == "aliases" {
                    continue;
                }
                if let Some(values) = entity.attrs.get(column) {
                    for value in split_list(values) {
                        add(value, plural_demonym_form(form, value, values), false);
                    }
                }
            }
        }
        let mut by_key: Vec<_> = by_key.into_iter().collect();
        by_key.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (key, mut candidates) in by_key {
            let owners: Vec<EntityIx> = {
                let mut v: Vec<EntityIx> = candidates.iter().map(|c| c.entity).collect();
                v.dedup();
                v
            };
            if owners.len() > 1 {
                candidates.sort_by_key(|c| (!c.canonical, c.entity));
                let winner = candidates[0].entity;
                let names: Vec<String> = owners
                    .iter()
                    .map(|&o| {
                        format!("{} ({})", self.entities[o.index()].id, self.origin[o.index()])
                    })
                    .collect();
                self.problems.push(Problem {
                    severity: Severity::Warning,
                    at: self.origin[winner.index()].clone(),
                    message: format!(
                        "alias {key:?} is claimed by {}; {} wins",
                        names.join(", "),
                        self.entities[winner.index()].id
                    ),
                });
                candidates.retain(|c| c.entity == winner);
            }
            for Claim { entity, form, case, contextual, .. } in candidates {
                self.patterns.push(Pattern { key: key.clone(), entity, form, case, contextual });
            }
        }
    }

    /// The places of `places.csv`, sorted by id.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// Every place name as a sentence's words spell it ([`place_key`]) and the place it names.
    pub fn place_keys(&self) -> impl Iterator<Item = (&str, &Place)> {
        self.place_keys.iter().map(|(key, &i)| (key.as_str(), &self.places[i]))
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, ix: EntityIx) -> &Entity {
        &self.entities[ix.index()]
    }

    pub fn len(&self) -> usize {
        self.entities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<EntityIx> {
        self.by_id.get(id).copied()
    }

    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// Warnings found while loading (errors abort loading instead).
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The state an actor belongs to: a state is its own, a person or organisation has a `state`
    /// column.
    pub fn state_of(&self, ix: EntityIx) -> Option<EntityIx> {
        let entity = self.entity(ix);
        match entity.kind {
            EntityKind::State => Some(ix),
            _ => entity.attr("state").and_then(|s| self.get(s)),
        }
    }

    /// Whom an organ or an office holder acts for: the end of its `parent` chain (the US Treasury
    /// and OFAC act for the United States, the UN Security Council for the United Nations, a
    /// head of government for the state, the NATO Secretary General for NATO). `None` for what
    /// has no parent: states, and people and organisations of their own (companies, think tanks,
    /// armed groups), which name a state only as where they are (`state`).
    pub fn acting_for(&self, ix: EntityIx) -> Option<EntityIx> {
        let mut current = ix;
        let mut found = None;
        for _ in 0..16 {
            match self.entity(current).attr("parent").and_then(|p| self.get(p)) {
                Some(parent) if parent != ix => {
                    found = Some(parent);
                    current = parent;
                }
                _ => break,
            }
        }
        found
    }

    /// Whether `ix` equals `ancestor` or belongs to it through `parent` links (the UN Security
    /// Council belongs to the United Nations; the US Treasury to the United States).
    pub fn is_part_of(&self, ix: EntityIx, ancestor: EntityIx) -> bool {
        let mut current = Some(ix);
        for _ in 0..16 {
            match current {
                Some(c) if c == ancestor => return true,
                Some(c) => current = self.entity(c).attr("parent").and_then(|p| self.get(p)),
                None => return false,
            }
        }
        false
    }

    /// Resolves a name as a user writes it (canonical name, alias, or id) to an entity.
    pub fn resolve(&self, name: &str) -> Option<EntityIx> {
        if let Some(ix) = self.get(name) {
            return Some(ix);
        }
        let key = fold(name, true);
        let exact = fold(name, false);
        let candidates: Vec<&Pattern> = self.patterns.iter().filter(|p| p.key == key).collect();
        candidates
            .iter()
            .find(|p| match &p.case {
                CaseRule::Exact(e) => *e == exact,
                _ => true,
            })
            .or(candidates.first())
            .map(|p| p.entity)
    }
}

/// One row of a gazetteer file: id, name, aliases and the other columns by name.
struct Row {
    id: String,
    name: String,
    aliases: Vec<String>,
    /// The columns after `aliases` by name; empty values left out.
    attrs: BTreeMap<String, String>,
    at: Location,
}

/// Reads the rows of a gazetteer file whose header starts with `columns` and whose ids carry
/// `prefix`. A malformed header is an error; a malformed row is a [`Problem`], and the row is left
/// out.
fn read_rows(
    path: &Path,
    prefix: &str,
    columns: &[&str],
    problems: &mut Vec<Problem>,
) -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    let mut reader =
        csv::ReaderBuilder::new().flexible(true).from_path(path).map_err(|e| csv_error(path, e))?;
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| csv_error(path, e))?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{FEFF}').to_string())
        .collect();
    for (i, column) in header.iter().enumerate() {
        if let Some(first) = header[..i].iter().position(|c| c == column) {
            return Err(Error::config(
                Location::column(path, 1, i as u64 + 1),
                format!(
                    "column {column:?} appears twice in the header (first as column {})",
                    first + 1
                ),
            ));
        }
    }
    for (i, want) in columns.iter().enumerate() {
        if header.get(i).map(String::as_str) != Some(*want) {
            return Err(Error::config(
                Location::column(path, 1, i as u64 + 1),
                format!(
                    "expected header column {} to be {want:?} (header must start with {}), found {:?}",
                    i + 1,
                    columns.join(","),
                    header.get(i).map(String::as_str).unwrap_or("")
                ),
            ));
        }
    }
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                problems.push(Problem {
                    severity: Severity::Error,
                    at: Location::line(path, line),
                    message: format!("unreadable row: {e}"),
                });
                continue;
            }
        };
        let line = record.position().map(|p| p.line()).unwrap_or(0);
        let at = Location::line(path, line);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != header.len() {
            problems.push(Problem {
                severity: Severity::Error,
                at,
                message: format!(
                    "expected {} fields ({}), found {}",
                    header.len(),
                    header.join(","),
                    record.len()
                ),
            });
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("").trim();
        let id = field(0);
        if !valid_id(id, prefix) {
            problems.push(Problem {
                severity: Severity::Error,
                at: Location::column(path, line, 1),
                message: format!(
                    "expected an id like {prefix}name (letters, digits, '-', '_', '.'), found {id:?}"
                ),
            });
            continue;
        }
        let name = field(1);
        if name.is_empty() {
            problems.push(Problem {
                severity: Severity::Error,
                at: Location::column(path, line, 2),
                message: format!("{id}: the name is empty"),
            });
            continue;
        }
        let aliases: Vec<String> = split_list(field(2)).map(str::to_string).collect();
        let mut attrs = BTreeMap::new();
        for (i, column) in header.iter().enumerate().skip(3) {
            let value = field(i);
            if !value.is_empty() {
                attrs.insert(column.clone(), value.to_string());
            }
        }
        rows.push(Row { id: id.to_string(), name: name.to_string(), aliases, attrs, at });
    }
    Ok(rows)
}

fn csv_error(path: &Path, e: csv::Error) -> Error {
    let line = e.position().map(|p| p.line()).unwrap_or(1);
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::io(path, io),
        other => Error::config(Location::line(path, line), format!("malformed CSV: {other:?}")),
    }
}

/// How a place's name is looked up among the words of a sentence: folded and lowercased like
/// the text, its words (runs of letters and digits) joined by one space ("Rostov-on-Don" →
/// "rostov on don", "Ain al-Asad" → "ain al asad").
pub fn place_key(name: &str) -> String {
    let folded = fold(name, true);
    let words: Vec<&str> =
        folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.join(" ")
}

/// The default gazetteer folder: `gazetteer/` in the working directory.
pub fn default_dir() -> PathBuf {
    PathBuf::from("gazetteer")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn write(dir: &Path, file: &str, content: &str) {
        fs::write(dir.join(file), content).unwrap();
    }

    #[test]
    fn exports_show_aliases_without_their_markup_and_once() {
        let aliases: Vec<String> =
            ["DPRK", "~=the North", "~=The North", "=DragonFire"].map(String::from).to_vec();
        assert_eq!(plain_aliases(&aliases), vec!["DPRK", "the North", "DragonFire"]);
    }

    #[test]
    fn case_rules_follow_the_alias() {
        assert_eq!(case_rule("US").1, CaseRule::Exact("US".into()));
        assert_eq!(case_rule("U.S.").1, CaseRule::Exact("U.S.".into()));
        assert_eq!(case_rule("China").1, CaseRule::InitialCapital);
        assert_eq!(case_rule("drones").1, CaseRule::Any);
        assert_eq!(case_rule("=Chad"), ("chad".into(), CaseRule::Exact("Chad".into())));
        assert_eq!(case_rule("Kim Jong-un").0, "kim jong un");
    }

    #[test]
    fn loads_and_resolves() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "states.csv", "id,name,aliases,iso2,iso3,capital,demonyms\nstate:KP,North Korea,DPRK|Pyongyang,KP,PRK,Pyongyang,North Korean|North Koreans\n");
        write(dir.path(), "people.csv", "id,name,aliases,state,role\nperson:kim-jong-un,Kim Jong Un,Kim Jong Eun,state:KP,leader\n");
        let g = Gazetteer::from_dir(dir.path()).unwrap();
        assert_eq!(g.len(), 2);
        let kp = g.get("state:KP").unwrap();
        assert_eq!(g.resolve("Pyongyang"), Some(kp));
        assert_eq!(g.resolve("north korea"), Some(kp));
        let kim = g.resolve("Kim Jong-un").unwrap();
        assert_eq!(g.state_of(kim), Some(kp));
        assert!(g
            .patterns()
            .iter()
            .any(|p| p.key == "north koreans" && p.form == MentionForm::People));
        assert!(g
            .patterns()
            .iter()
            .any(|p| p.key == "north korean" && p.form == MentionForm::Demonym));
    }

    #[test]
    fn errors_name_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "states.csv", "id,name,aliases,iso2,iso3,capital,demonyms\nstate:KP,North Korea,,KP,PRK,,\nstate:RU,Russia,,RU\nbad id,X,,,,,\nstate:KP,Again,,,,,\n");
        let err = Gazetteer::from_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("states.csv:3: expected 7 fields"), "{err}");
        assert!(err.contains("states.csv:4:1: expected an id like state:name"), "{err}");
        assert!(err.contains("states.csv:5: duplicate id \"state:KP\" (first defined at"), "{err}");
    }

    #[test]
    fn places_belong_to_a_state_and_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "states.csv",
            "id,name,aliases,iso2,iso3,capital,demonyms
state:RU,Russia,Moscow,RU,RUS,Moscow,Russian
",
        );
        write(
            dir.path(),
            "people.csv",
            "id,name,aliases,state,role
person:x,Ivan Kursky,,state:RU,
",
        );
        write(
            dir.path(),
            "places.csv",
            "id,name,aliases,state,kind
place:rostov,Rostov-on-Don,Rostov,state:RU,city
place:moscow,Moscow,,state:RU,city
place:kursk,Kursk,,state:RU,region
place:kursk-city,Kursk,,state:RU,city
",
        );
        let g = Gazetteer::from_dir(dir.path()).unwrap();
        let ids: Vec<&str> = g.places().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["place:kursk", "place:kursk-city", "place:moscow", "place:rostov"]);
        assert_eq!(g.places()[3].state, g.get("state:RU").unwrap());
        // Places are no entities.
        assert_eq!(g.len(), 2);
        assert_eq!(place_key("Rostov-on-Don"), "rostov on don");
        assert_eq!(place_key("Ain al-Asad  Air Base"), "ain al asad air base");
        let warnings: Vec<String> =
            g.problems().iter().map(|p| format!("{}: {}", p.at, p.message)).collect();
        let warned = |text: &str| warnings.iter().any(|w| w.contains(text));
        assert!(
            warned("places.csv:3: place:moscow: \"Moscow\" is also an alias of state:RU"),
            "{warnings:?}"
        );
        assert!(
            warned("places.csv:5: place:kursk-city: \"Kursk\" is also a name of place:kursk"),
            "{warnings:?}"
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");

        write(
            dir.path(),
            "places.csv",
            "id,name,aliases,state,kind
place:a,A,,person:x,city
place:b,B,,state:ZZ,city
place:c,C,,state:RU,village
place:a,A2,,state:RU,city
place:d,D,,state:RU
",
        );
        let err = Gazetteer::from_dir(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains(
                "places.csv:2: place:a: column state: \"person:x\" is not the id of a state"
            ),
            "{err}"
        );
        assert!(err.contains("places.csv:3: place:b: column state: \"state:ZZ\""), "{err}");
        assert!(
            err.contains("places.csv:4: place:c: column kind: expected one of city, region"),
            "{err}"
        );
        assert!(err.contains("places.csv:5: duplicate id \"place:a\" (first defined at"), "{err}");
        assert!(err.contains("places.csv:6: expected 5 fields"), "{err}");
    }

    #[test]
    fn wrong_header_and_dangling_reference() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "people.csv", "id,name,alias,state,role\n");
        let err = Gazetteer::from_dir(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("people.csv:1:3: expected header column 3 to be \"aliases\""),
            "{err}"
        );
        write(dir.path(), "people.csv", "id,name,aliases,state,role\nperson:x,X Y,,state:ZZ,\n");
        let err = Gazetteer::from_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("people.csv:2: column state: \"state:ZZ\" is not the id"), "{err}");
    }

    #[test]
    fn a_column_named_twice_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "people.csv", "id,name,aliases,state,role,role\n");
        let err = Gazetteer::from_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("people.csv:1:6: column \"role\" appears twice"), "{err}");
    }

    #[test]
    fn empty_gazetteer_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "states.csv", "id,name,aliases,iso2,iso3,capital,demonyms\n");
        let err = Gazetteer::from_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains("no entities"), "{err}");
    }

    #[test]
    fn shared_alias_goes_to_its_canonical_owner_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "states.csv",
            "id,name,aliases,iso2,iso3,capital,demonyms\nstate:GE,Georgia,,GE,GEO,,\n",
        );
        write(
            dir.path(),
            "people.csv",
            "id,name,aliases,state,role\nperson:a,Alpha Person,Georgia,,\n",
        );
        let g = Gazetteer::from_dir(dir.path()).unwrap();
        assert_eq!(g.resolve("Georgia"), g.get("state:GE"));
        let warning = &g.problems()[0];
        assert_eq!(warning.severity, Severity::Warning);
        assert!(warning.message.contains("\"georgia\" is claimed by"));
    }
}
