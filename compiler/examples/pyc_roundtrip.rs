//! Compiles Python files, writes each one's pyvm pyc next to it (`__pycache__/NAME.pyvm-312.pyc`),
//! loads it back and checks it equals the freshly compiled code:
//!
//! ```text
//! cargo run -p pyvm-compiler --example pyc_roundtrip -- file.py [more.py ...]
//! ```

use std::path::Path;

use pyvm_compiler::pyc_cache::{load_cached, write_cached_atomically};

fn main() {
    let mut failures = 0;
    for arg in std::env::args().skip(1) {
        let path = Path::new(&arg);
        let (bytes, meta) = match (std::fs::read(path), std::fs::metadata(path)) {
            (Ok(b), Ok(m)) => (b, m),
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("{arg}: {e}");
                failures += 1;
                continue;
            }
        };
        let mtime = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_secs() as u32);
        let size = meta.len() as u32;
        let Ok(src) = pyvm_lexer::decode_source(&bytes) else {
            eprintln!("{arg}: cannot decode source");
            failures += 1;
            continue;
        };
        let code = match pyvm_compiler::compile(&src, &arg, pyvm_parser::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                eprintln!("{arg}: {e}");
                failures += 1;
                continue;
            }
        };
        match write_cached_atomically(path, &code, mtime, size) {
            Ok(pyc) => {
                let len = std::fs::metadata(&pyc).map_or(0, |m| m.len());
                let same = load_cached(path, mtime, size).is_some_and(|c| c == *code);
                println!(
                    "{arg}: {} ({len} bytes) {}",
                    pyc.display(),
                    if same { "ok" } else { "MISMATCH" }
                );
                if !same {
                    failures += 1;
                }
            }
            Err(e) => {
                eprintln!("{arg}: could not write pyc: {e}");
                failures += 1;
            }
        }
    }
    std::process::exit(i32::from(failures > 0));
}
