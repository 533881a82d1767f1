//! Parses files and writes `ast.dump(tree, include_attributes=True, indent=3)` (or the
//! `SyntaxError`) for each, for the parity script `tools/parser_parity.py`.
//!
//! Usage: `ast_dump OUT_DIR FILE...`; writes `OUT_DIR/<n>.txt` for the n-th file (0-based).
//! With `--bench FILE...` it only parses and prints the throughput.

use std::time::Instant;

use pyvm_parser::{dump, parse, Mode, ParseOptions};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(first) = args.first() else {
        eprintln!("usage: ast_dump OUT_DIR FILE... | ast_dump --bench FILE...");
        std::process::exit(2);
    };
    let options = ParseOptions {
        type_comments: true,
    };
    if first == "--bench" {
        let sources: Vec<String> = args[1..]
            .iter()
            .filter_map(|p| std::fs::read(p).ok())
            .filter_map(|b| pyvm_lexer::decode_source(&b).ok().map(|s| s.into_owned()))
            .collect();
        let total: usize = sources.iter().map(|s| s.len()).sum();
        let mut arena = bumpalo::Bump::new();
        let mut best = f64::MAX;
        for _ in 0..5 {
            let t = Instant::now();
            for s in &sources {
                let _ = parse(s, Mode::Exec, options, &arena);
                arena.reset();
            }
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!(
            "{} files, {:.1} MB in {:.3} s: {:.1} MB/s",
            sources.len(),
            total as f64 / 1e6,
            best,
            total as f64 / 1e6 / best
        );
        return;
    }
    let out = std::path::Path::new(first);
    let mut arena = bumpalo::Bump::new();
    for (i, path) in args[1..].iter().enumerate() {
        let text = match std::fs::read(path) {
            Ok(b) => match pyvm_lexer::decode_source(&b) {
                Ok(s) => s.into_owned(),
                Err(_) => {
                    let _ = std::fs::write(out.join(format!("{i}.txt")), "DECODE ERROR\n");
                    continue;
                }
            },
            Err(_) => continue,
        };
        let mode = if path.ends_with(".eval.py") {
            Mode::Eval
        } else {
            Mode::Exec
        };
        let result = match parse(&text, mode, options, &arena) {
            Ok(tree) => dump(&tree, &text, true, Some(3)),
            Err(e) => format!(
                "ERROR {}: {} ({}, {}, {:?}, {:?})\n",
                e.kind.name(),
                e.msg,
                e.lineno,
                e.offset,
                e.end_lineno,
                e.end_offset
            ),
        };
        let _ = std::fs::write(out.join(format!("{i}.txt")), result);
        arena.reset();
    }
}
