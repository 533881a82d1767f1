//! Print a CPython `.pyc` (3.6–3.13): its header and a readable tree of its code objects.
//!
//! ```text
//! cargo run -p pyvm-marshal --example dump_pyc -- FILE.pyc...
//! cargo run -p pyvm-marshal --example dump_pyc -- --check FILE.pyc...
//! ```
//!
//! `--check` prints nothing per file: it parses each file, decodes every line and exception
//! table, writes the pyc back and compares it with the original, then prints a summary
//! (`N read, M round-tripped, K failed`). It exits with status 1 if any file failed to read.

use std::fmt::Write as _;
use std::process::ExitCode;

use pyvm_marshal::{repr, CodeLayout, CpythonCode, Heap, Invalidation, ObjId, Pyc, Value};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let check = args.first().is_some_and(|a| a == "--check");
    if check {
        args.remove(0);
    }
    if args.is_empty() {
        eprintln!("usage: dump_pyc [--check] FILE.pyc...");
        return ExitCode::from(2);
    }
    let (mut read, mut same, mut failed) = (0usize, 0usize, 0usize);
    for path in &args {
        let data = match std::fs::read(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed += 1;
                continue;
            }
        };
        let pyc = match Pyc::parse(&data) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{path}: {e}");
                failed += 1;
                continue;
            }
        };
        read += 1;
        if check {
            // Exercise every decoder; they must not fail on anything CPython wrote.
            for (_, v) in pyc.heap.iter() {
                if let Some(c) = v.as_code().and_then(|c| c.as_cpython()) {
                    let _ = (c.lines(&pyc.heap), c.positions(&pyc.heap));
                    let _ = c.exception_entries(&pyc.heap);
                }
            }
            match pyc.to_bytes() {
                Ok(b) if b == data => same += 1,
                Ok(_) => eprintln!("{path}: rewritten bytes differ"),
                Err(e) => eprintln!("{path}: rewrite failed: {e}"),
            }
        } else {
            print!("{}", dump(path, &pyc));
        }
    }
    if check {
        println!("{read} read, {same} round-tripped byte for byte, {failed} failed");
    }
    if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn dump(path: &str, pyc: &Pyc) -> String {
    let mut out = String::new();
    let h = &pyc.header;
    let version = h
        .version()
        .map_or_else(|| "unknown".to_string(), |v| format!("CPython {v}"));
    let _ = writeln!(out, "{path}");
    let _ = writeln!(out, "magic:  {} ({version})", h.magic);
    match h.invalidation {
        Invalidation::Timestamp { mtime, source_size } => {
            let _ = writeln!(
                out,
                "flags:  {:#x} (timestamp)\nmtime:  {mtime}\nsize:   {source_size}",
                h.flags
            );
        }
        Invalidation::Hash {
            checked,
            source_hash,
        } => {
            let hash: String = source_hash.iter().map(|b| format!("{b:02x}")).collect();
            let kind = if checked { "checked" } else { "unchecked" };
            let _ = writeln!(out, "flags:  {:#x} ({kind} hash)\nhash:   {hash}", h.flags);
        }
    }
    code_tree(&pyc.heap, pyc.code, 0, &mut out);
    out
}

fn names(list: &[String]) -> String {
    format!("({})", list.join(", "))
}

fn code_tree(heap: &Heap, id: ObjId, depth: usize, out: &mut String) {
    let pad = "    ".repeat(depth);
    let Some(c) = heap
        .get(id)
        .and_then(Value::as_code)
        .and_then(|c| c.as_cpython())
    else {
        let _ = writeln!(out, "{pad}{}", repr(heap, id));
        return;
    };
    let _ = writeln!(
        out,
        "{pad}code {} (qualname {}) file \"{}\" line {}",
        c.name(heap),
        c.qualname(heap),
        c.filename(heap),
        c.firstlineno
    );
    let p = format!("{pad}  ");
    let _ = writeln!(
        out,
        "{p}argcount {} posonly {} kwonly {} nlocals {} stacksize {}",
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.nlocals(heap),
        c.stacksize
    );
    let _ = writeln!(out, "{p}flags {:#x} ({})", c.flags, c.pretty_flags());
    let _ = writeln!(out, "{p}names {}", names(&c.names(heap)));
    if c.layout() == CodeLayout::C {
        let kinds: Vec<String> = c
            .localsplusnames(heap)
            .iter()
            .zip(c.localspluskinds(heap))
            .map(|(n, k)| format!("{n}:{k:#04x}"))
            .collect();
        let _ = writeln!(out, "{p}localsplus ({})", kinds.join(", "));
    } else {
        let _ = writeln!(out, "{p}varnames {}", names(&c.varnames(heap)));
        let _ = writeln!(out, "{p}cellvars {}", names(&c.cellvars(heap)));
        let _ = writeln!(out, "{p}freevars {}", names(&c.freevars(heap)));
    }
    let _ = writeln!(out, "{p}bytecode {} bytes", c.bytecode(heap).len());
    line_info(heap, c, &p, out);
    let entries = c.exception_entries(heap);
    if !entries.is_empty() {
        let _ = writeln!(out, "{p}exception table:");
        for e in entries {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "{p}  {} to {} -> {} [{}]{lasti}",
                e.start,
                e.end.saturating_sub(2),
                e.target,
                e.depth
            );
        }
    }
    let _ = writeln!(out, "{p}consts:");
    for (i, &k) in c.consts(heap).iter().enumerate() {
        if matches!(heap.get(k), Some(Value::Code(_))) {
            let _ = writeln!(out, "{p}  {i}:");
            code_tree(heap, k, depth + 1, out);
        } else {
            let _ = writeln!(out, "{p}  {i}: {}", repr(heap, k));
        }
    }
}

fn line_info(heap: &Heap, c: &CpythonCode, p: &str, out: &mut String) {
    let ranges: Vec<String> = c
        .lines(heap)
        .iter()
        .map(|r| match r.line {
            Some(l) => format!("{}-{}:{l}", r.start, r.end),
            None => format!("{}-{}:-", r.start, r.end),
        })
        .collect();
    let _ = writeln!(out, "{p}lines {}", ranges.join(" "));
}
