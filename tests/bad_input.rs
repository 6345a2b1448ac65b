//! Bad input never crashes kgraph or loses work: each test feeds the binary something broken and
//! checks the exact behaviour — message, exit code, files present and intact.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

mod common;
use common::{kgraph, root, stderr};

fn build(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build", input.to_str().unwrap(), "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    kgraph(&args)
}

fn copy_gazetteer(to: &Path) {
    for f in ["states.csv", "people.csv", "organizations.csv", "weapons.csv", "rules.txt"] {
        fs::copy(root().join("gazetteer").join(f), to.join(f)).unwrap();
    }
}

#[test]
fn invalid_utf8_is_repaired_with_one_warning_and_strict_fails() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("bad.txt"), b"Iran shipped drones to Russia. \xff\xfe\xfd Done.").unwrap();
    let out = tmp.path().join("out");
    let o = build(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("warning").count(), 1, "{err}");
    assert!(err.contains("bad.txt: 3 invalid UTF-8 bytes replaced"), "{err}");
    // The document was still read.
    assert!(fs::read_to_string(out.join("relations.jsonl")).unwrap().contains("Iran"));
    let o = build(&input, &out, &["--strict"]);
    assert_eq!(o.status.code(), Some(1), "--strict turns the warning into exit 1");
}

#[test]
fn binary_empty_and_unreadable_inputs_are_skipped_and_counted() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("a.txt"), "Iran shipped drones to Russia.").unwrap();
    fs::write(input.join("image.png"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    fs::write(input.join("empty.txt"), b"").unwrap();
    std::os::unix::fs::symlink(tmp.path().join("nowhere.txt"), input.join("broken.txt")).unwrap();
    let out = tmp.path().join("out");
    let missing = tmp.path().join("missing.txt");
    let o = kgraph(&[
        "build",
        input.to_str().unwrap(),
        missing.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("image.png: binary data (NUL bytes), not text; skipped"), "{err}");
    assert!(err.contains("broken.txt: cannot read:"), "{err}");
    assert!(err.contains("missing.txt: cannot read:"), "{err}");
    assert!(err.contains("3 inputs skipped"), "{err}");
    assert!(
        err.contains("kgraph: 2 documents"),
        "the good and the empty file are documents: {err}"
    );
}

#[test]
fn malformed_json_lines_name_file_and_line() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("news.jsonl");
    fs::write(&input, "{\"id\":\"ok\",\"text\":\"Iran shipped drones to Russia.\"}\n{\"id\":\"x\", \"text\": \n{\"id\":\"no-text\"}\n[1,2]\n{\"id\":\"ok2\",\"text\":\"Fine.\"}\n").unwrap();
    let out = tmp.path().join("out");
    let o = build(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(err.contains("news.jsonl:2: expected a JSON object"), "{err}");
    assert!(err.contains("news.jsonl:3: record has no \"text\" field"), "{err}");
    assert!(err.contains("news.jsonl:4: expected a JSON object"), "{err}");
    assert!(err.contains("kgraph: 2 documents"), "{err}");
    assert_eq!(build(&input, &out, &["--strict"]).status.code(), Some(1));
}

#[test]
fn pathological_text_stays_linear_and_caps_pairs() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    fs::create_dir(&input).unwrap();
    // A long text without newline or punctuation, a sentence naming every state, a million
    // copies of one alias, nested quotes, mixed scripts and right-to-left marks.
    fs::write(input.join("no-newline.txt"), "word ".repeat(1_000_000)).unwrap();
    let states = fs::read_to_string(root().join("gazetteer/states.csv")).unwrap();
    // Short names, so that the list stays one sentence (sentences are cut at 2,000 bytes).
    let names: Vec<String> = states
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(1).map(str::to_string))
        .filter(|n| n.len() <= 7)
        .collect();
    assert!(names.len() > 60, "{}", names.len());
    fs::write(input.join("list.txt"), format!("{}.", names.join(", "))).unwrap();
    fs::write(input.join("copies.txt"), "Russia ".repeat(1_000_000)).unwrap();
    fs::write(
        input.join("odd.txt"),
        "He said “she said ‘they said “Iran shipped drones to Russia” ’ ” \u{202E}Россия\u{202C} Иран \u{200F}ישראל ok.",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = build(&input, &out, &["--format", "all"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("co-occurrence capped"), "{err}");
    // Pairs are capped per sentence: at most 40 entities → 780 pairs, not ~19,000.
    let edges = fs::read_to_string(out.join("edges.csv")).unwrap();
    let cooccurs =
        edges.lines().filter(|l| l.contains(",CO_OCCURS,") && l.contains("list.txt#")).count();
    assert!(cooccurs > 100, "the capped sentence still pairs its first 40 entities");
    assert!(cooccurs <= 40 * 39 / 2, "{cooccurs} co-occurrence edges");
    // A million mentions were counted, in bounded sentences.
    let nodes = fs::read_to_string(out.join("nodes.csv")).unwrap();
    let russia = nodes.lines().find(|l| l.starts_with("state:RU,")).unwrap();
    let mentions: u64 = russia.split(',').nth(3).unwrap().parse().unwrap();
    assert!(mentions >= 1_000_000, "{russia}");
    // Every mention span is inside its document and on character boundaries.
    let text = fs::read_to_string(input.join("odd.txt")).unwrap();
    for line in fs::read_to_string(out.join("mentions.jsonl"))
        .unwrap()
        .lines()
        .filter(|l| l.contains("odd.txt"))
    {
        let m: serde_json::Value = serde_json::from_str(line).unwrap();
        let (s, e) = (m["start"].as_u64().unwrap() as usize, m["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], m["text"].as_str().unwrap());
    }
}

#[test]
fn malformed_configuration_exits_2_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let gaz = tmp.path().join("gaz");
    fs::create_dir(&gaz).unwrap();
    copy_gazetteer(&gaz);
    let out = tmp.path().join("out");
    let seeds = root().join("seeds");

    // A rules file with an unknown element.
    let rules = tmp.path().join("bad-rules.txt");
    let mut text = fs::read_to_string(gaz.join("rules.txt")).unwrap();
    text.push_str("[rules]\nbogus = supplies: S V:supply Recipient\n");
    let line = text.lines().count();
    fs::write(&rules, text).unwrap();
    let o = build(&seeds, &out, &["--rules", rules.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!("bad-rules.txt:{line}:30: unknown element \"Recipient\"")),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists(), "nothing is written on a configuration error");

    // A duplicate id.
    let mut people = fs::read_to_string(gaz.join("people.csv")).unwrap();
    people.push_str("person:vladimir-putin,Vladimir Putin Again,,state:RU,,\n");
    let line = people.lines().count();
    fs::write(gaz.join("people.csv"), people).unwrap();
    let o = build(&seeds, &out, &["--gazetteer", gaz.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(&format!(
            "people.csv:{line}: duplicate id \"person:vladimir-putin\" (first defined at"
        )),
        "{}",
        stderr(&o)
    );
    assert!(!out.exists());

    // A gazetteer with no entities.
    let empty = tmp.path().join("empty");
    fs::create_dir(&empty).unwrap();
    fs::write(empty.join("states.csv"), "id,name,aliases,iso2,iso3,capital,demonyms\n").unwrap();
    fs::copy(gaz.join("rules.txt"), empty.join("rules.txt")).unwrap();
    let o = build(&seeds, &out, &["--gazetteer", empty.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("the gazetteer has no entities"), "{}", stderr(&o));
    assert!(!out.exists());

    // A missing gazetteer folder says how to point kgraph at one.
    let missing = tmp.path().join("no-such-folder");
    let o = build(&seeds, &out, &["--gazetteer", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no gazetteer folder at"), "{}", stderr(&o));
    assert!(stderr(&o).contains("pass --gazetteer DIR"), "{}", stderr(&o));
    assert!(!out.exists());

    // An unknown format is a usage error.
    let o = build(&seeds, &out, &["--format", "graphml,pdf"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown format \"pdf\""), "{}", stderr(&o));
}

#[test]
fn output_folder_problems_are_caught_before_any_work() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("a-file");
    fs::write(&file, "x").unwrap();
    let seeds = root().join("seeds");
    let o = build(&seeds, &file.join("sub"), &[]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("a-file/sub"), "{}", stderr(&o));

    // An output folder that contains an input is refused: inputs are never overwritten.
    let input = tmp.path().join("data");
    fs::create_dir(&input).unwrap();
    fs::write(input.join("news.txt"), "Iran shipped drones to Russia.").unwrap();
    let o = build(&input.join("news.txt"), &input, &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("contains the input"), "{}", stderr(&o));
    assert_eq!(fs::read_dir(&input).unwrap().count(), 1);
}

/// Whether an output file is complete (not truncated) by its format's closing marker.
fn complete(name: &str, bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    match name {
        "graph.graphml" => text.ends_with("</graphml>\n"),
        "graph.gexf" => text.ends_with("</gexf>\n"),
        "graph.dot" => text.ends_with("}\n"),
        "graph.json" => serde_json::from_slice::<serde_json::Value>(bytes).is_ok(),
        _ => text.is_empty() || text.ends_with('\n'),
    }
}

#[test]
fn killing_a_build_never_leaves_a_truncated_file() {
    let tmp = tempfile::tempdir().unwrap();
    // A corpus large enough that the build takes a while: the seeds, many times over.
    let corpus = tmp.path().join("corpus.jsonl");
    let mut lines = String::new();
    let seeds: Vec<String> = fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for i in 0..600 {
        let doc = serde_json::json!({"id": format!("d{i}"), "text": seeds[i % seeds.len()]});
        lines.push_str(&doc.to_string());
        lines.push('\n');
    }
    fs::write(&corpus, lines).unwrap();
    let out = tmp.path().join("out");
    fs::create_dir(&out).unwrap();
    let names = [
        "graph.graphml",
        "graph.gexf",
        "graph.dot",
        "graph.json",
        "nodes.csv",
        "edges.csv",
        "relations.jsonl",
        "mentions.jsonl",
    ];
    for name in names {
        fs::write(out.join(name), "old\n").unwrap();
    }
    for delay_ms in [50u64, 200, 400, 700, 1000] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kgraph"))
            .args([
                "build",
                corpus.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--quiet",
                "--jobs",
                "1",
            ])
            .current_dir(root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        for name in names {
            let bytes = fs::read(out.join(name)).unwrap();
            assert!(
                bytes == b"old\n" || complete(name, &bytes),
                "{name} is truncated after a kill at {delay_ms} ms"
            );
        }
    }
    // A later build cleans up the temporary files a killed one left behind.
    let o = kgraph(&["build", corpus.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    assert!(o.status.success());
    let leftovers: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    for name in names {
        assert!(complete(name, &fs::read(out.join(name)).unwrap()), "{name}");
    }
}

/// A run that cannot put one of its outputs in place (a folder holds the name `graph.json`)
/// fails naming it and replaces none of the last run's files — not even the streamed
/// relations.jsonl — so the folder never mixes two runs; nor does it leave temporary files.
#[test]
fn an_output_that_cannot_be_replaced_leaves_the_whole_last_run() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let one_seed = root().join("seeds/000_fc1679053bc613fd.txt");
    let o = build(&one_seed, &out, &["--quiet"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    fs::remove_file(out.join("graph.json")).unwrap();
    fs::create_dir(out.join("graph.json")).unwrap();
    let before = snapshot(&out);
    let o = build(&root().join("seeds"), &out, &["--quiet"]);
    assert_ne!(o.status.code(), Some(0));
    let err = stderr(&o);
    assert!(err.contains("graph.json"), "{err}");
    let now = snapshot(&out);
    assert_eq!(now.keys().collect::<Vec<_>>(), before.keys().collect::<Vec<_>>(), "none added");
    for (name, contents) in &before {
        assert!(now[name] == *contents, "{name} is no longer the last run's");
    }
    fs::remove_dir(out.join("graph.json")).unwrap();
    let o = build(&root().join("seeds"), &out, &["--quiet"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let after = snapshot(&out);
    assert!(after["relations.jsonl"] != before["relations.jsonl"], "now replaced");
}

/// Every file in `dir` (names and contents).
fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
        .collect()
}
