//! The filesystem side of bytecode caching: where a module's pyc lives, reading it back when it
//! is still fresh, and writing it so that no reader ever sees half a file.
//!
//! The path rules are importlib's (`cache_from_source` / `source_from_cache` in
//! `importlib/_bootstrap_external.py`, POSIX flavour), with pyvm's [`CACHE_TAG`], so the error
//! messages and edge cases (`noext` → `noextpyvm-312.pyc`, `.hidden` → `hidden.pyvm-312.pyc`)
//! are CPython's. Paths are handled as text; a path that is not valid UTF-8 is converted
//! lossily.
//!
//! Nothing here looks at the environment: whether to write at all (`-B`,
//! `PYTHONDONTWRITEBYTECODE`, `sys.dont_write_bytecode`), the optimization level and
//! `sys.pycache_prefix` are the import system's decisions, passed in as arguments. Likewise,
//! as in CPython, a failed write is reported to the caller, which is expected to ignore it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::code::CodeObject;
use crate::serialize::{code_from_pyc, pyc_bytes, CACHE_TAG};

/// A `ValueError` raised by importlib's path functions; `Display` is CPython's message.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct CachePathError(pub String);

const PYCACHE: &str = "__pycache__";
const OPT: &str = "opt-";

fn path_text(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// importlib's `_path_split`: at the last `/`, without normalisation.
fn split(path: &str) -> (&str, &str) {
    match path.rfind('/') {
        Some(i) => (&path[..i], &path[i + 1..]),
        None => ("", path),
    }
}

/// importlib's POSIX `_path_join`: non-empty parts, trailing slashes stripped, joined by `/`.
fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| p.trim_end_matches('/'))
        .collect::<Vec<_>>()
        .join("/")
}

/// Python's `str.isalnum()` (false for the empty string).
fn is_alnum(s: &str) -> bool {
    !s.is_empty() && s.chars().all(char::is_alphanumeric)
}

/// Python's `repr()` of a str, enough for file names in messages.
fn py_repr(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let mut out = String::from("'");
        for c in s.chars() {
            match c {
                '\'' => out.push_str("\\'"),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                c => out.push(c),
            }
        }
        out.push('\'');
        out
    }
}

/// `importlib.util.cache_from_source(path, optimization=...)` with `sys.pycache_prefix` =
/// `pycache_prefix`: `DIR/__pycache__/NAME.pyvm-312[.opt-N].pyc`, or with a prefix
/// `PREFIX/<absolute DIR without its leading />/NAME.pyvm-312[.opt-N].pyc`. `optimization` is
/// the already-stringified level (`None` or `""`: none); a non-alphanumeric one is CPython's
/// `ValueError`.
pub fn cache_from_source(
    path: &Path,
    optimization: Option<&str>,
    pycache_prefix: Option<&Path>,
) -> Result<PathBuf, CachePathError> {
    let path = path_text(path);
    let (head, tail) = split(&path);
    let (base, sep, rest) = match tail.rfind('.') {
        Some(i) => (&tail[..i], ".", &tail[i + 1..]),
        None => ("", "", tail),
    };
    let mut almost = format!(
        "{}{sep}{CACHE_TAG}",
        if base.is_empty() { rest } else { base }
    );
    if let Some(opt) = optimization.filter(|o| !o.is_empty()) {
        if !is_alnum(opt) {
            return Err(CachePathError(format!(
                "{} is not alphanumeric",
                py_repr(opt)
            )));
        }
        almost = format!("{almost}.{OPT}{opt}");
    }
    let filename = format!("{almost}.pyc");
    match pycache_prefix {
        None => Ok(PathBuf::from(join(&[head, PYCACHE, &filename]))),
        Some(prefix) => {
            let abs = if head.starts_with('/') {
                head.to_owned()
            } else {
                let cwd = std::env::current_dir()
                    .map(|p| path_text(&p))
                    .unwrap_or_default();
                join(&[&cwd, head.strip_prefix("./").unwrap_or(head)])
            };
            let prefix = path_text(prefix);
            Ok(PathBuf::from(join(&[
                &prefix,
                abs.trim_start_matches('/'),
                &filename,
            ])))
        }
    }
}

/// `importlib.util.source_from_cache(path)`: the `.py` a pyc was compiled from (no filesystem
/// access; the tag is not compared with [`CACHE_TAG`], as in CPython).
pub fn source_from_cache(
    path: &Path,
    pycache_prefix: Option<&Path>,
) -> Result<PathBuf, CachePathError> {
    let text = path_text(path);
    let (mut head, pycache_filename) = split(&text);
    let mut found_in_prefix = false;
    let stripped_prefix;
    if let Some(prefix) = pycache_prefix {
        stripped_prefix = path_text(prefix).trim_end_matches('/').to_owned();
        if head.starts_with(&format!("{stripped_prefix}/")) {
            head = &head[stripped_prefix.len()..];
            found_in_prefix = true;
        }
    }
    if !found_in_prefix {
        let (h, pycache) = split(head);
        if pycache != PYCACHE {
            return Err(CachePathError(format!(
                "{PYCACHE} not bottom-level directory in {}",
                py_repr(&text)
            )));
        }
        head = h;
    }
    let dots = pycache_filename.matches('.').count();
    if dots != 2 && dots != 3 {
        return Err(CachePathError(format!(
            "expected only 2 or 3 dots in {}",
            py_repr(pycache_filename)
        )));
    }
    if dots == 3 {
        let optimization = pycache_filename.rsplit('.').nth(1).unwrap_or("");
        let Some(level) = optimization.strip_prefix(OPT) else {
            return Err(CachePathError(format!(
                "optimization portion of filename does not start with {}",
                py_repr(OPT)
            )));
        };
        if !is_alnum(level) {
            return Err(CachePathError(format!(
                "optimization level {} is not an alphanumeric value",
                py_repr(optimization)
            )));
        }
    }
    let base = pycache_filename.split('.').next().unwrap_or("");
    Ok(PathBuf::from(join(&[head, &format!("{base}.py")])))
}

/// The code cached for `source_path` (at its default pyc path, no optimization level and no
/// prefix), if the pyc exists, carries pyvm's magic, records exactly `mtime` and `size` (the
/// source's, masked to 32 bits as CPython does) and holds a valid code object. Anything else
/// is `None`: the caller recompiles, as CPython does.
pub fn load_cached(source_path: &Path, mtime: u32, size: u32) -> Option<CodeObject> {
    let pyc = cache_from_source(source_path, None, None).ok()?;
    load_pyc(&pyc, mtime, size)
}

/// [`load_cached`] for an explicit pyc path (optimization levels, `pycache_prefix`).
pub fn load_pyc(pyc_path: &Path, mtime: u32, size: u32) -> Option<CodeObject> {
    let bytes = std::fs::read(pyc_path).ok()?;
    code_from_pyc(&bytes, mtime, size).ok()
}

/// Writes the pyc of `source_path` at its default path; see [`write_pyc_atomically`].
pub fn write_cached_atomically(
    source_path: &Path,
    code: &CodeObject,
    mtime: u32,
    size: u32,
) -> io::Result<PathBuf> {
    let pyc = cache_from_source(source_path, None, None)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.0))?;
    write_pyc_atomically(source_path, &pyc, code, mtime, size)?;
    Ok(pyc)
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `code` to `pyc_path` as importlib's `_write_atomic` does: missing directories are
/// created (mode 0o777 minus umask, a concurrent creator winning the race is fine), the data
/// goes to a fresh temporary file next to the target (created exclusively, mode = the source's
/// mode | 0o200, masked to 0o666, minus umask), which is then renamed over the target, so
/// readers see the old file or the new one, never a partial one. On error the temporary file
/// is removed and the error returned (callers ignore it, as CPython).
pub fn write_pyc_atomically(
    source_path: &Path,
    pyc_path: &Path,
    code: &CodeObject,
    mtime: u32,
    size: u32,
) -> io::Result<()> {
    let mode = source_mode(source_path);
    if let Some(dir) = pyc_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_dirs(dir)?;
    }
    let data = pyc_bytes(code, mtime, size);
    let unique = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let mut tmp_name = pyc_path.as_os_str().to_owned();
    tmp_name.push(format!(".{}{unique}{nanos}", std::process::id()));
    let tmp = PathBuf::from(tmp_name);
    let result = (|| {
        let mut f = open_exclusive(&tmp, mode)?;
        f.write_all(&data)?;
        drop(f);
        std::fs::rename(&tmp, pyc_path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// importlib's `_calc_mode`: the source's permission bits plus owner-write, 0o666 if the
/// source cannot be stat'ed.
fn source_mode(source: &Path) -> u32 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        match std::fs::metadata(source) {
            Ok(m) => (m.permissions().mode() | 0o200) & 0o666,
            Err(_) => 0o666,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = source;
        0o666
    }
}

fn open_exclusive(path: &Path, mode: u32) -> io::Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    opts.open(path)
}

/// importlib's `set_data` directory walk: collect the missing ancestors, create them top-down.
fn create_dirs(dir: &Path) -> io::Result<()> {
    let mut missing = Vec::new();
    let mut cur = dir;
    while !cur.is_dir() {
        missing.push(cur);
        match cur.parent() {
            Some(p) if !p.as_os_str().is_empty() => cur = p,
            _ => break,
        }
    }
    for d in missing.into_iter().rev() {
        match std::fs::create_dir(d) {
            Ok(()) => {}
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && d.is_dir() => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}
