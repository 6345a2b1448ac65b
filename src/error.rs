//! Typed errors of the library.
//!
//! Every error names the input it came from (file, line and, where known, column) and what was
//! expected, so the binary can print it as is. The binary maps [`Error::exit_code`] to the process
//! exit status: 2 for usage and configuration errors, 3 for input/output errors.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file something went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: Option<u64>,
    pub column: Option<u64>,
}

impl Location {
    pub fn file(path: &Path) -> Location {
        Location { path: path.to_path_buf(), line: None, column: None }
    }

    pub fn line(path: &Path, line: u64) -> Location {
        Location { path: path.to_path_buf(), line: Some(line), column: None }
    }

    pub fn column(path: &Path, line: u64, column: u64) -> Location {
        Location { path: path.to_path_buf(), line: Some(line), column: Some(column) }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// Everything the library can fail with.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A gazetteer or rules file is malformed.
    #[error("{at}: {message}")]
    Config { at: Location, message: String },
    /// Several configuration problems found in one pass (the checker reports them all at once).
    #[error("{}", .0.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))]
    ConfigMany(Vec<Error>),
    /// Reading or writing a file failed.
    #[error("{}: {source}", .path.display())]
    Io { path: PathBuf, source: std::io::Error },
    /// The command line asked for something impossible.
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn config(at: Location, message: impl Into<String>) -> Error {
        Error::Config { at, message: message.into() }
    }

    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io { path: path.to_path_buf(), source }
    }

    /// The documented process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Config { .. } | Error::ConfigMany(_) | Error::Usage(_) => 2,
            Error::Io { .. } => 3,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
