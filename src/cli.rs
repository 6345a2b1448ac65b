//! Command-line flags (clap derive). Doc comments are the help text.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Turn English news articles into a typed knowledge graph for Gephi, Graphviz and Neo4j.
#[derive(Debug, Parser)]
#[command(name = "kgraph", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the graph from news text and write the exports.
    Build(BuildArgs),
    /// Work with the gazetteer.
    Gazetteer {
        #[command(subcommand)]
        command: GazetteerCommand,
    },
    /// Process inputs into a mergeable partial graph (JSON Lines), for sharded or cluster runs.
    Map(MapArgs),
    /// Merge partial graphs into one partial, or into the final exports.
    Merge(MergeArgs),
    /// Score extracted relations against gold relations.
    Eval(EvalArgs),
    /// Show how the rules read one sentence: matches, rules tried, modality cues.
    Explain(ExplainArgs),
}

#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Validate the gazetteer files: malformed rows, duplicate ids, shared aliases.
    Check {
        #[command(flatten)]
        config: ConfigArgs,
        /// Treat warnings (aliases claimed by two entities) as errors.
        #[arg(long)]
        strict: bool,
    },
}

/// Where the gazetteer and rules come from.
#[derive(Debug, Clone, Args)]
pub struct ConfigArgs {
    /// Folder with states.csv, people.csv, organizations.csv and weapons.csv.
    #[arg(long, value_name = "DIR", default_value = "gazetteer")]
    pub gazetteer: PathBuf,
    /// Relation rules file [default: GAZETTEER/rules.txt].
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
}

impl ConfigArgs {
    pub fn rules_path(&self) -> PathBuf {
        self.rules.clone().unwrap_or_else(|| self.gazetteer.join("rules.txt"))
    }
}

/// How the pipeline runs (shared by build and map).
#[derive(Debug, Clone, Args)]
pub struct RunArgs {
    /// Also put hedged and negated relations in the graph, as edges marked with their modality.
    #[arg(long)]
    pub include_hedged: bool,
    /// Worker threads (0 = one per core).
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    pub jobs: usize,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Put the text of its first sentence on every co-occurrence edge, not only its
    /// `doc#sentence` reference (typed edges always carry their sentences). Costs about a
    /// sentence of memory and output per edge: fine for a few thousand articles.
    #[arg(long)]
    pub cooccurrence_text: bool,
    /// Write what the rule search cost, rule by rule, to FILE (tab-separated, dearest first):
    /// attempts, matches, seconds. For rule authors: a rule that is tried often and rarely
    /// matches shows here. Timing costs a little; the graph is the same.
    #[arg(long, value_name = "FILE")]
    pub profile_rules: Option<PathBuf>,
}

/// What the graph exports hold (build, and merge --out).
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Exports to write, comma-separated: graphml, gexf, dot, csv, json, relations, mentions
    /// (one line per entity mention: opt-in, as it grows with the corpus; build only, partials
    /// do not carry mentions), or all.
    #[arg(long, value_delimiter = ',', default_value = "graphml,gexf,dot,csv,json,relations")]
    pub format: Vec<String>,
    /// Leave out co-occurrence edges supported by fewer sentences than this.
    #[arg(long, value_name = "N", default_value_t = 1)]
    pub min_weight: u64,
    /// In the DOT picture, show only co-occurrences of at least N sentences (typed edges always).
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub dot_cooccur_min: u64,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Inputs: .txt files, folders (recursive), .jsonl/.ndjson files, or - for standard input.
    #[arg(value_name = "INPUT", default_value = "seeds")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Output folder.
    #[arg(long, short, value_name = "DIR", default_value = "out")]
    pub out: PathBuf,
    #[command(flatten)]
    pub export: ExportArgs,
    /// Render the DOT graph with Graphviz `dot` into out/graph.svg or out/graph.png.
    #[arg(long, value_name = "FORMAT", value_parser = ["svg", "png"])]
    pub render: Option<String>,
    #[command(flatten)]
    pub run: RunArgs,
    /// Exit with status 1 when anything was warned about (skipped files, bad lines).
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold relations (JSON, as ../shared/gold/seeds.json).
    #[arg(long, value_name = "FILE")]
    pub gold: PathBuf,
    /// Inputs, as for build.
    #[arg(value_name = "INPUT", default_value = "seeds")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The sentence to explain (or use --doc and --sentence, or --corpus and --ref).
    #[arg(value_name = "SENTENCE", required_unless_present_any = ["doc", "reference"])]
    pub sentence_text: Option<String>,
    /// A document to take the sentence from.
    #[arg(long, value_name = "FILE", requires = "sentence")]
    pub doc: Option<PathBuf>,
    /// Index of the sentence in --doc (as in relations.jsonl).
    #[arg(long, value_name = "N")]
    pub sentence: Option<usize>,
    /// An evidence reference `DOC#N` as the exports write it (`evidence_refs`), looked up in
    /// --corpus.
    #[arg(long = "ref", value_name = "DOC#N", requires = "corpus", conflicts_with = "doc")]
    pub reference: Option<String>,
    /// The inputs the graph was built from (as for build), for --ref.
    #[arg(long, value_name = "INPUT", num_args = 1..)]
    pub corpus: Vec<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct MapArgs {
    /// Inputs, as for build (files, folders, JSON Lines, - for standard input).
    #[arg(value_name = "INPUT", default_value = "-")]
    pub inputs: Vec<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Where to write the partial graph (- for standard output).
    #[arg(long, value_name = "FILE", default_value = "-")]
    pub partial: PathBuf,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Partial graphs to merge (files, or - for standard input).
    #[arg(value_name = "PARTIAL", required = true)]
    pub partials: Vec<PathBuf>,
    #[command(flatten)]
    pub config: ConfigArgs,
    /// Write the merged partial here (- for standard output) instead of exports.
    #[arg(long, value_name = "FILE", conflicts_with = "out")]
    pub partial: Option<PathBuf>,
    /// Write the final exports into this folder, as build does.
    #[arg(long, short, value_name = "DIR")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub export: ExportArgs,
    /// Print nothing but errors.
    #[arg(long, short)]
    pub quiet: bool,
    /// Put the text of its first sentence on every co-occurrence edge, not only its
    /// `doc#sentence` reference (typed edges always carry their sentences). Costs about a
    /// sentence of memory and output per edge: fine for a few thousand articles.
    #[arg(long)]
    pub cooccurrence_text: bool,
}
