//! The relation rules: an editable text file → [`Rules`], with file:line:column errors.
//!
//! The file (default `gazetteer/rules.txt`) holds, in the TABARI/PETRARCH tradition, verb and noun
//! dictionaries, cue-word lists and the patterns that combine them. Its format is documented at the
//! top of the shipped file and in the README. This module only parses and validates; `relate`
//! applies the rules. Depends on `model`, `text` (its dashes) and `error`.

use crate::error::{Error, Location, Result};
use crate::model::RelationType;
use crate::text::{is_dash, split_negative};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A phrase: one or more lowercase words.
pub type Phrase = Vec<String>;

/// How a rule writes the elements that are no literal words, for error messages.
const ELEMENT_NAMES: &str =
    "S, T, I, I!category, I:category, A, M, ..., ...!W:list, V:class, N:class, W:list";

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// The source actor slot.
    Source,
    /// The target actor slot.
    Target,
    /// The items slot (at least one weapon).
    Items,
    /// An actor (or a list of them) the rule passes over without binding it: the party asked
    /// in "Poland asked Germany for permission to send tanks".
    Party,
    /// A weapon named as the modifier of the word after it, bound to nothing: "struck weapons
    /// depots", "drone factories" (what was struck, not what it was struck with).
    WeaponModifier,
    /// A word of a verb class (any inflection).
    Verb(String),
    /// A word of a noun class.
    Noun(String),
    /// A word or phrase of a word list.
    Words(String),
    /// One of these literal phrases (`'s` is the possessive).
    Literal(Vec<Phrase>),
    /// Up to six tokens of anything inside the clause; with word lists (`...!W:topic`,
    /// `...!W:topic|deploying`), not through a word of any of them: what a report or an inquiry
    /// is about is no act of its author.
    Gap(Option<Vec<String>>),
    /// Matches nothing, and only where none of these phrases follows (`!with`).
    Not(Vec<Phrase>),
}

impl Element {
    /// Whether this is an actor slot the rule binds (`S` or `T`).
    pub fn is_actor(&self) -> bool {
        matches!(self, Element::Source | Element::Target)
    }
}

/// A pattern element and whether it may be absent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub element: Element,
    pub optional: bool,
}

/// One rule: `id = type: elements`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    pub id: String,
    pub kind: RelationType,
    pub steps: Vec<Step>,
    /// Index of the step that anchors the rule (its first verb or noun).
    pub anchor: usize,
    /// The rule opens with its source and an apposition after it (`S , …`): the apposition
    /// describes the side wherever it stands, so what governs the source does not matter.
    pub apposed_source: bool,
    /// The target is the anchor verb's subject (or its agent, "V:strike by T") and the supply a
    /// required verb after it ("T V:use … S V:supply I", "T V:strike A with I V:supply by S"): the
    /// recipient acts with what it was supplied, so an attack in the clause is its own, no sign
    /// the items were fired at it.
    pub recipient_acts: bool,
    /// Weapon categories the rule never reads as its items (`I!forces/troops`): "ordered K2
    /// tanks from South Korea" is a purchase, "ordered troops from Belarus" a command.
    pub excluded_items: Vec<String>,
    /// The only weapon categories the rule reads as its items (`I:forces/troops`). A rule with no
    /// verb or noun is anchored on such items: "Spanish troops in Chad" has no other word to
    /// anchor on, and forces are few enough among the mentions to try at each. Items of none of
    /// them make no match, so the anchor goes to the next rule.
    pub only_items: Vec<String>,
    /// A rule written `no TYPE:` reads a pattern that is no relation ("designated Colombia a
    /// major non-NATO ally" is no sanction): where it wins at its anchor, the anchor gives
    /// nothing. The null codes of the TABARI/PETRARCH dictionaries do the same.
    pub discard: bool,
    pub line: u64,
}

impl Rule {
    /// Whether the rule is anchored on its items (`S I:forces/troops in T`), having no verb or
    /// noun.
    pub fn anchored_on_items(&self) -> bool {
        matches!(self.steps[self.anchor].element, Element::Items)
    }

    /// Whether the rule reads items of this weapon category: none it excludes (`I!…`), and only
    /// those it names if it names any (`I:…`).
    pub fn reads_category(&self, category: Option<&str>) -> bool {
        let named = |list: &[String]| category.is_some_and(|c| list.iter().any(|x| x == c));
        !named(&self.excluded_items) && (self.only_items.is_empty() || named(&self.only_items))
    }
}

/// `supplies with forces/troops = deploys`: the object decides the type of a shared verb.
/// `supplies with naval to a place = deploys` applies only where no recipient is named and the
/// items go to a named place ("sent two frigates to the Black Sea").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Retype {
    pub from: RelationType,
    pub categories: Vec<String>,
    pub to: RelationType,
    pub only_to_place: bool,
    /// The line in the rules file, for warnings.
    pub line: u64,
}

/// The loaded rules.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub path: PathBuf,
    /// Verb classes: name → every form (inflections included).
    pub verbs: BTreeMap<String, Vec<Phrase>>,
    /// The base forms of the verbs ("supply", "send", "hand over"), the rest of `verbs` being
    /// their inflections.
    pub verb_lemmas: BTreeSet<Phrase>,
    pub nouns: BTreeMap<String, Vec<Phrase>>,
    /// Named word lists, including the special ones: `skip`, `boundary`, `negation`, `hedge`,
    /// `attribution`, `scope-end`, `reciprocal`, `ellipsis`, `actor-heads`, `quantity`.
    pub words: BTreeMap<String, Vec<Phrase>>,
    pub rules: Vec<Rule>,
    pub retype: Vec<Retype>,
    /// What is legal but probably not meant (file and line, message), for `kgraph gazetteer
    /// check` and `build` to show.
    pub warnings: Vec<(Location, String)>,
}

/// The word lists the extractor relies on; a rules file must define each (even if empty).
pub const REQUIRED_LISTS: [&str; 10] = [
    "skip",
    "boundary",
    "negation",
    "hedge",
    "attribution",
    "scope-end",
    "reciprocal",
    "ellipsis",
    "actor-heads",
    "quantity",
];

/// Where a gap `*` may stand, for the error that finds it elsewhere.
const GAP_PLACE: &str = "`*` (a gap of up to four words) goes between two words of a phrase \
     in a [words NAME] section, as in `signed * deal to`";

/// Phrase words that stand for one side named by its name ("awarded <name> * contract * to") or
/// by its demonym ("threatened * <demonym> * with").
const NAME_WORDS: [&str; 2] = ["<name>", "<demonym>"];

/// Where `<name>` and `<demonym>` may stand, for the error that finds one first in a phrase.
const NAME_PLACE: &str = "`<name>` (a state, person or organisation named by its name) and \
     `<demonym>` (a side named by its demonym) go after the first word of a phrase in a \
     [words NAME] section, as in `awarded <name> * contract * to`";

/// Most phrases one list entry may spell with alternatives: far more than any list needs, few
/// enough that a slip ("a|b|c" on every word) cannot take the memory.
const MOST_ALTERNATIVES: usize = 1_000;

/// The phrases a list entry spells: a word `a|b` is either word, so "threatened|threatens *
/// sanctions|embargo" is four phrases and a block of forms is one entry.
fn alternatives(entry: &str) -> std::result::Result<Vec<String>, String> {
    let mut spelt = vec![String::new()];
    for word in entry.split_whitespace() {
        let options: Vec<&str> = word.split('|').collect();
        if options.iter().any(|o| o.is_empty()) {
            return Err(format!(
                "expected a word on each side of '|' in `{word}`, as in `threatened|threatens * \
                 sanctions`"
            ));
        }
        if spelt.len() * options.len() > MOST_ALTERNATIVES {
            return Err(format!(
                "this entry spells more than {MOST_ALTERNATIVES} phrases; split it into several"
            ));
        }
        spelt = spelt
            .iter()
            .flat_map(|head| {
                options.iter().map(move |o| match head.is_empty() {
                    true => o.to_string(),
                    false => format!("{head} {o}"),
                })
            })
            .collect();
    }
    Ok(spelt)
}

/// A phrase of a list line; `<comma>` stands for a comma, which separates entries otherwise.
/// Hyphens split words as the text's tokens are split ("north-eastern" is read as "north
/// eastern"), so a hyphenated entry matches the text it spells; a negative contraction is
/// spelt as the tokens read it ("won't rule out" as "will not rule out").
fn phrase(s: &str) -> Phrase {
    s.split_whitespace()
        .flat_map(|w| {
            let parts: Vec<&str> = if w == "<comma>" || w.starts_with('\'') {
                vec![w]
            } else {
                w.split(is_dash).filter(|p| !p.is_empty()).collect()
            };
            parts.into_iter().flat_map(|p| {
                let p = if p == "<comma>" { ",".to_string() } else { p.to_lowercase() };
                match split_negative(&p.replace('\u{2019}', "'")) {
                    Some((verb, not)) => vec![verb.to_string(), not.to_string()],
                    None => vec![p],
                }
            })
        })
        .collect()
}

/// An `@NAME` entry: the list `into` takes in every phrase of the list `from`.
struct Include {
    into: String,
    from: String,
    at: Location,
}

/// Adds to each word list the phrases of the lists it includes, and of theirs in turn, so that
/// one list of phrases can serve two purposes (the signing phrases are passed over between a
/// rule's elements and cue nothing) without being written twice. An unknown name or a list that
/// includes itself, directly or not, is an error at the `@` that names it.
fn resolve_includes(words: &mut BTreeMap<String, Vec<Phrase>>, includes: &[Include]) -> Result<()> {
    if let Some(unknown) = includes.iter().find(|i| !words.contains_key(&i.from)) {
        return Err(Error::config(
            unknown.at.clone(),
            format!(
                "unknown word list @{}: expected the name of a [words NAME] section",
                unknown.from
            ),
        ));
    }
    // Depth first, so that a list is complete before another takes it in; `open` holds the
    // lists being completed, and meeting one of them again is a cycle.
    fn complete<'a>(
        name: &'a str,
        words: &mut BTreeMap<String, Vec<Phrase>>,
        includes: &'a [Include],
        open: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Result<()> {
        if done.contains(name) {
            return Ok(());
        }
        open.push(name);
        for include in includes.iter().filter(|i| i.into == name) {
            if open.contains(&include.from.as_str()) {
                return Err(Error::config(
                    include.at.clone(),
                    format!(
                        "[words {name}] includes itself through @{}; remove one of the includes",
                        include.from
                    ),
                ));
            }
            complete(&include.from, words, includes, open, done)?;
            let taken = words.get(&include.from).cloned().unwrap_or_default();
            words.entry(name.to_string()).or_default().extend(taken);
        }
        open.pop();
        done.insert(name);
        Ok(())
    }
    let mut done = BTreeSet::new();
    for include in includes {
        complete(&include.into, words, includes, &mut Vec::new(), &mut done)?;
    }
    Ok(())
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Regular English inflections of a verb: third person, past, gerund. Irregular verbs list their
/// forms in the file instead ("send = sends, sent, sending").
pub fn inflect(lemma: &str) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let chars: Vec<char> = lemma.chars().collect();
    let n = chars.len();
    if n == 0 {
        return out;
    }
    let last = chars[n - 1];
    let before_last = if n >= 2 { chars[n - 2] } else { ' ' };
    if last == 'y' && !is_vowel(before_last) {
        let stem: String = chars[..n - 1].iter().collect();
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{lemma}ing"));
    } else if last == 'e' {
        let stem: String = chars[..n - 1].iter().collect();
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}d"));
        out.push(format!("{stem}ing"));
    } else if lemma.ends_with("sh")
        || lemma.ends_with("ch")
        || last == 's'
        || last == 'x'
        || last == 'z'
    {
        out.push(format!("{lemma}es"));
        out.push(format!("{lemma}ed"));
        out.push(format!("{lemma}ing"));
    } else if doubles_final_consonant(&chars) {
        // ship → shipped, shipping; ban → banned
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}{last}ed"));
        out.push(format!("{lemma}{last}ing"));
    } else {
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}ed"));
        out.push(format!("{lemma}ing"));
    }
    out
}

/// One-syllable verbs ending consonant–vowel–consonant double the consonant before -ed/-ing.
/// Longer verbs with final stress (transfer → transferred) list their forms in the file.
fn doubles_final_consonant(chars: &[char]) -> bool {
    let n = chars.len();
    if n < 3 {
        return false;
    }
    let (a, b, c) = (chars[n - 3], chars[n - 2], chars[n - 1]);
    let vowel_groups = chars
        .iter()
        .enumerate()
        .filter(|&(i, &ch)| is_vowel(ch) && (i == 0 || !is_vowel(chars[i - 1])))
        .count();
    vowel_groups == 1
        && !is_vowel(a)
        && is_vowel(b)
        && !is_vowel(c)
        && !matches!(c, 'w' | 'x' | 'y')
}

/// Inflects the first word of a multiword verb ("hand over" → "handed over"), the last part of
/// a hyphenated one ("re-impose" → "re-imposed").
fn inflect_phrase(lemma: &str) -> Vec<Phrase> {
    let lemma = lemma.trim().to_lowercase();
    let head_end = lemma.find(char::is_whitespace).unwrap_or(lemma.len());
    let (head, tail) = lemma.split_at(head_end);
    let stem = head.rsplit(is_dash).next().unwrap_or(head);
    let prefix = &head[..head.len() - stem.len()];
    if stem.is_empty() {
        return Vec::new();
    }
    inflect(stem).into_iter().map(|form| phrase(&format!("{prefix}{form}{tail}"))).collect()
}

enum Section {
    None,
    Verbs(String),
    Nouns(String),
    Words(String),
    Rules,
    Retype,
}

impl Rules {
    /// Reads and validates a rules file.
    pub fn from_path(path: &Path) -> Result<Rules> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Rules::parse(&text, path)
    }

    /// Parses rules text; `path` is used in messages.
    pub fn parse(text: &str, path: &Path) -> Result<Rules> {
        let mut rules = Rules { path: path.to_path_buf(), ..Rules::default() };
        let mut section = Section::None;
        let mut pending_rules: Vec<(u64, String, usize)> = Vec::new();
        // A list line of several entries that does not end with a comma, right before the next
        // line of the same list: its last phrase may have been wrapped onto that line by mistake
        // ("one of the first" / "countries to, …" are two entries, not one).
        let mut unended: Option<(u64, String)> = None;
        // `@NAME` entries of word lists, resolved once every list has been read.
        let mut includes: Vec<Include> = Vec::new();
        for (index, raw) in text.lines().enumerate() {
            let line_no = index as u64 + 1;
            let line = match raw.find('#') {
                Some(hash) => &raw[..hash],
                None => raw,
            };
            let indent = line.len() - line.trim_start().len();
            let line = line.trim();
            let list_entry = !line.is_empty()
                && !line.starts_with('[')
                && !line.contains('=')
                && matches!(section, Section::Verbs(_) | Section::Nouns(_) | Section::Words(_));
            if let Some((previous, last)) = unended.take().filter(|_| list_entry) {
                let next = line.split(',').next().unwrap_or("").trim();
                rules.warnings.push((
                    Location::line(path, previous),
                    format!(
                        "the line ends without a comma but the list goes on: \"{last}\" and \"{next}\" are two entries (end the line with a comma, or keep a phrase on one line)"
                    ),
                ));
            }
            if list_entry && line.contains(',') && !line.ends_with(',') {
                let last = line.rsplit(',').next().unwrap_or("").trim().to_string();
                unended = Some((line_no, last));
            }
            if line.is_empty() {
                continue;
            }
            let at = |column: usize| Location::column(path, line_no, column as u64 + 1);
            if let Some(header) = line.strip_prefix('[') {
                let Some(header) = header.strip_suffix(']') else {
                    return Err(Error::config(
                        at(indent),
                        "expected a section header like [verbs supply]",
                    ));
                };
                let mut parts = header.split_whitespace();
                let kind = parts.next().unwrap_or("");
                let name = parts.next().map(str::to_string);
                if parts.next().is_some() {
                    return Err(Error::config(
                        at(indent),
                        "expected one name after the section kind",
                    ));
                }
                section = match (kind, name) {
                    ("verbs", Some(n)) => Section::Verbs(n),
                    ("nouns", Some(n)) => Section::Nouns(n),
                    ("words", Some(n)) => Section::Words(n),
                    ("rules", None) => Section::Rules,
                    ("retype", None) => Section::Retype,
                    _ => {
                        return Err(Error::config(
                            at(indent),
                            format!("unknown section [{header}]; expected [verbs NAME], [nouns NAME], [words NAME], [rules] or [retype]"),
                        ))
                    }
                };
                match &section {
                    Section::Verbs(n) => {
                        rules.verbs.entry(n.clone()).or_default();
                    }
                    Section::Nouns(n) => {
                        rules.nouns.entry(n.clone()).or_default();
                    }
                    Section::Words(n) => {
                        rules.words.entry(n.clone()).or_default();
                    }
                    _ => {}
                }
                continue;
            }
            match &section {
                Section::None => {
                    return Err(Error::config(
                        at(indent),
                        "expected a section header such as [verbs supply] before the first entry",
                    ));
                }
                Section::Verbs(_) | Section::Nouns(_)
                    if line.split([',', '=', ' ']).any(|w| w.trim() == "*") =>
                {
                    return Err(Error::config(at(indent + line.find('*').unwrap_or(0)), GAP_PLACE));
                }
                Section::Verbs(_) | Section::Nouns(_) if line.contains('@') => {
                    return Err(Error::config(
                        at(indent + line.find('@').unwrap_or(0)),
                        "`@NAME` includes a word list, and only inside a [words NAME] section",
                    ));
                }
                Section::Verbs(name) => {
                    let forms: Vec<Phrase> = match line.split_once('=') {
                        // "keep, hold = keeps, …" would make "keep hold" one verb.
                        Some((lemma, _)) if lemma.contains(',') => {
                            return Err(Error::config(
                                at(indent),
                                "an irregular verb goes on a line of its own: `send = sends, sent, sending`",
                            ));
                        }
                        Some((lemma, listed)) => {
                            let mut forms = vec![phrase(lemma)];
                            forms.extend(listed.split(',').map(phrase).filter(|p| !p.is_empty()));
                            forms
                        }
                        None => line
                            .split(',')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .flat_map(inflect_phrase)
                            .collect(),
                    };
                    if forms.iter().any(|f| f.is_empty()) {
                        return Err(Error::config(at(indent), "expected a verb before '='"));
                    }
                    let lemmas: Vec<Phrase> = match line.split_once('=') {
                        Some((lemma, _)) => vec![phrase(lemma)],
                        None => line.split(',').map(phrase).filter(|p| !p.is_empty()).collect(),
                    };
                    rules.verb_lemmas.extend(lemmas);
                    rules.verbs.entry(name.clone()).or_default().extend(forms);
                }
                Section::Nouns(name) | Section::Words(name) => {
                    let list = if matches!(section, Section::Nouns(_)) {
                        &mut rules.nouns
                    } else {
                        &mut rules.words
                    };
                    let list = list.entry(name.clone()).or_default();
                    let mut column = indent;
                    for entry in line.split(',') {
                        let offset = column + entry.len() - entry.trim_start().len();
                        column += entry.len() + 1;
                        match entry.trim().strip_prefix('@') {
                            Some(from) if from.is_empty() || from.contains(char::is_whitespace) => {
                                return Err(Error::config(
                                    at(offset),
                                    "expected the name of a word list after '@', as in `@pseudo-cue`",
                                ));
                            }
                            Some(from) => includes.push(Include {
                                into: name.clone(),
                                from: from.to_string(),
                                at: at(offset),
                            }),
                            None => {
                                let spelt = alternatives(entry)
                                    .map_err(|problem| Error::config(at(offset), problem))?;
                                for words in spelt.iter().map(|p| phrase(p)) {
                                    let gap = |w: &String| w == "*";
                                    if words.first().is_some_and(gap)
                                        || words.last().is_some_and(gap)
                                    {
                                        return Err(Error::config(at(offset), GAP_PLACE));
                                    }
                                    if words
                                        .first()
                                        .is_some_and(|w| NAME_WORDS.contains(&w.as_str()))
                                    {
                                        return Err(Error::config(at(offset), NAME_PLACE));
                                    }
                                    if !words.is_empty() {
                                        list.push(words);
                                    }
                                }
                            }
                        }
                    }
                }
                Section::Rules => pending_rules.push((line_no, line.to_string(), indent)),
                Section::Retype => rules.retype.push(parse_retype(line, line_no, &at(indent))?),
            }
        }
        resolve_includes(&mut rules.words, &includes)?;
        for name in REQUIRED_LISTS {
            if !rules.words.contains_key(name) {
                return Err(Error::config(
                    Location::file(path),
                    format!(
                        "missing word list [words {name}] (it may be empty, but must be there)"
                    ),
                ));
            }
        }
        for (line_no, line, indent) in pending_rules {
            let rule = rules.parse_rule(&line, line_no, indent, path)?;
            if let Some(first) = rules.rules.iter().find(|r| r.id == rule.id) {
                return Err(Error::config(
                    Location::column(path, line_no, indent as u64 + 1),
                    format!("duplicate rule id {:?} (first at line {})", rule.id, first.line),
                ));
            }
            rules.rules.push(rule);
        }
        if rules.rules.is_empty() {
            return Err(Error::config(
                Location::file(path),
                "no rules: expected a [rules] section with at least one rule",
            ));
        }
        for list in
            rules.verbs.values_mut().chain(rules.nouns.values_mut()).chain(rules.words.values_mut())
        {
            list.sort();
            list.dedup();
        }
        Ok(rules)
    }

    fn parse_rule(&self, line: &str, line_no: u64, indent: usize, path: &Path) -> Result<Rule> {
        let at = |column: usize| Location::column(path, line_no, (indent + column) as u64 + 1);
        let Some((id, rest)) = line.split_once('=') else {
            return Err(Error::config(
                at(0),
                "expected a rule like `id = supplies: S V:supply T with I`",
            ));
        };
        let id = id.trim();
        if id.is_empty() || id.contains(char::is_whitespace) {
            return Err(Error::config(
                at(0),
                format!("expected a rule id without spaces, found {id:?}"),
            ));
        }
        let rest_col = line.len() - rest.len();
        let Some((kind, body)) = rest.split_once(':') else {
            return Err(Error::config(
                at(rest_col),
                "expected `TYPE:` after `=` (supplies, deploys or sanctions)",
            ));
        };
        let (kind, discard) = match kind.trim().strip_prefix("no ") {
            Some(kind) => (kind.trim(), true),
            None => (kind.trim(), false),
        };
        let Some(kind) = RelationType::parse(kind) else {
            return Err(Error::config(
                at(rest_col),
                format!(
                    "unknown relation type {kind:?}; expected supplies, deploys or sanctions \
                     (or `no` and one of them)"
                ),
            ));
        };
        let body_col = line.len() - body.len();
        let mut steps = Vec::new();
        let mut excluded_items = Vec::new();
        let mut only_items = Vec::new();
        let mut offset = 0usize;
        for token in body.split(' ') {
            let col = body_col + offset;
            offset += token.len() + 1;
            if token.is_empty() {
                continue;
            }
            let (token, optional) = match token.strip_suffix('?') {
                Some(t) => (t, true),
                None => (token, false),
            };
            // Items but not of these categories (`I!forces/troops,naval`), or only of these
            // (`I:forces/troops`).
            let restricted = token
                .strip_prefix("I!")
                .map(|c| (c, &mut excluded_items, '!'))
                .or_else(|| token.strip_prefix("I:").map(|c| (c, &mut only_items, ':')));
            let token = match restricted {
                Some((categories, list, mark)) => {
                    let named = list.len();
                    // A rule's elements are split at spaces, so `_` stands for the space of a
                    // category's name: `I!ballistic_missile`.
                    list.extend(
                        categories
                            .split(',')
                            .filter(|c| !c.is_empty())
                            .map(|c| c.replace('_', " ")),
                    );
                    if list.len() == named {
                        return Err(Error::config(
                            at(col),
                            format!("expected weapon categories after `I{mark}` (`I{mark}forces/troops`)"),
                        ));
                    }
                    "I"
                }
                None => token,
            };
            let element = match token {
                "S" => Element::Source,
                "T" => Element::Target,
                "I" => Element::Items,
                "A" => Element::Party,
                "M" => Element::WeaponModifier,
                "..." => Element::Gap(None),
                _ if token.starts_with("...!") => {
                    let names: Vec<&str> =
                        token.strip_prefix("...!W:").unwrap_or_default().split('|').collect();
                    if names.iter().any(|name| !self.words.contains_key(*name)) {
                        return Err(Error::config(
                            at(col),
                            format!(
                                "expected `...!W:list` or `...!W:list|list` naming [words list] \
                                 sections, found {token:?}"
                            ),
                        ));
                    }
                    Element::Gap(Some(names.into_iter().map(str::to_string).collect()))
                }
                _ if token.starts_with('!') && token.len() > 1 => Element::Not(
                    token[1..]
                        .split('|')
                        .map(|alt| alt.split('_').map(str::to_string).collect())
                        .collect(),
                ),
                _ => {
                    if let Some((prefix, name)) = token.split_once(':') {
                        let (known, element) = match prefix {
                            "V" => (self.verbs.contains_key(name), Element::Verb(name.to_string())),
                            "N" => (self.nouns.contains_key(name), Element::Noun(name.to_string())),
                            "W" => (self.words.contains_key(name), Element::Words(name.to_string())),
                            _ => {
                                return Err(Error::config(
                                    at(col),
                                    format!("unknown element {token:?}; expected {ELEMENT_NAMES} or a literal word"),
                                ))
                            }
                        };
                        if !known {
                            return Err(Error::config(
                                at(col),
                                format!(
                                    "{token:?} names no [{} {name}] section",
                                    match prefix {
                                        "V" => "verbs",
                                        "N" => "nouns",
                                        _ => "words",
                                    }
                                ),
                            ));
                        }
                        element
                    } else if token
                        .chars()
                        .all(|c| c.is_lowercase() || matches!(c, '\'' | '|' | '_' | ','))
                    {
                        Element::Literal(
                            token
                                .split('|')
                                .map(|alt| alt.split('_').map(str::to_string).collect())
                                .collect(),
                        )
                    } else {
                        return Err(Error::config(
                            at(col),
                            format!("unknown element {token:?}; expected {ELEMENT_NAMES} or a lowercase literal"),
                        ));
                    }
                }
            };
            steps.push(Step { element, optional });
        }
        let anchors = |s: &Step| matches!(s.element, Element::Verb(_) | Element::Noun(_));
        let items_anchor = |s: &Step| matches!(s.element, Element::Items) && !only_items.is_empty();
        let Some(anchor) = steps
            .iter()
            .position(|s| anchors(s) && !s.optional)
            .or_else(|| steps.iter().position(|s| items_anchor(s) && !s.optional))
        else {
            return Err(Error::config(
                at(body_col),
                "a rule needs a verb (V:class), noun (N:class) or items of named categories \
                 (I:category) that is not optional",
            ));
        };
        if !steps.iter().any(|s| matches!(s.element, Element::Source | Element::Target)) {
            return Err(Error::config(at(body_col), "a rule needs a source S or a target T"));
        }
        let is_literal = |step: Option<&Step>, word: &str| {
            step.is_some_and(|step| {
                matches!(&step.element, Element::Literal(phrases)
                    if phrases.iter().all(|p| p.len() == 1 && p[0] == word))
            })
        };
        let apposed_source = steps.first().is_some_and(|s| matches!(s.element, Element::Source))
            && is_literal(steps.get(1), ",");
        // The target acts as the anchor's subject, or as its agent in the passive
        // ("Kyiv was attacked by T with I supplied by S").
        let target_is_agent = steps[..anchor].iter().any(|s| matches!(s.element, Element::Target))
            || (is_literal(steps.get(anchor + 1), "by")
                && steps.get(anchor + 2).is_some_and(|s| matches!(s.element, Element::Target)));
        // An optional verb only describes the items ("received jets donated by S"): the
        // anchor is then the receipt itself, not the recipient acting.
        let recipient_acts = target_is_agent
            && steps[anchor + 1..]
                .iter()
                .any(|s| matches!(s.element, Element::Verb(_)) && !s.optional);
        Ok(Rule {
            id: id.to_string(),
            kind,
            steps,
            anchor,
            apposed_source,
            recipient_acts,
            excluded_items,
            only_items,
            discard,
            line: line_no,
        })
    }

    /// Warnings for weapon categories that `is_category` does not know, named by a rule that
    /// excludes them (`I!category`) or by a `[retype]` line: a misspelt category would exclude or
    /// retype nothing, silently.
    pub fn unknown_categories(
        &self,
        is_category: impl Fn(&str) -> bool,
    ) -> Vec<(Location, String)> {
        let excluded = self.rules.iter().flat_map(|rule| {
            let excluded = rule.excluded_items.iter().map(move |c| {
                (rule.line, c, format!("rule {:?} excludes items of category {c:?}", rule.id))
            });
            let only = rule.only_items.iter().map(move |c| {
                (rule.line, c, format!("rule {:?} reads only items of category {c:?}", rule.id))
            });
            excluded.chain(only)
        });
        let retyped = self.retype.iter().flat_map(|retype| {
            retype
                .categories
                .iter()
                .map(move |c| (retype.line, c, format!("[retype] names items of category {c:?}")))
        });
        excluded
            .chain(retyped)
            .filter(|(_, c, _)| !is_category(c))
            .map(|(line, _, what)| {
                (
                    Location::line(&self.path, line),
                    format!("{what}, which no weapon in the gazetteer has"),
                )
            })
            .collect()
    }

    /// A word list by name (empty if absent).
    pub fn list(&self, name: &str) -> &[Phrase] {
        self.words.get(name).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every trigger phrase (forms of verbs and nouns used by the rules), for the pre-filter.
    pub fn trigger_phrases(&self) -> Vec<String> {
        let mut out: Vec<String> = self.rules.iter().flat_map(|r| self.anchor_phrases(r)).collect();
        out.sort();
        out.dedup();
        out
    }

    /// The phrases that can anchor `rule` (the forms of its anchor's verb or noun group),
    /// words joined by one space.
    pub fn anchor_phrases<'r>(&'r self, rule: &Rule) -> impl Iterator<Item = String> + 'r {
        let step = &rule.steps[rule.anchor];
        let forms = match &step.element {
            Element::Verb(n) => self.verbs.get(n),
            Element::Noun(n) => self.nouns.get(n),
            _ => None,
        };
        forms.into_iter().flatten().map(|form| form.join(" "))
    }

    /// The default rules file: `gazetteer/rules.txt`.
    /// The verb forms that are finite: third person and past ("supplies", "sent"), not the base
    /// form or the gerund. A past participle looks the same as the past and is counted here.
    pub fn finite_verb_forms(&self) -> Vec<&Phrase> {
        let mut forms: Vec<&Phrase> = self
            .verbs
            .values()
            .flatten()
            .filter(|form| !self.verb_lemmas.contains(*form))
            // "handing over", "re-imposing" (read as "re imposing")
            .filter(|form| !form.iter().any(|word| word.ends_with("ing")))
            .collect();
        forms.sort();
        forms.dedup();
        forms
    }

    pub fn default_path() -> PathBuf {
        PathBuf::from("gazetteer").join("rules.txt")
    }
}

fn parse_retype(line: &str, line_no: u64, at: &Location) -> Result<Retype> {
    // supplies with forces/troops = deploys
    // supplies with naval to a place = deploys
    let expected = "expected `supplies with CATEGORY[, CATEGORY] [to a place] = deploys`";
    let Some((left, to)) = line.split_once('=') else {
        return Err(Error::config(at.clone(), expected));
    };
    let Some((from, categories)) = left.split_once(" with ") else {
        return Err(Error::config(at.clone(), expected));
    };
    let (Some(from), Some(to)) = (RelationType::parse(from.trim()), RelationType::parse(to.trim()))
    else {
        return Err(Error::config(
            at.clone(),
            format!("{expected}; types are supplies, deploys, sanctions"),
        ));
    };
    let categories = categories.trim_end();
    let (categories, only_to_place) = match categories.strip_suffix(" to a place") {
        Some(categories) => (categories, true),
        None => (categories, false),
    };
    let categories: Vec<String> =
        categories.split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect();
    if categories.is_empty() {
        return Err(Error::config(at.clone(), expected));
    }
    Ok(Retype { from, categories, to, only_to_place, line: line_no })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "[words skip]\nthe\n[words boundary]\n[words negation]\nnot\n[words hedge]\n[words attribution]\n[words scope-end]\n[words reciprocal]\n[words ellipsis]\n[words actor-heads]\n[words quantity]\n";

    fn parse(extra: &str) -> Result<Rules> {
        Rules::parse(&format!("{MINIMAL}{extra}"), Path::new("rules.txt"))
    }

    /// Where an error of [`with_lists`] stands: line `line` of its lists, column `column`.
    fn at(line: usize, column: usize) -> String {
        format!("rules.txt:{}:{column}", MINIMAL.lines().count() + line)
    }

    /// [`parse`] of word lists `lists` before one rule and its verb.
    fn with_lists(lists: &str) -> Result<Rules> {
        parse(&format!("{lists}[rules]\nr = supplies: S V:give T\n[verbs give]\ngive\n"))
    }

    #[test]
    fn items_may_exclude_weapon_categories() {
        let rules = parse(
            "[verbs order]\norder\n[rules]\nr = supplies: T V:order I!forces/troops,naval,cruise_missile from S\n",
        )
        .unwrap();
        // `_` stands for the space of a category's name, which would split the element.
        assert_eq!(rules.rules[0].excluded_items, ["forces/troops", "naval", "cruise missile"]);
        assert_eq!(rules.rules[0].steps[2].element, Element::Items);
        let warnings = rules.unknown_categories(|c| c == "naval" || c == "cruise missile");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].1.contains("\"forces/troops\""), "{:?}", warnings[0]);
        let e = parse("[verbs order]\norder\n[rules]\nr = supplies: T V:order I! from S\n")
            .unwrap_err();
        assert!(e.to_string().contains("expected weapon categories after `I!`"), "{e}");
        // An empty second `I!` is named too, though the first listed categories.
        let e = parse("[verbs order]\norder\n[rules]\nr = supplies: T V:order I!naval from S I!\n")
            .unwrap_err();
        assert!(e.to_string().contains("expected weapon categories after `I!`"), "{e}");
    }

    #[test]
    fn a_rule_of_no_type_reads_its_pattern_as_no_relation_of_that_type() {
        let rules = parse(
            "[verbs name]\nname\n[rules]\nhonour = no sanctions: S V:name T ally\nr = sanctions: S V:name T\n",
        )
        .unwrap();
        assert_eq!(rules.rules[0].kind, RelationType::Sanctions);
        assert!(rules.rules[0].discard);
        assert!(!rules.rules[1].discard);
    }

    #[test]
    fn items_of_named_categories_anchor_a_rule_without_a_verb_or_noun() {
        let rules = parse("[rules]\nr = deploys: S 's? I:forces/troops,naval in T\n").unwrap();
        let rule = &rules.rules[0];
        assert_eq!(rule.only_items, ["forces/troops", "naval"]);
        assert_eq!(rule.anchor, 2);
        assert_eq!(rule.steps[2].element, Element::Items);
        let warnings = rules.unknown_categories(|c| c == "forces/troops");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].1.contains("reads only items of category \"naval\""), "{warnings:?}");
        // A verb still anchors a rule that names items of a category.
        let rules =
            parse("[verbs send]\nsend\n[rules]\nr = deploys: S V:send I:forces/troops\n").unwrap();
        assert_eq!(rules.rules[0].anchor, 1);
        // Items of any category, or optional ones, anchor nothing.
        for body in ["S I in T", "S I:forces/troops? in T"] {
            let e = parse(&format!("[rules]\nr = deploys: {body}\n")).unwrap_err();
            assert!(e.to_string().contains("a rule needs a verb"), "{body}: {e}");
        }
        let e = parse("[rules]\nr = deploys: S I: in T\n").unwrap_err();
        assert!(e.to_string().contains("expected weapon categories after `I:`"), "{e}");
    }

    /// A phrase spelt with a contraction matches the text the tokenizer splits the same way.
    #[test]
    fn a_contraction_in_a_phrase_is_spelt_as_the_text_reads_it() {
        assert_eq!(phrase("won't rule out"), ["will", "not", "rule", "out"]);
        assert_eq!(phrase("Didn\u{2019}t"), ["did", "not"]);
        assert_eq!(phrase("cannot"), ["can", "not"]);
        assert_eq!(phrase("'s n't"), ["'s", "n't"]);
    }

    #[test]
    fn a_phrase_wrapped_onto_the_next_line_is_warned_about() {
        let rules = parse("[words wrapped]\nsigned a deal to, signed contracts\nto, inked a deal to,\nsealed a deal to\n\n[words fine]\nsupply\nprovide\n[rules]\nr = supplies: S V:give T\n[verbs give]\ngive\n").unwrap();
        assert_eq!(rules.warnings.len(), 1, "{:?}", rules.warnings);
        let (at, message) = &rules.warnings[0];
        assert_eq!(at.to_string(), format!("rules.txt:{}", MINIMAL.lines().count() + 2));
        assert!(message.contains("\"signed contracts\" and \"to\" are two entries"), "{message}");
    }

    #[test]
    fn a_word_list_takes_in_the_lists_it_includes() {
        let rules = parse("[words both]\nnot only, @signed\n[words signed]\n@inked, signed a deal to\n[words inked]\ninked a deal to\n[rules]\nr = supplies: S V:give T\n[verbs give]\ngive\n").unwrap();
        let both: Vec<String> = rules.list("both").iter().map(|p| p.join(" ")).collect();
        // Included lists are complete first, whichever stands first in the file.
        assert_eq!(both, ["inked a deal to", "not only", "signed a deal to"]);
        assert_eq!(rules.list("signed").len(), 2);
        assert_eq!(rules.list("inked").len(), 1);
    }

    #[test]
    fn a_bad_include_is_an_error_at_its_place() {
        // Each bad list, where its error stands (if the test checks it) and what it says.
        let cases = [
            ("[words a]\nsome, @missing\n", Some((2, 7)), "unknown word list @missing"),
            ("[words a]\n@b\n[words b]\nx, @a\n", None, "includes itself through @"),
            ("[words a]\nx,  @a\n", Some((2, 5)), "[words a] includes itself through @a"),
            ("[words a]\nx, @\n", None, "expected the name of a word list after '@'"),
            ("[words a]\n@two words\n", None, "expected the name of a word list after '@'"),
            (
                "[words a]\nx\n[nouns n]\nnoun, @a\n",
                Some((4, 7)),
                "only inside a [words NAME] section",
            ),
        ];
        for (lists, place, message) in cases {
            let e = with_lists(lists).unwrap_err().to_string();
            if let Some((line, column)) = place {
                assert!(e.contains(&at(line, column)), "{lists}: {e}");
            }
            assert!(e.contains(message), "{lists}: {e}");
        }
    }

    #[test]
    fn a_gap_stands_between_two_words_of_a_word_list_phrase() {
        let ok = with_lists("[words a]\nsigned a * deal to, x\n").unwrap();
        assert_eq!(ok.list("a")[0], ["signed", "a", "*", "deal", "to"]);
        for bad in [
            "[words a]\nx, * deal to\n",
            "[words a]\nsigned a *\n",
            "[nouns n]\nbig * deal\n",
            "[verbs v]\nsign *\n",
        ] {
            let e = with_lists(bad).unwrap_err().to_string();
            assert!(e.contains("goes between two words of a phrase"), "{bad}: {e}");
        }
    }

    #[test]
    fn a_word_with_alternatives_spells_one_phrase_for_each() {
        let ok = with_lists("[words a]\nthreatened|threatens * sanctions|embargo, x\n").unwrap();
        let phrases: Vec<String> = ok.list("a").iter().map(|p| p.join(" ")).collect();
        assert_eq!(
            phrases,
            [
                "threatened * embargo",
                "threatened * sanctions",
                "threatens * embargo",
                "threatens * sanctions",
                "x"
            ]
        );
        let nouns = with_lists("[nouns n]\narms|weapons deal|deals\n").unwrap();
        assert_eq!(nouns.nouns["n"].len(), 4);
        for (bad, column, problem) in [
            ("[words a]\nx, signed|| deal\n", 4, "a word on each side of '|'"),
            ("[words a]\nsigned| deal\n", 1, "a word on each side of '|'"),
            ("[words a]\na|b c|d e|f g|h i|j j|k k|l l|m m|n n|o\n", 1, "more than 1000 phrases"),
            ("[words a]\nx|* deal\n", 1, "goes between two words"),
        ] {
            let e = with_lists(bad).unwrap_err().to_string();
            assert!(e.contains(&at(2, column)) && e.contains(problem), "{bad}: {e}");
        }
    }

    #[test]
    fn a_name_or_demonym_stands_after_the_first_word_of_a_word_list_phrase() {
        let ok = with_lists("[words a]\nawarded <Name> * deal to, x\n").unwrap();
        assert_eq!(ok.list("a")[0], ["awarded", "<name>", "*", "deal", "to"]);
        let e = with_lists("[words a]\nx, <name> won a deal to\n").unwrap_err().to_string();
        assert!(e.contains(&at(2, 4)), "{e}");
        assert!(e.contains("`<name>` (a state, person or organisation"), "{e}");
        let e = with_lists("[words a]\n<demonym> banks\n").unwrap_err().to_string();
        assert!(e.contains(&at(2, 1)) && e.contains("`<demonym>` (a side"), "{e}");
    }

    #[test]
    fn finite_forms_leave_out_base_forms_and_gerunds() {
        let rules =
            parse("[verbs give]\nsupply, hand over\nsend = sends, sent, sending\n[rules]\nr = supplies: S V:give T\n").unwrap();
        let finite: Vec<String> = rules.finite_verb_forms().iter().map(|p| p.join(" ")).collect();
        assert_eq!(finite, ["handed over", "hands over", "sends", "sent", "supplied", "supplies"]);
    }

    #[test]
    fn inflections_are_generated() {
        assert_eq!(inflect("supply"), ["supply", "supplies", "supplied", "supplying"]);
        assert_eq!(inflect("provide"), ["provide", "provides", "provided", "providing"]);
        assert_eq!(inflect("dispatch"), ["dispatch", "dispatches", "dispatched", "dispatching"]);
        assert_eq!(inflect("deploy"), ["deploy", "deploys", "deployed", "deploying"]);
        assert_eq!(inflect_phrase("hand over")[2], ["handed", "over"]);
        assert_eq!(inflect_phrase("re-impose")[1], ["re", "imposes"]);
        assert_eq!(inflect_phrase("Re-Arm")[2], ["re", "armed"]);
    }

    #[test]
    fn hyphens_split_words_as_in_the_text() {
        assert_eq!(phrase("north-eastern"), ["north", "eastern"]);
        assert_eq!(phrase("air\u{2013}raid <comma> then"), ["air", "raid", ",", "then"]);
        let rules = parse("[verbs give]\nre-impose\n[rules]\nr = supplies: S V:give T\n").unwrap();
        let finite: Vec<String> = rules.finite_verb_forms().iter().map(|p| p.join(" ")).collect();
        assert_eq!(finite, ["re imposed", "re imposes"]);
    }

    #[test]
    fn parses_a_rule_file() {
        let rules = parse("[verbs supply]\nsupply, provide\nsend = sends, sent, sending\n[rules]\nwith = supplies: S V:supply T with I\nto = supplies: S V:supply I to|into T\n[retype]\nsupplies with forces/troops = deploys\nsupplies with naval, aircraft to a place = deploys\n").unwrap();
        assert!(rules.verbs["supply"].contains(&vec!["sent".to_string()]));
        assert!(rules.verbs["supply"].contains(&vec!["provided".to_string()]));
        assert_eq!(rules.rules.len(), 2);
        assert_eq!(rules.rules[0].anchor, 1);
        assert_eq!(
            rules.rules[1].steps[3].element,
            Element::Literal(vec![vec!["to".into()], vec!["into".into()]])
        );
        assert_eq!(rules.retype[0].to, RelationType::Deploys);
        assert!(!rules.retype[0].only_to_place);
        assert_eq!(rules.retype[1].categories, ["naval", "aircraft"]);
        assert!(rules.retype[1].only_to_place);
        // A retyped category the gazetteer lacks is named with the line of its `[retype]` entry.
        let warnings = rules.unknown_categories(|c| c != "aircraft");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].0, Location::line(Path::new("rules.txt"), 21));
        assert!(warnings[0].1.contains("[retype] names items of category \"aircraft\""));
        assert!(rules.trigger_phrases().contains(&"supplying".to_string()));
        // `A` passes over a party and `M` a weapon as a modifier; lower-case `a` and `m` stay
        // literal words.
        let rules =
            parse("[verbs send]\nsend\n[rules]\nr = supplies: S with A a M? m V:send I\n").unwrap();
        let elements: Vec<&Element> = rules.rules[0].steps.iter().map(|s| &s.element).collect();
        assert_eq!(elements[2], &Element::Party);
        assert_eq!(elements[3], &Element::Literal(vec![vec!["a".into()]]));
        assert_eq!(elements[4], &Element::WeaponModifier);
        assert!(rules.rules[0].steps[4].optional);
        assert_eq!(elements[5], &Element::Literal(vec![vec!["m".into()]]));
        // A gap, and gaps that stop at one word list or at either of two.
        let rules =
            parse("[verbs send]\nsend\n[words topic]\nreport\n[words move]\nstation\n[rules]\nr = supplies: S V:send ... T ...!W:topic I\nq = supplies: S V:send ...!W:topic|move I\n")
                .unwrap();
        let elements: Vec<&Element> = rules.rules[0].steps.iter().map(|s| &s.element).collect();
        assert_eq!(elements[2], &Element::Gap(None));
        assert_eq!(elements[4], &Element::Gap(Some(vec!["topic".into()])));
        assert_eq!(
            rules.rules[1].steps[2].element,
            Element::Gap(Some(vec!["topic".into(), "move".into()]))
        );
    }

    #[test]
    fn errors_name_line_and_column() {
        let cases = [
            (
                "[rules]\nx = supplies: S V:nothing T\n",
                "rules.txt:14:17: \"V:nothing\" names no [verbs nothing] section",
            ),
            (
                "[verbs s]\nsupply\n[rules]\nx = gives: S V:s T\n",
                "rules.txt:16:4: unknown relation type \"gives\"",
            ),
            (
                "[verbs s]\nsupply\n[rules]\nx = no gives: S V:s T\n",
                "rules.txt:16:4: unknown relation type \"gives\"",
            ),
            (
                "[verbs s]\nsupply\n[rules]\nx = supplies: S V:s Target\n",
                "rules.txt:16:21: unknown element \"Target\"",
            ),
            ("[verbs s]\nsupply\n[rules]\nx = supplies: S T\n", "a rule needs a verb"),
            (
                "[verbs s]\nsupply\n[rules]\nx supplies S V:s T\n",
                "rules.txt:16:1: expected a rule like",
            ),
            (
                "[verbs s]\nsupply\n[rules]\nx = supplies: S V:s ...!W:nowhere I to T\n",
                "rules.txt:16:21: expected `...!W:list` or `...!W:list|list` naming [words list] sections, found \"...!W:nowhere\"",
            ),
            (
                "[verbs s]\nsupply\n[words topic]\nreport\n[rules]\nx = supplies: S V:s ...!W:topic|nowhere I to T\n",
                "rules.txt:18:21: expected `...!W:list` or `...!W:list|list`",
            ),
            (
                "[verbs s]\nsupply\n[rules]\nx = supplies: S V:s ...!to I to T\n",
                "rules.txt:16:21: expected `...!W:list`",
            ),
            ("[bogus]\n", "rules.txt:13:1: unknown section [bogus]"),
            (
                "[verbs s]\nsupply, keep = keeps, kept\n[rules]\nx = supplies: S V:s T\n",
                "rules.txt:14:1: an irregular verb goes on a line of its own",
            ),
            (
                "[verbs s]\nsupply\n[rules]\nx = supplies: S V:s T\nx = supplies: S V:s T\n",
                "rules.txt:17:1: duplicate rule id \"x\" (first at line 16)",
            ),
        ];
        for (extra, want) in cases {
            let err = parse(extra).unwrap_err().to_string();
            assert!(err.contains(want), "for {extra:?}: got {err:?}, want {want:?}");
        }
    }

    #[test]
    fn missing_lists_and_rules_are_errors() {
        let err = Rules::parse("[verbs s]\nsupply\n", Path::new("r.txt")).unwrap_err().to_string();
        assert!(err.contains("missing word list [words skip]"), "{err}");
        let err = parse("").unwrap_err().to_string();
        assert!(err.contains("no rules"), "{err}");
    }
}
