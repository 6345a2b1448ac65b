//! Atomic output files: write to a temporary name in the same folder, flush, fsync, rename.
//!
//! A reader (or a crash, or `kill -9`) sees either the old file or the complete new one, never a
//! truncated one. A run with several outputs syncs them all first ([`AtomicFile::sync`]) and
//! renames them together ([`rename_all`]), so a run that fails partway replaces none of the last
//! run's files. Depends on `error` only.
//!
//! Replacing a file has a cost that is easy to miss: when the rename drops the old file's last
//! name, the kernel frees its cached pages inside `rename`, on the thread that renames — for
//! exports hundreds of MB large, tens of milliseconds at the very end of a run. So the old
//! file's pages are dropped beforehand, on a helper thread, while the new file's fsync waits
//! for the disk. The old file's contents stay on disk, whole, until the rename.
//!
//! Large files (exports of hundreds of MB) skip the page cache altogether: they are written in
//! aligned 1 MB chunks with `O_DIRECT` on a helper thread while the next chunk fills (see
//! `ChunkWriter`), so a run costs the kernel no page per 4 KB written and leaves no cache to free.
//! The exporters render their records straight into the chunk being filled ([`Output`]), so
//! the hundreds of MB are not copied on their way to the disk either.

use crate::error::{Error, Result};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file being written atomically. Call [`AtomicFile::commit`]; dropping it uncommitted removes
/// the temporary file and leaves the old one in place.
pub struct AtomicFile {
    path: PathBuf,
    temp: PathBuf,
    writer: Option<ChunkWriter>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> Result<AtomicFile> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
        let file = File::create(&temp).map_err(|e| Error::io(&temp, e))?;
        Ok(AtomicFile { path: path.to_path_buf(), temp, writer: Some(ChunkWriter::new(file)) })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes what is buffered, syncs and renames over the final name.
    pub fn commit(self) -> Result<()> {
        self.sync()?.rename()
    }

    /// Writes what is buffered and syncs, leaving the file under its temporary name: rename it
    /// with [`SyncedFile::rename`], or [`rename_all`] with the other files of the same run.
    pub fn sync(mut self) -> Result<SyncedFile> {
        let temp = std::mem::take(&mut self.temp);
        let path = std::mem::take(&mut self.path);
        let Some(writer) = self.writer.take() else {
            return Ok(SyncedFile { path, temp: None });
        };
        // From here on the temporary file is the synced file's to remove, whatever happens.
        let synced = SyncedFile { path, temp: Some(temp) };
        let temp = synced.temp.as_deref().unwrap_or(Path::new(""));
        let file = writer.finish().map_err(|e| Error::io(temp, e))?;
        std::thread::scope(|scope| {
            if synced.path.is_file() {
                scope.spawn(|| drop_cached_pages(&synced.path));
            }
            file.sync_all().map_err(|e| Error::io(temp, e))
        })?;
        Ok(synced)
    }
}

/// A complete, synced file under its temporary name, waiting to replace its final name.
/// Dropping it unrenamed removes the temporary file and leaves the old one in place.
pub struct SyncedFile {
    path: PathBuf,
    /// `None` once renamed (or for a file that was never written).
    temp: Option<PathBuf>,
}

impl SyncedFile {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the file over its final name.
    pub fn rename(mut self) -> Result<()> {
        match self.temp.take() {
            Some(temp) => fs::rename(&temp, &self.path).map_err(|e| {
                let _ = fs::remove_file(&temp);
                Error::io(&self.path, e)
            }),
            None => Ok(()),
        }
    }
}

impl Drop for SyncedFile {
    fn drop(&mut self) {
        if let Some(temp) = self.temp.take() {
            let _ = fs::remove_file(temp);
        }
    }
}

/// Renames a run's synced files over their final names, all of them or — when a final name is
/// taken by a folder, which no rename can replace — none. Called once every file of a run is
/// written, so a run that fails anywhere before leaves the last run's outputs as they were, all
/// of them, rather than a mix of the two runs.
pub fn rename_all(files: Vec<SyncedFile>) -> Result<()> {
    if let Some(blocked) = files.iter().find(|f| f.path.is_dir()) {
        return Err(Error::io(
            &blocked.path,
            std::io::Error::other("a folder has this name; the file cannot replace it"),
        ));
    }
    files.into_iter().try_for_each(SyncedFile::rename)
}

/// Bytes gathered before each write to the file: a multiple of [`BLOCK`].
const CHUNK: usize = 1 << 20;
/// The alignment direct I/O asks of buffers, lengths and file offsets (the largest logical block
/// size in common use).
const BLOCK: usize = 4096;

/// Gathers a file's bytes in whole chunks and, once a file proves large (a full chunk), writes
/// them past the page cache (`O_DIRECT`, Linux only) on a helper thread while the next chunk
/// fills. An export of hundreds of MB written through the page cache costs the kernel a fresh
/// page per 4 KB — on virtual machines that hand freed memory back to the host, a fault into the
/// host for each — and then the work of freeing them all again: measured here, 740 MB of exports
/// took 1.0 to 2.0 s of system time buffered and 0.3 s direct. Small files never leave the page
/// cache; a file system that refuses direct I/O (tmpfs, some network and FUSE file systems) gets
/// ordinary writes, as does the last, partial block.
struct ChunkWriter {
    file: File,
    chunk: Chunk,
    /// The helper thread writing full chunks, started at the first one.
    background: Option<Background>,
}

/// A chunk's bytes, starting at a `BLOCK`-aligned place in memory: `storage` holds a few
/// padding bytes before `start`, then the chunk's bytes. An exporter appends to `storage`
/// itself ([`Output::buffer`]), so the bytes it renders are the bytes the disk reads; a record
/// that runs past the chunk's end moves on to the next chunk.
struct Chunk {
    storage: Vec<u8>,
    start: usize,
}

/// Room a chunk keeps past `CHUNK` for the record that crosses its end, so that appending it
/// does not move the storage (which may lose the alignment, and cost a copy to regain it).
const SLACK: usize = 64 << 10;

impl Chunk {
    fn new() -> Chunk {
        let mut storage: Vec<u8> = Vec::with_capacity(CHUNK + BLOCK + SLACK);
        // `align_offset` may in principle decline (usize::MAX); then the chunk is unaligned and
        // direct writes fail with EINVAL, which falls back to ordinary writes.
        let start = storage.as_ptr().align_offset(BLOCK).min(BLOCK);
        storage.resize(start, 0);
        Chunk { storage, start }
    }

    /// How many bytes the chunk holds.
    fn len(&self) -> usize {
        self.storage.len() - self.start
    }

    fn bytes(&self) -> &[u8] {
        &self.storage[self.start..]
    }

    /// Empties the chunk for reuse.
    fn clear(&mut self) {
        self.storage.truncate(self.start);
    }

    /// The chunk, its bytes still at an aligned address: itself, or — when a record too large
    /// for the slack made the storage move — a copy in fresh storage.
    fn aligned(self) -> Chunk {
        if (self.storage.as_ptr() as usize + self.start).is_multiple_of(BLOCK) {
            return self;
        }
        let mut fresh = Chunk::new();
        fresh.storage.extend_from_slice(self.bytes());
        fresh
    }
}

/// The helper thread of a large file: takes full chunks, writes them in order, hands the emptied
/// chunks back (so a file needs three chunks at most: one filling, one queued, one writing).
struct Background {
    full: std::sync::mpsc::SyncSender<Chunk>,
    empty: std::sync::mpsc::Receiver<Chunk>,
    thread: std::thread::JoinHandle<std::io::Result<()>>,
}

impl Background {
    fn start(file: &File) -> std::io::Result<Background> {
        let mut file = file.try_clone()?;
        let (full, to_write) = std::sync::mpsc::sync_channel::<Chunk>(1);
        let (give_back, empty) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new().name("kgraph-write".into()).spawn(move || {
            let mut direct = set_direct(&file, true);
            for mut chunk in to_write {
                write_chunk(&mut file, chunk.bytes(), &mut direct)?;
                chunk.clear();
                let _ = give_back.send(chunk);
            }
            if direct {
                set_direct(&file, false);
            }
            Ok(())
        })?;
        Ok(Background { full, empty, thread })
    }

    /// Waits for every chunk sent to be written; the first error, if any.
    fn finish(self) -> std::io::Result<()> {
        drop(self.full);
        self.thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    }
}

/// Writes `bytes` at the file's offset; with `direct` set, falls back to ordinary writes (and
/// clears it) when the file system refuses one — it may take the flag and still refuse a write,
/// and a short write leaves the offset unaligned.
fn write_chunk(file: &mut File, bytes: &[u8], direct: &mut bool) -> std::io::Result<()> {
    let mut done = 0;
    while done < bytes.len() {
        match file.write(&bytes[done..]) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => done += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            // EINVAL, which the standard library reports as `InvalidInput`.
            Err(e) if *direct && e.kind() == std::io::ErrorKind::InvalidInput => {
                set_direct(file, false);
                *direct = false;
            }
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

impl ChunkWriter {
    fn new(file: File) -> ChunkWriter {
        ChunkWriter { file, chunk: Chunk::new(), background: None }
    }

    /// Hands the full chunk's first `CHUNK` bytes to the helper thread (starting it), and
    /// carries any bytes past them over to an empty chunk.
    fn pass_on(&mut self) -> std::io::Result<()> {
        let background = match &self.background {
            Some(background) => background,
            None => self.background.insert(Background::start(&self.file)?),
        };
        let fresh = background.empty.try_recv().unwrap_or_else(|_| Chunk::new());
        let mut full = std::mem::replace(&mut self.chunk, fresh);
        let end = full.start + CHUNK;
        self.chunk.storage.extend_from_slice(&full.storage[end..]);
        full.storage.truncate(end);
        if background.full.send(full.aligned()).is_ok() {
            return Ok(());
        }
        // The thread stopped on an error: that error.
        match self.background.take().map(Background::finish) {
            Some(Err(e)) => Err(e),
            _ => Err(std::io::Error::other("the writer thread stopped")),
        }
    }

    /// Passes on every full chunk (a record larger than a chunk fills more than one).
    fn ship(&mut self) -> std::io::Result<()> {
        while self.chunk.len() >= CHUNK {
            self.pass_on()?;
        }
        Ok(())
    }

    /// Writes the remaining bytes (the last block is unaligned, so without direct I/O) and hands
    /// the file back for syncing.
    fn finish(mut self) -> std::io::Result<File> {
        if let Some(background) = self.background.take() {
            background.finish()?;
        }
        write_chunk(&mut self.file, self.chunk.bytes(), &mut false)?;
        Ok(self.file)
    }
}

impl Write for ChunkWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut rest = buf;
        while !rest.is_empty() {
            let take = CHUNK.saturating_sub(self.chunk.len()).min(rest.len());
            self.chunk.storage.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            self.ship()?;
        }
        Ok(buf.len())
    }

    /// Keeps the bytes: nobody can read the temporary file, and [`AtomicFile::commit`] writes
    /// them out (writing a partial chunk now would misalign every later direct write).
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Turns direct I/O on or off for an open file; whether the file system took it.
#[cfg(target_os = "linux")]
fn set_direct(file: &File, on: bool) -> bool {
    use std::os::fd::AsRawFd;
    let fd = file.as_raw_fd();
    // SAFETY: fcntl with F_GETFL/F_SETFL only reads and sets the descriptor's status flags; the
    // descriptor is open for the duration of the calls (owned by `file`).
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        if flags < 0 {
            return false;
        }
        let wanted = if on { flags | libc::O_DIRECT } else { flags & !libc::O_DIRECT };
        libc::fcntl(fd, libc::F_SETFL, wanted) == 0
    }
}

#[cfg(not(target_os = "linux"))]
fn set_direct(_file: &File, _on: bool) -> bool {
    false
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

/// Where an exporter renders its records: a byte buffer it appends to and the output takes over
/// once it holds `limit` bytes ([`Output::buffer`], then [`Output::ship`]). A file lends its own
/// aligned write chunk, so a record is rendered where the disk reads it, not copied there;
/// every exporter renders its edges this way, hundreds of MB at corpus scale. Headers and
/// small pieces go through [`Write`], in order with the rendered bytes.
pub trait Output: Write {
    /// The buffer to append to (append only: what it holds belongs to the output), and the
    /// length from which to call [`Output::ship`].
    fn buffer(&mut self) -> std::io::Result<(&mut Vec<u8>, usize)>;

    /// Takes over what the buffer holds; then ask for the buffer again.
    fn ship(&mut self) -> std::io::Result<()>;
}

/// Output into memory: the vector is the buffer, and it is never full.
impl Output for Vec<u8> {
    fn buffer(&mut self) -> std::io::Result<(&mut Vec<u8>, usize)> {
        Ok((self, usize::MAX))
    }

    fn ship(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Output for AtomicFile {
    fn buffer(&mut self) -> std::io::Result<(&mut Vec<u8>, usize)> {
        match self.writer.as_mut() {
            Some(w) => Ok((&mut w.chunk.storage, w.chunk.start + CHUNK)),
            None => Err(std::io::Error::other("file already committed")),
        }
    }

    fn ship(&mut self) -> std::io::Result<()> {
        match self.writer.as_mut() {
            Some(w) => w.ship(),
            None => Err(std::io::Error::other("file already committed")),
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if let Some(writer) = self.writer.take() {
            // Stop the helper thread before the file goes, so nothing writes on after the drop.
            if let Some(background) = writer.background {
                let _ = background.finish();
            }
            let _ = fs::remove_file(&self.temp);
        }
    }
}

/// Writes a whole file atomically with a writer function.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut dyn Output) -> std::io::Result<()>,
) -> Result<()> {
    let mut file = AtomicFile::create(path)?;
    write(&mut file).map_err(|e| Error::io(path, e))?;
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `contents` over an old file and drops it uncommitted: the old file must stay,
    /// and no temporary file. Returns the old file's path.
    fn drop_uncommitted(dir: &Path, contents: &[u8]) -> PathBuf {
        let path = dir.join("a.txt");
        fs::write(&path, "old").unwrap();
        {
            let mut f = AtomicFile::create(&path).unwrap();
            f.write_all(contents).unwrap();
            // dropped without commit
        }
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir).unwrap().count(), 1, "no temporary files remain");
        path
    }

    #[test]
    fn commit_replaces_and_drop_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = drop_uncommitted(dir.path(), b"half");
        write_atomic(&path, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().filter_map(|e| e.ok()).collect();
        assert_eq!(leftovers.len(), 1, "no temporary files remain");
    }

    /// Bytes that show any misplaced, lost or repeated chunk: no 4-byte window repeats.
    fn pattern(len: usize) -> Vec<u8> {
        (0..len as u32).step_by(4).flat_map(u32::to_le_bytes).take(len).collect()
    }

    /// Writes `data` through an atomic file in pieces of uneven sizes, alternately written
    /// ([`Write`]) and rendered into its buffer ([`Output`]; among them pieces larger than a
    /// chunk's slack, which move its storage, and than a chunk), and reads it back.
    fn round_trip(dir: &Path, data: &[u8]) -> Vec<u8> {
        let path = dir.join("big.bin");
        let mut f = AtomicFile::create(&path).unwrap();
        let mut rest = data;
        let sizes = [1, 4095, 70_000, CHUNK, 3, CHUNK + 17, 2 * SLACK + 5, 100];
        for (i, size) in sizes.iter().cycle().enumerate() {
            if rest.is_empty() {
                break;
            }
            let take = (*size).min(rest.len());
            if i % 2 == 0 {
                f.write_all(&rest[..take]).unwrap();
            } else {
                let (buf, limit) = f.buffer().unwrap();
                buf.extend_from_slice(&rest[..take]);
                if buf.len() >= limit {
                    f.ship().unwrap();
                }
            }
            rest = &rest[take..];
        }
        f.flush().unwrap();
        f.commit().unwrap();
        fs::read(&path).unwrap()
    }

    #[test]
    fn large_files_written_in_chunks_keep_every_byte_in_order() {
        let dir = tempfile::tempdir().unwrap();
        for len in [0, 10, CHUNK - 1, CHUNK, CHUNK + 1, 5 * CHUNK + 4097, 7 * CHUNK] {
            let data = pattern(len);
            assert!(round_trip(dir.path(), &data) == data, "{len} bytes came back changed");
        }
    }

    #[test]
    fn a_chunk_whose_bytes_lost_their_alignment_is_realigned_for_direct_io() {
        // As after a record too large for the slack moved the storage: bytes one past an
        // aligned address.
        let mut chunk = Chunk::new();
        chunk.storage.push(0);
        chunk.start += 1;
        let data = pattern(3 * SLACK);
        chunk.storage.extend_from_slice(&data);
        let chunk = chunk.aligned();
        assert_eq!(chunk.bytes().as_ptr() as usize % BLOCK, 0);
        assert!(chunk.bytes() == data);
    }

    #[test]
    fn file_systems_without_direct_io_get_ordinary_writes() {
        // tmpfs refuses O_DIRECT on most kernels: the writer must fall back, not fail.
        let shm = Path::new("/dev/shm");
        if !shm.is_dir() {
            return;
        }
        let dir = tempfile::tempdir_in(shm).unwrap();
        let data = pattern(3 * CHUNK + 123);
        assert!(round_trip(dir.path(), &data) == data);
    }

    #[test]
    fn dropping_a_large_file_uncommitted_keeps_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        drop_uncommitted(dir.path(), &pattern(4 * CHUNK));
    }
}
