//! `import_cache_ratio [ROUNDS]`: the `import_cache` bench's comparison in a form that holds
//! up on a loaded machine. For each module, ROUNDS (default 40) rounds each time one compile
//! from source and one load from the pyc back to back, and the minimum of each is kept (the
//! run least disturbed by other processes); prints both minima, their ratio and the medians.
//! Runs under mimalloc, as `pyvm` does.

use std::hint::black_box;
use std::time::{Duration, Instant};

use pyvm_benches::import_cache::{compile_file, prepare};
use pyvm_compiler::pyc_cache::load_cached;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn time<T>(f: impl FnOnce() -> T) -> Duration {
    let t = Instant::now();
    black_box(f());
    t.elapsed()
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(40);
    let scratch = std::env::temp_dir().join(format!("pyvm-cache-ratio-{}", std::process::id()));
    if std::fs::create_dir_all(&scratch).is_err() {
        eprintln!("cannot create {}", scratch.display());
        return;
    }
    println!(
        "{:<14} {:>9} {:>12} {:>12} {:>7} {:>12} {:>12}",
        "module", "bytes", "source min", "pyc min", "ratio", "source med", "pyc med"
    );
    for m in prepare(&scratch) {
        let (mut source, mut pyc) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            source.push(time(|| compile_file(&m.path)));
            pyc.push(time(|| load_cached(&m.path, m.mtime, m.size)));
        }
        let smin = source.iter().min().copied().unwrap_or_default();
        let pmin = pyc.iter().min().copied().unwrap_or_default();
        println!(
            "{:<14} {:>9} {:>10.2}ms {:>10.3}ms {:>6.1}x {:>10.2}ms {:>10.3}ms",
            m.name,
            m.bytes,
            smin.as_secs_f64() * 1e3,
            pmin.as_secs_f64() * 1e3,
            smin.as_secs_f64() / pmin.as_secs_f64().max(1e-12),
            median(&mut source).as_secs_f64() * 1e3,
            median(&mut pyc).as_secs_f64() * 1e3,
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
