//! Lexes Python files with the parser's token stream and reports token count and throughput.
//!
//! ```text
//! cargo run --release -p pyvm-lexer --example lex_file -- FILE_OR_DIR... [--repeat N]
//! ```
//!
//! Directories are walked for `.py` files. Files are decoded first (not timed); the figure
//! is the lexing of the decoded text only, repeated `N` times (default 20).

use std::path::{Path, PathBuf};
use std::time::Instant;

use pyvm_lexer::{decode_source, LexOptions, Lexer};

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            return;
        };
        let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        entries.sort();
        for p in entries {
            collect(&p, out);
        }
    } else if path.extension().is_some_and(|e| e == "py") {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat = 20usize;
    if let Some(i) = args.iter().position(|a| a == "--repeat") {
        repeat = args
            .get(i + 1)
            .and_then(|n| n.parse().ok())
            .unwrap_or(repeat);
        args.drain(i..(i + 2).min(args.len()));
    }
    if args.is_empty() {
        eprintln!("usage: lex_file FILE_OR_DIR... [--repeat N]");
        std::process::exit(2);
    }
    let mut files = Vec::new();
    for a in &args {
        collect(Path::new(a), &mut files);
    }
    let (names, sources): (Vec<&PathBuf>, Vec<String>) = files
        .iter()
        .filter_map(|f| Some((f, std::fs::read(f).ok()?)))
        .filter_map(|(f, b)| Some((f, decode_source(&b).ok()?.into_owned())))
        .unzip();
    let bytes: usize = sources.iter().map(|s| s.len()).sum();
    let mut tokens = 0usize;
    let mut errors = 0usize;
    let start = Instant::now();
    for _ in 0..repeat {
        tokens = 0;
        errors = 0;
        for src in &sources {
            for t in Lexer::new(src, LexOptions::default()) {
                match t {
                    Ok(_) => tokens += 1,
                    Err(_) => errors += 1,
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64() / repeat as f64;
    for (name, src) in names.iter().zip(&sources) {
        if let Some(Err(e)) = Lexer::new(src, LexOptions::default()).find(|t| t.is_err()) {
            let loc = e.location(src);
            eprintln!(
                "{}:{}:{}: {}: {}",
                name.display(),
                loc.lineno,
                loc.offset,
                e.class().name(),
                e
            );
        }
    }
    println!(
        "{} files, {:.1} MB, {tokens} tokens, {errors} files with errors: {:.1} ms, {:.0} MB/s",
        sources.len(),
        bytes as f64 / 1e6,
        secs * 1e3,
        bytes as f64 / 1e6 / secs
    );
}
