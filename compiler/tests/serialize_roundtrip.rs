//! Every code object the compiler produces for the conformance programs (and, when the CPython
//! installation is present, the stdlib) survives serialization unchanged; truncated and
//! randomly corrupted serialized modules are rejected or load as valid objects, never panic.

use std::path::Path;

use pyvm_compiler::serialize::{code_from_marshal, code_from_pyc, code_to_marshal, pyc_bytes};

mod common;
use common::py_files;

fn compile_file(p: &Path) -> Option<std::rc::Rc<pyvm_compiler::code::CodeObject>> {
    let bytes = std::fs::read(p).ok()?;
    let src = pyvm_lexer::decode_source(&bytes).ok()?.into_owned();
    pyvm_compiler::compile(&src, &p.to_string_lossy(), pyvm_parser::Mode::Exec).ok()
}

fn count_code(c: &pyvm_compiler::code::CodeObject) -> usize {
    fn in_const(k: &pyvm_compiler::code::Constant) -> usize {
        use pyvm_compiler::code::Constant;
        match k {
            Constant::Code(c) => count_code(c),
            Constant::Tuple(items) | Constant::FrozenSet(items) => items.iter().map(in_const).sum(),
            _ => 0,
        }
    }
    1 + c.constants.iter().map(in_const).sum::<usize>()
}

/// Round-trips every file under `root`; returns (files, failures).
fn round_trip_dir(root: &Path, limit: usize) -> (usize, Vec<String>) {
    let mut files = Vec::new();
    py_files(root, &mut files);
    let mut ok = 0;
    let mut failures = Vec::new();
    let mut objects = 0;
    for f in files.iter().take(limit) {
        let Some(code) = compile_file(f) else {
            continue;
        };
        let bytes = code_to_marshal(&code);
        objects += count_code(&code);
        match code_from_marshal(&bytes) {
            Ok(back) if back == *code => ok += 1,
            // NaN constants are never == themselves: compare the encodings instead
            Ok(back) if code_to_marshal(&back) == bytes => ok += 1,
            Ok(_) => failures.push(format!("{}: differs", f.display())),
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    println!("{}: {objects} code objects", root.display());
    (ok, failures)
}

#[test]
fn conformance_programs_round_trip() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/conformance");
    let (ok, failures) = round_trip_dir(&root, usize::MAX);
    println!(
        "conformance: {ok} modules round-trip, {} fail",
        failures.len()
    );
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(ok > 100);
}

#[test]
fn stdlib_round_trips() {
    let root = Path::new("/root/.pyenv/versions/3.12.1/lib/python3.12");
    if !root.is_dir() {
        return;
    }
    let (ok, failures) = round_trip_dir(root, usize::MAX);
    println!("stdlib: {ok} modules round-trip, {} fail", failures.len());
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A small deterministic PRNG (xorshift64*), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

const FUZZ_SOURCE: &str = r#"
import os
class C(Base, metaclass=M):
    x: int = 3
    def m(self, a, /, b=2, *c, d, **e):
        global g
        try:
            with open(a) as f:
                return [y for y in f] if a else {k: v for k, v in e.items()}
        except* ValueError as ex:
            raise RuntimeError("x\udc80") from ex
        finally:
            del b
    async def n(self):
        nonlocal_ = lambda q: q + 1
        return [y async for y in self]
        match self.x:
            case [1, 2, *r]: return r
            case {"k": v}: return v
            case C(x=1): return f"{self!r:>10}"
print(C().m(1, d=2), 10**40, -5.5e300, 3j, (1, (2, frozenset({3}))), b"\x00\xff", ...)
"#;

#[test]
fn corrupted_data_never_panics() {
    let code = pyvm_compiler::compile(FUZZ_SOURCE, "<fuzz>", pyvm_parser::Mode::Exec)
        .expect("fuzz source compiles");
    let good = code_to_marshal(&code);
    assert_eq!(code_from_marshal(&good).as_ref(), Ok(&*code));
    // every truncation is an error
    for n in 0..good.len() {
        assert!(
            code_from_marshal(&good[..n]).is_err(),
            "truncation at {n} loaded"
        );
    }
    // random flips: an error or a valid object that serializes back to the same bytes
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut errors = 0;
    let cases = 20_000;
    for _ in 0..cases {
        let mut bad = good.clone();
        let flips = 1 + rng.next() % 3;
        for _ in 0..flips {
            let at = (rng.next() % bad.len() as u64) as usize;
            bad[at] ^= 1 << (rng.next() % 8);
        }
        match code_from_marshal(&bad) {
            Err(_) => errors += 1,
            Ok(c) => {
                let again = code_to_marshal(&c);
                assert_eq!(code_from_marshal(&again).as_ref(), Ok(&c));
            }
        }
    }
    println!("{cases} corrupted inputs: {errors} rejected");
    // random garbage after a valid header byte
    for _ in 0..2_000 {
        let n = (rng.next() % 200) as usize;
        let mut bad: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        if let Some(b) = bad.first_mut() {
            *b = b'c';
        }
        let _ = code_from_marshal(&bad);
    }
}

#[test]
fn pyc_header_checks() {
    let code = pyvm_compiler::compile("x = 1\n", "<t>", pyvm_parser::Mode::Exec).expect("ok");
    let pyc = pyc_bytes(&code, 1_704_067_200, 6);
    assert_eq!(code_from_pyc(&pyc, 1_704_067_200, 6).as_ref(), Ok(&*code));
    let mut bad = pyc.clone();
    bad[0] ^= 1;
    assert!(matches!(
        code_from_pyc(&bad, 1_704_067_200, 6),
        Err(pyvm_compiler::serialize::PycError::BadMagic)
    ));
    let mut cpython = pyc.clone();
    cpython[..4].copy_from_slice(b"\xcb\x0d\x0d\x0a");
    assert!(matches!(
        code_from_pyc(&cpython, 1_704_067_200, 6),
        Err(pyvm_compiler::serialize::PycError::BadMagic)
    ));
    assert!(matches!(
        code_from_pyc(&pyc[..pyc.len() - 1], 1_704_067_200, 6),
        Err(pyvm_compiler::serialize::PycError::BadData(_))
    ));
}
