//! Getting a module's code: from its cached pyc when that is fresh, else by compiling the
//! source and (when allowed) writing the pyc; legacy sourceless pycs. This is importlib's
//! `SourceLoader.get_code` / `SourceFileLoader.set_data` / `SourcelessFileLoader`, with the
//! `-v` messages CPython 3.12 prints (`# code object from ...`, `# created ...`,
//! `# could not create ...`, `# bytecode is stale for ...`).
//!
//! One deliberate difference: a pyc whose header is valid but whose body does not decode is
//! recompiled (and rewritten) instead of failing the import as CPython does; our writer never
//! produces such a file (it renames complete files into place), so such a pyc can only be
//! damage, and replacing it is the useful answer.

use std::io::Write;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use pyvm_compiler::code::{CodeObject, Constant};
use pyvm_compiler::serialize::{code_from_marshal, code_from_pyc, pyc_bytes, PycError, MAGIC};

use super::spec::py_repr;
use super::trace;
use crate::error::{PyErr, PyResult};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// `sys.pycache_prefix` as a path, if set to a non-empty str.
fn pycache_prefix(vm: &Vm) -> Option<String> {
    vm.sys_attr("pycache_prefix")
        .and_then(|v| v.as_pystr().map(|s| s.to_rust().into_owned()))
        .filter(|s| !s.is_empty())
}

/// The pyc path for a source (`cache_from_source` with the current `sys.pycache_prefix`).
pub(crate) fn cache_path(vm: &Vm, source: &str) -> Option<String> {
    let prefix = pycache_prefix(vm);
    pyvm_compiler::pyc_cache::cache_from_source(
        Path::new(source),
        None,
        prefix.as_deref().map(Path::new),
    )
    .ok()
    .map(|p| p.to_string_lossy().into_owned())
}

/// Python's `repr()` of bytes (for the bad-magic message).
fn bytes_repr(b: &[u8]) -> String {
    let mut s = String::from("b'");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\'' => s.push_str("\\'"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('\'');
    s
}

/// The code object `code` with `co_filename` set to `path` everywhere (importlib's
/// `_fix_co_filename`), when it was compiled under another name (a moved tree).
fn with_filename(code: &CodeObject, path: &Rc<str>) -> CodeObject {
    let mut c = code.clone();
    c.filename = path.clone();
    c.constants = c
        .constants
        .iter()
        .map(|k| match k {
            Constant::Code(inner) => Constant::Code(Rc::new(with_filename(inner, path))),
            other => other.clone(),
        })
        .collect();
    c
}

fn fix_filename(code: CodeObject, path: &str) -> Rc<CodeObject> {
    if &*code.filename == path {
        Rc::new(code)
    } else {
        Rc::new(with_filename(&code, &Rc::from(path)))
    }
}

/// Reads and compiles a source file (a `SyntaxError` as CPython reports it).
fn compile_source(vm: &mut Vm, path: &str) -> PyResult<Rc<CodeObject>> {
    let bytes =
        std::fs::read(path).map_err(|e| super::os_error(vm, &e, Some(&Value::str(path))))?;
    let text = match pyvm_lexer::decode_source(&bytes) {
        Ok(t) => t.into_owned(),
        Err(e) => {
            return Err(PyErr::new(&types().syntax_error, e.message(path)));
        }
    };
    crate::exec::compile_source(vm, &text, path, pyvm_parser::Mode::Exec)
}

/// `SourceLoader.get_code`: the cached code if the pyc matches the source's mtime and size,
/// else the freshly compiled code (written to `cached` unless writing is off).
pub(crate) fn source_code(
    vm: &mut Vm,
    name: &str,
    path: &str,
    cached: Option<&str>,
) -> PyResult<Rc<CodeObject>> {
    let stats = std::fs::metadata(path).ok().map(|m| {
        #[cfg(unix)]
        let mtime = {
            use std::os::unix::fs::MetadataExt;
            m.mtime() as u32
        };
        #[cfg(not(unix))]
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs() as u32);
        (mtime, m.len() as u32)
    });
    if let (Some(pyc), Some((mtime, size))) = (cached, stats) {
        if let Ok(data) = std::fs::read(pyc) {
            if data.get(..4) != Some(&MAGIC[..]) {
                let shown = bytes_repr(data.get(..4).unwrap_or(&data));
                trace(
                    vm,
                    1,
                    &format!("# bad magic number in {}: {shown}", py_repr(name)),
                );
            } else {
                match code_from_pyc(&data, mtime, size) {
                    Ok(code) => {
                        trace(vm, 1, &format!("# {pyc} matches {path}"));
                        trace(vm, 1, &format!("# code object from {}", py_repr(pyc)));
                        return Ok(fix_filename(code, path));
                    }
                    Err(PycError::Truncated) => trace(
                        vm,
                        1,
                        &format!(
                            "# reached EOF while reading pyc header of {}",
                            py_repr(name)
                        ),
                    ),
                    Err(PycError::BadFlags(f)) => {
                        trace(vm, 1, &format!("# invalid flags {f} in {}", py_repr(name)))
                    }
                    Err(PycError::StaleMtime | PycError::StaleSize) => {
                        trace(vm, 1, &format!("# bytecode is stale for {}", py_repr(name)))
                    }
                    Err(_) => {}
                }
            }
        }
    }
    let code = compile_source(vm, path)?;
    trace(vm, 1, &format!("# code object from {path}"));
    if let (Some(pyc), Some((mtime, size))) = (cached, stats) {
        if !dont_write(vm) {
            write_pyc(vm, path, pyc, &code, mtime, size);
        }
    }
    Ok(code)
}

/// `sys.dont_write_bytecode`, read at write time as CPython does.
fn dont_write(vm: &mut Vm) -> bool {
    match vm.sys_attr("dont_write_bytecode") {
        Some(v) => vm.truthy(&v).unwrap_or(true),
        None => false,
    }
}

static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// `repr()` of the `OSError` CPython would raise for `e` (`NotADirectoryError(20, 'Not a
/// directory')`), for the `-v` message.
fn os_error_repr(e: &std::io::Error) -> String {
    let errno = e.raw_os_error().unwrap_or(0);
    let cls = match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        _ => "OSError",
    };
    let full = e.to_string();
    let strerror = full.split(" (os error").next().unwrap_or(&full);
    format!("{cls}({errno}, {})", py_repr(strerror))
}

/// `SourceFileLoader.set_data`: creates missing directories, then writes through a temporary
/// file renamed into place. Every failure is reported under `-v` and otherwise ignored.
fn write_pyc(vm: &mut Vm, source: &str, pyc: &str, code: &CodeObject, mtime: u32, size: u32) {
    let pyc_path = Path::new(pyc);
    if let Some(parent) = pyc_path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let mut missing = Vec::new();
        let mut cur = parent;
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
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    let msg = format!(
                        "# could not create {}: {}",
                        py_repr(&d.to_string_lossy()),
                        os_error_repr(&e)
                    );
                    trace(vm, 1, &msg);
                    return;
                }
            }
        }
    }
    let data = pyc_bytes(code, mtime, size);
    match write_atomic(source, pyc_path, &data) {
        Ok(()) => trace(vm, 1, &format!("# created {}", py_repr(pyc))),
        Err(e) => {
            let msg = format!("# could not create {}: {}", py_repr(pyc), os_error_repr(&e));
            trace(vm, 1, &msg);
        }
    }
}

/// `_write_atomic`: exclusive temporary file with the source's mode (plus owner-write, masked
/// to 0o666), all data, rename over the target; the temporary file is removed on failure.
fn write_atomic(source: &str, target: &Path, data: &[u8]) -> std::io::Result<()> {
    let unique = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut tmp = target.as_os_str().to_owned();
    tmp.push(format!(".{}{unique}", std::process::id()));
    let tmp = std::path::PathBuf::from(tmp);
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        let mode = std::fs::metadata(source)
            .map(|m| (m.permissions().mode() | 0o200) & 0o666)
            .unwrap_or(0o666);
        opts.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = source;
    let result = opts.open(&tmp).and_then(|mut f| {
        f.write_all(data)?;
        drop(f);
        std::fs::rename(&tmp, target)
    });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// `SourcelessFileLoader.get_code`: a legacy pyc, header checked but never its mtime or size;
/// errors propagate (there is no source to fall back on).
pub(crate) fn sourceless_code(vm: &mut Vm, name: &str, path: &str) -> PyResult<Rc<CodeObject>> {
    let data = std::fs::read(path).map_err(|e| super::os_error(vm, &e, Some(&Value::str(path))))?;
    let t = types();
    if data.get(..4) != Some(&MAGIC[..]) {
        let shown = bytes_repr(data.get(..4).unwrap_or(&data));
        let msg = format!("bad magic number in {}: {shown}", py_repr(name));
        trace(vm, 1, &format!("# {msg}"));
        let e = PyErr::new(&t.import_error, msg);
        super::set_error_names(&e, Some(name), Some(path));
        return Err(e);
    }
    let Some(header) = data.get(..16) else {
        return Err(PyErr::new(
            &t.eof_error,
            format!("reached EOF while reading pyc header of {}", py_repr(name)),
        ));
    };
    let flags = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
    if flags & !0b11 != 0 {
        let e = PyErr::new(
            &t.import_error,
            format!("invalid flags {flags} in {}", py_repr(name)),
        );
        super::set_error_names(&e, Some(name), Some(path));
        return Err(e);
    }
    match code_from_marshal(&data[16..]) {
        Ok(code) => {
            trace(vm, 1, &format!("# code object from {}", py_repr(path)));
            Ok(Rc::new(code))
        }
        Err(pyvm_compiler::serialize::LoadError::Truncated) => {
            Err(PyErr::new(&t.eof_error, "marshal data too short"))
        }
        Err(_) => Err(PyErr::new(
            &t.value_error,
            "bad marshal data (unknown type code)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_and_error_reprs_are_pythons() {
        assert_eq!(bytes_repr(b"jun\x01"), "b'jun\\x01'");
        let e = std::io::Error::from_raw_os_error(20);
        assert_eq!(
            os_error_repr(&e),
            "NotADirectoryError(20, 'Not a directory')"
        );
    }
}
