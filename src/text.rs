//! Text normalisation that keeps original offsets, and sentence segmentation.
//!
//! Takes raw document text; yields a [`Normalized`] copy for matching (lowercase, one kind of quote,
//! hyphens and dashes as spaces, whitespace runs as one space, zero-width characters and soft hyphens
//! removed, Latin diacritics stripped, NFKD compatibility forms) with a byte map back to the
//! original, and the sentence spans of the original text. Depends on nothing else in the crate.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The normalised form of a text plus, for every byte of it, the original byte offset.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub text: String,
    /// `map[i]` is the original offset of normalised byte `i`; `map[text.len()]` is the original
    /// length, so a normalised span `a..b` maps to `map[a]..map[b]`.
    map: Vec<u32>,
}

impl Normalized {
    /// Original byte offset of a normalised offset.
    pub fn original(&self, norm_offset: usize) -> usize {
        self.map.get(norm_offset).copied().unwrap_or(0) as usize
    }

    /// The character of `original` at normalised offset `at`: what folding took away (a
    /// capital, a hyphen the normaliser wrote as a space).
    pub fn original_char(&self, original: &str, at: usize) -> Option<char> {
        original.get(self.original(at)..)?.chars().next()
    }

    /// The first normalised offset whose original offset is at or after `orig`.
    pub fn from_original(&self, orig: usize) -> usize {
        self.from_original_after(orig, 0)
    }

    /// [`Normalized::from_original`] for an `orig` known to map at or after normalised offset
    /// `from` (offsets taken in ascending order search only what is left of the map).
    pub fn from_original_after(&self, orig: usize, from: usize) -> usize {
        let from = from.min(self.map.len());
        (from + self.map[from..].partition_point(|&o| (o as usize) < orig)).min(self.text.len())
    }

    /// The normalised spans of ascending, non-overlapping original spans (sentences).
    pub fn spans_from_original(&self, spans: &[Sentence]) -> Vec<(usize, usize)> {
        let mut at = 0;
        spans
            .iter()
            .map(|s| {
                let start = self.from_original_after(s.start, at);
                at = self.from_original_after(s.end, start);
                (start, at)
            })
            .collect()
    }
}

/// What a character becomes in the normalised text.
enum Folded {
    Keep(char),
    Space,
    Drop,
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{FEFF}')
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}' | '\u{FEFF}')
}

/// Hyphens and dashes: names are written with a hyphen, a space or a dash interchangeably.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

/// The verb of a negative contraction, given what stands before its "n't" ("did" of "didn't",
/// "wo" of "won't"). None if `stem` is too short to be one (the "a" of "an't").
pub fn contracted_verb(stem: &str) -> Option<&str> {
    // The verbs whose contraction is not the verb and "n't".
    const IRREGULAR: &[(&str, &str)] = &[("wo", "will"), ("ca", "can"), ("sha", "shall")];
    if stem.len() < 2 {
        return None;
    }
    Some(IRREGULAR.iter().find(|(short, _)| *short == stem).map_or(stem, |(_, full)| full))
}

/// A negative verb written as one word, lowercase ("didn't", "won't", "cannot"), as its verb
/// and "not": rules and text both read it so, and one spelling serves both.
pub fn split_negative(word: &str) -> Option<(&str, &'static str)> {
    let verb = match word.strip_suffix("n't") {
        Some(stem) => contracted_verb(stem)?,
        None if word == "cannot" => "can",
        None => return None,
    };
    Some((verb, "not"))
}

fn fold_simple(c: char) -> Folded {
    if is_zero_width(c) {
        Folded::Drop
    } else if is_space(c) || is_dash(c) {
        Folded::Space
    } else {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => {
                Folded::Keep('\'')
            }
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
            | '\u{00BB}' => Folded::Keep('"'),
            '\u{2026}' => Folded::Keep('.'),
            _ => Folded::Keep(c),
        }
    }
}

/// Feeds the folded characters of `c` to `out`: the one place that defines normalisation, used
/// both for the text and for gazetteer aliases so that the two always agree.
pub fn fold_char(c: char, lowercase: bool, out: &mut impl FnMut(Option<char>)) {
    if c.is_ascii() {
        match fold_simple(c) {
            Folded::Keep(k) => out(Some(if lowercase { k.to_ascii_lowercase() } else { k })),
            Folded::Space => out(None),
            Folded::Drop => {}
        }
        return;
    }
    match fold_simple(c) {
        Folded::Space => out(None),
        Folded::Drop => {}
        Folded::Keep(k) if k != c => out(Some(k)),
        Folded::Keep(_) => {
            for d in std::iter::once(c).nfkd() {
                if is_combining_mark(d) {
                    continue;
                }
                match fold_simple(d) {
                    Folded::Space => out(None),
                    Folded::Drop => {}
                    Folded::Keep(k) => {
                        if lowercase {
                            for l in k.to_lowercase() {
                                out(Some(l));
                            }
                        } else {
                            out(Some(k));
                        }
                    }
                }
            }
        }
    }
}

/// Normalises a whole text, keeping the offset map.
pub fn normalize(text: &str) -> Normalized {
    let mut norm = Normalized::default();
    normalize_into(text, &mut norm);
    norm
}

/// [`normalize`] into `norm`, reusing its buffers (a worker normalises document after document).
pub fn normalize_into(text: &str, norm: &mut Normalized) {
    let mut out = std::mem::take(&mut norm.text).into_bytes();
    out.clear();
    out.reserve(text.len());
    let map = &mut norm.map;
    map.clear();
    map.reserve(text.len() + 1);
    // A leading space is never emitted, and runs of spaces collapse into one.
    let mut last_was_space = true;
    let bytes = text.as_bytes();
    let mut i = 0usize;
    while i < bytes.len() {
        // Bulk path: most news text is runs of ASCII that fold byte for byte (lowercased, single
        // spaces kept). Copy each run whole, which the compiler vectorises.
        let run_start = i;
        let mut prev_space = last_was_space;
        // Eight bytes at a time while none of them may end the run; the bytes after the first
        // that may are read one by one below.
        while let Some(word) = eight_bytes_at(bytes, i) {
            let (ends, last_space) = run_enders(word, prev_space);
            if ends != 0 {
                break;
            }
            prev_space = last_space;
            i += 8;
        }
        while let Some(&b) = bytes.get(i) {
            if !COPIES_THROUGH[usize::from(b)] || (b == b' ' && prev_space) {
                break;
            }
            prev_space = b == b' ';
            i += 1;
        }
        if i > run_start {
            out.extend(bytes[run_start..i].iter().map(u8::to_ascii_lowercase));
            map.extend(run_start as u32..i as u32);
            last_was_space = bytes[i - 1] == b' ';
            continue;
        }
        let b = bytes[i];
        if b.is_ascii() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | b'-' => {
                    if !last_was_space {
                        out.push(b' ');
                        map.push(i as u32);
                        last_was_space = true;
                    }
                }
                b'`' => {
                    out.push(b'\'');
                    map.push(i as u32);
                    last_was_space = false;
                }
                _ => {
                    out.push(b.to_ascii_lowercase());
                    map.push(i as u32);
                    last_was_space = false;
                }
            }
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        let offset = i as u32;
        i += c.len_utf8();
        fold_char(c, true, &mut |folded| match folded {
            None => {
                if !last_was_space {
                    out.push(b' ');
                    map.push(offset);
                    last_was_space = true;
                }
            }
            Some(k) => {
                let mut utf8 = [0u8; 4];
                let encoded = k.encode_utf8(&mut utf8).as_bytes();
                out.extend_from_slice(encoded);
                map.extend(std::iter::repeat_n(offset, encoded.len()));
                last_was_space = false;
            }
        });
    }
    map.push(text.len() as u32);
    // Only whole characters were pushed, so this cannot fail; fall back rather than panic.
    norm.text = String::from_utf8(out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
}

/// The eight bytes of `bytes` from `i` as one integer, the first in the lowest bits; none where
/// fewer follow. For scans that test or key on several bytes at once.
#[inline]
pub fn eight_bytes_at(bytes: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = bytes.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The bytes of `word` (eight bytes of text, the first in the lowest bits) that may end a run of
/// bytes that normalise to themselves, each marked by its high bit: a byte outside ASCII, an
/// ASCII control character, `-`, `` ` ``, or a space after a space (`space_before`: the byte
/// before the word is one). Also whether the word's last byte is a space. More bytes may be
/// marked than end a run (other control characters), never fewer: the per-byte loop decides.
fn run_enders(word: u64, space_before: bool) -> (u64, bool) {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // The high bit of each byte equal to `b` (exact: no carry crosses a byte).
    let equal = |b: u8| {
        let x = word ^ (ONES * u64::from(b));
        !(((x & LOW7) + LOW7) | x | LOW7)
    };
    // Below 0x20: adding 0x60 to the low seven bits leaves the high bit clear.
    let control = !((word & LOW7) + ONES * 0x60) & HIGH;
    let spaces = equal(b' ');
    let doubled = spaces & ((spaces << 8) | u64::from(space_before) << 7);
    let ends = (word & HIGH) | control | equal(b'-') | equal(b'`') | doubled;
    (ends, spaces >> 63 != 0)
}

/// ASCII bytes that normalise to themselves, lowercased (a space too, unless it follows one).
const COPIES_THROUGH: [bool; 256] = {
    let folded = byte_set(b"\t\n\r\x0b\x0c-`");
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = !folded[b];
        b += 1;
    }
    table
};

/// Folds a short string (an alias) the same way as [`normalize`], trimmed.
pub fn fold(s: &str, lowercase: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_was_space = true;
    for c in s.chars() {
        fold_char(c, lowercase, &mut |folded| match folded {
            None => {
                if !last_was_space {
                    out.push(' ');
                    last_was_space = true;
                }
            }
            Some(k) => {
                out.push(k);
                last_was_space = false;
            }
        });
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Whether `c` continues a word (so a match may not start or end next to it).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether a byte is an ASCII letter or digit, by table: asked of every byte of every word (the
/// ASCII part of [`is_word_char`]).
pub const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// True when the byte span `start..end` of `text` is a whole word sequence: not preceded or
/// followed by a word character.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
}

/// A sentence: a byte span of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
}

/// Longest sentence kept whole; longer runs without a boundary (tables, scraped junk) are cut at a
/// space so that per-sentence work stays bounded.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// Words that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "cmdr", "gov", "sen", "rep", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "inc", "corp", "ltd", "co", "jr",
    "sr", "approx", "est", "dept", "univ", "pres", "rev", "hon", "fig", "al", "cf", "ca", "gens",
];

fn ends_with_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // Initials and dotted acronyms: "F.", "U.S", "U.N".
    let letters: Vec<&str> = word.split('.').collect();
    if letters.iter().all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic)) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '\u{2019}' | '\u{201D}' | '\u{00BB}')
}

/// A membership table of `members`, for scans that test every byte.
pub const fn byte_set(members: &[u8]) -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < members.len() {
        table[members[i] as usize] = true;
        i += 1;
    }
    table
}

/// Splits a text into sentences. Boundaries: `.`, `!`, `?` (after closing quotes and brackets)
/// followed by space and a sentence start, unless the period ends an abbreviation or initial;
/// blank lines; and line breaks, except where a line without final punctuation continues in
/// lowercase on the next line (hard-wrapped prose). Headlines and page chrome, which have no final
/// punctuation, thus stay sentences of their own.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    sentences_into(text, &mut out);
    out
}

/// [`sentences`] into `out` (cleared first), reusing its allocation.
pub fn sentences_into(text: &str, out: &mut Vec<Sentence>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut start = 0usize;
    // Only newlines and terminators can end a sentence: jump from one to the next with memchr
    // instead of decoding every character (they are all ASCII but `…`, led by 0xE2). memchr
    // looks for three bytes at most, so the rare "!" and "?" are found on their own, ahead, and
    // bound the search for the common three.
    let mut from = 0usize;
    let next_rare =
        |from: usize| memchr::memchr2(b'!', b'?', &bytes[from..]).map_or(bytes.len(), |o| from + o);
    let mut rare = next_rare(0);
    loop {
        if rare < from {
            rare = next_rare(from);
        }
        let i = memchr::memchr3(b'\n', b'.', 0xE2, &bytes[from..rare]).map_or(rare, |o| from + o);
        if i >= bytes.len() {
            break;
        }
        from = i + 1;
        let c = match bytes[i] {
            0xE2 if text[i..].starts_with('\u{2026}') => '\u{2026}',
            0xE2 => continue, // another character led by 0xE2 (a dash, a curly quote…)
            b => char::from(b),
        };
        if let Some(end) = boundary_at(text, start, i, c, &mut from) {
            push_sentence(text, out, start, end);
            start = end + usize::from(c == '\n');
        }
    }
    push_sentence(text, out, start, text.len());
}

/// Whether the newline or terminator `c` at byte `i` ends the sentence that began at `start`:
/// `Some(end of the sentence)` if so. After a terminator, `resume` moves past the terminators and
/// closing quotes swallowed with it.
fn boundary_at(text: &str, start: usize, i: usize, c: char, resume: &mut usize) -> Option<usize> {
    if c == '\n' {
        let line_start = text[..i].rfind('\n').map(|p| p + 1).unwrap_or(0);
        let prev_line = text[line_start..i].trim_end();
        let rest = &text[i + 1..];
        let next = rest.trim_start_matches([' ', '\t', '\r', '\u{A0}']);
        let blank_line = next.starts_with('\n') || next.is_empty();
        let continues = !blank_line
            && !prev_line.is_empty()
            && !prev_line.ends_with(['.', '!', '?', ':', '"', '\u{201D}'])
            && next.chars().next().is_some_and(char::is_lowercase);
        return (!continues).then_some(i);
    }
    // Swallow repeated terminators and closing quotes/brackets.
    let mut end = i + c.len_utf8();
    for d in text[end..].chars() {
        if matches!(d, '.' | '!' | '?') || is_closing(d) {
            end += d.len_utf8();
        } else {
            break;
        }
    }
    *resume = end;
    // Must be followed by whitespace, then something that can start a sentence.
    let rest = &text[end..];
    let after_space = rest.trim_start_matches([' ', '\u{A0}', '\t']);
    if after_space.len() == rest.len() {
        return None; // "3.5", "U.S.-led", "pic.twitter.com"
    }
    let starts_sentence = after_space.chars().next().is_some_and(|n| {
        n.is_uppercase()
            || n.is_numeric()
            || matches!(n, '"' | '\'' | '\u{201C}' | '\u{2018}' | '(' | '[')
    });
    if !starts_sentence {
        return None;
    }
    if c == '.'
        && text.as_bytes().get(end - 1) == Some(&b'.')
        && ends_with_abbreviation(&text[start..i])
    {
        return None;
    }
    Some(end)
}

/// Adds the span `s..e` as a sentence, trimmed; overlong spans are cut at a space so that a
/// megabyte without punctuation stays linear.
fn push_sentence(text: &str, out: &mut Vec<Sentence>, s: usize, e: usize) {
    let slice = &text[s..e];
    let trimmed_start = s + (slice.len() - slice.trim_start().len());
    let trimmed_end = e - (slice.len() - slice.trim_end().len());
    if trimmed_end <= trimmed_start {
        return;
    }
    let mut s = trimmed_start;
    while trimmed_end - s > MAX_SENTENCE_BYTES {
        let mut cut = s + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = match text[s..cut].rfind(char::is_whitespace) {
            Some(space) if space > 0 => s + space,
            _ => cut,
        };
        out.push(Sentence { start: s, end: cut });
        s = cut + text[cut..].len() - text[cut..].trim_start().len();
    }
    if trimmed_end > s {
        out.push(Sentence { start: s, end: trimmed_end });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn normalisation_table() {
        let cases = [
            ("Russia’s drones", "russia's drones"),
            ("Kim Jong-un", "kim jong un"),
            ("Kim  Jong\u{2013}un", "kim jong un"),
            ("“Quoted” text", "\"quoted\" text"),
            ("non\u{00A0}breaking\u{200B}space", "non breakingspace"),
            ("soft\u{00AD}hyphen", "softhyphen"),
            ("Lipavský and Türkiye", "lipavsky and turkiye"),
            ("Зеленський", "зеленськии"),
            ("line\n\n  break", "line break"),
            ("ﬁghter", "fighter"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input).text, want, "normalising {input:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_the_original() {
        let text = "“Türkiye’s” — Kim\u{00A0}Jong-un";
        let n = normalize(text);
        let at = n.text.find("kim jong un").unwrap();
        let (s, e) = (n.original(at), n.original(at + "kim jong un".len()));
        assert_eq!(&text[s..e], "Kim\u{00A0}Jong-un");
        let t = n.text.find("turkiye").unwrap();
        assert_eq!(&text[n.original(t)..n.original(t + 7)], "Türkiye");
        // Every mapped offset is a char boundary of the original.
        for i in 0..=n.text.len() {
            assert!(text.is_char_boundary(n.original(i)));
        }
    }

    /// `normalize` defined one character at a time through `fold_char` alone: what the bulk
    /// ASCII path must reproduce, text and offsets.
    fn reference_normalize(text: &str) -> (String, Vec<usize>) {
        let (mut out, mut map) = (String::new(), Vec::new());
        let mut last_was_space = true;
        for (offset, c) in text.char_indices() {
            fold_char(c, true, &mut |folded| match folded {
                None if last_was_space => {}
                None => {
                    out.push(' ');
                    map.push(offset);
                    last_was_space = true;
                }
                Some(k) => {
                    out.push(k);
                    map.extend(std::iter::repeat_n(offset, k.len_utf8()));
                    last_was_space = false;
                }
            });
        }
        map.push(text.len());
        (out, map)
    }

    /// `sentences` scanning one decoded character at a time, as it first did: the byte-table
    /// scan must visit every candidate boundary this visits.
    fn sentences_by_char(text: &str) -> Vec<Sentence> {
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut resume = 0usize;
        for (i, c) in text.char_indices() {
            if i < resume || !matches!(c, '\n' | '.' | '!' | '?' | '\u{2026}') {
                continue;
            }
            if let Some(end) = boundary_at(text, start, i, c, &mut resume) {
                push_sentence(text, &mut out, start, end);
                start = end + usize::from(c == '\n');
            }
        }
        push_sentence(text, &mut out, start, text.len());
        out
    }

    #[test]
    fn byte_scan_segments_as_the_character_scan_did() {
        let pieces = [
            "Russia",
            "sent",
            "drones",
            "the",
            "Mr.",
            "U.S.",
            "3.5",
            "No.",
            " ",
            "  ",
            ". ",
            "! ",
            "? ",
            "… ",
            "...",
            ".\n",
            "\n",
            "\n\n",
            "\r\n",
            "\u{A0}",
            "“",
            "”",
            "’",
            "\"",
            "'",
            ")",
            "(",
            "—",
            "–",
            "é",
            "Ж",
            "12",
            "and",
            "He",
            "pic.twitter.com",
            "?!",
            "\t",
        ];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..(state % 40) {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            assert_eq!(sentences(&text), sentences_by_char(&text), "{text:?}");
        }
    }

    #[test]
    fn run_enders_marks_exactly_the_bytes_it_names() {
        // Bytes around every edge the bit tricks test: controls, space, '-', '`', DEL, non-ASCII.
        let bytes = [0x00, 0x09, 0x0a, 0x1f, b' ', b'!', b'-', b'A', b'_', b'`', b'z', 0x7f];
        let bytes: Vec<u8> = bytes.into_iter().chain([0x80, 0xc3, 0xe2, 0xff]).collect();
        let mut state = 0x5851_F42D_4C95_7F2D_u64;
        for n in 0..20_000 {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let word: [u8; 8] = std::array::from_fn(|k| {
                bytes[((state >> (8 * (k % 4) + 29)) as usize + k * 7) % bytes.len()]
            });
            let space_before = n % 3 == 0;
            let (ends, last_space) = run_enders(u64::from_le_bytes(word), space_before);
            for (k, &b) in word.iter().enumerate() {
                let after_space = if k == 0 { space_before } else { word[k - 1] == b' ' };
                let want = !b.is_ascii()
                    || b < 0x20
                    || b == b'-'
                    || b == b'`'
                    || (b == b' ' && after_space);
                assert_eq!(ends >> (8 * k) & 0xff, if want { 0x80 } else { 0 }, "{word:?} {k}");
            }
            assert_eq!(last_space, word[7] == b' ', "{word:?}");
        }
    }

    #[test]
    fn bulk_normalisation_equals_the_per_character_definition() {
        let pieces = [
            "a", "B", "Kim", " ", "  ", "\n", "\r\n", "\t", "-", "`", "'", ".", "0", "\u{0}",
            "\u{7f}", "\u{1}", "’", "“", "—", "\u{00A0}", "\u{200B}", "\u{00AD}", "é", "Ж", "ﬁ",
            "½", "İ", "🙂", "U.S.", ". ", "! The ", "? “A",
        ];
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let n = normalize(&text);
            let (want_text, want_map) = reference_normalize(&text);
            assert_eq!(n.text, want_text, "text of {text:?}");
            let map: Vec<usize> = (0..=n.text.len()).map(|i| n.original(i)).collect();
            assert_eq!(map, want_map, "offsets of {text:?}");
            // Sentence spans mapped in one ascending walk equal one search per offset.
            let sents = sentences(&text);
            let each: Vec<(usize, usize)> =
                sents.iter().map(|s| (n.from_original(s.start), n.from_original(s.end))).collect();
            assert_eq!(n.spans_from_original(&sents), each, "sentence spans of {text:?}");
        }
    }

    #[test]
    fn fold_agrees_with_normalize() {
        for s in ["Kim Jong-un", "S-400", "U.S.", "Türkiye", "  spaced  out "] {
            assert_eq!(fold(s, true), normalize(s).text.trim_end());
        }
        assert_eq!(fold("U.S.", false), "U.S.");
    }

    #[test]
    fn whole_words() {
        let t = "russia's us-led focus";
        assert!(is_whole_word(t, 0, 6));
        assert!(is_whole_word(t, 9, 11));
        assert!(!is_whole_word(t, 16, 18)); // "us" inside "focus"
    }

    #[test]
    fn segmentation_survives_abbreviations_and_numbers() {
        let text = "The U.S. and the U.N. met Mr. Smith on Jan. 5 in Washington. Lt. Gen. Ivanov said 3.5 million rounds were sent. Then it ended.";
        assert_eq!(
            split(text),
            vec![
                "The U.S. and the U.N. met Mr. Smith on Jan. 5 in Washington.",
                "Lt. Gen. Ivanov said 3.5 million rounds were sent.",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn segmentation_handles_quotes_and_chrome() {
        let text = "He said, “We will respond.” The talks ended.\nRelated Articles\nRussia strikes Kyiv\n\nA new day! Is it? Yes.";
        assert_eq!(
            split(text),
            vec![
                "He said, “We will respond.”",
                "The talks ended.",
                "Related Articles",
                "Russia strikes Kyiv",
                "A new day!",
                "Is it?",
                "Yes."
            ]
        );
    }

    #[test]
    fn hard_wrapped_lines_are_joined_but_headlines_are_not() {
        let text = "North Korea sent troops\nto Russia in 2024.\nHeadline Without Stop\nNext line.";
        assert_eq!(
            split(text),
            vec![
                "North Korea sent troops\nto Russia in 2024.",
                "Headline Without Stop",
                "Next line."
            ]
        );
    }

    #[test]
    fn lowercase_after_period_is_not_a_boundary() {
        assert_eq!(
            split("See pic.twitter.com now. ok then."),
            vec!["See pic.twitter.com now. ok then."]
        );
    }

    #[test]
    fn overlong_sentences_are_cut() {
        let text = "word ".repeat(2000);
        let parts = sentences(&text);
        assert!(parts.len() >= 5);
        assert!(parts.iter().all(|s| s.end - s.start <= MAX_SENTENCE_BYTES));
    }
}
