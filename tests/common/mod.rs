//! Helpers shared by the end-to-end tests: run the real binary from the repository root.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `kgraph ARGS` in the repository root and waits for it.
pub fn kgraph(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kgraph")).args(args).current_dir(root()).output().unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
