//! Entity matching: aho-corasick over the gazetteer's aliases, whole words, longest match.
//!
//! Takes a [`Normalized`] text (and the original, for case checks); yields non-overlapping
//! [`Mention`]s in text order, and, in the same pass, where and which of the cue phrases it was
//! given occur (the rules' trigger words: relation extraction then skips sentences in which no
//! rule they anchor can match).
//!
//! A whole-word match can only start where a word starts, so the automaton is run anchored from
//! each word start whose first bytes may begin some key and reports every key that starts there,
//! instead of scanning every byte for keys that start anywhere: the same matches (a randomized
//! test compares the two), 1.4× faster on news text. Anchored at a word start, a search only
//! follows keys beginning with that byte, so the keys are compiled into one automaton per first
//! byte (see `Partition`). Candidates that fail the word-boundary or case test are dropped
//! *before* choosing the longest, so that in "artillery shelling" the failed "artillery shell"
//! does not hide "artillery". Depends on `gazetteer`, `model` and `text`.

use crate::error::{Error, Location, Result};
use crate::gazetteer::{CaseRule, Gazetteer, Pattern};
use crate::model::{EntityIx, EntityKind, Mention, MentionForm};
use crate::text::{
    fold_char, is_dash, is_whole_word, is_word_char, Normalized, Sentence, ASCII_ALNUM,
};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous::NFA;
use aho_corasick::{Anchored, MatchKind};
use std::path::Path;

/// One text after the text and matching stages: what relation extraction reads.
#[derive(Debug, Clone, Default)]
pub struct Matched {
    pub norm: Normalized,
    pub sentences: Vec<Sentence>,
    /// In text order, each with its sentence index.
    pub mentions: Vec<Mention>,
    /// The cue phrases' occurrences, by ascending start.
    pub cues: Vec<CueAt>,
    /// The matcher's working memory, kept from one text to the next.
    pub scratch: MatchScratch,
}

/// Working memory of [`Matcher::find_into`]: reused, a text's candidate list is allocated once
/// per worker rather than grown anew for every document.
#[derive(Debug, Clone, Default)]
pub struct MatchScratch {
    candidates: Vec<Candidate>,
}

/// A whole-word occurrence of a cue phrase: where it starts in the normalised text, and which
/// phrase it is (its index in the list the matcher was compiled with). Several cues can start at
/// one place ("supply", "supply of").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueAt {
    pub start: usize,
    pub cue: u32,
}

/// One alias behind a key: whom it names, how, and on what conditions.
#[derive(Debug, Clone)]
struct Alias {
    entity: EntityIx,
    form: MentionForm,
    case: CaseRule,
    /// See [`Pattern::contextual`].
    contextual: bool,
}

impl Alias {
    fn of(p: &Pattern) -> Alias {
        Alias { entity: p.entity, form: p.form, case: p.case.clone(), contextual: p.contextual }
    }
}

/// One pattern key of the automaton and the aliases behind it (several when two aliases of one
/// entity differ only in case rule).
#[derive(Debug, Clone)]
struct Key {
    candidates: Vec<Alias>,
    /// A phrase that is never an entity: it wins longest-match and then yields nothing.
    blocker: bool,
    /// A cue phrase (its index in the cue list): its whole-word occurrences are reported apart
    /// from the mentions.
    cue: Option<u32>,
}

/// The compiled alias automata. Build once per run; matching takes `&self` and is thread-safe.
#[derive(Debug, Clone)]
pub struct Matcher {
    /// One automaton per first byte of the keys.
    partitions: Vec<Partition>,
    /// First byte → 1 + its partition's index; 0 when no key begins with the byte.
    partition_of: [u16; 256],
    /// What the first bytes of a word must be for some key to start there (see
    /// [`KeyPrefixes`]): most words fail it, and the automaton is not walked for them.
    prefixes: KeyPrefixes,
    keys: Vec<Key>,
    heads: HeadNouns,
    /// Per entity: whether it is a weapon (empty when compiled from bare patterns).
    weapons: Vec<bool>,
}

/// Generic categories that head named weapons of another category, as (generic, named). News
/// calls an air-defence system by its missiles ("S-300 missiles", "S-400 missile systems"), as
/// the gazetteer's aliases "Patriot missiles" and "interceptor missiles" already read: one
/// item, not the system and missiles besides. (Rockets stay apart from a launcher: "HIMARS
/// rockets" are rounds sent on their own.)
const MUNITION_HEADS: [(&str, &str); 1] = [("missile", "air defense")];

/// Which generic weapon nouns can head a named weapon: in "Fateh-110 missiles" or "Caesar
/// howitzers" the noun says what the named weapon is, and the two are one mention of it. A
/// generic weapon is one whose name is lowercase and that has no origin ("missiles",
/// "howitzers"); it heads a named weapon of its category, or of one its category ends
/// ("missile" heads a "ballistic missile"). Built from the gazetteer; empty for a matcher built
/// from bare patterns.
#[derive(Debug, Clone, Default)]
struct HeadNouns {
    /// Per entity: its weapon category's index and whether it is generic.
    class: Vec<Option<(u16, bool)>>,
    /// `fits[generic * categories + named]`: whether a generic noun of the first category can
    /// head a named weapon of the second.
    fits: Vec<bool>,
    categories: usize,
}

impl HeadNouns {
    fn new(gazetteer: &Gazetteer) -> HeadNouns {
        let mut names: Vec<&str> = Vec::new();
        let class = gazetteer
            .entities()
            .iter()
            .map(|e| {
                let category = e.attr("category").filter(|_| e.kind == EntityKind::Weapon)?;
                let index = names.iter().position(|&c| c == category).unwrap_or_else(|| {
                    names.push(category);
                    names.len() - 1
                });
                let generic =
                    e.name.starts_with(|c: char| c.is_lowercase()) && e.attr("origin").is_none();
                Some((index as u16, generic))
            })
            .collect();
        let categories = names.len();
        let mut fits = vec![false; categories * categories];
        for (g, generic) in names.iter().enumerate() {
            for (n, named) in names.iter().enumerate() {
                fits[g * categories + n] = named
                    .strip_suffix(generic)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
                    || MUNITION_HEADS.contains(&(*generic, *named));
            }
        }
        HeadNouns { class, fits, categories }
    }

    /// Whether `generic` right after `named` is the head noun of its name.
    fn heads(&self, named: EntityIx, generic: EntityIx) -> bool {
        let class = |e: EntityIx| self.class.get(e.index()).copied().flatten();
        match (class(named), class(generic)) {
            (Some((n, false)), Some((g, true))) => {
                self.fits[usize::from(g) * self.categories + usize::from(n)]
            }
            _ => false,
        }
    }
}

/// The keys that begin with one byte, compiled on their own. Every search is anchored at a word
/// start, so it only ever needs the keys beginning with that start's byte; apart, the automata
/// skip the failure transitions between keys of different first bytes, which a search never
/// takes: 100,000 aliases compile in 0.065 s instead of 0.16 on one thread (0.04 on two) and take
/// 12 MB instead of 14.
#[derive(Debug, Clone)]
struct Partition {
    automaton: NFA,
    anchored_start: StateID,
    /// The automaton's pattern index → the key's index in [`Matcher::keys`].
    keys: Vec<u32>,
}

impl Partition {
    /// Compiles the keys `texts[i]` for each `i` of `keys`.
    fn build(texts: &[&str], keys: Vec<u32>) -> Result<Partition> {
        // The contiguous NFA, not the DFA: alone over a corpus the DFA is ~10% faster, but in
        // the full pipeline (rules, graph and exports competing for the caches) the small
        // automaton wins by ~7% end to end, builds in a tenth of the time and lowers peak memory
        // by as much as the DFA's size (17 MB against 0.7 MB for the shipped gazetteer).
        let compile_error = |e: &dyn std::fmt::Display| {
            Error::config(
                Location::file(Path::new("gazetteer")),
                format!("cannot compile the aliases: {e}"),
            )
        };
        let automaton = aho_corasick::nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            // A prefilter only serves unanchored searches, which the matcher never runs.
            .prefilter(false)
            .build(keys.iter().map(|&i| texts[i as usize]))
            .map_err(|e| compile_error(&e))?;
        let anchored_start = automaton.start_state(Anchored::Yes).map_err(|e| compile_error(&e))?;
        Ok(Partition { automaton, anchored_start, keys })
    }
}

/// The automaton keys, in pattern-index order: each alias key (its candidates grouped), then the
/// blocking phrases that are not aliases, then the cue phrases that are neither.
fn collect_keys<'a>(
    patterns: &'a [Pattern],
    blockers: &'a [String],
    cues: &'a [String],
) -> (Vec<&'a str>, Vec<Key>) {
    let mut keys: Vec<Key> = Vec::new();
    let mut texts: Vec<&str> = Vec::new();
    for p in patterns {
        // Patterns arrive grouped by key (the gazetteer builds them from a sorted map).
        if texts.last() == Some(&p.key.as_str()) {
            if let Some(k) = keys.last_mut() {
                k.candidates.push(Alias::of(p));
            }
            continue;
        }
        if p.key.is_empty() {
            continue;
        }
        texts.push(&p.key);
        keys.push(Key { candidates: vec![Alias::of(p)], blocker: false, cue: None });
    }
    let aliases: rustc_hash::FxHashSet<&str> = texts.iter().copied().collect();
    for b in blockers {
        // An alias that equals a blocker stays an alias: the gazetteer row is the decision.
        if !b.is_empty() && !aliases.contains(b.as_str()) {
            texts.push(b);
            keys.push(Key { candidates: Vec::new(), blocker: true, cue: None });
        }
    }
    // A cue that is also an alias or a blocker marks that key; the others get keys of their own,
    // which never become mentions.
    let mut key_of: rustc_hash::FxHashMap<&str, usize> =
        texts.iter().enumerate().map(|(i, t)| (*t, i)).collect();
    // A phrase listed twice keeps its first index.
    for (ci, c) in cues.iter().enumerate() {
        if c.is_empty() {
            continue;
        }
        let cue = Some(ci as u32);
        match key_of.get(c.as_str()) {
            Some(&k) => keys[k].cue = keys[k].cue.or(cue),
            None => {
                key_of.insert(c, texts.len());
                texts.push(c);
                keys.push(Key { candidates: Vec::new(), blocker: false, cue });
            }
        }
    }
    // Exact-case candidates first: "US" (exact) must be tried before a looser alias.
    for k in &mut keys {
        k.candidates.sort_by_key(|c| !matches!(c.case, CaseRule::Exact(_)));
    }
    (texts, keys)
}

/// The keys' beginnings, as a filter on word starts: the keys of one and two bytes exactly, and
/// as bits of hashed tables the keys of three bytes and the first four bytes of longer keys (a
/// false positive costs only a walk of the automaton that finds nothing). Most words of a text
/// begin no key; the walk from their start would touch automaton states scattered over a table
/// larger than the first-level cache, while these tables are small.
#[derive(Debug, Clone)]
struct KeyPrefixes {
    one_byte: [bool; 256],
    /// Bit per two-byte key (first byte low).
    two_bytes: Vec<u64>,
    /// Bit per hashed three-byte key.
    three_bytes: Vec<u64>,
    /// Bit per hashed four-byte beginning of a longer key.
    four_bytes: Vec<u64>,
}

impl KeyPrefixes {
    const THREE_BYTE_BITS: u32 = 16;
    const FOUR_BYTE_BITS: u32 = 19;

    fn new<'k>(keys: impl IntoIterator<Item = &'k str>) -> KeyPrefixes {
        let mut prefixes = KeyPrefixes {
            one_byte: [false; 256],
            two_bytes: vec![0; (1 << 16) / 64],
            three_bytes: vec![0; (1 << Self::THREE_BYTE_BITS) / 64],
            four_bytes: vec![0; (1 << Self::FOUR_BYTE_BITS) / 64],
        };
        for key in keys {
            match *key.as_bytes() {
                [] => {}
                [a] => prefixes.one_byte[usize::from(a)] = true,
                [a, b] => set_bit(&mut prefixes.two_bytes, Self::two(a, b)),
                [a, b, c] => set_bit(&mut prefixes.three_bytes, Self::three(a, b, c)),
                [a, b, c, d, ..] => set_bit(&mut prefixes.four_bytes, Self::four(a, b, c, d)),
            }
        }
        prefixes
    }

    fn two(a: u8, b: u8) -> usize {
        usize::from(a) | usize::from(b) << 8
    }

    fn three(a: u8, b: u8, c: u8) -> usize {
        let x = u32::from_le_bytes([a, b, c, 0]);
        (x.wrapping_mul(0x9E37_79B1) >> (32 - Self::THREE_BYTE_BITS)) as usize
    }

    fn four(a: u8, b: u8, c: u8, d: u8) -> usize {
        let x = u32::from_le_bytes([a, b, c, d]);
        (x.wrapping_mul(0x9E37_79B1) >> (32 - Self::FOUR_BYTE_BITS)) as usize
    }

    /// False only when no key of at least `shortest` bytes is a prefix of `text`.
    fn may_begin(&self, text: &[u8], shortest: usize) -> bool {
        let one = |a: u8| shortest <= 1 && self.one_byte[usize::from(a)];
        let two = |a: u8, b: u8| shortest <= 2 && get_bit(&self.two_bytes, Self::two(a, b));
        let three = |a, b, c| shortest <= 3 && get_bit(&self.three_bytes, Self::three(a, b, c));
        match *text {
            [] => false,
            [a] => one(a),
            [a, b] => one(a) || two(a, b),
            [a, b, c] => one(a) || two(a, b) || three(a, b, c),
            [a, b, c, d, ..] => {
                one(a)
                    || two(a, b)
                    || three(a, b, c)
                    || get_bit(&self.four_bytes, Self::four(a, b, c, d))
            }
        }
    }
}

fn set_bit(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

fn get_bit(bits: &[u64], i: usize) -> bool {
    bits[i / 64] & (1 << (i % 64)) != 0
}

/// A candidate before overlap resolution (reused buffer).
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    /// `None` for a blocking phrase.
    entity: Option<EntityIx>,
    form: MentionForm,
    contextual: bool,
}

/// Whether the text right after a match starts with a capitalised word: a contextual alias there
/// is the start of a longer name ("the North Atlantic", "the South China Sea").
fn before_capitalised_word(after: &str) -> bool {
    let rest = after.trim_start_matches([' ', '\u{a0}']);
    rest.len() < after.len() && rest.chars().next().is_some_and(char::is_uppercase)
}

/// Whether one of the `later` candidates (sorted by start) that begins inside a contextual match
/// ending at `end` is an ordinary name or blocking phrase that runs past it: a contextual alias
/// gives way to the longer name it overlaps ("the Islamic Republic" inside "the Islamic Republic of
/// Pakistan"), where leftmost-longest alone would keep it for starting first.
fn outrun_by_a_name(later: &[Candidate], end: usize) -> bool {
    later.iter().take_while(|o| o.start < end).any(|o| !o.contextual && o.end > end)
}

/// Removes from `out[first..]` the contextual mentions (at the indices `contextual`) of entities
/// that the text names in no other way: "the North" is North Korea only in a story that names
/// North Korea.
fn drop_unnamed_contextual(out: &mut Vec<Mention>, first: usize, contextual: &[usize]) {
    let named: rustc_hash::FxHashSet<EntityIx> = (first..out.len())
        .filter(|i| contextual.binary_search(i).is_err())
        .map(|i| out[i].entity)
        .collect();
    let mut i = 0;
    out.retain(|m| {
        let keep = i < first || contextual.binary_search(&i).is_err() || named.contains(&m.entity);
        i += 1;
        keep
    });
}

/// Whether a match ending at `end` in `norm` (and naming no weapon) is followed by the word
/// "class": the class of ships or arms named after a place or a person ("Dakar-class
/// submarines", "Admiral Gorshkov class frigates") is no mention of its namesake. A demonym only
/// with a hyphen: "an Israeli class action" names Israel.
#[inline(never)]
fn names_a_class(form: MentionForm, original: &str, norm: &Normalized, end: usize) -> bool {
    let after = &norm.text.as_bytes()[end..];
    after.starts_with(b" class")
        && !after.get(6).is_some_and(u8::is_ascii_alphanumeric)
        && (form == MentionForm::Name || norm.original_char(original, end).is_some_and(is_dash))
}

/// Whether the original text of a match satisfies the alias's case rule.
fn case_ok(rule: &CaseRule, original: &str) -> bool {
    match rule {
        CaseRule::Any => true,
        CaseRule::InitialCapital => {
            original.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| !c.is_lowercase())
        }
        CaseRule::Exact(want) => {
            // Compare the folded-but-case-kept original with the alias, without allocating.
            let mut want_chars = want.chars();
            let mut ok = true;
            let mut last_space = true;
            for c in original.chars() {
                fold_char(c, false, &mut |folded| {
                    let got = match folded {
                        None if last_space => return,
                        None => {
                            last_space = true;
                            ' '
                        }
                        Some(k) => {
                            last_space = false;
                            k
                        }
                    };
                    if want_chars.next() != Some(got) {
                        ok = false;
                    }
                });
                if !ok {
                    return false;
                }
            }
            want_chars.next().is_none()
        }
    }
}

impl Matcher {
    /// Compiles the gazetteer's patterns (on one thread).
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher> {
        Matcher::with_cues(gazetteer, &[], 1)
    }

    /// Compiles the gazetteer's patterns and cue phrases (normalised, lowercase) on `threads`
    /// threads (0 = one per core), so that finding the cues costs no second pass over the text.
    pub fn with_cues(gazetteer: &Gazetteer, cues: &[String], threads: usize) -> Result<Matcher> {
        let mut matcher =
            Matcher::compile(gazetteer.patterns(), gazetteer.blockers(), cues, threads)?;
        matcher.heads = HeadNouns::new(gazetteer);
        matcher.weapons =
            gazetteer.entities().iter().map(|e| e.kind == EntityKind::Weapon).collect();
        Ok(matcher)
    }

    /// Compiles alias patterns (grouped by key, as the gazetteer gives them), blocking phrases
    /// and cue phrases, on one thread.
    pub fn from_patterns(
        patterns: &[Pattern],
        blockers: &[String],
        cues: &[String],
    ) -> Result<Matcher> {
        Matcher::compile(patterns, blockers, cues, 1)
    }

    /// The automaton's keys in pattern-index order (the indices [`Matcher::whole_word_keys`]
    /// reports), each with the entity it names first (`None` for a blocking or cue phrase): for
    /// baselines that must scan for exactly the keys the matcher looks for.
    pub fn keys<'a>(
        patterns: &'a [Pattern],
        blockers: &'a [String],
        cues: &'a [String],
    ) -> Vec<(&'a str, Option<EntityIx>)> {
        let (texts, keys) = collect_keys(patterns, blockers, cues);
        texts
            .into_iter()
            .zip(keys)
            .map(|(t, k)| (t, k.candidates.first().map(|c| c.entity)))
            .collect()
    }

    /// Compiles the keys into one automaton per first byte (see `Partition`), shared among
    /// `threads` threads (0 = one per core), biggest first. The automata do not depend on the
    /// number of threads.
    pub fn compile(
        patterns: &[Pattern],
        blockers: &[String],
        cues: &[String],
        threads: usize,
    ) -> Result<Matcher> {
        let (texts, keys) = collect_keys(patterns, blockers, cues);
        let mut groups: Vec<(u8, Vec<u32>)> = Vec::new();
        let mut group_of = [u16::MAX; 256];
        for (i, text) in texts.iter().enumerate() {
            // Keys are never empty (`collect_keys` skips empty ones).
            let Some(&first) = text.as_bytes().first() else { continue };
            let g = &mut group_of[usize::from(first)];
            if *g == u16::MAX {
                *g = groups.len() as u16;
                groups.push((first, Vec::new()));
            }
            groups[usize::from(*g)].1.push(i as u32);
        }
        // Biggest first, so the last automaton a thread starts is a small one.
        let size =
            |g: &(u8, Vec<u32>)| -> usize { g.1.iter().map(|&i| texts[i as usize].len()).sum() };
        let mut order: Vec<usize> = (0..groups.len()).collect();
        order.sort_by_key(|&g| (std::cmp::Reverse(size(&groups[g])), groups[g].0));
        let threads = crate::threads_for(threads).clamp(1, groups.len().max(1));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let build_some = || -> Vec<(usize, Result<Partition>)> {
            let mut built = Vec::new();
            loop {
                let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&g) = order.get(at) else { break };
                built.push((g, Partition::build(&texts, groups[g].1.clone())));
            }
            built
        };
        let mut built: Vec<(usize, Result<Partition>)> = std::thread::scope(|scope| {
            let helpers: Vec<_> = (1..threads).map(|_| scope.spawn(build_some)).collect();
            let mut built = build_some();
            for helper in helpers {
                built.extend(helper.join().unwrap_or_else(|p| std::panic::resume_unwind(p)));
            }
            built
        });
        built.sort_by_key(|(g, _)| *g);
        let mut partitions = Vec::with_capacity(built.len());
        for (_, partition) in built {
            partitions.push(partition?);
        }
        let mut partition_of = [0u16; 256];
        for (g, (first, _)) in groups.iter().enumerate() {
            partition_of[usize::from(*first)] = g as u16 + 1;
        }
        let prefixes = KeyPrefixes::new(texts.iter().copied());
        Ok(Matcher {
            partitions,
            partition_of,
            prefixes,
            keys,
            heads: HeadNouns::default(),
            weapons: Vec::new(),
        })
    }

    /// Number of distinct alias keys.
    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// Calls `found(end, key)` for every key that occurs at `start` of `text` (every key that is
    /// a prefix of `text[start..]`), shortest first.
    fn keys_at(&self, text: &[u8], start: usize, mut found: impl FnMut(usize, usize)) {
        let Some(&first) = text.get(start) else { return };
        let Some(part) = usize::from(self.partition_of[usize::from(first)])
            .checked_sub(1)
            .and_then(|p| self.partitions.get(p))
        else {
            return;
        };
        let nfa = &part.automaton;
        let mut state = part.anchored_start;
        for (end, &byte) in text.iter().enumerate().skip(start) {
            state = nfa.next_state(Anchored::Yes, state, byte);
            if nfa.is_dead(state) {
                return;
            }
            if nfa.is_match(state) {
                let end = end + 1;
                // A state's matches include keys that are suffixes of the path (they started
                // later, with the same first byte): keep the ones that start here.
                for i in 0..nfa.match_len(state) {
                    let pattern = nfa.match_pattern(state, i);
                    if end - nfa.pattern_len(pattern) == start {
                        found(end, part.keys[pattern.as_usize()] as usize);
                    }
                }
            }
        }
    }

    /// Calls `found(start, end, pattern)` for every whole-word occurrence of a key (an automaton
    /// pattern index) in `text`, in order of start: exactly what an unanchored overlapping search
    /// filtered by [`is_whole_word`] finds. Public for baselines.
    pub fn whole_word_keys(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let bytes = text.as_bytes();
        let mut after_word_char = false;
        let mut i = 0;
        while i < bytes.len() {
            let byte = bytes[i];
            let (is_word, len) = if byte.is_ascii() {
                (byte.is_ascii_alphanumeric(), 1)
            } else {
                match text.get(i..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (is_word_char(c), c.len_utf8()),
                    None => break,
                }
            };
            // The rest of an ASCII word starts nothing: it is passed over in a tight loop. A key
            // shorter than that run would end inside a word, which is no whole word: the prefix
            // test need not ask for one.
            let mut run_end = i + len;
            if is_word {
                while bytes.get(run_end).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                    run_end += 1;
                }
            }
            let shortest = if byte.is_ascii() { run_end - i } else { 1 };
            if !after_word_char && self.prefixes.may_begin(&bytes[i..], shortest) {
                // No word character comes before `i` (`after_word_char`): a key found here is a
                // whole word when none follows it. ASCII is told without decoding.
                let word_ends = |end: usize| match bytes.get(end) {
                    Some(b) if b.is_ascii() => !ASCII_ALNUM[usize::from(*b)],
                    _ => !text
                        .get(end..)
                        .and_then(|rest| rest.chars().next())
                        .is_some_and(is_word_char),
                };
                self.keys_at(bytes, i, |end, key| {
                    if word_ends(end) {
                        debug_assert!(is_whole_word(text, i, end));
                        found(i, end, key);
                    }
                });
            }
            after_word_char = is_word;
            i = run_end;
        }
    }

    /// Finds the mentions of `norm` (the normalised form of `original`), appending them to `out`
    /// in text order. `sentence` is left 0; the caller assigns sentences.
    pub fn find(&self, original: &str, norm: &Normalized, out: &mut Vec<Mention>) {
        self.find_into(original, norm, out, &mut Vec::new(), &mut MatchScratch::default());
    }

    /// [`Matcher::find`], also appending to `cues` every whole-word occurrence of a cue phrase
    /// (by ascending start), with working memory kept from one text to the next in `scratch`.
    pub fn find_into(
        &self,
        original: &str,
        norm: &Normalized,
        out: &mut Vec<Mention>,
        cues: &mut Vec<CueAt>,
        scratch: &mut MatchScratch,
    ) {
        let text = norm.text.as_str();
        let candidates = &mut scratch.candidates;
        candidates.clear();
        self.whole_word_keys(text, |start, end, pattern| {
            let key = &self.keys[pattern];
            if let Some(cue) = key.cue {
                cues.push(CueAt { start, cue });
            }
            if key.candidates.is_empty() && !key.blocker {
                return;
            }
            let (os, oe) = (norm.original(start), norm.original(end));
            let Some(original_span) = original.get(os..oe) else {
                return;
            };
            if key.blocker {
                candidates.push(Candidate {
                    start,
                    end,
                    entity: None,
                    form: MentionForm::Name,
                    contextual: false,
                });
                return;
            }
            let fits = |a: &&Alias| {
                case_ok(&a.case, original_span)
                    && !(a.contextual && before_capitalised_word(&original[oe..]))
            };
            if let Some(alias) = key.candidates.iter().find(fits) {
                candidates.push(Candidate {
                    start,
                    end,
                    entity: Some(alias.entity),
                    form: alias.form,
                    contextual: alias.contextual,
                });
            }
        });
        // Leftmost, then longest; drop anything overlapping an earlier choice.
        // The keys arrive by start (`whole_word_keys`), each start's shortest first: only the
        // candidates of one start need ordering, which spares sorting the document's whole list
        // (1% of a run's instructions). No two candidates share a span (one key per text), so an
        // unstable sort is exact.
        if candidates.is_sorted_by_key(|c| c.start) {
            for same_start in candidates.chunk_by_mut(|a, b| a.start == b.start) {
                same_start.sort_unstable_by_key(|c| std::cmp::Reverse(c.end));
            }
        } else {
            candidates.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        }
        let mut last_end = 0usize;
        let first = out.len();
        // Indices into `out` of the contextual mentions (rare: most texts have none).
        let mut contextual: Vec<usize> = Vec::new();
        for (i, &c) in candidates.iter().enumerate() {
            if c.start < last_end || (c.contextual && outrun_by_a_name(&candidates[i + 1..], c.end))
            {
                continue;
            }
            last_end = c.end;
            let Some(entity) = c.entity else { continue };
            // A class named after the entity ("Dakar-class"); its first letter is tested here,
            // as almost no match is followed by a "c".
            if text.as_bytes().get(c.end + 1) == Some(&b'c')
                && names_a_class(c.form, original, norm, c.end)
                && !self.weapons.get(entity.index()).copied().unwrap_or(false)
            {
                continue;
            }
            // A generic noun one space after a named weapon it heads joins that mention.
            if let Some(named) = out[first..].last_mut() {
                if named.norm_end + 1 == c.start
                    && text.as_bytes()[named.norm_end] == b' '
                    && self.heads.heads(named.entity, entity)
                {
                    named.end = norm.original(c.end);
                    named.norm_end = c.end;
                    continue;
                }
            }
            if c.contextual {
                contextual.push(out.len());
            }
            out.push(Mention {
                entity,
                form: c.form,
                start: norm.original(c.start),
                end: norm.original(c.end),
                norm_start: c.start,
                norm_end: c.end,
                sentence: 0,
            });
        }
        if !contextual.is_empty() {
            drop_unnamed_contextual(out, first, &contextual);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, EntityKind};
    use crate::text::normalize;
    use std::collections::BTreeMap;

    fn entity(
        id: &str,
        name: &str,
        kind: EntityKind,
        aliases: &[&str],
        attrs: &[(&str, &str)],
    ) -> Entity {
        Entity {
            id: id.into(),
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    fn gazetteer() -> Gazetteer {
        Gazetteer::from_entities(vec![
            entity(
                "state:KP",
                "North Korea",
                EntityKind::State,
                &["DPRK", "Pyongyang", "~=the North", "~=The North"],
                &[("demonyms", "North Korean|North Koreans")],
            ),
            entity(
                "state:KR",
                "South Korea",
                EntityKind::State,
                &["ROK", "Seoul"],
                &[("demonyms", "South Korean")],
            ),
            entity(
                "state:US",
                "United States",
                EntityKind::State,
                &["US", "U.S.", "America"],
                &[("demonyms", "American")],
            ),
            entity(
                "state:IR",
                "Iran",
                EntityKind::State,
                &["Tehran", "~the Islamic Republic"],
                &[("demonyms", "Iranian|Iranians")],
            ),
            entity(
                "state:PK",
                "Pakistan",
                EntityKind::State,
                &["Islamic Republic of Pakistan"],
                &[],
            ),
            entity(
                "state:CN",
                "China",
                EntityKind::State,
                &["Beijing"],
                &[("demonyms", "Chinese")],
            ),
            entity("state:TR", "Turkey", EntityKind::State, &["Türkiye"], &[]),
            entity(
                "state:RU",
                "Russia",
                EntityKind::State,
                &["Moscow", "Kremlin"],
                &[("demonyms", "Russian")],
            ),
            entity(
                "person:kim-jong-un",
                "Kim Jong Un",
                EntityKind::Person,
                &["Kim Jong Eun"],
                &[("state", "state:KP")],
            ),
            entity("weapon:artillery", "artillery", EntityKind::Weapon, &[], &[]),
            entity(
                "weapon:artillery-shells",
                "artillery shells",
                EntityKind::Weapon,
                &["artillery shell"],
                &[],
            ),
            entity(
                "weapon:s-400",
                "S-400",
                EntityKind::Weapon,
                &[],
                &[("category", "air defense")],
            ),
            entity(
                "weapon:kn-23",
                "KN-23",
                EntityKind::Weapon,
                &[],
                &[("category", "ballistic missile"), ("origin", "state:KP")],
            ),
            entity(
                "weapon:ballistic-missiles",
                "ballistic missiles",
                EntityKind::Weapon,
                &["ballistic missile"],
                &[("category", "ballistic missile")],
            ),
            entity(
                "weapon:missiles",
                "missiles",
                EntityKind::Weapon,
                &["missile"],
                &[("category", "missile")],
            ),
        ])
        .unwrap()
    }

    fn ids(text: &str) -> Vec<(String, String)> {
        let g = gazetteer();
        let m = Matcher::new(&g).unwrap();
        let mut out = Vec::new();
        m.find(text, &normalize(text), &mut out);
        out.iter()
            .map(|x| (g.entity(x.entity).id.clone(), text[x.start..x.end].to_string()))
            .collect()
    }

    fn just_ids(text: &str) -> Vec<String> {
        ids(text).into_iter().map(|(id, _)| id).collect()
    }

    #[test]
    fn a_name_before_class_names_a_class_not_its_namesake() {
        assert_eq!(
            just_ids("Moscow-class and Beijing class ballistic missiles"),
            ["weapon:ballistic-missiles"]
        );
        // a weapon keeps its name; a demonym needs the hyphen
        assert_eq!(just_ids("S-400-class missiles"), ["weapon:s-400", "weapon:missiles"]);
        assert_eq!(just_ids("a Chinese class action; Chinese-class frigates"), ["state:CN"]);
        // a word that only begins with "class" ends no name
        assert_eq!(just_ids("Moscow classified it; Moscow, class"), ["state:RU", "state:RU"]);
    }

    #[test]
    fn a_generic_noun_right_after_a_named_weapon_of_its_category_is_part_of_its_name() {
        let kn23 = |span: &str| vec![("weapon:kn-23".to_string(), span.to_string())];
        assert_eq!(ids("sent KN-23 missiles"), kn23("KN-23 missiles"));
        assert_eq!(ids("sent KN-23 ballistic missiles"), kn23("KN-23 ballistic missiles"));
        // An air-defence system goes by its missiles (`MUNITION_HEADS`).
        assert_eq!(
            ids("sent S-400 missiles"),
            [("weapon:s-400".to_string(), "S-400 missiles".to_string())]
        );
        // Another category, a comma between, or the generic noun first: two mentions.
        assert_eq!(
            just_ids("sent S-400 ballistic missiles"),
            ["weapon:s-400", "weapon:ballistic-missiles"]
        );
        assert_eq!(just_ids("sent KN-23, missiles"), ["weapon:kn-23", "weapon:missiles"]);
        assert_eq!(just_ids("sent missiles KN-23"), ["weapon:missiles", "weapon:kn-23"]);
    }

    /// Every whole-word occurrence of a cue is reported with its index in the cue list, several
    /// at one start; a cue that is also an alias ("missiles") is still a mention.
    #[test]
    fn cues_are_reported_by_index_beside_the_mentions() {
        let g = gazetteer();
        let cues: Vec<String> =
            ["supply", "supply of", "missiles", "supply"].iter().map(|c| c.to_string()).collect();
        let m = Matcher::from_patterns(g.patterns(), g.blockers(), &cues).unwrap();
        let text = "The supply of missiles; resupply, supplying and supply.";
        let (norm, mut mentions, mut found) = (normalize(text), Vec::new(), Vec::new());
        m.find_into(text, &norm, &mut mentions, &mut found, &mut MatchScratch::default());
        let at = |word: &str, nth: usize| norm.text.match_indices(word).nth(nth).unwrap().0;
        let expected = [
            CueAt { start: at("supply", 0), cue: 0 },
            CueAt { start: at("supply", 0), cue: 1 },
            CueAt { start: at("missiles", 0), cue: 2 },
            CueAt { start: at("supply", 3), cue: 0 },
        ];
        assert_eq!(found, expected);
        let named: Vec<_> = mentions.iter().map(|x| g.entity(x.entity).id.as_str()).collect();
        assert_eq!(named, ["weapon:missiles"]);
    }

    #[test]
    fn longest_match_wins_and_south_is_not_north() {
        assert_eq!(just_ids("North Korea and South Korea"), ["state:KP", "state:KR"]);
        assert_eq!(just_ids("Korea alone matches nothing"), Vec::<String>::new());
    }

    #[test]
    fn boundary_failure_does_not_hide_a_shorter_match() {
        assert_eq!(
            ids("killed by artillery shelling"),
            [("weapon:artillery".into(), "artillery".into())]
        );
        assert_eq!(
            just_ids("artillery shells and ballistic missiles"),
            ["weapon:artillery-shells", "weapon:ballistic-missiles"]
        );
    }

    #[test]
    fn acronyms_need_their_case() {
        assert_eq!(just_ids("to us, Ukraine matters"), Vec::<String>::new());
        assert_eq!(just_ids("the US and the U.S. Treasury"), ["state:US", "state:US"]);
        assert_eq!(just_ids("focus on bonus"), Vec::<String>::new());
    }

    #[test]
    fn capitalised_aliases_need_a_capital() {
        assert_eq!(just_ids("fine china and a roast turkey"), Vec::<String>::new());
        assert_eq!(
            just_ids("China and Turkey; TURKEY in a headline"),
            ["state:CN", "state:TR", "state:TR"]
        );
    }

    #[test]
    fn contextual_aliases_name_only_what_the_text_names_otherwise() {
        // alone, "the North" is no one
        assert_eq!(ids("The North fired again."), vec![]);
        // named before or after, it is that state
        assert_eq!(
            ids("North Korea denied it. The North fired again."),
            vec![
                ("state:KP".into(), "North Korea".into()),
                ("state:KP".into(), "The North".into())
            ]
        );
        assert_eq!(
            ids("the North fired again, Pyongyang said"),
            vec![("state:KP".into(), "the North".into()), ("state:KP".into(), "Pyongyang".into())]
        );
        // the start of a longer name, or not capitalised, it is not
        assert_eq!(just_ids("DPRK ships crossed the North Atlantic."), vec!["state:KP"]);
        assert_eq!(just_ids("DPRK troops moved to the north of the country."), vec!["state:KP"]);
        // and the longer name's own alias still matches inside it
        assert_eq!(
            ids("DPRK said the North Korean army was ready."),
            vec![("state:KP".into(), "DPRK".into()), ("state:KP".into(), "North Korean".into())]
        );
        // a longer ordinary name that starts inside it wins, though it starts later
        assert_eq!(
            ids("Iran met envoys of the Islamic Republic of Pakistan."),
            vec![
                ("state:IR".into(), "Iran".into()),
                ("state:PK".into(), "Islamic Republic of Pakistan".into())
            ]
        );
        assert_eq!(just_ids("Tehran said the Islamic Republic would not yield."), ["state:IR"; 2]);
    }

    #[test]
    fn names_variants_and_possessives() {
        assert_eq!(just_ids("Kim Jong-un’s regime"), ["person:kim-jong-un"]);
        assert_eq!(just_ids("Kim Jong Un met Min Joo Kim"), ["person:kim-jong-un"]);
        assert_eq!(
            just_ids("Türkiye, Turkiye and Russia's Kremlin"),
            ["state:TR", "state:TR", "state:RU", "state:RU"]
        );
        assert_eq!(just_ids("an S-400 and an S 400"), ["weapon:s-400", "weapon:s-400"]);
    }

    #[test]
    fn demonyms_are_whole_words_only() {
        let g = gazetteer();
        let m = Matcher::new(&g).unwrap();
        let text = "Iranian drones, Iranians, but not Iranianism or Iran-made";
        let mut out = Vec::new();
        m.find(text, &normalize(text), &mut out);
        let got: Vec<(&str, MentionForm)> =
            out.iter().map(|x| (&text[x.start..x.end], x.form)).collect();
        assert_eq!(
            got,
            [
                ("Iranian", MentionForm::Demonym),
                ("Iranians", MentionForm::People),
                ("Iran", MentionForm::Name)
            ]
        );
    }

    #[test]
    fn blocking_phrases_win_longest_match_and_yield_nothing() {
        let g = gazetteer();
        let blockers = vec!["latin america".to_string(), "artillery shelling".to_string()];
        let m = Matcher::from_patterns(g.patterns(), &blockers, &[]).unwrap();
        let text = "Latin America, America and artillery shelling near artillery";
        let mut out = Vec::new();
        m.find(text, &normalize(text), &mut out);
        let got: Vec<&str> = out.iter().map(|x| &text[x.start..x.end]).collect();
        assert_eq!(got, ["America", "artillery"]);
        assert_eq!(out[1].start, text.rfind("artillery").unwrap());
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "“Pyongyang’s”\u{00A0}missile";
        for (_, s) in ids(text) {
            assert!(text.contains(&s));
        }
        assert_eq!(ids(text)[0].1, "Pyongyang");
        assert_eq!(ids(text)[1].1, "missile");
    }

    proptest::proptest! {
        /// Word-start anchored matching (one automaton per first byte) finds exactly the
        /// whole-word matches of a plain overlapping pass over every byte of one automaton: random mixes of aliases, parts of aliases, cues
        /// (one starting with a non-word character, one of one byte, one of three), blockers,
        /// punctuation, digits and non-ASCII letters.
        #[test]
        fn word_start_search_equals_a_filtered_full_scan(
            pieces in proptest::collection::vec(0usize..42, 0..60)
        ) {
            use aho_corasick::automaton::Automaton;
            const FRAGMENTS: [&str; 42] = [
                "north korea", "North Korean", "iran", "Iranian", "iranians", "US", "u.s.",
                "U.S.", "russia", "artillery", "artillery shells", "shelling", "S-400", "s 400",
                "kim jong un", "latin america", "supply", "supplied", "sanctions", "x.com", "'s",
                "\u{e9}", "\u{434}", "\u{d55c}\u{ad6d}", "1", "42", " ", "  ", ", ", "-", "'",
                ".", "a", "z", "nor", "th", "korea", "\u{2019}", "missile", "ballistic", "war",
                "wa",
            ];
            let text: String = pieces.iter().map(|&i| FRAGMENTS[i]).collect();
            let g = gazetteer();
            let cues =
                ["supply", "supplied", "sanctions", ".com", "'s", "z", "war"].map(String::from);
            let blockers = vec!["latin america".to_string()];
            // On three threads: the automata do not depend on how many built them.
            let m = Matcher::compile(g.patterns(), &blockers, &cues, 3).unwrap();
            let norm = normalize(&text).text;
            let mut anchored = Vec::new();
            m.whole_word_keys(&norm, |start, end, key| anchored.push((start, end, key)));
            // One automaton of all the keys, in the order whose indices the matcher reports.
            let keys = Matcher::keys(g.patterns(), &blockers, &cues);
            let all = aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .build(keys.iter().map(|(text, _)| text))
                .unwrap();
            let mut scanned: Vec<(usize, usize, usize)> = all
                .try_find_overlapping_iter(aho_corasick::Input::new(norm.as_str()))
                .unwrap()
                .filter(|x| is_whole_word(&norm, x.start(), x.end()))
                .map(|x| (x.start(), x.end(), x.pattern().as_usize()))
                .collect();
            proptest::prop_assert!(anchored.windows(2).all(|w| w[0].0 <= w[1].0), "by start");
            anchored.sort_unstable();
            scanned.sort_unstable();
            proptest::prop_assert_eq!(anchored, scanned, "{:?}", norm);
        }
    }
}
