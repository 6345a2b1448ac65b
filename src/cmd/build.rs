//! `kgraph build`: inputs → graph → exports in the output folder.

use super::profile::ProfileFile;
use crate::cli::BuildArgs;
use kgraph::corpus::{Corpus, Warning};
use kgraph::export::{self, ExportOptions, Format};
use kgraph::graph::{DocResult, GraphOptions};
use kgraph::io::{rename_all, AtomicFile, Output, SyncedFile};
use kgraph::model::{Doc, Mention};
use kgraph::pipeline::{Render, Sink};
use kgraph::{Error, Gazetteer, KnowledgeGraph, Result};
use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Renders each document's relation and mention lines (on the worker threads).
struct LineRender<'g> {
    gazetteer: &'g Gazetteer,
    relations: bool,
    mentions: bool,
}

impl Render for LineRender<'_> {
    fn render(&self, doc: &Doc, result: &DocResult, mentions: &[Mention], out: &mut Vec<Vec<u8>>) {
        let mut relations = Vec::new();
        if self.relations {
            for r in &result.relations {
                export::jsonl::push_relation(self.gazetteer, r, &mut relations);
            }
        }
        let mut lines = Vec::new();
        if self.mentions {
            for m in mentions {
                let _ =
                    export::jsonl::write_mention(self.gazetteer, &doc.id, &doc.text, m, &mut lines);
            }
        }
        out.push(relations);
        out.push(lines);
    }
}

/// Writes the rendered lines into their files, in input order, and reports warnings.
struct StreamSink {
    relations: Option<AtomicFile>,
    mentions: Option<AtomicFile>,
    warnings: usize,
    skipped: usize,
    quiet: bool,
}

impl Sink for StreamSink {
    fn write(&mut self, rendered: &[Vec<u8>]) -> Result<()> {
        for (file, bytes) in
            [self.relations.as_mut(), self.mentions.as_mut()].into_iter().zip(rendered)
        {
            if let Some(f) = file {
                f.write_all(bytes).map_err(|e| Error::io(f.path(), e))?;
            }
        }
        Ok(())
    }

    fn warning(&mut self, warning: &Warning) -> Result<()> {
        self.warnings += 1;
        if warning.skipped {
            self.skipped += 1;
        }
        if !self.quiet {
            eprintln!("kgraph: warning: {warning}");
        }
        Ok(())
    }
}

pub fn parse_formats(names: &[String]) -> Result<BTreeSet<Format>> {
    let mut out = BTreeSet::new();
    for name in names {
        let name = name.trim();
        if name == "all" {
            out.extend(Format::ALL);
            continue;
        }
        match Format::parse(name) {
            Some(f) => {
                out.insert(f);
            }
            None => {
                let known: Vec<&str> = Format::ALL.iter().map(|f| f.name()).collect();
                return Err(Error::Usage(format!(
                    "unknown format {name:?}; expected any of {} (comma-separated) or all",
                    known.join(", ")
                )));
            }
        }
    }
    Ok(out)
}

/// Creates the output folder and proves it writable before any work; refuses an output folder
/// that is or contains an input.
pub fn prepare_out(out: &Path, inputs: &[PathBuf]) -> Result<()> {
    fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let out_abs = fs::canonicalize(out).map_err(|e| Error::io(out, e))?;
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        if let Ok(input_abs) = fs::canonicalize(input) {
            if input_abs == out_abs || input_abs.starts_with(&out_abs) {
                return Err(Error::Usage(format!(
                    "the output folder {} contains the input {}; choose another --out so no input is overwritten",
                    out.display(),
                    input.display()
                )));
            }
        }
    }
    // Temporary files of a killed earlier run: ".graph.graphml.tmp-1234".
    let ours: BTreeSet<&str> = Format::ALL.iter().flat_map(|f| f.files().iter().copied()).collect();
    if let Ok(entries) = fs::read_dir(out) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let stale = name
                .strip_prefix('.')
                .and_then(|n| n.split_once(".tmp-"))
                .is_some_and(|(base, _)| ours.contains(base));
            if stale {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
    let probe = out.join(format!(".kgraph-write-test-{}", std::process::id()));
    fs::write(&probe, b"").map_err(|e| Error::io(out, e))?;
    let _ = fs::remove_file(&probe);
    Ok(())
}

pub fn run(args: BuildArgs) -> Result<u8> {
    let started = Instant::now();
    let formats = parse_formats(&args.export.format)?;
    let (mut pipeline, config_warnings) =
        super::load_pipeline(&args.config, args.run.quiet, args.run.jobs)?;
    prepare_out(&args.out, &args.inputs)?;
    // Created before the run, so that a path that cannot be written fails at once.
    let profile_file = match &args.run.profile_rules {
        Some(path) => {
            // Every format's files, not only this run's: a graph an earlier run left is kept.
            let exports: Vec<PathBuf> = Format::ALL
                .iter()
                .flat_map(|f| f.files())
                .map(|file| args.out.join(file))
                .collect();
            let are = format!("one of the export files of --out {}", args.out.display());
            Some(ProfileFile::create(path, &args.inputs, &exports, &are, &mut pipeline)?)
        }
        None => None,
    };
    let corpus = Corpus::open(&args.inputs)?;
    let open = |f: Format| -> Result<Option<AtomicFile>> {
        if formats.contains(&f) {
            Ok(Some(AtomicFile::create(&args.out.join(f.files()[0]))?))
        } else {
            Ok(None)
        }
    };
    let render = LineRender {
        gazetteer: &pipeline.gazetteer,
        relations: formats.contains(&Format::Relations),
        mentions: formats.contains(&Format::Mentions),
    };
    let mut sink = StreamSink {
        relations: open(Format::Relations)?,
        mentions: open(Format::Mentions)?,
        warnings: 0,
        skipped: 0,
        quiet: args.run.quiet,
    };
    let options = GraphOptions {
        include_hedged: args.run.include_hedged,
        cooccurrence_text: args.run.cooccurrence_text,
    };
    let bar = progress_bar(corpus.total_bytes, args.run.quiet);
    let builder =
        pipeline.run(corpus, args.run.jobs, options, &render, &mut sink, &mut |docs, bytes| {
            if let Some(bar) = &bar {
                bar.set_position(bytes);
                bar.set_message(format!("{docs} documents"));
            }
        })?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let graph = builder.finish(&pipeline.gazetteer, args.export.min_weight);
    let StreamSink { relations, mentions, mut warnings, skipped, .. } = sink;
    // The streamed files are complete: their sync overlaps writing the graph exports.
    let (exported, streamed) = std::thread::scope(|scope| {
        let streamed = scope.spawn(|| -> Result<Vec<SyncedFile>> {
            [relations, mentions].into_iter().flatten().map(AtomicFile::sync).collect()
        });
        let exported = write_exports(
            &graph,
            &formats,
            &args.out,
            ExportOptions { dot_cooccur_min: args.export.dot_cooccur_min },
            args.run.jobs,
        );
        (exported, join(streamed))
    });
    // Every output is written and synced before the first replaces the last run's.
    let mut files: Vec<SyncedFile> = exported?;
    files.extend(streamed?);
    let profiled = match profile_file {
        Some(profile_file) => {
            let (file, profiled) = profile_file.write(&pipeline)?;
            files.push(file);
            Some(profiled)
        }
        None => None,
    };
    rename_all(files)?;
    if let Some(format) = &args.render {
        if let Err(message) = render_graphviz(&args.out, format, &formats) {
            warnings += 1;
            eprintln!("kgraph: warning: {message}");
        }
    }
    if !args.run.quiet {
        eprintln!("{}", summary(&graph, started.elapsed().as_secs_f64(), skipped));
        if let Some(profiled) = profiled {
            eprintln!("{}", super::profile::report(&profiled));
        }
    }
    // The process ends next: freeing a large graph edge by edge would only cost time (75 ms for
    // 377k edges), and so would freeing the gazetteer and its automaton (0.1 s for 100,000
    // aliases), so both are left to the operating system.
    std::mem::forget(graph);
    std::mem::forget(pipeline);
    Ok(if args.strict && warnings + config_warnings > 0 { 1 } else { 0 })
}

/// Writes the graph exports on `jobs` threads (0 = one per core), each complete and synced under
/// a temporary name: the caller renames them all with [`rename_all`] once nothing else can fail,
/// and on an error the ones written are removed and the last run's files stay.
///
/// The formats are shared among the writer threads biggest first, each to the thread with the
/// least work so far, so the threads finish together. A thread writes its formats one after
/// another; each file's fsync runs on a helper thread while the next format is written (the wait
/// for the disk overlaps computing), and a thread's last format is its smallest, so the sync that
/// nobody overlaps is a short one. With one job there is one writer thread: this one.
pub fn write_exports(
    graph: &KnowledgeGraph,
    formats: &BTreeSet<Format>,
    out: &Path,
    options: ExportOptions,
    jobs: usize,
) -> Result<Vec<SyncedFile>> {
    let write_one = |format: Format| -> Result<Vec<AtomicFile>> {
        let file = |name: &str, write: &dyn Fn(&mut dyn Output) -> std::io::Result<()>| {
            let path = out.join(name);
            let mut f = AtomicFile::create(&path)?;
            write(&mut f).map_err(|e| Error::io(&path, e))?;
            Ok::<_, Error>(f)
        };
        Ok(match format {
            Format::Graphml => vec![file("graph.graphml", &|w| export::graphml::write(graph, w))?],
            Format::Gexf => vec![file("graph.gexf", &|w| export::gexf::write(graph, w))?],
            Format::Dot => vec![file("graph.dot", &|w| export::dot::write(graph, options, w))?],
            Format::Json => vec![file("graph.json", &|w| export::json::write(graph, w))?],
            Format::Csv => vec![
                file("nodes.csv", &|w| export::csv::write_nodes(graph, w))?,
                file("edges.csv", &|w| export::csv::write_edges(graph, w))?,
                file("import.cypher", &|w| export::csv::write_cypher(w))?,
            ],
            Format::Relations | Format::Mentions => Vec::new(), // streamed
        })
    };
    let lanes = share_formats(formats, kgraph::threads_for(jobs));
    std::thread::scope(|scope| {
        // Writes a lane's formats in order, syncing each on a helper thread.
        let run_lane = |lane: Vec<Format>| -> Result<Vec<SyncedFile>> {
            let mut syncs = Vec::with_capacity(lane.len());
            let mut first_error = None;
            for format in lane {
                match write_one(format) {
                    Ok(files) => syncs.push(scope.spawn(move || -> Result<Vec<SyncedFile>> {
                        files.into_iter().map(AtomicFile::sync).collect()
                    })),
                    Err(e) => {
                        first_error = Some(e);
                        break;
                    }
                }
            }
            let mut synced = Vec::new();
            for handle in syncs {
                match join(handle) {
                    Ok(files) => synced.extend(files),
                    Err(e) => {
                        first_error.get_or_insert(e);
                    }
                }
            }
            first_error.map_or(Ok(synced), Err)
        };
        let mut lanes = lanes.into_iter();
        let here = lanes.next().unwrap_or_default();
        let others: Vec<_> = lanes.map(|lane| scope.spawn(move || run_lane(lane))).collect();
        let mut result = run_lane(here);
        for handle in others {
            match (join(handle), &mut result) {
                (Ok(files), Ok(synced)) => synced.extend(files),
                (Err(e), Ok(_)) => result = Err(e),
                (_, Err(_)) => {}
            }
        }
        result
    })
}

/// Joins a scoped thread, passing its panic on.
fn join<T>(handle: std::thread::ScopedJoinHandle<'_, T>) -> T {
    handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Bytes a format writes per edge, roughly (GraphML ~690, GEXF ~640, JSON ~380, CSV ~120,
/// DOT ~60 on the benchmark corpus): only used to share the formats among writer threads.
fn export_weight(format: Format) -> u32 {
    match format {
        Format::Graphml => 690,
        Format::Gexf => 640,
        Format::Json => 380,
        Format::Csv => 120,
        Format::Dot => 60,
        Format::Relations | Format::Mentions => 0, // streamed while documents are processed
    }
}

/// Shares the graph formats among at most `threads` lanes, longest first, each to the lane with
/// the least weight so far (ties: the earlier lane); every lane ends with its smallest format.
fn share_formats(formats: &BTreeSet<Format>, threads: usize) -> Vec<Vec<Format>> {
    let mut order: Vec<Format> =
        formats.iter().copied().filter(|&f| export_weight(f) > 0).collect();
    order.sort_by_key(|&f| std::cmp::Reverse(export_weight(f)));
    let mut lanes: Vec<(u32, Vec<Format>)> =
        vec![(0, Vec::new()); threads.clamp(1, order.len().max(1))];
    for format in order {
        if let Some(lane) = lanes.iter_mut().min_by_key(|lane| lane.0) {
            lane.0 += export_weight(format);
            lane.1.push(format);
        }
    }
    lanes.into_iter().map(|(_, lane)| lane).filter(|lane| !lane.is_empty()).collect()
}

/// Runs Graphviz on `graph.dot`, writing `graph.FORMAT` atomically.
fn render_graphviz(
    out: &Path,
    format: &str,
    formats: &BTreeSet<Format>,
) -> std::result::Result<(), String> {
    if !formats.contains(&Format::Dot) {
        return Err("--render needs the dot format (add dot to --format)".into());
    }
    let target = out.join(format!("graph.{format}"));
    let temp = out.join(format!(".graph.{format}.tmp-{}", std::process::id()));
    let result = std::process::Command::new("dot")
        .arg(format!("-T{format}"))
        .arg(out.join("graph.dot"))
        .arg("-o")
        .arg(&temp)
        .output();
    match result {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(format!(
            "cannot render: Graphviz `dot` is not installed (Debian/Ubuntu: apt-get install graphviz); the graph is in {}",
            out.join("graph.dot").display()
        )),
        Err(e) => Err(format!("cannot run Graphviz `dot`: {e}")),
        Ok(o) if !o.status.success() => {
            let _ = fs::remove_file(&temp);
            Err(format!("Graphviz `dot` failed: {}", String::from_utf8_lossy(&o.stderr).trim()))
        }
        Ok(_) => fs::rename(&temp, &target).map_err(|e| format!("{}: {e}", target.display())),
    }
}

/// A progress bar on a terminal (documents, MB, MB/s, ETA when the size is known); nothing when
/// standard error is not a terminal, so logs get only the summary line.
fn progress_bar(total_bytes: u64, quiet: bool) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if quiet || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = if total_bytes > 0 {
        indicatif::ProgressBar::new(total_bytes)
    } else {
        indicatif::ProgressBar::new_spinner()
    };
    let template = if total_bytes > 0 {
        "{spinner} [{elapsed_precise}] {bar:30} {bytes}/{total_bytes} ({bytes_per_sec}, ETA {eta}) {msg}"
    } else {
        "{spinner} [{elapsed_precise}] {bytes} ({bytes_per_sec}) {msg}"
    };
    if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
        bar.set_style(style);
    }
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(4));
    Some(bar)
}

pub fn summary(graph: &KnowledgeGraph, seconds: f64, skipped: usize) -> String {
    let s = &graph.stats;
    let edges: Vec<String> = s.edges_by_type.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let mb = s.bytes as f64 / 1e6;
    let mut line = format!(
        "kgraph: {} documents, {} sentences, {} mentions, {} entities, edges: {}; {:.2} MB in {:.2} s ({:.1} MB/s)",
        s.documents,
        s.sentences,
        s.mentions,
        graph.node_count(),
        if edges.is_empty() { "none".to_string() } else { edges.join(", ") },
        mb,
        seconds,
        if seconds > 0.0 { mb / seconds } else { 0.0 }
    );
    if skipped > 0 {
        line.push_str(&format!("; {skipped} inputs skipped"));
    }
    if s.capped_sentences > 0 {
        line.push_str(&format!(
            "; {} sentences named more than {} entities (co-occurrence capped)",
            s.capped_sentences,
            kgraph::graph::MAX_COOCCURRING
        ));
    }
    let _ = std::io::stderr().flush();
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(formats: &[Format]) -> BTreeSet<Format> {
        formats.iter().copied().collect()
    }

    #[test]
    fn one_job_writes_every_graph_format_on_one_lane_biggest_first() {
        let lanes = share_formats(&set(&Format::ALL), 1);
        assert_eq!(
            lanes,
            vec![vec![Format::Graphml, Format::Gexf, Format::Json, Format::Csv, Format::Dot]]
        );
    }

    #[test]
    fn formats_are_shared_so_lanes_finish_together_and_end_small() {
        let lanes = share_formats(&set(&Format::ALL), 2);
        // GraphML 690 + CSV 120 + DOT 60 = 870 against GEXF 640 + JSON 380 = 1020.
        assert_eq!(
            lanes,
            vec![vec![Format::Graphml, Format::Csv, Format::Dot], vec![Format::Gexf, Format::Json]]
        );
        for lane in &lanes {
            let weights: Vec<u32> = lane.iter().map(|&f| export_weight(f)).collect();
            assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{lane:?} ends with its smallest");
        }
    }

    /// An export that fails partway (here DOT: its temporary name is taken by a folder) must
    /// leave every file of the last run as it was, and no temporary file behind.
    #[test]
    fn a_failed_export_replaces_none_of_the_last_runs_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let gazetteer =
            Gazetteer::from_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteer")).unwrap();
        let graph = kgraph::graph::GraphBuilder::default().finish(&gazetteer, 1);
        let ours: Vec<&str> = Format::ALL.iter().flat_map(|f| f.files().iter().copied()).collect();
        for name in &ours {
            fs::write(out.join(name), "last run").unwrap();
        }
        let blocker = out.join(format!(".graph.dot.tmp-{}", std::process::id()));
        fs::create_dir(&blocker).unwrap();
        for jobs in [1, 2] {
            let written = write_exports(
                &graph,
                &set(&Format::ALL),
                out,
                ExportOptions { dot_cooccur_min: 1 },
                jobs,
            );
            let error = written.err().expect("the DOT export cannot be created").to_string();
            assert!(error.contains(".graph.dot.tmp-"), "{error}");
            for name in &ours {
                assert_eq!(fs::read_to_string(out.join(name)).unwrap(), "last run", "{name}");
            }
            let mut left: Vec<String> = fs::read_dir(out)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect();
            left.sort();
            let mut expected: Vec<String> = ours.iter().map(|n| n.to_string()).collect();
            expected.push(blocker.file_name().unwrap().to_string_lossy().into_owned());
            expected.sort();
            assert_eq!(left, expected, "no temporary file remains (jobs {jobs})");
        }
        // Once the way is clear, the same call writes them all.
        fs::remove_dir(&blocker).unwrap();
        rename_all(
            write_exports(&graph, &set(&Format::ALL), out, ExportOptions::default(), 2).unwrap(),
        )
        .unwrap();
        let graph_files = Format::ALL.iter().filter(|&&f| export_weight(f) > 0);
        for name in graph_files.flat_map(|f| f.files()) {
            assert_ne!(fs::read_to_string(out.join(name)).unwrap(), "last run", "{name}");
        }
    }

    #[test]
    fn never_more_lanes_than_formats_and_streamed_formats_take_none() {
        assert_eq!(
            share_formats(&set(&[Format::Dot, Format::Relations]), 8),
            vec![vec![Format::Dot]]
        );
        assert!(share_formats(&set(&[Format::Relations, Format::Mentions]), 4).is_empty());
        let lanes = share_formats(&set(&Format::ALL), 16);
        assert_eq!(lanes.len(), 5);
        let mut all: Vec<Format> = lanes.concat();
        all.sort();
        assert_eq!(
            all,
            vec![Format::Graphml, Format::Gexf, Format::Dot, Format::Csv, Format::Json]
        );
    }
}
