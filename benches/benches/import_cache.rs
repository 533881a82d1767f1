//! What the bytecode cache saves: getting a module's code object from its pyc (the path an
//! import takes when `__pycache__` is warm: read the pyc, check the header, validate and
//! rebuild the code) against compiling it from source (read, decode, parse, compile), for a
//! few large standard-library modules. Issue 5 asks for the cached path to be at least 5×
//! faster.
//!
//! The modules are read at bench time from the CPython 3.12 install (`typing.py`, ...) and
//! copied to a temporary directory, where their pycs are written: nothing of CPython's is
//! committed, and its tree is never written to. Without CPython the committed fixtures are
//! used.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyvm_compiler::pyc_cache::{load_cached, write_cached_atomically};

/// The modules measured, by their path under CPython's `Lib/`.
const MODULES: &[&str] = &["typing.py", "argparse.py", "dataclasses.py"];

/// A module copied into the scratch directory, with the header values of its source.
struct Module {
    name: String,
    path: PathBuf,
    mtime: u32,
    size: u32,
    bytes: usize,
}

fn source_stamp(path: &Path) -> Option<(u32, u32)> {
    let meta = std::fs::metadata(path).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs() as u32;
    Some((mtime, meta.len() as u32))
}

fn compile_file(path: &Path) -> Option<std::rc::Rc<pyvm_compiler::code::CodeObject>> {
    let bytes = std::fs::read(path).ok()?;
    let text = pyvm_lexer::decode_source(&bytes).ok()?;
    let name = path.to_string_lossy();
    pyvm_compiler::compile(&text, &name, pyvm_parser::Mode::Exec).ok()
}

/// Copies the modules into `scratch` and writes their pycs there.
fn prepare(scratch: &Path) -> Vec<Module> {
    let sources: Vec<PathBuf> = match pyvm_benches::cpython_stdlib() {
        Some(lib) => MODULES.iter().map(|m| lib.join(m)).collect(),
        None => pyvm_benches::python_files(&pyvm_benches::fixtures_dir()),
    };
    let mut out = Vec::new();
    for src in sources {
        let Some(file_name) = src.file_name() else {
            continue;
        };
        let path = scratch.join(file_name);
        if std::fs::copy(&src, &path).is_err() {
            continue;
        }
        let (Some((mtime, size)), Some(code)) = (source_stamp(&path), compile_file(&path)) else {
            eprintln!("skipping {}: does not compile", src.display());
            continue;
        };
        if write_cached_atomically(&path, &code, mtime, size).is_err()
            || load_cached(&path, mtime, size).is_none()
        {
            eprintln!(
                "skipping {}: pyc not written or not read back",
                src.display()
            );
            continue;
        }
        out.push(Module {
            name: file_name
                .to_string_lossy()
                .trim_end_matches(".py")
                .to_owned(),
            path,
            mtime,
            size,
            bytes: size as usize,
        });
    }
    out
}

fn import_cache(c: &mut Criterion) {
    let scratch = std::env::temp_dir().join(format!("pyvm-bench-import-{}", std::process::id()));
    if std::fs::create_dir_all(&scratch).is_err() {
        eprintln!("cannot create {}", scratch.display());
        return;
    }
    let modules = prepare(&scratch);
    let mut group = c.benchmark_group("import_cache");
    group.sample_size(20);
    for m in &modules {
        group.throughput(Throughput::Bytes(m.bytes as u64));
        group.bench_function(format!("{}/source", m.name), |b| {
            b.iter(|| compile_file(black_box(&m.path)))
        });
        group.bench_function(format!("{}/pyc", m.name), |b| {
            b.iter(|| load_cached(black_box(&m.path), m.mtime, m.size))
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&scratch);
}

criterion_group!(benches, import_cache);
criterion_main!(benches);
