//! End-to-end tests of the `kgraph` binary: each test in its own temporary folder.
//!
//! The committed `out/` is checked against a fresh build of `seeds/`. After an intended change of
//! the output, re-bless it with `KGRAPH_BLESS=1 cargo test --test cli` (or run the README's build
//! command) and review the diff.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

mod common;
use common::{kgraph, root, stderr};

fn build_seeds(out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["build", "seeds", "--out", out.to_str().unwrap(), "--quiet"];
    args.extend_from_slice(extra);
    let o = kgraph(&args);
    assert!(o.status.success(), "build failed: {}", stderr(&o));
    o
}

fn read_dir_files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
        .filter(|(name, _)| !name.starts_with('.') && name != "graph.svg")
        .collect()
}

/// Points at the first differing line, for a readable failure.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let (a, b) = (String::from_utf8_lossy(a), String::from_utf8_lossy(b));
    for (i, (x, y)) in a.lines().zip(b.lines()).enumerate() {
        if x != y {
            return format!("line {}:\n  committed: {x}\n  fresh:     {y}", i + 1);
        }
    }
    format!("lengths differ: {} vs {} lines", a.lines().count(), b.lines().count())
}

/// The index of a column of `edges.csv` in `dir`, by its header.
fn edges_column(dir: &Path, name: &str) -> usize {
    let mut reader = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no {name} column: {headers:?}"))
}

#[test]
fn committed_out_matches_a_fresh_build() {
    let tmp = tempfile::tempdir().unwrap();
    build_seeds(tmp.path(), &[]);
    let fresh = read_dir_files(tmp.path());
    let committed_dir = root().join("out");
    if std::env::var_os("KGRAPH_BLESS").is_some() {
        fs::create_dir_all(&committed_dir).unwrap();
        for (name, bytes) in &fresh {
            fs::write(committed_dir.join(name), bytes).unwrap();
        }
    }
    let committed = read_dir_files(&committed_dir);
    assert_eq!(
        committed.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>(),
        "out/ holds other files than a build writes; re-bless with KGRAPH_BLESS=1"
    );
    for (name, bytes) in &fresh {
        assert!(
            committed[name] == *bytes,
            "out/{name} differs from a fresh build ({}); re-bless with KGRAPH_BLESS=1 cargo test --test cli",
            first_difference(&committed[name], bytes)
        );
    }
}

#[test]
fn output_is_deterministic_across_runs_and_thread_counts() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    build_seeds(a.path(), &["--jobs", "1"]);
    build_seeds(b.path(), &["--jobs", "4"]);
    assert_eq!(read_dir_files(a.path()), read_dir_files(b.path()));
}

#[test]
fn seeds_graph_holds_the_expected_entities() {
    let tmp = tempfile::tempdir().unwrap();
    build_seeds(tmp.path(), &[]);
    let nodes = fs::read_to_string(tmp.path().join("nodes.csv")).unwrap();
    let ids: Vec<&str> = nodes.lines().skip(1).map(|l| l.split(',').next().unwrap()).collect();
    assert!(ids.len() >= 40, "only {} entities", ids.len());
    for want in [
        "state:KP",
        "state:RU",
        "state:UA",
        "state:CN",
        "state:US",
        "person:kim-jong-un",
        "person:vladimir-putin",
        "person:volodymyr-zelensky",
        "org:un",
        "weapon:ballistic-missiles",
        "weapon:artillery",
    ] {
        assert!(ids.contains(&want), "{want} missing from the graph");
    }
    // North Korea–Russia is among the heaviest co-occurrences.
    let edges = fs::read_to_string(tmp.path().join("edges.csv")).unwrap();
    let mut weights: Vec<(u64, String)> = edges
        .lines()
        .skip(1)
        .filter(|l| l.contains(",CO_OCCURS,"))
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f[3].parse().unwrap(), format!("{}-{}", f[0], f[1]))
        })
        .collect();
    weights.sort_by(|a, b| b.cmp(a));
    let top: Vec<&String> = weights.iter().take(5).map(|(_, k)| k).collect();
    assert!(top.contains(&&"state:KP-state:RU".to_string()), "top co-occurrences: {top:?}");
}

#[test]
fn seeds_relations_include_the_core_claims_with_items_and_provenance() {
    let tmp = tempfile::tempdir().unwrap();
    build_seeds(tmp.path(), &[]);
    let text = fs::read_to_string(tmp.path().join("relations.jsonl")).unwrap();
    let mut found = BTreeMap::new();
    for line in text.lines() {
        let r: serde_json::Value = serde_json::from_str(line).unwrap();
        // Provenance: the byte span points at the sentence in the original document.
        let doc =
            fs::read_to_string(root().join("seeds").join(r["doc"].as_str().unwrap())).unwrap();
        let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        assert_eq!(&doc[s..e], r["text"].as_str().unwrap());
        if r["modality"] != "asserted" || r["target"].is_null() {
            continue;
        }
        let key = format!(
            "{} {} {}",
            r["source"]["id"].as_str().unwrap(),
            r["type"].as_str().unwrap(),
            r["target"]["id"].as_str().unwrap()
        );
        let items = r["items"].as_array().unwrap().len();
        *found.entry(key).or_insert(0) += items;
    }
    for want in
        ["state:KP supplies state:RU", "state:KP deploys state:RU", "state:RU supplies state:KP"]
    {
        assert!(found.get(want).copied().unwrap_or(0) > 0, "{want} with items missing: {found:?}");
    }
    let edges = fs::read_to_string(tmp.path().join("edges.csv")).unwrap();
    assert!(edges.lines().any(|l| l.starts_with("state:KP,state:RU,SUPPLIES,")));
    assert!(edges.lines().any(|l| l.starts_with("state:RU,state:KP,SUPPLIES,")));
    assert!(edges.lines().any(|l| l.starts_with("state:KP,state:RU,DEPLOYS,")));
}

#[test]
fn eval_on_the_seed_gold_meets_the_bar() {
    let o = kgraph(&["eval", "--gold", "tests/gold/seeds.json", "seeds", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let overall = &report["overall"];
    assert_eq!(overall["recall"].as_f64().unwrap(), 1.0, "misses: {}", report["misses"]);
    assert!(
        overall["precision"].as_f64().unwrap() >= 0.95,
        "false positives: {}",
        report["false_positives"]
    );
    assert_eq!(report["must_not_hits"].as_array().unwrap().len(), 0, "{}", report["must_not_hits"]);
    assert_eq!(report["unresolved"].as_array().unwrap().len(), 0, "{}", report["unresolved"]);
}

#[test]
fn gazetteer_check_passes_on_the_shipped_gazetteer() {
    let o = kgraph(&["gazetteer", "check", "--strict"]);
    assert!(o.status.success(), "{}{}", String::from_utf8_lossy(&o.stdout), stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("0 warnings"), "{out}");
}

/// A temporary folder holding the shipped gazetteer's files, for a test to break.
fn copy_of_the_shipped_gazetteer() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for f in ["states.csv", "people.csv", "organizations.csv", "weapons.csv", "rules.txt"] {
        fs::copy(root().join("gazetteer").join(f), tmp.path().join(f)).unwrap();
    }
    tmp
}

#[test]
fn gazetteer_check_names_file_and_line_of_a_broken_row() {
    let tmp = copy_of_the_shipped_gazetteer();
    let people = tmp.path().join("people.csv");
    let mut text = fs::read_to_string(&people).unwrap();
    let lines = text.lines().count();
    text.push_str("person:broken,Only Two Fields\n");
    fs::write(&people, text).unwrap();
    let o = kgraph(&["gazetteer", "check", "--gazetteer", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains(&format!("people.csv:{}: expected 6 fields", lines + 1)), "{err}");
}

#[test]
fn gazetteer_check_warns_of_a_phrase_wrapped_across_lines_of_the_rules() {
    let tmp = copy_of_the_shipped_gazetteer();
    let rules = tmp.path().join("rules.txt");
    let text = fs::read_to_string(&rules).unwrap();
    let header = text.lines().position(|l| l.trim() == "[words attack]").unwrap();
    let wrapped =
        text.replacen("attack,\nin a combined attack,", "attack, in a combined\nattack,", 1);
    assert_ne!(wrapped, text, "the shipped attack list lost the phrase this test wraps");
    fs::write(&rules, wrapped).unwrap();
    let o =
        kgraph(&["gazetteer", "check", "--strict", "--gazetteer", tmp.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let err = stderr(&o);
    let line = text.lines().skip(header).position(|l| l.contains("in a combined attack")).unwrap()
        + header;
    assert!(
        err.contains(&format!("rules.txt:{line}: the line ends without a comma"))
            && err.contains("\"in a combined\" and \"attack\" are two entries"),
        "{err}"
    );
}

#[test]
fn explain_shows_matches_rules_and_cues() {
    let o = kgraph(&["explain", "Iran may have supplied Russia with Shahed-136 drones."]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("\"Shahed-136 drones\" → weapon:shahed-136"), "{out}");
    assert!(out.contains("supply-with at \"supplied\": matched"), "{out}");
    assert!(out.contains("may (hedged)"), "{out}");
    assert!(out.contains("Iran -supplies-> Russia"), "{out}");
}

#[test]
fn explain_names_the_rule_that_reads_no_relation() {
    let o = kgraph(&["explain", "Spain designated Peru a major non-NATO ally."]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("no relation at \"designated\": rule designate-honour"), "{out}");
    assert!(out.ends_with("relations:\n  (none)\n"), "{out}");
}

#[test]
fn explain_says_why_a_rule_may_not_stand_on_what_it_bound() {
    // the words fit the ships rule, but its items are no ships, or its source made them
    for (text, why) in [
        ("Iranian drones arrived in Senegal.", "none of the rule's `I:` categories"),
        ("The first Italian-built frigate arrived in Egypt.", "the source is the items' maker"),
    ] {
        let o = kgraph(&["explain", text]);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = String::from_utf8_lossy(&o.stdout);
        let line = out.lines().find(|l| l.contains("arrive-in-ships at")).unwrap_or_default();
        assert!(line.contains("no match (") && line.contains(why), "{out}");
    }
}

#[test]
fn explain_shows_rules_build_does_not_try_as_not_tried() {
    // Once a rule reads an anchor with all three slots, no later rule can better it: `build`
    // skips them, and `explain` must not report them as matches it never made.
    let o = kgraph(&["explain", "Turkey delivered Bayraktar drones to Ukraine."]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout);
    let at_anchor: Vec<&str> = out.lines().filter(|l| l.contains(" at \"delivered\": ")).collect();
    let full =
        at_anchor.iter().position(|l| l.contains("matched (3 slots)")).expect("a full reading");
    let winner = at_anchor[full].trim().split(' ').next().unwrap_or_default();
    let later = &at_anchor[full + 1..];
    assert!(!later.is_empty(), "{out}");
    for line in later {
        assert!(
            line.contains(&format!("not tried ({winner} read this anchor with 3 slots")),
            "{out}"
        );
    }
}

#[test]
fn reports_to_a_reader_that_has_gone_end_quietly() {
    // `kgraph explain … | head -3`: the reader closes the pipe before the report is written
    // (here before the gazetteer has even loaded), which must not be a panic.
    for args in [
        &["explain", "Iran shipped drones to Russia."][..],
        &["eval", "--gold", "tests/gold/seeds.json", "seeds"][..],
        &["gazetteer", "check"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kgraph"))
            .args(args)
            .current_dir(root())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn stdin_and_jsonl_inputs_work() {
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["build", "-", "--out", tmp.path().to_str().unwrap(), "--quiet"])
        .current_dir(root())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"id\": \"a1\", \"text\": \"Iran shipped drones to Russia.\", \"date\": \"2024-03-01\", \"url\": \"https://news.example/a1\"}\n{\"id\": \"a2\", \"title\": \"Germany to send Patriot systems to Ukraine\", \"text\": \"Berlin made the announcement on Monday.\"}\n")
        .unwrap();
    assert!(child.wait().unwrap().success());
    let rel = fs::read_to_string(tmp.path().join("relations.jsonl")).unwrap();
    assert!(rel.contains("\"doc\":\"a1\"") && rel.contains("\"date\":\"2024-03-01\""), "{rel}");
    // The document's address travels with each relation: where an analyst checks the claim.
    assert!(rel.contains("\"url\":\"https://news.example/a1\""), "{rel}");
    // A title is read as the document's first paragraph: the headline's claim is found.
    assert!(
        rel.contains("\"doc\":\"a2\",\"sentence\":0,\"start\":0,\"end\":42,\"text\":\"Germany to send Patriot systems to Ukraine\""),
        "{rel}"
    );
    let gexf = fs::read_to_string(tmp.path().join("graph.gexf")).unwrap();
    assert!(
        gexf.contains("mode=\"dynamic\"") && gexf.contains("start=\"2024-03-01\""),
        "dated input gives a dynamic GEXF"
    );
}

#[test]
fn cooccurrence_edges_keep_references_and_text_only_on_request() {
    let (plain, texts) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    build_seeds(plain.path(), &[]);
    build_seeds(texts.path(), &["--cooccurrence-text", "--format", "all"]);
    let rows = |dir: &Path| -> Vec<csv::StringRecord> {
        let mut reader = csv::Reader::from_path(dir.join("edges.csv")).unwrap();
        reader.records().map(|r| r.unwrap()).collect()
    };
    let (a, b) = (rows(plain.path()), rows(texts.path()));
    assert_eq!(a.len(), b.len(), "the same edges either way");
    let (text, refs) =
        (edges_column(plain.path(), "evidence"), edges_column(plain.path(), "evidence_refs"));
    let (mut cooccurs, mut typed) = (0, 0);
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x[refs], y[refs], "references do not depend on the flag");
        assert!(x[refs].contains(".txt#"), "every edge names its sentences: {x:?}");
        if &x[2] == "CO_OCCURS" {
            cooccurs += 1;
            assert_eq!(&x[text], "", "no text by default: {x:?}");
            assert!(!y[text].is_empty(), "text with --cooccurrence-text: {y:?}");
        } else {
            typed += 1;
            assert!(
                !x[text].is_empty() && x[text] == y[text],
                "typed edges always carry their sentence"
            );
        }
    }
    assert!(cooccurs > 50 && typed > 5, "{cooccurs} co-occurrences, {typed} typed");
    // Per-mention output is opt-in.
    assert!(!plain.path().join("mentions.jsonl").exists());
    assert!(fs::read_to_string(texts.path().join("mentions.jsonl")).unwrap().lines().count() > 100);
}

#[test]
fn explain_resolves_an_evidence_reference_of_the_exports() {
    let tmp = tempfile::tempdir().unwrap();
    build_seeds(tmp.path(), &[]);
    let mut reader = csv::Reader::from_path(tmp.path().join("edges.csv")).unwrap();
    let refs = edges_column(tmp.path(), "evidence_refs");
    let mut checked = 0;
    for row in reader.records().map(|r| r.unwrap()).filter(|r| &r[2] == "CO_OCCURS").take(5) {
        let reference = row[refs].split(' ').next().unwrap().to_string();
        let o = kgraph(&["explain", "--corpus", "seeds", "--ref", &reference]);
        assert!(o.status.success(), "{reference}: {}", stderr(&o));
        let out = String::from_utf8_lossy(&o.stdout);
        // The referenced sentence names both ends of the co-occurrence.
        assert!(out.contains(&format!("→ {} (", &row[0])), "{reference} lacks {}: {out}", &row[0]);
        assert!(out.contains(&format!("→ {} (", &row[1])), "{reference} lacks {}: {out}", &row[1]);
        checked += 1;
    }
    assert_eq!(checked, 5);
    for (bad, says) in [("no-such-doc.txt#1", "no document"), ("missing-hash", "expected DOC#N")] {
        let o = kgraph(&["explain", "--corpus", "seeds", "--ref", bad]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(stderr(&o).contains(says), "{bad}: {}", stderr(&o));
    }
}

#[test]
fn hedged_edges_stay_apart_from_asserted_ones_in_every_graph_export() {
    let tmp = tempfile::tempdir().unwrap();
    build_seeds(tmp.path(), &["--include-hedged"]);
    let edges = fs::read_to_string(tmp.path().join("edges.csv")).unwrap();
    let hedged =
        edges.lines().filter(|l| l.contains(",hedged,") || l.contains(",negated,")).count();
    assert!(hedged > 0, "the seeds hold hedged or denied claims");
    // GEXF: Gephi keys parallel edges by `kind`, so the modality goes there; the label is the type.
    let gexf = fs::read_to_string(tmp.path().join("graph.gexf")).unwrap();
    let attr = |line: &str, name: &str| -> String {
        let start = line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        line[start..].split('"').next().unwrap().to_string()
    };
    let mut seen = std::collections::BTreeSet::new();
    let mut marked = 0;
    for line in gexf.lines().filter(|l| l.trim_start().starts_with("<edge ")) {
        let (kind, label) = (attr(line, "kind"), attr(line, "label"));
        if let Some((base, modality)) =
            kind.split_once('_').filter(|(_, m)| *m == "hedged" || *m == "negated")
        {
            assert_eq!(label, base, "{line}");
            assert!(attr(line, "id").ends_with(&format!("|{modality}")), "{line}");
            marked += 1;
        } else {
            assert_eq!(label, kind, "{line}");
        }
        assert!(seen.insert((attr(line, "source"), attr(line, "target"), kind)), "{line}");
    }
    assert_eq!(marked, hedged, "every hedged edge of edges.csv is marked in the GEXF");
}

#[test]
fn typed_edges_name_whom_the_source_acted_through_in_every_export() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("news.txt");
    fs::write(
        &input,
        "The Treasury Department sanctioned Iran's central bank. OFAC also sanctioned Iran's oil \
         minister. Britain sanctioned Iran on Monday.",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = kgraph(&["build", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--quiet"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("graph.json")).unwrap()).unwrap();
    let via_of =
        |source: &str| -> Option<Vec<String>> {
            let links = json["links"].as_array().unwrap();
            let edge = links.iter().find(|l| l["source"] == source && l["type"] == "sanctions")?;
            Some(edge["via"].as_array().map_or(Vec::new(), |v| {
                v.iter().map(|x| x.as_str().unwrap().to_string()).collect()
            }))
        };
    // Both organs fold into one United States edge; Britain acted in its own name.
    assert_eq!(via_of("state:US").unwrap(), ["Office of Foreign Assets Control", "US Treasury"]);
    assert_eq!(via_of("state:GB").unwrap(), Vec::<String>::new());
    let graphml = fs::read_to_string(out.join("graph.graphml")).unwrap();
    assert!(graphml
        .contains(r#"<data key="e_via">Office of Foreign Assets Control; US Treasury</data>"#));
    let gexf = fs::read_to_string(out.join("graph.gexf")).unwrap();
    assert!(gexf.contains(
        r#"<attvalue for="via" value="Office of Foreign Assets Control; US Treasury"/>"#
    ));
    let via = edges_column(&out, "via:string[]");
    let mut reader = csv::Reader::from_path(out.join("edges.csv")).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let us = rows.iter().find(|r| &r[0] == "state:US" && &r[2] == "SANCTIONS").unwrap();
    assert_eq!(&us[via], "Office of Foreign Assets Control;US Treasury");
}

#[test]
fn profile_rules_writes_each_rules_cost_and_never_over_an_input() {
    let tmp = tempfile::tempdir().unwrap();
    let profile = tmp.path().join("profile.tsv");
    let out = tmp.path().join("out");
    let build = |target: &Path| {
        let (out, target) = (out.to_str().unwrap(), target.to_str().unwrap());
        kgraph(&["build", "seeds", "--out", out, "--profile-rules", target])
    };
    let o = build(&profile);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("rule profile:"), "{}", stderr(&o));
    let text = fs::read_to_string(&profile).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("rule\ttype\tattempts\tmatched\tseconds\tmicroseconds_per_attempt\tshare")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    let rules = fs::read_to_string(root().join("gazetteer/rules.txt")).unwrap();
    let ids: std::collections::BTreeSet<&str> = rows.iter().map(|r| r[0]).collect();
    assert_eq!(ids.len(), rows.len(), "one row per rule");
    for id in &ids {
        assert!(rules.lines().any(|l| l.starts_with(&format!("{id} "))), "{id} is no rule");
    }
    let number = |r: &[&str], i: usize| r[i].parse::<f64>().unwrap();
    assert!(rows.iter().all(|r| r.len() == 7 && number(r, 3) <= number(r, 2)));
    assert!(rows.windows(2).all(|w| number(&w[0], 4) >= number(&w[1], 4)), "dearest first");
    let matched: f64 = rows.iter().map(|r| number(r, 3)).sum();
    assert!(matched >= 11.0, "the seeds' typed edges come from matches: {matched}");
    // The graph is the one a build without the profile writes.
    let plain = tmp.path().join("plain");
    build_seeds(&plain, &[]);
    assert_eq!(read_dir_files(&out), read_dir_files(&plain));

    // A profile path among the inputs, or in an input folder, is refused before any work.
    let seed = fs::read_dir(root().join("seeds")).unwrap().next().unwrap().unwrap().path();
    let before = fs::read(&seed).unwrap();
    for target in [seed.clone(), root().join("seeds/profile.tsv")] {
        let o = build(&target);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(stderr(&o).contains("input"), "{}", stderr(&o));
        assert!(!root().join("seeds/profile.tsv").exists());
    }
    assert_eq!(fs::read(&seed).unwrap(), before, "the seed is untouched");

    // So is one of the export files of the output folder, whichever format it belongs to.
    let exports = read_dir_files(&out);
    for name in ["graph.graphml", "edges.csv", "relations.jsonl", "mentions.jsonl"] {
        let o = build(&out.join(name));
        assert_eq!(o.status.code(), Some(2), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains("export files"), "{}", stderr(&o));
        assert_eq!(read_dir_files(&out), exports, "{name}: the exports are untouched");
    }
    // Another name in the output folder is the user's to choose.
    let o = build(&out.join("profile.tsv"));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(fs::read_to_string(out.join("profile.tsv")).unwrap().starts_with("rule\t"));
}

#[test]
fn map_profiles_rules_as_build_does_and_never_over_its_partial() {
    let tmp = tempfile::tempdir().unwrap();
    let (built, mapped) = (tmp.path().join("built.tsv"), tmp.path().join("mapped.tsv"));
    let out = tmp.path().join("out");
    let partial = tmp.path().join("seeds.part");
    let map = |target: &Path| {
        let (partial, target) = (partial.to_str().unwrap(), target.to_str().unwrap());
        kgraph(&["map", "seeds", "--jobs", "1", "--partial", partial, "--profile-rules", target])
    };
    let o = map(&mapped);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("rule profile:"), "{}", stderr(&o));
    let o = kgraph(&[
        "build",
        "seeds",
        "--jobs",
        "1",
        "--out",
        out.to_str().unwrap(),
        "--profile-rules",
        built.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    // The same documents, the same attempts and matches rule by rule (the seconds differ).
    let counts = |path: &Path| -> Vec<(String, String, String)> {
        let mut rows: Vec<(String, String, String)> = fs::read_to_string(path)
            .unwrap()
            .lines()
            .skip(1)
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (f[0].to_string(), f[2].to_string(), f[3].to_string())
            })
            .collect();
        rows.sort();
        rows
    };
    let rows = counts(&mapped);
    assert!(rows.iter().any(|(_, _, matched)| matched != "0"), "some rule matched");
    assert_eq!(rows, counts(&built));
    // The partial is the one a map without the profile writes.
    let plain = tmp.path().join("plain.part");
    let o = kgraph(&["map", "seeds", "--partial", plain.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(fs::read(&partial).unwrap(), fs::read(&plain).unwrap());

    // The profile may not replace the partial, nor an input.
    let before = fs::read(&partial).unwrap();
    let o = map(&partial);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--partial file"), "{}", stderr(&o));
    assert_eq!(fs::read(&partial).unwrap(), before, "the partial is untouched");
    let o = map(&root().join("seeds/profile.tsv"));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!root().join("seeds/profile.tsv").exists());
}
