//! The write/read cycle of cached pycs in a temporary directory: freshness checks, damaged
//! files, an unwritable cache directory and concurrent writers and readers.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use pyvm_compiler::code::CodeObject;
use pyvm_compiler::pyc_cache::{cache_from_source, load_cached, write_cached_atomically};

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);
impl TempDir {
    fn new(tag: &str) -> TempDir {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let p = std::env::temp_dir().join(format!("pyvm-pyc-{tag}-{}-{nanos}", std::process::id()));
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }
}
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn compile(src: &str, name: &Path) -> CodeObject {
    let code = pyvm_compiler::compile(src, &name.to_string_lossy(), pyvm_parser::Mode::Exec)
        .expect("compiles");
    (*code).clone()
}

fn source(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).expect("write source");
    p
}

#[test]
fn write_then_load() {
    let tmp = TempDir::new("cycle");
    let src = source(
        &tmp.0,
        "m.py",
        "def f(x):\n    return x * 2\nprint(f(21))\n",
    );
    let code = compile("def f(x):\n    return x * 2\nprint(f(21))\n", &src);
    let pyc = write_cached_atomically(&src, &code, 1234, 40).expect("written");
    assert_eq!(pyc, tmp.0.join("__pycache__/m.pyvm-312.pyc"));
    assert!(pyc.is_file());
    assert_eq!(load_cached(&src, 1234, 40).as_ref(), Some(&code));
    // stale mtime or size: recompile
    assert_eq!(load_cached(&src, 1235, 40), None);
    assert_eq!(load_cached(&src, 1234, 41), None);
    // no temporary files left behind
    let entries: Vec<_> = std::fs::read_dir(tmp.0.join("__pycache__"))
        .expect("dir")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(entries.len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&pyc).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode & 0o200, 0o200, "owner-writable");
        assert_eq!(mode & 0o111, 0, "no exec bits");
    }
}

#[test]
fn damaged_pycs_are_ignored() {
    let tmp = TempDir::new("damaged");
    let src = source(&tmp.0, "d.py", "x = [1, 2, 3]\n");
    let code = compile("x = [1, 2, 3]\n", &src);
    let pyc = write_cached_atomically(&src, &code, 7, 14).expect("written");
    let good = std::fs::read(&pyc).expect("read");
    // truncated anywhere
    for n in [0, 3, 15, 16, 17, good.len() / 2, good.len() - 1] {
        std::fs::write(&pyc, &good[..n]).expect("write");
        assert_eq!(load_cached(&src, 7, 14), None, "truncated at {n}");
    }
    // bad magic (CPython 3.12's)
    let mut bad = good.clone();
    bad[..4].copy_from_slice(b"\xcb\x0d\x0d\x0a");
    std::fs::write(&pyc, &bad).expect("write");
    assert_eq!(load_cached(&src, 7, 14), None);
    // missing
    std::fs::remove_file(&pyc).expect("rm");
    assert_eq!(load_cached(&src, 7, 14), None);
}

#[test]
fn pycache_that_is_a_file_is_an_error() {
    let tmp = TempDir::new("file");
    let src = source(&tmp.0, "f.py", "pass\n");
    std::fs::write(tmp.0.join("__pycache__"), b"not a dir").expect("write");
    let code = compile("pass\n", &src);
    assert!(write_cached_atomically(&src, &code, 1, 5).is_err());
    assert_eq!(load_cached(&src, 1, 5), None);
}

#[test]
fn missing_directories_are_created() {
    let tmp = TempDir::new("dirs");
    let src = tmp.0.join("pkg/sub/mod.py");
    let code = compile("y = 2\n", &src);
    let target = cache_from_source(&src, Some("2"), Some(&tmp.0.join("prefix"))).expect("path");
    pyvm_compiler::pyc_cache::write_pyc_atomically(&src, &target, &code, 3, 6).expect("written");
    assert_eq!(
        pyvm_compiler::pyc_cache::load_pyc(&target, 3, 6).as_ref(),
        Some(&code)
    );
}

#[test]
fn concurrent_writers_and_readers() {
    let tmp = TempDir::new("race");
    let text = "import os\nclass A:\n    def m(self):\n        return [i * i for i in range(10)]\n";
    let src = source(&tmp.0, "race.py", text);
    let code = compile(text, &src);
    let stop = Arc::new(AtomicBool::new(false));
    let loads = Arc::new(AtomicUsize::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let src = src.clone();
        let code = code.clone();
        // CodeObject holds Rc, so each thread serializes its own copy from bytes
        let bytes = pyvm_compiler::serialize::code_to_marshal(&code);
        drop(code);
        handles.push(std::thread::spawn(move || {
            let code = pyvm_compiler::serialize::code_from_marshal(&bytes).expect("valid");
            for _ in 0..200 {
                write_cached_atomically(&src, &code, 99, 77).expect("write");
            }
        }));
    }
    let mut readers = Vec::new();
    for _ in 0..2 {
        let src = src.clone();
        let stop = Arc::clone(&stop);
        let loads = Arc::clone(&loads);
        let expected = pyvm_compiler::serialize::code_to_marshal(&code);
        readers.push(std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Some(c) = load_cached(&src, 99, 77) {
                    assert_eq!(pyvm_compiler::serialize::code_to_marshal(&c), expected);
                    loads.fetch_add(1, Ordering::Relaxed);
                }
            }
        }));
    }
    for h in handles {
        h.join().expect("writer");
    }
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        r.join().expect("reader");
    }
    assert_eq!(load_cached(&src, 99, 77).as_ref(), Some(&code));
    let leftovers = std::fs::read_dir(tmp.0.join("__pycache__"))
        .expect("dir")
        .count();
    assert_eq!(leftovers, 1, "temporary files left behind");
}
