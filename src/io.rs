//! Atomic output files: write to a temporary name in the same folder, flush, fsync, rename.
//!
//! A reader (or a crash, or `kill -9`) sees either the old file or the complete new one, never a
//! truncated one. Depends on `error` only.
//!
//! Replacing a file has a cost that is easy to miss: when the rename drops the old file's last
//! name, the kernel frees its cached pages inside `rename`, on the thread that renames — for
//! exports hundreds of MB large, tens of milliseconds at the very end of a run. So the old
//! file's pages are dropped beforehand, on a helper thread, while the new file's fsync waits
//! for the disk. The old file's contents stay on disk, whole, until the rename.

use crate::error::{Error, Result};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written atomically. Call [`AtomicFile::commit`]; dropping it uncommitted removes
/// the temporary file and leaves the old one in place.
pub struct AtomicFile {
    path: PathBuf,
    temp: PathBuf,
    writer: Option<BufWriter<File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&temp).map_err(|e| Error::io(&temp, e))?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            temp,
            writer: Some(BufWriter::with_capacity(1 << 16, file)),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Flushes, syncs and renames over the final name.
    pub fn commit(mut self) -> Result<()> {
        let Some(writer) = self.writer.take() else {
            return Ok(());
        };
        let file = writer.into_inner().map_err(|e| Error::io(&self.temp, e.into_error()))?;
        std::thread::scope(|scope| {
            if self.path.is_file() {
                scope.spawn(|| drop_cached_pages(&self.path));
            }
            file.sync_all().map_err(|e| Error::io(&self.temp, e))
        })?;
        drop(file);
        fs::rename(&self.temp, &self.path).map_err(|e| Error::io(&self.path, e))?;
        Ok(())
    }
}

/// Asks the kernel to drop the page cache of the file at `path` (see the module doc). Only a
/// hint: nothing is lost if it fails or is ignored, so errors are ignored.
#[cfg(target_os = "linux")]
fn drop_cached_pages(path: &Path) {
    use std::os::fd::AsRawFd;
    if let Ok(old) = File::open(path) {
        // SAFETY: posix_fadvise only reads its integer arguments; the descriptor is open for
        // the duration of the call (owned by `old`).
        unsafe {
            libc::posix_fadvise(old.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn drop_cached_pages(_path: &Path) {}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self.writer.as_mut() {
            Some(w) => w.write(buf),
            None => Err(std::io::Error::other("file already committed")),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self.writer.as_mut() {
            Some(w) => w.flush(),
            None => Ok(()),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.writer.take().is_some() {
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Writes a whole file atomically with a writer function.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    write(&mut file).map_err(|e| Error::io(path, e))?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_replaces_and_drop_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        fs::write(&path, "old").unwrap();
        {
            let mut f = AtomicFile::create(&path).unwrap();
            f.write_all(b"half").unwrap();
            // dropped without commit
        }
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        write_atomic(&path, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).collect();
        assert_eq!(leftovers.len(), 1, "no temporary files remain");
    }
}
