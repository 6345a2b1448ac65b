//! Relation extraction: a sentence, its mentions and the [`Rules`] → typed [`Relation`]s.
//!
//! Each sentence becomes a token sequence in which every mention is one token. A rule is anchored
//! at a verb or noun of its class and matched left to right; between elements, words of the `skip`
//! list and adverbs are passed over. For each anchor the rule binding most slots wins. Then come
//! modality (NegEx-style cues with a scope that ends at `scope-end` words), attribution, retyping
//! by object (send troops → deploys), and document context (a missing party taken from an earlier
//! relation of the same document). Reads the matcher's output ([`Matched`]: mentions, and the
//! trigger words found in the same pass, so sentences without one are skipped). Depends on
//! `gazetteer`, `rules`, `model`, `text` and `matcher`.

use crate::gazetteer::Gazetteer;
use crate::matcher::{CueAt, Matched};
use crate::model::{
    Doc, EntityIx, EntityKind, Item, Mention, MentionForm, Modality, Relation, RelationType,
};
use crate::rules::{Element, Phrase, Rule, Rules, Step};
use crate::text::{is_whole_word, Normalized, Sentence, ASCII_ALNUM};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use rustc_hash::FxHashMap;
use smallvec::{smallvec, SmallVec};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// How many sentences back a missing party may be looked up.
const CONTEXT_WINDOW: usize = 3;

/// How many sentences back an anaphor ("it", "the country", "he") may find its referent.
const ANAPHORA_WINDOW: usize = 2;
/// Fillers passed over between two pattern elements.
const MAX_FILLERS: usize = 5;
/// Longest aside in parentheses passed over as a filler, in tokens.
const MAX_ASIDE_TOKENS: usize = 6;
/// Longest relative aside between commas ("who asked not to be named") whose cues the claim
/// after it does not take, in tokens.
const MAX_RELATIVE_ASIDE_TOKENS: usize = 12;
/// Longest items list scanned, in tokens.
const MAX_ITEMS_TOKENS: usize = 40;
/// Words of a list member the gazetteer does not know ("spare parts") an items list may take
/// before the rule's next word.
const MAX_LOOSE_WORDS: usize = 3;
/// Words that start a clause rather than continue a list after "and" (read by id: see
/// [`FIXED_WORDS`]).
const CLAUSE_WORDS: &[&str] = &[
    "also", "are", "be", "been", "can", "could", "did", "do", "does", "had", "has", "have", "he",
    "i", "is", "it", "later", "may", "might", "must", "now", "said", "say", "says", "she",
    "should", "still", "that", "then", "they", "told", "was", "we", "were", "which", "who", "will",
    "would", "you",
];
/// The auxiliaries among the clause words.
const AUXILIARIES: &[&str] = &[
    "are", "be", "been", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may",
    "might", "must", "should", "was", "were", "will", "would",
];
/// Words after which a verb stands in its bare form: modals, "do" and the negators.
const BARE_VERB_LEADERS: &[&str] = &[
    "can", "could", "did", "do", "does", "may", "might", "must", "never", "not", "should", "will",
    "would",
];
/// How many adverbs may stand between "and" and the verb of a new predicate ("and then later
/// sent"; which words they are, `is_adverb_after_and` says).
const MAX_ADVERBS_AFTER_AND: usize = 2;
/// The clause words that may still lead to a noun after a list separator ("tanks, then drones",
/// "that equipment"): the rest (auxiliaries, pronouns, "which", "said") start a clause.
const NOUN_LEADING_CLAUSE_WORDS: &[&str] = &["also", "later", "now", "still", "that", "then"];
/// Forms of "be" that make a participle after them passive ("has been given", "was sent").
const PASSIVE_AUXILIARIES: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];
/// Adverbs that may stand between a passive auxiliary and its participle ("was reportedly
/// sent"), besides words in -ly.
const PASSIVE_ADVERBS: &[&str] =
    &["again", "already", "also", "even", "just", "never", "not", "now", "since", "soon", "still"];
/// Every word of the fixed lists above (but [`NOUN_LEADING_CLAUSE_WORDS`], read only after a
/// clause word), sorted. [`Lexicon::new`] interns them first, in this order, so a word's
/// classes are a table read by its id ([`class_at`]), not a binary search over strings at every
/// word the rules pass.
const FIXED_WORDS: [&str; 48] = [
    "again", "already", "also", "are", "be", "been", "being", "can", "could", "did", "do", "does",
    "even", "had", "has", "have", "he", "i", "is", "it", "just", "later", "may", "might", "must",
    "never", "not", "now", "said", "say", "says", "she", "should", "since", "soon", "still",
    "that", "then", "they", "told", "was", "we", "were", "which", "who", "will", "would", "you",
];
/// The id of [`FIXED_WORDS`]' first word: after the three words [`Lexicon::new`] interns
/// before them.
const FIRST_FIXED_ID: u32 = 3;
/// A word's classes, one bit per fixed list: [`CLAUSE_WORDS`].
const CLAUSE_WORD: u8 = 1;
/// [`AUXILIARIES`].
const AUXILIARY: u8 = 1 << 1;
/// [`BARE_VERB_LEADERS`].
const BARE_VERB_LEADER: u8 = 1 << 2;
/// [`PASSIVE_AUXILIARIES`].
const PASSIVE_AUXILIARY: u8 = 1 << 3;
/// [`PASSIVE_ADVERBS`].
const PASSIVE_ADVERB: u8 = 1 << 4;

/// Whether two strings are equal, where `==` cannot run (in a constant).
const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Each fixed list with the class its words have.
const FIXED_LISTS: [(&[&str], u8); 5] = [
    (CLAUSE_WORDS, CLAUSE_WORD),
    (AUXILIARIES, AUXILIARY),
    (BARE_VERB_LEADERS, BARE_VERB_LEADER),
    (PASSIVE_AUXILIARIES, PASSIVE_AUXILIARY),
    (PASSIVE_ADVERBS, PASSIVE_ADVERB),
];

/// Each fixed word's classes, computed when compiling: a list's word missing from
/// [`FIXED_WORDS`] fails the build rather than losing its class.
const FIXED_CLASSES: [u8; FIXED_WORDS.len()] = {
    let mut classes = [0u8; FIXED_WORDS.len()];
    let mut l = 0;
    while l < FIXED_LISTS.len() {
        let (list, class) = FIXED_LISTS[l];
        let mut w = 0;
        while w < list.len() {
            let mut f = 0;
            while f < FIXED_WORDS.len() && !same_str(FIXED_WORDS[f], list[w]) {
                f += 1;
            }
            assert!(f < FIXED_WORDS.len(), "a word of a fixed list is missing from FIXED_WORDS");
            classes[f] |= class;
            w += 1;
        }
        l += 1;
    }
    classes
};

/// The classes of the word at token `k` (bits such as [`AUXILIARY`]); none for any other token,
/// whose id is no fixed word's.
fn class_at(tokens: &[Token], k: usize) -> u8 {
    tokens
        .get(k)
        .and_then(|t| t.id.checked_sub(FIRST_FIXED_ID))
        .and_then(|i| FIXED_CLASSES.get(i as usize))
        .copied()
        .unwrap_or(0)
}

/// Words that may follow an object pronoun standing for items, as they end the object
/// ("sent them to", "sold it last year", "passed them on to") (sorted: binary search).
const AFTER_OBJECT_PRONOUN: &[&str] = &[
    "abroad",
    "across",
    "after",
    "again",
    "along",
    "and",
    "as",
    "at",
    "away",
    "back",
    "before",
    "but",
    "by",
    "during",
    "earlier",
    "for",
    "from",
    "in",
    "instead",
    "into",
    "last",
    "later",
    "near",
    "next",
    "off",
    "on",
    "onto",
    "or",
    "out",
    "over",
    "overseas",
    "since",
    "soon",
    "then",
    "this",
    "through",
    "to",
    "today",
    "too",
    "under",
    "until",
    "via",
    "with",
    "within",
    "without",
    "yesterday",
];
/// Modifier words allowed between a quantity and its item ("of mixed", "of the same").
const MAX_QUANTITY_MODIFIERS: usize = 2;
/// How far before a demonym of the items a count of them is looked for ("as many as 300
/// Iranian drones").
const QUANTITY_REACH: usize = 6;
/// Words of time and place that end the search for a count before a demonym: the number after
/// them is a date ("in 2022", "since 2014", "by 2030").
const NOT_BEFORE_A_COUNT: &[&str] =
    &["after", "at", "before", "by", "during", "from", "in", "on", "since", "until"];
/// Participles that, after a list of actors and before a preposition, describe the actors
/// rather than start a clause of their own ("Syria and Iran based on…", "groups backed by…").
const ACTOR_PARTICIPLES: &[&str] = &[
    "based", "linked", "allied", "aligned", "backed", "armed", "related", "located", "involved",
    "combined", "accused", "named", "listed",
];
/// How far before the anchor a rule may start, in tokens.
const MAX_LEFT_SPAN: usize = 16;
/// How far before a relation a modality cue still counts, in tokens.
const CUE_WINDOW: usize = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok<'t> {
    Word(&'t str),
    Num,
    /// Index into the sentence's mentions.
    Ent(usize),
    Poss,
    Punct(char),
}

#[derive(Debug, Clone, Copy)]
struct Token<'t> {
    tok: Tok<'t>,
    /// The word's id in the [`Lexicon`]; [`UNKNOWN`] for a word of no rule list and none of
    /// [`FIXED_WORDS`] (whose ids [`class_at`] reads); for a name,
    /// [`NAME`] or [`DEMONYM`] if it names a side, [`ITEM`] if a weapon's after the first token,
    /// else UNKNOWN.
    id: u32,
    /// Whether a hyphen joins the word to a name right before it ("U.S.-made"): a compound's
    /// part, where a space would make "made" a verb ("Iran made drones"). False elsewhere.
    hyphened: bool,
    /// Normalised byte span.
    start: usize,
    end: usize,
}

impl<'t> Token<'t> {
    /// A token as the tokenizer makes it; [`Token::hyphened`] is read later, from the original
    /// text, and only after a name.
    fn new(tok: Tok<'t>, id: u32, start: usize, end: usize) -> Self {
        Token { tok, id, hyphened: false, start, end }
    }
}

/// Hashes word ids (small integers) with one multiplication: SipHash is needless here.
#[derive(Debug, Clone, Copy, Default)]
struct IdHash;

impl std::hash::BuildHasher for IdHash {
    type Hasher = IdHasher;
    fn build_hasher(&self) -> IdHasher {
        IdHasher(0)
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Rules anchored on the same element (the same verb class, noun class, word list or literal
/// phrases), in rule order: their anchor lists are the same, so one reading serves them all.
#[derive(Debug, Clone)]
struct AnchorGroup {
    rules: Vec<usize>,
}

/// Lists keyed by word id, packed one after another and found by offset: one bounds check and
/// two loads per lookup, where a hash map of lists costs a hash, a probe and a pointer chase.
/// Looked up for every token of every sentence the rules read. Ids past the last key (unknown
/// words, placeholders) have empty lists.
#[derive(Debug, Clone, Default)]
struct ListsById<T> {
    /// `offsets[id]..offsets[id + 1]` is the range of `items` listed for `id`.
    offsets: Box<[u32]>,
    items: Box<[T]>,
}

impl<T> ListsById<T> {
    /// Packs `lists` (id → list; empty lists may be left out).
    fn new(mut lists: Vec<(u32, Vec<T>)>) -> Self {
        lists.sort_by_key(|&(id, _)| id);
        let ids = lists.last().map_or(0, |&(id, _)| id as usize + 1);
        let mut offsets = Vec::with_capacity(ids + 1);
        let mut items = Vec::new();
        let mut lists = lists.into_iter().peekable();
        for id in 0..ids {
            // A list per rule and anchor word at most: far fewer than 2^32 items.
            offsets.push(items.len() as u32);
            while let Some((_, list)) = lists.next_if(|&(key, _)| key as usize == id) {
                items.extend(list);
            }
        }
        offsets.push(items.len() as u32);
        ListsById { offsets: offsets.into(), items: items.into() }
    }

    /// The list of `id` (empty for ids never listed).
    #[inline]
    fn get(&self, id: u32) -> &[T] {
        let id = id as usize;
        match (self.offsets.get(id), self.offsets.get(id + 1)) {
            (Some(&from), Some(&to)) => &self.items[from as usize..to as usize],
            _ => &[],
        }
    }
}

fn steps_of(steps: &[Vec<Option<PhraseIndex>>], rule: usize, step: usize) -> Option<&PhraseIndex> {
    steps.get(rule)?.get(step)?.as_ref()
}

/// Word ids: every word of every rule list, interned once, so that matching compares integers.
#[derive(Debug, Clone)]
struct Lexicon {
    /// FxHash: looked up once per word of every tokenised sentence.
    ids: FxHashMap<Box<str>, u32>,
    /// The same ids for words of at most eight bytes, keyed by their bytes packed into an
    /// integer (most words are short): no string hashing or comparison on the hot path.
    short: FxHashMap<u64, u32>,
    /// What stops the gaps of cue-bearing lists ([`GapStops::CuesAndClauses`]): cues and clause
    /// words, see [`Lexicon::stop_gaps_at`].
    cue_stops: Stops,
    /// What stops every gap ([`GapStops::Clauses`]): words and phrases that end a clause.
    clause_stops: Stops,
}

/// Where a gap stops: at a word of `words` anywhere, and at a phrase of `phrases` (two words or
/// more, by first word) only where it is read whole. So "in exchange for" stops a gap but not
/// every "in" ("signed a deal in 2022 to"), and "reports of" one but not "reports say".
#[derive(Debug, Clone, Default)]
struct Stops {
    words: WordSet,
    /// The first words of `phrases`: most tokens open none, and a bit answers that.
    openers: WordSet,
    phrases: Arc<FxHashMap<u32, Vec<Box<[u32]>>>>,
}

impl Stops {
    fn add(&mut self, words: &[u32]) {
        match words {
            [] => {}
            [word] => self.words.insert(*word),
            [first, ..] => {
                self.openers.insert(*first);
                Arc::make_mut(&mut self.phrases).entry(*first).or_default().push(words.into())
            }
        }
    }

    /// Whether the gap stops at token `k`.
    fn at(&self, tokens: &[Token], k: usize) -> bool {
        let id = tokens[k].id;
        self.words.contains(id)
            || self.openers.contains(id)
                && self
                    .phrases
                    .get(&id)
                    .is_some_and(|phrases| phrases.iter().any(|p| reads_whole(p, tokens, k)))
    }
}

/// Which words stop a list's gaps (besides actors and punctuation, which stop every gap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GapStops {
    /// Words opening a cue or ending a clause: a signing's gap must not swallow the cue in
    /// "signed a possible deal to", or the phrase would hide it from the cue scans.
    CuesAndClauses,
    /// Words ending a clause only: for the filler lists, whose words the cue scans read anyway
    /// ("Poland signed a preliminary deal to buy…" is passed over, and "deal to" hedges it).
    Clauses,
}

/// A word of one to eight bytes as an integer, distinct for distinct words (zero padding cannot
/// collide: words hold no NUL byte).
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..bytes.len()].copy_from_slice(bytes);
    Some(u64::from_le_bytes(buf))
}

const POSS: u32 = 0;
const COMMA: u32 = 1;
const UNKNOWN: u32 = u32::MAX;
/// A phrase word `*` of a word list: a gap of up to [`GAP_WORDS`] words ("signed a * deal to"
/// reads "signed a $6 billion deal to"). No lexicon id reaches it.
const GAP: u32 = u32::MAX - 1;
/// The id of a weapon's name in a sentence: a gap passes over it ("signed a $2 billion arms deal
/// to"), as it passes over no actor's. No lexicon id reaches it.
const ITEM: u32 = u32::MAX - 2;
/// A phrase word `<name>` of a word list, and the id of a side's name in a sentence (a state,
/// person or organisation named by its name, not by a demonym): "awarded <name> * contract * to"
/// reads "awarded Lockheed Martin a contract to". No lexicon id reaches it.
const NAME: u32 = u32::MAX - 3;
/// A phrase word `<demonym>` of a word list, and the id of a side named by its demonym in a
/// sentence ("Russian", "Chinese"): "threatened * <demonym> * with" reads "threatened Chinese
/// banks with". No lexicon id reaches it.
const DEMONYM: u32 = u32::MAX - 4;
/// Most words one gap passes over: enough for an article and an amount ("an $800 million arms")
/// before a noun, too few to cross into another clause.
const GAP_WORDS: usize = 4;
/// Most words of an aside a gap ends in: its commas or brackets bound it, so it may be wider
/// than a bare gap ("a deal, worth an estimated $6 billion, to").
const ASIDE_WORDS: usize = 6;
/// Most tokens one gap spans: its words, then an aside and the two marks around it, each word
/// perhaps an amount of two tokens (see [`AMOUNT_SCALES`]).
const GAP_WIDEST: usize = 2 * (GAP_WORDS + ASIDE_WORDS) + 2;
/// Words that scale the number before them: the two make one amount, which a gap counts as one
/// word ("worth an estimated $6 billion" is four words, as "worth an estimated $6bn" is).
const AMOUNT_SCALES: &[&str] = &["thousand", "million", "billion", "trillion", "lakh", "crore"];
/// Currencies written as words after an amount, which they end ("6 billion euros" is one word
/// to a gap, as is "a 6 billion euro deal").
const CURRENCIES: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "pound", "yuan", "yen", "rubles", "ruble",
    "roubles", "rouble", "rupees", "rupee", "won", "zlotys", "zloty", "francs", "franc", "dirhams",
    "riyals", "shekels",
];

impl Lexicon {
    fn new() -> Lexicon {
        let mut lexicon = Lexicon {
            ids: FxHashMap::default(),
            short: FxHashMap::default(),
            cue_stops: Stops::default(),
            clause_stops: Stops::default(),
        };
        // Interned first, so they get the ids the tokenizer gives them.
        for (word, id) in [("'s", POSS), (",", COMMA)] {
            let interned = lexicon.intern(word);
            debug_assert_eq!(interned, id);
        }
        // "and" opens clause phrases only ("and then", "and began"), but a gap reads within one
        // phrase ("an $800 million arms"), and "and" joins two: it stops every gap.
        let and = lexicon.intern("and");
        lexicon.cue_stops.words.insert(and);
        lexicon.clause_stops.words.insert(and);
        for (i, word) in FIXED_WORDS.iter().enumerate() {
            let interned = lexicon.intern(word);
            debug_assert_eq!(interned, FIRST_FIXED_ID + i as u32);
        }
        lexicon
    }

    fn intern(&mut self, word: &str) -> u32 {
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(word.into()).or_insert(next);
        if let Some(key) = packed(word) {
            self.short.insert(key, id);
        }
        id
    }

    /// Gaps stop at each of `phrases` read whole, up to its first gap: a gap in "signed a *
    /// deal to" must not pass over a cue ("signed a possible deal to") or a clause word.
    /// `kind` is the narrowest kind of list whose gaps stop there: a clause phrase
    /// ([`GapStops::Clauses`]) stops every gap, a cue only those of cue-bearing lists.
    fn stop_gaps_at<'p>(&mut self, phrases: impl IntoIterator<Item = &'p Phrase>, kind: GapStops) {
        for phrase in phrases {
            let words: Vec<u32> =
                phrase.iter().take_while(|w| *w != "*").map(|w| self.phrase_word(w)).collect();
            self.cue_stops.add(&words);
            if kind == GapStops::Clauses {
                self.clause_stops.add(&words);
            }
        }
    }

    /// The id of a word of a list's phrase: a gap, `<name>` and `<demonym>` have ids of their
    /// own.
    fn phrase_word(&mut self, word: &str) -> u32 {
        match word {
            "*" => GAP,
            "<name>" => NAME,
            "<demonym>" => DEMONYM,
            _ => self.intern(word),
        }
    }

    fn get(&self, word: &str) -> u32 {
        let found = match packed(word) {
            Some(key) => self.short.get(&key),
            None => self.ids.get(word),
        };
        found.copied().unwrap_or(UNKNOWN)
    }

    /// [`Lexicon::get`] of `text[start..end]`. A short word with eight bytes of text from its
    /// start is read as one integer, its bytes past the word masked off (what [`packed`] makes
    /// of it), without copying it out first.
    fn get_span(&self, text: &str, start: usize, end: usize) -> u32 {
        let len = end - start;
        match crate::text::eight_bytes_at(text.as_bytes(), start) {
            Some(chunk) if (1..=8).contains(&len) => {
                let key = chunk & (u64::MAX >> (8 * (8 - len)));
                self.short.get(&key).copied().unwrap_or(UNKNOWN)
            }
            _ => self.get(&text[start..end]),
        }
    }
}

/// A list of phrases indexed by first word: finding the longest phrase at a token is a hash
/// lookup and a few integer comparisons, not a scan of the list.
#[derive(Debug, Clone, Default)]
struct PhraseIndex {
    by_first: PhrasesByFirst,
    /// Words in the longest phrase, each gap counted at its widest.
    longest: usize,
    /// Some phrase holds a gap, so a longer phrase is no longer a longer match.
    gapped: bool,
    /// What a gap does not pass over: what ends a clause, and for most lists a cue (see
    /// [`GapStops`]).
    stops: Stops,
}

impl PhraseIndex {
    fn build<'p>(
        phrases: impl IntoIterator<Item = &'p Phrase>,
        lexicon: &mut Lexicon,
        stops: GapStops,
    ) -> PhraseIndex {
        let mut compiled = Vec::new();
        let mut longest = 0;
        let mut gapped = false;
        for phrase in phrases {
            let ids: Box<[u32]> = phrase.iter().map(|w| lexicon.phrase_word(w)).collect();
            let gaps = ids.iter().filter(|&&id| id == GAP).count();
            gapped |= gaps > 0;
            longest = longest.max(ids.len() + gaps * (GAP_WIDEST - 1));
            if !ids.is_empty() {
                compiled.push(ids);
            }
        }
        let by_first = PhrasesByFirst::new(compiled);
        let stops = match (gapped, stops) {
            (false, _) => Stops::default(),
            (true, GapStops::CuesAndClauses) => lexicon.cue_stops.clone(),
            (true, GapStops::Clauses) => lexicon.clause_stops.clone(),
        };
        PhraseIndex { by_first, longest, gapped, stops }
    }

    /// Whether some phrase starts with word `id`.
    fn may_start(&self, id: u32) -> bool {
        self.by_first.opens(id)
    }

    /// End token of the longest phrase starting at token `i`. Inlined: most calls are misses,
    /// answered by one bit.
    #[inline]
    fn longest_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let first = tokens.get(i)?.id;
        if !self.may_start(first) {
            return None;
        }
        self.longest_starting(tokens, i, first)
    }

    /// End token of the longest phrase of two or more words whose first word is token `i` and
    /// whose rest is read from token `rest` on: a phrase with words between its first and the rest.
    fn longest_split_at(&self, tokens: &[Token], i: usize, rest: usize) -> Option<usize> {
        let first = tokens.get(i)?.id;
        if !self.may_start(first) {
            return None;
        }
        let candidates = self.by_first.get(first)?;
        self.longest_reading(
            candidates.may_go_on(tokens, rest).filter(|p| p.len() > 1).map(|p| &p[1..]),
            tokens,
            rest,
        )
    }

    #[inline(never)]
    fn longest_starting(&self, tokens: &[Token], i: usize, first: u32) -> Option<usize> {
        let candidates = self.by_first.get(first)?;
        self.longest_reading(candidates.may_go_on(tokens, i + 1), tokens, i)
    }

    /// End token of the longest of `phrases` (longest first) read from token `at`.
    #[inline]
    fn longest_reading<'p>(
        &self,
        mut phrases: impl Iterator<Item = &'p [u32]>,
        tokens: &[Token],
        at: usize,
    ) -> Option<usize> {
        if self.gapped {
            return phrases.filter_map(|p| self.gapped_end(p, tokens, at)).max();
        }
        phrases.find(|p| reads_whole(p, tokens, at)).map(|p| at + p.len())
    }

    /// End token of the longest reading of `phrase`, which may hold gaps, from token `i`.
    fn gapped_end(&self, phrase: &[u32], tokens: &[Token], i: usize) -> Option<usize> {
        match phrase.split_first() {
            None => Some(i),
            Some((&GAP, rest)) => {
                // A gap takes plain words, numbers and weapons only: no actor, no punctuation,
                // no stop. It ends at the first word that follows it in the phrase, so "won *
                // contract * to" reads "won a contract to supply shells to" to its first "to",
                // not on over the verb to the second.
                let ends_gap = rest.first().copied();
                let takes = |k: usize| {
                    let t = &tokens[k];
                    (matches!(t.tok, Tok::Word(_) | Tok::Num) || t.id == ITEM)
                        && Some(t.id) != ends_gap
                        && !self.stops.at(tokens, k)
                };
                // The tokens of the longest run from `from` the gap takes, of at most `most`
                // words, an amount's number and scale counted as one.
                let run = |from: usize, most: usize| {
                    let mut words = 0;
                    (from..tokens.len())
                        .take_while(|&k| {
                            words += usize::from(k == from || !amount_goes_on(tokens, k));
                            words <= most && takes(k)
                        })
                        .count()
                };
                let widest = run(i, GAP_WORDS);
                // The gap may end in an aside the gap would take, in commas or brackets: "struck
                // a deal, worth $6 billion, to buy", "signed a contract (its largest) to".
                let aside_end = |k: usize| {
                    let close = match tokens.get(k)?.tok {
                        Tok::Punct(',') => ',',
                        Tok::Punct('(') => ')',
                        _ => return None,
                    };
                    let end = k + 1 + run(k + 1, ASIDE_WORDS);
                    let closed = matches!(tokens.get(end)?.tok, Tok::Punct(c) if c == close);
                    (end > k + 1 && closed).then_some(end + 1)
                };
                // Only where the gap's words stop may a mark open an aside.
                (i..=i + widest)
                    .chain(aside_end(i + widest))
                    .filter_map(|start| self.gapped_end(rest, tokens, start))
                    .max()
            }
            Some((&word, rest)) => {
                (tokens.get(i)?.id == word).then(|| self.gapped_end(rest, tokens, i + 1))?
            }
        }
    }
}

/// The phrases of a [`PhraseIndex`] grouped by their first word, packed so that the lookup made
/// at nearly every token reads two places in memory: the bit and rank of the word, then its
/// phrases, side by side. (A hash map of boxed phrases cost a cache miss per hop, a third of
/// the search's time on the benchmark corpus.)
#[derive(Debug, Clone, Default)]
struct PhrasesByFirst {
    /// Per block of 64 word ids: a bit per word that opens some phrase, and how many words
    /// open phrases in the blocks before it. Most lookups are misses, answered by the bit;
    /// words interned after the index was built (and UNKNOWN) fall outside the blocks.
    blocks: Box<[(u64, u32)]>,
    /// Per opening word, in id order: where its phrases start in `packed`; one more at the end.
    starts: Box<[u32]>,
    /// Each opening word's phrases, longest first, each as its [`second_word`], its length and
    /// its words.
    packed: Box<[u32]>,
    /// The placeholders that open phrases (`<name>`, `<demonym>`: ids far above the lexicon's,
    /// which blocks would have to reach), with where their phrases lie in `packed`.
    placeholders: Box<[(u32, u32, u32)]>,
}

/// The smallest of the ids no lexicon word reaches ([`DEMONYM`], [`NAME`], [`ITEM`], [`GAP`],
/// [`UNKNOWN`]).
const FIRST_PLACEHOLDER: u32 = DEMONYM;

impl PhrasesByFirst {
    /// Packs `phrases` (none empty); of equal phrases of one first word, one is kept.
    fn new(mut phrases: Vec<Box<[u32]>>) -> PhrasesByFirst {
        // Stable: phrases of one first word and length keep their order.
        phrases.sort_by_key(|p| (p[0], std::cmp::Reverse(p.len())));
        phrases.dedup();
        let words_end = phrases.iter().map(|p| p[0]).filter(|&w| w < FIRST_PLACEHOLDER).max();
        let mut blocks = vec![(0u64, 0u32); words_end.map_or(0, |w| w as usize / 64 + 1)];
        let mut starts = Vec::new();
        let mut packed = Vec::new();
        // Sorted by first word, the placeholders' phrases come last.
        let mut placeholders: Vec<(u32, u32, u32)> = Vec::new();
        for (k, phrase) in phrases.iter().enumerate() {
            let first = phrase[0];
            if k == 0 || phrases[k - 1][0] != first {
                let at = packed.len() as u32;
                if first < FIRST_PLACEHOLDER {
                    blocks[first as usize / 64].0 |= 1 << (first % 64);
                    starts.push(at);
                } else {
                    match placeholders.last_mut() {
                        Some(previous) => previous.2 = at,
                        None => starts.push(at),
                    }
                    placeholders.push((first, at, at));
                }
            }
            packed.extend([second_word(phrase), phrase.len() as u32]);
            packed.extend_from_slice(phrase);
        }
        let end = packed.len() as u32;
        match placeholders.last_mut() {
            Some(last) => last.2 = end,
            None => starts.push(end),
        }
        let mut before = 0;
        for block in &mut blocks {
            block.1 = before;
            before += block.0.count_ones();
        }
        PhrasesByFirst {
            blocks: blocks.into(),
            starts: starts.into(),
            packed: packed.into(),
            placeholders: placeholders.into(),
        }
    }

    /// Whether some phrase starts with word `id`.
    #[inline]
    fn opens(&self, id: u32) -> bool {
        if id >= FIRST_PLACEHOLDER {
            return self.placeholders.iter().any(|p| p.0 == id);
        }
        self.blocks.get(id as usize / 64).is_some_and(|&(bits, _)| bits & (1 << (id % 64)) != 0)
    }

    /// The phrases that start with word `id`, longest first.
    #[inline]
    fn get(&self, id: u32) -> Option<Phrases<'_>> {
        if id >= FIRST_PLACEHOLDER {
            let &(_, start, end) = self.placeholders.iter().find(|p| p.0 == id)?;
            return Some(Phrases(&self.packed[start as usize..end as usize]));
        }
        let &(bits, before) = self.blocks.get(id as usize / 64)?;
        let bit = 1u64 << (id % 64);
        if bits & bit == 0 {
            return None;
        }
        let rank = (before + (bits & (bit - 1)).count_ones()) as usize;
        let range = self.starts[rank] as usize..self.starts[rank + 1] as usize;
        Some(Phrases(&self.packed[range]))
    }

    /// The words that open phrases, in id order.
    fn words(&self) -> impl Iterator<Item = u32> + '_ {
        let words = self.blocks.iter().enumerate().flat_map(|(b, &(bits, _))| {
            (0..64u32).filter(move |k| bits & (1 << k) != 0).map(move |k| b as u32 * 64 + k)
        });
        words.chain(self.placeholders.iter().map(|p| p.0))
    }

    /// Every phrase.
    fn phrases(&self) -> Phrases<'_> {
        Phrases(&self.packed)
    }
}

/// Packed phrases of a [`PhrasesByFirst`], longest first among those of one first word: a list
/// read at every word the matcher passes over ("," opens some forty skip phrases) mostly fails
/// at its second word, kept beside each phrase so that this is answered without reading the
/// phrase itself. (Binary searches on the second words measured slower: most words open a
/// handful of phrases.)
#[derive(Debug, Clone, Copy)]
struct Phrases<'a>(&'a [u32]);

impl<'a> Iterator for Phrases<'a> {
    /// A phrase's [`second_word`] and its words.
    type Item = (u32, &'a [u32]);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let [second, len, rest @ ..] = self.0 else { return None };
        let (phrase, after) = rest.split_at(*len as usize);
        self.0 = after;
        Some((*second, phrase))
    }
}

/// A phrase's second word; [`GAP`] for a gap there or for a phrase of one word, which any next
/// token may go on.
fn second_word(phrase: &[u32]) -> u32 {
    phrase.get(1).copied().unwrap_or(GAP)
}

impl<'a> Phrases<'a> {
    /// The phrases whose second word may be token `next` (not read past the sentence's end), in
    /// their order.
    #[inline]
    fn may_go_on(self, tokens: &[Token], next: usize) -> impl Iterator<Item = &'a [u32]> {
        let next = tokens.get(next).map_or(UNKNOWN, |t| t.id);
        self.filter(move |&(second, _)| second == GAP || second == next).map(|(_, phrase)| phrase)
    }
}

/// Whether token `k` (not the first) goes on the amount before it: a scale after its number, a
/// currency after its number or scale ("$6 billion", "6 billion euros", "6bn euros").
fn amount_goes_on(tokens: &[Token], k: usize) -> bool {
    // The tokenizer makes "6", "6.5" and "6bn" a number (not "6th").
    let before = tokens[k - 1].tok;
    let after_number = before == Tok::Num;
    match tokens[k].tok {
        Tok::Word(w) if AMOUNT_SCALES.contains(&w) => after_number,
        Tok::Word(w) if CURRENCIES.contains(&w) => {
            after_number || matches!(before, Tok::Word(s) if AMOUNT_SCALES.contains(&s))
        }
        _ => false,
    }
}

/// Whether the gapless phrase `words` is read whole from token `i`.
#[inline]
fn reads_whole(words: &[u32], tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i..i + words.len())
        .is_some_and(|span| words.iter().zip(span).all(|(w, t)| *w == t.id))
}

/// The word lists the extractor itself consults, compiled.
#[derive(Debug, Clone, Default)]
struct Lists {
    skip: PhraseIndex,
    boundary: PhraseIndex,
    negation: PhraseIndex,
    hedge: PhraseIndex,
    /// Hedge and negation cues that follow the claim ("…, which could not be verified", "… in a
    /// prisoner swap"); optional lists.
    hedge_after: PhraseIndex,
    negation_after: PhraseIndex,
    /// A side of the claim refusing it in a "but" clause after it ("asked Berlin for Taurus
    /// missiles, but Germany refused"). Optional.
    refusal_after: PhraseIndex,
    /// A side of the claim denying it there ("sent drones to Russia, but Tehran denies it").
    /// Optional.
    denial_after: PhraseIndex,
    /// Words that accuse ("accused", "blames"), the rules' `accuse` list: an aside that
    /// accuses its side reports a claim that side may answer.
    accuse: PhraseIndex,
    /// Cues in a supply's clause that the items were fired at the target, not handed over
    /// ("sent dozens of drones to Kyiv in an overnight attack"). Optional.
    attack: PhraseIndex,
    /// Verbs of using ("used", "fired"): an attack cue after one tells what was later done with
    /// the items ("drones Iran supplied to Russia have been used in attacks on Kyiv"), not that
    /// they were fired instead of supplied. Optional.
    attack_use: PhraseIndex,
    /// Words that aim a supply's items at a place named right after them ("sent drones at
    /// Kyiv", "toward Lviv", "against Ukrainian cities"): fired, not handed over. Optional.
    attack_aim: PhraseIndex,
    /// Purposes after a supply that make it a side moving its own forces ("sent two B-52 bombers
    /// to South Korea for joint drills"): a deployment, whatever the items. Optional.
    exercise: PhraseIndex,
    /// Words before an actor that make it the subject of a `to`-infinitive after it ("allowed
    /// Russia to deploy", "urged Germany to send"); a sentence-opening actor is one anyway
    /// (the headline's "Russia to deploy nuclear weapons in Belarus"). Optional.
    infinitive_subject: PhraseIndex,
    /// Words of stopping before an actor that make it the subject of a gerund after "from"
    /// ("blocked Estonia from sending howitzers"). Each is a negation cue too, which negates the
    /// act; the passive ("Estonia was blocked from sending") is read through `skip`. Optional.
    prevention: PhraseIndex,
    /// Measures one actor may take over from another ("sanctions"): their owner named before
    /// them is passed over, "Norway adopted EU sanctions against Russia". Optional.
    adoptable: PhraseIndex,
    /// Verbs by which an actor takes over another's measures ("adopted", "joined", "aligned
    /// with"): the measures' owner named after one is no party to the adopting. Optional.
    adopting: PhraseIndex,
    /// Negation cues that say an action ended ("lifted", "halted"); one negated in turn ("will
    /// not lift sanctions", "refused to halt deliveries") leaves the action going on. Optional.
    undoing: PhraseIndex,
    /// Words that name a group's members ("including", "such as"): a subject named by its
    /// examples, "Several European countries, including the Netherlands and Denmark, have
    /// delivered…", is those examples. Optional.
    examples: PhraseIndex,
    /// "by" before a gerund: the means of the clause's subject ("violated sanctions by selling
    /// shells"). Optional.
    means: PhraseIndex,
    /// Nouns for firms and other bodies that a country is the home of ("firms in China",
    /// "companies from Iran", "the junta in Mali"): that country may be a clause's subject.
    /// Optional.
    firms: PhraseIndex,
    /// Nouns for a place inside a state ("region", "port city"): "the Kursk region of Russia" and
    /// "the Russian region of Kursk" name Russia as a destination. Optional.
    places: PhraseIndex,
    /// A side's own land or bases ("territory", "soil"): after a demonym it stands for the
    /// state ("on Belarusian territory"). Optional.
    host_land: PhraseIndex,
    /// Waters named after a place ("the Luzon Strait", "the Kerch Strait"): after a place of the
    /// gazetteer they make it no destination. Optional.
    waters: PhraseIndex,
    /// Phrases that hold a cue word but cue nothing ("not only", "no doubt", "signed a deal
    /// to"): the cue scan passes over them (NegEx's pseudo-triggers). Optional.
    pseudo_cue: PhraseIndex,
    /// The pseudo-cue phrases that hold a name ("awarded <name> * contract * to"), with gaps
    /// that pass over cues: the holder still acts in "handed Rheinmetall a deal in principle to
    /// supply", which the hedge inside marks (the pseudo-cue stops at it, so it is read).
    held: PhraseIndex,
    /// Anaphors that open a sentence as its subject, by the kind of actor they refer to ("it",
    /// "the country"; "he", "she"; "the bloc"). Optional.
    anaphora_state: PhraseIndex,
    anaphora_person: PhraseIndex,
    anaphora_organization: PhraseIndex,
    /// Words that make the forces after them no forces ("sent captured soldiers back",
    /// "returned the bodies of soldiers"): an items list stops there. Optional.
    captive: PhraseIndex,
    /// What an inquiry, a report or a ban is about ("investigation", "report", "ban"): arms
    /// after one before any item are its topic, no items ("helped Peru with the investigation
    /// into drones"). Optional.
    topic: PhraseIndex,
    /// How a purchase was paid for ("with money", "with a loan", "funded by"): it ends an items
    /// list, so the side the money came from is no seller. Optional.
    funding: PhraseIndex,
    /// Modifiers that put the people after a demonym or a state's possessive outside the state
    /// ("Mexican cartel leaders", "Haiti's gang leaders"): the state is then no side. Optional.
    non_state: PhraseIndex,
    /// Words before forces that are trained, not stationed ("trained Ukrainian soldiers in
    /// Germany"): a rule anchored on forces does not read them. Optional.
    trainee: PhraseIndex,
    /// Nouns a weapon before them only modifies ("F-16 pilots", "missile warnings"): the weapon
    /// names no item. Optional.
    non_items: PhraseIndex,
    /// Verb words that are mostly nouns ("offer"): they count as verbs only in their bare form
    /// after a modal, "do", a negator or "to" ("will offer Iran jets", not "rejected the offer
    /// of jets"). Optional.
    bare_only: PhraseIndex,
    /// Words after items that take them away ("troops withdrawn from Syria"): the place they
    /// leave belongs to the items' phrase, not to the rule. Optional.
    departure: PhraseIndex,
    /// Every noun of the rules' noun classes ("sanctions", "deliveries"): an actor right before
    /// one modifies it ("UN sanctions") rather than standing as an object.
    rule_nouns: PhraseIndex,
    scope_end: PhraseIndex,
    /// Words that open a clause of its own after a cue ("may retaliate after Iran sent drones",
    /// "because"): a cue before one does not reach a claim after it, while the cues after a
    /// claim reach past one ("sent drones to Kyiv after midnight in an overnight attack").
    /// Optional.
    clause_openers: PhraseIndex,
    /// Words that open a sentence with a subordinate clause closed by a comma ("After Russia
    /// asked for talks, …"): the clause's cues are its own. Optional.
    sentence_openers: PhraseIndex,
    /// The finite forms of the rules' verbs ("supplies", "sent"): a verb in one of them after a
    /// conjunction starts a predicate of its own.
    finite_verbs: PhraseIndex,
    /// Past forms of common verbs outside the rules that spelling cannot tell ("saw", "got"):
    /// before a reduced relative they are the sentence's own verb. Optional.
    past_forms: PhraseIndex,
    attribution: PhraseIndex,
    reciprocal: PhraseIndex,
    ellipsis: PhraseIndex,
    heads: PhraseIndex,
    quantity: PhraseIndex,
    /// Forms of "be" and "become", for "was the first country to send". Optional.
    be: PhraseIndex,
    /// A rank among peers ("the first", "the only", "one of the few") and the peers' nouns
    /// ("country", "NATO members"): "Poland was the first NATO member to deliver jets" is
    /// Poland delivering them. Optional.
    ranks: PhraseIndex,
    peers: PhraseIndex,
    /// Standing before an actor ("senior", "high-ranking"), passed over after its count: "three
    /// senior Iranian officials". Optional.
    standing: PhraseIndex,
    /// Parts of a weapon ("engines", "spare parts", "components"): right after a weapon ("drone
    /// engines") or before "for" or "of" and it ("components for Shahed drones"), they are what
    /// moved. Optional.
    parts: PhraseIndex,
}

fn is_word_byte(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a hyphen joins tokens `a` and `b` in the original text: the normaliser writes it as
/// a space, since names are spelled either way.
fn hyphen_between(norm: &Normalized, original: &str, a: &Token, b: &Token) -> bool {
    a.end + 1 == b.start && norm.original_char(original, a.end).is_some_and(crate::text::is_dash)
}

/// The word at token `k`, if it is a word.
fn word_at<'t>(tokens: &[Token<'t>], k: usize) -> Option<&'t str> {
    match tokens.get(k).map(|t| t.tok) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    }
}

/// Whether the word at token `k` is an auxiliary ("were", "has", "will").
fn auxiliary_at(tokens: &[Token], k: usize) -> bool {
    class_at(tokens, k) & AUXILIARY != 0
}

/// End of the phrase of `list` that starts with an auxiliary two words before `k` and reads on
/// from `k` over the "not" or "never" between: "has not frozen" holds the cue "has frozen", the
/// negator's own cue, which a negator before it undoes.
fn negated_auxiliary_end(tokens: &[Token], k: usize, list: &PhraseIndex) -> Option<usize> {
    let aux = k.checked_sub(2)?;
    if !matches!(word_at(tokens, k - 1), Some("not" | "never")) || !auxiliary_at(tokens, aux) {
        return None;
    }
    list.longest_split_at(tokens, aux, k)
}

/// The character at byte `i` and its length, decoding only outside ASCII (most of the text).
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// Splits a normalised sentence into tokens, one per mention.
#[cfg(test)]
fn tokenize<'t>(
    text: &'t str,
    start: usize,
    end: usize,
    mentions: &[Mention],
    lexicon: &Lexicon,
) -> Vec<Token<'t>> {
    let mut tokens = Vec::new();
    tokenize_into(&mut tokens, text, start, end, mentions, lexicon);
    tokens
}

/// [`tokenize`] into a reused vector (cleared first).
fn tokenize_into<'t>(
    tokens: &mut Vec<Token<'t>>,
    text: &'t str,
    start: usize,
    end: usize,
    mentions: &[Mention],
    lexicon: &Lexicon,
) {
    tokens.clear();
    // The document's mentions are in text order: skip those of earlier sentences at once, not
    // one by one in every sentence (a long document has thousands).
    let mut next_mention = mentions.partition_point(|m| m.norm_start < start);
    let bytes = text.as_bytes();
    let mut i = start;
    while i < end {
        // Most of what lies between tokens is one space, where no token or mention starts.
        if bytes[i] == b' ' {
            i += 1;
            continue;
        }
        while next_mention < mentions.len() && mentions[next_mention].norm_start < i {
            next_mention += 1;
        }
        if let Some(m) = mentions.get(next_mention).filter(|m| m.norm_start == i) {
            tokens.push(Token::new(Tok::Ent(next_mention), UNKNOWN, i, m.norm_end));
            i = m.norm_end;
            next_mention += 1;
            continue;
        }
        let Some((c, len)) = char_at(text, i) else {
            break;
        };
        if c == '\'' {
            // Possessive after a word or name: "Russia's", "allies'".
            let rest = &text[i + 1..end];
            let follows_word = tokens
                .last()
                .is_some_and(|t| matches!(t.tok, Tok::Word(_) | Tok::Ent(_)) && t.end == i);
            let lone =
                |letter: char| rest.starts_with(letter) && !rest[1..].starts_with(is_word_byte);
            if follows_word && lone('s') {
                tokens.push(Token::new(Tok::Poss, POSS, i, i + 2));
                i += 2;
                continue;
            }
            if follows_word && lone('t') && split_negative_contraction(tokens, lexicon) {
                i += 2;
                continue;
            }
            i += 1;
            continue;
        }
        if is_word_byte(c) {
            let numeric = c.is_ascii_digit();
            let mut j = i;
            while j < end {
                // ASCII letters and digits (most of a word) without decoding.
                if ASCII_ALNUM[usize::from(bytes[j])] {
                    j += 1;
                    continue;
                }
                let Some((d, d_len)) = char_at(text, j) else { break };
                let ok = is_word_byte(d)
                    || (numeric
                        && matches!(d, ',' | '.')
                        && j + 1 < end
                        && bytes[j + 1].is_ascii_digit());
                if !ok {
                    break;
                }
                j += d_len;
            }
            // "cannot" is "can not" to every list, as "can't" is. (A negative ends in "t":
            // the test spares the call for most words.)
            let negative = match bytes[j - 1] {
                b't' => crate::text::split_negative(&text[i..j]),
                _ => None,
            };
            if let Some((can, not)) = negative {
                for (word, start, end) in [(can, i, j - not.len()), (not, j - not.len(), j)] {
                    tokens.push(Token::new(Tok::Word(word), lexicon.get(word), start, end));
                }
                i = j;
                continue;
            }
            // An ordinal ("16th") is no count: a word, passed over as "latest" is.
            let (tok, id) = if numeric && !is_numeral_ordinal(&text[i..j]) {
                (Tok::Num, UNKNOWN)
            } else {
                (Tok::Word(&text[i..j]), lexicon.get_span(text, i, j))
            };
            tokens.push(Token::new(tok, id, i, j));
            i = j;
            continue;
        }
        if matches!(c, ',' | ';' | ':' | '(' | ')' | '.' | '!' | '?' | '[' | ']') {
            let id = if c == ',' { COMMA } else { UNKNOWN };
            tokens.push(Token::new(Tok::Punct(c), id, i, i + len));
        }
        i += len;
    }
}

/// Splits a negative contraction the tokenizer has read up to its apostrophe ("didn" of
/// "didn't") into its verb and "not", as the lists spell them: "didn't send" is "did not send",
/// "won't" is "will not", "can't" is "can not". False (nothing changed) if the word before the
/// apostrophe ends in no "n" of a contraction. The "not" spans "n't".
fn split_negative_contraction<'t>(tokens: &mut Vec<Token<'t>>, lexicon: &Lexicon) -> bool {
    let Some(last) = tokens.last_mut() else { return false };
    let Tok::Word(word) = last.tok else { return false };
    let Some(verb) = word.strip_suffix('n').and_then(crate::text::contracted_verb) else {
        return false;
    };
    let not_start = last.end - 1;
    *last = Token {
        tok: Tok::Word(verb),
        id: lexicon.get(verb),
        start: last.start,
        end: not_start,
        ..*last
    };
    tokens.push(Token::new(Tok::Word("not"), lexicon.get("not"), not_start, not_start + 3));
    true
}

/// The comma that closes a participle opening the sentence ("Seeking an edge on the front,",
/// "Asked about the report,", "Facing possible sanctions,"). The participle's cues are its own:
/// the clause after the comma has a subject of its own, so "seeking" or "possible" there hedges
/// nothing in it. A claim inside the opener ("Asked whether Iran sent drones, …") keeps them.
fn participial_opener_end(tokens: &[Token]) -> Option<usize> {
    // Words in "-ing" or "-ed" that open a sentence but are no participle, and participles of
    // attribution, whose cues weigh the source of the claim ("Citing unconfirmed reports, …").
    const NOT_PARTICIPLES: &[&str] = &[
        "anything",
        "during",
        "everything",
        "nothing",
        "something",
        "according",
        "citing",
        "quoting",
    ];
    let start = tokens.iter().position(|t| !matches!(t.tok, Tok::Punct(_)))?;
    let participle = match tokens[start].tok {
        Tok::Word(word) => {
            // Headlines write "SEEKING": compare without case, on bytes (no char boundary).
            let ends_with = |suffix: &str| {
                let bytes = word.as_bytes();
                bytes.len() > suffix.len() + 1
                    && bytes[bytes.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
            };
            (ends_with("ing") || ends_with("ed"))
                && !NOT_PARTICIPLES.iter().any(|w| w.eq_ignore_ascii_case(word))
        }
        _ => false,
    };
    if !participle {
        return None;
    }
    (start + 1..tokens.len()).find(|&k| matches!(tokens[k].tok, Tok::Punct(',')))
}

/// Whether a sentence asks whether something is so ("Did Iran send missiles to Russia?"): then it
/// asserts nothing. A question that asks why or how presupposes the act ("Why did Iran send
/// missiles?"), so only one opening with an auxiliary counts.
fn is_yes_no_question(tokens: &[Token]) -> bool {
    let asks = matches!(tokens.last().map(|t| t.tok), Some(Tok::Punct('?')));
    asks && matches!(
        tokens.first().map(|t| t.tok),
        Some(Tok::Word(
            "did"
                | "does"
                | "do"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "may"
                | "might"
                | "must"
        ))
    )
}

/// Actors of one slot: one, or a short coordination, kept inline.
type Actors = SmallVec<[EntityIx; 4]>;
/// An item as the search binds it: the quantity is a span of the original text, turned into
/// a string only for the relations finally found (so bindings copy, never allocate).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ItemAt {
    entity: EntityIx,
    quantity: Option<TextSpan>,
    /// The parts of it that moved ("drone engines"), a span of the original text like the
    /// quantity.
    part: Option<TextSpan>,
    /// The demonym or maker's name modifying it in its phrase ("Turkish Bayraktars").
    owner: Option<EntityIx>,
}

/// A byte span of a document's original text, held in 32 bits: bindings are copied at every
/// step of the search, and with `usize` spans an item took 64 bytes instead of 36.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TextSpan {
    start: u32,
    end: u32,
}

impl TextSpan {
    /// The span `start..end`; none past the first 4 GB of a document (its quantity or part is
    /// then left unsaid rather than misplaced).
    fn of((start, end): (usize, usize)) -> Option<TextSpan> {
        Some(TextSpan { start: u32::try_from(start).ok()?, end: u32::try_from(end).ok()? })
    }

    fn text(self, original: &str) -> Option<&str> {
        original.get(self.start as usize..self.end as usize)
    }
}

/// Items of one slot, kept inline when few.
type Items = SmallVec<[ItemAt; 4]>;

/// What a pronoun standing for items refers to ([`Extractor::item_anaphor`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Antecedent {
    /// The weapon at this token, the last of those it stands for.
    Here(usize),
    /// The weapons the previous sentence ended with.
    Before,
}

/// Alternatives a step offers (end token and what it bound), kept inline when few.
type Alternatives<T> = SmallVec<[(usize, T); 4]>;

/// A match in progress. Cloned at every step of the backtracking search, so its slots live
/// inline (no heap allocation for the usual handful of actors and items).
#[derive(Debug, Clone, Default)]
struct Binding {
    source: Actors,
    target: Actors,
    items: Items,
    /// Token range the match covers.
    first: usize,
    last: usize,
    source_missing: bool,
    /// The token the rule is anchored at.
    anchor: usize,
    /// The source is the demonym or maker's name right before the items ("received Iranian
    /// drones"): then other owners in the list are sources of their own items.
    source_owns_items: bool,
    /// The source is the maker named before "-made" right before the items ("Russian-made
    /// S-400s"): a maker may be their supplier, never the one deploying them.
    source_makes_items: bool,
    /// Where the target came from: a side named as such, or the state of a place.
    target_from: TargetFrom,
    /// A possessive pronoun ("its", "their") an actor slot bound, which then stands for the
    /// rule's `'s` too.
    pronoun_at: Option<usize>,
}

/// How a target was read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum TargetFrom {
    /// A side named as such ("to Russia").
    #[default]
    Actor,
    /// A place named with its state ("to Rzeszow, Poland", "to the Kursk region of Russia").
    PlaceWithState,
    /// A place of the gazetteer's `places` file ("to Kursk"): a destination of forces, but no
    /// recipient of a supply, since arms sent to a city are as often fired at it ("Russia sent
    /// drones to Kharkiv") or passing through it (Rzeszow) as handed to its state.
    KnownPlace,
}

impl Binding {
    /// A place in the source's own state is no destination: "Russia stationed Iskander missiles
    /// in Kaliningrad" moves Russia's forces within Russia, a deployment to no other side.
    fn drop_own_place(&mut self) {
        if self.target_from != TargetFrom::Actor
            && !self.source.is_empty()
            && self.source == self.target
        {
            self.target.clear();
            self.target_from = TargetFrom::Actor;
        }
    }

    /// The actor slot a rule's `S` (`source`) or `T` binds.
    fn slot(&mut self, source: bool) -> &mut Actors {
        if source {
            &mut self.source
        } else {
            &mut self.target
        }
    }

    fn slots(&self) -> usize {
        usize::from(!self.source.is_empty())
            + usize::from(!self.target.is_empty())
            + usize::from(!self.items.is_empty())
    }
}

/// Everything about one sentence that matching needs.
struct SentenceView<'a, 't> {
    /// What fills the per-token tables that are filled on first use.
    extractor: &'a Extractor,
    tokens: &'a [Token<'t>],
    mentions: &'a [Mention],
    original: &'a str,
    norm: &'a Normalized,
    /// The actor that opened a recent sentence of the document as its subject: what "it", "the
    /// country" or "he" opening this one refers to ([`Extractor::anaphor_subject`]).
    previous_subject: Option<EntityIx>,
    /// The weapons that ended the previous sentence, for "them" with no weapon before it in
    /// this one ("Iran has built Shahed drones. It has sent them to Russia"); empty where this
    /// sentence has no "them" ([`Extractor::weapons_before`]).
    items_before: &'a [ItemAt],
    /// Per-token tables computed once per sentence (the search asks for the same tokens many
    /// times over).
    tables: &'a Tables,
}

/// Per-token facts of one sentence, in vectors reused from sentence to sentence.
#[derive(Debug, Default)]
struct Tables {
    /// The token after a filler starting here, filled on first use: the search asks about few
    /// of a sentence's tokens, and reading a filler takes a dozen lists.
    fillers: Vec<OnceCell<Option<usize>>>,
    /// Whether the token ends a clause.
    boundaries: Vec<bool>,
    /// Whether an items slot starting here can find a weapon (what [`Extractor::items_at`]
    /// needs to return anything), so hopeless starts are skipped.
    items_ahead: Vec<bool>,
    /// What an actor slot and an items slot starting here can bind, filled on first use: the
    /// rules anchored on one verb try the same slots at the same tokens over and over.
    actors: Vec<OnceCell<Alternatives<Actors>>>,
    /// Every items alternative, and how many of them reach the longest that may end a rule.
    items: Vec<OnceCell<(Alternatives<Items>, usize)>>,
    /// Where the words the rules need stand, for the rules' pre-checks ([`RuleNeeds`]).
    places: NeedPlaces,
}

/// Empties a per-token cache of [`Tables`] for a sentence of `tokens` tokens.
fn reset_cache<T>(cache: &mut Vec<OnceCell<T>>, tokens: usize) {
    cache.clear();
    cache.resize_with(tokens, OnceCell::new);
}

/// The extractor's working memory for one document, reused from sentence to sentence so that
/// the hot path allocates nothing per sentence.
#[derive(Debug, Default)]
struct Scratch<'t> {
    tokens: Vec<Token<'t>>,
    tables: Tables,
    /// (rule, anchor token) pairs to try.
    attempts: Vec<(usize, usize)>,
}

/// The extractor's working memory kept from one document to the next
/// ([`Extractor::extract_with`]), so that a worker stops allocating it once it has grown to the
/// longest sentence.
#[derive(Debug, Default)]
pub struct ExtractScratch {
    /// Always empty here: tokens borrow their document's text. Only the allocation is kept.
    tokens: Vec<Token<'static>>,
    tables: Tables,
    attempts: Vec<(usize, usize)>,
    /// What the rule search cost, rule by rule, when asked for ([`ExtractScratch::profiling`]).
    profile: Option<RuleProfile>,
}

impl ExtractScratch {
    /// Working memory that also keeps a [`RuleProfile`] of the documents extracted with it.
    pub fn profiling(rules: usize) -> ExtractScratch {
        ExtractScratch { profile: Some(RuleProfile::new(rules)), ..ExtractScratch::default() }
    }

    /// Lets go of the buffers (grown to a large document), keeping the profile.
    pub fn release(&mut self) {
        *self = ExtractScratch { profile: self.profile.take(), ..ExtractScratch::default() };
    }

    /// The profile kept so far, if profiling; it starts again empty.
    pub fn take_profile(&mut self) -> Option<RuleProfile> {
        let rules = self.profile.as_ref()?.costs.len();
        self.profile.replace(RuleProfile::new(rules))
    }
}

/// What the rule search cost, per rule (in rule-file order): the cost of a rule that rarely
/// matches is otherwise invisible, and a rule author adding one needs to see it. Only the search
/// proper is timed (a rule's steps tried from one anchor); what every sentence costs whatever
/// the rules (tokenising, the need checks) is not any rule's.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleProfile {
    costs: Vec<RuleCost>,
}

/// One rule's share of the search: counts are deterministic, the time is not.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleCost {
    /// Anchors the rule was tried at (those where the sentence had what the rule needs).
    pub attempts: u64,
    /// Attempts that bound the rule's steps (before readings compete for an anchor).
    pub matched: u64,
    /// Time spent in those attempts.
    pub nanos: u64,
}

impl RuleCost {
    fn add(&mut self, other: &RuleCost) {
        self.attempts += other.attempts;
        self.matched += other.matched;
        self.nanos += other.nanos;
    }
}

impl RuleProfile {
    /// An empty profile of `rules` rules.
    pub fn new(rules: usize) -> RuleProfile {
        RuleProfile { costs: vec![RuleCost::default(); rules] }
    }

    /// Each rule's cost, in rule-file order.
    pub fn costs(&self) -> &[RuleCost] {
        &self.costs
    }

    /// The whole search: every rule's cost added up.
    pub fn total(&self) -> RuleCost {
        let mut total = RuleCost::default();
        self.costs.iter().for_each(|cost| total.add(cost));
        total
    }

    /// Adds another profile of the same rules (a worker's) to this one.
    pub fn merge(&mut self, other: &RuleProfile) {
        if self.costs.len() < other.costs.len() {
            self.costs.resize(other.costs.len(), RuleCost::default());
        }
        for (mine, theirs) in self.costs.iter_mut().zip(&other.costs) {
            mine.add(theirs);
        }
    }

    fn record(&mut self, rule: usize, matched: bool, took: std::time::Duration) {
        if let Some(cost) = self.costs.get_mut(rule) {
            cost.attempts += 1;
            cost.matched += u64::from(matched);
            cost.nanos += u64::try_from(took.as_nanos()).unwrap_or(u64::MAX);
        }
    }
}

/// An empty token vector for another text, in the allocation of `tokens`: collecting an empty
/// vector's iterator into one of the same layout reuses its buffer, and converts no token.
// `filter_map` because no token can be converted: there are none, and none is made up.
#[allow(clippy::unnecessary_filter_map)]
fn recycle<'a, 'b>(mut tokens: Vec<Token<'a>>) -> Vec<Token<'b>> {
    tokens.clear();
    tokens.into_iter().filter_map(|_| None).collect()
}

impl SentenceView<'_, '_> {
    /// The byte span in the original text of tokens `from..to` (`to > from`, both in range).
    fn original_span(&self, from: usize, to: usize) -> (usize, usize) {
        (self.norm.original(self.tokens[from].start), self.norm.original(self.tokens[to - 1].end))
    }

    fn filler_at(&self, i: usize) -> Option<usize> {
        *self
            .tables
            .fillers
            .get(i)?
            .get_or_init(|| self.extractor.filler_at(self.tokens, self.mentions, i))
    }

    /// Whether a hyphen joins tokens `k` and `k + 1` in the original text.
    fn hyphen_joined(&self, k: usize) -> bool {
        match (self.tokens.get(k), self.tokens.get(k + 1)) {
            (Some(a), Some(b)) => hyphen_between(self.norm, self.original, a, b),
            _ => false,
        }
    }

    /// Whether the number at token `k` is part of a word, not a count: a model designation the
    /// gazetteer lacks ("Mi-171", "K-8") or a measure ("500-pound bombs", "30-mm shells").
    fn number_in_word(&self, k: usize) -> bool {
        let word = |j: usize| matches!(self.tokens.get(j).map(|t| t.tok), Some(Tok::Word(_)));
        // Words that make a count of the number ("100-odd tanks", "a 3,000-strong force").
        let counting = matches!(
            self.tokens.get(k + 1).map(|t| t.tok),
            Some(Tok::Word("plus" | "odd" | "strong"))
        );
        self.tokens.get(k).is_some_and(|t| t.tok == Tok::Num)
            && (k > 0 && word(k - 1) && self.hyphen_joined(k - 1)
                || word(k + 1) && !counting && self.hyphen_joined(k))
    }

    /// The token after a model designation the gazetteer lacks starting at `k` ("Mi-171",
    /// "K-8"), or `k` where none starts.
    fn past_designation(&self, k: usize) -> usize {
        let word = matches!(self.tokens.get(k).map(|t| t.tok), Some(Tok::Word(_)));
        if word && self.number_in_word(k + 1) && self.hyphen_joined(k) {
            k + 2
        } else {
            k
        }
    }

    fn is_boundary(&self, i: usize) -> bool {
        self.tables.boundaries.get(i).copied().unwrap_or(false)
    }

    /// The first token of the clause that `end` closes: the one after the last boundary before
    /// `end`, or the sentence's first.
    fn clause_start(&self, end: usize) -> usize {
        (0..end).rev().find(|&k| self.is_boundary(k)).map_or(0, |k| k + 1)
    }

    /// Where the subject of the clause that `end` closes would stand: its first token, past a
    /// leading "the".
    fn clause_subject_start(&self, end: usize) -> usize {
        let start = self.clause_start(end);
        start + usize::from(word_at(self.tokens, start) == Some("the"))
    }

    fn items_ahead(&self, i: usize) -> bool {
        self.tables.items_ahead.get(i).copied().unwrap_or(false)
    }
}

/// Whether a sentence has a weapon for the rules that need one, known beforehand where "them"
/// may stand for weapons of the previous sentence, else found when first asked.
fn weapon_known(items_before: bool) -> OnceCell<bool> {
    let cell = OnceCell::new();
    if items_before {
        let _ = cell.set(true);
    }
    cell
}

/// The comma closing a short phrase that opens the sentence before its subject, of words and
/// numbers only ("Last year,", "In 2020,", "However,"; no name, which may be the subject's).
fn fronted_phrase_comma(tokens: &[Token]) -> Option<usize> {
    const MAX_FRONTED_TOKENS: usize = 5;
    let comma =
        tokens.iter().take(MAX_FRONTED_TOKENS + 1).position(|t| t.tok == Tok::Punct(','))?;
    (comma > 0 && tokens[..comma].iter().all(|t| matches!(t.tok, Tok::Word(_) | Tok::Num)))
        .then_some(comma)
}

/// Whether "them" stands in a sentence's text as a word of its own (not at its start, where it
/// would be no object).
fn names_them(text: &str) -> bool {
    text.match_indices(" them")
        .any(|(at, _)| !text[at + 5..].starts_with(|c: char| c.is_alphanumeric() || c == '-'))
}

/// Whether a relative clause about what stands before the comma at `comma` opens there: ",
/// which" or ", who".
fn opens_relative(tokens: &[Token], comma: usize) -> bool {
    matches!(tokens.get(comma).map(|t| t.tok), Some(Tok::Punct(',')))
        && matches!(tokens.get(comma + 1).map(|t| t.tok), Some(Tok::Word("which" | "who")))
}

/// The end of "according to" at `at`: the attribution that names its source after it.
fn according_to_end(tokens: &[Token], at: usize) -> Option<usize> {
    (word_at(tokens, at) == Some("according") && word_at(tokens, at + 1) == Some("to"))
        .then_some(at + 2)
}

/// Whether a subject stands at `at`: an entity or a subject pronoun ("which Spain says it
/// armed": the clause after the report is its own).
fn subject_at(tokens: &[Token], at: usize) -> bool {
    matches!(
        tokens.get(at).map(|t| t.tok),
        Some(Tok::Ent(_) | Tok::Word("it" | "they" | "he" | "she" | "we" | "that"))
    )
}

/// Whether token `k` is the "to" or "into" of a destination, which a particle "on" before it
/// leads on to ("passed the jets on to Ukraine").
fn onward_at(tokens: &[Token], k: usize) -> bool {
    matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Word("to" | "into")))
}

/// Whether `tok` may be a verb's present form in "-s" ("halts", "plans"; not "press").
fn present_in_s(tok: Tok) -> bool {
    matches!(tok, Tok::Word(w) if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
}

/// Whether `token` is an article ("a", "an", "the").
fn is_article(token: Option<&Token>) -> bool {
    matches!(token.map(|t| t.tok), Some(Tok::Word("a" | "an" | "the")))
}

/// A preposition or conjunction: no modifier or head noun of a weapon ("for Leopard tanks to
/// Ukraine", "for tanks and howitzers").
fn is_function_word(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "across"
            | "after"
            | "against"
            | "amid"
            | "and"
            | "as"
            | "at"
            | "before"
            | "but"
            | "by"
            | "during"
            | "for"
            | "from"
            | "in"
            | "into"
            | "of"
            | "on"
            | "or"
            | "over"
            | "since"
            | "through"
            | "to"
            | "toward"
            | "towards"
            | "under"
            | "until"
            | "via"
            | "with"
            | "without"
    )
}

/// "1st", "16th", "22nd": digits and an ordinal suffix.
#[inline]
fn is_numeral_ordinal(word: &str) -> bool {
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// A relation as found in one sentence, before document context.
#[derive(Debug, Clone)]
struct Found {
    kind: RelationType,
    source: Option<EntityIx>,
    target: Option<EntityIx>,
    items: Vec<Item>,
    modality: Modality,
    cue: Option<String>,
    attribution: Option<String>,
    rule: String,
    reciprocal: bool,
    /// An actor stands before the anchor without being its source ("Washington warned Beijing
    /// against providing…"): the subject is in the sentence, so context must not supply one.
    actor_before_anchor: bool,
    /// The target is missing but the sentence names where the items went, a place that is no
    /// party ("moved Iskander missiles to Kaliningrad"): context must not supply one either.
    destination_named: bool,
}

/// A DFA over phrases of the rules file (these automata run over every byte of every
/// document, so the faster kind pays).
fn phrase_automaton(
    rules: &Rules,
    phrases: &[String],
    kind: MatchKind,
    what: &str,
) -> crate::Result<AhoCorasick> {
    AhoCorasick::builder().match_kind(kind).kind(Some(AhoCorasickKind::DFA)).build(phrases).map_err(
        |e| {
            crate::Error::config(
                crate::error::Location::file(&rules.path),
                format!("cannot compile {what}: {e}"),
            )
        },
    )
}

/// What is known of the previous sentence's reciprocity while extracting a document.
#[derive(Debug, Clone, Copy)]
enum Previous {
    Known(bool),
    /// Not read yet: its normalised byte span.
    Unread(usize, usize),
}

/// What `explain` shows about one sentence.
#[derive(Debug, Clone, Default)]
pub struct Explanation {
    pub tokens: Vec<String>,
    /// (rule id, anchor text, outcome)
    pub attempts: Vec<(String, String, String)>,
    pub cues: Vec<String>,
    /// (rule id, anchor text) of the `no TYPE:` rules that won at an anchor, which gave nothing.
    pub discarded: Vec<(String, String)>,
}

/// The compiled extractor: build once per run, share across threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    rules: Rules,
    /// Category of every entity (weapons), for retyping.
    categories: Vec<Option<String>>,
    /// Per entity: a weapon of a category that `[retype]` always moves (forces).
    retyping: Vec<bool>,
    /// Per entity: forces a demonym before them only gives the nationality of
    /// (`nationality-only`: "Cuban mercenaries" were not sent by Cuba).
    nationality_only: Vec<bool>,
    kinds: Vec<EntityKind>,
    states: Vec<Option<EntityIx>>,
    /// Whom each organ and office holder acts for ([`Gazetteer::acting_for`]).
    acting_for: Vec<Option<EntityIx>>,
    lexicon: Lexicon,
    /// The id of "them" in the lexicon: a sentence that holds it may speak of the weapons the
    /// previous one named.
    them: u32,
    lists: Lists,
    /// Per rule, per step: the compiled list of a verb, noun, word-list, literal or `!` step.
    steps: Vec<Vec<Option<PhraseIndex>>>,
    /// The `reciprocal` phrases as an automaton, for sentences that are not tokenised.
    reciprocal_text: AhoCorasick,
    /// Every anaphor of the `anaphora-*` lists, lowercased, to tell a sentence that opens with one
    /// before tokenising it.
    anaphora_text: Vec<String>,
    /// First word of an anchor phrase → the rules anchored on a phrase starting with it, in
    /// groups of rules with the same anchor (in rule order), so a sentence tries only the rules
    /// its words can anchor, and reads each anchor list once per token however many rules share
    /// it (dozens share a verb class such as `V:supply`).
    anchor_rules: ListsById<AnchorGroup>,
    /// The rules anchored on items of named categories (`S I:forces/troops in T`), in rule
    /// order, and per entity whether it is such an item: a sentence naming one is worth the
    /// rule search without any trigger phrase.
    item_anchor_rules: Vec<usize>,
    anchor_item: Vec<bool>,
    /// The words one of which must follow such items within a few words for any of those
    /// rules to match (the literal step after their anchor: "in" of `I:forces/troops in T`);
    /// None when some rule has no literal there. Spares tokenising the many sentences that
    /// merely name troops.
    item_anchor_next: Option<Vec<String>>,
    /// Per rule, what a sentence must contain for the rule to have a chance, and the word lists
    /// those needs name.
    needs: Vec<RuleNeeds>,
    need_lists: NeedLists,
    /// The phrases that anchor rules, sorted (the matcher's cue list: its cue indices point
    /// here), and per phrase whether some rule it anchors can match without a weapon.
    triggers: Vec<String>,
    weaponless_trigger: Vec<bool>,
    /// First and last words of every rule verb (any inflection), to tell clauses apart: an actor
    /// right after a verb is its object, and an actor followed by one starts a new clause.
    verb_first: WordSet,
    verb_last: WordSet,
    /// The places of the gazetteer by key ([`crate::gazetteer::place_key`]) → their state, and the most words a key has.
    places: HashMap<String, EntityIx>,
    place_words: usize,
}

/// The trigger phrases of one sentence: whether it has any, and whether one of them anchors a
/// rule that can match without a weapon.
#[derive(Debug, Clone, Copy, Default)]
struct Triggers {
    any: bool,
    weaponless: bool,
}

/// What a rule cannot match without: the first word of some phrase of each of its required word
/// steps, and a weapon when it requires items. Checked once per sentence and rule, it spares the
/// backtracking search most of the rules a trigger word anchors (a passive rule in a sentence
/// without "by", a `with` rule without "with").
#[derive(Debug, Clone, Default)]
struct RuleNeeds {
    /// Per required verb, noun, word-list and literal step other than the anchor (which is
    /// always present), in step order: the [`NeedLists`] id of the words its phrases start
    /// with. A step without phrases has an empty list, and its rule never matches.
    words: Vec<u32>,
    /// How many of `words` belong to steps before the anchor: the rule reads its steps left to
    /// right, so those must start before the anchor token and the rest after it.
    before_anchor: usize,
    items: bool,
    /// Whether a required items step comes before the anchor, and whether one comes after it:
    /// an items step binds a weapon, or "them" or "it" for one, inside its span, so the sentence
    /// must hold such a token on that side ([`NeedPlaces::items`]).
    items_before: bool,
    items_after: bool,
    /// The most slots (source, target, items) a binding of the rule can fill: one for each kind
    /// its steps name. A reading of its anchor that already fills as many cannot be bettered
    /// by this rule, which is then not tried there.
    slots: usize,
}

impl RuleNeeds {
    /// `pronouns` are the ids of the possessive pronouns, which an actor and its `'s` may be
    /// read as ([`Extractor::possessive_referent`]).
    fn of(
        rule: &Rule,
        steps: &[Option<PhraseIndex>],
        pronouns: &[u32],
        lists: &mut NeedLists,
    ) -> RuleNeeds {
        let required = |(si, step): &(usize, &Step)| *si != rule.anchor && !step.optional;
        let word_steps: Vec<usize> = rule
            .steps
            .iter()
            .enumerate()
            .filter(required)
            .filter(|(_, step)| {
                matches!(
                    step.element,
                    Element::Verb(_) | Element::Noun(_) | Element::Words(_) | Element::Literal(_)
                )
            })
            .map(|(si, _)| si)
            .collect();
        let before_anchor = word_steps.iter().filter(|&&si| si < rule.anchor).count();
        let words = word_steps
            .into_iter()
            .map(|si| {
                let mut firsts: Vec<u32> =
                    steps[si].iter().flat_map(|ix| ix.by_first.words()).collect();
                if firsts.contains(&POSS) && si > 0 && rule.steps[si - 1].element.is_actor() {
                    firsts.extend_from_slice(pronouns);
                }
                lists.intern(firsts)
            })
            .collect();
        let items_at: Vec<usize> = rule
            .steps
            .iter()
            .enumerate()
            .filter(required)
            .filter(|(_, step)| matches!(step.element, Element::Items))
            .map(|(si, _)| si)
            .collect();
        let items = !items_at.is_empty();
        let items_before = items_at.iter().any(|&si| si < rule.anchor);
        let items_after = items_at.iter().any(|&si| si > rule.anchor);
        let names = |wanted: fn(&Element) -> bool| rule.steps.iter().any(|s| wanted(&s.element));
        let slots = usize::from(names(|e| matches!(e, Element::Source)))
            + usize::from(names(|e| matches!(e, Element::Target)))
            + usize::from(names(|e| matches!(e, Element::Items)));
        RuleNeeds { words, before_anchor, items, items_before, items_after, slots }
    }

    /// Whether the sentence holds a word of each list the rule needs.
    fn met_by(&self, places: &NeedPlaces) -> bool {
        self.words.iter().all(|&list| places.contains(list))
    }

    /// Whether each needed word stands on the side of anchor token `anchor` where its step
    /// reads: a word of a step before the anchor somewhere before it, of a step after it
    /// somewhere after it; and so does something items may bind, where the rule needs items.
    /// Asked per attempt, once the sentence is known to hold the words.
    fn placed_around(&self, places: &NeedPlaces, anchor: usize) -> bool {
        let (before, after) = self.words.split_at(self.before_anchor);
        let (first_item, last_item) = places.items;
        (!self.items_before || (first_item as usize) < anchor)
            && (!self.items_after || last_item as usize > anchor)
            && before.iter().all(|&list| places.first_before(list, anchor))
            && after.iter().all(|&list| places.last_after(list, anchor))
    }
}

/// The distinct word lists of the rules' needs ([`RuleNeeds`]), each once: many rules need the
/// same step ("to|into", a verb class), and a sentence is checked against each list once rather
/// than once per rule and anchor.
#[derive(Debug, Clone, Default)]
struct NeedLists {
    /// Each list's words (sorted) → the list's id, while the rules are read; emptied by
    /// [`NeedLists::seal`].
    ids: HashMap<Box<[u32]>, u32>,
    /// Word id → the ids of the lists holding it.
    by_word: ListsById<u32>,
    count: usize,
}

impl NeedLists {
    /// The id of the list of `words` (in any order, repeats ignored).
    fn intern(&mut self, mut words: Vec<u32>) -> u32 {
        words.sort_unstable();
        words.dedup();
        let next = self.ids.len() as u32;
        *self.ids.entry(words.into_boxed_slice()).or_insert(next)
    }

    /// Packs the word → lists table once every rule's lists are in.
    fn seal(&mut self) {
        // In list order: `ListsById` joins a word's entries in the order given.
        let mut lists: Vec<(&[u32], u32)> =
            self.ids.iter().map(|(words, &list)| (&words[..], list)).collect();
        lists.sort_unstable_by_key(|&(_, list)| list);
        let by_word =
            lists.iter().flat_map(|&(words, list)| words.iter().map(move |&w| (w, vec![list])));
        self.by_word = ListsById::new(by_word.collect());
        self.count = self.ids.len();
        self.ids = HashMap::new();
    }
}

/// Where the first and the last word of each need list ([`NeedLists`]) stand in a tokenised
/// sentence: a small dense table by list id, reset list by list, so a sentence costs its own
/// length, and a rule's check costs one load per list it needs.
#[derive(Debug, Clone, Default)]
struct NeedPlaces {
    /// (first token, last token) per list id; `ABSENT` for lists with no word in the sentence.
    places: Vec<(u32, u32)>,
    /// The lists set for the current sentence, to reset before the next.
    present: Vec<u32>,
    /// (first token, last token) that an items step may bind: a weapon, or "them" or "it",
    /// which may stand for one; `ABSENT` when the sentence has none.
    items: (u32, u32),
}

impl NeedPlaces {
    const ABSENT: (u32, u32) = (u32::MAX, 0);

    /// `is_weapon` tells a weapon's mention (by its index) from an actor's.
    fn fill(&mut self, tokens: &[Token], lists: &NeedLists, is_weapon: impl Fn(usize) -> bool) {
        for &id in &self.present {
            self.places[id as usize] = Self::ABSENT;
        }
        self.present.clear();
        self.places.resize(lists.count, Self::ABSENT);
        self.items = Self::ABSENT;
        for (k, t) in tokens.iter().enumerate() {
            // Sentences are far shorter than 2^32 tokens.
            let k = u32::try_from(k).unwrap_or(u32::MAX - 1);
            let item = match t.tok {
                Tok::Ent(m) => is_weapon(m),
                Tok::Word(w) => matches!(w, "them" | "it"),
                _ => false,
            };
            if item {
                self.items.0 = self.items.0.min(k);
                self.items.1 = k;
            }
            for &list in lists.by_word.get(t.id) {
                let Some(place) = self.places.get_mut(list as usize) else { continue };
                if *place == Self::ABSENT {
                    self.present.push(list);
                    *place = (k, k);
                } else {
                    place.1 = k;
                }
            }
        }
    }

    /// Whether a word of list `id` is in the sentence.
    fn contains(&self, id: u32) -> bool {
        self.places.get(id as usize).is_some_and(|&place| place != Self::ABSENT)
    }

    /// Whether a word of list `id` stands before token `at`.
    fn first_before(&self, id: u32, at: usize) -> bool {
        self.places.get(id as usize).is_some_and(|&(first, _)| (first as usize) < at)
    }

    /// Whether a word of list `id` stands after token `at`.
    fn last_after(&self, id: u32, at: usize) -> bool {
        self.places.get(id as usize).is_some_and(|&(_, last)| last as usize > at)
    }
}

/// A set of word ids, one bit per id. The reserved ids at the top of the range ([`UNKNOWN`],
/// [`GAP`], [`ITEM`], [`NAME`], [`DEMONYM`]: a list's phrase may open with `<name>`) have bits of
/// their own, so that a set holding one does not span 2^32 bits (512 MB).
#[derive(Debug, Clone, Default)]
struct WordSet {
    words: Vec<u64>,
    reserved: u8,
}

/// The lowest of the reserved ids that [`WordSet`] keeps apart.
const FIRST_RESERVED: u32 = u32::MAX - 7;

impl WordSet {
    fn insert(&mut self, id: u32) {
        if id >= FIRST_RESERVED {
            self.reserved |= 1 << (id - FIRST_RESERVED);
            return;
        }
        let block = id as usize / 64;
        if self.words.len() <= block {
            self.words.resize(block + 1, 0);
        }
        self.words[block] |= 1 << (id % 64);
    }

    #[inline]
    fn contains(&self, id: u32) -> bool {
        if id >= FIRST_RESERVED {
            return self.reserved & (1 << (id - FIRST_RESERVED)) != 0;
        }
        self.words.get(id as usize / 64).is_some_and(|bits| bits & (1 << (id % 64)) != 0)
    }
}

impl Extractor {
    pub fn new(rules: Rules, gazetteer: &Gazetteer) -> crate::Result<Extractor> {
        let categories: Vec<Option<String>> =
            gazetteer.entities().iter().map(|e| e.attr("category").map(str::to_string)).collect();
        let retyped = |category: &str| {
            rules
                .retype
                .iter()
                .any(|r| !r.only_to_place && r.categories.iter().any(|c| c == category))
        };
        let retyping = categories.iter().map(|c| c.as_deref().is_some_and(retyped)).collect();
        let nationality_only = {
            let words: HashSet<String> =
                rules.list("nationality-only").iter().map(|p| p.join(" ")).collect();
            gazetteer
                .entities()
                .iter()
                .map(|e| {
                    e.kind == EntityKind::Weapon
                        && std::iter::once(&e.name)
                            .chain(&e.aliases)
                            .any(|n| words.contains(&n.to_lowercase()))
                })
                .collect()
        };
        let kinds = gazetteer.entities().iter().map(|e| e.kind).collect();
        let states = (0..gazetteer.len()).map(|i| gazetteer.state_of(EntityIx(i as u32))).collect();
        let acting_for =
            (0..gazetteer.len()).map(|i| gazetteer.acting_for(EntityIx(i as u32))).collect();
        let mut lexicon = Lexicon::new();
        let lists_named = |names: &'static [&str]| names.iter().flat_map(|name| rules.list(name));
        lexicon.stop_gaps_at(lists_named(&["boundary", "scope-end"]), GapStops::Clauses);
        lexicon.stop_gaps_at(
            lists_named(&["negation", "hedge", "gap-stop"]),
            GapStops::CuesAndClauses,
        );
        let list = |name: &str, lexicon: &mut Lexicon| {
            PhraseIndex::build(rules.list(name), lexicon, GapStops::CuesAndClauses)
        };
        let lists = Lists {
            skip: PhraseIndex::build(rules.list("skip"), &mut lexicon, GapStops::Clauses),
            boundary: list("boundary", &mut lexicon),
            negation: list("negation", &mut lexicon),
            hedge: list("hedge", &mut lexicon),
            hedge_after: list("hedge-after", &mut lexicon),
            negation_after: list("negation-after", &mut lexicon),
            refusal_after: list("refusal-after", &mut lexicon),
            denial_after: list("denial-after", &mut lexicon),
            accuse: list("accuse", &mut lexicon),
            attack: list("attack", &mut lexicon),
            attack_use: list("attack-use", &mut lexicon),
            attack_aim: list("attack-aim", &mut lexicon),
            exercise: list("exercise", &mut lexicon),
            infinitive_subject: list("infinitive-subject", &mut lexicon),
            prevention: list("prevention", &mut lexicon),
            adoptable: list("adoptable", &mut lexicon),
            adopting: list("adopting", &mut lexicon),
            undoing: list("undoing", &mut lexicon),
            examples: list("examples", &mut lexicon),
            means: list("means", &mut lexicon),
            firms: list("firms", &mut lexicon),
            places: list("places", &mut lexicon),
            host_land: list("host-land", &mut lexicon),
            waters: list("waters", &mut lexicon),
            captive: list("captive", &mut lexicon),
            topic: list("topic", &mut lexicon),
            funding: list("funding", &mut lexicon),
            non_state: list("non-state", &mut lexicon),
            trainee: list("trainee", &mut lexicon),
            non_items: list("non-items", &mut lexicon),
            bare_only: list("bare-only-verbs", &mut lexicon),
            departure: list("departure", &mut lexicon),
            pseudo_cue: list("pseudo-cue", &mut lexicon),
            held: PhraseIndex::build(
                rules.list("pseudo-cue").iter().filter(|p| p.iter().any(|w| w == "<name>")),
                &mut lexicon,
                GapStops::Clauses,
            ),
            anaphora_state: list("anaphora-state", &mut lexicon),
            anaphora_person: list("anaphora-person", &mut lexicon),
            anaphora_organization: list("anaphora-organization", &mut lexicon),
            rule_nouns: PhraseIndex::build(
                rules.nouns.values().flatten(),
                &mut lexicon,
                GapStops::CuesAndClauses,
            ),
            scope_end: list("scope-end", &mut lexicon),
            clause_openers: list("clause-openers", &mut lexicon),
            sentence_openers: list("sentence-openers", &mut lexicon),
            finite_verbs: PhraseIndex::build(
                rules.finite_verb_forms(),
                &mut lexicon,
                GapStops::CuesAndClauses,
            ),
            past_forms: list("past-forms", &mut lexicon),
            attribution: list("attribution", &mut lexicon),
            reciprocal: list("reciprocal", &mut lexicon),
            ellipsis: list("ellipsis", &mut lexicon),
            heads: list("actor-heads", &mut lexicon),
            quantity: list("quantity", &mut lexicon),
            be: list("be", &mut lexicon),
            ranks: list("ranks", &mut lexicon),
            peers: list("peers", &mut lexicon),
            standing: list("standing", &mut lexicon),
            parts: list("parts", &mut lexicon),
        };
        let steps: Vec<Vec<Option<PhraseIndex>>> = rules
            .rules
            .iter()
            .map(|rule| {
                rule.steps
                    .iter()
                    .map(|step| {
                        // A gap's stops may come from several lists (`...!W:topic|deploying`).
                        let phrases: Option<Vec<&Phrase>> = match &step.element {
                            Element::Verb(c) => rules.verbs.get(c).map(|v| v.iter().collect()),
                            Element::Noun(c) => rules.nouns.get(c).map(|n| n.iter().collect()),
                            Element::Words(c) => Some(rules.list(c).iter().collect()),
                            Element::Literal(alts) | Element::Not(alts) => {
                                Some(alts.iter().collect())
                            }
                            Element::Gap(Some(lists)) => {
                                Some(lists.iter().flat_map(|c| rules.list(c)).collect())
                            }
                            _ => None,
                        };
                        phrases
                            .map(|p| PhraseIndex::build(p, &mut lexicon, GapStops::CuesAndClauses))
                    })
                    .collect()
            })
            .collect();
        let reciprocal_phrases: Vec<String> =
            rules.list("reciprocal").iter().map(|p| p.join(" ")).collect();
        let reciprocal_text = phrase_automaton(
            &rules,
            &reciprocal_phrases,
            MatchKind::Standard,
            "the reciprocal phrases",
        )?;
        let anaphora_text: Vec<String> =
            ["anaphora-state", "anaphora-person", "anaphora-organization"]
                .iter()
                .flat_map(|name| rules.list(name).iter().map(|p| p.join(" ")))
                .collect();
        let mut anchor_rules: HashMap<u32, Vec<AnchorGroup>, IdHash> = HashMap::default();
        let item_anchor_rules: Vec<usize> =
            (0..rules.rules.len()).filter(|&ri| rules.rules[ri].anchored_on_items()).collect();
        let anchor_item: Vec<bool> = categories
            .iter()
            .map(|c| {
                c.is_some()
                    && item_anchor_rules
                        .iter()
                        .any(|&ri| rules.rules[ri].reads_category(c.as_deref()))
            })
            .collect();
        let item_anchor_next: Option<Vec<String>> = item_anchor_rules
            .iter()
            .map(|&ri| {
                let rule = &rules.rules[ri];
                match rule.steps.get(rule.anchor + 1) {
                    Some(Step { element: Element::Literal(alts), optional: false }) => {
                        Some(alts.iter().filter_map(|p| p.first().cloned()).collect::<Vec<_>>())
                    }
                    _ => None,
                }
            })
            .collect::<Option<Vec<Vec<String>>>>()
            .map(|words| words.concat());
        let anchor_of = |ri: usize| &rules.rules[ri].steps[rules.rules[ri].anchor].element;
        for (ri, rule) in rules.rules.iter().enumerate() {
            let anchor = anchor_of(ri);
            for word in steps_of(&steps, ri, rule.anchor).iter().flat_map(|ix| ix.by_first.words())
            {
                let groups = anchor_rules.entry(word).or_default();
                match groups.iter_mut().find(|g| anchor_of(g.rules[0]) == anchor) {
                    Some(group) => group.rules.push(ri),
                    None => groups.push(AnchorGroup { rules: vec![ri] }),
                }
            }
        }
        let possessive_pronouns = POSSESSIVE_PRONOUNS.map(|w| lexicon.intern(w));
        let them = lexicon.intern("them");
        let mut need_lists = NeedLists::default();
        let needs: Vec<RuleNeeds> = rules
            .rules
            .iter()
            .zip(&steps)
            .map(|(rule, steps)| RuleNeeds::of(rule, steps, &possessive_pronouns, &mut need_lists))
            .collect();
        need_lists.seal();
        let triggers = rules.trigger_phrases();
        let mut weaponless_trigger = vec![false; triggers.len()];
        for (rule, needs) in rules.rules.iter().zip(&needs) {
            if !needs.items {
                for phrase in rules.anchor_phrases(rule) {
                    if let Ok(i) = triggers.binary_search(&phrase) {
                        weaponless_trigger[i] = true;
                    }
                }
            }
        }
        let mut verb_first = WordSet::default();
        let mut verb_last = WordSet::default();
        for (rule, compiled) in rules.rules.iter().zip(&steps) {
            for (step, index) in rule.steps.iter().zip(compiled) {
                let (Element::Verb(_), Some(index)) = (&step.element, index) else { continue };
                for (_, phrase) in index.by_first.phrases() {
                    if let (Some(&first), Some(&last)) = (phrase.first(), phrase.last()) {
                        verb_first.insert(first);
                        verb_last.insert(last);
                    }
                }
            }
        }
        let places: HashMap<String, EntityIx> =
            gazetteer.place_keys().map(|(key, place)| (key.to_string(), place.state)).collect();
        let place_words = places.keys().map(|k| k.split(' ').count()).max().unwrap_or(0);
        Ok(Extractor {
            them,
            places,
            place_words,
            needs,
            need_lists,
            triggers,
            weaponless_trigger,
            rules,
            categories,
            retyping,
            nationality_only,
            kinds,
            states,
            acting_for,
            lexicon,
            lists,
            steps,
            reciprocal_text,
            anaphora_text,
            anchor_rules: ListsById::new(anchor_rules.into_iter().collect()),
            item_anchor_rules,
            anchor_item,
            item_anchor_next,
            verb_first,
            verb_last,
        })
    }

    pub fn rules(&self) -> &Rules {
        &self.rules
    }

    /// The phrases that can anchor a rule, in the order the matcher must be given them (the cue
    /// indices of [`Matched`] point into it): only sentences with one are worth the rule search.
    pub fn trigger_phrases(&self) -> Vec<String> {
        self.triggers.clone()
    }

    /// Whether some rule may match in a sentence with these triggers and mentions. Without a
    /// trigger none can; nor can any when every rule the triggers anchor needs a weapon among
    /// its items and the sentence names none. Such sentences are not tokenised (on the benchmark
    /// corpus, the weapon test spares 82k of the 289k sentences that were). Items that anchor
    /// rules of their own (`I:forces/troops`) make a sentence worth the search without a
    /// trigger, where the word their rules need next follows them closely.
    fn may_anchor(&self, triggers: Triggers, mentions: &[Mention], norm_text: &str) -> bool {
        triggers.any && (triggers.weaponless || mentions.iter().any(|m| self.is_weapon(m.entity)))
            || !self.item_anchor_rules.is_empty()
                && mentions.iter().any(|m| {
                    self.anchor_item[m.entity.index()] && self.item_anchor_next_near(norm_text, m)
                })
    }

    /// Whether a word that may follow an anchoring item stands among the three words after
    /// the mention `m` (fillers may come between: "troops are still in").
    fn item_anchor_next_near(&self, norm_text: &str, m: &Mention) -> bool {
        let Some(next) = &self.item_anchor_next else { return true };
        norm_text
            .get(m.norm_end..)
            .unwrap_or_default()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(|w| next.iter().any(|n| w.eq_ignore_ascii_case(n)))
    }

    /// Whether the token at `a` is an item that anchors the rule `ri` (`I:forces/troops`).
    fn item_anchors(
        &self,
        view_tokens: &[Token],
        mentions: &[Mention],
        ri: usize,
        a: usize,
    ) -> bool {
        let Some(Tok::Ent(m)) = view_tokens.get(a).map(|t| t.tok) else { return false };
        let entity = mentions[m].entity;
        self.anchor_item[entity.index()]
            && self.rules.rules[ri].reads_category(self.categories[entity.index()].as_deref())
    }

    /// Why a binding is none the rule may stand on, if it is not; the rule then leaves its
    /// anchor to the next rule. A rule that reads only items of named categories needs one of
    /// them ("Russian warships arrived in Havana" is a visit, `S I:naval V:arrive`; "Iranian
    /// drones arrived in Russia" is for the rule after it), and a rule of deployments cannot
    /// stand on a maker as its source ("the Italian-built frigate arrived in Egypt": a maker
    /// may be the supplier, never the one deploying). The reason is what `kgraph explain` shows.
    fn binding_misfit(&self, rule: &Rule, binding: &Binding) -> Option<&'static str> {
        let reads_some = rule.only_items.is_empty()
            || binding.items.is_empty()
            || binding
                .items
                .iter()
                .any(|i| rule.reads_category(self.categories[i.entity.index()].as_deref()));
        if !reads_some {
            Some("the items are of none of the rule's `I:` categories")
        } else if rule.kind == RelationType::Deploys && binding.source_makes_items {
            Some("the source is the items' maker, which never deploys them")
        } else {
            None
        }
    }

    /// Whether a `trainee` phrase ends at `first` or up to two words before it ("trained
    /// Ukrainian soldiers", "the training of 5,000 Ukrainian soldiers").
    fn trained_before(&self, tokens: &[Token], first: usize) -> bool {
        (first.saturating_sub(6)..first).any(|k| {
            self.phrase_at(tokens, k, &self.lists.trainee)
                .is_some_and(|end| end <= first && first - end <= 2)
        })
    }

    /// The anchor tokens of item-anchored rules: each item of their categories that does not
    /// follow another in the same list ("troops and marines in Chad" is one reading, at
    /// "troops").
    fn item_anchor_tokens<'a>(
        &'a self,
        tokens: &'a [Token],
        mentions: &'a [Mention],
    ) -> impl Iterator<Item = usize> + 'a {
        let item = move |k: usize| match tokens[k].tok {
            Tok::Ent(m) => self.anchor_item[mentions[m].entity.index()],
            _ => false,
        };
        (0..tokens.len()).filter(move |&a| item(a) && !(a.saturating_sub(3)..a).any(item))
    }

    /// What trigger phrases each sentence holds, from the matcher's cues.
    fn sentence_triggers(&self, cues: &[CueAt], norm_spans: &[(usize, usize)]) -> Vec<Triggers> {
        let mut found = vec![Triggers::default(); norm_spans.len()];
        let mut si = 0usize;
        for cue in cues {
            while si < norm_spans.len() && norm_spans[si].1 <= cue.start {
                si += 1;
            }
            if si < norm_spans.len() && norm_spans[si].0 <= cue.start {
                found[si].any = true;
                found[si].weaponless |=
                    self.weaponless_trigger.get(cue.cue as usize).copied().unwrap_or(true);
            }
        }
        found
    }

    /// Extracts the relations of one document from its matched text (mentions sorted, with
    /// sentence indices; cues from a matcher built with [`Extractor::trigger_phrases`]).
    pub fn extract(&self, doc: &Doc, matched: &Matched) -> Vec<Relation> {
        self.extract_with(doc, matched, &mut ExtractScratch::default())
    }

    /// [`Extractor::extract`] with working memory kept from one document to the next.
    pub fn extract_with(
        &self,
        doc: &Doc,
        matched: &Matched,
        kept: &mut ExtractScratch,
    ) -> Vec<Relation> {
        let original = doc.text.as_str();
        let Matched { norm, sentences, mentions, cues, .. } = matched;
        let norm_spans = norm.spans_from_original(sentences);
        let triggers = self.sentence_triggers(cues, &norm_spans);
        let mut out: Vec<Relation> = Vec::new();
        // Complete, asserted relations of this document.
        let mut recent: Vec<Relation> = Vec::new();
        // Whether the previous sentence speaks of reciprocity ("in return"): known for sentences
        // that were tokenised, otherwise found on demand (rarely needed, so not scanned ahead).
        let mut previous = Previous::Known(false);
        let mut m0 = 0usize;
        let mut subject: Option<(usize, EntityIx)> = None;
        // The last sentence that opened with an actor, whether or not it acted in a relation.
        let mut opener: Option<(usize, EntityIx)> = None;
        let mut scratch = Scratch {
            tokens: recycle(std::mem::take(&mut kept.tokens)),
            tables: std::mem::take(&mut kept.tables),
            attempts: std::mem::take(&mut kept.attempts),
        };
        let mut items_before = Items::new();
        for (si, sentence) in sentences.iter().enumerate() {
            // The mentions of the previous sentence are those between the previous m0 and the
            // new one.
            let previous_m0 = m0;
            while m0 < mentions.len() && mentions[m0].sentence < si {
                m0 += 1;
            }
            let mut m1 = m0;
            while m1 < mentions.len() && mentions[m1].sentence == si {
                m1 += 1;
            }
            let sentence_mentions = &mentions[m0..m1];
            // What a sentence opening with "it" or "the country" refers to: the subject of a
            // recent sentence that opened with an actor acting in one of its relations ("Iran
            // shipped drones to Russia. Ukraine shot them down. It also sent missiles": Iran),
            // or, when none did, the actor that opened a recent sentence ("Iran has become
            // Russia's main partner. It has sent hundreds of drones": Iran).
            // A subject of an earlier paragraph gives way to a later opener: a new paragraph
            // opening "Putin met Lukashenko. He sent…" is about Putin, whoever acted before it.
            let recent_enough = |&(at, _): &(usize, EntityIx)| si - at <= ANAPHORA_WINDOW;
            let paragraph_since = |at: usize| {
                opener.is_some_and(|(o, _)| {
                    o > at && original[sentences[at].end..sentences[o].start].contains('\n')
                })
            };
            let previous_subject = subject
                .filter(recent_enough)
                .filter(|&(at, _)| !paragraph_since(at))
                .or(opener.filter(recent_enough))
                .map(|(_, e)| e);
            let opening = self.opening_actor(original, sentence, sentence_mentions);
            if let Some(entity) = opening {
                opener = Some((si, entity));
            }
            let (ns, ne) = norm_spans[si];
            let previous_mentions = &mentions[previous_m0..m0];
            // "them" may stand for weapons the previous sentence named ("… drones. It has sent
            // them to Russia"): asked only where the sentence has no weapon of its own.
            let anchored = self.may_anchor(triggers[si], sentence_mentions, &norm.text)
                || triggers[si].any
                    && previous_mentions.iter().any(|m| self.is_weapon(m.entity))
                    && names_them(&norm.text[ns..ne]);
            // A sentence without an actor may still name one by an anaphor ("It also sent
            // missiles").
            if !anchored
                || !(sentence_mentions.iter().any(|m| self.kinds[m.entity.index()].is_actor())
                    || previous_subject.is_some()
                        && self.opens_with_anaphor(&original[sentence.start..sentence.end]))
            {
                previous = Previous::Unread(ns, ne);
                continue;
            }
            self.tokenize_sentence(
                &mut scratch.tokens,
                norm,
                original,
                (ns, ne),
                sentence_mentions,
            );
            items_before.clear();
            if scratch.tokens.iter().any(|t| t.id == self.them) {
                items_before = self.weapons_before(previous_mentions, &norm.text);
            }
            scratch.tables.places.fill(&scratch.tokens, &self.need_lists, |m| {
                self.is_weapon(sentence_mentions[m].entity)
            });
            if !self.may_relate(
                &scratch.tokens,
                sentence_mentions,
                &scratch.tables.places,
                !items_before.is_empty(),
            ) {
                previous =
                    Previous::Known(self.has_phrase(&scratch.tokens, &self.lists.reciprocal));
                continue;
            }
            let mut view = self.sentence_view(
                &scratch.tokens,
                sentence_mentions,
                original,
                norm,
                &items_before,
                &mut scratch.tables,
            );
            view.previous_subject = previous_subject;
            let reciprocal_here = self.has_phrase(view.tokens, &self.lists.reciprocal);
            let mut found =
                self.sentence_relations(&view, &mut scratch.attempts, kept.profile.as_mut(), None);
            fold_partial_relations(&mut found);
            for f in found {
                let mut relation = Relation {
                    doc: doc.id.clone(),
                    date: doc.date.clone(),
                    url: doc.url.clone(),
                    sentence: si,
                    start: sentence.start,
                    end: sentence.end,
                    text: original[sentence.start..sentence.end].to_string(),
                    kind: f.kind,
                    source: f.source,
                    target: f.target,
                    via: None,
                    items: f.items,
                    modality: f.modality,
                    cue: f.cue,
                    attribution: f.attribution,
                    rule: f.rule,
                    context: false,
                };
                // A state or a body acts through its organs and office holders: "the Treasury
                // sanctioned…" is the United States' act, "Kim Jong Un sent troops" North Korea's
                // (as analysts and the gold guidelines count them); the one named is kept. Mapped
                // before context, which holds principals.
                if let Some(named) = relation.source {
                    if let Some(principal) = self.acting_for[named.index()] {
                        relation.source = Some(principal);
                        relation.via = Some(named);
                    }
                }
                // So is what is sent to them: arms "delivered to Zelensky" go to Ukraine. A
                // sanction names whom it targets, a leader in person as well as his state.
                if relation.kind != RelationType::Sanctions {
                    relation.target = relation.target.map(|t| self.principal(t));
                }
                let subject_in_sentence = relation.source.is_none() && f.actor_before_anchor;
                let place_in_sentence = relation.target.is_none() && f.destination_named;
                if (relation.source.is_none() || relation.target.is_none())
                    && !subject_in_sentence
                    && !place_in_sentence
                {
                    let reciprocal_previous = match previous {
                        Previous::Known(known) => known,
                        Previous::Unread(a, b) => {
                            let known = self.mentions_reciprocity(&norm.text[a..b]);
                            previous = Previous::Known(known);
                            known
                        }
                    };
                    let reciprocal = f.reciprocal || reciprocal_here || reciprocal_previous;
                    fill_from_context(&mut relation, &recent, reciprocal);
                }
                if relation.source.is_none() {
                    continue; // nobody to hang the relation on
                }
                if relation.source == relation.target {
                    continue;
                }
                // Forces moved within their own country are no deployment abroad: "Hezbollah
                // deployed fighters to southern Lebanon" (an organ's moves were its state's,
                // and so caught just above).
                if relation.kind == RelationType::Deploys
                    && relation.target.is_some()
                    && relation.source.and_then(|s| self.states[s.index()]) == relation.target
                {
                    continue;
                }
                if relation.target.is_some() && relation.modality == Modality::Asserted {
                    recent.push(relation.clone());
                }
                let party = |e: Option<EntityIx>| {
                    e.is_some()
                        && (relation.source == e || relation.target == e || relation.via == e)
                };
                if party(opening) {
                    subject = opening.map(|e| (si, e));
                } else if opening.is_none() && party(previous_subject) {
                    subject = previous_subject.map(|e| (si, e)); // the anaphor's, carried on
                }
                out.push(relation);
            }
            previous = Previous::Known(reciprocal_here);
        }
        *kept = ExtractScratch {
            tokens: recycle(scratch.tokens),
            tables: scratch.tables,
            attempts: scratch.attempts,
            profile: kept.profile.take(),
        };
        // One relation per (sentence, type, source, target): merge items of duplicates.
        let mut merged: Vec<Relation> = Vec::with_capacity(out.len());
        for r in out {
            if let Some(existing) = merged.iter_mut().find(|m| {
                m.sentence == r.sentence
                    && m.kind == r.kind
                    && m.source == r.source
                    && m.target == r.target
                    && m.modality == r.modality
            }) {
                for item in r.items {
                    if !existing.items.iter().any(|i| i.entity == item.entity) {
                        existing.items.push(item);
                    }
                }
                continue;
            }
            merged.push(r);
        }
        merged
    }

    /// Whether a normalised sentence contains a `reciprocal` phrase ("in return"), without
    /// tokenising it.
    fn mentions_reciprocity(&self, text: &str) -> bool {
        self.reciprocal_text
            .find_overlapping_iter(text)
            .any(|m| is_whole_word(text, m.start(), m.end()))
    }

    fn has_phrase(&self, tokens: &[Token], list: &PhraseIndex) -> bool {
        (0..tokens.len()).any(|i| list.longest_at(tokens, i).is_some())
    }

    /// Longest phrase of `list` that starts at token `i`; returns the end token.
    fn phrase_at(&self, tokens: &[Token], i: usize, list: &PhraseIndex) -> Option<usize> {
        list.longest_at(tokens, i)
    }

    /// End token of the modality cue of `list` at token `i`: a phrase, or a phrase that starts
    /// with an auxiliary read through one adverb after it. "has now frozen" and "have been
    /// temporarily frozen" are the cues "has frozen" and "been frozen"; an adverb that is itself
    /// a cue ("has not frozen", "has possibly frozen") is read as one, not passed over.
    fn cue_at(&self, tokens: &[Token], i: usize, list: &PhraseIndex) -> Option<usize> {
        if let Some(end) = self.phrase_at(tokens, i, list) {
            return Some(end);
        }
        // Cheapest first: this runs at every word the matcher passes over.
        let starts = tokens.get(i).is_some_and(|t| list.may_start(t.id));
        if !starts || !passive_adverb_at(tokens, i + 1) || !auxiliary_at(tokens, i) {
            return None;
        }
        let lists = &self.lists;
        if [&lists.negation, &lists.hedge]
            .iter()
            .any(|l| self.phrase_at(tokens, i + 1, l).is_some())
        {
            return None;
        }
        list.longest_split_at(tokens, i, i + 2)
    }

    /// End of the negation cue that the auxiliary two words before `i` starts and the words from
    /// `i` end, read over the cue word between: the "frozen" of "has not frozen arms sales" and
    /// of "has possibly frozen" (the cue "has frozen", which [`Self::cue_at`] does not read
    /// through an adverb that is a cue of its own).
    fn split_cue_end(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let aux = i.checked_sub(2)?;
        let lists = &self.lists;
        // Cheapest first: this runs at every token, and few follow a cue word.
        let cue_word = |l: &PhraseIndex| l.may_start(tokens[i - 1].id);
        if !(cue_word(&lists.negation) || cue_word(&lists.hedge)) || !auxiliary_at(tokens, aux) {
            return None;
        }
        let cue_between = [&lists.negation, &lists.hedge]
            .iter()
            .any(|l| self.phrase_at(tokens, i - 1, l) == Some(i));
        if !cue_between {
            return None;
        }
        lists.negation.longest_split_at(tokens, aux, i)
    }

    /// [`tokenize_into`], then the ids of names ([`NAME`], [`ITEM`]), and a weapon's name that
    /// is a rule verb's form between two actors read as that verb: "Iran arms Hezbollah", "Iran
    /// still arms the Houthis" (the mention stays a mention for the co-occurrence graph).
    fn tokenize_sentence<'t>(
        &self,
        tokens: &mut Vec<Token<'t>>,
        norm: &'t Normalized,
        original: &str,
        (start, end): (usize, usize),
        mentions: &[Mention],
    ) {
        tokenize_into(tokens, &norm.text, start, end, mentions, &self.lexicon);
        let actor_at = |tokens: &[Token], k: usize| {
            matches!(tokens.get(k).map(|t| t.tok),
                Some(Tok::Ent(m)) if self.actor_kind(mentions[m].entity))
        };
        for k in 0..tokens.len() {
            let Tok::Ent(m) = tokens[k].tok else { continue };
            // The normaliser writes a hyphen as a space (names are spelled either way): the
            // original text tells a name's compound ("U.S.-made") from a name and a word.
            if let Some(next) = tokens.get(k + 1).filter(|next| matches!(next.tok, Tok::Word(_))) {
                tokens[k + 1].hyphened = hyphen_between(norm, original, &tokens[k], next);
            }
            let mention = &mentions[m];
            if !self.is_weapon(mention.entity) {
                if self.actor_kind(mention.entity) {
                    tokens[k].id =
                        if mention.form == MentionForm::Demonym { DEMONYM } else { NAME };
                }
                continue;
            }
            if k == 0 {
                continue;
            }
            tokens[k].id = ITEM;
            let object_after = actor_at(tokens, k + 1)
                || matches!(tokens.get(k + 1).map(|t| t.tok), Some(Tok::Word("the")))
                    && actor_at(tokens, k + 2);
            // "Iran arms", "Iran still arms", "Iran reportedly arms".
            let subject_before = actor_at(tokens, k - 1)
                || k >= 2
                    && self.filler_at(tokens, mentions, k - 1) == Some(k)
                    && actor_at(tokens, k - 2);
            if !(subject_before && object_after) {
                continue;
            }
            // Only then the word itself, a hash lookup.
            let word = &norm.text[tokens[k].start..tokens[k].end];
            let id = self.lexicon.get(word);
            let verb = self
                .lists
                .finite_verbs
                .by_first
                .get(id)
                .is_some_and(|mut forms| forms.any(|(_, form)| form.len() == 1));
            if verb {
                tokens[k].tok = Tok::Word(word);
                tokens[k].id = id;
            }
        }
    }

    /// The view of one tokenised sentence, its per-token tables filled into `tables`, whose
    /// `places` must already hold the sentence's ([`NeedPlaces::fill`]: the caller fills them
    /// once, to ask [`Extractor::may_relate`] first).
    fn sentence_view<'a, 't>(
        &'a self,
        tokens: &'a [Token<'t>],
        mentions: &'a [Mention],
        original: &'a str,
        norm: &'a Normalized,
        items_before: &'a [ItemAt],
        tables: &'a mut Tables,
    ) -> SentenceView<'a, 't> {
        reset_cache(&mut tables.fillers, tokens.len());
        tables.boundaries.clear();
        tables.boundaries.extend((0..tokens.len()).map(|i| self.is_boundary(tokens, i)));
        self.fill_items_ahead(
            tokens,
            mentions,
            &tables.boundaries,
            !items_before.is_empty(),
            &mut tables.items_ahead,
        );
        reset_cache(&mut tables.actors, tokens.len());
        reset_cache(&mut tables.items, tokens.len());
        SentenceView {
            extractor: self,
            tokens,
            mentions,
            original,
            norm,
            previous_subject: None,
            items_before,
            tables,
        }
    }

    /// For every token, whether scanning from it as [`Extractor::items_at`] does reaches a
    /// weapon before a clause boundary or another entity (one backward pass). `before`: the
    /// previous sentence ended with weapons that "them" may stand for.
    fn fill_items_ahead(
        &self,
        tokens: &[Token],
        mentions: &[Mention],
        boundaries: &[bool],
        before: bool,
        starts: &mut Vec<bool>,
    ) {
        starts.clear();
        starts.resize(tokens.len(), false);
        // Whether the scan, continuing at j + 1 (where boundaries stop it), finds a weapon.
        let mut after = false;
        // The nearest pronoun after j that stands for items.
        let mut anaphor: Option<usize> = None;
        for j in (0..tokens.len()).rev() {
            let here = match tokens[j].tok {
                Tok::Ent(k) if self.is_weapon(mentions[k].entity) => true,
                Tok::Ent(_) => after && self.modifies_item(tokens, mentions, j),
                // As in `items_at`: a comma or a topic word ("investigation") before any weapon
                // ends the scan.
                Tok::Punct(',') => false,
                Tok::Word(_) if after && self.phrase_at(tokens, j, &self.lists.topic).is_some() => {
                    false
                }
                _ => after,
            };
            // "them" or "it" standing for arms named before starts items of its own, but the
            // scan from a token before it does not pass into them (`after` is left as it was);
            // only a count right before it does ("hundreds of them"). The token after the
            // pronoun is settled by now, as its test needs.
            if matches!(tokens[j].tok, Tok::Word("them" | "it"))
                && self.item_anaphor(tokens, mentions, starts, j, before).is_some()
            {
                anaphor = Some(j);
            }
            // As in `items_at`: a verb that opens a predicate of its own after "and" ends a
            // scan that reaches it and starts none; the verb of a relative clause ("firms that
            // shipped drones") ends one too, but a scan may start at it; a to-infinitive of a
            // rule verb is an act of its own, whose "to" ends a scan and starts none, and whose
            // verb starts none.
            let (starts_none, ends_scan) = match tokens[j].tok {
                Tok::Word(_) if here => {
                    let rule_verb_at =
                        |k: usize| tokens.get(k).is_some_and(|t| self.rule_verb_word(t));
                    let new_predicate = self.finite_after_and(tokens, j);
                    let to_infinitive = tokens[j].tok == Tok::Word("to") && rule_verb_at(j + 1);
                    let infinitive =
                        j > 0 && tokens[j - 1].tok == Tok::Word("to") && rule_verb_at(j);
                    (
                        new_predicate || to_infinitive || infinitive,
                        new_predicate || to_infinitive || self.verb_of_relative(tokens, j),
                    )
                }
                _ => (false, false),
            };
            starts[j] = here && !starts_none
                || anaphor == Some(j)
                || anaphor.is_some() && self.counted_pronoun(tokens, j) == anaphor;
            after = here && !boundaries[j] && !ends_scan;
        }
    }

    /// What the items that "them" or "it" at token `i` stand for: the last weapon named before
    /// it in the sentence ("Iran built drones and sent them to Russia", "developed a new
    /// missile and exported it to Russia"), or, for "them" with none before it, the weapons
    /// that ended the previous sentence, where `before` says there are some ("Iran has built
    /// Shahed drones. It has sent them to Russia"; "it" is too often a deal or a package to be
    /// read across sentences). None where the pronoun may be a recipient, with an object of its
    /// own after it: items, as `items_ahead` (the sentence's table) tells for the token after
    /// it ("sent them drones"), or any word that does not end an object ("gave them a warning",
    /// "sold it Reapers").
    fn item_anaphor(
        &self,
        tokens: &[Token],
        mentions: &[Mention],
        items_ahead: &[bool],
        i: usize,
        before: bool,
    ) -> Option<Antecedent> {
        let Tok::Word(pronoun @ ("them" | "it")) = tokens.get(i)?.tok else { return None };
        // Only a word that ends the object may follow (a preposition, a particle, an adverb):
        // any other ("sold it Reapers") may be the object of a ditransitive.
        let object_after = match tokens.get(i + 1).map(|t| t.tok) {
            None | Some(Tok::Punct(_)) => false,
            Some(Tok::Word(w)) => {
                !(AFTER_OBJECT_PRONOUN.binary_search(&w).is_ok()
                    || w.len() > 4 && w.ends_with("ly"))
                    || items_ahead.get(i + 1).copied().unwrap_or(false)
            }
            Some(_) => true,
        };
        if object_after {
            return None;
        }
        (0..i)
            .rev()
            .find(|&k| matches!(tokens[k].tok, Tok::Ent(m) if self.is_weapon(mentions[m].entity)))
            .map(Antecedent::Here)
            .or((before && pronoun == "them").then_some(Antecedent::Before))
    }

    /// The pronoun a count at `i` counts: "hundreds of them", "some of them", "1,000 of
    /// them", "about half of them", "hundreds of thousands of them" (a share's "of" is its own).
    fn counted_pronoun(&self, tokens: &[Token], i: usize) -> Option<usize> {
        const MAX_AMOUNTS: usize = 4;
        let mut k = i;
        for _ in 0..MAX_AMOUNTS {
            k = match tokens.get(k)?.tok {
                Tok::Num => k + 1,
                Tok::Word(_) => self.phrase_at(tokens, k, &self.lists.quantity)?,
                _ => return None,
            };
            if tokens.get(k)?.tok == Tok::Word("of") {
                k += 1;
            }
            if matches!(tokens.get(k)?.tok, Tok::Word("them" | "it")) {
                return (tokens[k - 1].tok == Tok::Word("of")).then_some(k);
            }
        }
        None
    }

    /// The items "them" or "it" at token `i` stands for ([`Extractor::item_anaphor`]): the
    /// antecedent and the weapons coordinated with it ("drones and missiles"), counted and
    /// owned by nobody (the count was the antecedent's), or those the previous sentence ended
    /// with.
    fn anaphoric_items(&self, view: &SentenceView, i: usize) -> Option<Items> {
        let tokens = view.tokens;
        let before = !view.items_before.is_empty();
        let last =
            match self.item_anaphor(tokens, view.mentions, &view.tables.items_ahead, i, before)? {
                Antecedent::Here(last) => last,
                Antecedent::Before => return Some(view.items_before.iter().copied().collect()),
            };
        let mut items = Items::new();
        let mut k = last + 1;
        while k > 0 {
            k -= 1;
            match tokens[k].tok {
                Tok::Ent(m) if self.is_weapon(view.mentions[m].entity) => {
                    let entity = view.mentions[m].entity;
                    if !items.iter().any(|it: &ItemAt| it.entity == entity) {
                        items.insert(0, ItemAt { entity, quantity: None, part: None, owner: None });
                    }
                }
                Tok::Ent(m) if view.mentions[m].form == MentionForm::Demonym => {}
                Tok::Num | Tok::Punct(',') | Tok::Word("and" | "or") => {}
                _ => break,
            }
        }
        Some(items)
    }

    /// The weapons a sentence ends with, as "them" in the next may stand for them: the last
    /// weapon it names and those coordinated with it ("Shahed drones and Fateh-110 missiles"),
    /// demonyms and counts between them passed over, found from the text between mentions
    /// (the sentence was not tokenised if no rule could match in it).
    fn weapons_before(&self, previous: &[Mention], norm_text: &str) -> Items {
        let mut items = Items::new();
        // Where the last weapon taken (or a demonym before it) starts.
        let mut left: Option<usize> = None;
        for m in previous.iter().rev() {
            let weapon = self.is_weapon(m.entity);
            if let Some(l) = left {
                let gap = norm_text.get(m.norm_end..l).unwrap_or("x");
                let coordinated = gap
                    .split(|c: char| c.is_whitespace() || c == ',')
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        w.eq_ignore_ascii_case("and")
                            || w.eq_ignore_ascii_case("or")
                            || w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                    });
                if !coordinated || !(weapon || m.form == MentionForm::Demonym) {
                    break;
                }
            } else if !weapon {
                continue;
            }
            if weapon && !items.iter().any(|it| it.entity == m.entity) {
                let entity = m.entity;
                items.insert(0, ItemAt { entity, quantity: None, part: None, owner: None });
            }
            left = Some(m.norm_start);
        }
        items
    }

    /// Whom an entity acts for: its principal, or itself.
    fn principal(&self, e: EntityIx) -> EntityIx {
        self.acting_for[e.index()].unwrap_or(e)
    }

    /// Whether `target` is an organ of (or acts for the same principal as) one of `sources`
    /// ("Washington sent US Navy destroyers to the Black Sea" is no delivery to the US Navy).
    fn is_own_organ(&self, sources: &[EntityIx], target: EntityIx) -> bool {
        sources.iter().any(|&s| target != s && self.principal(target) == self.principal(s))
    }

    /// Whether the entity at token `j` names the owner or maker of an item right after it
    /// ("North Korean soldiers", "U.S.-made jets", "a Royal Navy patrol ship"), in an items list.
    fn modifies_item(&self, tokens: &[Token], mentions: &[Mention], j: usize) -> bool {
        let Tok::Ent(k) = tokens[j].tok else { return false };
        let weapon_at =
            |t: &Token| matches!(t.tok, Tok::Ent(w) if self.is_weapon(mentions[w].entity));
        let entity = mentions[k].entity;
        mentions[k].form == MentionForm::Demonym
            && tokens[j + 1..(j + 4).min(tokens.len())].iter().any(weapon_at)
            || self.maker_word_at(tokens, mentions, j + 1).is_some()
            || self.kinds[entity.index()] == EntityKind::Organization
                && tokens.get(j + 1).is_some_and(weapon_at)
    }

    /// Whether a rule's source opens it and owns its anchor noun (`S 's? N:sanction`).
    fn owns_noun(&self, rule: &Rule) -> bool {
        rule.steps.first().is_some_and(|step| matches!(step.element, Element::Source))
            && matches!(rule.steps[rule.anchor].element, Element::Noun(_))
            && rule.steps[1..rule.anchor]
                .iter()
                .all(|step| matches!(step.element, Element::Literal(_)))
    }

    /// Whether another actor than the source found from `start` stands before the anchor: the
    /// nearer one owns the noun.
    fn owner_between(&self, view: &SentenceView, found: &Binding, start: usize) -> bool {
        (start + 1..found.anchor).any(|k| {
            matches!(view.tokens[k].tok, Tok::Ent(m)
                if self.actor_kind(view.mentions[m].entity)
                    && !found.source.contains(&view.mentions[m].entity))
        })
    }

    /// Whether the measures whose owner stands at `i` are taken over by a phrase of `[words
    /// adopting]` before it, through its governor's "the" and up to two plain words ("adopted EU
    /// sanctions", "aligned with the EU's sanctions", "refused to join new EU sanctions").
    fn adopted_at(&self, tokens: &[Token], i: usize) -> bool {
        let Some(g) = governor_at(tokens, i) else { return false };
        let mut end = g + 1;
        for _ in 0..3 {
            if (end.saturating_sub(3)..end)
                .any(|k| self.phrase_at(tokens, k, &self.lists.adopting) == Some(end))
            {
                return true;
            }
            // `end` is at least 1 here: it starts after the governor and stays above 1 below.
            match tokens[end - 1].tok {
                Tok::Word(_) if end > 1 => end -= 1,
                _ => return false,
            }
        }
        false
    }

    /// Whether a token is the last word of one of the rules' verbs, in any form ("sent", "hit",
    /// "used"; the "up" of "ramp up" too).
    fn rule_verb_word(&self, token: &Token) -> bool {
        matches!(token.tok, Tok::Word(_)) && self.verb_last.contains(token.id)
    }

    /// Whether a verb of the rules stands in `from..to` outside asides between commas that
    /// close before `to`: "The jets, bought by Peru in 2019, were delivered by Spain" holds no
    /// verb between its subject and "delivered", "Russian soldiers have used drones supplied by
    /// Iran" does.
    fn verb_outside_asides(&self, tokens: &[Token], from: usize, to: usize) -> bool {
        let mut k = from;
        while k < to {
            match comma_aside_end(tokens, k) {
                Some(after) if after <= to => k = after,
                _ => {
                    if self.rule_verb_word(&tokens[k]) {
                        return true;
                    }
                    k += 1;
                }
            }
        }
        false
    }

    /// Where a phrase "for" at `j` naming the weapons that items serve can end ("for Leopard
    /// tanks", "for its ageing F-16 fleet", "for Ukraine's Patriot and IRIS-T systems"): after
    /// each of its last weapons, and after one or two head nouns. `None` where no weapon follows
    /// within a few words, as in "for decades" or "for Ukraine".
    fn platform_ends(&self, view: &SentenceView, j: usize) -> Option<SmallVec<[usize; 3]>> {
        const MAX_MODIFIERS: usize = 2;
        let tokens = view.tokens;
        // A word that may modify or head a weapon's name: no preposition, conjunction or word
        // that starts a clause.
        let plain_word =
            |w: &str, k: usize| class_at(tokens, k) & CLAUSE_WORD == 0 && !is_function_word(w);
        let mut k = j + 1;
        // A determiner, a possessive pronoun or an owner: "for its", "for Ukraine's".
        match tokens.get(k).map(|t| t.tok) {
            Some(Tok::Word(w)) if is_definite_determiner(w) => k += 1,
            Some(Tok::Ent(_)) if tokens.get(k + 1).map(|t| t.tok) == Some(Tok::Poss) => k += 2,
            _ => {}
        }
        let mut modifiers = 0;
        while !self.weapon_at(view, k) {
            let modifier = match tokens.get(k).map(|t| t.tok) {
                Some(Tok::Word(w)) => plain_word(w, k),
                Some(Tok::Num) => true,
                Some(Tok::Ent(_)) => self.modifies_item(tokens, view.mentions, k),
                _ => false,
            };
            if !modifier || modifiers == MAX_MODIFIERS {
                return None;
            }
            modifiers += 1;
            k += 1;
        }
        // The weapons, joined as a list may join them: "for Leopard and Gepard tanks".
        while self.weapon_at(view, k)
            || matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Word("and") | Tok::Punct(',')))
                && self.weapon_at(view, k + 1)
        {
            k += 1;
        }
        let mut ends = smallvec![k];
        for extra in 0..2 {
            match tokens.get(k + extra).map(|t| t.tok) {
                Some(Tok::Word(w)) if plain_word(w, k + extra) => {
                    ends.push(k + extra + 1);
                }
                _ => break,
            }
        }
        Some(ends)
    }

    fn is_boundary(&self, tokens: &[Token], i: usize) -> bool {
        match tokens[i].tok {
            Tok::Punct(c) => c != ',',
            Tok::Word(_) => self.phrase_at(tokens, i, &self.lists.boundary).is_some(),
            _ => false,
        }
    }

    /// Filler at `i` (a skip phrase or an adverb): returns the token after it.
    fn filler_at(&self, tokens: &[Token], mentions: &[Mention], i: usize) -> Option<usize> {
        if i >= tokens.len() {
            return None;
        }
        // A reporter inside a relative clause, passed over to reach the clause's verb: "Peru,
        // which officials say sent drones" (before the skip words: "which Western officials
        // say").
        if let Some(end) = self.plain_reporter_end(tokens, i) {
            return Some(end);
        }
        // A rank among peers, longer than the auxiliary it starts with: "was the first NATO
        // member to".
        if let Some(end) = self.ranked_peer_end(tokens, i) {
            return Some(end);
        }
        // The rest of a `[words pseudo-cue]` phrase after the name it holds: "awarded Rheinmetall
        // a $2 billion contract to", from the holder on to its verb.
        if let Some(end) = i.checked_sub(1).and_then(|name| self.held_phrase_end(tokens, name)) {
            return Some(end);
        }
        // Cue words are passed over too: the match goes through "denied supplying" or "may
        // send", and the modality step then marks the relation. The longest phrase of the three
        // lists: "not to" (a negation cue) and not just "not" (a skip word).
        let longest = [&self.lists.negation, &self.lists.hedge]
            .into_iter()
            .filter_map(|list| self.cue_at(tokens, i, list))
            .chain(self.phrase_at(tokens, i, &self.lists.skip))
            .chain(self.split_cue_end(tokens, i))
            .max();
        if let Some(end) = longest {
            if accuser_of_relative(tokens, i) {
                return None;
            }
            // A cue that is a participle takes the "by" after it as its own agent: in "the
            // delivery of drones to Russia was blocked by Britain" Britain blocked, it did not
            // deliver. ("supplied to Russia, possibly by Iran" still passes over "possibly".)
            let participle = matches!(tokens[end - 1].tok, Tok::Word(w) if w.ends_with("ed"));
            if participle && tokens.get(end).map(|t| t.tok) == Some(Tok::Word("by")) {
                return None;
            }
            return longest;
        }
        // Firms named by their home, passed over to reach it: "sanctioned entities in Russia",
        // "individuals and companies based in China".
        if let Some(end) = self.firms_in_end(tokens, i) {
            return Some(end);
        }
        // A state's rulers or forces named by their state after "of", passed over to reach it:
        // "sent rifles to the government of Chad", "to the armed forces of Ukraine".
        if let Some(end) = self.phrase_at(tokens, i, &self.lists.heads) {
            if matches!(tokens.get(end).map(|t| t.tok), Some(Tok::Word("of"))) {
                return Some(end + 1);
            }
        }
        match tokens[i].tok {
            // An adverb in "-ly", but no verb of the rules: "supply" is none.
            Tok::Word(w)
                if w.len() > 4 && w.ends_with("ly") && !self.rule_verb_word(&tokens[i]) =>
            {
                Some(i + 1)
            }
            // A numeral ordinal, as "latest" is passed over: "the EU's 16th sanctions package".
            Tok::Word(w) if is_numeral_ordinal(w) => Some(i + 1),
            // The count of firms named by their home: "sanctioned 300 entities in Russia", "25
            // more companies in Iran".
            Tok::Num => {
                let more = matches!(
                    tokens.get(i + 1).map(|t| t.tok),
                    Some(Tok::Word("more" | "additional" | "new" | "further" | "other"))
                );
                let noun = i + 1 + usize::from(more);
                self.phrase_at(tokens, noun, &self.lists.firms).map(|_| noun)
            }
            // Or counted in words: "sanctioned four companies in the UAE", "dozens of
            // individuals based in Russia".
            Tok::Word(_) => self.phrase_at(tokens, i, &self.lists.quantity).and_then(|end| {
                let end =
                    end + usize::from(tokens.get(end).map(|t| t.tok) == Some(Tok::Word("of")));
                self.firms_in_end(tokens, end).map(|_| end)
            }),
            // A short aside in parentheses: "The United States on Thursday (Oct 17) sanctioned",
            // "the Office of Foreign Assets Control (OFAC) announced".
            Tok::Punct('(') => aside_end(tokens, i),
            // Forces named by their side after "of", as a head is above: "delivered helicopters
            // to the armed forces of Kenya".
            Tok::Ent(m)
                if self.retyping[mentions[m].entity.index()]
                    && matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Word("of")))
                    && matches!(tokens.get(i + 2).map(|t| t.tok),
                        Some(Tok::Ent(o)) if self.actor_kind(mentions[o].entity)) =>
            {
                Some(i + 2)
            }
            // The owner of measures another adopts, "Norway adopted EU sanctions against
            // Russia", "the EU's latest package of sanctions": passed over like a determiner.
            Tok::Ent(m) if self.actor_kind(mentions[m].entity) => {
                if matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Poss)) {
                    (i + 2..i + 7)
                        .any(|k| self.phrase_at(tokens, k, &self.lists.adoptable).is_some())
                        .then_some(i + 2)
                } else {
                    self.phrase_at(tokens, i + 1, &self.lists.adoptable).map(|_| i + 1)
                }
            }
            _ => None,
        }
    }

    /// The token after "in" when firms named by their home start at `i`: up to three nouns of
    /// `[words firms]` joined by "and", "or" or commas, then "in" or "based in".
    fn firms_in_end(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let tok = |k: usize| tokens.get(k).map(|t| t.tok);
        let mut end = self.phrase_at(tokens, i, &self.lists.firms)?;
        for _ in 0..2 {
            let mut k = end;
            if tok(k) == Some(Tok::Punct(',')) {
                k += 1;
            }
            if matches!(tok(k), Some(Tok::Word("and" | "or"))) {
                k += 1;
            }
            match self.phrase_at(tokens, k, &self.lists.firms) {
                Some(next) if k > end => end = next,
                _ => break,
            }
        }
        if tok(end) == Some(Tok::Word("based")) {
            end += 1;
        }
        (tok(end) == Some(Tok::Word("in"))).then_some(end + 1)
    }

    /// The token after "to" (and an optional "have") when a rank among peers starts at `i`:
    /// a form of "be", a rank, up to three modifiers, a peer noun, "to" ("was the first NATO
    /// member to", "are the only European countries to have", "is one of the few to").
    fn ranked_peer_end(&self, tokens: &[Token], i: usize) -> Option<usize> {
        let tok = |k: usize| tokens.get(k).map(|t| t.tok);
        let mut k = self.phrase_at(tokens, i, &self.lists.be)?;
        k = self.phrase_at(tokens, k, &self.lists.ranks)?;
        let to_end = |k: usize| {
            (tok(k) == Some(Tok::Word("to")))
                .then(|| k + 1 + usize::from(tok(k + 1) == Some(Tok::Word("have"))))
        };
        if let Some(end) = to_end(k) {
            return Some(end);
        }
        for _ in 0..4 {
            if let Some(end) = self.phrase_at(tokens, k, &self.lists.peers).and_then(to_end) {
                return Some(end);
            }
            match tok(k) {
                Some(Tok::Word(w)) if w != "to" => k += 1,
                Some(Tok::Ent(_)) => k += 1,
                _ => return None,
            }
        }
        None
    }

    fn actor_kind(&self, e: EntityIx) -> bool {
        self.kinds[e.index()].is_actor()
    }

    /// Whether token `k` names a side by its name (not a weapon, not a demonym such as
    /// "Russian", which modifies what follows it).
    fn names_side(&self, view: &SentenceView, k: usize) -> bool {
        matches!(view.tokens[k].tok, Tok::Ent(m)
            if !self.is_weapon(view.mentions[m].entity)
                && view.mentions[m].form != MentionForm::Demonym)
    }

    fn is_weapon(&self, e: EntityIx) -> bool {
        self.kinds[e.index()] == EntityKind::Weapon
    }

    /// The person or organisation a demonym at `i` describes, up to four tokens on: "Russian
    /// President Vladimir Putin" (any words between), "Chinese chipmaker SMIC", "Iranian airline
    /// Mahan Air", "Chinese drone maker DJI" (one or more singular words, a weapon may be one).
    /// For an organisation, plural words ("Russian officials told Reuters") and conjunctions end
    /// the description: they name others than the organisation. A weapon ends it for a person,
    /// and so does a preposition other than "of" ("Minister of Defence Sergei Shoigu" is a
    /// title, "officials over Navalny's death" are not Navalny).
    fn described_name(&self, view: &SentenceView, i: usize) -> Option<(usize, EntityIx)> {
        let tokens = view.tokens;
        let mut words = 0;
        let mut person_ok = true;
        let mut organization_ok = true;
        let mut weapon_seen = false;
        for (j, token) in tokens.iter().enumerate().take(i + 5).skip(i + 1) {
            match token.tok {
                Tok::Word(w) => {
                    if matches!(w, "and" | "or" | "of" | "the") || w.len() > 3 && w.ends_with('s') {
                        organization_ok = false;
                    }
                    // A verb after the weapon makes the weapon a subject, not a maker's trade:
                    // "Chinese drones worried NATO" are no description of NATO ("Iranian-backed
                    // Hezbollah", with no weapon, still is).
                    if weapon_seen && self.is_past_verb(tokens, j) {
                        organization_ok = false;
                    }
                    if ends_title(w) {
                        person_ok = false;
                    }
                    words += 1;
                }
                Tok::Ent(p) => {
                    let entity = view.mentions[p].entity;
                    if self.is_weapon(entity) {
                        person_ok = false;
                        weapon_seen = true;
                        continue;
                    }
                    let described = match self.kinds[entity.index()] {
                        EntityKind::Person => person_ok,
                        EntityKind::Organization => {
                            organization_ok
                                && words > 0
                                && matches!(tokens[j - 1].tok, Tok::Word(_))
                        }
                        _ => false,
                    };
                    return described.then_some((j + 1, entity));
                }
                _ => return None,
            }
        }
        None
    }

    /// One actor at token `i`: a name ("Russia"), a name with a head ("Kim Jong Un's regime",
    /// "Russia's military"), a demonym with a head ("the Russian military") or a demonym-titled
    /// person ("North Korean leader Kim Jong Un").
    fn single_actor(&self, view: &SentenceView, i: usize) -> Option<(usize, EntityIx)> {
        let tokens = view.tokens;
        let Tok::Ent(k) = tokens.get(i)?.tok else {
            return None;
        };
        let mention = view.mentions[k];
        let entity = mention.entity;
        if !self.actor_kind(entity) {
            return None;
        }
        if mention.form == MentionForm::Demonym {
            // "Russian President Vladimir Putin", "Chinese chipmaker SMIC": the one described
            // is the actor.
            if let Some(end) = self.described_name(view, i) {
                return Some(end);
            }
            // "the Iranian Revolutionary Guard Corps", "the Lebanese Hezbollah": an organisation
            // named right after the demonym is the actor, as after a possessive ("Iran's
            // Revolutionary Guards"); the demonym only places it.
            if let Some(Tok::Ent(n)) = tokens.get(i + 1).map(|t| t.tok) {
                let named = view.mentions[n];
                if named.form != MentionForm::Demonym
                    && self.kinds[named.entity.index()] == EntityKind::Organization
                {
                    return Some((i + 2, named.entity));
                }
            }
            // "North Korean troop deployments", "Iranian drone deliveries": a demonym right
            // before the item, or one modifier before it ("Russian tactical nuclear weapons"),
            // stands for its state.
            // Except forces the demonym only gives the nationality of: "Cuban mercenaries
            // fighting for Russia" were hired, not sent by Cuba.
            if matches!(tokens.get(i + 1).map(|t| t.tok),
                Some(Tok::Ent(w)) if self.nationality_only[view.mentions[w].entity.index()])
            {
                return None;
            }
            // Unless a head after the item names who make or use it: "Iranian drone makers
            // supplying Russia" are the actor, the drones only what they make.
            // A model designation the gazetteer lacks may stand between ("Russian Mi-171
            // helicopters", "Chinese K-8 trainer jets").
            let item_at = view.past_designation(i + 1);
            let item_next = self.weapon_at(view, item_at);
            if let Some(end) = item_next.then(|| self.heads_end(tokens, item_at + 1)).flatten() {
                return Some((end, entity));
            }
            if item_next
                || matches!(tokens.get(item_at).map(|t| t.tok), Some(Tok::Word(_)))
                    && self.weapon_at(view, item_at + 1)
            {
                return Some((i + 1, entity));
            }
            if let Some(end) = self.maker_of_item(view, i + 1) {
                return Some((end, entity));
            }
            if let Some(end) = self.heads_end(tokens, i + 1) {
                return Some((self.unknown_name_end(view, i + 1, end), entity));
            }
            // "British sanctions on Russia", "Iranian transfers of drones": a demonym right
            // before a noun of the rules is the side that acts, as a name would be ("US
            // sanctions on Iran"). The noun stays for the rule to match.
            if self.phrase_at(tokens, i + 1, &self.lists.rule_nouns).is_some() {
                return Some((i + 1, entity));
            }
            // "deployed nuclear weapons on Belarusian territory": the land is its state's, as
            // "Belarus's territory" is (the land word stays for the rule). Only where forces
            // stand on it: drones sent "into Russian territory" strike it, no side receives them.
            if matches!(
                i.checked_sub(1).and_then(|k| word_at(tokens, k)),
                Some("on" | "onto" | "in")
            ) && self.phrase_at(tokens, i + 1, &self.lists.host_land).is_some()
            {
                return Some((i + 1, entity));
            }
            // "Russian and Chinese firms": the head follows the list's last demonym, or a name
            // used as one ("Chinese and Hong Kong companies").
            if matches!(
                tokens.get(i + 1).map(|t| t.tok),
                Some(Tok::Word("and" | "or") | Tok::Punct(','))
            ) {
                if let Some(Tok::Ent(n)) = tokens.get(i + 2).map(|t| t.tok) {
                    let shares_head = match view.mentions[n].form {
                        MentionForm::Demonym => self.single_actor(view, i + 2).is_some(),
                        _ => {
                            self.actor_kind(view.mentions[n].entity)
                                && self.heads_end(tokens, i + 3).is_some()
                        }
                    };
                    if shares_head {
                        return Some((i + 1, entity));
                    }
                }
            }
            // One modifier between: "North Korean shipping firms", "Chinese defense companies".
            // Not one that puts them outside the state: "Mexican cartel leaders" are not Mexico.
            if matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Word(_)))
                && self.phrase_at(tokens, i + 1, &self.lists.non_state).is_none()
            {
                if let Some(end) = self.heads_end(tokens, i + 2) {
                    return Some((end, entity));
                }
            }
            // "The Chinese have supplied drones", "the Swiss refused": a demonym that is its own
            // plural, after "the" and before a verb, is the people's noun (a listed plural,
            // "the Iranians", is matched as one). Before a singular auxiliary it is one person
            // ("the Senegalese has been named").
            let plural_auxiliary = auxiliary_at(tokens, i + 1)
                && !matches!(word_at(tokens, i + 1), Some("has" | "is" | "was" | "does"));
            let verb_after =
                plural_auxiliary || tokens.get(i + 1).is_some() && self.is_past_verb(tokens, i + 1);
            if verb_after && i > 0 && word_at(tokens, i - 1) == Some("the") {
                return Some((i + 1, entity));
            }
            return None;
        }
        // A leader's regime stands for the leader's state: "Kim Jong Un's regime", and without
        // the possessive "the Trump administration", "the Assad regime".
        let leader_state = || match self.kinds[entity.index()] {
            EntityKind::Person => self.states[entity.index()].unwrap_or(entity),
            _ => entity,
        };
        if tokens.get(i + 1).is_some_and(|t| t.tok == Tok::Poss) {
            // "Mexico's cartel leaders" are no more Mexico than "Mexican cartel leaders" are
            // (an organisation's "militant leaders" are still its own).
            if self.kinds[entity.index()] == EntityKind::State
                && self.non_state_member_end(view, i + 2).is_some()
            {
                return None;
            }
            if let Some(end) = self.heads_end(tokens, i + 2) {
                return Some((end, leader_state()));
            }
            // One modifier between, as after a demonym: "Libya's eastern army", and forces
            // after it ("Libya's eastern forces"), which the caller tries as below. Not a noun
            // of the rules: "Pakistan's second supplier of warships" names a role a rule reads.
            if matches!(tokens.get(i + 2).map(|t| t.tok), Some(Tok::Word(_)))
                && self.phrase_at(tokens, i + 3, &self.lists.rule_nouns).is_none()
            {
                if let Some(end) = self.heads_end(tokens, i + 3) {
                    return Some((end, leader_state()));
                }
                if self.forces_at(view, i + 3) {
                    return Some((i + 3, entity));
                }
            }
            // "Iran's Revolutionary Guards", "Russia's Wagner Group": the actor named after the
            // possessive is the one meant; its owner only places it.
            if let Some(Tok::Ent(k)) = tokens.get(i + 2).map(|t| t.tok) {
                let owned = view.mentions[k];
                if owned.form != MentionForm::Demonym && self.actor_kind(owned.entity) {
                    return Some((i + 3, owned.entity));
                }
                // "Ukraine's troops", "Putin's soldiers": forces after the possessive, as after
                // a demonym ("Ukrainian troops"), are the actor's head or its items, which the
                // caller tries in turn.
                if self.retyping[owned.entity.index()] {
                    return Some((i + 2, entity));
                }
            }
        }
        if self.kinds[entity.index()] == EntityKind::Person {
            if let Some(end) = self.heads_end(tokens, i + 1) {
                return Some((end, leader_state()));
            }
        }
        // "U.S.-made missiles": the maker's name before the item, as its demonym would be.
        if let Some(end) = self.maker_of_item(view, i + 1) {
            return Some((end, entity));
        }
        // A name used as a modifier, as a demonym is: "the UK government", "the US military",
        // "EU leaders". Not a person's title ("UK Prime Minister Rishi Sunak"): the person
        // after it is the one described, and a rule finds them there. Nor a head that is a rule
        // verb with a weapon after it, as in a headline's present tense: "Iran ships drones to
        // Russia" is Iran shipping, not its ships.
        if let Some(end) = self.heads_end(tokens, i + 1) {
            let person_follows = matches!(tokens.get(end).map(|t| t.tok),
                Some(Tok::Ent(p)) if self.kinds[view.mentions[p].entity.index()] == EntityKind::Person);
            let verb_with_object =
                self.rule_verb_word(&tokens[end - 1]) && self.weapon_object_at(view, end);
            if !person_follows && !verb_with_object {
                return Some((end, entity));
            }
        }
        Some((i + 1, entity))
    }

    /// Whether forces ("troops", "fighters": a weapon that retypes a supply) are at token `k`.
    fn forces_at(&self, view: &SentenceView, k: usize) -> bool {
        matches!(view.tokens.get(k).map(|t| t.tok),
            Some(Tok::Ent(m)) if self.retyping[view.mentions[m].entity.index()])
    }

    /// Whether a weapon starts the phrase at `j`, after a filler and a count ("drones", "200
    /// drones", "its drones", "more than 100 missiles").
    fn weapon_object_at(&self, view: &SentenceView, j: usize) -> bool {
        let j = self.past_count(view.tokens, view.filler_at(j).unwrap_or(j));
        self.weapon_at(view, j)
    }

    /// Where the actor heads starting at token `j` end: one head ("Russia's military") or a run
    /// of them ("Russian military leaders", "Iran's defence ministry officials").
    fn heads_end(&self, tokens: &[Token], j: usize) -> Option<usize> {
        let mut end = self.phrase_at(tokens, j, &self.lists.heads)?;
        while let Some(next) = self.phrase_at(tokens, end, &self.lists.heads) {
            end = next;
        }
        Some(end)
    }

    /// Where a name the gazetteer does not know ends, after a head from `head` to `end` that it
    /// names: "Chinese firm Sinno Electronics", "Russian businessman Ivan Petrov". The
    /// demonym stands for the one named, so a rule goes on after the name ("added Chinese firm
    /// Sinno Electronics to the Entity List"). At most four capitalised words, after a head in
    /// lower case: in a headline in title case ("Sanctions Chinese Firm Over Drone Parts") the
    /// capitals name nothing.
    fn unknown_name_end(&self, view: &SentenceView, head: usize, end: usize) -> usize {
        let tokens = view.tokens;
        if self.capitalised(view, head) {
            return end;
        }
        let name_word = |k: usize| {
            matches!(tokens[k].tok, Tok::Word(_))
                && class_at(tokens, k) & CLAUSE_WORD == 0
                && self.capitalised(view, k)
        };
        end + (end..(end + 4).min(tokens.len())).take_while(|&k| name_word(k)).count()
    }

    /// The entity that modifies the items starting at token `i`: a demonym right before them
    /// ("Iranian drones") or a name before "-made" ("U.S.-made jets", the items starting at the
    /// weapon or at "made").
    fn modifier_before(&self, view: &SentenceView, i: usize) -> Option<EntityIx> {
        self.modifier_at_before(view, i).map(|(_, entity)| entity)
    }

    /// [`Extractor::modifier_before`] with the token where the modifier stands.
    fn modifier_at_before(&self, view: &SentenceView, i: usize) -> Option<(usize, EntityIx)> {
        let tokens = view.tokens;
        let mention_at = |j: usize| match tokens.get(j)?.tok {
            Tok::Ent(k) => Some(view.mentions[k]),
            _ => None,
        };
        let maker = if let Some(made) = self.made_at_items(view, i) {
            made.checked_sub(1)?
        } else {
            let at = i.checked_sub(1)?;
            let m = mention_at(at)?;
            return (m.form == MentionForm::Demonym).then_some((at, m.entity));
        };
        mention_at(maker).map(|m| (maker, m.entity))
    }

    /// The count in front of the modifier of the items starting at token `i`: "bought two
    /// Russian Mi-17 helicopters", "20 U.S.-made jets". The count is read over the words right
    /// before the modifier, back to the first name, mark or word of time or place ("In 2022
    /// Russian troops…" counts no troops).
    fn quantity_before_modifier(&self, view: &SentenceView, i: usize) -> Option<(usize, usize)> {
        let (at, _) = self.modifier_at_before(view, i)?;
        let tokens = view.tokens;
        let words = (0..at)
            .rev()
            .take(QUANTITY_REACH)
            .take_while(|&k| match tokens[k].tok {
                Tok::Num => true,
                Tok::Word(w) => !NOT_BEFORE_A_COUNT.contains(&w),
                _ => false,
            })
            .count();
        if words == 0 {
            return None;
        }
        let from = at - words;
        // A number within two words of the word of time is a date: "in 2022", "in early 2022",
        // "on May 5".
        let date = from > 0
            && matches!(tokens[from - 1].tok, Tok::Word(w) if NOT_BEFORE_A_COUNT.contains(&w))
            && tokens[from..at].iter().take(2).any(|t| t.tok == Tok::Num);
        if date {
            return None;
        }
        self.quantity(view, from, at)
    }

    /// Where "-made" or the like stands at the start of the items at token `i` ("U.S.-made
    /// jets", the items starting at the weapon or at "made"), if it does.
    fn made_at_items(&self, view: &SentenceView, i: usize) -> Option<usize> {
        if self.maker_of_item(view, i).is_some() {
            return Some(i);
        }
        let before = i.checked_sub(1)?;
        self.maker_of_item(view, before).map(|_| before)
    }

    /// "-made" and the like at `i`, right before a weapon ("Chinese-made drones", "U.S.-built
    /// jets"): the token where the item starts.
    fn maker_of_item(&self, view: &SentenceView, i: usize) -> Option<usize> {
        self.maker_word_at(view.tokens, view.mentions, i)
    }

    /// [`Extractor::maker_of_item`] on the tokens and mentions alone. After a name the word is
    /// the maker's only when a hyphen joins them ("U.S.-made jets"; "Iran made drones" is a
    /// verb); a demonym is no subject, so after one the hyphen may be missing ("Iranian made
    /// drones").
    fn maker_word_at(&self, tokens: &[Token], mentions: &[Mention], i: usize) -> Option<usize> {
        let word = tokens.get(i)?;
        let Tok::Word("made" | "built" | "designed" | "manufactured" | "produced") = word.tok
        else {
            return None;
        };
        let after_demonym = matches!(
            i.checked_sub(1).map(|k| tokens[k].tok),
            Some(Tok::Ent(m)) if mentions[m].form == MentionForm::Demonym
        );
        if !word.hyphened && !after_demonym {
            return None;
        }
        match tokens.get(i + 1)?.tok {
            Tok::Ent(w) if self.is_weapon(mentions[w].entity) => Some(i + 1),
            _ => None,
        }
    }

    /// Whether token `i` comes right after a rule verb (or, with `prepositions`, a preposition),
    /// through a possessive owner and "the" at most ("sanctioned Iran's Revolutionary Guards",
    /// "to Ukraine"): then an actor there is governed by it, not the subject of a clause.
    fn governed(&self, view: &SentenceView, i: usize, prepositions: bool) -> bool {
        let tokens = view.tokens;
        let Some(g) = governor_at(tokens, i) else { return false };
        let before = &tokens[g];
        // The subject of a gerund after "of", "about" or "over" is the gerund's, not the
        // preposition's: "confirmed details of Iran supplying Russia with drones".
        let gerund_subject = matches!(before.tok, Tok::Word("of" | "about" | "over"))
            && matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Word(w)) if w.ends_with("ing"));
        !gerund_subject
            && (self.verb_last.contains(before.id)
                || prepositions
                    && !self.ties_owner_to_head(view, g)
                    && matches!(
                        before.tok,
                        Tok::Word(
                            "to" | "into"
                                | "onto"
                                | "from"
                                | "on"
                                | "against"
                                | "with"
                                | "by"
                                | "for"
                                | "of"
                                | "in"
                                | "at"
                                | "toward"
                                | "towards"
                        )
                    ))
    }

    /// Whether an attribution ("said", "told") stands between the token at `start` and the first
    /// weapon up to `anchor`, and no "its" or "their" makes the weapon the speaker's.
    fn speaks_before_items(&self, view: &SentenceView, start: usize, anchor: usize) -> bool {
        let tokens = view.tokens;
        // The anchor itself may be the item (`S 's? I:forces/troops in T`).
        let first_item = (start..=anchor).find(|&k| self.weapon_at(view, k));
        first_item.is_some_and(|item| {
            (start + 1..item).any(|k| self.phrase_at(tokens, k, &self.lists.attribution).is_some())
                // "Russia said its troops…": the speaker's own.
                && !(start + 1..item).any(|k| matches!(tokens[k].tok, Tok::Word("its" | "their")))
        })
    }

    /// Whether the actor at `i` is the antecedent of a relative clause whose verb is the anchor:
    /// "in coordination with the Commerce Department, which is imposing new export controls on
    /// Russia" (whatever governs the actor, it is the subject of "imposing"). Where the rule's
    /// next step is a verb or word before its anchor (`verb_step_next`), the relative's first word
    /// after fillers is that step's to match: "sent drones to Russia, which faces new EU
    /// sanctions" (`T W:face … N:sanction`).
    fn subject_of_relative(
        &self,
        view: &SentenceView,
        i: usize,
        anchor: usize,
        verb_step_next: bool,
    ) -> bool {
        let tokens = view.tokens;
        if !opens_relative(tokens, i + 1) {
            return false;
        }
        let mut k = i + 3;
        while k < anchor {
            // An aside of its own between commas: "Peru, which, officials said, sent drones".
            match view.filler_at(k).or_else(|| comma_aside_end(tokens, k)) {
                Some(end) => k = end,
                None => return verb_step_next,
            }
        }
        k == anchor
    }

    /// Where the actor at `i` reports the claim of a relative clause rather than makes it ("Chile,
    /// which Spain says sent drones to Peru"): its end and the antecedent's actors. The actor, or
    /// list of actors, stands right after ", which" or ", who" and before an attribution, or
    /// after "according to" and before the relative's verb ("which according to Spain and
    /// Norway sent"); no other subject follows ("Chile, which Spain says it armed" keeps Spain).
    fn reporter_in_relative(&self, view: &SentenceView, i: usize) -> Option<(usize, Actors)> {
        let tokens = view.tokens;
        // The source named first, "which according to Spain sent", or last, "which Spain says
        // sent".
        let named_first = i >= 4 && according_to_end(tokens, i - 2) == Some(i);
        let comma = i.checked_sub(if named_first { 4 } else { 2 })?;
        if !opens_relative(tokens, comma) {
            return None;
        }
        let end = self.actors_from(view, i).iter().find_map(|(end, _)| {
            if named_first {
                // The relative's verb follows at once.
                let word = matches!(tokens.get(*end).map(|t| t.tok), Some(Tok::Word(_)));
                (word && !subject_at(tokens, *end)).then_some(*end)
            } else {
                self.report_without_subject(tokens, *end)
            }
        })?;
        // The antecedent is the actor, or list of actors, that ends at the comma; the longest.
        let antecedent = (comma.saturating_sub(8)..comma)
            .find_map(|start| self.actors_spanning(view, start, comma))?;
        Some((end, antecedent))
    }

    /// The end of an attribution at `at` ("says", "believes", "according to") that reports the
    /// clause around it rather than opens one of its own: no subject follows it ("which Spain
    /// says it armed" is Spain's act).
    fn report_without_subject(&self, tokens: &[Token], at: usize) -> Option<usize> {
        let said = self.phrase_at(tokens, at, &self.lists.attribution)?;
        (!subject_at(tokens, said)).then_some(said)
    }

    /// The end of a reporter that is no actor and its report, at `at` right after ", which" or
    /// ", who": "officials say", "Western analysts believe". Up to three plain words (no clause
    /// word or attribution), then an attribution with no subject after it; or "according to"
    /// and up to three such words before a verb. An actor there is
    /// [`Self::reporter_in_relative`]'s.
    fn plain_reporter_end(&self, tokens: &[Token], at: usize) -> Option<usize> {
        if at < 2 || !opens_relative(tokens, at - 2) {
            return None;
        }
        let plain = |k: usize| {
            matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Word(_)))
                && class_at(tokens, k) & CLAUSE_WORD == 0
                && self.phrase_at(tokens, k, &self.lists.attribution).is_none()
        };
        // The source named first: "which according to officials sent drones", "which according
        // to Western analysts has sent". Its words end where the relative's verb or auxiliary
        // starts.
        if let Some(to) = according_to_end(tokens, at) {
            let verb = |k: usize| self.rule_verb_word(&tokens[k]) || auxiliary_at(tokens, k);
            return (to + 1..(to + 4).min(tokens.len()))
                .take_while(|&k| plain(k - 1) && !verb(k - 1))
                .find(|&k| verb(k));
        }
        (at + 1..at + 4)
            .take_while(|&k| plain(k - 1))
            .find_map(|k| self.report_without_subject(tokens, k))
    }

    /// Whether the preposition at `p` ties a firm noun before it to the actor after it ("firms
    /// in China", "companies from Iran", "entities based in Turkey"), or an actor head ("the
    /// government of Iran", "the army of North Korea") or forces ("the armed forces of Kenya"):
    /// that actor is their home and may well be a clause's subject ("Firms in China supplied
    /// Russia with drones"), unlike the place of people who speak ("Officials in Seoul said
    /// shells were sent").
    fn ties_owner_to_head(&self, view: &SentenceView, p: usize) -> bool {
        let tokens = view.tokens;
        let heads = match tokens[p].tok {
            Tok::Word("in" | "from") => &self.lists.firms,
            // Forces are a weapon's name, not a head word: "the armed forces of Kenya".
            Tok::Word("of") if p > 0 && self.forces_at(view, p - 1) => return true,
            Tok::Word("of") => &self.lists.heads,
            _ => return false,
        };
        let mut head_end = p;
        if head_end > 0 && matches!(tokens[head_end - 1].tok, Tok::Word("based")) {
            head_end -= 1;
        }
        self.phrase_ends_before(tokens, head_end, heads).any(|end| end == head_end)
    }

    /// The ends of the phrases of `list` that start in the few tokens before token `at` (as many
    /// as its longest phrase has words), for asking what a position follows or lies inside.
    fn phrase_ends_before<'a>(
        &'a self,
        tokens: &'a [Token],
        at: usize,
        list: &'a PhraseIndex,
    ) -> impl Iterator<Item = usize> + 'a {
        (at.saturating_sub(list.longest)..at).filter_map(move |k| self.phrase_at(tokens, k, list))
    }

    /// Whether the actor at `i` is a later member of a list a rule verb or a preposition governs
    /// ("sanctioned Russia and Belarus, and Canada has…": Belarus): walking back over members
    /// and separators reaches the verb. Right after ", and" a new clause may start ("…, and China and North
    /// Korea sent…"), so that is not taken as inside the list.
    fn in_object_list(&self, view: &SentenceView, i: usize) -> bool {
        let tokens = view.tokens;
        let word = |k: usize| match tokens.get(k).map(|t| t.tok) {
            Some(Tok::Word(w)) => Some(w),
            Some(Tok::Punct(',')) => Some(","),
            _ => None,
        };
        if i >= 2 && matches!(word(i - 1), Some("and" | "or")) && word(i - 2) == Some(",") {
            return false;
        }
        let mut j = i;
        let mut members = 0;
        while j > 0 {
            match tokens[j - 1].tok {
                Tok::Punct(',') | Tok::Word("and" | "or") => j -= 1,
                Tok::Ent(_) => {
                    j -= 1;
                    members += 1;
                }
                _ => break,
            }
        }
        members > 0 && self.governed(view, j, true)
    }

    /// Whether a list ending at token `end` runs into the next clause: a rule verb follows it
    /// ("Russia and Canada sanctioned…"), or more members and then one do ("Iran, and China
    /// and North Korea sent…" for the list "Iran, and China"). A list followed by ", and" ended
    /// where a clause may begin ("Ukraine and Poland, and France sent…"), and "and" straight
    /// before a verb shares the subject ("…to Ukraine and Poland and supplied…").
    fn runs_into_clause(&self, view: &SentenceView, end: usize) -> bool {
        let tokens = view.tokens;
        let tok = |k: usize| tokens.get(k).map(|t| t.tok);
        if matches!(tok(end), Some(Tok::Punct(',')))
            && matches!(tok(end + 1), Some(Tok::Word("and" | "or")))
        {
            return false;
        }
        let mut j = end;
        let mut members = 0;
        while let Some(t) = tok(j) {
            match t {
                Tok::Punct(',') | Tok::Word("and" | "or") => j += 1,
                Tok::Ent(_) => {
                    j += 1;
                    members += 1;
                }
                _ => break,
            }
        }
        (j == end || members > 0) && self.starts_clause(view, j)
    }

    /// Whether a verb starts at token `i`, after an auxiliary or "also" at most: the actor
    /// before it is the subject of a new clause. A rule verb, or any other verb the words can
    /// tell without a tagger: a modal, a verb of saying, a past form in "-ed" ("…to Ukraine,
    /// and Russia held drills", "and Moscow warned…"), except the participles that describe
    /// an actor ("Russia and Belarus based on…", "Iran and groups backed by it").
    fn starts_clause(&self, view: &SentenceView, i: usize) -> bool {
        let tokens = view.tokens;
        let mut j = i;
        if matches!(
            tokens.get(j).map(|t| t.tok),
            Some(Tok::Word(
                "has" | "have" | "had" | "also" | "will" | "is" | "are" | "was" | "were"
            ))
        ) {
            j += 1;
        }
        let Some(token) = tokens.get(j) else { return false };
        let describes_actor = matches!(token.tok, Tok::Word(w) if ACTOR_PARTICIPLES.contains(&w))
            && matches!(
                tokens.get(j + 1).map(|t| t.tok),
                Some(Tok::Word("on" | "in" | "at" | "by" | "to" | "with" | "of" | "as" | "near"))
            );
        // Checked before the rule verbs: "based" also anchors deployment rules ("troops
        // based in Poland"), yet right after a list of actors and before a preposition it
        // describes them; with an object it is a verb ("and Poland based troops in…").
        if describes_actor && j == i {
            return false;
        }
        if self.verb_first.contains(token.id) {
            return true;
        }
        match token.tok {
            Tok::Word(
                "said" | "says" | "told" | "held" | "holds" | "would" | "could" | "may" | "might"
                | "must" | "can" | "should",
            ) => true,
            _ if describes_actor => false,
            Tok::Word(w) => w.len() >= 5 && w.ends_with("ed"),
            _ => false,
        }
    }

    /// An actor slot: one actor or a coordination ("the UK and Canada", "A, B and C"). Returns
    /// the possible ends, longest first.
    fn actors_at(&self, view: &SentenceView, i: usize) -> Alternatives<Actors> {
        let tokens = view.tokens;
        let mut out = Alternatives::new();
        let mut start = i;
        // "both A and B", "neither A nor B" (the negation cues read the "neither")
        if matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Word("both" | "either" | "neither"))) {
            start = i + 1;
        }
        let first_at = self.past_count_and_standing(tokens, start);
        // A first member outside any state ("sanctions on Haitian gang leaders and on Haiti's
        // former president") is passed over: the list may still name sides after it.
        let (mut end, mut actors): (usize, Actors) = match self.single_actor(view, first_at) {
            Some((end, first)) => {
                out.push((end, smallvec![first]));
                (end, smallvec![first])
            }
            None => match self.non_state_member_end(view, first_at) {
                Some(end) => (end, Actors::new()),
                None => return out,
            },
        };
        // A list closes with "and"/"or": "A, B and C" is three actors, but in "A, B said" the
        // comma does not coordinate ("from North Korea, U.S. officials said").
        let mut pending: Alternatives<Actors> = Alternatives::new();
        // The preposition that opened the list may open each of its actors again: "to Russia
        // and to Belarus", "companies in Iran and in Syria".
        let preposition = match i.checked_sub(1).map(|k| tokens[k].tok) {
            Some(p @ Tok::Word("to" | "on" | "in" | "into" | "against" | "from")) => Some(p),
            _ => None,
        };
        loop {
            let mut j = end;
            let mut separated = false;
            let mut closing = false;
            if matches!(tokens.get(j).map(|t| t.tok), Some(Tok::Punct(','))) {
                j += 1;
                separated = true;
            }
            if matches!(tokens.get(j).map(|t| t.tok), Some(Tok::Word("and" | "or" | "nor"))) {
                j += 1;
                separated = true;
                closing = true;
            }
            if !separated {
                // "A but not B": the list goes on past a member it sets aside.
                if matches!(tokens.get(j).map(|t| t.tok), Some(Tok::Word("but"))) {
                    j += 1;
                    closing = true;
                } else {
                    break;
                }
            }
            // "A and not B" sets B aside: the list spans it, but B does not act. (Between
            // commas, "A, not B, …" is an aside of its own.)
            let contrast = matches!(tokens[j - 1].tok, Tok::Word("and" | "but"))
                && tokens[j - 2].tok != Tok::Punct(',');
            if contrast && matches!(tokens.get(j).map(|t| t.tok), Some(Tok::Word("not"))) {
                // Only a contrast the negation scan passes over too: "to Ukraine but not Poland
                // jets" denies a clause of its own.
                let set_aside =
                    self.single_actor(view, self.past_count_and_standing(tokens, j + 1));
                match set_aside.filter(|&(e, _)| self.bare_contrast_end(view, j) == Some(e)) {
                    Some((e, _)) => {
                        end = e;
                        out.extend(pending.drain(..));
                        if !actors.is_empty() {
                            out.push((end, actors.clone()));
                        }
                        continue;
                    }
                    None => break,
                }
            } else if tokens.get(j - 1).map(|t| t.tok) == Some(Tok::Word("but")) {
                break;
            }
            // "to Peru, then to Bolivia", "to Chad and later to Niger": a word of time before
            // the repeated preposition orders the members, it does not end the list. Only with
            // the preposition: ", then Bolivia sold…" may open a clause of its own. After a
            // comma the word closes the list as "and" would.
            if preposition.is_some()
                && word_at(tokens, j).is_some_and(is_time_sequence_word)
                && tokens.get(j + 1).map(|t| t.tok) == preposition
            {
                j += 1;
                closing = true;
            }
            if preposition.is_some() && tokens.get(j).map(|t| t.tok) == preposition {
                j += 1;
            }
            // "Denmark and the Netherlands", "three Russian entities and a North Korean firm"
            if is_article(tokens.get(j)) {
                j += 1;
            }
            let next = self.past_count_and_standing(tokens, j);
            // A demonym owning items closes the list ("to Ukraine and British jets"), unless
            // the member before it is a bare demonym too: "Dutch and Belgian troops" are both
            // owners of the troops.
            let bare_demonym_before = matches!(
                tokens[end - 1].tok,
                Tok::Ent(m) if view.mentions[m].form == MentionForm::Demonym
            );
            if !bare_demonym_before && self.owns_items_phrase(view, next) {
                break;
            }
            match self.single_actor(view, next) {
                Some((e, a)) => {
                    end = e;
                    if !actors.contains(&a) {
                        actors.push(a);
                    }
                    if closing {
                        out.extend(pending.drain(..));
                        out.push((end, actors.clone()));
                    } else {
                        pending.push((end, actors.clone()));
                    }
                }
                None => {
                    // "Iran, Belarus and a key supplier of drones": the list closes on a member
                    // that is no side, yet its commas coordinated the sides before it, as they
                    // do before a predicate ("sanctioned Iran, Syria and imposed…"). Not when a
                    // speaker follows ("to Russia, US officials and analysts said"): there the
                    // comma ended the clause.
                    if closing
                        && !pending.is_empty()
                        && !(next..tokens.len())
                            .any(|k| self.phrase_at(tokens, k, &self.lists.attribution).is_some())
                    {
                        out.extend(pending.drain(..));
                    }
                    break;
                }
            }
        }
        // Whatever is still pending followed a bare comma that never closed: not a coordination.
        out.reverse();
        // Forces right after an actor may be items of its own ("North Korean troops were
        // sent…", "hosts Russian troops and nuclear weapons") or the actor's head ("Ukrainian
        // troops fired…", "Hezbollah forces have received…"): the first reading is tried first,
        // the second where it fails.
        if !out.iter().any(|&(end, _)| self.forces_at(view, end)) {
            return out;
        }
        let mut with_forces = Alternatives::new();
        for (end, actors) in out {
            if self.forces_at(view, end) {
                with_forces.push((end, actors.clone()));
                with_forces.push((end + 1, actors));
            } else {
                with_forces.push((end, actors));
            }
        }
        with_forces
    }

    /// Where a member of an actor list that names people outside any state ends, if one starts
    /// at token `j`: "Haitian gang leaders", "rebel commanders" (a [words non-state] modifier,
    /// after a demonym or not, then actor heads).
    fn non_state_member_end(&self, view: &SentenceView, j: usize) -> Option<usize> {
        let tokens = view.tokens;
        let modifier_at = match tokens.get(j).map(|t| t.tok) {
            Some(Tok::Ent(m)) if view.mentions[m].form == MentionForm::Demonym => j + 1,
            _ => j,
        };
        let heads_at = self.phrase_at(tokens, modifier_at, &self.lists.non_state)?;
        self.heads_end(tokens, heads_at)
    }

    /// Whether token `i` is a demonym owning the items right after it, which close their phrase:
    /// in "sent tanks to Ukraine and British jets to Poland" the list of recipients ends before
    /// "British" (the jets are Britain's, not a recipient of the tanks).
    fn owns_items_phrase(&self, view: &SentenceView, i: usize) -> bool {
        let tokens = view.tokens;
        let mention_at = |k: usize| match tokens.get(k).map(|t| t.tok) {
            Some(Tok::Ent(m)) => Some(&view.mentions[m]),
            _ => None,
        };
        let closes_phrase = matches!(
            tokens.get(i + 2).map(|t| t.tok),
            None | Some(Tok::Punct(_) | Tok::Word("to" | "into" | "in" | "for" | "from" | "and"))
        );
        mention_at(i).is_some_and(|m| m.form == MentionForm::Demonym)
            && mention_at(i + 1).is_some_and(|m| self.is_weapon(m.entity))
            && closes_phrase
    }

    /// The token after the count in front of an actor, or `i` where there is none: "sanctions
    /// on 12 Chinese companies", "dozens of Iranian officials", "Russian banks and one North
    /// Korean firm".
    fn past_count(&self, tokens: &[Token], i: usize) -> usize {
        let mut k = i;
        for _ in 0..3 {
            match tokens.get(k).map(|t| t.tok) {
                Some(Tok::Num) => k += 1,
                Some(Tok::Word("of")) if k > i => k += 1,
                Some(Tok::Word(_)) => match self.phrase_at(tokens, k, &self.lists.quantity) {
                    Some(end) => k = end,
                    None => break,
                },
                _ => break,
            }
        }
        k
    }

    /// The token after the count and the standing words in front of an actor: "three senior
    /// Iranian officials", "two high-ranking Chinese officers", "top Russian generals".
    fn past_count_and_standing(&self, tokens: &[Token], i: usize) -> usize {
        let mut k = self.past_count(tokens, i);
        for _ in 0..2 {
            match self.phrase_at(tokens, k, &self.lists.standing) {
                Some(end) => k = end,
                None => break,
            }
        }
        k
    }

    /// Whether a count starts at token `i`: one [`Self::past_count`] passes over, or "a" ("over
    /// a hundred").
    fn counts_ahead(&self, tokens: &[Token], i: usize) -> bool {
        matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Word("a")))
            || self.past_count(tokens, i) > i
    }

    /// The quantity words in front of an item ("at least 100", "more than 20,000 containers").
    ///
    /// A quantity is the last run of amount words (numbers and the quantity list) before the
    /// item, with a lead-in ("an additional") and a tail ("or more") of its own, and it must sit
    /// close to the item: "as many as 9 million rounds of mixed artillery" counts the artillery,
    /// "the two leaders probably discussed arms sales" counts the leaders, not the arms.
    fn quantity(&self, view: &SentenceView, from: usize, to: usize) -> Option<(usize, usize)> {
        let tokens = view.tokens;
        // A demonym or maker of the item stands between it and its count: "300 American
        // troops", "20 U.S.-made jets".
        let to = self.modifier_at_before(view, to).map_or(to, |(at, _)| at.max(from));
        if (from..to).any(|k| matches!(tokens[k].tok, Tok::Ent(_))) {
            return None;
        }
        let mut a = from;
        // Leading separators and determiners are not part of a quantity.
        while a < to {
            match tokens[a].tok {
                Tok::Punct(',')
                | Tok::Word(
                    "and" | "the" | "its" | "their" | "a" | "an" | "including" | "plus" | "also",
                ) => a += 1,
                Tok::Word("as")
                    if matches!(tokens.get(a + 1).map(|t| t.tok), Some(Tok::Word("well"))) =>
                {
                    a += 3
                }
                _ => break,
            }
        }
        // The last run of amount words: "hundreds of thousands", "up to 12,000", "2,000 or more".
        let quantity_words = &self.lists.quantity;
        let mut run: Option<(usize, usize)> = None;
        let mut k = a;
        while k < to {
            let end = match tokens[k].tok {
                Tok::Num if view.number_in_word(k) => k,
                Tok::Num => k + 1,
                _ => self.phrase_at(tokens, k, quantity_words).unwrap_or(k).min(to),
            };
            if end > k {
                run = match run {
                    Some((s, e)) if (e..k).all(|g| is_amount_joint(tokens[g].tok)) => {
                        Some((s, end))
                    }
                    _ => Some((k, end)),
                };
                k = end;
            } else {
                k += 1;
            }
        }
        let (mut s, mut e) = run?;
        match (tokens.get(e).map(|t| t.tok), tokens.get(e + 1).map(|t| t.tok)) {
            (Some(Tok::Word("more")), _) if e < to => e += 1,
            (Some(Tok::Word("or")), Some(Tok::Word("more" | "so"))) if e + 1 < to => e += 2,
            _ => {}
        }
        // Between the amount and the item: a few modifiers ("of mixed", "of the same"), no more.
        let mut modifiers = 0;
        for (k, t) in tokens.iter().enumerate().take(to).skip(e) {
            match t.tok {
                Tok::Word(w) if is_item_determiner(w) => {}
                // "two Mi-171 helicopters", "three 500-pound bombs": a number in a word.
                Tok::Num if view.number_in_word(k) => {}
                Tok::Word(_) if modifiers < MAX_QUANTITY_MODIFIERS => modifiers += 1,
                _ => return None,
            }
        }
        while s > a
            && matches!(
                tokens[s - 1].tok,
                Tok::Word("additional" | "another" | "further" | "extra" | "estimated" | "total")
            )
        {
            s -= 1;
        }
        // A trailing "of" or stray mark is not part of it: "a large number of".
        while e > s && matches!(tokens[e - 1].tok, Tok::Word("of") | Tok::Punct(_)) {
            e -= 1;
        }
        if e <= s {
            return None;
        }
        let (start, end) = view.original_span(s, e);
        let text = view.original.get(start..end)?;
        let trimmed = text.trim_matches(|c: char| c == '"' || c == '\'' || c.is_whitespace());
        let offset = start + (trimmed.as_ptr() as usize - text.as_ptr() as usize);
        Some((offset, offset + trimmed.len()))
    }

    /// The parts of the weapon at token `at` that the text says moved: a parts phrase right
    /// after its name ("drone engines", "Shahed spare parts"), or one in its phrase before "for"
    /// or "of" ("components for Iranian drones", "parts of the missiles"), with at most two
    /// words between ("engines for the Shahed drones"). Without it the weapon itself moved.
    fn part(&self, view: &SentenceView, from: usize, at: usize) -> Option<(usize, usize)> {
        let tokens = view.tokens;
        let parts = &self.lists.parts;
        if let Some(end) = self.phrase_at(tokens, at + 1, parts) {
            return Some(view.original_span(at + 1, end));
        }
        (from..at).find_map(|k| {
            let end = self.phrase_at(tokens, k, parts)?;
            let joined = matches!(tokens.get(end).map(|t| t.tok), Some(Tok::Word("for" | "of")));
            let between = &tokens[(end + 1).min(at)..at];
            (joined
                && between.len() <= 2
                && between.iter().all(|t| matches!(t.tok, Tok::Word(_) | Tok::Ent(_))))
            .then(|| view.original_span(k, end))
        })
    }

    /// [`Extractor::actors_at`], computed once per sentence and token.
    fn actors_from<'v>(&self, view: &'v SentenceView, i: usize) -> &'v [(usize, Actors)] {
        match view.tables.actors.get(i) {
            Some(cell) => cell.get_or_init(|| self.actors_at(view, i)),
            None => &[], // past the last token: no actor
        }
    }

    /// [`Extractor::items_at`], computed once per sentence and token.
    fn items_from<'v>(&self, view: &'v SentenceView, i: usize, last: bool) -> &'v [(usize, Items)] {
        let (all, closing) = match view.tables.items.get(i) {
            Some(cell) => cell.get_or_init(|| self.items_at(view, i)),
            None => return &[], // past the last token: no item
        };
        // The slot that ends a rule takes the longest list that may close one only.
        if last {
            &all[closing.saturating_sub(1)..*closing]
        } else {
            all
        }
    }

    /// Whether a captive word ending at `end` ("captured", "detained") describes arms rather
    /// than people: the first weapon within three tokens, past other words and demonyms, is no
    /// force. A phrase ending in "of" ("use of", "withdrawal of") takes any items away.
    fn arms_after_captive(&self, view: &SentenceView, end: usize) -> bool {
        let tokens = view.tokens;
        if matches!(tokens[end - 1].tok, Tok::Word("of")) {
            return false;
        }
        for token in &tokens[end..(end + 3).min(tokens.len())] {
            match token.tok {
                Tok::Ent(m) if self.is_weapon(view.mentions[m].entity) => {
                    return !self.retyping[view.mentions[m].entity.index()];
                }
                Tok::Ent(m) if view.mentions[m].form == MentionForm::Demonym => {}
                Tok::Word(_) => {}
                _ => return false,
            }
        }
        false
    }

    /// Where the phrase of items on their way back ends: after "withdrawn from Syria" or
    /// "pulled out of the Kursk region" (at most three words for the place), before a "to"
    /// that may name where they go next. None when no departure phrase with its place starts
    /// at token `j`.
    fn departure_end(&self, view: &SentenceView, j: usize) -> Option<usize> {
        let tokens = view.tokens;
        let from = self.phrase_at(tokens, j, &self.lists.departure)?;
        if !matches!(tokens.get(from).map(|t| t.tok), Some(Tok::Word("from" | "of"))) {
            return None;
        }
        let mut end = from + 1;
        while end < (from + 4).min(tokens.len())
            && !view.is_boundary(end)
            && !matches!(
                tokens[end].tok,
                Tok::Punct(_) | Tok::Word("to" | "into" | "toward" | "towards" | "and" | "or")
            )
        {
            end += 1;
        }
        Some(end)
    }

    /// Whether the weapon at token `j` only modifies a noun after it, itself or after one more
    /// word ("F-16 pilots", "F-16 fighter pilots"), that names no item: a `non-items` phrase
    /// that no weapon follows ("missile strikes", not "Lancet strike drones").
    fn only_modifies(&self, view: &SentenceView, j: usize) -> bool {
        let tokens = view.tokens;
        (j + 1..(j + 3).min(tokens.len()))
            .take_while(|&k| match tokens[k].tok {
                Tok::Word(w) => !joins_items(w),
                Tok::Ent(e) => self.retyping[view.mentions[e].entity.index()],
                _ => false,
            })
            .any(|k| {
                self.phrase_at(tokens, k, &self.lists.non_items)
                    .is_some_and(|end| !self.weapon_at(view, end))
            })
    }

    /// Whether word `w` at token `j`, after a list separator (`first`) or after such words, may
    /// be part of an item the gazetteer does not know: a lowercase word that is no verb of the
    /// rules, no cue and no word that starts a clause ("and said", "and then", "and has"). A
    /// model may hold digits: "howitzers and M101 guns" (hyphens split words, and a bare count
    /// is a number token).
    fn may_name_item(&self, tokens: &[Token], j: usize, w: &str, first: bool) -> bool {
        w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            && class_at(tokens, j) & CLAUSE_WORD == 0
            // A past tense first ("and agreed to Poland's request") is a predicate of its own.
            && !(first && w.ends_with("ed"))
            && self.phrase_at(tokens, j, &self.lists.finite_verbs).is_none()
            && self.phrase_at(tokens, j, &self.lists.negation).is_none()
            && self.phrase_at(tokens, j, &self.lists.hedge).is_none()
            // "missiles, according to US intelligence": a source, and its "to" no destination.
            && self.phrase_at(tokens, j, &self.lists.attribution).is_none()
    }

    /// An items slot: a list holding at least one weapon. Returns possible ends, shortest first,
    /// and how many of them reach the longest that may end a rule (not one that ends on a word
    /// the gazetteer lacks).
    fn items_at(&self, view: &SentenceView, i: usize) -> (Alternatives<Items>, usize) {
        let tokens = view.tokens;
        let mut out = Alternatives::new();
        // A list that a rule's gap starts inside or right after a captive phrase is still that
        // phrase's: in "approved controls on the use of arms sent to Ukraine" no arms were
        // approved.
        if self.phrase_ends_before(tokens, i, &self.lists.captive).any(|end| end >= i) {
            return (out, 0);
        }
        // Nor is a list that starts at the verb of a to-infinitive, where the rule passed over a
        // cue ending in "to": in "handed Chad a contract to deliver howitzers" the howitzers are
        // the contract's, not what was handed (as they are in "permission to send", below).
        if i > 0 && tokens[i - 1].tok == Tok::Word("to") && self.rule_verb_word(&tokens[i]) {
            return (out, 0);
        }
        // Nor one that starts at the verb of a predicate of its own, where the rule passed over
        // an adverb after "and": in "promised to help and then shipped rifles" nothing was
        // promised.
        if self.finite_after_and(tokens, i) {
            return (out, 0);
        }
        // "them" or "it" for arms named before: "Iran built drones and sent them to Russia",
        // counted or not ("sent hundreds of them").
        let counted = self.counted_pronoun(tokens, i);
        if let Some(mut items) = self.anaphoric_items(view, counted.unwrap_or(i)) {
            let pronoun = counted.unwrap_or(i);
            if let (Some(p), [item]) = (counted, items.as_mut_slice()) {
                item.quantity = self.quantity(view, i, p).and_then(TextSpan::of);
            }
            // With its particle too: "passed them on to Ukraine".
            let particle = matches!(tokens.get(pronoun + 1).map(|t| t.tok), Some(Tok::Word("on")))
                && onward_at(tokens, pronoun + 2);
            if particle {
                out.push((pronoun + 1, items.clone()));
                out.push((pronoun + 2, items));
            } else {
                out.push((pronoun + 1, items));
            }
            let closing = out.len();
            return (out, closing);
        }
        let mut items = Items::new();
        let mut phrase_start = i;
        let mut phrase_owner = None;
        let mut last_item_end = i;
        let limit = (i + MAX_ITEMS_TOKENS).min(tokens.len());
        // Words after a list separator that name no known weapon: how many, while they may be
        // an item the gazetteer lacks.
        let mut loose: Option<usize> = None;
        let mut closing = 0;
        // A list right after its recipient ("sent Hezbollah rockets and the Houthis drones") is
        // a ditransitive's: a side named by name before a later item starts a gapped second
        // pair, not an owner of that item, so the list ends there.
        let after_recipient = i > 0 && self.names_side(view, i - 1);
        // A finite verb after "and" inside the list gaps the list's own verb ("sent troops and
        // supplied drones to Russia": both went to Russia) only where that verb is finite too.
        // Asked only when the list meets such a verb.
        let after_finite_verb = || {
            (i.saturating_sub(3)..i).any(|k| {
                self.phrase_at(tokens, k, &self.lists.finite_verbs).is_some_and(|end| {
                    end == i || (end + 1 == i && matches!(tokens[end].tok, Tok::Ent(_)))
                })
            })
        };
        // A list that opens a clause, an article aside: at the sentence's start, or after a
        // punctuation mark or "that".
        let opens_clause = |i: usize| {
            let start = if i > 0 && is_article(tokens.get(i - 1)) { i - 1 } else { i };
            start == 0 || matches!(tokens[start - 1].tok, Tok::Punct(_) | Tok::Word("that"))
        };
        // A comma after which the list's destination comes: the close of an aside inside the
        // list ("drones, including Shaheds, to Russia").
        let destination_after = |comma: usize| {
            tokens[comma].tok == Tok::Punct(',')
                && matches!(tokens.get(comma + 1).map(|t| t.tok), Some(Tok::Word("to" | "into")))
        };
        // A "but" that opens a contrast ("drones, but not missiles") bounds no clause.
        let but_not = |j: usize| {
            tokens[j].tok == Tok::Word("but")
                && matches!(tokens.get(j + 1).map(|t| t.tok), Some(Tok::Word("not")))
        };
        let mut j = i;
        while j < limit {
            let contrast = !items.is_empty() && but_not(j);
            if j > i && view.is_boundary(j) && !contrast {
                break;
            }
            // An auxiliary right after an item makes the item a subject: in "Ukraine's tanks
            // were destroyed by shells that came from Russia" the shells are no second item.
            if !items.is_empty() && j == last_item_end && auxiliary_at(tokens, j) {
                break;
            }
            let loose_before = loose.take();
            // Items on their way back take in the place they leave: in "ordered troops withdrawn
            // from Syria" Syria is no supplier, while "sent troops recalled from Syria to
            // Ukraine" still names where they go. (No departure word is a separator or a
            // captive word, so this may come first.)
            if !items.is_empty() && matches!(tokens[j].tok, Tok::Word(_)) {
                if let Some(end) = self.departure_end(view, j) {
                    out.push((end, items.clone()));
                    closing = out.len();
                    break;
                }
            }
            let alternatives = out.len();
            let mut loose_end = false;
            match tokens[j].tok {
                Tok::Ent(k) => {
                    let m = view.mentions[k];
                    // Forces right after a weapon, or after one modifier of it, are its head
                    // noun, not a second item: "MiG-29 fighters" and "Su-35 multirole
                    // fighters" are jets, where "fighters" alone are combatants.
                    let modifiers = j.saturating_sub(last_item_end);
                    let head_noun = self.retyping[m.entity.index()]
                        && last_item_end > i
                        && modifiers <= 1
                        && tokens[last_item_end..j]
                            .iter()
                            .all(|t| matches!(t.tok, Tok::Word(w) if !joins_items(w)))
                        && matches!(tokens[last_item_end - 1].tok,
                            Tok::Ent(p) if !self.retyping[view.mentions[p].entity.index()]);
                    if head_noun {
                        out.push((j + 1, items.clone()));
                    } else if self.is_weapon(m.entity) && self.only_modifies(view, j) {
                        // "F-16 pilots" are no F-16s: the weapon is a word of a conjunct the
                        // gazetteer does not know ("sent tanks and F-16 pilots to Ukraine"
                        // still sent the tanks), and no item.
                        loose = loose_before.map(|n| n + 1);
                        loose_end = true;
                    } else if self.is_weapon(m.entity) {
                        // An item after a separator with an auxiliary of its own is the subject
                        // of a clause of its own: in "did not send troops and North Korean troops
                        // were deployed" the list ends at "and". (A participle may be the item's
                        // own: "tanks and jets supplied by France".) Not where the list opens
                        // its clause: then it is the subject, and the auxiliary its own ("In
                        // May, drones and tanks were sent to Chile").
                        if phrase_start > last_item_end
                            && auxiliary_at(tokens, j + 1)
                            && !opens_clause(i)
                        {
                            break;
                        }
                        if !items.iter().any(|it| it.entity == m.entity) {
                            // The first item's count may stand before its demonym ("two
                            // Russian helicopters"), outside the list.
                            let quantity = self.quantity(view, phrase_start, j).or_else(|| {
                                (phrase_start == i)
                                    .then(|| self.quantity_before_modifier(view, i))
                                    .flatten()
                            });
                            let part = self.part(view, phrase_start, j);
                            items.push(ItemAt {
                                entity: m.entity,
                                quantity: quantity.and_then(TextSpan::of),
                                part: part.and_then(TextSpan::of),
                                owner: phrase_owner,
                            });
                        }
                        phrase_start = j + 1;
                        last_item_end = j + 1;
                        out.push((j + 1, items.clone()));
                    } else if !items.is_empty()
                        && self.phrase_at(tokens, j + 1, &self.lists.finite_verbs).is_some()
                    {
                        // An actor and its verb start a clause of their own, even where the
                        // actor is a demonym: "US-supplied HIMARS and British-supplied Storm
                        // Shadow missiles" are two suppliers' items.
                        break;
                    } else if after_recipient && !items.is_empty() && m.form != MentionForm::Demonym
                    {
                        break;
                    } else if self.modifies_item(tokens, view.mentions, j) {
                        phrase_owner = Some(m.entity);
                    } else {
                        break;
                    }
                }
                // "not" after a separator sets what follows aside: "sent drones, not missiles,
                // to Russia" sent no missiles. The list goes on past a closing comma to its
                // destination and otherwise ends before the "not".
                Tok::Word("but") if !items.is_empty() && but_not(j) => {}
                Tok::Word("not")
                    if !items.is_empty()
                        && matches!(
                            tokens[j - 1].tok,
                            Tok::Punct(',') | Tok::Word("and" | "but")
                        ) =>
                {
                    let close = (j + 1..limit).find(|&k| matches!(tokens[k].tok, Tok::Punct(_)));
                    // Without a closing comma, the contrast the negation scan passes over runs
                    // up to the destination: "sent drones but not missiles to Russia".
                    let destination = self.bare_contrast_end(view, j).filter(|&end| {
                        end < limit && matches!(tokens[end].tok, Tok::Word("to" | "into"))
                    });
                    let resume = match (close, destination) {
                        (Some(close), _) if destination_after(close) => close + 1,
                        (_, Some(to)) => to,
                        _ => break,
                    };
                    out.push((resume, items.clone()));
                    closing = out.len();
                    j = resume;
                    continue;
                }
                // A comma before any item closes the phrase the slot opened: in "helping Iran
                // with its missile program, fostering gains in missile guidance" nothing after
                // it is what helped.
                Tok::Punct(',') if items.is_empty() => break,
                Tok::Punct(',') | Tok::Word("and") => {
                    // The comma that closes an aside inside the list leaves the list's
                    // destination to come: "sent drones, including Shaheds, to Russia".
                    if j == last_item_end
                        && destination_after(j)
                        && (i..j).any(|k| tokens[k].tok == Tok::Punct(','))
                    {
                        out.push((j + 1, items.clone()));
                    }
                    phrase_start = j + 1;
                    phrase_owner = None;
                    loose = (!items.is_empty()).then_some(0);
                }
                // Before the first weapon, "on", "against" or "over" (not the "over" of "over
                // 100 tanks") heads a phrase of its own, which the weapon after it belongs to:
                // "announced sanctions on six Iranian officials over drone deliveries" lists no
                // drones as what was announced.
                // So does "about" ("pressed Russia for answers about the drones"), but not the
                // "about" of "about 100 tanks".
                Tok::Word(w @ ("on" | "against" | "over" | "about"))
                    if items.is_empty()
                        && !(matches!(w, "over" | "about") && self.counts_ahead(tokens, j + 1)) =>
                {
                    break;
                }
                // A list does not start at "with", nor at "forward with": in "decided to move
                // forward with the Su-57 deal" nothing is moved, and the rules name the "with"
                // of "supplied Russia with drones" themselves. ("shipped them with missiles"
                // still ships the missiles.)
                Tok::Word("with")
                    if items.is_empty()
                        && (j == i
                            || j == i + 1
                                && matches!(tokens[i].tok, Tok::Word("forward" | "ahead"))) =>
                {
                    break
                }
                // And a to-infinitive of a rule verb is an act of its own, whose items are its
                // own: "asked Germany for permission to send tanks to Ukraine" asks for no tanks.
                Tok::Word("to")
                    if items.is_empty()
                        && tokens.get(j + 1).is_some_and(|t| self.rule_verb_word(t)) =>
                {
                    break;
                }
                // Captives and the dead are no forces: "sent captured North Korean soldiers
                // back to Pyongyang". Arms taken in battle are still arms moved: "transferred
                // captured Western weapons to Iran".
                Tok::Word(_)
                    if self
                        .phrase_at(tokens, j, &self.lists.captive)
                        .is_some_and(|end| !self.arms_after_captive(view, end)) =>
                {
                    break;
                }
                // Nor are arms an inquiry, a report or a ban is about: "helped Peru with the
                // investigation into drones" helped with no drones.
                Tok::Word(_)
                    if items.is_empty()
                        && self.phrase_at(tokens, j, &self.lists.topic).is_some() =>
                {
                    break;
                }
                // A reflexive object is the subject itself, not what it moves: "Iran has
                // positioned itself as a key supplier of drones to Russia".
                Tok::Word("itself" | "themselves") => break,
                // After "not to send drones", "and shipped missiles" is a predicate of its own;
                // so it is after a ditransitive's pair ("sent Russia troops and supplied drones
                // to Syria"), whose recipient the second verb does not share.
                Tok::Word(_)
                    if !items.is_empty()
                        && self.finite_after_and(tokens, j)
                        && (after_recipient || !after_finite_verb()) =>
                {
                    break;
                }
                // Any verb in the past with an object of its own after "and" starts a predicate
                // too, which no item of the list is the modifier of: "bought British frigates
                // and defended its purchase of jets from France" bought no jets.
                Tok::Word(_)
                    if !items.is_empty()
                        && tokens[j - 1].tok == Tok::Word("and")
                        && self.is_past_verb(tokens, j)
                        && opener_at(tokens, Some(j + 1)) =>
                {
                    break;
                }
                // Before any item, such a verb leads to items of its own: in "refused to arm and
                // sent drones to Russia" or "promised aid and shipped rifles" the drones were
                // sent and the rifles shipped, whatever the verb before; so does the verb of a
                // relative clause ("announced sanctions on firms that shipped drones").
                Tok::Word(_)
                    if items.is_empty()
                        && j > i
                        && (self.finite_after_and(tokens, j)
                            || self.verb_of_relative(tokens, j)) =>
                {
                    break;
                }
                // An auxiliary or a pronoun after a comma or "and" starts a clause of its own,
                // whatever verb the list follows: in "organised the ammunition initiative, has
                // delivered shells" the shells are not what was organised, nor in "was reluctant
                // to send tanks and has sent drones" the drones what was not sent. (After "and"
                // a finite verb may share the list's recipient, as above.) Before any item too:
                // in "Iran, which denies arming Russia, has shipped missiles" nothing is armed.
                Tok::Word(w)
                    if (!items.is_empty() || j > i)
                        && matches!(tokens[j - 1].tok, Tok::Punct(',') | Tok::Word("and"))
                        && class_at(tokens, j) & CLAUSE_WORD != 0
                        && !NOUN_LEADING_CLAUSE_WORDS.contains(&w) =>
                {
                    break;
                }
                // What the items serve is no item of its own and no end of the list:
                // "ammunition for Leopard tanks to Ukraine" ships the ammunition, to Ukraine.
                Tok::Word("for") if !items.is_empty() => {
                    let Some(ends) = self.platform_ends(view, j) else { break };
                    for &end in &ends {
                        out.push((end, items.clone()));
                    }
                    closing = out.len();
                    j = ends[ends.len() - 1];
                    continue;
                }
                // A time, place or direction after an item ends the list: in "arms for decades,
                // withdrew some S-300s" the S-300s are another clause's, and the "at" of "sent
                // drones at Kyiv" is no head noun of the drones.
                // (Not the particle of "passed the jets on to Ukraine", a head noun's place.)
                Tok::Word(
                    w @ ("for" | "since" | "during" | "until" | "in" | "on" | "against" | "after"
                    | "before" | "amid" | "to" | "into" | "at" | "toward" | "towards" | "from"
                    | "via" | "across" | "through"),
                ) if !items.is_empty()
                    && self.phrase_at(tokens, j, &self.lists.quantity).is_none()
                    && !(w == "on" && onward_at(tokens, j + 1)) =>
                {
                    break;
                }
                // A conjunct the gazetteer does not know ("drones and spare parts to Russia"):
                // the list may end after it where the rule goes on. Not where the items end the
                // rule: a list stretched over a clause's next words would take its cues.
                // A count or a model number is part of one too: "and 50 generators", "and
                // Ural-4320 trucks".
                Tok::Num if loose_before.is_some_and(|n| n < MAX_LOOSE_WORDS) => {
                    loose = loose_before.map(|n| n + 1);
                    loose_end = true;
                    out.push((j + 1, items.clone()));
                }
                Tok::Word(w)
                    if loose_before.is_some_and(|n| n < MAX_LOOSE_WORDS)
                        && self.may_name_item(tokens, j, w, loose_before == Some(0)) =>
                {
                    loose = loose_before.map(|n| n + 1);
                    loose_end = true;
                    out.push((j + 1, items.clone()));
                }
                // The money a purchase was paid with is no head noun, nor its source a seller:
                // "bought tanks with money from Spain" bought them from no one named.
                Tok::Word(_)
                    if !items.is_empty()
                        && j < last_item_end + 2
                        && self.phrase_at(tokens, j, &self.lists.funding).is_some() =>
                {
                    break;
                }
                // A head noun or two after the name: "Mirage 2000 jets", "IRIS-T systems" (not
                // a word after "and" or a comma: "sent tanks and agreed to…", "missiles,
                // according to US officials").
                Tok::Word(_)
                    if !items.is_empty()
                        && j < last_item_end + 2
                        && !matches!(
                            tokens[last_item_end].tok,
                            Tok::Word("and") | Tok::Punct(_)
                        ) =>
                {
                    out.push((j + 1, items.clone()));
                }
                _ => {}
            }
            if !loose_end && out.len() > alternatives {
                closing = out.len();
            }
            j += 1;
        }
        (out, closing)
    }

    /// Hands `next` every way step `step` can match at token `i` (its end token and the binding
    /// extended), in order of preference, until `next` finds a complete match. The binding is
    /// extended in place and restored after each alternative: the search copies a binding only
    /// when a rule matches. `last` says the step is the rule's last; `rest` holds the steps
    /// after it.
    #[allow(clippy::too_many_arguments)]
    fn step_at(
        &self,
        view: &SentenceView,
        step: &Step,
        index: Option<&PhraseIndex>,
        last: bool,
        rest: &[Step],
        apposed: bool,
        i: usize,
        binding: &mut Binding,
        next: &mut dyn FnMut(usize, &mut Binding) -> Option<Binding>,
    ) -> Option<Binding> {
        let tokens = view.tokens;
        if i > tokens.len() {
            return None;
        }
        match &step.element {
            Element::Source | Element::Target => {
                let source = matches!(step.element, Element::Source);
                // "India defended its purchase of S-400s from Russia": the pronoun is the owner
                // the rule's `'s` follows.
                if rest.first().is_some_and(Self::is_possessive) {
                    if let Some(owner) = self.possessive_referent(view, i) {
                        let saved = std::mem::replace(binding.slot(source), smallvec![owner]);
                        let saved_at = binding.pronoun_at.replace(i);
                        let found = next(i, binding);
                        *binding.slot(source) = saved;
                        binding.pronoun_at = saved_at;
                        return found;
                    }
                }
                // The reporter inside a relative clause is not its subject: in "Chile, which Spain
                // says sent drones to Peru", Chile sent them. The antecedent takes the slot, and
                // the match goes on after the report.
                if let Some((end, antecedent)) = self.reporter_in_relative(view, i) {
                    let saved = std::mem::replace(binding.slot(source), antecedent);
                    let found = next(end, binding);
                    *binding.slot(source) = saved;
                    return found;
                }
                // A source is not what a verb governs ("The US sanctioned Iran's IRGC and China
                // imposed…"), nor, where the rule opens with it, a preposition ("to Ukraine and
                // Poland, and France sent…"). A demonym modifies wherever it stands ("led to North
                // Korean troop deployments"), and so does a maker's name ("received U.S.-made
                // jets"), so they are exempt.
                // A possessor of a rule noun owns the act whatever governs it ("a response to
                // Russia's deployment of troops", "condemned Iran's drone transfers").
                let possessor = matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Poss))
                    && (i + 2..i + 4)
                        .any(|k| self.phrase_at(tokens, k, &self.lists.rule_nouns).is_some());
                // So does a name that modifies the rule's noun, weapons between ("vetoed EU
                // sanctions on Russia", "blocked the EU arms embargo"), but not a gerund's subject
                // ("a deal with Iran supplying drones").
                let noun_at = (i + 1..).find(|&k| !self.weapon_at(view, k)).unwrap_or(i + 1);
                let noun_owner = noun_at == binding.anchor
                    && self.phrase_at(tokens, noun_at, &self.lists.rule_nouns).is_some()
                    && !matches!(tokens[noun_at].tok, Tok::Word(w) if w.ends_with("ing"));
                let modifier = matches!(
                    tokens.get(i).map(|t| t.tok),
                    Some(Tok::Ent(k)) if view.mentions[k].form == MentionForm::Demonym
                ) || self.maker_of_item(view, i + 1).is_some()
                    || possessor
                    || noun_owner;
                // Nor does the rule's own anchor count where the rule names its object as the
                // source: "Ukraine thanked Denmark for F-16 jets" (`T V:thank S for I`).
                let anchors_object =
                    i > binding.anchor && governor_at(tokens, i) == Some(binding.anchor);
                // Nor a word of the rule's own before it: "sanctioned three Chinese firms for
                // supplying drones" (`W:punish S for V:supply …`).
                let rule_governs =
                    i > binding.first && governor_at(tokens, i).is_some_and(|g| g >= binding.first);
                // Nor does it matter for a source described by an apposition (`S , …`): "The EU
                // sanctioned Iran, a key supplier of drones to Russia" says what Iran does.
                // A recipient that opens the rule stands as its subject too ("Qatar bought tanks
                // from Britain and Egypt bought drones from France": not "Britain and Egypt").
                let subject = source || i == binding.first;
                let verb_step_next = rest.first().is_some_and(required_verb_or_word);
                if subject
                    && !modifier
                    && !apposed
                    && !anchors_object
                    && !rule_governs
                    && !self.subject_of_relative(view, i, binding.anchor, verb_step_next)
                    && !(source && self.prevention_from(view, i, binding.anchor).is_some())
                    && !self.infinitive_subject(view, i, binding.anchor)
                    && !self.holds_contract(view, i, binding.anchor)
                    && self.governed(view, i, i == binding.first)
                {
                    return None;
                }
                for (end, actors) in self.actors_from(view, i) {
                    // A subject list does not start inside the previous verb's object list.
                    if subject && actors.len() > 1 && self.in_object_list(view, i) {
                        continue;
                    }
                    // "Britain sanctioned Russia and Canada sanctioned Belarus": a target list
                    // after the verb stops before an actor that starts the next clause (a target
                    // that opens the rule is a subject, and a verb follows it by right). So does
                    // a source after the verb ("bought tanks from Britain and Egypt bought…").
                    // Unless the rule goes on through that verb: then it is the rule's own
                    // ("Tanks supplied by Germany and Poland arrived in Ukraine").
                    // Nor where the list ends a relative clause before the sentence's own
                    // verb ("Tanks supplied by Germany and Poland were destroyed").
                    let runs_on = (!source || i > binding.anchor)
                        && i != binding.first
                        && actors.len() > 1
                        && self.runs_into_clause(view, *end)
                        && !(source && self.relative_before_main_verb(view, binding, i));
                    if runs_on && !verb_next(rest) {
                        continue;
                    }
                    let saved = std::mem::replace(binding.slot(source), actors.clone());
                    let found = next(*end, binding).filter(|found| !runs_on || found.last >= *end);
                    *binding.slot(source) = saved;
                    if found.is_some() {
                        return found;
                    }
                }
                // A place named with its country: "stationed in Darwin, Australia", "to the Kursk
                // region of Russia", "to the Polish city of Rzeszow"; or one the gazetteer knows
                // ("to Kursk").
                if !source && i != binding.first {
                    if let Some((end, state, from)) = self.place_at(view, i) {
                        let saved = std::mem::replace(&mut binding.target, state);
                        let saved_from = std::mem::replace(&mut binding.target_from, from);
                        let found = next(end, binding);
                        binding.target = saved;
                        binding.target_from = saved_from;
                        return found;
                    }
                }
                None
            }
            Element::Items => {
                // Items follow no verb of a relative clause: in "announced sanctions on firms
                // that shipped drones" the drones are the firms' (a filler passes the "that").
                if !view.items_ahead(i) || self.verb_of_relative(tokens, i) {
                    return None;
                }
                // "sent Iranian drones to Syria": a demonym (or a maker's name) right before the
                // items is their maker or owner, not a recipient ahead of them — unless a head
                // makes it an actor ("sent the Ukrainian army tanks").
                let modifier = self.modifier_before(view, i);
                if modifier.is_some_and(|m| binding.target.contains(&m))
                    && self.phrase_at(tokens, i, &self.lists.heads).is_none()
                {
                    return None;
                }
                let owns = modifier.is_some_and(|m| binding.source.contains(&m));
                let makes = owns && self.made_at_items(view, i).is_some();
                for (end, items) in self.items_from(view, i, last) {
                    let saved = std::mem::replace(&mut binding.items, items.clone());
                    let saved_owns = std::mem::replace(&mut binding.source_owns_items, owns);
                    let saved_makes = std::mem::replace(&mut binding.source_makes_items, makes);
                    let found = next(*end, binding);
                    binding.items = saved;
                    binding.source_owns_items = saved_owns;
                    binding.source_makes_items = saved_makes;
                    if found.is_some() {
                        return found;
                    }
                }
                None
            }
            Element::Party => {
                for (end, _) in self.actors_from(view, i) {
                    if let Some(found) = next(*end, binding) {
                        return Some(found);
                    }
                }
                // A party bound to nothing may also be a demonym alone, as the modifier of what
                // the rule reads next: "attacked Ukrainian cities with…" (no actor of its own,
                // since "sent drones to Ukrainian cities" names no recipient).
                if let Some(Tok::Ent(k)) = tokens.get(i).map(|t| t.tok) {
                    let mention = &view.mentions[k];
                    if mention.form == MentionForm::Demonym && self.actor_kind(mention.entity) {
                        return next(i + 1, binding);
                    }
                }
                // Or a place, which binds nothing either: "attacked Kharkiv with…", "struck the
                // Ukrainian city of Odesa with…", "deployed troops from Kaliningrad to Belarus".
                if let Some((end, _, _)) = self.place_at(view, i) {
                    return next(end, binding);
                }
                // Or named waters, which belong to no state: "attacked vessels in the Red Sea
                // with…", "moved warships from the Black Sea to Syria".
                let end = self.named_waters_end(view, i)?;
                next(end, binding)
            }
            Element::WeaponModifier => {
                // A modifier stands before a word ("weapons depots"), never at the end of a phrase.
                let Some(Tok::Ent(k)) = tokens.get(i).map(|t| t.tok) else { return None };
                let before_word = matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Word(_)));
                if !self.is_weapon(view.mentions[k].entity) || !before_word {
                    return None;
                }
                next(i + 1, binding)
            }
            Element::Verb(_) | Element::Noun(_) | Element::Words(_) => {
                let end = index.and_then(|ix| ix.longest_at(tokens, i))?;
                if matches!(step.element, Element::Verb(_)) && self.noun_not_verb(tokens, i) {
                    return None;
                }
                next(end, binding)
            }
            Element::Literal(_) => {
                if binding.pronoun_at == Some(i) && Self::is_possessive(step) {
                    return next(i + 1, binding);
                }
                let end = index.and_then(|ix| ix.longest_at(tokens, i))?;
                // "up to 12,000" is a quantity, not a destination.
                let up_to_number = end == i + 1
                    && i > 0
                    && matches!(tokens[i].tok, Tok::Word("to"))
                    && matches!(tokens[i - 1].tok, Tok::Word("up"))
                    && matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Num));
                if up_to_number {
                    return None;
                }
                next(end, binding)
            }
            Element::Not(_) => {
                if index.is_some_and(|ix| ix.longest_at(tokens, i).is_some()) {
                    return None;
                }
                next(i, binding)
            }
            Element::Gap(_) => {
                // A gap with a stop list (`...!W:topic`) passes none of its words, and nor may
                // an items slot right after it on its way to its first weapon: in "announced an
                // investigation into drones" the slot would start at "an".
                if let Some(stops) = index {
                    if matches!(rest.first().map(|s| &s.element), Some(Element::Items)) {
                        let first_weapon = (i..tokens.len())
                            .find(|&k| self.weapon_at(view, k))
                            .unwrap_or(tokens.len());
                        if (i..first_weapon).any(|k| stops.longest_at(tokens, k).is_some()) {
                            return None;
                        }
                    }
                }
                let mut j = i;
                if let Some(found) = next(j, binding) {
                    return Some(found);
                }
                while j < tokens.len() && j < i + 6 {
                    // `index` is the gap's own stop list, if it has one (`...!W:topic`).
                    if view.is_boundary(j)
                        || index.is_some_and(|ix| ix.longest_at(tokens, j).is_some())
                    {
                        break;
                    }
                    if let Tok::Ent(k) = tokens[j].tok {
                        if self.actor_kind(view.mentions[k].entity) {
                            break;
                        }
                    }
                    j += 1;
                    // A verb of the rules that starts a predicate of its own ends the gap: in
                    // "promised to help and shipped rifles to Mali" the rifles were shipped. Not
                    // where the rule wants a noun there and the word is one of its nouns, as
                    // "sanctions" in "imposed tariffs and sanctions on Venezuela".
                    let noun_next =
                        matches!(rest.first().map(|s| &s.element), Some(Element::Noun(_)))
                            && self.phrase_at(tokens, j, &self.lists.rule_nouns).is_some();
                    if self.finite_after_and(tokens, j) && !noun_next {
                        break;
                    }
                    if let Some(found) = next(j, binding) {
                        return Some(found);
                    }
                }
                None
            }
        }
    }

    /// Whether `step` is the possessive `'s` (alone or among alternatives).
    fn is_possessive(step: &Step) -> bool {
        matches!(&step.element, Element::Literal(alts) if alts.iter().any(|p| p == &["'s"]))
    }

    /// The side a possessive pronoun at token `i` ("its", "their") stands for, where the
    /// sentence leaves no doubt: the one side named before it ("India defended its purchase of
    /// S-400s from Russia", "Turkish officials defended their purchase"), or, where the pronoun
    /// opens the sentence, the subject of a recent one ("Its purchase of…"). With two sides
    /// before it the pronoun may be either's ("Washington sanctioned Turkey over its purchase",
    /// "India criticised Pakistan and completed its purchase"), and it stays nobody's. People
    /// are no referent of "its", and a demonym or maker naming an item is no side there.
    fn possessive_referent(&self, view: &SentenceView, i: usize) -> Option<EntityIx> {
        let tokens = view.tokens;
        if !word_at(tokens, i).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w)) {
            return None;
        }
        let side = |e: EntityIx| self.actor_kind(e) && self.kinds[e.index()] != EntityKind::Person;
        let mut referent: Option<EntityIx> = None;
        for j in (0..i).rev() {
            let Tok::Ent(k) = tokens[j].tok else { continue };
            let entity = view.mentions[k].entity;
            if !side(entity) || self.modifies_item(tokens, view.mentions, j) {
                continue;
            }
            match referent {
                None => referent = Some(entity),
                Some(r) if self.principal(r) == self.principal(entity) => {}
                Some(_) => return None,
            }
        }
        referent.or_else(|| view.previous_subject.filter(|&e| i == 0 && side(e)))
    }

    /// Whether step `si` is a noun right after an actor, which then stands as its modifier
    /// ("Iranian deliveries", "US sanctions") with nothing passed over between them: in "Moscow
    /// warned that any delivery of missiles to Kyiv" Moscow delivers nothing.
    fn modifies_noun(rule: &Rule, si: usize) -> bool {
        matches!(rule.steps[si].element, Element::Noun(_))
            && matches!(
                rule.steps[si - 1].element,
                Element::Source | Element::Target | Element::Party
            )
    }

    /// Whether step `si` is a list of items right after a source that the rule's verb governs,
    /// which then stands as their owner or maker ("received Iranian drones", "purchased North
    /// Korean shells").
    fn items_after_owner(rule: &Rule, si: usize) -> bool {
        matches!(rule.steps[si].element, Element::Items)
            && si > rule.anchor + 1
            && matches!(rule.steps[si - 1].element, Element::Source)
    }

    /// Whether items that the source owns start at token `start`, the source ending at token
    /// `owner_end`: its demonym, maker's name or possessive right before them, or its name
    /// right before a weapon ("US troops", "Wagner fighters"). Other words between a name and the
    /// weapon make it no owner: in "Chile received the US Navy The F-35 jets flew over" (a
    /// lost full stop) the US owns nothing.
    fn owned_items_start(
        &self,
        view: &SentenceView,
        owner_end: usize,
        start: usize,
        binding: &Binding,
    ) -> bool {
        let tokens = view.tokens;
        if self.modifier_before(view, start).is_some_and(|m| binding.source.contains(&m)) {
            return true;
        }
        let mention_at = |j: usize| match tokens.get(j)?.tok {
            Tok::Ent(k) => Some(view.mentions[k].entity),
            _ => None,
        };
        let source_at = |j: usize| mention_at(j).is_some_and(|e| binding.source.contains(&e));
        let poss_at = |j: usize| tokens.get(j).map(|t| t.tok) == Some(Tok::Poss);
        // The list may start at the possessive itself or after it.
        let possessive = (start >= 1 && poss_at(start) && source_at(start - 1))
            || (start >= 2 && poss_at(start - 1) && source_at(start - 2));
        // "Among the weapons Ukraine received from Germany are Leopard tanks": a form of "be"
        // may stand between, and a count after it ("were 20 Leopard tanks").
        let after_be = self.phrase_at(tokens, owner_end, &self.lists.be) == Some(start);
        let weapon_at = |j: usize| mention_at(j).is_some_and(|e| self.is_weapon(e));
        let named_weapon = start == owner_end && weapon_at(start)
            || after_be && weapon_at(self.past_count(tokens, start));
        possessive || named_weapon
    }

    /// The words that step `si`'s items may not take in, where it is a list of items and the
    /// rule's next step a `!word` that forbids them after it. A list may run on over one word
    /// the gazetteer lacks ("drones and spare parts"), so in "supplied drones seized last year"
    /// the list "drones seized" would put the forbidden "seized" inside the items and check the
    /// `!` after it, on "last".
    fn excluded_after_items<'c>(
        rule: &Rule,
        compiled: &'c [Option<PhraseIndex>],
        si: usize,
    ) -> Option<&'c PhraseIndex> {
        let next_is_not =
            matches!(rule.steps.get(si + 1).map(|s| &s.element), Some(Element::Not(_)));
        if !matches!(rule.steps[si].element, Element::Items) || !next_is_not {
            return None;
        }
        compiled.get(si + 1)?.as_ref()
    }

    /// Whether step `si` is a list of items right before a noun of the rules, as the modifiers
    /// of a compound ("drone deliveries", "Iran's ballistic missile transfers").
    fn items_in_compound(rule: &Rule, si: usize) -> bool {
        matches!(rule.steps[si].element, Element::Items)
            && rule
                .steps
                .get(si + 1)
                .is_some_and(|next| matches!(next.element, Element::Noun(_)) && !next.optional)
    }

    /// Whether step `si`, starting at token `i`, is a list of items in a compound right after a
    /// side with no possessive between ("Iranian drone transfers", "the EU arms embargo"): the
    /// side is the compound's first modifier, so the items follow it within its noun phrase.
    fn items_after_bare_side(&self, view: &SentenceView, rule: &Rule, si: usize, i: usize) -> bool {
        // Checked first: match_from asks at every step, and few steps are items in a compound.
        if !Self::items_in_compound(rule, si) {
            return false;
        }
        let side_before = rule.steps[..si]
            .iter()
            .rev()
            .find(|s| !(s.optional && matches!(s.element, Element::Literal(_))))
            .is_some_and(|s| s.element.is_actor());
        side_before && !(i > 0 && view.tokens.get(i - 1).is_some_and(|t| t.tok == Tok::Poss))
    }

    /// Whether items that modify a noun can start at token `i`: a weapon within two words
    /// ("growing arms exports", "2023 ballistic missile deliveries"), none of them a preposition
    /// or conjunction of a clause. "Britain imposed new curbs on drone sales to Iran" holds no
    /// compound "imposed new curbs on drone", so Britain sells nothing. In the noun phrase of a
    /// side (`in_phrase`, see [`Extractor::items_after_bare_side`]) no article, other name, cue
    /// or past verb stands between either: in "Hungary criticised growing drone transfers to Russia" and
    /// "Hungary blocked an arms embargo" the side is the subject of another verb.
    fn compound_items_start(&self, view: &SentenceView, i: usize, in_phrase: bool) -> bool {
        let mut words = 0;
        for (k, token) in view.tokens.iter().enumerate().skip(i) {
            if in_phrase && self.breaks_noun_phrase(view, k) {
                return false;
            }
            match token.tok {
                Tok::Ent(k) if self.is_weapon(view.mentions[k].entity) => return true,
                Tok::Num => {}
                Tok::Ent(_) => words += 1,
                Tok::Word(w) => {
                    if matches!(
                        w,
                        "of" | "on"
                            | "to"
                            | "for"
                            | "in"
                            | "into"
                            | "with"
                            | "from"
                            | "by"
                            | "at"
                            | "over"
                            | "against"
                            | "that"
                            | "which"
                            | "who"
                    ) {
                        return false;
                    }
                    words += 1;
                }
                _ => return false,
            }
            if words > 2 {
                return false;
            }
        }
        false
    }

    /// Whether the step before step `si` of `rule`, at token `i`, is a side that an aside
    /// between commas, ending at `after`, may follow. Optional steps between them matched
    /// nothing there (the comma follows the side), as in `I ,? which|that? W:be? V:supply by S`.
    /// An aside with a weapon after the items is more of them: "The shells, among them 155mm
    /// rounds, were shipped".
    fn side_before_aside(
        &self,
        view: &SentenceView,
        rule: &Rule,
        si: usize,
        i: usize,
        after: usize,
    ) -> bool {
        let side_before = rule.steps[..si].iter().rev().find(|s| {
            !s.optional || matches!(s.element, Element::Source | Element::Target | Element::Items)
        });
        match side_before.map(|s| &s.element) {
            Some(Element::Items) => !(i..after).any(|k| self.weapon_at(view, k)),
            Some(Element::Source | Element::Target) => true,
            _ => false,
        }
    }

    /// Matches `steps[si..]` from token `i`; the anchor step must land on `anchor_pos`.
    #[allow(clippy::too_many_arguments)]
    fn match_from(
        &self,
        view: &SentenceView,
        rule: &Rule,
        compiled: &[Option<PhraseIndex>],
        si: usize,
        i: usize,
        anchor_pos: usize,
        binding: &mut Binding,
        budget: &mut usize,
    ) -> Option<Binding> {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        if si == rule.steps.len() {
            let mut b = binding.clone();
            b.last = i.saturating_sub(1);
            return Some(b);
        }
        let step = &rule.steps[si];
        let last = si + 1 == rule.steps.len();
        // Candidate starts: here, or after fillers (never before the first step).
        let mut starts: SmallVec<[usize; MAX_FILLERS + 1]> = smallvec![i];
        let bare_modifier = self.items_after_bare_side(view, rule, si, i);
        if si == rule.anchor
            && si > 0
            && matches!(rule.steps[si - 1].element, Element::Source | Element::Target)
            && self.verb_after_subject(view, binding.first, i, anchor_pos)
        {
            starts.push(anchor_pos);
        } else if si > 0 && !Self::modifies_noun(rule, si) {
            let mut j = i;
            for _ in 0..MAX_FILLERS {
                match view.filler_at(j) {
                    // A cue phrase that ends in the anchor verb ("has frozen") is passed over
                    // up to the verb, which the cues then read as the measure or the negation it
                    // is.
                    Some(next) if si == rule.anchor && j < anchor_pos && anchor_pos + 1 == next => {
                        starts.push(anchor_pos);
                        break;
                    }
                    Some(next) => {
                        j = next;
                        starts.push(j);
                    }
                    None => break,
                }
            }
        }
        // A side and the verb after it may stand apart by an aside between commas: "Sanctions
        // on Iran, imposed in 2018, were lifted by the US", "The drones, which were first seen
        // in 2022, were supplied to Russia by Iran". The verb must follow the closing comma.
        // The aside may follow fillers, one of them a shorter aside: in "Peru, which, officials
        // said, sent" the verb follows the second. The comma is looked for before the side:
        // most positions hold none, and this runs for every step tried.
        let verb_step = matches!(step.element, Element::Verb(_) | Element::Words(_));
        if si > 0 && verb_step {
            let before_asides = starts.len();
            for s_ix in 0..before_asides {
                let Some(after) = comma_aside_end(view.tokens, starts[s_ix]) else {
                    continue;
                };
                if starts.contains(&after) || !self.side_before_aside(view, rule, si, i, after) {
                    continue;
                }
                let mut j = after;
                starts.push(j);
                // Cues after the aside as before it: "…, imposed in 2018, may be lifted".
                for _ in 0..MAX_FILLERS {
                    match view.filler_at(j) {
                        Some(next) => {
                            j = next;
                            starts.push(j);
                        }
                        None => break,
                    }
                }
            }
        }
        let excluded_after_items = Self::excluded_after_items(rule, compiled, si);
        // Items that anchor a rule are read as named, without the words an items phrase may
        // take in after them: "Spanish troops in Chad", not "Spanish troops slept in Chad".
        let bare_items = si == rule.anchor && matches!(step.element, Element::Items);
        for start in starts {
            if si == rule.anchor
                && start != anchor_pos
                && !(bare_items && self.leads_to_item(view.tokens, start, anchor_pos))
            {
                continue;
            }
            if si < rule.anchor && start > anchor_pos {
                break;
            }
            // Cues may stand between a side and the compound it governs ("Belgium will ban arms
            // exports"), an article may not: it opens another noun phrase ("Peru blocked the
            // arms embargo" is no embargo of Peru's).
            if bare_modifier && (i..start).any(|k| is_article(view.tokens.get(k))) {
                continue;
            }
            if Self::items_in_compound(rule, si)
                && !self.compound_items_start(view, start, bare_modifier)
            {
                continue;
            }
            if Self::items_after_owner(rule, si) && !self.owned_items_start(view, i, start, binding)
            {
                continue;
            }
            let found = self.step_at(
                view,
                step,
                compiled[si].as_ref(),
                last,
                &rule.steps[si + 1..],
                si == 0 && rule.apposed_source,
                start,
                binding,
                &mut |end, b| {
                    if bare_items && !self.weapon_at(view, end - 1) {
                        return None;
                    }
                    let swallowed = |ix: &PhraseIndex| {
                        (start..end).any(|k| ix.longest_at(view.tokens, k).is_some())
                    };
                    if excluded_after_items.is_some_and(swallowed) {
                        return None;
                    }
                    self.match_from(view, rule, compiled, si + 1, end, anchor_pos, b, budget)
                },
            );
            if found.is_some() {
                return found;
            }
        }
        if step.optional {
            return self.match_from(view, rule, compiled, si + 1, i, anchor_pos, binding, budget);
        }
        None
    }

    /// Whether an items phrase may start at `start` and name the item at `anchor` first: its
    /// number, numbers and `quantity` words up to three tokens before it ("the withdrawal of 900
    /// troops", "Spain's nearly 900 soldiers in Chad"). Nothing else: "Spain said troops in
    /// Chad…" names no troops of Spain's.
    fn leads_to_item(&self, tokens: &[Token], start: usize, anchor: usize) -> bool {
        if start >= anchor || anchor - start > 3 {
            return false;
        }
        let mut k = start;
        while k < anchor {
            k = match tokens[k].tok {
                Tok::Num => k + 1,
                Tok::Word(_) => match self.phrase_at(tokens, k, &self.lists.quantity) {
                    Some(end) if end <= anchor => end,
                    _ => return false,
                },
                _ => return false,
            };
        }
        true
    }

    /// The best binding of `rule` anchored at token `anchor`.
    fn match_rule(
        &self,
        view: &SentenceView,
        rule: &Rule,
        compiled: &[Option<PhraseIndex>],
        anchor: usize,
    ) -> Option<Binding> {
        // A subject right before a passive verb is what the act was done to: in "Ukraine has
        // been given 300 tanks" Ukraine gave nothing. Rules for that reading name the
        // auxiliary (`T W:be V:supply I by S`).
        if rule.anchor > 0
            && matches!(rule.steps[rule.anchor - 1].element, Element::Source)
            && self.is_passive_verb(view.tokens, anchor)
        {
            return None;
        }
        if !self.next_step_may_follow(view, rule, compiled, anchor) {
            return None;
        }
        let mut budget = 5000usize;
        // Most anchors of a frequent verb ("has", "sent") fail in what follows them: match the
        // rule from its anchor on first, and look for the steps before the anchor (every start
        // up to MAX_LEFT_SPAN tokens back) only if that part can match. Nothing after the anchor
        // depends on what the steps before it bind, so this only skips work.
        if rule.anchor > 0 {
            let mut probe = Binding { first: anchor, anchor, ..Binding::default() };
            let mut probe_budget = budget;
            self.match_from(
                view,
                rule,
                compiled,
                rule.anchor,
                anchor,
                anchor,
                &mut probe,
                &mut probe_budget,
            )?;
        }
        let first = anchor.saturating_sub(if rule.anchor == 0 { 0 } else { MAX_LEFT_SPAN });
        for start in first..=anchor {
            if !self.can_start(view, &rule.steps[0], compiled[0].as_ref(), start) {
                continue;
            }
            let mut b = Binding { first: start, anchor, ..Binding::default() };
            if let Some(mut found) =
                self.match_from(view, rule, compiled, 0, start, anchor, &mut b, &mut budget)
            {
                found.drop_own_place();
                // A noun's owner is the actor nearest it: in "Hungary blocked new EU sanctions on
                // Russia" the sanctions are the EU's, though an owner is passed over like a
                // determiner after a verb of adopting ("Norway adopted EU sanctions"). And the
                // owner of measures another adopts is no party to the adopting: "Serbia refused
                // to join EU sanctions" says nothing of the EU's.
                if self.owns_noun(rule)
                    && (self.owner_between(view, &found, start)
                        || self.adopted_at(view.tokens, start))
                {
                    continue;
                }
                // Items that open the rule are its subject, and a subject spans no verb: in
                // "Russian soldiers have used drones supplied by Iran" the soldiers were not
                // supplied.
                if matches!(rule.steps[0].element, Element::Items)
                    && self.verb_outside_asides(view.tokens, found.first + 1, anchor)
                {
                    continue;
                }
                // An actor acting on itself is no reading: "Russia denied that North Korean
                // troops had been deployed to Russia" has its subject later.
                if !found.source.is_empty() && found.source == found.target {
                    continue;
                }
                // A perfect participle after a comma is the subject's of the clause before it,
                // not the object's: in "Germany praised Poland, having sent tanks to Ukraine"
                // Germany sent them (read without a side, below).
                if self.participle_of_another(view, rule, &found) {
                    continue;
                }
                // Where the items follow the source (past a possessive), an owner named on them
                // is the subject: "Seoul said North Korean soldiers fighting alongside Russia's
                // army…" is North Korea's, found from a later start.
                let items_follow_source = rule
                    .steps
                    .iter()
                    .skip(1)
                    .find(|step| !(step.optional && Self::is_possessive(step)))
                    .is_some_and(|step| matches!(step.element, Element::Items));
                if items_follow_source
                    && found
                        .items
                        .first()
                        .and_then(|item| item.owner)
                        .is_some_and(|owner| !found.source.contains(&owner))
                {
                    continue;
                }
                // Nor is a speaker the subject of forces named after what they said: in "Seoul
                // said 3,000 troops were deployed to Russia" nobody says whose troops they are.
                if items_follow_source && self.speaks_before_items(view, start, anchor) {
                    continue;
                }
                return Some(found);
            }
        }
        // No source before the verb: try the rest of the rule, and take the source from an
        // elided subject ("China halted X but continues to supply Russia") or from context. A
        // noun has no subject to elide: in "Moscow warned that deliveries of missiles to Kyiv…"
        // Moscow delivers nothing. Nor has a verb's form that a determiner makes a noun: in
        // "criticised India and praised its purchase of jets from France" nobody purchases.
        let opens_noun_phrase = opener_at(view.tokens, anchor.checked_sub(1));
        if rule.anchor == 1
            && matches!(rule.steps[0].element, Element::Source)
            && matches!(rule.steps[1].element, Element::Verb(_))
            && !opens_noun_phrase
        {
            let mut b =
                Binding { first: anchor, anchor, source_missing: true, ..Binding::default() };
            if let Some(mut found) =
                self.match_from(view, rule, compiled, 1, anchor, anchor, &mut b, &mut budget)
            {
                if let Some(subject) = self
                    .elided_subject(view, anchor)
                    .or_else(|| self.quoted_speaker(view, anchor))
                    .or_else(|| self.anaphor_subject(view, anchor))
                {
                    found.source = subject;
                    found.source_missing = false;
                    found.drop_own_place();
                }
                return Some(found);
            }
        }
        // The same for a rule that opens with its recipient ("Russia, under Western sanctions
        // since 2014, has bought drones from Iran"), but only with a subject found: a recipient
        // is never taken from context.
        if rule.anchor == 1
            && matches!(rule.steps[0].element, Element::Target)
            && !opens_noun_phrase
        {
            let mut b = Binding { first: anchor, anchor, ..Binding::default() };
            if let Some(mut found) =
                self.match_from(view, rule, compiled, 1, anchor, anchor, &mut b, &mut budget)
            {
                found.target = self
                    .elided_subject(view, anchor)
                    .or_else(|| self.anaphor_subject(view, anchor))?;
                return Some(found);
            }
        }
        self.match_with_subject_elsewhere(view, rule, compiled, anchor, &mut budget)
    }

    /// Whether the step after a word anchor can start where [`Self::match_from`] would try it:
    /// right after the anchor's phrase or after the fillers that follow it. Most anchors of a
    /// frequent verb fail there ("has", "sent"), and every way of matching a rule reads its
    /// anchor at `anchor` and this step next, so a rule that fails here fails everywhere; this
    /// asks the step's own first test without the search's set-up. True where it cannot tell:
    /// an optional next step, an anchor of items, a next step of another kind than words or
    /// items.
    fn next_step_may_follow(
        &self,
        view: &SentenceView,
        rule: &Rule,
        compiled: &[Option<PhraseIndex>],
        anchor: usize,
    ) -> bool {
        let si = rule.anchor + 1;
        let Some(next) = rule.steps.get(si).filter(|step| !step.optional) else { return true };
        let anchor_step = &rule.steps[rule.anchor].element;
        if !matches!(anchor_step, Element::Verb(_) | Element::Noun(_) | Element::Words(_)) {
            return true;
        }
        // Steps of words and items start with the test [`Self::can_start`] asks of a first step;
        // an actor slot after the anchor may also start with a place, which that test misses.
        let word_or_items = matches!(
            next.element,
            Element::Verb(_)
                | Element::Noun(_)
                | Element::Words(_)
                | Element::Literal(_)
                | Element::Items
        );
        if !word_or_items {
            return true;
        }
        let Some(end) =
            compiled[rule.anchor].as_ref().and_then(|ix| ix.longest_at(view.tokens, anchor))
        else {
            return false;
        };
        let starts_here = |i: usize| self.can_start(view, next, compiled[si].as_ref(), i);
        // No aside between commas is passed over here, as one follows a side, never a word
        // step ([`Self::side_before_aside`]); fillers are, up to MAX_FILLERS of them.
        let mut i = end;
        for _ in 0..MAX_FILLERS {
            if starts_here(i) {
                return true;
            }
            match view.filler_at(i) {
                Some(after) => i = after,
                None => return false,
            }
        }
        starts_here(i)
    }

    /// A rule whose side opens it before a verb or word that is not its anchor ("T W:face …
    /// N:sanction", "T W:be V:supply I by S"), where that side stands apart from the verb: past
    /// an aside ("Iran, having supplied drones to Russia, now faces new EU sanctions"), before a
    /// conjunction ("Russia invaded Ukraine and faces sanctions"), or as an anaphor's referent
    /// ("The country faces sanctions"). Only with the side found, as for a recipient above.
    fn match_with_subject_elsewhere(
        &self,
        view: &SentenceView,
        rule: &Rule,
        compiled: &[Option<PhraseIndex>],
        anchor: usize,
        budget: &mut usize,
    ) -> Option<Binding> {
        let side = &rule.steps.first()?.element;
        let verb_second = rule.steps.get(1).is_some_and(required_verb_or_word);
        if rule.anchor < 2 || !side.is_actor() || !verb_second {
            return None;
        }
        for verb in anchor.saturating_sub(MAX_LEFT_SPAN)..anchor {
            if !self.can_start(view, &rule.steps[1], compiled[1].as_ref(), verb)
                || opener_at(view.tokens, verb.checked_sub(1))
            {
                continue;
            }
            let mut b = Binding { first: verb, anchor, ..Binding::default() };
            let Some(mut found) =
                self.match_from(view, rule, compiled, 1, verb, anchor, &mut b, budget)
            else {
                continue;
            };
            let Some(subject) =
                self.elided_subject(view, verb).or_else(|| self.anaphor_subject(view, verb))
            else {
                continue;
            };
            if matches!(side, Element::Source) {
                found.source = subject;
            } else {
                found.target = subject;
            }
            found.drop_own_place();
            if !found.source.is_empty() && found.source == found.target {
                continue;
            }
            return Some(found);
        }
        None
    }

    /// Whether the verb word at `i` is one of the `bare-only-verbs` that reads as its noun here:
    /// anywhere but after a word that leads a bare verb, an adverb allowed between them ("will
    /// soon offer").
    fn noun_not_verb(&self, tokens: &[Token], i: usize) -> bool {
        if self.phrase_at(tokens, i, &self.lists.bare_only).is_none() {
            return false;
        }
        let led = |k: usize| leads_bare_verb(tokens, k);
        let adverb = |k: usize| passive_adverb_at(tokens, k);
        !(i.checked_sub(1).is_some_and(led)
            || (i.checked_sub(1).is_some_and(adverb) && i.checked_sub(2).is_some_and(led)))
    }

    /// Whether the verb at `anchor` is a participle after a form of "be" ("was sent", "has been
    /// reportedly given"): a finite-looking form (the past and the participle look the same)
    /// with only adverbs between it and the auxiliary.
    fn is_passive_verb(&self, tokens: &[Token], anchor: usize) -> bool {
        if self.phrase_at(tokens, anchor, &self.lists.finite_verbs).is_none() {
            return false;
        }
        for k in (0..anchor).rev() {
            if !matches!(tokens[k].tok, Tok::Word(_)) {
                return false;
            }
            if class_at(tokens, k) & PASSIVE_AUXILIARY != 0 {
                return true;
            }
            if !passive_adverb_at(tokens, k) {
                return false;
            }
        }
        false
    }

    /// Whether the agent at `i` ("by Germany and Poland") ends a relative clause about the
    /// items that open the sentence, before the sentence's own verb: reduced ("Tanks supplied
    /// by Germany and Poland were destroyed") or with "which"/"that" ("Drones that were sold
    /// by Iran and Belarus struck Kyiv"). A verb after the agent is then that main verb, not
    /// the start of a new clause. Where a verb came before the items ("Russia used drones
    /// supplied by Iran and China condemned…"), the sentence already has its verb; one that
    /// reports the clause does not count ("Kyiv said tanks supplied by…").
    fn relative_before_main_verb(&self, view: &SentenceView, binding: &Binding, i: usize) -> bool {
        let tokens = view.tokens;
        let by_agent = i > binding.anchor
            && matches!(i.checked_sub(1).map(|k| tokens[k].tok), Some(Tok::Word("by")));
        // The participle right before "by" (a rule may have gone through other verbs first:
        // `T … V:use I V:supply by S`).
        let Some(participle) = i.checked_sub(2).filter(|_| by_agent) else { return false };
        let opens = if !self.is_passive_verb(tokens, participle) {
            participle
        } else {
            // "that were sold", "which have reportedly been sent": back over the auxiliaries
            // and adverbs to the pronoun. Any other word before them ("said that rockets were
            // supplied by…") makes the clause a main one.
            let k = auxiliaries_start(tokens, participle, |j| {
                class_at(tokens, j) & PASSIVE_AUXILIARY != 0
                    || matches!(word_at(tokens, j), Some("has" | "have" | "had"))
            });
            match k.checked_sub(1) {
                Some(pronoun) if matches!(tokens[pronoun].tok, Tok::Word("which" | "that")) => {
                    pronoun
                }
                _ => return false,
            }
        };
        // A reported clause has a verb of its own: "Russia said tanks supplied by…".
        let clause = (0..opens)
            .filter_map(|k| self.phrase_at(tokens, k, &self.lists.attribution))
            .next_back()
            .unwrap_or(0);
        !(clause..opens).any(|k| {
            matches!(
                tokens[k].tok,
                Tok::Word("is" | "are" | "was" | "were" | "has" | "have" | "had")
            ) || self.phrase_at(tokens, k, &self.lists.finite_verbs).is_some()
                || self.phrase_at(tokens, k, &self.lists.past_forms).is_some()
                || self.starts_clause(view, k)
        })
    }

    /// A cheap test whether the first step of a rule can match at token `i` (the first step is
    /// never preceded by fillers), so that most start positions are skipped without matching.
    fn can_start(
        &self,
        view: &SentenceView,
        step: &Step,
        index: Option<&PhraseIndex>,
        i: usize,
    ) -> bool {
        if step.optional {
            return true;
        }
        let Some(token) = view.tokens.get(i) else { return false };
        match &step.element {
            Element::Source | Element::Target | Element::Party => {
                matches!(token.tok, Tok::Ent(_) | Tok::Num | Tok::Word("both" | "either"))
                    || self.phrase_at(view.tokens, i, &self.lists.quantity).is_some()
                    || word_at(view.tokens, i).is_some_and(|w| POSSESSIVE_PRONOUNS.contains(&w))
            }
            Element::Verb(_) | Element::Noun(_) | Element::Words(_) | Element::Literal(_) => {
                index.is_some_and(|ix| ix.longest_at(view.tokens, i).is_some())
            }
            Element::Items => view.items_ahead(i),
            Element::WeaponModifier => matches!(token.tok, Tok::Ent(_)),
            Element::Not(_) | Element::Gap(_) => true,
        }
    }

    /// Whether the `to` or `from` at `at` makes the verb at `anchor` after it that of the actor
    /// opening the rule at `first`. Before `to`: that actor opens the sentence (a headline's
    /// "Germany to send Patriot systems to Ukraine") or follows an `infinitive-subject` word
    /// ("allowed Russia to deploy"). Elsewhere the actor is mostly some verb's object or
    /// destination ("sent drones to Russia to deploy in Ukraine" is Iran's act, not Russia's
    /// deployment). Before `from`: see [`Self::prevention_from`]. Fillers may stand between
    /// the two: an adverb ("to quickly deploy") or the prefix of a hyphenated verb ("from
    /// re-exporting").
    fn verb_after_subject(
        &self,
        view: &SentenceView,
        first: usize,
        at: usize,
        anchor: usize,
    ) -> bool {
        let tokens = view.tokens;
        match tokens[at].tok {
            Tok::Word("to") => {
                Self::through_fillers(view, at + 1, anchor)
                    && (first == 0 || self.after_infinitive_subject_word(tokens, first))
            }
            Tok::Word("from") => self.prevention_from(view, first, anchor) == Some(at),
            _ => false,
        }
    }

    /// Whether `to` is reached from `from` over nothing but fillers (at most [`MAX_FILLERS`]).
    fn through_fillers(view: &SentenceView, from: usize, to: usize) -> bool {
        let mut j = from;
        for _ in 0..=MAX_FILLERS {
            if j == to {
                return true;
            }
            match view.filler_at(j) {
                Some(next) if next <= to => j = next,
                _ => return false,
            }
        }
        false
    }

    /// When the actor at `first` is the subject of the gerund at `anchor` that a `prevention`
    /// word before it keeps from happening, the "from" before the gerund (the last, with only
    /// fillers between: "from re-exporting"). "Germany blocked Estonia from sending howitzers to
    /// Ukraine" is Estonia's sending (negated by the same word), though "blocked" governs Estonia.
    fn prevention_from(&self, view: &SentenceView, first: usize, anchor: usize) -> Option<usize> {
        let tokens = view.tokens;
        if !matches!(tokens.get(anchor).map(|t| t.tok), Some(Tok::Word(w)) if w.ends_with("ing")) {
            return None;
        }
        let from =
            (first + 1..anchor).rev().find(|&k| matches!(tokens[k].tok, Tok::Word("from")))?;
        let opener = prevented_opener(tokens, first);
        (Self::through_fillers(view, from + 1, anchor)
            && self
                .phrase_ends_before(tokens, opener, &self.lists.prevention)
                .any(|end| end == opener))
        .then_some(from)
    }

    /// Whether the actor at `first` is the subject of the infinitive at the anchor: it follows
    /// an `infinitive-subject` word ("asked Berlin to deliver", "urged the US to send", "helped
    /// Iran ship"). Such a word may be a rule verb too ("asked Germany for tanks", "helped Russia
    /// by sending"); its object still acts in the infinitive. A bare infinitive stands right
    /// after the actor (fillers aside) in its base form: no finite form and no gerund, so
    /// "helped Iran, shipping drones" or "helped Iran sent…" is none.
    fn infinitive_subject(&self, view: &SentenceView, first: usize, anchor: usize) -> bool {
        let tokens = view.tokens;
        if first == 0 {
            return false;
        }
        if let Some(to) =
            (first + 1..anchor).rev().find(|&k| matches!(tokens[k].tok, Tok::Word("to")))
        {
            return self.verb_after_subject(view, first, to, anchor);
        }
        let base_form = matches!(tokens[anchor].tok, Tok::Word(w) if !w.ends_with("ing"))
            && self.phrase_at(tokens, anchor, &self.lists.finite_verbs).is_none();
        base_form
            && Self::through_fillers(view, first + 1, anchor)
            && self.after_infinitive_subject_word(tokens, first)
    }

    /// Whether an `infinitive-subject` word ends right before the actor at `first` (or its
    /// "the": "urged the US to send").
    fn after_infinitive_subject_word(&self, tokens: &[Token], first: usize) -> bool {
        let opener = prevented_opener(tokens, first);
        self.phrase_ends_before(tokens, opener, &self.lists.infinitive_subject)
            .any(|end| end == opener)
    }

    /// Where a `[words pseudo-cue]` phrase that holds the name at `name` (`<name>`, right after
    /// the phrase's first word) ends, when it goes on past the name: "awarded <name> * contract
    /// * to". Only `<name>` puts an actor inside a phrase, as a gap passes over none.
    fn held_phrase_end(&self, tokens: &[Token], name: usize) -> Option<usize> {
        if name == 0 || tokens[name].id != NAME {
            return None;
        }
        self.phrase_at(tokens, name - 1, &self.lists.held).filter(|&end| end > name + 1)
    }

    /// Whether the actor at `first` is held by a `[words pseudo-cue]` phrase that opens at the
    /// verb governing it and ends where only fillers are left before the anchor: the holder of
    /// a contract handed to it acts in the contract's infinitive ("The Pentagon handed Lockheed
    /// Martin a contract to deliver F-35 jets": Lockheed Martin delivers).
    fn holds_contract(&self, view: &SentenceView, first: usize, anchor: usize) -> bool {
        self.held_phrase_end(view.tokens, first)
            .is_some_and(|end| Self::through_fillers(view, end, anchor))
    }

    /// When the anchor follows a conjunction ("…, but continues to supply"), the subject of the
    /// sentence's first clause.
    fn elided_subject(&self, view: &SentenceView, anchor: usize) -> Option<Actors> {
        let tokens = view.tokens;
        // Walk back over fillers to the conjunction.
        let mut j = anchor;
        let mut steps = 0;
        while j > 0 && steps < 4 {
            let prev = j - 1;
            if self.phrase_at(tokens, prev, &self.lists.means) == Some(j) {
                return self.means_subject(view, prev);
            }
            // A conjunction of two words ("and has") may reach past the fillers walked over.
            if self.phrase_at(tokens, prev, &self.lists.ellipsis).is_some_and(|e| e >= j) {
                // "sanctioned Russia and several companies that supplied drones": a relative
                // pronoun walked over makes the verb its antecedent's, not the first clause's.
                if tokens[j..anchor]
                    .iter()
                    .any(|t| matches!(t.tok, Tok::Word("that" | "which" | "who" | "whom")))
                {
                    return None;
                }
                // The subject: the first actor of the clause the conjunction continues, which
                // starts after the last boundary ("reported that North Korea sent … and provided").
                let (mut clause_start, mut clause_end) = (view.clause_start(prev), prev);
                // A clause that opens with a subject pronoun has it for its subject, and the
                // actors after it are objects: in "Iran denied that it sold drones to Russia
                // and shipped missiles to Syria" the shipper is what "it" stands for, the
                // subject of the clause before, as the source slot of "sold" reads it.
                while clause_start > 0
                    && matches!(tokens[clause_start].tok, Tok::Word("it" | "they" | "he" | "she"))
                {
                    clause_end = clause_start - 1;
                    clause_start = view.clause_start(clause_end);
                }
                // A subordinator with no verb after it opens a phrase, not a clause: in "Cairo
                // shelved the plan after US pressure and sent rockets" the sender is Cairo.
                while clause_start > 0 && self.verbless_phrase(tokens, clause_start, clause_end) {
                    clause_end = clause_start - 1;
                    clause_start = view.clause_start(clause_end);
                }
                // So does a clause an anaphor opens: "Spain makes howitzers. It buys rifles from
                // Peru and sells them to Chad" has Spain sell them. Not past a verb of saying
                // with a name after it, the subject of its clause ("It said Peru bought rifles
                // and…").
                let reported_subject = |from: usize| {
                    (from..clause_end).any(|k| {
                        self.phrase_at(tokens, k, &self.lists.attribution).is_some()
                            && tokens[k..clause_end].iter().any(|t| matches!(t.tok, Tok::Ent(_)))
                    })
                };
                if let Some((referent, start, end)) = self.opening_anaphor(view, prev) {
                    if start >= clause_start && end <= clause_end && !reported_subject(end) {
                        return Some(std::iter::once(referent).collect());
                    }
                }
                for (k, token) in tokens.iter().enumerate().take(clause_end).skip(clause_start) {
                    if let Tok::Ent(_) = token.tok {
                        if let Some((_, actors)) = self.actors_from(view, k).first() {
                            return Some(actors.clone());
                        }
                    }
                }
                return None;
            }
            match tokens[prev].tok {
                Tok::Word(_) => {
                    j = prev;
                    steps += 1;
                }
                Tok::Punct(',') if word_at(tokens, j) == Some("having") => {
                    return self.participle_subject(view, prev);
                }
                Tok::Punct(',') => return self.appositive_subject(view, prev),
                _ => return None,
            }
        }
        None
    }

    /// Whether the words from `start` to `end` follow a word that opens a subordinate clause or
    /// a phrase ("after", "despite", "amid"; the `sentence-openers`) and hold no verb, so that
    /// they are a phrase of the clause around them ("after US pressure").
    fn verbless_phrase(&self, tokens: &[Token], start: usize, end: usize) -> bool {
        let opened = (start.saturating_sub(3)..start)
            .any(|k| self.phrase_at(tokens, k, &self.lists.sentence_openers) == Some(start));
        opened && !self.finite_verb_in(tokens, start..end)
    }

    /// Whether a finite verb of the rules or a past form stands in `range`.
    fn finite_verb_in(&self, tokens: &[Token], mut range: std::ops::Range<usize>) -> bool {
        range.any(|k| {
            self.phrase_at(tokens, k, &self.lists.finite_verbs).is_some()
                || self.is_past_verb(tokens, k)
        })
    }

    /// Whether the side opening `rule` in `found` stands before a comma and a perfect
    /// participle ("Poland, having sent…") while the clause before that comma has another
    /// subject ([`Self::participle_subject`]).
    fn participle_of_another(&self, view: &SentenceView, rule: &Rule, found: &Binding) -> bool {
        let side = match rule.steps.first().map(|step| &step.element) {
            Some(Element::Source) => &found.source,
            Some(Element::Target) => &found.target,
            _ => return false,
        };
        let tokens = view.tokens;
        let comma = (found.first..found.anchor).find(|&k| {
            tokens[k].tok == Tok::Punct(',') && word_at(tokens, k + 1) == Some("having")
        });
        comma
            .and_then(|comma| self.participle_subject(view, comma))
            .is_some_and(|subject| subject != *side)
    }

    /// The subject of a perfect participle after the clause that closes with the comma at
    /// `comma`: "Russia attacked Ukraine, having bought drones from Iran" (Russia bought). The
    /// participle shares the subject of that clause, read as the actor that opens it (after
    /// its boundary, "the" aside) with a word after it; no attribution may follow that actor,
    /// whose clause would be what is said ("Russia said Ukraine lost, having …" is unclear).
    fn participle_subject(&self, view: &SentenceView, comma: usize) -> Option<Actors> {
        let tokens = view.tokens;
        let (end, actors) = self.actors_from(view, view.clause_subject_start(comma)).first()?;
        let verb_follows = matches!(tokens.get(*end).map(|t| t.tok), Some(Tok::Word(_)));
        let attributed =
            (*end..comma).any(|k| self.phrase_at(tokens, k, &self.lists.attribution).is_some());
        (verb_follows && !attributed).then(|| actors.clone())
    }

    /// The actor an anaphor opening the sentence refers to, when it is the verb's subject: "North
    /// Korea has shipped millions of shells to Russia. The country has also sent ballistic
    /// missiles", "Kim Jong Un sent troops to Russia. He also supplied missiles". The referent is
    /// the actor that opened a recent sentence as its subject, of the anaphor's kind; only words
    /// may stand between the anaphor and the verb. After a subordinate clause opening the
    /// sentence, the anaphor opens the main clause and refers to the actor that opened the
    /// subordinate one: "Although Germany objected, it sent tanks"; where no actor opened it,
    /// and after a short phrase of time or manner ("Last year, it sent tanks", "However, the
    /// country…"), to the recent subject.
    fn anaphor_subject(&self, view: &SentenceView, anchor: usize) -> Option<Actors> {
        const MAX_WORDS_BEFORE_VERB: usize = 6;
        let tokens = view.tokens;
        let (referent, _, end) = self.opening_anaphor(view, anchor)?;
        if end > anchor
            || anchor - end > MAX_WORDS_BEFORE_VERB
            || !tokens[end..anchor].iter().all(|t| matches!(t.tok, Tok::Word(_)))
        {
            return None;
        }
        Some(std::iter::once(referent).collect())
    }

    /// The anaphor that opens the sentence's main clause, before `anchor`, with the actor it
    /// stands for (see [`Self::anaphor_subject`]) and where it starts and ends.
    fn opening_anaphor(
        &self,
        view: &SentenceView,
        anchor: usize,
    ) -> Option<(EntityIx, usize, usize)> {
        let tokens = view.tokens;
        let actor_at = |k: usize| match tokens.get(k).map(|t| t.tok) {
            Some(Tok::Ent(m)) => Some(view.mentions[m].entity).filter(|&e| self.actor_kind(e)),
            _ => None,
        };
        let (referent, start) = match self.subordinate_opener(tokens) {
            Some((opener_end, comma)) if comma < anchor => {
                let the = usize::from(word_at(tokens, opener_end) == Some("the"));
                (actor_at(opener_end + the).or(view.previous_subject)?, comma + 1)
            }
            _ => {
                let fronted = fronted_phrase_comma(tokens).filter(|&comma| comma < anchor);
                (view.previous_subject?, fronted.map_or(0, |comma| comma + 1))
            }
        };
        let list = match self.kinds[referent.index()] {
            EntityKind::State => &self.lists.anaphora_state,
            EntityKind::Person => &self.lists.anaphora_person,
            EntityKind::Organization => &self.lists.anaphora_organization,
            _ => return None,
        };
        let end = self.phrase_at(tokens, start, list)?;
        Some((referent, start, end))
    }

    /// Whether a sentence opens with an anaphor of the `anaphora-*` lists ("It also sent…").
    fn opens_with_anaphor(&self, sentence: &str) -> bool {
        let text = sentence.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}')
        });
        self.anaphora_text.iter().any(|a| {
            text.get(..a.len()).is_some_and(|head| head.eq_ignore_ascii_case(a))
                && !text[a.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    }

    /// The actor a sentence opens with as its subject ("North Korea has…", "The European Union
    /// imposed…", "Russian forces…"), read from the original text: only "the" and quotes may
    /// stand before it.
    fn opening_actor(
        &self,
        original: &str,
        sentence: &Sentence,
        mentions: &[Mention],
    ) -> Option<EntityIx> {
        let first = mentions.first()?;
        if !self.kinds[first.entity.index()].is_actor() {
            return None;
        }
        let before = original.get(sentence.start..first.start)?.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}')
        });
        (before.is_empty() || before.eq_ignore_ascii_case("the")).then_some(first.entity)
    }

    /// The speaker of a quote that opens with "we" as the verb's subject: "“We will continue to
    /// supply Ukraine with air defence systems,” German Defence Minister Boris Pistorius said."
    /// Only words may stand between "we" and the verb. The attribution closes the sentence after
    /// a comma, or opens it before a colon that the quote follows ("Pistorius said: “We will
    /// supply…”"); the speaker is the person named there, or else the last actor ("…, a Russian
    /// defence ministry spokesman said" names Russia).
    fn quoted_speaker(&self, view: &SentenceView, anchor: usize) -> Option<Actors> {
        const MAX_WORDS_BEFORE_VERB: usize = 6;
        let tokens = view.tokens;
        let opens_quote = |k: usize| {
            tokens[k].tok == Tok::Word("we") && (k == 0 || tokens[k - 1].tok == Tok::Punct(':'))
        };
        let window = anchor.saturating_sub(MAX_WORDS_BEFORE_VERB)..anchor.min(tokens.len());
        let we = window.into_iter().find(|&k| opens_quote(k))?;
        if !tokens[we + 1..anchor].iter().all(|t| matches!(t.tok, Tok::Word(_))) {
            return None;
        }
        let attribution = if we == 0 {
            let comma = (anchor..tokens.len()).rev().find(|&k| tokens[k].tok == Tok::Punct(','))?;
            comma + 1..tokens.len()
        } else {
            0..we - 1
        };
        if !attribution
            .clone()
            .any(|k| self.phrase_at(tokens, k, &self.lists.attribution).is_some())
        {
            return None;
        }
        let mut speaker: Option<&Actors> = None;
        for k in attribution {
            if let Tok::Ent(m) = tokens[k].tok {
                let Some((_, actors)) = self.actors_from(view, k).first() else { continue };
                let person = self.kinds[view.mentions[m].entity.index()] == EntityKind::Person;
                if person {
                    return Some(actors.clone());
                }
                speaker = Some(actors);
            }
        }
        speaker.cloned()
    }

    /// The subject of a gerund after "by" (the `means` list, at `by`): "North Korea violated UN
    /// sanctions by selling shells to Russia", "Washington responded by sanctioning Iran". The
    /// gerund's subject is that of the verb the by-phrase belongs to, which the rules do not
    /// parse, so only where nothing else could be it: the clause opens with the actor, no
    /// attribution follows it ("The US said China was helping Russia by supplying…"), and any
    /// other actor before "by" modifies a rule noun ("UN sanctions") rather than standing as an
    /// object ("criticised Iran for fuelling the war by sending…").
    fn means_subject(&self, view: &SentenceView, by: usize) -> Option<Actors> {
        let tokens = view.tokens;
        let (end, actors) = self.actors_from(view, view.clause_subject_start(by)).first()?;
        for k in *end..by {
            if self.phrase_at(tokens, k, &self.lists.attribution).is_some() {
                return None;
            }
            if let Tok::Ent(m) = tokens[k].tok {
                let modifier = self.phrase_at(tokens, k + 1, &self.lists.rule_nouns).is_some();
                if self.actor_kind(view.mentions[m].entity) && !modifier {
                    return None;
                }
            }
        }
        Some(actors.clone())
    }

    /// The subject of a verb after an appositive that closes with the comma at `comma`:
    /// "Iran, under UN sanctions since 2006, shipped…", "North Korea, a close ally of Russia,
    /// sent…". Only a subject that opens the sentence, so that a comma inside a list or after
    /// an introductory phrase names nobody.
    fn appositive_subject(&self, view: &SentenceView, comma: usize) -> Option<Actors> {
        const MAX_APPOSITIVE: usize = 16;
        let tokens = view.tokens;
        let start = usize::from(matches!(tokens.first()?.tok, Tok::Word("the")));
        if let Some((end, actors)) = self.actors_from(view, start).first() {
            let opens = matches!(tokens.get(*end).map(|t| t.tok), Some(Tok::Punct(',')));
            // Something between the two commas ("Iran, shipped…" has no appositive), not too
            // long.
            let inside =
                tokens.get(end + 1..comma).filter(|t| (1..=MAX_APPOSITIVE).contains(&t.len()));
            let plain = inside.is_some_and(|inside| {
                inside.iter().all(|t| !matches!(t.tok, Tok::Punct(';' | ':')))
            });
            if opens && plain {
                return Some(actors.clone());
            }
        }
        self.example_subject(view, comma)
    }

    /// The members a sentence-opening group is named by, in an appositive that closes with the
    /// comma at `comma`: "Several European countries, including the Netherlands and Denmark,
    /// have delivered…", "NATO members, including Poland, sent…" → the members named. The group
    /// before them is a short phrase without a clause boundary (a group that is itself an actor,
    /// "The EU, including Germany, imposed…", is the subject: [`Extractor::appositive_subject`]).
    fn example_subject(&self, view: &SentenceView, comma: usize) -> Option<Actors> {
        const MAX_GROUP: usize = 8;
        const MAX_EXAMPLES: usize = 12;
        let tokens = view.tokens;
        // The first comma of the sentence opens the appositive, after the group.
        let open = tokens.iter().take(MAX_GROUP + 1).position(|t| t.tok == Tok::Punct(','))?;
        let group_is_plain = open > 0 && (0..open).all(|k| !view.is_boundary(k));
        if !group_is_plain || comma <= open + 1 || comma - open > MAX_EXAMPLES + 3 {
            return None;
        }
        let mut k = self.phrase_at(tokens, open + 1, &self.lists.examples)?;
        if matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Word("the"))) {
            k += 1;
        }
        self.actors_spanning(view, k, comma)
    }

    /// The actor, or list of actors, that starts at token `start` and ends right before `end`.
    fn actors_spanning(&self, view: &SentenceView, start: usize, end: usize) -> Option<Actors> {
        self.actors_from(view, start)
            .iter()
            .find(|(e, _)| *e == end)
            .map(|(_, actors)| actors.clone())
    }

    /// Modality of a match covering tokens `first..=last` anchored at `anchor` (a verb when
    /// `verb_anchor`). Where `anchor_is_measure` (a sanction), a negation cue that takes in the
    /// anchor is the measure itself: "banned imports of Russian diamonds" and "has frozen the
    /// assets of…" are sanctions, while the same cue before a supply ("banned arms exports to
    /// Riyadh", "has frozen arms sales to Turkey") negates it.
    fn modality(
        &self,
        view: &SentenceView,
        first: usize,
        last: usize,
        anchor: usize,
        verb_anchor: bool,
        anchor_is_measure: bool,
    ) -> (Modality, Option<String>) {
        let tokens = view.tokens;
        // Keeps in `slot` the first cue of `list` that starts at `k`.
        let note = |slot: &mut Option<String>, k: usize, list: &PhraseIndex| {
            if slot.is_none() {
                if let Some(end) = self.cue_at(tokens, k, list) {
                    *slot = Some(self.token_text(view, k, end));
                }
            }
        };
        let mut scope_start = self.cue_scope_start(tokens, first, anchor);
        // The cues of the clause that governs a relative clause's antecedent are not the
        // relative clause's: "Washington banned Chinese firms that supplied drones to Russia".
        if self.relative_clause_at(view, first, anchor) {
            scope_start = scope_start.max(first);
        }
        // The conjunction before the anchor's predicate or clause, and whether the claim names a
        // subject of its own after it.
        let (new_predicate, own_subject) = if !verb_anchor {
            (self.noun_predicate_at(view, first), false)
        } else if let Some(conjunction) = self.new_predicate_at(view, anchor) {
            (Some(conjunction), false)
        } else {
            (self.new_clause_at(view, first, anchor), true)
        };
        // Whether the cue at `k` that ends at `cue_end` belongs to the predicate before the
        // anchor's.
        let left_behind = |k: usize, cue_end: Option<usize>| match (new_predicate, cue_end) {
            (Some(conjunction), Some(end)) => {
                end <= conjunction && self.cue_left_behind(view, k, end, conjunction, own_subject)
            }
            _ => false,
        };
        let mut hedge: Option<String> = None;
        // Where the last hedge cue before `k` ends.
        let mut hedge_end: Option<usize> = None;
        let mut negation: Option<String> = None;
        let mut negation_from = scope_start;
        let last_token = last.min(tokens.len().saturating_sub(1));
        let mut k = scope_start;
        while k <= last_token {
            if let Some(end) = self.cue_free_at(view, k, anchor, last_token) {
                k = end;
                continue;
            }
            // Each read once per word: every test below asks for them.
            let negation_cue = self.cue_at(tokens, k, &self.lists.negation);
            let hedge_cue = self.cue_at(tokens, k, &self.lists.hedge);
            let negation_behind = left_behind(k, negation_cue);
            let hedge_behind = left_behind(k, hedge_cue);
            // Of two cues at one word the longer speaks: "not decided whether to" leaves the act
            // open, where its "not" alone would deny it.
            if !negation_behind && !hedge_behind {
                let longer_hedge = match (hedge_cue, negation_cue) {
                    (Some(hedge_end), Some(negation_end)) if hedge_end > negation_end => {
                        Some(hedge_end)
                    }
                    _ => None,
                };
                if let Some(end) = longer_hedge {
                    hedge.get_or_insert_with(|| self.token_text(view, k, end));
                    k = end;
                    continue;
                }
            }
            // An end that is only possible leaves the act standing, hedged: "may halt arms
            // shipments", "threatened to lift sanctions", "urged Tehran to halt drone
            // deliveries", "if Tehran halts…" (see [`Extractor::hedge_reaches`]).
            let possible_end = hedge_end.is_some_and(|e| self.hedge_reaches(view, e, k))
                && match negation_cue {
                    Some(end) => self.cue_at(tokens, k, &self.lists.undoing) >= Some(end),
                    None => false,
                };
            if negation_behind {
                negation_from = k + 1;
            } else if !(anchor_is_measure && self.cue_covers(tokens, k, anchor) || possible_end) {
                if let Some(end) = negation_cue {
                    negation.get_or_insert_with(|| self.token_text(view, k, end));
                }
            }
            if !hedge_behind {
                if let Some(end) = hedge_cue {
                    hedge.get_or_insert_with(|| self.token_text(view, k, end));
                    hedge_end = Some(end);
                }
            }
            // The object of a cue left behind is the first predicate's too: the "any" of
            // "denied any role in the attack and shipped drones" hedges nothing after the "and".
            if let (true, Some(conjunction)) = (negation_behind || hedge_behind, new_predicate) {
                negation_from = negation_from.max(conjunction);
                k = conjunction;
                continue;
            }
            k += 1;
        }
        if negation.is_some() {
            match self.negation_pair(
                view,
                first,
                anchor,
                anchor_is_measure,
                negation_from,
                last_token,
            ) {
                Some(NegationPair::Cancel) => negation = None,
                Some(NegationPair::Permits(cue)) => {
                    negation = None;
                    hedge = Some(cue);
                }
                None => {}
            }
        }
        // After the claim, up to the end of its clause: "… could not be verified", "… in a
        // prisoner swap". A pseudo-cue is passed over here as before the claim: "…, a claim
        // confirmed by US intelligence" holds the apposition cue "a claim" and cues nothing.
        // A subordinate clause after the claim has cues of its own: "sent drones to Russia after
        // talks were halted" halted the talks, not the sending. So has the clause around a claim
        // that is an apposition, a side and a comma, closed by the comma after it: in
        // "Restrictions on China, Pakistan's biggest supplier of frigates, were eased" the
        // restrictions were eased. (A list in the claim is no apposition: "sent drones, shells
        // and missiles to Russia, a claim Tehran rejects" is hedged.)
        let is_comma = |k: usize| matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Punct(',')));
        let apposition = is_comma(first + 1) && (is_comma(last) || is_comma(last + 1));
        let mut k = if apposition { tokens.len() } else { last + 1 };
        while k < tokens.len()
            && !self.ends_clause(tokens, k)
            && self.phrase_at(tokens, k, &self.lists.sentence_openers).is_none()
        {
            if let Some(end) = self.phrase_at(tokens, k, &self.lists.pseudo_cue) {
                k = end;
                continue;
            }
            note(&mut negation, k, &self.lists.negation_after);
            note(&mut hedge, k, &self.lists.hedge_after);
            k += 1;
        }
        if hedge.is_none() && is_yes_no_question(tokens) {
            hedge = Some("?".to_string());
        }
        match (negation, hedge) {
            (Some(cue), _) => (Modality::Negated, Some(cue)),
            (None, Some(cue)) => (Modality::Hedged, Some(cue)),
            _ => (Modality::Asserted, None),
        }
    }

    /// How a side of the claim of `binding` answers it after it: a refusal negates it ("Ukraine
    /// asked Berlin for Taurus missiles, but Germany refused", "offered Kyiv jets, but Ukraine
    /// declined"), a denial disputes it ("sent drones to Russia, but Tehran denies it"), as
    /// "…, a charge Tehran rejects" does. A refusal is looked for first, wherever it stands.
    fn answered_after(&self, view: &SentenceView, binding: &Binding) -> Option<(Modality, String)> {
        let starts = self.answer_starts(view, binding);
        [
            (&self.lists.refusal_after, Modality::Negated),
            (&self.lists.denial_after, Modality::Hedged),
        ]
        .into_iter()
        .find_map(|(answers, modality)| {
            starts
                .iter()
                .find_map(|&(from, start)| self.answer_closing(view, from, start, answers))
                .map(|text| (modality, text))
        })
    }

    /// Where an answer to the claim of `binding` may start, with where its quoted text starts:
    /// right after an aside that reports the claim about one of its sides ("Iran, which
    /// Washington says has supplied drones to Russia, denies it"), then after one of the
    /// claim's sides or a pronoun for it in a clause of its own opened by "but". The answer must
    /// end its clause: "but Germany refused to comment" refuses something else.
    fn answer_starts(
        &self,
        view: &SentenceView,
        binding: &Binding,
    ) -> SmallVec<[(usize, usize); 3]> {
        let tokens = view.tokens;
        let sides: SmallVec<[EntityIx; 8]> =
            binding.source.iter().chain(&binding.target).map(|&e| self.principal(e)).collect();
        let mut starts = SmallVec::new();
        if let Some(close) = self.reported_aside_close(view, binding, &sides) {
            starts.push((close, close + 1));
        }
        let Some(but) = (binding.last + 1..tokens.len()).find(|&k| self.ends_clause(tokens, k))
        else {
            return starts;
        };
        if !matches!(tokens[but].tok, Tok::Word("but")) {
            return starts;
        }
        // The "but" must answer this claim, not a later one: in "Iran sent drones to Russia and
        // Belarus asked Iran for missiles, but Iran refused" the refusal is of the asking.
        if self.finite_verb_in(tokens, binding.last + 1..but) {
            return starts;
        }
        // "but the Belgians declined"
        let subject =
            if matches!(word_at(tokens, but + 1), Some("the")) { but + 2 } else { but + 1 };
        starts.extend(
            self.actors_from(view, subject)
                .iter()
                .filter(|(_, actors)| actors.iter().any(|&e| sides.contains(&self.principal(e))))
                .map(|&(end, _)| (but, end)),
        );
        if matches!(word_at(tokens, but + 1), Some("it" | "they")) {
            starts.push((but, but + 2));
        }
        starts
    }

    /// The answer of `answers` starting at `start`, after auxiliaries and adverbs ("has so far
    /// refused"; the filler table passes over cues too, so the answer is looked for first), not
    /// after a negator ("but Germany has not refused" refuses nothing), and ending its clause
    /// ("but Germany refused to comment" refuses something else): its text from `from`.
    fn answer_closing(
        &self,
        view: &SentenceView,
        from: usize,
        mut start: usize,
        answers: &PhraseIndex,
    ) -> Option<String> {
        let tokens = view.tokens;
        for _ in 0..=MAX_FILLERS {
            if let Some(end) = self.phrase_at(tokens, start, answers) {
                let closes = match tokens.get(end).map(|t| t.tok) {
                    None | Some(Tok::Punct(_)) => true,
                    Some(Tok::Word(w)) => matches!(w, "citing" | "saying" | "because" | "over"),
                    _ => false,
                };
                return closes.then(|| self.token_text(view, from, end));
            }
            if matches!(word_at(tokens, start), Some("not" | "never" | "no")) {
                return None;
            }
            match view.filler_at(start) {
                Some(next) if next > start => start = next,
                _ => return None,
            }
        }
        None
    }

    /// The comma closing an aside that reports the claim of `binding` about one of its `sides`,
    /// which the clause after the comma is then about: a relative clause ("Chile, which Spain
    /// says sent drones to Peru, …", "which according to Spain …") or a participle ("Serbia,
    /// accused by Norway of arming Bolivia, …"). The aside opens at the nearest comma before
    /// the anchor, within its clause, that comes right after a side's name, and must attribute
    /// or accuse: an aside in the writer's own voice ("Serbia, a longtime supplier of ammunition
    /// to Ukraine, denied the report") is background that a denial does not answer. It closes
    /// at the first comma after the claim, with no clause ending between.
    fn reported_aside_close(
        &self,
        view: &SentenceView,
        binding: &Binding,
        sides: &[EntityIx],
    ) -> Option<usize> {
        let tokens = view.tokens;
        let after_side = |k: usize| {
            matches!(tokens[k - 1].tok,
                Tok::Ent(m) if sides.contains(&self.principal(view.mentions[m].entity)))
        };
        let open = (1..binding.anchor)
            .rev()
            .take_while(|&k| !self.ends_clause(tokens, k))
            .find(|&k| matches!(tokens[k].tok, Tok::Punct(',')) && after_side(k))?;
        let reports = (open + 1..binding.anchor).any(|k| {
            self.phrase_at(tokens, k, &self.lists.attribution).is_some()
                || self.phrase_at(tokens, k, &self.lists.accuse).is_some()
        });
        if !reports {
            return None;
        }
        let close = (binding.last + 1..tokens.len())
            .find(|&k| self.ends_clause(tokens, k) || matches!(tokens[k].tok, Tok::Punct(_)))?;
        matches!(tokens[close].tok, Tok::Punct(',')).then_some(close)
    }

    /// Whether a hedge cue ending at `hedge_end` governs the undoing cue at `k`: right before it,
    /// fillers aside, or sharing its "to" ("plans to" and "to halt"), or with the side that would
    /// end the act between them, alone or before "to" ("urged Tehran to halt", "if Tehran
    /// halts"). A modal elsewhere in the clause does not govern it.
    fn hedge_reaches(&self, view: &SentenceView, hedge_end: usize, k: usize) -> bool {
        if hedge_end > k || Self::through_fillers(view, hedge_end, k) {
            return true;
        }
        // The "to" may open the cue itself ("to halt").
        self.actors_from(view, hedge_end).iter().any(|&(end, _)| {
            let to = matches!(view.tokens.get(end).map(|t| t.tok), Some(Tok::Word("to")));
            Self::through_fillers(view, end, k) || to && Self::through_fillers(view, end + 1, k)
        })
    }

    /// Whether the claim starting at `first` is a relative clause about the side there: the
    /// side's phrase (names, heads such as "firms" or "officials", "and"), then "that", "which"
    /// or "who", then nothing but fillers up to the verb at `anchor` ("Chinese firms that
    /// supplied", "Iranian officials, who have not sent").
    fn relative_clause_at(&self, view: &SentenceView, first: usize, anchor: usize) -> bool {
        let tokens = view.tokens;
        if !matches!(tokens.get(first).map(|t| t.tok),
            Some(Tok::Ent(m)) if !self.is_weapon(view.mentions[m].entity))
        {
            return false;
        }
        let mut k = first + 1;
        while k < anchor {
            match tokens[k].tok {
                Tok::Word("that" | "which" | "who") => {
                    return Self::through_fillers(view, k + 1, anchor);
                }
                Tok::Ent(_) | Tok::Word("and") | Tok::Punct(',') => k += 1,
                _ => match self.phrase_at(tokens, k, &self.lists.heads) {
                    Some(end) => k = end,
                    None => return false,
                },
            }
        }
        false
    }

    /// Whether the negation cue starting at `k` takes in the word at `anchor`: "froze" or "has
    /// (also) frozen" at a freezing anchor.
    fn cue_covers(&self, tokens: &[Token], k: usize, anchor: usize) -> bool {
        k <= anchor && self.cue_at(tokens, k, &self.lists.negation).is_some_and(|end| anchor < end)
    }

    /// The conjunction before `anchor` when the anchor verb starts a predicate of its own, with
    /// the subject of the one before: a conjunction of the `ellipsis` list, at most a few fillers
    /// before the anchor, and the anchor in a finite form ("and imposed", "and also ships"). A
    /// base form or a gerund would share what came before it: "did not build and supply",
    /// "denied sending troops and supplying weapons". A gerund after a finite verb in "-ed" or
    /// of `past-forms` is that verb's: "and stopped sending", "and kept supplying". So is an
    /// infinitive after a finite verb: the predicate is the finite verb's ("lifted restrictions
    /// and agreed to export missiles" lifts no export).
    fn new_predicate_at(&self, view: &SentenceView, anchor: usize) -> Option<usize> {
        let tokens = view.tokens;
        let finite = self.phrase_at(tokens, anchor, &self.lists.finite_verbs).is_some();
        let after_finite = || {
            let Some(before) = anchor.checked_sub(1) else { return false };
            matches!(tokens[anchor].tok, Tok::Word(w) if w.ends_with("ing"))
                && self.is_past_verb(tokens, before)
        };
        if finite || after_finite() {
            return self.conjunction_before(view, anchor);
        }
        let governor = anchor.checked_sub(2).filter(|&v| {
            tokens[v + 1].tok == Tok::Word("to")
                && (self.is_past_verb(tokens, v) || present_in_s(tokens[v].tok))
        })?;
        self.conjunction_before(view, governor)
    }

    /// The conjunction before a rule noun's phrase when the verb governing the phrase, a past
    /// form right before the claim at `first` (or before its determiner), starts a predicate of
    /// its own: in "Qatar rejected the offer and praised its purchase of tanks from Germany" the
    /// purchase is not rejected.
    fn noun_predicate_at(&self, view: &SentenceView, first: usize) -> Option<usize> {
        let tokens = view.tokens;
        let determiner = opener_at(tokens, first.checked_sub(1));
        let verb = first
            .checked_sub(1 + usize::from(determiner))
            .filter(|&v| self.is_past_verb(tokens, v))?;
        self.conjunction_before(view, verb)
    }

    /// The conjunction of the `ellipsis` list that ends right before `at`, or a few words
    /// (fillers such as "also") before it.
    fn conjunction_before(&self, view: &SentenceView, at: usize) -> Option<usize> {
        const MAX_FILLERS: usize = 3;
        let tokens = view.tokens;
        let mut j = at;
        for _ in 0..=MAX_FILLERS {
            let prev = j.checked_sub(1)?;
            if self.phrase_at(tokens, prev, &self.lists.ellipsis) == Some(j) {
                return Some(prev);
            }
            // A conjunction of two words ("and has") ends at `j` from one token further back.
            if prev > 0 && self.phrase_at(tokens, prev - 1, &self.lists.ellipsis) == Some(j) {
                return Some(prev - 1);
            }
            if !matches!(tokens[prev].tok, Tok::Word(_)) {
                return None;
            }
            j = prev;
        }
        None
    }

    /// Whether the cue at `k..end`, before the `conjunction` of a new predicate, is the first
    /// predicate's own: the cue is a verb itself ("lifted", "halts", "urged", "pulled out of")
    /// and has an object before the conjunction, with no clause opening between
    /// ("denied that it sold drones to Russia and shipped…" denies both). An adverb ("not",
    /// "reportedly") or an auxiliary ("may") is left in reach: "Iran reportedly sold drones to
    /// Russia and shipped missiles to Syria" reports both. After a conjunction that the claim's
    /// own subject follows (`own_subject`), any cue is left behind unless a clause opens
    /// between: "Germany did not sign the deal and France sent tanks" is France's fact, while
    /// "denied that Russia sent troops and Iran shipped drones" denies both.
    fn cue_left_behind(
        &self,
        view: &SentenceView,
        k: usize,
        end: usize,
        conjunction: usize,
        own_subject: bool,
    ) -> bool {
        // Its object is a side, an item, or a noun phrase: one a determiner opens ("denied the
        // report and has also supplied shells") or a bare noun ("suspended talks and deployed
        // missiles", "pulled out of talks and sent troops"). The conjunction then ends the cue's
        // predicate. A word that leads on to a verb ("stopped short of") or an adverb ("denied
        // outright") is no object, but an infinitive with its verb is one ("refused to negotiate
        // and sent drones"): a finite verb after "and" cannot be the infinitive's.
        let object = &view.tokens[end..conjunction];
        let object = match object {
            [first, rest @ ..] if first.tok == Tok::Word("to") => rest,
            _ => object,
        };
        let has_object = match object.first().map(|t| t.tok) {
            Some(Tok::Word(w)) => {
                NOUN_PHRASE_OPENERS.contains(&w)
                    || (!NOT_AN_OBJECT.contains(&w)
                        && (!w.ends_with("ly") || self.rule_verb_word(&object[0]))
                        && !w.ends_with("ing"))
            }
            Some(Tok::Ent(_)) => true,
            _ => false,
        } || object.iter().any(|t| matches!(t.tok, Tok::Ent(_)));
        // A clause as its object, with a subject and an auxiliary or a verb of its own, is what
        // the cue denies, the conjunction and all, as after "that": "denied it had sent troops
        // and supplied drones", "denied Iran sent troops and supplied drones".
        // A verb of the rules counts only after a side named by name: in "lifted sanctions on
        // Iran", "halted drone exports" or "Russian supplies" it is a noun.
        // Before a subject of the claim's own, an auxiliary is the first predicate's ("may have
        // sent drones and North Korea shipped…").
        let object_is_clause = (k + 1..conjunction).any(|j| match view.tokens[j].tok {
            Tok::Word(_) => {
                let classes = class_at(view.tokens, j);
                (classes & CLAUSE_WORD != 0 && !(own_subject && classes & AUXILIARY != 0))
                    || (self.names_side(view, j - 1)
                        && self.phrase_at(view.tokens, j, &self.lists.finite_verbs).is_some())
            }
            _ => false,
        });
        // A present form in "-s" is a verb as well as a past ("halts", "broke off"), and so is
        // a cue right after a form of "be", which it makes a predicate: "is holding talks with
        // Iran and has sent…", "is in talks with Iran and has sent…", "was reluctant to…". A cue
        // that ends in a past form has it for its verb: "has frozen the assets of… and sent…".
        let after_be = k
            .checked_sub(1)
            .is_some_and(|before| class_at(view.tokens, before) & PASSIVE_AUXILIARY != 0);
        let is_verb = after_be
            || self.is_past_verb(view.tokens, k)
            || self.is_past_verb(view.tokens, end - 1)
            || present_in_s(view.tokens[k].tok);
        // A phrase a subordinator opens is part of that predicate ("paused the deal despite
        // Swedish objections and shipped…"); a clause it opens is not.
        (own_subject || (is_verb && has_object))
            && !object_is_clause
            && !(k..conjunction).any(|i| {
                view.is_boundary(i) && !self.verbless_phrase(view.tokens, i + 1, conjunction)
            })
    }

    /// The "and" before a claim covering `first..` whose subject opens a clause of its own, the
    /// anchor at `anchor` a finite verb: "Hungary blocked the package and Poland sent tanks to
    /// Ukraine". A "the" may stand between ("and the US sent…").
    fn new_clause_at(&self, view: &SentenceView, first: usize, anchor: usize) -> Option<usize> {
        let tokens = view.tokens;
        let subject_is_side = matches!(tokens.get(first).map(|t| t.tok),
            Some(Tok::Ent(m)) if !self.is_weapon(view.mentions[m].entity));
        if first >= anchor
            || !subject_is_side
            || self.phrase_at(tokens, anchor, &self.lists.finite_verbs).is_none()
        {
            return None;
        }
        let mut before = first.checked_sub(1)?;
        if tokens[before].tok == Tok::Word("the") {
            before = before.checked_sub(1)?;
        }
        (tokens[before].tok == Tok::Word("and")).then_some(before)
    }

    /// Whether a finite verb of the rules at `j` follows "and" or a comma, and may so start a
    /// predicate of its own: "refused to arm and sent drones", "promised aid, shipped rifles".
    /// An adverb or two may stand between: "and then sent", "and later quietly shipped".
    fn finite_after_and(&self, tokens: &[Token], j: usize) -> bool {
        let mut k = j;
        for _ in 0..=MAX_ADVERBS_AFTER_AND {
            let Some(before) = k.checked_sub(1) else { return false };
            match tokens[before].tok {
                Tok::Word("and") | Tok::Punct(',') => {
                    return self.phrase_at(tokens, j, &self.lists.finite_verbs).is_some();
                }
                Tok::Word(w) if is_adverb_after_and(w) => k = before,
                _ => return false,
            }
        }
        false
    }

    /// Whether a verb of the rules at `j` is the predicate of a relative clause: "that",
    /// "which" or "who" before it, with only auxiliaries and adverbs between ("firms that have
    /// secretly shipped").
    fn verb_of_relative(&self, tokens: &[Token], j: usize) -> bool {
        let Some(token) = tokens.get(j) else { return false };
        let verb = self.phrase_at(tokens, j, &self.lists.finite_verbs).is_some()
            || self.rule_verb_word(token);
        if !verb {
            return false;
        }
        let k = auxiliaries_start(tokens, j, |k| class_at(tokens, k) & AUXILIARY != 0);
        matches!(
            k.checked_sub(1).map(|pronoun| tokens[pronoun].tok),
            Some(Tok::Word("that" | "which" | "who"))
        )
    }

    /// Whether the token at `k` names a weapon.
    fn weapon_at(&self, view: &SentenceView, k: usize) -> bool {
        matches!(view.tokens.get(k).map(|t| t.tok),
            Some(Tok::Ent(m)) if self.is_weapon(view.mentions[m].entity))
    }

    /// Whether the token at `k` cannot stand inside a noun phrase after its first modifier: an
    /// article, another side's name, a cue or a past verb.
    fn breaks_noun_phrase(&self, view: &SentenceView, k: usize) -> bool {
        let tokens = view.tokens;
        is_article(tokens.get(k))
            || matches!(tokens[k].tok, Tok::Ent(m) if !self.is_weapon(view.mentions[m].entity))
            || self.is_past_verb(tokens, k)
            || self.cue_at(tokens, k, &self.lists.negation).is_some()
            || self.cue_at(tokens, k, &self.lists.hedge).is_some()
    }

    /// Whether the word at `k` is a past form: one in "-ed" or an irregular one of `past-forms`
    /// ("broke off talks with Kyiv and sent…", "and kept sending").
    fn is_past_verb(&self, tokens: &[Token], k: usize) -> bool {
        matches!(tokens[k].tok, Tok::Word(w) if w.len() > 3 && w.ends_with("ed"))
            || self.phrase_at(tokens, k, &self.lists.past_forms).is_some()
    }

    /// Whether the token at `k` ends the clause a cue reaches through ("but", "; ", ", while").
    /// Not a phrase of time ("and then", "and later") before a rule verb in its bare form,
    /// after an adverb or two, which shares the auxiliary before it: "may sell rifles and then
    /// (later) send tanks" hedges both. A contrast does end it: "will not sanction Peru but arm
    /// Chile" arms Chile.
    fn ends_clause(&self, tokens: &[Token], k: usize) -> bool {
        let Some(end) = self.phrase_at(tokens, k, &self.lists.scope_end) else {
            return matches!(tokens[k].tok, Tok::Punct(';'));
        };
        let of_time =
            matches!(tokens[end - 1].tok, Tok::Word(w) if w != "instead" && is_adverb_after_and(w));
        if !of_time {
            return true;
        }
        let verb = (end..tokens.len())
            .take(MAX_ADVERBS_AFTER_AND + 1)
            .find(|&v| !matches!(tokens[v].tok, Tok::Word(w) if is_adverb_after_and(w)));
        !verb.is_some_and(|v| self.bare_rule_verb(tokens, v))
    }

    /// Whether the token at `k` is a verb of the rules in its bare form: no finite form, no
    /// gerund.
    fn bare_rule_verb(&self, tokens: &[Token], k: usize) -> bool {
        self.rule_verb_word(&tokens[k])
            && self.phrase_at(tokens, k, &self.lists.finite_verbs).is_none()
            && !matches!(tokens[k].tok, Tok::Word(w) if w.ends_with("ing"))
    }

    /// Where the cues of a claim starting at `first` and anchored at `anchor` may start: a few
    /// tokens before it, within its clause, and after a word that opens the claim's clause.
    fn cue_scope_start(&self, tokens: &[Token], first: usize, anchor: usize) -> usize {
        let window = first.saturating_sub(CUE_WINDOW);
        let clause_end = (0..anchor).rev().find(|&k| self.ends_clause(tokens, k));
        let opener = (window..first)
            .rev()
            .find(|&k| self.phrase_at(tokens, k, &self.lists.clause_openers).is_some());
        let participle_end = participial_opener_end(tokens).filter(|&comma| comma < first);
        let subordinate_end =
            self.subordinate_opener(tokens).map(|(_, comma)| comma).filter(|&comma| comma < first);
        match clause_end.max(opener).max(participle_end).max(subordinate_end) {
            Some(k) => window.max(k + 1),
            None => window,
        }
    }

    /// The end of the `sentence-openers` word of a subordinate clause opening the sentence, and
    /// the comma that closes the clause ("After Russia asked for talks,", "Despite offers of a
    /// ceasefire,"): the clause after the comma has a subject of its own, so a cue before it
    /// hedges or denies nothing there. A claim inside the opener keeps its cues, as after a
    /// participle ([`participial_opener_end`]).
    fn subordinate_opener(&self, tokens: &[Token]) -> Option<(usize, usize)> {
        let start = tokens.iter().position(|t| !matches!(t.tok, Tok::Punct(_)))?;
        let opener_end = self.phrase_at(tokens, start, &self.lists.sentence_openers)?;
        let comma =
            (opener_end..tokens.len()).find(|&k| matches!(tokens[k].tok, Tok::Punct(',')))?;
        Some((opener_end, comma))
    }

    /// The first `attack` cue in the clause of a claim covering `first..=last`: in "Russia sent
    /// dozens of drones to Kyiv in an overnight attack" the drones were fired at Kyiv, not
    /// supplied to it. The scan stops at a verb of using: the cues after it are the user's ("…
    /// which used them in strikes on Kharkiv").
    fn attack_cue(
        &self,
        view: &SentenceView,
        first: usize,
        last: usize,
        anchor: usize,
        items_lead: bool,
    ) -> Option<String> {
        let tokens = view.tokens;
        let start = self.cue_scope_start(tokens, first, anchor);
        // Items that open the claim may be the subject of the verb after it, whose cues are its
        // own: in "Rockets supplied by Iran hit Haifa overnight" Iran fired nothing.
        let comma = usize::from(tokens.get(last + 1).map(|t| t.tok) == Some(Tok::Punct(',')));
        let predicate_after = items_lead
            && tokens.get(last + 1 + comma).is_some_and(|t| {
                self.rule_verb_word(t) && !matches!(t.tok, Tok::Word(w) if w.ends_with("ing"))
            });
        let end = if predicate_after {
            last + 1
        } else {
            (last + 1..tokens.len()).find(|&k| self.ends_clause(tokens, k)).unwrap_or(tokens.len())
        };
        for k in start..end {
            if self.phrase_at(tokens, k, &self.lists.attack_use).is_some() {
                return None;
            }
            if let Some(cue_end) = self.phrase_at(tokens, k, &self.lists.attack) {
                return Some(self.token_text(view, k, cue_end));
            }
        }
        None
    }

    /// An `exercise` phrase after a supply's last bound word, in its clause: "sent B-52 bombers
    /// to South Korea for joint drills".
    fn exercise_cue(&self, view: &SentenceView, last: usize) -> Option<String> {
        let tokens = view.tokens;
        (last + 1..tokens.len())
            .take_while(|&k| !self.ends_clause(tokens, k))
            .find_map(|k| self.phrase_at(tokens, k, &self.lists.exercise).map(|e| (k, e)))
            .map(|(k, e)| self.token_text(view, k, e))
    }

    /// An `attack-aim` word right after the items of a supply that names no recipient, then a
    /// name: "Russia sent 40 drones at Kyiv", "missiles toward Lviv", "against Ukrainian cities".
    /// The name must follow (after "the" at most) and not own what comes next: "sold jets at a
    /// cost of…", "sent troops toward the border" or "at Ukraine's request" aim at nothing.
    fn aim_cue(&self, view: &SentenceView, binding: &Binding) -> Option<String> {
        if !binding.target.is_empty() || binding.items.is_empty() {
            return None;
        }
        let tokens = view.tokens;
        let at = binding.last + 1;
        let mut name = self.phrase_at(tokens, at, &self.lists.attack_aim)?;
        if matches!(tokens.get(name).map(|t| t.tok), Some(Tok::Word("the"))) {
            name += 1;
        }
        let named = self.is_name(view, name);
        let owns_next = matches!(tokens.get(name + 1).map(|t| t.tok), Some(Tok::Poss));
        (named && !owns_next).then(|| self.token_text(view, at, name + 1))
    }

    /// Whether the token at `k` names something: an entity, or a word the gazetteer does not
    /// know that starts with a capital letter.
    fn is_name(&self, view: &SentenceView, k: usize) -> bool {
        match view.tokens.get(k).map(|t| t.tok) {
            Some(Tok::Ent(_)) => true,
            Some(Tok::Word(_)) => self.capitalised(view, k),
            _ => false,
        }
    }

    /// Whether the token at `k` starts with a capital letter in the original text (the
    /// normalised text is folded): a proper name the gazetteer may not know.
    fn capitalised(&self, view: &SentenceView, k: usize) -> bool {
        view.norm.original_char(view.original, view.tokens[k].start).is_some_and(char::is_uppercase)
    }

    /// The end of a stretch at `k` whose words cue nothing, which the cue scans pass over whole:
    /// a rule noun (the "bans" of "travel bans" is no negation) that starts no longer negation
    /// cue ("withdrawal of" is one), a pseudo-cue (the "not" of "not
    /// only"), an aside (in "Iran (which denies it) sent…" the denial is the aside's), or a
    /// relative or contrastive aside between commas (see [`relative_aside_end`]) in a claim
    /// anchored at `anchor` and ending at `last`.
    fn cue_free_at(
        &self,
        view: &SentenceView,
        k: usize,
        anchor: usize,
        last: usize,
    ) -> Option<usize> {
        let tokens = view.tokens;
        // The noun first: few words are one, and the word before is then read only for them.
        let rule_noun = || {
            let end = self.phrase_at(tokens, k, &self.lists.rule_nouns)?;
            match k.checked_sub(1).and_then(|p| word_at(tokens, p)) {
                // After a modal or a negator the noun is a verb, and a cue: "will ban", "did
                // not freeze".
                Some(_) if class_at(tokens, k - 1) & BARE_VERB_LEADER != 0 => None,
                // So is it after the "to" of a refusal: "refused to ban", "failed to ban".
                Some("to")
                    if k >= 2
                        && self
                            .cue_at(tokens, k - 2, &self.lists.negation)
                            .is_some_and(|end| end == k - 1 || end == k) =>
                {
                    None
                }
                _ => Some(end),
            }
        };
        // A cue longer than the noun speaks: "withdrawal of" ends what a withdrawal takes.
        let noun_only = |end: usize| match self.cue_at(tokens, k, &self.lists.negation) {
            Some(cue_end) if cue_end > end => None,
            _ => Some(end),
        };
        rule_noun()
            .and_then(noun_only)
            .or_else(|| month_may_end(tokens, k))
            .or_else(|| self.phrase_at(tokens, k, &self.lists.pseudo_cue))
            .or_else(|| aside_end(tokens, k))
            .or_else(|| relative_aside_end(tokens, k, anchor, last))
            .or_else(|| self.bare_contrast_end(view, k))
    }

    /// The end of a contrast without commas at `k`: a "not" after "and" or "but" that sets
    /// aside names of the kind of the one before it, inside one list: "Iran sent drones but not
    /// missiles to Russia", "Iran and not Syria sent drones", "the EU sanctioned Iran but not
    /// Syria" (the missiles and Syria are set aside; the act stands). Names of another kind
    /// make a clause of their own, which the "not" denies: "sent tanks to Ukraine and not jets
    /// to Poland". A "not" before anything else ("but not to Ukraine") is no such contrast.
    fn bare_contrast_end(&self, view: &SentenceView, k: usize) -> Option<usize> {
        let tokens = view.tokens;
        let is_weapon = |t: &Token| match t.tok {
            Tok::Ent(m) => Some(self.is_weapon(view.mentions[m].entity)),
            _ => None,
        };
        if tokens[k].tok != Tok::Word("not")
            || !matches!(k.checked_sub(1).map(|p| tokens[p].tok), Some(Tok::Word("and" | "but")))
        {
            return None;
        }
        let kind = is_weapon(&tokens[k.checked_sub(2)?])?;
        let end = (k + 1..tokens.len())
            .find(|&j| {
                !matches!(tokens[j].tok, Tok::Ent(_) | Tok::Num | Tok::Word("and" | "or" | "any"))
            })
            .unwrap_or(tokens.len());
        let mut names = tokens[k + 1..end].iter().filter_map(is_weapon).peekable();
        (names.peek().is_some() && names.all(|w| w == kind)).then_some(end)
    }

    /// What the negation cues of `from..=to` mean when they are exactly two, a negator and then
    /// a cue of its own:
    /// - an undoing cue cancels it ("will not lift sanctions", "refused to halt deliveries",
    ///   "denied halting exports": the sanctions stay, the deliveries and exports go on), as it
    ///   cancels an undoing cue whose object it is ("halted the withdrawal of its troops");
    /// - a prevention word that keeps the match's subject (at `first`) from its act permits it
    ///   ("did not block Estonia from sending", "refused to stop Iran from selling"): the act may
    ///   have happened, so it is hedged, neither denied nor asserted; so does a prevention word
    ///   that is no undoing, governed by the negator and at or before the anchor ("has not
    ///   banned arms exports to Russia", "refused to ban weapons sales").
    ///
    /// Where `anchor_is_measure`, a cue that takes in the anchor is the measure itself and none
    /// of the two: "did not freeze arms sales" denies the freeze (a sanction).
    fn negation_pair(
        &self,
        view: &SentenceView,
        first: usize,
        anchor: usize,
        anchor_is_measure: bool,
        from: usize,
        to: usize,
    ) -> Option<NegationPair> {
        let tokens = view.tokens;
        // A cue of `list` at `at`, read whole or over the negator before it ("has not frozen").
        let read = |at: usize, list: &PhraseIndex| {
            self.phrase_at(tokens, at, list).or_else(|| negated_auxiliary_end(tokens, at, list))
        };
        let mut cues: SmallVec<[(usize, usize); 3]> = SmallVec::new();
        let mut k = from;
        while k <= to && cues.len() < 3 {
            if let Some(end) = self.cue_free_at(view, k, anchor, to) {
                k = end;
                continue;
            }
            match read(k, &self.lists.negation) {
                Some(end) if anchor_is_measure && (k..end).contains(&anchor) => k = end,
                Some(end) => {
                    cues.push((k, end));
                    k = end;
                }
                None => k += 1,
            }
        }
        let &[negator, ending] = cues.as_slice() else {
            return None;
        };
        let undoing =
            |(at, end): (usize, usize)| read(at, &self.lists.undoing).is_some_and(|e| e >= end);
        // Undoing an undoing that is its object leaves the act: "halted the withdrawal of its
        // troops from Chad", "stopped withdrawing troops"; not two undoings in a row, as in
        // "suspended and then halted arms sales".
        if undoing(negator) {
            let object = tokens[negator.1..ending.0]
                .iter()
                .all(|t| matches!(t.tok, Tok::Word(w) if is_definite_determiner(w)));
            return (object && undoing(ending)).then_some(NegationPair::Cancel);
        }
        let keeps_subject = ending.1 == prevented_opener(tokens, first)
            && self.prevention_from(view, first, anchor).is_some();
        if keeps_subject {
            return Some(NegationPair::Permits(self.token_text(view, negator.0, ending.1)));
        }
        if undoing(ending) {
            return Some(NegationPair::Cancel);
        }
        // A ban not made, before or at the act it would ban, leaves that act open: "has not
        // banned arms exports to Russia", "refused to ban weapons sales", "never blocked the sale
        // of rifles" say nothing of whether any were sold. The negator must govern the ban word
        // ("not" or "to" alone between), not merely stand before it: "did not send banned
        // munitions" denies the sending.
        let governs = tokens[negator.1..ending.0].iter().all(|t| t.tok == Tok::Word("to"));
        let prohibition = ending.0 <= anchor
            && self
                .phrase_at(tokens, ending.0, &self.lists.prevention)
                .is_some_and(|e| e >= ending.1);
        (governs && prohibition)
            .then(|| NegationPair::Permits(self.token_text(view, negator.0, ending.1)))
    }

    fn token_text(&self, view: &SentenceView, from: usize, to: usize) -> String {
        let (Some(a), Some(b)) = (view.tokens.get(from), view.tokens.get(to.saturating_sub(1)))
        else {
            return String::new();
        };
        let (s, e) = (view.norm.original(a.start), view.norm.original(b.end));
        view.original.get(s..e).unwrap_or("").to_string()
    }

    /// Whether the clause of the anchor at `a` sends something "to" or "into" a proper name that
    /// is no entity ("moved Iskander missiles to Kaliningrad", "into the Kursk region"), or into
    /// waters named or not ("to the waters near Taiwan", "into the strait", "to Cypriot waters"):
    /// a destination the gazetteer does not know.
    fn names_place(&self, view: &SentenceView, a: usize) -> bool {
        let word = |k: usize| word_at(view.tokens, k);
        let clause_end = (a + 1..view.tokens.len())
            .find(|&k| {
                view.is_boundary(k) || matches!(view.tokens[k].tok, Tok::Punct(c) if c != ',')
            })
            .unwrap_or(view.tokens.len());
        (a + 1..clause_end).any(|k| {
            if !matches!(word(k), Some("to" | "into")) {
                return false;
            }
            let mut name = if word(k + 1) == Some("the") { k + 2 } else { k + 1 };
            // Compass words before the name are part of the place: "to the eastern
            // Mediterranean", "into north-western Kharkiv" (two words here).
            for _ in 0..2 {
                if word(name).is_some_and(is_compass_word) {
                    name += 1;
                }
            }
            let waters_at = |k: usize| self.phrase_at(view.tokens, k, &self.lists.waters).is_some();
            // A side's waters are no recipient either: "to Cypriot waters".
            let sides_waters = matches!(view.tokens.get(name).map(|t| t.tok), Some(Tok::Ent(_)))
                && waters_at(name + 1);
            name < clause_end
                && (sides_waters
                    || word(name).is_some() && (self.capitalised(view, name) || waters_at(name)))
        })
    }

    /// A place at `i` in any of the forms the rules read, tried in this order: one named with its
    /// state after a comma, one named by a `places` noun with its state, one the gazetteer knows.
    fn place_at(&self, view: &SentenceView, i: usize) -> Option<(usize, Actors, TargetFrom)> {
        self.place_then_state(view, i)
            .or_else(|| self.place_of_state(view, i))
            .or_else(|| self.known_place(view, i))
    }

    /// A place name the gazetteer does not know (one or two capitalised words), a comma, then a
    /// state: the state and the token after it. Not a state that opens an attribution ("sent
    /// drones to Sevastopol, Ukraine said").
    #[inline(never)] // off the hot matching path
    fn place_then_state(
        &self,
        view: &SentenceView,
        i: usize,
    ) -> Option<(usize, Actors, TargetFrom)> {
        let tokens = view.tokens;
        let is_word = |k: usize| matches!(tokens.get(k).map(|t| t.tok), Some(Tok::Word(_)));
        if !is_word(i) {
            return None;
        }
        // The cheap tests first: this runs wherever a target slot finds no actor.
        let comma = if is_word(i + 1) { i + 2 } else { i + 1 };
        if tokens.get(comma)?.tok != Tok::Punct(',') {
            return None;
        }
        let state = self.state_at(view, comma + 1, false)?;
        if !(i..comma).all(|k| self.capitalised(view, k)) {
            return None;
        }
        let end = comma + 2;
        if (end..tokens.len().min(end + 2))
            .any(|k| self.phrase_at(tokens, k, &self.lists.attribution).is_some())
        {
            return None;
        }
        Some((end, std::iter::once(state).collect(), TargetFrom::PlaceWithState))
    }

    /// A place of the gazetteer's `places` file at `i`, after an optional "the": its state and
    /// the token after it ("to Kursk", "to the Kursk region", "at Ramstein Air Base"). The
    /// longest name wins; it must be capitalised as written, from its first word or its second
    /// ("eastern Congo", listed so because "Congo" alone names two states), and a `places` noun
    /// after it ("region", "oblast", "province") belongs to it.
    #[inline(never)] // off the hot matching path
    fn known_place(&self, view: &SentenceView, i: usize) -> Option<(usize, Actors, TargetFrom)> {
        let tokens = view.tokens;
        let word = |k: usize| word_at(tokens, k);
        let start = if word(i) == Some("the") { i + 1 } else { i };
        let capitalised_from = |k: usize| word(k).is_some() && self.capitalised(view, k);
        if self.places.is_empty()
            || word(start).is_none()
            || !(capitalised_from(start) || capitalised_from(start + 1))
        {
            return None;
        }
        let mut key = String::new();
        let mut found = None;
        for k in start..start + self.place_words {
            let Some(w) = word(k) else { break };
            if k > start {
                key.push(' ');
            }
            key.push_str(w);
            if let Some(&state) = self.places.get(&key) {
                found = Some((k + 1, state));
            }
        }
        let (mut end, state) = found?;
        if !capitalised_from(start) && end == start + 1 {
            return None;
        }
        if self.phrase_at(tokens, end, &self.lists.waters).is_some() {
            return None;
        }
        if let Some(noun_end) = self.phrase_at(tokens, end, &self.lists.places) {
            end = noun_end;
        }
        Some((end, std::iter::once(state).collect(), TargetFrom::KnownPlace))
    }

    /// The end of named waters at `i` (after "the" at most): up to three names before a
    /// capitalised `waters` word ("the Red Sea", "the South China Sea", "the Persian Gulf"), or
    /// that word, "of" and up to two names ("the Gulf of Aden", "the Strait of Hormuz"). A name
    /// is a capitalised word or an entity ("Persian" is Iran's demonym, "Oman" a state): the
    /// waters are named after it and still belong to no one.
    #[inline(never)] // off the hot matching path
    fn named_waters_end(&self, view: &SentenceView, i: usize) -> Option<usize> {
        let tokens = view.tokens;
        let start = if word_at(tokens, i) == Some("the") { i + 1 } else { i };
        let waters_at = |k: usize| {
            word_at(tokens, k).is_some()
                && self.capitalised(view, k)
                && self.phrase_at(tokens, k, &self.lists.waters).is_some()
        };
        let is_name = |k: usize| self.is_name(view, k) && !waters_at(k);
        if waters_at(start) {
            if word_at(tokens, start + 1) != Some("of") {
                return None;
            }
            let names = (start + 2..start + 4).take_while(|&k| is_name(k)).count();
            return (names > 0).then_some(start + 2 + names);
        }
        let names = (start..start + 3).take_while(|&k| is_name(k)).count();
        (names > 0 && waters_at(start + names)).then_some(start + names + 1)
    }

    /// The state named at token `k`, by its name or (with `demonym`) by its demonym.
    fn state_at(&self, view: &SentenceView, k: usize, demonym: bool) -> Option<EntityIx> {
        let Tok::Ent(m) = view.tokens.get(k)?.tok else { return None };
        let mention = &view.mentions[m];
        (self.kinds[mention.entity.index()] == EntityKind::State
            && (mention.form == MentionForm::Demonym) == demonym)
            .then_some(mention.entity)
    }

    /// A place inside a state named by a `places` noun, from "the" at `i`: the state and the
    /// token after the phrase. Either the state follows "of" ("the Baltic state of Estonia",
    /// "the Kursk region of Russia": up to three words before the noun) or its demonym comes
    /// before the noun and the place's name after "of" ("the Russian border region of Kursk",
    /// "the Polish city of Rzeszow": up to two capitalised words).
    #[inline(never)] // off the hot matching path
    fn place_of_state(&self, view: &SentenceView, i: usize) -> Option<(usize, Actors, TargetFrom)> {
        let tokens = view.tokens;
        let word = |k: usize| word_at(tokens, k);
        if word(i) != Some("the") {
            return None;
        }
        let mut demonym = None;
        let mut k = i + 1;
        while k <= i + 4 {
            if let Some(noun_end) = self.phrase_at(tokens, k, &self.lists.places) {
                if word(noun_end) != Some("of") {
                    return None;
                }
                let mut after_of = noun_end + 1;
                if let Some(state) = demonym {
                    let name_end = (after_of..after_of + 2)
                        .take_while(|&n| word(n).is_some() && self.capitalised(view, n))
                        .last()?
                        + 1;
                    let state = std::iter::once(state).collect();
                    return Some((name_end, state, TargetFrom::PlaceWithState));
                }
                // "the city of Odesa": a place the gazetteer knows.
                if let Some(place) = self.known_place(view, after_of) {
                    return Some(place);
                }
                // "the disputed islands of the Philippines"
                if word(after_of) == Some("the") {
                    after_of += 1;
                }
                let state = std::iter::once(self.state_at(view, after_of, false)?).collect();
                return Some((after_of + 1, state, TargetFrom::PlaceWithState));
            }
            match tokens.get(k).map(|t| t.tok) {
                Some(Tok::Word(_)) => {}
                Some(Tok::Ent(_)) if demonym.is_none() => {
                    demonym = Some(self.state_at(view, k, true)?)
                }
                _ => return None,
            }
            k += 1;
        }
        None
    }

    /// Who the sentence attributes its claim to: the attribution cue and the words before it.
    fn attribution(&self, view: &SentenceView) -> Option<String> {
        let tokens = view.tokens;
        for k in 0..tokens.len() {
            if let Some(end) = self.phrase_at(tokens, k, &self.lists.attribution) {
                let mut from = k;
                while from > 0
                    && k - from < 3
                    && matches!(tokens[from - 1].tok, Tok::Word(_) | Tok::Ent(_) | Tok::Poss)
                {
                    from -= 1;
                }
                let mut to = end;
                // "according to the report": keep the words after the cue.
                while to < tokens.len()
                    && to - end < 4
                    && matches!(tokens[to].tok, Tok::Word(_) | Tok::Ent(_) | Tok::Poss)
                {
                    if from < k {
                        break;
                    }
                    to += 1;
                }
                return Some(self.token_text(view, from, to));
            }
        }
        None
    }

    /// Whether the sentence holds every word and the weapon rule `ri` requires ([`RuleNeeds`]).
    fn has_what_rule_needs(
        &self,
        places: &NeedPlaces,
        mentions: &[Mention],
        ri: usize,
        has_weapon: &OnceCell<bool>,
    ) -> bool {
        let needs = &self.needs[ri];
        if needs.items
            && !*has_weapon.get_or_init(|| mentions.iter().any(|m| self.is_weapon(m.entity)))
        {
            return false;
        }
        needs.met_by(places)
    }

    /// Whether rule `ri` may match at anchor token `a`: the sentence has what it needs
    /// ([`Extractor::has_what_rule_needs`]), each needed word on its side of the anchor
    /// ([`RuleNeeds::placed_around`]).
    fn may_match_at(
        &self,
        places: &NeedPlaces,
        mentions: &[Mention],
        ri: usize,
        a: usize,
        has_weapon: &OnceCell<bool>,
    ) -> bool {
        self.has_what_rule_needs(places, mentions, ri, has_weapon)
            && self.needs[ri].placed_around(places, a)
    }

    /// Whether the anchor the rules of `group` share starts at token `a`.
    fn anchors_at(&self, group: &AnchorGroup, tokens: &[Token], a: usize) -> bool {
        let ri = group.rules[0];
        steps_of(&self.steps, ri, self.rules.rules[ri].anchor)
            .is_some_and(|ix| ix.longest_at(tokens, a).is_some())
    }

    /// Whether some rule is worth trying on the tokenised sentence: one of its words anchors a
    /// rule whose needs the sentence meets, each on its side of that anchor. When none is,
    /// [`Extractor::sentence_relations`] would list no attempt, and the per-token tables are not
    /// worth building. `places` hold the sentence's need places ([`NeedPlaces::fill`]).
    fn may_relate(
        &self,
        tokens: &[Token],
        mentions: &[Mention],
        places: &NeedPlaces,
        items_before: bool,
    ) -> bool {
        let has_weapon = weapon_known(items_before);
        let item_anchored = || {
            self.item_anchor_rules.iter().any(|&ri| {
                self.item_anchor_tokens(tokens, mentions).any(|a| {
                    self.may_match_at(places, mentions, ri, a, &has_weapon)
                        && self.item_anchors(tokens, mentions, ri, a)
                })
            })
        };
        let word_anchored = tokens.iter().enumerate().any(|(a, token)| {
            self.anchor_rules.get(token.id).iter().any(|group| {
                self.anchors_at(group, tokens, a)
                    && group
                        .rules
                        .iter()
                        .any(|&ri| self.may_match_at(places, mentions, ri, a, &has_weapon))
            })
        });
        word_anchored || item_anchored()
    }

    /// Applies every rule at every anchor of the sentence; `explain` receives the attempts.
    fn sentence_relations(
        &self,
        view: &SentenceView,
        attempts: &mut Vec<(usize, usize)>,
        mut profile: Option<&mut RuleProfile>,
        mut explain: Option<&mut Explanation>,
    ) -> Vec<Found> {
        let tokens = view.tokens;
        // Best binding per anchor token: (slots, rule index, binding).
        // Best binding per anchor token that some rule matched: (anchor, slots, rule, binding).
        // Few anchors match, so a short list (allocated only then) beats a slot per token.
        let mut best: Vec<(usize, usize, usize, Binding)> = Vec::new();
        // Tokens that can start an anchor of any rule: usually a handful per sentence.
        // (rule, anchor token) in rule order, then token order: the order rules were always tried.
        attempts.clear();
        let has_weapon = weapon_known(!view.items_before.is_empty());
        let can_match = |ri: usize, a: usize| {
            self.may_match_at(&view.tables.places, view.mentions, ri, a, &has_weapon)
        };
        // A rule the sentence cannot satisfy is not listed, unless `explain` is to say so.
        let worth_listing = |ri: usize, a: usize| explain.is_some() || can_match(ri, a);
        for (a, token) in tokens.iter().enumerate() {
            for group in self.anchor_rules.get(token.id) {
                if self.anchors_at(group, tokens, a) {
                    attempts.extend(
                        group.rules.iter().filter(|&&ri| worth_listing(ri, a)).map(|&ri| (ri, a)),
                    );
                }
            }
        }
        if !self.item_anchor_rules.is_empty() {
            for a in self.item_anchor_tokens(tokens, view.mentions) {
                attempts.extend(
                    self.item_anchor_rules
                        .iter()
                        .filter(|&&ri| {
                            worth_listing(ri, a) && self.item_anchors(tokens, view.mentions, ri, a)
                        })
                        .map(|&ri| (ri, a)),
                );
            }
        }
        if attempts.is_empty() {
            return Vec::new();
        }
        attempts.sort_unstable();
        for &(ri, a) in attempts.iter() {
            let rule = &self.rules.rules[ri];
            {
                // A later rule replaces an anchor's reading only by filling more slots: one that
                // cannot is not tried, and `explain` says so.
                if let Some(read) = best.iter().find(|b| b.0 == a && b.1 >= self.needs[ri].slots) {
                    if let Some(ex) = explain.as_deref_mut() {
                        let outcome = format!(
                            "not tried ({} read this anchor with {} slots, as many as this rule can fill)",
                            self.rules.rules[read.2].id, read.1
                        );
                        ex.attempts.push((
                            rule.id.clone(),
                            self.token_text(view, a, a + 1),
                            outcome,
                        ));
                    }
                    continue;
                }
                // Every attempt listed passed the check, unless `explain` listed them all.
                let can_match = explain.is_none() || can_match(ri, a);
                let mut misfit = None;
                let started = (can_match && profile.is_some()).then(std::time::Instant::now);
                let found = if can_match {
                    self.match_rule(view, rule, &self.steps[ri], a).filter(|b| {
                        misfit = self.binding_misfit(rule, b);
                        misfit.is_none()
                    })
                } else {
                    None
                };
                if let (Some(profile), Some(started)) = (profile.as_deref_mut(), started) {
                    profile.record(ri, found.is_some(), started.elapsed());
                }
                if let Some(ex) = explain.as_deref_mut() {
                    let outcome = match &found {
                        Some(b) => format!(
                            "matched ({} slots{})",
                            b.slots(),
                            if b.source_missing { ", source missing" } else { "" }
                        ),
                        None if !can_match => {
                            "no match (the sentence lacks a word or weapon the rule needs, or where it needs it)"
                                .to_string()
                        }
                        None => match misfit {
                            Some(why) => format!("no match ({why})"),
                            None => "no match".to_string(),
                        },
                    };
                    ex.attempts.push((rule.id.clone(), self.token_text(view, a, a + 1), outcome));
                }
                let Some(mut binding) = found else { continue };
                if binding.source.is_empty() && binding.target.is_empty() {
                    continue;
                }
                // Forces named with where they are say who is where, or nothing: a place of
                // their own state ("Russian forces in Kursk") is no deployment.
                if rule.anchored_on_items()
                    && (binding.target.is_empty()
                        || binding.source.is_empty()
                        || self.trained_before(tokens, binding.first))
                {
                    continue;
                }
                // A target that is the source's own organ is no recipient: the reading that has
                // only such targets gives way ("Iran supplied IRGC drones to the Houthis"), and a
                // list keeps its other members ("export controls on Russia, and the State
                // Department, which…").
                let targets = binding.target.len();
                let Binding { source, target, .. } = &mut binding;
                target.retain(|t| !self.is_own_organ(source, *t));
                if targets > 0 && binding.target.is_empty() {
                    continue;
                }
                let slots = binding.slots();
                match best.iter_mut().find(|b| b.0 == a) {
                    None => best.push((a, slots, ri, binding)),
                    Some(b) if slots > b.1 => *b = (a, slots, ri, binding),
                    Some(_) => {}
                }
            }
        }
        if best.is_empty() {
            return Vec::new();
        }
        // A verb read inside a fuller match of the same kind is part of it, not a claim of its
        // own: in "Russia used North Korean-supplied missiles" the reading at "supplied" (North
        // Korea, missiles, no recipient) is the one at "used" short of its recipient.
        if best.len() > 1 {
            type Reading = (usize, usize, usize, Binding);
            let within =
                |(anchor, slots, rule, part): &Reading,
                 (whole_anchor, whole_slots, whole_rule, whole): &Reading| {
                    let subset = |a: &Actors, b: &Actors| a.iter().all(|x| b.contains(x));
                    anchor != whole_anchor
                        && (whole.first..=whole.last).contains(anchor)
                        && slots < whole_slots
                        && self.rules.rules[*rule].kind == self.rules.rules[*whole_rule].kind
                        && subset(&part.source, &whole.source)
                        && subset(&part.target, &whole.target)
                        && part
                            .items
                            .iter()
                            .all(|i| whole.items.iter().any(|x| x.entity == i.entity))
                };
            let nested: SmallVec<[usize; 4]> =
                (0..best.len()).filter(|&i| best.iter().any(|w| within(&best[i], w))).collect();
            for i in nested.into_iter().rev() {
                best.remove(i);
            }
        }
        // A verb's object and recipient repeated after it with the verb left out ("sent tanks to
        // Ukraine and jets to Poland"): each pair is a relation of its own.
        let anchors: SmallVec<[usize; 4]> = best.iter().map(|b| b.0).collect();
        let mut gapped = Vec::new();
        for (a, slots, ri, binding) in &best {
            let mut previous = binding;
            while let Some(next) = self.gapped(view, *ri, previous, &anchors) {
                gapped.push((*a, *slots, *ri, next));
                previous = &gapped[gapped.len() - 1].3;
            }
        }
        best.extend(gapped);
        let attribution = self.attribution(view);
        let reciprocal = self.has_phrase(view.tokens, &self.lists.reciprocal);
        let mut out = Vec::new();
        // In token order, as the relations of a sentence have always come out.
        best.sort_by_key(|b| b.0);
        for (a, _, ri, binding) in best {
            let rule = &self.rules.rules[ri];
            if rule.discard {
                if let Some(ex) = explain.as_deref_mut() {
                    ex.discarded.push((rule.id.clone(), self.token_text(view, a, a + 1)));
                }
                continue;
            }
            let verb_anchor = matches!(rule.steps[rule.anchor].element, Element::Verb(_));
            let measure = rule.kind == RelationType::Sanctions;
            let (modality, cue) =
                match self.modality(view, binding.first, binding.last, a, verb_anchor, measure) {
                    (Modality::Negated, cue) => (Modality::Negated, cue),
                    // A side refusing the claim after it negates it; a side denying it disputes
                    // it.
                    found => match self.answered_after(view, &binding) {
                        Some((modality, answer)) => (modality, Some(answer)),
                        None => found,
                    },
                };
            // Only a supply rule can give a supply (retyping only turns supplies into deploys).
            // Where the recipient strikes or fires with what it was supplied ("Russia struck Kyiv
            // overnight with drones supplied by Iran"), the attack is its own.
            let attack = match (rule.kind, modality) {
                (RelationType::Supplies, Modality::Asserted | Modality::Hedged)
                    if !rule.recipient_acts =>
                {
                    let items_lead = matches!(rule.steps[0].element, Element::Items);
                    self.attack_cue(view, binding.first, binding.last, a, items_lead)
                        .or_else(|| self.aim_cue(view, &binding))
                }
                _ => None,
            };
            // Sent for drills: the sender's own forces, deployed, not handed over.
            let exercise = match rule.kind {
                RelationType::Supplies => self.exercise_cue(view, binding.last),
                _ => None,
            };
            let actor_before_anchor = view.tokens[..a]
                .iter()
                .any(|t| matches!(t.tok, Tok::Ent(k) if self.actor_kind(view.mentions[k].entity)));
            let to_known_place = binding.target_from == TargetFrom::KnownPlace;
            let destination_named =
                to_known_place || (binding.target.is_empty() && self.names_place(view, a));
            if let Some(ex) = explain.as_deref_mut() {
                if let Some(c) = &cue {
                    ex.cues.push(format!("{} ({})", c, modality.as_str()));
                }
                if let Some(a) = &attack {
                    ex.cues.push(format!("{a} (attack: fired, not supplied; a supply is negated)"));
                }
                if let Some(e) = &exercise {
                    ex.cues.push(format!("{e} (exercise: the sender's forces, deployed)"));
                }
            }
            for (source, items) in Self::split_by_owner(&binding) {
                let excluded = |entity: EntityIx| {
                    !rule.reads_category(self.categories[entity.index()].as_deref())
                };
                let bound: Vec<Item> = items
                    .iter()
                    .filter(|i| !excluded(i.entity))
                    .map(|i| Item {
                        entity: i.entity,
                        quantity: i
                            .quantity
                            .and_then(|s| s.text(view.original))
                            .map(str::to_string),
                        part: i.part.and_then(|s| s.text(view.original)).map(str::to_string),
                    })
                    .collect();
                // Nothing left the rule may read: no relation of this rule.
                if bound.is_empty() && !items.is_empty() {
                    continue;
                }
                let sources: Vec<Option<EntityIx>> = if source.is_empty() {
                    vec![None]
                } else {
                    source.iter().copied().map(Some).collect()
                };
                let targets: Vec<Option<EntityIx>> = if binding.target.is_empty() {
                    vec![None]
                } else {
                    binding.target.iter().copied().map(Some).collect()
                };
                let typed = match exercise {
                    Some(_) => vec![(RelationType::Deploys, bound)],
                    None => self.retype(rule.kind, &bound, destination_named),
                };
                for (kind, items) in typed {
                    // "Russian-made S-400s were deployed in India": Russia made them; who
                    // deployed them is not said.
                    let sources = match kind {
                        RelationType::Deploys if binding.source_makes_items => &[None][..],
                        _ => &sources[..],
                    };
                    // Items fired at a target are no supply (forces sent to attack are still
                    // deployed: retyped to deploys, they keep their modality).
                    let (modality, cue) = match &attack {
                        Some(a) if kind == RelationType::Supplies => {
                            (Modality::Negated, Some(a.clone()))
                        }
                        _ => (modality, cue.clone()),
                    };
                    let targets = match kind {
                        RelationType::Supplies if to_known_place => &[None][..],
                        _ => &targets[..],
                    };
                    for s in sources {
                        for t in targets {
                            out.push(Found {
                                kind,
                                source: *s,
                                target: *t,
                                items: items.clone(),
                                modality,
                                cue: cue.clone(),
                                attribution: attribution.clone(),
                                rule: rule.id.clone(),
                                reciprocal,
                                actor_before_anchor,
                                destination_named,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    /// The next pair of a gapped coordination after `binding`, a match of rule `ri`: the rule's
    /// last two slots again, behind "and" or a comma, with the verb left out. In "Iran sent
    /// drones to Russia and missiles to the Houthis" the second pair reuses the verb and the
    /// subject; so does "bought drones from Iran and shells from North Korea" with its recipient,
    /// and "supplied Ukraine with tanks and Taiwan with missiles" with its supplier. Only rules
    /// that end `I … to|from|… ACTOR` or `ACTOR with|… I` are read so, and only where the pair
    /// holds no verb some rule anchored at ("and Britain sent jets to Poland" is Britain's own
    /// sentence) and its items name no actor.
    fn gapped(
        &self,
        view: &SentenceView,
        ri: usize,
        binding: &Binding,
        anchors: &[usize],
    ) -> Option<Binding> {
        let rule = &self.rules.rules[ri];
        let steps = &rule.steps;
        let n = steps.len();
        if rule.kind == RelationType::Sanctions || n < 3 {
            return None;
        }
        // An optional word list between the preposition and a last actor is read in the first
        // pair only: "sent troops to (fight in) Peru and howitzers to Bolivia".
        let p = match &steps[n - 2] {
            step if step.optional
                && matches!(step.element, Element::Words(_))
                && steps[n - 1].element.is_actor() =>
            {
                n - 3
            }
            _ => n - 2,
        };
        let preposition = self.steps[ri][p].as_ref()?;
        if !matches!(steps[p].element, Element::Literal(_)) {
            return None;
        }
        // Which of the two slots is the actor, and whether it comes last.
        let (slot, actor_last) = if steps[n - 1].element.is_actor()
            && steps[..p].iter().any(|s| matches!(s.element, Element::Items))
        {
            (&steps[n - 1].element, true)
        } else if matches!(steps[n - 1].element, Element::Items) && steps[n - 3].element.is_actor()
        {
            (&steps[n - 3].element, false)
        } else {
            return None;
        };
        let tokens = view.tokens;
        let mut i = binding.last + 1;
        if matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Punct(','))) {
            i += 1;
        }
        if matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Word("and"))) {
            i += 1;
        } else if i == binding.last + 1 {
            return None; // neither "and" nor a comma
        }
        let anchored = |range: std::ops::Range<usize>| anchors.iter().any(|a| range.contains(a));
        // Items that name an actor ("Hezbollah fighters") may be that actor's own.
        let names_actor = |range: std::ops::Range<usize>| {
            tokens[range]
                .iter()
                .any(|t| matches!(t.tok, Tok::Ent(k) if self.actor_kind(view.mentions[k].entity)))
        };
        let past_fillers = |mut i: usize| {
            while let Some(next) = view.filler_at(i) {
                i = next;
            }
            i
        };
        let past_preposition =
            |end| Some(past_fillers(self.phrase_at(tokens, end, preposition)?));
        // The longest first slot that the preposition follows, then the second slot whole.
        let before_preposition = |end| self.phrase_at(tokens, end, preposition).is_some();
        let (items, actors, end) = if actor_last {
            let (items_end, items) =
                longest_where(self.items_from(view, i, false), before_preposition)?;
            if names_actor(i..items_end) || anchored(i..items_end) {
                return None;
            }
            let (end, actors) =
                self.actors_from(view, past_preposition(items_end)?).last()?.clone();
            (items, actors, end)
        } else {
            let i = past_fillers(i); // "and the Houthis with missiles"
            let (actors_end, actors) =
                longest_where(self.actors_from(view, i), before_preposition)?;
            let after = past_preposition(actors_end)?;
            let (end, items) = self.items_from(view, after, true).last()?.clone();
            if names_actor(after..end) || anchored(i..end) {
                return None;
            }
            (items, actors, end)
        };
        let mut next = Binding { items, last: end - 1, ..binding.clone() };
        match slot {
            Element::Target => {
                next.target = actors;
                next.target_from = TargetFrom::Actor;
            }
            _ => next.source = actors,
        }
        next.target.retain(|t| !self.is_own_organ(&next.source, *t));
        let selfless = next.source.iter().all(|s| !next.target.contains(s));
        (selfless && !next.target.is_empty() && !next.source.is_empty()).then_some(next)
    }

    /// The binding's source and items, split by owner where the source is the owner named
    /// right before the items and the list names others: "Azerbaijan bought Israeli drones and Turkish
    /// Bayraktars" is Israel's drones and Turkey's Bayraktars (an item without an owner of its
    /// own goes with the owner before it).
    fn split_by_owner(binding: &Binding) -> SmallVec<[(Actors, Items); 1]> {
        let whole = || smallvec![(binding.source.clone(), binding.items.clone())];
        let [source] = binding.source.as_slice() else { return whole() };
        let others = binding.items.iter().any(|i| i.owner.is_some_and(|o| o != *source));
        if !binding.source_owns_items || !others {
            return whole();
        }
        let mut groups: SmallVec<[(Actors, Items); 1]> = SmallVec::new();
        let mut current = *source;
        for item in &binding.items {
            current = item.owner.unwrap_or(current);
            match groups.iter_mut().find(|(s, _)| s[0] == current) {
                Some((_, items)) => items.push(*item),
                None => groups.push((smallvec![current], smallvec![*item])),
            }
        }
        groups
    }

    /// Splits a relation by object category ("sent troops and missiles" → deploys + supplies):
    /// each item goes to the first `[retype]` line of the rule's type that names its category
    /// (a `to a place` line only when the items go to a named place and no recipient is named);
    /// the rest keep the rule's type and come last.
    fn retype(
        &self,
        kind: RelationType,
        items: &[Item],
        to_place: bool,
    ) -> Vec<(RelationType, Vec<Item>)> {
        let mut out: Vec<(RelationType, Vec<Item>)> = Vec::new();
        for item in items {
            let category = self.categories[item.entity.index()].as_deref();
            let to = self
                .rules
                .retype
                .iter()
                .find(|r| {
                    r.from == kind
                        && (to_place || !r.only_to_place)
                        && category.is_some_and(|c| r.categories.iter().any(|name| name == c))
                })
                .map_or(kind, |r| r.to);
            match out.iter_mut().find(|(k, _)| *k == to) {
                Some((_, group)) => group.push(item.clone()),
                None => out.push((to, vec![item.clone()])),
            }
        }
        if out.is_empty() {
            out.push((kind, Vec::new()));
        }
        // The rule's own type last, as its unmoved rest.
        out.sort_by_key(|(k, _)| *k == kind);
        out
    }

    /// Shows how the rules see one text taken as one sentence: tokens, attempts and cues.
    pub fn explain(
        &self,
        gazetteer: &Gazetteer,
        text: &str,
        matched: &Matched,
    ) -> (Explanation, Vec<Relation>) {
        let norm = &matched.norm;
        let mut whole =
            Matched { sentences: vec![Sentence { start: 0, end: text.len() }], ..matched.clone() };
        for m in &mut whole.mentions {
            m.sentence = 0;
        }
        let mentions = &whole.mentions;
        let mut tokens = Vec::new();
        self.tokenize_sentence(&mut tokens, norm, text, (0, norm.text.len()), mentions);
        let mut tables = Tables::default();
        tables.places.fill(&tokens, &self.need_lists, |m| self.is_weapon(mentions[m].entity));
        let view = self.sentence_view(&tokens, mentions, text, norm, &[], &mut tables);
        let mut ex = Explanation::default();
        for t in &tokens {
            ex.tokens.push(match t.tok {
                Tok::Ent(k) => {
                    let e = gazetteer.entity(mentions[k].entity);
                    format!("[{}={}]", &text[mentions[k].start..mentions[k].end], e.id)
                }
                Tok::Word(w) => w.to_string(),
                Tok::Num => view
                    .original
                    .get(norm.original(t.start)..norm.original(t.end))
                    .unwrap_or("")
                    .to_string(),
                Tok::Poss => "'s".into(),
                Tok::Punct(c) => c.to_string(),
            });
        }
        // This pass only records the attempts and cues; the relations shown come from `extract`,
        // which also applies document context and merging, exactly as a build does.
        self.sentence_relations(&view, &mut Vec::new(), None, Some(&mut ex));
        let doc = Doc { id: "explain".into(), text: text.into(), ..Doc::default() };
        let relations = self.extract(&doc, &whole);
        (ex, relations)
    }
}

/// The longest of a slot's alternatives (shortest first) whose end passes `test`.
fn longest_where<T: Clone>(
    alternatives: &[(usize, T)],
    test: impl Fn(usize) -> bool,
) -> Option<(usize, T)> {
    alternatives.iter().rev().find(|(end, _)| test(*end)).cloned()
}

/// The token that may govern the actor at `i`: the one before it, past "the" and possessors
/// ("sanctioned the Kremlin's allies", "thanked Germany's chancellor").
fn governor_at(tokens: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        match tokens[j - 1].tok {
            Tok::Poss if j >= 2 && matches!(tokens[j - 2].tok, Tok::Ent(_)) => j -= 2,
            Tok::Word("the") => j -= 1,
            _ => break,
        }
    }
    j.checked_sub(1)
}

/// Where the actor at `first`, kept from an act, starts: at its "the" if it has one ("barred the
/// Netherlands from exporting"), so that the prevention word ends there.
fn prevented_opener(tokens: &[Token], first: usize) -> usize {
    let the = first > 0 && matches!(tokens[first - 1].tok, Tok::Word("the"));
    first - usize::from(the)
}

/// Two negation cues that do not simply negate: see [`Extractor::negation_pair`].
enum NegationPair {
    /// The second undoes the act the first negates: the act goes on.
    Cancel,
    /// The first negates a prevention of the subject's act (the cue, "not block"): hedged.
    Permits(String),
}

/// The token after the month "May" at `i`, which text read in lower case spells as the modal:
/// after a word that leads to a date ("in May", "since May", "last May") or before a number
/// ("May 9", "May 2024"). A modal has neither ("Russia may send…", a headline's "Russia May Send");
/// "this May" is left out, since "this may" is as often the modal ("This may lead Iran to…").
fn month_may_end(tokens: &[Token], i: usize) -> Option<usize> {
    const DATE_LEADERS: &[&str] = &[
        "by", "during", "early", "from", "in", "last", "late", "mid", "next", "of", "on", "since",
        "through", "till", "until",
    ];
    let month = tokens[i].tok == Tok::Word("may")
        && (i
            .checked_sub(1)
            .and_then(|p| word_at(tokens, p))
            .is_some_and(|w| DATE_LEADERS.binary_search(&w).is_ok())
            || tokens.get(i + 1).is_some_and(|t| t.tok == Tok::Num));
    month.then_some(i + 1)
}

/// The token after a short aside in parentheses opening at `i` ("(Oct 17)", "(OFAC)", "(which
/// denies it)"): one without other punctuation inside, closed within [`MAX_ASIDE_TOKENS`].
fn aside_end(tokens: &[Token], i: usize) -> Option<usize> {
    if !matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Punct('('))) {
        return None;
    }
    tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(MAX_ASIDE_TOKENS + 1)
        .find(|(_, t)| matches!(t.tok, Tok::Punct(c) if c != ','))
        .filter(|(_, t)| t.tok == Tok::Punct(')'))
        .map(|(close, _)| close + 1)
}

/// The token after an aside between commas that opens with the comma at `i`: some words, no
/// other punctuation, closed by a comma within [`MAX_RELATIVE_ASIDE_TOKENS`] ("Iran, already
/// under sanctions, sent…", ", first imposed in 2018,").
fn comma_aside_end(tokens: &[Token], i: usize) -> Option<usize> {
    if !matches!(tokens.get(i).map(|t| t.tok), Some(Tok::Punct(','))) {
        return None;
    }
    let close = (i + 1..tokens.len())
        .take(MAX_RELATIVE_ASIDE_TOKENS + 1)
        .find(|&k| matches!(tokens[k].tok, Tok::Punct(_)))?;
    (close > i + 1 && tokens[close].tok == Tok::Punct(',')).then_some(close + 1)
}

/// Whether the token at `i` is a word that leads a verb in its bare form: a modal, "do", a
/// negator or the "to" of an infinitive ("will offer", "to offer").
fn leads_bare_verb(tokens: &[Token], i: usize) -> bool {
    class_at(tokens, i) & BARE_VERB_LEADER != 0 || word_at(tokens, i) == Some("to")
}

/// Whether the word at token `k` may stand between an auxiliary and its participle ("was
/// reportedly sent").
fn passive_adverb_at(tokens: &[Token], k: usize) -> bool {
    class_at(tokens, k) & PASSIVE_ADVERB != 0
        || word_at(tokens, k).is_some_and(|w| w.ends_with("ly"))
}

/// Where the run of auxiliaries (as `auxiliary` tells them by token) and adverbs that ends right before
/// the verb at `verb` starts: at "have" in "firms that have secretly shipped". `verb` itself
/// where none stands before it.
fn auxiliaries_start(tokens: &[Token], verb: usize, auxiliary: impl Fn(usize) -> bool) -> usize {
    let mut k = verb;
    while let Some(j) = k.checked_sub(1).filter(|&j| matches!(tokens[j].tok, Tok::Word(_))) {
        if !auxiliary(j) && !passive_adverb_at(tokens, j) {
            break;
        }
        k = j;
    }
    k
}

/// Whether `step` is a verb or word list that must match: what a side before it is the subject
/// of.
fn required_verb_or_word(step: &Step) -> bool {
    !step.optional && matches!(step.element, Element::Verb(_) | Element::Words(_))
}

/// Whether the first of `steps` other than a gap is a verb: a list in the slot before it may
/// run into that verb (`by S ... V:arrive in T`).
fn verb_next(steps: &[Step]) -> bool {
    steps
        .iter()
        .find(|s| !matches!(s.element, Element::Gap(_)))
        .is_some_and(|s| matches!(s.element, Element::Verb(_)))
}

/// The closing comma of a relative or contrastive aside between commas that holds `k`, without
/// other punctuation inside. Its cues are its own, not the claim's. A relative aside opens with
/// "which", "who" or "whose", with a participle and "by", or with a participle in "-ing", and
/// closes before the claim's `anchor`: "Officials, who asked not to be named, said Iran sent
/// drones", "Iran, which denies any role, sent drones", "Turkey, pressed by Greece, bought jets",
/// "Russia, seeking to rebuild its arsenal, bought drones" (the seeking is no hedge on the
/// buying). A claim inside the aside keeps its cues: the aside must close before its anchor.
/// A contrastive aside opens with "not" ("and not", "but not") and closes before the claim's
/// `last` token: "Iran, not Syria, sent drones", "Iran sent drones, not missiles, to Russia"
/// (the "not" sets Syria and the missiles aside; Iran's sending stands).
fn relative_aside_end(tokens: &[Token], k: usize, anchor: usize, last: usize) -> Option<usize> {
    let is_punct = |j: usize| matches!(tokens[j].tok, Tok::Punct(_));
    let open = (k.saturating_sub(MAX_RELATIVE_ASIDE_TOKENS)..=k).rev().find(|&j| is_punct(j))?;
    if tokens[open].tok != Tok::Punct(',') {
        return None;
    }
    let word = |j: usize| match tokens.get(j).map(|t| t.tok) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    };
    let closes_before = match (word(open + 1), word(open + 2)) {
        (Some("which" | "who" | "whose"), _) => anchor,
        (Some(participle), Some("by")) if participle.ends_with("ed") => anchor,
        (Some(participle), _) if participle.ends_with("ing") => anchor,
        (Some("not"), _) | (Some("and" | "but"), Some("not")) => last,
        _ => return None,
    };
    let close = (open + 1..closes_before.min(open + 2 + MAX_RELATIVE_ASIDE_TOKENS))
        .find(|&j| is_punct(j))?;
    (tokens[close].tok == Tok::Punct(',')).then_some(close)
}

/// Words that join two amounts into one: "hundreds of thousands", "between 200 and 300".
fn is_amount_joint(tok: Tok) -> bool {
    matches!(tok, Tok::Word("of" | "or" | "and" | "to"))
}

/// Words right after a verb that are no object of it: particles and prepositions that lead on
/// to more of its predicate ("refused to", "stopped short of") and adverbs not in "-ly"
/// ("denied outright", "halted again").
const NOT_AN_OBJECT: &[&str] = &[
    "to",
    "of",
    "from",
    "on",
    "in",
    "at",
    "by",
    "for",
    "with",
    "short",
    "back",
    "up",
    "again",
    "also",
    "outright",
    "further",
    "too",
    "now",
    "then",
    "yesterday",
    "today",
    "earlier",
    "later",
    "instead",
    "altogether",
    "entirely",
    "once",
    "twice",
    "so",
    "as",
];

/// Determiners that open a noun phrase: "denied the report", "rejected any criticism".
const NOUN_PHRASE_OPENERS: [&str; 12] =
    ["the", "a", "an", "any", "its", "their", "his", "her", "this", "these", "those", "such"];

/// Whether `word` is an adverb that may follow "and" before the verb of a new predicate: a
/// time word ("then", "later", "also"), "instead", or one in "-ly" ("subsequently",
/// "quietly"; not the nouns and verbs in "-ly" such as "supply").
fn is_adverb_after_and(word: &str) -> bool {
    matches!(word, "then" | "later" | "also" | "now" | "still" | "soon" | "again" | "instead")
        || word.len() > 4
            && word.ends_with("ly")
            && !matches!(word, "early" | "supply" | "apply" | "reply" | "family" | "rally")
}

/// Words that order events in time without hedging them ("then", "later"): between members
/// of a list of targets ("to Peru, then to Bolivia") they keep the list going. Hedging adverbs
/// ("possibly") are not among them, since a member after one would read as asserted.
fn is_time_sequence_word(word: &str) -> bool {
    matches!(
        word,
        "then"
            | "later"
            | "also"
            | "again"
            | "now"
            | "soon"
            | "next"
            | "eventually"
            | "subsequently"
            | "finally"
            | "afterwards"
    )
}

/// Words between a demonym and a person's name that show the words are no title of the person:
/// prepositions other than "of" and words opening a relative clause or an example ("Russian
/// officials over Navalny's death", "Russian oligarchs including Roman Abramovich"). Not "for",
/// which titles hold ("British Minister for Defence …").
fn ends_title(word: &str) -> bool {
    matches!(
        word,
        "over"
            | "in"
            | "on"
            | "at"
            | "to"
            | "with"
            | "by"
            | "from"
            | "after"
            | "against"
            | "about"
            | "into"
            | "under"
            | "including"
            | "like"
            | "who"
            | "that"
            | "which"
    )
}

/// Whether token `k` (if any) is a determiner of [`NOUN_PHRASE_OPENERS`].
fn opener_at(tokens: &[Token], k: Option<usize>) -> bool {
    k.and_then(|k| word_at(tokens, k)).is_some_and(|w| NOUN_PHRASE_OPENERS.contains(&w))
}

/// The possessive pronouns that may stand for a side and its `'s`
/// ([`Extractor::possessive_referent`]).
const POSSESSIVE_PRONOUNS: [&str; 2] = ["its", "their"];

/// Words that join one item of a list to the next ("tanks and jets", "drones plus spare parts"):
/// a word after an item that is one of them is no head noun of it.
fn joins_items(word: &str) -> bool {
    matches!(word, "and" | "or" | "nor" | "plus" | "with")
}

/// Words between a quantity and its item that say nothing of their own.
fn is_item_determiner(word: &str) -> bool {
    matches!(word, "of" | "a" | "an") || is_definite_determiner(word)
}

/// Whether the accusation at `at` ("accused of", "suspected of") is the act of a relative
/// clause's subject, the accuser: in "Chad, which the EU accused of supplying rebels" the EU
/// supplied nothing, so the phrase is no filler between the EU and "supplying" as it is in a
/// headline's passive ("Iran accused of arming Russia"). The perfect's auxiliaries and a few
/// adverbs may stand between ("which Spain has long accused of"); a passive auxiliary makes
/// the subject the accused, and its longer skip phrase ("is accused of") starts before `at`.
fn accuser_of_relative(tokens: &[Token], at: usize) -> bool {
    if !matches!(word_at(tokens, at), Some("accused" | "suspected")) {
        return false;
    }
    let mut k = at;
    while k > 0
        && at - k < 3
        && matches!(
            word_at(tokens, k - 1),
            Some("has" | "have" | "had" | "long" | "also" | "repeatedly" | "previously" | "widely")
        )
    {
        k -= 1;
    }
    let Some(side) = k.checked_sub(1) else {
        return false;
    };
    if !matches!(tokens[side].tok, Tok::Ent(_)) {
        return false;
    }
    let opener = if side > 0 && word_at(tokens, side - 1) == Some("the") { side - 1 } else { side };
    opener > 0 && matches!(word_at(tokens, opener - 1), Some("which" | "whom" | "who" | "that"))
}

/// A determiner or possessive pronoun that points at a known thing: "the", "its", "these".
fn is_definite_determiner(word: &str) -> bool {
    matches!(word, "the" | "its" | "their" | "his" | "her" | "these" | "those")
}

/// Folds a relation missing its target into one of the same sentence that names it, with the
/// same type, source and modality: "Russia deployed troops, now stationed in Belarus" binds
/// "deployed troops" (no target) and "troops, now stationed in Belarus"; the first is the
/// second, and document context must not give it a second target. A shared verb may read as
/// either transfer ("Canada sent frigates, now based in Japan"): the same items make it one.
/// Likewise for a missing source.
fn fold_partial_relations(found: &mut Vec<Found>) {
    if found.len() < 2 {
        return;
    }
    let mut i = 0;
    while i < found.len() {
        let f = &found[i];
        let partial = f.target.is_none() != f.source.is_none();
        let whole = partial
            .then(|| {
                found.iter().position(|g| {
                    (g.kind == f.kind || (continues(g.kind, f.kind) && same_items(f, g)))
                        && g.modality == f.modality
                        && g.source.is_some()
                        && g.target.is_some()
                        && (g.source == f.source || g.target == f.target)
                })
            })
            .flatten();
        match whole {
            Some(w) => {
                let f = found.remove(i);
                let w = if w > i { w - 1 } else { w };
                for item in f.items {
                    if !found[w].items.iter().any(|x| x.entity == item.entity) {
                        found[w].items.push(item);
                    }
                }
            }
            None => i += 1,
        }
    }
}

/// Whether a relation of one type may carry on another: sending and stationing do ("shipped
/// shells to Russia. It also sent troops"), but a sanction does not name whom the sanctioning
/// state then arms, nor a transfer whom it sanctions.
fn continues(a: RelationType, b: RelationType) -> bool {
    (a == RelationType::Sanctions) == (b == RelationType::Sanctions)
}

/// Whether a relation's items are all among another's (and it has some).
fn same_items(part: &Found, whole: &Found) -> bool {
    !part.items.is_empty()
        && part.items.iter().all(|i| whole.items.iter().any(|w| w.entity == i.entity))
}

/// Takes a missing source or target from the most recent complete relation of the document,
/// within [`CONTEXT_WINDOW`] sentences: the same party continues ("North Korea shipped shells to
/// Russia. It also sent …"), or, after "in return", the roles swap.
fn fill_from_context(relation: &mut Relation, recent: &[Relation], reciprocal: bool) {
    for prev in recent.iter().rev() {
        if relation.sentence.saturating_sub(prev.sentence) > CONTEXT_WINDOW {
            break;
        }
        let (Some(ps), Some(pt)) = (prev.source, prev.target) else {
            continue;
        };
        if !continues(prev.kind, relation.kind) {
            continue;
        }
        let filled = match (relation.source, relation.target) {
            (Some(s), None) if reciprocal && s == pt => Some((s, ps)),
            (Some(s), None) if !reciprocal && s == ps => Some((s, pt)),
            (None, Some(t)) if reciprocal && t == ps => Some((pt, t)),
            (None, Some(t)) if !reciprocal && t == pt => Some((ps, t)),
            _ => None,
        };
        if let Some((s, t)) = filled {
            relation.source = Some(s);
            relation.target = Some(t);
            relation.context = true;
            return;
        }
    }
}

/// A lowercase compass word that can stand before a place name ("eastern Mediterranean",
/// "north-western Syria", which the tokenizer splits in two).
fn is_compass_word(word: &str) -> bool {
    matches!(
        word.strip_suffix("ern").unwrap_or(word),
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
    ) || word == "central"
}

#[cfg(test)]
mod tests {
    use super::{ListsById, AUXILIARIES, CLAUSE_WORDS};
    use crate::pipeline::tests::shipped_pipeline;
    use crate::pipeline::Pipeline;

    #[test]
    fn lists_by_id_keep_each_list_whole_and_in_order() {
        let lists = ListsById::new(vec![
            (70, vec!['x']),
            (3, vec!['a', 'b']),
            (5, vec![]),
            (4, vec!['c']),
            (3, vec!['d']),
        ]);
        assert_eq!(lists.get(3), ['a', 'b', 'd']);
        assert_eq!(lists.get(4), ['c']);
        assert_eq!(lists.get(70), ['x']);
        for id in [0, 2, 5, 6, 69, 71, u32::MAX] {
            assert!(lists.get(id).is_empty(), "{id}");
        }
        assert!(ListsById::<char>::new(Vec::new()).get(0).is_empty());
    }

    /// A word set holds lexicon ids and the reserved ids a phrase or a token may carry, each
    /// apart, and a reserved id costs no bits of the lexicon's range.
    #[test]
    fn word_sets_hold_reserved_ids_apart() {
        use super::{WordSet, DEMONYM, FIRST_RESERVED, GAP, ITEM, NAME, UNKNOWN};
        let mut set = WordSet::default();
        for id in [NAME, DEMONYM, 3, 130] {
            set.insert(id);
        }
        for id in [NAME, DEMONYM, 3, 130] {
            assert!(set.contains(id), "{id}");
        }
        for id in [UNKNOWN, GAP, ITEM, 0, 2, 4, 129, 131, 1 << 20, FIRST_RESERVED - 1] {
            assert!(!set.contains(id), "{id}");
        }
        assert_eq!(set.words.len(), 3, "bits up to word 130 only");
    }

    /// A list is interned once whatever the order of its words, and a sentence marks every
    /// list a word of it belongs to, at the first and last token of any of the list's words.
    #[test]
    fn need_places_mark_each_list_where_its_words_stand() {
        use super::{NeedLists, NeedPlaces, Tok, Token};
        let mut lists = NeedLists::default();
        let to = lists.intern(vec![10, 11]);
        assert_eq!(lists.intern(vec![11, 10, 11]), to);
        let by = lists.intern(vec![12]);
        let with = lists.intern(vec![10, 13]);
        let unused = lists.intern(vec![14]);
        lists.seal();
        let sentence = |ids: &[u32]| -> Vec<Token<'static>> {
            let word = |&id| Token { tok: Tok::Word("w"), id, hyphened: false, start: 0, end: 1 };
            ids.iter().map(word).collect()
        };
        let mut places = NeedPlaces::default();
        places.fill(&sentence(&[99, 11, 12, 10, 7]), &lists, |_| false);
        assert!(places.contains(to) && places.contains(by) && places.contains(with));
        assert!(!places.contains(unused));
        // "to" holds at 1 and 3, "with" (through word 10) at 3 only.
        assert!(places.first_before(to, 2) && !places.first_before(to, 1));
        assert!(places.last_after(to, 2) && !places.last_after(to, 3));
        assert!(!places.first_before(with, 3) && places.first_before(with, 4));
        // The next sentence starts clean.
        places.fill(&sentence(&[14]), &lists, |_| false);
        assert!(places.contains(unused) && !places.contains(to) && !places.contains(with));
    }

    #[test]
    fn phrases_by_first_word_are_found_by_rank_across_blocks() {
        use super::{PhrasesByFirst, DEMONYM, GAP, NAME};
        let phrase = |words: &[u32]| -> Box<[u32]> { words.into() };
        // First words in three blocks of 64 ids, one of them twice, a duplicate phrase and a
        // gap: the rank of a word counts the opening words of the blocks before its own.
        let index = PhrasesByFirst::new(vec![
            phrase(&[200, 7]),
            phrase(&[3, 9]),
            phrase(&[70]),
            phrase(&[3, 9, 11]),
            phrase(&[3, GAP, 12]),
            phrase(&[200, 7]),
            phrase(&[63, 1, 2, 4]),
            phrase(&[NAME, 5]),
            phrase(&[DEMONYM, GAP, 6]),
            phrase(&[NAME, 8, 9]),
        ]);
        // Placeholders are kept beside the blocks, which reach only the lexicon's words.
        assert_eq!(index.blocks.len(), 4);
        let of = |id: u32| index.get(id).map(|p| p.collect::<Vec<_>>());
        assert_eq!(
            of(3),
            Some(vec![(9, &[3, 9, 11][..]), (GAP, &[3, GAP, 12][..]), (9, &[3, 9][..])]),
            "longest first; phrases of one length keep their order"
        );
        assert_eq!(of(63), Some(vec![(1, &[63, 1, 2, 4][..])]));
        assert_eq!(of(70), Some(vec![(GAP, &[70][..])]), "one word: any word may follow");
        assert_eq!(of(200), Some(vec![(7, &[200, 7][..])]), "equal phrases kept once");
        assert_eq!(of(NAME), Some(vec![(8, &[NAME, 8, 9][..]), (5, &[NAME, 5][..])]));
        assert_eq!(of(DEMONYM), Some(vec![(GAP, &[DEMONYM, GAP, 6][..])]));
        for missing in [0, 4, 64, 199, 201, 5000, GAP, u32::MAX] {
            assert!(!index.opens(missing) && of(missing).is_none(), "{missing}");
        }
        assert!(index.opens(NAME) && index.opens(200));
        assert_eq!(index.words().collect::<Vec<_>>(), vec![3, 63, 70, 200, DEMONYM, NAME]);
        assert_eq!(index.phrases().count(), 9);
        let only_placeholders = PhrasesByFirst::new(vec![phrase(&[NAME, 1])]);
        assert_eq!((only_placeholders.blocks.len(), only_placeholders.words().count()), (0, 1));
        assert!(PhrasesByFirst::new(Vec::new()).get(0).is_none());
    }

    #[test]
    fn fixed_words_have_their_lists_classes_by_id() {
        use super::{class_at, Tok, Token, FIXED_LISTS, FIXED_WORDS};
        assert!(FIXED_WORDS.windows(2).all(|w| w[0] < w[1]), "sorted, so no word twice");
        assert!(AUXILIARIES.iter().all(|w| CLAUSE_WORDS.contains(w)));
        let lexicon = super::Lexicon::new();
        for word in FIXED_WORDS.iter().chain(&["and", "sent", "ly", "wasn"]) {
            let tokens = [Token::new(Tok::Word(word), lexicon.get(word), 0, word.len())];
            let expected = FIXED_LISTS
                .iter()
                .filter(|(list, _)| list.contains(word))
                .fold(0, |classes, (_, class)| classes | class);
            assert_eq!(class_at(&tokens, 0), expected, "{word}");
            assert_eq!(FIXED_WORDS.contains(word), expected != 0, "{word}: in no list");
        }
        // A name or a number has none, nor does a token past the end.
        let name = [Token::new(Tok::Num, super::UNKNOWN, 0, 1)];
        assert_eq!((class_at(&name, 0), class_at(&name, 1)), (0, 0));
    }

    /// Tokenises `text` as one sentence and hands its view, tables filled, to `check`.
    fn with_view(
        p: &Pipeline,
        text: &str,
        check: impl FnOnce(&super::Extractor, &super::SentenceView),
    ) {
        let crate::matcher::Matched { norm, mentions, .. } = p.matched(text);
        let x = &p.extractor;
        let tokens = super::tokenize(&norm.text, 0, norm.text.len(), &mentions, &x.lexicon);
        let mut tables = super::Tables::default();
        tables.places.fill(&tokens, &x.need_lists, |m| x.is_weapon(mentions[m].entity));
        let view = x.sentence_view(&tokens, &mentions, text, &norm, &[], &mut tables);
        check(x, &view);
    }

    /// A negative contraction is its verb and "not", as the lists spell them, and the "not"
    /// spans the "n't" it stands for; a possessive and an apostrophe after a word in no "n" are
    /// left as they were.
    #[test]
    fn a_negative_contraction_is_its_verb_and_not() {
        let p = shipped_pipeline();
        let text = "they didn't, won\u{2019}t and cannot; can't isn't, the state's at't";
        let crate::matcher::Matched { norm, mentions, .. } = p.matched(text);
        let tokens =
            super::tokenize(&norm.text, 0, norm.text.len(), &mentions, &p.extractor.lexicon);
        let words: Vec<&str> = tokens
            .iter()
            .filter_map(|t| match t.tok {
                super::Tok::Word(w) => Some(w),
                super::Tok::Poss => Some("'s"),
                _ => None,
            })
            .collect();
        assert_eq!(
            words,
            [
                "they", "did", "not", "will", "not", "and", "can", "not", "can", "not", "is",
                "not", "the", "state", "'s", "at", "t"
            ]
        );
        let spans: Vec<&str> = tokens
            .iter()
            .filter(|t| matches!(t.tok, super::Tok::Word("not" | "did" | "will" | "can")))
            .map(|t| &norm.text[t.start..t.end])
            .collect();
        assert_eq!(spans, ["did", "n't", "wo", "n't", "can", "not", "ca", "n't", "n't"]);
        let lexicon = &p.extractor.lexicon;
        assert!(tokens.iter().all(|t| match t.tok {
            super::Tok::Word(w) => t.id == lexicon.get(w),
            _ => true,
        }));
    }

    /// Reading a phrase list passes over the phrases whose second word is not the next token, and
    /// only those: a phrase of one word or with a gap after its first still reads, and the longest
    /// reading wins, with gaps or without.
    #[test]
    fn a_phrase_list_reads_only_phrases_that_can_go_on() {
        let phrase = |words: &str| words.split(' ').map(str::to_string).collect::<Vec<_>>();
        let mut lexicon = super::Lexicon::new();
        let plain = ["sent", "sent to", "sent back to", "sent them"].map(phrase);
        let gapped = ["sent", "sent to", "sent * to", "sent back"].map(phrase);
        let plain = super::PhraseIndex::build(&plain, &mut lexicon, super::GapStops::Clauses);
        let gapped = super::PhraseIndex::build(&gapped, &mut lexicon, super::GapStops::Clauses);
        let ends = |text: &str| {
            let tokens = super::tokenize(text, 0, text.len(), &[], &lexicon);
            [&plain, &gapped].map(|index| index.longest_at(&tokens, 0))
        };
        assert_eq!(ends("sent back to them"), [Some(3), Some(3)]);
        assert_eq!(ends("sent them to"), [Some(2), Some(3)]);
        assert_eq!(ends("sent to"), [Some(2), Some(2)]);
        assert_eq!(ends("sent drones"), [Some(1), Some(1)]);
        assert_eq!(ends("sent"), [Some(1), Some(1)]);
        assert_eq!(ends("to sent"), [None, None]);
    }

    /// A list may run on over words the gazetteer lacks where the rule goes on ("drones and
    /// spare parts to Russia"), but a slot that ends the rule ends on an item: the match's span
    /// must not take in the next clause's words.
    #[test]
    fn a_closing_items_slot_ends_on_an_item() {
        let p = shipped_pipeline();
        with_view(&p, "Iran sent drones and spare parts to Russia", |x, view| {
            let ends = |last| x.items_from(view, 2, last).iter().map(|a| a.0).collect::<Vec<_>>();
            assert_eq!(ends(false), [3, 5, 6]);
            assert_eq!(ends(true), [3]);
        });
    }

    /// The shipped pipeline with `rule` (named "probe") first among the rules, for shapes no
    /// shipped rule has; it wins wherever it matches.
    fn pipeline_with_probe(rule: &str) -> Pipeline {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteer");
        let shipped = std::fs::read_to_string(dir.join("rules.txt")).unwrap();
        let text = shipped.replacen("[rules]\n", &format!("[rules]\nprobe = {rule}\n"), 1);
        assert_ne!(text, shipped, "the rules file has a [rules] section");
        let rules = crate::rules::Rules::parse(&text, &dir.join("rules.txt")).unwrap();
        let gazetteer = crate::gazetteer::Gazetteer::from_dir(&dir).unwrap();
        Pipeline::new(gazetteer, rules).unwrap()
    }

    /// The relations `p` finds in `text`.
    fn relations_of(p: &Pipeline, text: &str) -> Vec<crate::model::Relation> {
        let doc = crate::model::Doc { id: "t".into(), text: text.into(), ..Default::default() };
        p.process(&doc, Default::default()).0.relations
    }

    /// A `!word` after the items forbids the word after the list, and the list may not take it
    /// in as a word of its own: in "drones seized last year" the list "drones seized" would
    /// otherwise leave "last" as the word after it.
    #[test]
    fn a_word_forbidden_after_the_items_is_not_read_into_them() {
        let p = pipeline_with_probe("supplies: S V:supply I !seized ... to T");
        let rule_of =
            |text: &str| relations_of(&p, text).iter().map(|r| r.rule.clone()).collect::<Vec<_>>();
        assert_eq!(rule_of("Iran supplied drones bought last year to Russia."), ["probe"]);
        assert_eq!(rule_of("Iran supplied Shahed drones built in 2023 to Russia."), ["probe"]);
        for seized in [
            "Iran supplied drones seized last year to Russia.",
            "Iran supplied Shahed drones seized in 2023 to Russia.",
        ] {
            let rules = rule_of(seized);
            assert!(!rules.is_empty() && !rules.contains(&"probe".into()), "{seized}: {rules:?}");
        }
    }

    /// A relative clause whose verb is not the claim's leaves the claim in the clause of the
    /// cue before it: only a gap can reach over one, so the test needs a rule with a gap before
    /// its verb.
    #[test]
    fn a_relative_clause_ends_before_a_verb_it_does_not_reach() {
        let p = pipeline_with_probe("supplies: S ... V:supply I to T");
        let modality_of = |text: &str| {
            let relations = relations_of(&p, text);
            relations.iter().map(|r| (r.rule.clone(), r.modality)).collect::<Vec<_>>()
        };
        assert_eq!(
            modality_of("Oman denied Iranian firms that officials named sold drones to Sudan."),
            [("probe".to_string(), crate::model::Modality::Negated)]
        );
        // Its own verb the relative clause does reach, out of the cue's scope.
        assert_eq!(
            modality_of("Oman banned Iranian firms that reportedly sold drones to Sudan."),
            [("probe".to_string(), crate::model::Modality::Asserted)]
        );
    }

    /// The pre-computed `items_ahead` must say exactly whether `items_at` finds anything: the
    /// search skips a start on its word, so a wrong `false` would lose relations.
    #[test]
    fn items_ahead_predicts_items_at() {
        let p = shipped_pipeline();
        let sentences = [
            "Russia sent 1,000 North Korean artillery shells and drones, officials said.",
            "Iranian Shahed drones were delivered to Russia by Iran; the US said so.",
            "Germany, France and the UK pledged IRIS-T systems, Leopard tanks and more.",
            "North Korean troops and Iranian advisers, but not missiles, arrived in Kursk.",
            "The package includes HIMARS, ATACMS missiles (long-range) and Patriot batteries",
            "China said that it never supplied weapons to Russia or to Iran.",
            "Poland sent U.S.-made F-16s and German-built tanks to Ukraine.",
            "Spain bought tanks and sent them on to Chile, then sent them rifles and them a note.",
            "Spain bought tanks and sent hundreds of them to Chile and about half of them to Peru.",
            "Chile promised aid, then shipped rifles to Peru and later sent drones to Chad.",
            "Spain sanctioned firms that shipped drones to Chad and asked Peru for permission to send tanks.",
            "Spain helped Peru with the investigation into drones, then with its army, and tanks.",
        ];
        let mut checked = 0;
        for text in sentences {
            with_view(&p, text, |x, view| {
                for i in 0..view.tokens.len() {
                    let (all, closing) = x.items_at(view, i);
                    for found in [!all.is_empty(), closing > 0] {
                        assert_eq!(view.items_ahead(i), found, "{text:?} at token {i}");
                        checked += usize::from(found);
                    }
                }
            });
        }
        assert!(checked > 20, "the sentences exercise the items slot ({checked})");
    }

    /// The test of the step after a rule's anchor ([`super::Extractor::next_step_may_follow`])
    /// turns away no anchor the search would match from: for every rule and every token, where
    /// it says no, the search from that token finds nothing. It must also say no often, or it
    /// spares nothing.
    #[test]
    fn next_step_test_turns_away_no_match() {
        let p = shipped_pipeline();
        let sentences = [
            "Iran has sent hundreds of Shahed drones to Russia, officials said.",
            "Iran has reportedly also sent drones to Russia and has been sending shells to Syria.",
            "The US sanctioned, for the third time, two Chinese firms that supplied drones.",
            "Russia deployed, as expected, 3,000 troops to Belarus in March.",
            "Germany has not yet delivered the Taurus missiles it promised to Ukraine.",
            "France sold Rafale jets and Exocet missiles to Egypt, which has since bought more.",
            "North Korea sent troops, its officials said, and Russia sent oil to Pyongyang.",
            "The EU imposed sanctions on Belarus and said it would supply Ukraine with shells.",
            "Spain has been supplying Peru with rifles, and Chile has sent tanks to Peru.",
            "Turkey pledged to deliver Bayraktar drones to Kenya by the end of the year.",
            "China denied sending weapons to Russia, saying it has sent only humanitarian aid.",
            "Britain has sent Storm Shadow missiles, and the US has deployed warships to the Gulf.",
            "Japan imposed an export ban on North Korea and adopted new sanctions on Iran.",
            "Norway adopted its third sanctions package against Belarus.",
            "Kharkiv was hit overnight by Russia with Iranian-supplied drones.",
        ];
        let (mut refused, mut matched) = (0, 0);
        for text in sentences {
            with_view(&p, text, |x, view| {
                for (ri, rule) in x.rules.rules.iter().enumerate() {
                    let compiled = &x.steps[ri];
                    for a in 0..view.tokens.len() {
                        let mut probe =
                            super::Binding { first: a, anchor: a, ..Default::default() };
                        let mut budget = 5000;
                        let found = x
                            .match_from(
                                view,
                                rule,
                                compiled,
                                rule.anchor,
                                a,
                                a,
                                &mut probe,
                                &mut budget,
                            )
                            .is_some();
                        if x.next_step_may_follow(view, rule, compiled, a) {
                            matched += usize::from(found);
                        } else {
                            assert!(!found, "{} at token {a} of {text:?}", rule.id);
                            // Counted where the anchor's own word stands: the test's work.
                            let anchor_word = compiled[rule.anchor]
                                .as_ref()
                                .is_some_and(|ix| ix.longest_at(view.tokens, a).is_some());
                            refused += usize::from(anchor_word);
                        }
                    }
                }
            });
        }
        assert!(refused > 300 && matched > 100, "refused {refused}, matched {matched}");
    }

    /// Words of up to eight bytes are found through their packed form, longer ones through
    /// the string map: both give the interned id, and words never interned are unknown.
    #[test]
    fn lexicon_finds_short_and_long_words_alike() {
        let mut lexicon = super::Lexicon::new();
        let words =
            ["to", "supplied", "suppliers", "abcdefgh", "abcdefghi", "\u{e9}t\u{e9}", "'s", ","];
        let ids: Vec<u32> = words.iter().map(|w| lexicon.intern(w)).collect();
        assert_eq!(&ids[6..], &[super::POSS, super::COMMA]);
        for (word, id) in words.iter().zip(&ids) {
            assert_eq!(lexicon.get(word), *id, "{word}");
        }
        for unknown in ["t", "too", "supplie", "abcdefg", "abcdefghij", "\u{e9}t", ""] {
            assert_eq!(lexicon.get(unknown), super::UNKNOWN, "{unknown}");
        }
        // Read in place from a text, every span (near its end too, where fewer than eight
        // bytes follow) gives what the span's own string gives.
        let text = "to supplied abcdefgh abcdefghi \u{e9}t\u{e9} suppliers to";
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start..=text.len()).filter(|&j| text.is_char_boundary(j)) {
                let span = &text[start..end];
                assert_eq!(lexicon.get_span(text, start, end), lexicon.get(span), "{span:?}");
            }
        }
        let found = |word: &str| lexicon.get_span(text, text.rfind(word).unwrap_or(0), text.len());
        assert_eq!(found("to"), ids[0]);
        assert_eq!(found("suppliers to"), super::UNKNOWN);
    }

    /// Token vectors kept between documents must keep their buffer (else every document grows
    /// a new one).
    #[test]
    fn recycled_tokens_keep_their_allocation() {
        let text = String::from("word");
        let mut tokens: Vec<super::Token> = Vec::with_capacity(64);
        tokens.push(super::Token::new(super::Tok::Word(&text), 0, 0, 4));
        let buffer = tokens.as_ptr() as usize;
        let recycled: Vec<super::Token<'static>> = super::recycle(tokens);
        assert!(recycled.is_empty());
        assert_eq!((recycled.as_ptr() as usize, recycled.capacity()), (buffer, 64));
    }

    /// The per-sentence pre-check from the triggers may only skip sentences in which no rule
    /// can match, and must skip some (or it saves nothing).
    #[test]
    fn trigger_check_never_skips_a_sentence_rules_can_match() {
        let p = shipped_pipeline();
        let sentences = [
            "Iran supplied Russia with Shahed drones, officials said.",
            "Iran supplied Russia with help, officials said.",
            "The shipment of oil to Russia was delayed.",
            "The EU imposed new sanctions on Iran.",
            "Iran was sanctioned by the United States.",
            "North Korean troops arrived in Kursk to help Russia.",
            "Russia deployed troops to Belarus.",
            "Russia deployed Iskander missiles to Belarus.",
            "China delivered a statement to Russia.",
            "The delivery of grain to Egypt resumed.",
            "Turkey transferred funds to Azerbaijan.",
            // Forces anchor rules of their own (`S I:forces/troops in T`), where "in" follows.
            "North Korean troops in Russia were attacked.",
            "North Korean troops marched past the Russian embassy.",
        ];
        let (mut skipped, mut kept) = (0, 0);
        for text in sentences {
            let matched = p.matched(text);
            let x = &p.extractor;
            let spans = [(0, matched.norm.text.len())];
            let triggers = x.sentence_triggers(&matched.cues, &spans)[0];
            let tokens =
                super::tokenize(&matched.norm.text, 0, spans[0].1, &matched.mentions, &x.lexicon);
            let mut words = super::NeedPlaces::default();
            words.fill(&tokens, &x.need_lists, |m| x.is_weapon(matched.mentions[m].entity));
            let may_relate = x.may_relate(&tokens, &matched.mentions, &words, false);
            if x.may_anchor(triggers, &matched.mentions, &matched.norm.text) {
                kept += 1;
            } else {
                assert!(!may_relate, "{text:?}: skipped, yet a rule may match");
                skipped += 1;
            }
        }
        assert!(skipped >= 2 && kept >= 6, "skipped {skipped}, kept {kept}");
    }

    /// `may_relate` says no exactly where the rule search would list no attempt: it asks the
    /// same per-anchor check, so a sentence whose needed words all stand on the wrong side of
    /// every anchor ("With drones from Iran, Russia sent a message": `S V:supply T with I`
    /// needs "with" after its verb) is dropped before its tables are built.
    #[test]
    fn may_relate_turns_away_what_the_search_would_not_try() {
        let p = shipped_pipeline();
        let sentences = [
            "Iran supplied Russia with Shahed drones, officials said.",
            "With drones from Iran, Russia sent a message.",
            "By the end of the year the EU had sanctioned Iran.",
            "To Russia, Iran is a supplier.",
            "The drones that Iran sent were shot down over Kyiv.",
            "North Korean troops arrived in Kursk to help Russia.",
            "Russia sent its regards.",
        ];
        let (mut kept, mut dropped) = (0, 0);
        for text in sentences {
            with_view(&p, text, |x, view| {
                let may = x.may_relate(view.tokens, view.mentions, &view.tables.places, false);
                let mut attempts = Vec::new();
                x.sentence_relations(view, &mut attempts, None, None);
                assert_eq!(may, !attempts.is_empty(), "{text:?}: {attempts:?}");
                kept += usize::from(may);
                dropped += usize::from(!may);
            });
        }
        assert!(kept >= 3 && dropped >= 2, "kept {kept}, dropped {dropped}");
    }

    /// The per-rule pre-check may only skip rules that cannot match: every rule that matches at
    /// some anchor must pass it, and it must turn some rules away (or it saves nothing). The
    /// same for the per-anchor check of where the needed words stand, which must turn away
    /// some anchors the per-rule check lets through. And no binding fills more slots than its
    /// rule names ([`RuleNeeds::slots`]), the bound by which the search leaves a rule untried
    /// at an anchor already read as fully.
    #[test]
    fn rule_needs_never_skip_a_match() {
        let p = shipped_pipeline();
        let sentences = [
            "Iran supplied Russia with Shahed drones, officials said.",
            "Shahed drones were supplied to Russia by Iran last year.",
            "North Korea sent artillery shells to Russia in exchange for oil.",
            "Russia received missiles from North Korea, according to Seoul.",
            "The EU imposed new sanctions on Iran over drone transfers to Russia.",
            "Iran was sanctioned by the United States and the UK.",
            "North Korean troops arrived in Kursk to help Russia.",
            "The US accused China of supplying drones to Russia.",
            "Belarus hosts Russian troops; Russia deployed Iskander missiles to Belarus.",
            "China denied supplying weapons to Russia.",
            "Weeks after a visit to Moscow by its president, Iran sent drones.",
            "From Iran, with its help, Russia bought drones and sent missiles.",
        ];
        let (mut matched, mut skipped, mut misplaced) = (0, 0, 0);
        for text in sentences {
            with_view(&p, text, |x, view| {
                for (ri, rule) in x.rules.rules.iter().enumerate() {
                    let Some(anchor) = x.steps[ri][rule.anchor].as_ref() else { continue };
                    let can = x.has_what_rule_needs(
                        &view.tables.places,
                        view.mentions,
                        ri,
                        &std::cell::OnceCell::new(),
                    );
                    for a in 0..view.tokens.len() {
                        if anchor.longest_at(view.tokens, a).is_none() {
                            continue;
                        }
                        let binding = x.match_rule(view, rule, &x.steps[ri], a);
                        if let Some(b) = &binding {
                            let bound = x.needs[ri].slots;
                            assert!(b.slots() <= bound, "{} binds too much of {text:?}", rule.id);
                        }
                        let found = binding.is_some();
                        assert!(can || !found, "{} matches {text:?} but was skipped", rule.id);
                        let placed = x.needs[ri].placed_around(&view.tables.places, a);
                        assert!(
                            placed || !found,
                            "{} matches {text:?} at token {a}, but its words were misplaced",
                            rule.id
                        );
                        matched += usize::from(found);
                        skipped += usize::from(!can);
                        misplaced += usize::from(can && !placed);
                    }
                }
            });
        }
        assert!(matched >= sentences.len(), "the sentences match rules ({matched})");
        assert!(skipped > 20, "the pre-check turns rules away ({skipped})");
        assert!(misplaced > 5, "the per-anchor check turns anchors away ({misplaced})");
    }

    /// Where an earlier rule has read an anchor's source, recipient and items, a later rule of
    /// the same shape is not tried there (it could not replace that reading), while one that
    /// could still fill more, and every rule under `explain`, still is.
    #[test]
    fn a_rule_that_cannot_better_an_anchors_reading_is_not_tried() {
        let p = pipeline_with_probe("supplies: S V:supply I to T");
        let text = "Iran supplied Shahed drones to Russia.";
        with_view(&p, text, |x, view| {
            let rules = &x.rules.rules;
            let id = |name: &str| rules.iter().position(|r| r.id == name).unwrap();
            let (probe, same_shape) = (id("probe"), id("supply-to"));
            assert_eq!(x.needs[same_shape].slots, 3);
            let mut profile = super::RuleProfile::new(rules.len());
            let mut attempts = Vec::new();
            let found = x.sentence_relations(view, &mut attempts, Some(&mut profile), None);
            assert_eq!(found.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(), ["probe"]);
            assert_eq!(profile.costs()[probe].matched, 1);
            assert_eq!(profile.costs()[same_shape].attempts, 0, "tried in vain");
            assert!(attempts.iter().any(|&(ri, _)| ri == same_shape), "it was listed");

            let mut explanation = super::Explanation::default();
            let explained = x.sentence_relations(view, &mut attempts, None, Some(&mut explanation));
            assert_eq!(explained.len(), found.len());
            let shown = explanation.attempts.iter().filter(|(rule, _, _)| rule == "supply-to");
            assert_eq!(shown.count(), 1, "explain shows every attempt");
        });
        // With only two of three slots read first, the fuller rule after it still runs.
        let p = pipeline_with_probe("supplies: S V:supply I");
        with_view(&p, text, |x, view| {
            let rules = &x.rules.rules;
            let full = rules.iter().position(|r| r.id == "supply-to").unwrap();
            let mut profile = super::RuleProfile::new(rules.len());
            let found = x.sentence_relations(view, &mut Vec::new(), Some(&mut profile), None);
            assert_eq!(profile.costs()[full].matched, 1);
            assert_eq!(found.iter().map(|f| f.rule.as_str()).collect::<Vec<_>>(), ["supply-to"]);
        });
    }

    /// An items step binds a weapon, or "them" or "it" for one, inside its span: a rule whose
    /// items follow its anchor is not tried at an anchor with none after it, and one whose
    /// items come first not at an anchor with none before it.
    #[test]
    fn items_are_needed_on_their_side_of_the_anchor() {
        let after = pipeline_with_probe("supplies: S V:supply I to T");
        let before = pipeline_with_probe("supplies: I ,? which S V:supply to T");
        fn probe(x: &super::Extractor) -> (usize, &super::RuleNeeds) {
            let ri = x.rules.rules.iter().position(|r| r.id == "probe").unwrap();
            (ri, &x.needs[ri])
        }
        let verb = |view: &super::SentenceView, word: &str| {
            view.tokens.iter().position(|t| t.tok == super::Tok::Word(word)).unwrap()
        };
        // Whether the probe's items are placed at the verb, and whether it matches there.
        let tried = |p: &Pipeline, text: &str, word: &str| {
            let mut outcome = (false, false);
            with_view(p, text, |x, view| {
                let (ri, needs) = probe(x);
                let a = verb(view, word);
                let placed = needs.placed_around(&view.tables.places, a);
                let found = x.match_rule(view, &x.rules.rules[ri], &x.steps[ri], a).is_some();
                outcome = (placed, found);
            });
            outcome
        };
        with_view(&after, "x", |x, _| assert!(probe(x).1.items_after && !probe(x).1.items_before));
        with_view(&before, "x", |x, _| assert!(probe(x).1.items_before && !probe(x).1.items_after));
        // The weapon stands before the verb only: nothing for `S V I to T` to bind after it.
        let text = "The drones, which Iran supplied to Russia, were shot down.";
        assert_eq!(tried(&after, text, "supplied"), (false, false));
        assert_eq!(tried(&before, text, "supplied"), (true, true));
        // "them" after the verb stands for the drones before it.
        let text = "Iran built drones and supplied them to Russia.";
        assert_eq!(tried(&after, text, "supplied"), (true, true));
        // "which" stands before the verb, the weapon only after it.
        let text = "Belarus, which Iran supplied to Russia, also has drones.";
        assert_eq!(tried(&before, text, "supplied"), (false, false));
    }

    /// A quantity's or part's span is kept in 32 bits: it reads back its text, and a span past
    /// 4 GB into a document is none rather than a wrong one.
    #[test]
    fn text_spans_read_back_and_refuse_what_does_not_fit() {
        let span = super::TextSpan::of((5, 10)).unwrap();
        assert_eq!(span.text("sent 3,000 drones"), Some("3,000"));
        assert_eq!(span.text("short"), None);
        assert_eq!(super::TextSpan::of((1 << 32, (1 << 32) + 3)), None);
        assert_eq!(super::TextSpan::of((0, 1 << 32)), None);
    }
}
