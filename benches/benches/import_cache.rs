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
//!
//! The bench runs under mimalloc, the allocator of the `pyvm` binary: both paths allocate a
//! lot (code objects, names, AST), and the figures should be the ones an import sees.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use pyvm_benches::import_cache::{compile_file, prepare};
use pyvm_compiler::pyc_cache::load_cached;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
