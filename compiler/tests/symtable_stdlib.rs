//! Our symbol tables of CPython's whole standard library against CPython's, through the digests
//! `tools/record_symtable.py --stdlib` recorded in `tests/symtable/stdlib.txt` (see that tool
//! for the canonical dump being hashed).
//!
//! Ignored by default (it parses ~1700 files, slow in debug builds) and skipped when the standard
//! library is not installed. Run it with
//! `cargo test --release -p pyvm-compiler --test symtable_stdlib -- --ignored --nocapture`;
//! `PYVM_STDLIB` overrides the library path, `PYVM_SYMTABLE_DIGESTS` the digest file (the
//! tool's `--fuzz` mode writes random programs and their digests), `PYVM_SYMTABLE_DUMP=DIR`
//! writes our dump of every mismatching file into `DIR` (compare with
//! `record_symtable.py --dump FILE`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use pyvm_compiler::symtable::{ScopeId, ScopeKind, SymbolTable};

const DEFAULT_STDLIB: &str = "/root/.pyenv/versions/3.12.1/lib/python3.12";

fn code_name(kind: ScopeKind, name: &str) -> String {
    match kind {
        ScopeKind::Module => "<module>".to_owned(),
        ScopeKind::Lambda => "<lambda>".to_owned(),
        ScopeKind::Comprehension(_) => format!("<{name}>"),
        ScopeKind::TypeParams => format!("<generic parameters of {name}>"),
        _ => name.to_owned(),
    }
}

fn dump(table: &SymbolTable, id: ScopeId, with_code: bool, out: &mut String) {
    let s = table.scope(id);
    let _ = writeln!(
        out,
        "scope {} {} {} {}",
        s.kind.python_type_name(),
        s.name,
        s.lineno,
        u8::from(s.is_nested)
    );
    let _ = writeln!(out, " params {}", s.varnames.join(","));
    let mut syms: Vec<_> = s.symbols().iter().collect();
    syms.sort_by(|a, b| a.name.cmp(&b.name));
    for sym in syms {
        let _ = writeln!(
            out,
            " sym {} {} {}",
            sym.name,
            sym.flags,
            sym.scope.as_int()
        );
    }
    if with_code {
        let _ = writeln!(
            out,
            " code {} {} {} {} {:x}",
            code_name(s.kind, &s.name),
            s.varnames.join(","),
            s.co_cellvars().join(","),
            s.freevars.join(","),
            s.co_flags()
        );
    }
    let _ = writeln!(out, " children {}", s.children.len());
    for &c in &s.children {
        dump(table, c, with_code, out);
    }
}

fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xCBF2_9CE4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01B3);
    }
    h
}

/// Our canonical dump of `source` (`None` when our parser rejects it). Without `with_code`,
/// the code-object lines are left out (CPython dropped some code object as dead code).
fn canonical(source: &str, name: &str, with_code: bool) -> Option<String> {
    let arena = bumpalo::Bump::new();
    let module = pyvm_parser::parse(
        source,
        pyvm_parser::Mode::Exec,
        pyvm_parser::ParseOptions::default(),
        &arena,
    )
    .ok()?;
    Some(match SymbolTable::build(&module, source, name) {
        Ok(table) => {
            let mut out = String::new();
            if !with_code {
                out.push_str("nocode\n");
            }
            dump(&table, table.module_id(), with_code, &mut out);
            out
        }
        Err(e) => format!("error {} {} {}\n", e.msg, e.lineno, e.offset),
    })
}

#[test]
#[ignore = "parses the whole standard library; run with --ignored (release build advised)"]
fn symtable_stdlib() {
    let lib = PathBuf::from(std::env::var("PYVM_STDLIB").unwrap_or(DEFAULT_STDLIB.to_owned()));
    if !lib.is_dir() {
        eprintln!("skipped: no standard library at {}", lib.display());
        return;
    }
    let dump_dir = std::env::var("PYVM_SYMTABLE_DUMP").ok().map(PathBuf::from);
    let digests = std::env::var("PYVM_SYMTABLE_DIGESTS").map_or_else(
        |_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/symtable/stdlib.txt"),
        PathBuf::from,
    );
    let text = std::fs::read_to_string(digests).expect("stdlib.txt");
    let (mut same, mut differ, mut unparsed) = (0, Vec::new(), Vec::new());
    for line in text.lines() {
        let mut fields = line.split(' ');
        let (Some(rel), Some(want)) = (fields.next(), fields.next()) else {
            continue;
        };
        let with_code = fields.next() != Some("nocode");
        let Ok(source) = std::fs::read_to_string(lib.join(rel)) else {
            unparsed.push(rel.to_owned());
            continue;
        };
        let Some(ours) = canonical(&source, rel, with_code) else {
            unparsed.push(rel.to_owned());
            continue;
        };
        if format!("{:016x}", fnv1a(&ours)) == want {
            same += 1;
        } else {
            if let Some(dir) = &dump_dir {
                let _ = std::fs::create_dir_all(dir);
                let _ = std::fs::write(dir.join(rel.replace('/', "__")), &ours);
            }
            differ.push(rel.to_owned());
        }
    }
    eprintln!(
        "symtable stdlib: {same} identical, {} different, {} not parsed",
        differ.len(),
        unparsed.len()
    );
    for rel in &differ {
        eprintln!("  differs: {rel}");
    }
    for rel in &unparsed {
        eprintln!("  not parsed: {rel}");
    }
    assert!(differ.is_empty(), "{} files differ", differ.len());
}
