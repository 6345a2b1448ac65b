//! Inputs → a stream of [`Doc`]s: text files, folders of them (recursive, sorted), JSON Lines files
//! (`.jsonl`, `.ndjson`: one record per line with `id`, `text`, optional `date`, `url`, `title`),
//! and standard input (`-`; JSON Lines when its first character is `{`, else one text document).
//!
//! Documents are read one at a time, so memory does not grow with the corpus. Problems with one
//! input (unreadable file, binary data, a malformed JSON line) are [`Warning`]s naming file and line;
//! the stream goes on. Depends on `model` and `error`.

use crate::error::{Location, Result};
use crate::model::Doc;
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// A problem with one input that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub at: Location,
    pub message: String,
    /// The input was skipped entirely (as opposed to read with a repair).
    pub skipped: bool,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

/// One thing the stream yields.
#[derive(Debug)]
pub enum Event {
    Doc(Doc),
    Warning(Warning),
}

/// Where documents come from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    Stdin,
    /// A file and the document id to give it (its path relative to the input root).
    File {
        path: PathBuf,
        id: String,
    },
    /// An input that could not even be looked at (missing, broken link, no permission).
    Unreadable {
        path: PathBuf,
        message: String,
    },
}

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

/// Lists the sources of the given inputs: files as given, folders walked recursively in sorted
/// order, `-` as standard input. A missing input is an error (nothing would be read from it).
fn sources(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = match fs::metadata(input) {
            Ok(m) => m,
            Err(e) => {
                // Reported as a warning when the stream reaches it: one bad path never stops a run.
                out.push(Source::Unreadable { path: input.clone(), message: e.to_string() });
                continue;
            }
        };
        if meta.is_dir() {
            walk(input, input, &mut out)?;
        } else {
            let id = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| input.display().to_string());
            out.push(Source::File { path: input.clone(), id });
        }
    }
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Source>) -> Result<()> {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            out.push(Source::Unreadable { path: dir.to_path_buf(), message: e.to_string() });
            return Ok(());
        }
    };
    entries.sort();
    for path in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            continue; // hidden files and folders: editor swap files, .git
        }
        if path.is_dir() {
            walk(root, &path, out)?;
        } else {
            let id = path
                .strip_prefix(root)
                .map(|p| p.to_string_lossy().replace('\\', "/"))
                .unwrap_or_else(|_| name.clone());
            out.push(Source::File { path, id });
        }
    }
    Ok(())
}

fn is_jsonl(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("jsonl" | "ndjson"))
}

/// Decodes bytes as UTF-8, replacing invalid sequences; returns the text and the count of bad bytes.
fn decode(bytes: Vec<u8>) -> (String, usize) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, 0),
        Err(e) => {
            let (text, bad) = repair(e.as_bytes());
            (text.into_owned(), bad)
        }
    }
}

/// [`decode`] for a borrowed line: no copy when the bytes are valid, as they nearly always are.
fn decode_borrowed(bytes: &[u8]) -> (Cow<'_, str>, usize) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), 0),
        Err(_) => repair(bytes),
    }
}

/// Invalid UTF-8 replaced with U+FFFD, and the count of invalid bytes.
fn repair(bytes: &[u8]) -> (Cow<'_, str>, usize) {
    let bad = bytes.utf8_chunks().map(|chunk| chunk.invalid().len()).sum();
    (String::from_utf8_lossy(bytes), bad)
}

/// A line buffer larger than this (a document of several MB on one line) is let go after its
/// line rather than kept for the rest of the run.
const LINE_KEEP_BYTES: usize = 1 << 20;

/// Whether the start of a file looks binary (NUL bytes, as in images, PDFs and executables).
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

/// The document stream over a list of inputs.
pub struct Corpus {
    sources: std::vec::IntoIter<Source>,
    /// The JSON Lines reader in progress: path (for messages), reader, line number.
    lines: Option<(Location, Box<dyn BufRead + Send>, u64)>,
    /// Events ready to hand out before reading on (a document after its repair warning).
    pending: VecDeque<Event>,
    /// The JSON line being read, its storage reused from line to line.
    line: Vec<u8>,
    /// Total bytes of the file inputs, when known (for progress and throughput).
    pub total_bytes: u64,
}

impl Corpus {
    /// Opens the inputs (files, folders, `-`). Fails only if an input does not exist at all.
    pub fn open(inputs: &[PathBuf]) -> Result<Corpus> {
        let sources = sources(inputs)?;
        let total_bytes = sources
            .iter()
            .map(|s| match s {
                Source::File { path, .. } => fs::metadata(path).map(|m| m.len()).unwrap_or(0),
                Source::Stdin | Source::Unreadable { .. } => 0,
            })
            .sum();
        Ok(Corpus {
            sources: sources.into_iter(),
            lines: None,
            pending: VecDeque::new(),
            line: Vec::new(),
            total_bytes,
        })
    }

    /// Reads documents from any reader holding JSON Lines (for tests and embedding).
    pub fn from_jsonl_reader(name: &str, reader: Box<dyn BufRead + Send>) -> Corpus {
        Corpus {
            sources: Vec::new().into_iter(),
            lines: Some((Location::file(Path::new(name)), reader, 0)),
            pending: VecDeque::new(),
            line: Vec::new(),
            total_bytes: 0,
        }
    }

    fn next_line(&mut self) -> Option<Event> {
        let event = self.read_line();
        if self.line.capacity() > LINE_KEEP_BYTES {
            self.line = Vec::new();
        }
        event
    }

    fn read_line(&mut self) -> Option<Event> {
        let Corpus { lines, line: buf, pending, .. } = self;
        let (at, reader, line_no) = lines.as_mut()?;
        loop {
            buf.clear();
            match reader.read_until(b'\n', buf) {
                Ok(0) => {
                    *lines = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    let warning = Warning {
                        at: Location::line(&at.path, *line_no + 1),
                        message: format!("read error, rest of file skipped: {e}"),
                        skipped: true,
                    };
                    *lines = None;
                    return Some(Event::Warning(warning));
                }
            }
            *line_no += 1;
            let here = Location::line(&at.path, *line_no);
            let (line, bad) = decode_borrowed(buf);
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            let record: Record = match serde_json::from_str(line) {
                Ok(r) => r,
                Err(e) => {
                    return Some(Event::Warning(Warning {
                        at: here,
                        message: format!(
                            "expected a JSON object with a \"text\" field: {e}; line skipped"
                        ),
                        skipped: true,
                    }))
                }
            };
            let Some(text) = record.text else {
                return Some(Event::Warning(Warning {
                    at: here,
                    message: "record has no \"text\" field; line skipped".into(),
                    skipped: true,
                }));
            };
            let id = match record.id {
                Some(serde_json::Value::String(s)) => s,
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => format!("{}:{}", at.path.display(), line_no),
            };
            let text = titled_text(record.title.as_deref(), text);
            let doc = Doc { id, text, date: record.date, url: record.url, title: record.title };
            if bad > 0 {
                pending.push_back(Event::Doc(doc));
                return Some(Event::Warning(Warning {
                    at: here,
                    message: format!("{bad} invalid UTF-8 bytes replaced with U+FFFD"),
                    skipped: false,
                }));
            }
            return Some(Event::Doc(doc));
        }
    }

    fn read_text_file(&mut self, path: &Path, id: String) -> Option<Event> {
        let bytes = match fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                return Some(Event::Warning(Warning {
                    at: Location::file(path),
                    message: format!("cannot read: {e}; skipped"),
                    skipped: true,
                }))
            }
        };
        if looks_binary(&bytes) {
            return Some(Event::Warning(Warning {
                at: Location::file(path),
                message: "binary data (NUL bytes), not text; skipped".into(),
                skipped: true,
            }));
        }
        let (text, bad) = decode(bytes);
        let doc = Doc { id, text, ..Doc::default() };
        if bad > 0 {
            self.pending.push_back(Event::Doc(doc));
            return Some(Event::Warning(Warning {
                at: Location::file(path),
                message: format!("{bad} invalid UTF-8 bytes replaced with U+FFFD"),
                skipped: false,
            }));
        }
        Some(Event::Doc(doc))
    }

    fn open_source(&mut self, source: Source) -> Option<Event> {
        match source {
            Source::Unreadable { path, message } => Some(Event::Warning(Warning {
                at: Location::file(&path),
                message: format!("cannot read: {message}; skipped"),
                skipped: true,
            })),
            Source::Stdin => {
                let mut stdin = BufReader::new(std::io::stdin());
                let starts_json = match stdin.fill_buf() {
                    Ok(buf) => buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{'),
                    Err(_) => false,
                };
                if starts_json {
                    self.lines = Some((Location::file(Path::new("<stdin>")), Box::new(stdin), 0));
                    return None;
                }
                let mut bytes = Vec::new();
                if let Err(e) = stdin.read_to_end(&mut bytes) {
                    return Some(Event::Warning(Warning {
                        at: Location::file(Path::new("<stdin>")),
                        message: format!("cannot read standard input: {e}"),
                        skipped: true,
                    }));
                }
                let (text, _) = decode(bytes);
                Some(Event::Doc(Doc { id: "stdin".into(), text, ..Doc::default() }))
            }
            Source::File { path, id } => {
                if is_jsonl(&path) {
                    match fs::File::open(&path) {
                        Ok(f) => {
                            self.lines =
                                Some((Location::file(&path), Box::new(BufReader::new(f)), 0));
                            None
                        }
                        Err(e) => Some(Event::Warning(Warning {
                            at: Location::file(&path),
                            message: format!("cannot read: {e}; skipped"),
                            skipped: true,
                        })),
                    }
                } else {
                    self.read_text_file(&path, id)
                }
            }
        }
    }
}

impl Iterator for Corpus {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        loop {
            if let Some(event) = self.pending.pop_front() {
                return Some(event);
            }
            if self.lines.is_some() {
                if let Some(event) = self.next_line() {
                    return Some(event);
                }
                continue;
            }
            let source = self.sources.next()?;
            if let Some(event) = self.open_source(source) {
                return Some(event);
            }
        }
    }
}

/// The text read for a record: its title as the first paragraph, unless the text already opens
/// with it, then the text. Headlines carry claims of their own ("Germany to send Patriot systems
/// to Ukraine"); sentence indices and byte spans count in this text, whose sentences the
/// relations quote.
fn titled_text(title: Option<&str>, text: String) -> String {
    let title = title.map(str::trim).unwrap_or("");
    if title.is_empty() || opens_with(&text, title) {
        return text;
    }
    let mut titled = String::with_capacity(title.len() + 2 + text.len());
    titled.push_str(title);
    titled.push_str("\n\n");
    titled.push_str(&text);
    titled
}

/// Whether `text` opens with `title`, letters and digits compared without case: a page's own
/// headline differs from the record's in quotes, dashes and spacing ("Kim’s" / "Kim's").
fn opens_with(text: &str, title: &str) -> bool {
    let fold = |s: &str| {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<Vec<_>>()
    };
    let title = fold(title);
    let mut text = text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase);
    title.iter().all(|c| text.next() == Some(*c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(corpus: Corpus) -> (Vec<Doc>, Vec<Warning>) {
        let mut docs = Vec::new();
        let mut warnings = Vec::new();
        for e in corpus {
            match e {
                Event::Doc(d) => docs.push(d),
                Event::Warning(w) => warnings.push(w),
            }
        }
        (docs, warnings)
    }

    #[test]
    fn folders_are_walked_sorted_and_recursive() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("b.txt"), "B").unwrap();
        fs::write(dir.path().join("a.txt"), "A").unwrap();
        fs::write(dir.path().join("sub/c.txt"), "C").unwrap();
        fs::write(dir.path().join(".hidden"), "H").unwrap();
        let (docs, warnings) = collect(Corpus::open(&[dir.path().to_path_buf()]).unwrap());
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a.txt", "b.txt", "sub/c.txt"]);
        assert!(warnings.is_empty());
    }

    #[test]
    fn jsonl_records_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("news.jsonl");
        fs::write(&path, "{\"id\": \"x1\", \"text\": \"Hello\", \"date\": \"2025-05-30\"}\n\nnot json\n{\"id\": 7}\n{\"id\": 8, \"text\": \"World\"}\n").unwrap();
        let (docs, warnings) = collect(Corpus::open(&[path]).unwrap());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "x1");
        assert_eq!(docs[0].date.as_deref(), Some("2025-05-30"));
        assert_eq!(docs[1].id, "8");
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].to_string().contains("news.jsonl:3: expected a JSON object"),
            "{}",
            warnings[0]
        );
        assert!(
            warnings[1].to_string().contains("news.jsonl:4: record has no \"text\" field"),
            "{}",
            warnings[1]
        );
    }

    #[test]
    fn a_title_is_read_as_the_first_paragraph_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("news.jsonl");
        let records = [
            r#"{"id": "a", "title": " Canada to send tanks ", "text": "Ottawa said so."}"#,
            r#"{"id": "b", "title": "Canada to send tanks", "text": "\nCanada to send tanks\n\nOttawa said so."}"#,
            r#"{"id": "c", "title": "", "text": "Ottawa said so."}"#,
            r#"{"id": "d", "title": "Kim's troops - in Russia", "text": "KIM’S TROOPS — IN RUSSIA\nSeoul said so."}"#,
        ];
        fs::write(&path, records.join("\n")).unwrap();
        let (docs, _) = collect(Corpus::open(&[path]).unwrap());
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Canada to send tanks\n\nOttawa said so.",
                "\nCanada to send tanks\n\nOttawa said so.",
                "Ottawa said so.",
                "KIM’S TROOPS — IN RUSSIA\nSeoul said so."
            ]
        );
        assert_eq!(docs[0].title.as_deref(), Some(" Canada to send tanks "));
    }

    /// One line buffer serves every line; a line of several MB does not keep it that large,
    /// and a line with invalid UTF-8 among valid ones is repaired and counted.
    #[test]
    fn the_line_buffer_is_reused_but_not_kept_huge() {
        let huge = "Iran shipped drones to Russia. ".repeat(70_000); // 2.2 MB
        let mut input = format!("{{\"id\": \"big\", \"text\": \"{huge}\"}}\n").into_bytes();
        input.extend_from_slice(b"{\"id\": \"bad\", \"text\": \"caf\xe9 \xff\"}\n");
        input.extend_from_slice(b"{\"id\": \"ok\", \"text\": \"fine\"}\n");
        let mut corpus =
            Corpus::from_jsonl_reader("t.jsonl", Box::new(std::io::Cursor::new(input)));
        let Some(Event::Doc(big)) = corpus.next() else { panic!("the big document") };
        assert_eq!(big.text.len(), huge.len());
        assert!(corpus.line.capacity() <= LINE_KEEP_BYTES, "{}", corpus.line.capacity());
        let Some(Event::Warning(w)) = corpus.next() else { panic!("the repair warning") };
        assert!(w.to_string().contains("t.jsonl:2: 2 invalid UTF-8 bytes replaced"), "{w}");
        let Some(Event::Doc(bad)) = corpus.next() else { panic!("the repaired document") };
        assert_eq!(bad.text, "caf\u{FFFD} \u{FFFD}");
        let Some(Event::Doc(ok)) = corpus.next() else { panic!("the last document") };
        assert_eq!((ok.id.as_str(), ok.text.as_str()), ("ok", "fine"));
        assert!(corpus.line.capacity() > 0, "an ordinary line's buffer is kept for the next");
        assert!(corpus.next().is_none());
    }

    #[test]
    fn binary_skipped_and_invalid_utf8_repaired() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.bin"), b"\x89PNG\x00\x00").unwrap();
        fs::write(dir.path().join("b.txt"), b"Kyiv \xff\xfe ok").unwrap();
        let (docs, warnings) = collect(Corpus::open(&[dir.path().to_path_buf()]).unwrap());
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "Kyiv \u{FFFD}\u{FFFD} ok");
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].skipped && warnings[0].message.contains("binary"));
        assert!(!warnings[1].skipped && warnings[1].message.contains("2 invalid UTF-8 bytes"));
    }

    #[test]
    fn a_missing_input_is_a_warning_and_the_rest_is_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "A").unwrap();
        let inputs = [PathBuf::from("/no/such/input"), dir.path().join("a.txt")];
        let (docs, warnings) = collect(Corpus::open(&inputs).unwrap());
        assert_eq!(docs.len(), 1);
        assert!(
            warnings[0].to_string().starts_with("/no/such/input: cannot read:"),
            "{}",
            warnings[0]
        );
    }
}
