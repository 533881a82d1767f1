//! The symbol tables of `tests/symtable/*.py` against CPython 3.12's, recorded by
//! `tools/record_symtable.py` into `tests/symtable/expected.json`: the table tree (types, names,
//! lines, nesting, parameters, every symbol's flags and scope, children), the cell/free/parameter
//! names of the code objects CPython compiles, and the `SyntaxError`s of the error programs.
//!
//! A ratchet: programs listed in `tests/symtable/known_failures.txt` may fail; any other failure
//! fails the test, and listed programs that now pass are reported.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use pyvm_compiler::symtable::{ScopeId, ScopeKind, SymbolTable};

// ---------------------------------------------------------------------------------------------
// A minimal JSON reader (the recordings use objects, arrays, strings, integers and booleans).
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Json {
    Null,
    Bool(bool),
    Num(i64),
    Str(String),
    Arr(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

impl Json {
    fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Obj(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn str(&self) -> &str {
        match self {
            Json::Str(s) => s,
            _ => "",
        }
    }
    fn num(&self) -> i64 {
        match self {
            Json::Num(n) => *n,
            _ => -1,
        }
    }
    fn arr(&self) -> &[Json] {
        match self {
            Json::Arr(a) => a,
            _ => &[],
        }
    }
    fn strings(&self) -> Vec<String> {
        self.arr().iter().map(|s| s.str().to_owned()).collect()
    }
}

struct Reader<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.pos < self.s.len() && self.s[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }
    fn eat(&mut self, c: u8) {
        self.ws();
        assert_eq!(
            self.s[self.pos], c,
            "JSON: expected {:?} at {}",
            c as char, self.pos
        );
        self.pos += 1;
    }
    fn value(&mut self) -> Json {
        self.ws();
        match self.s[self.pos] {
            b'{' => {
                self.pos += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.s[self.pos] == b'}' {
                    self.pos += 1;
                    return Json::Obj(fields);
                }
                loop {
                    self.ws();
                    let Json::Str(k) = self.value() else {
                        panic!("JSON: key expected")
                    };
                    self.eat(b':');
                    let v = self.value();
                    fields.push((k, v));
                    self.ws();
                    let c = self.s[self.pos];
                    self.pos += 1;
                    if c == b'}' {
                        return Json::Obj(fields);
                    }
                    assert_eq!(c, b',');
                }
            }
            b'[' => {
                self.pos += 1;
                let mut items = Vec::new();
                self.ws();
                if self.s[self.pos] == b']' {
                    self.pos += 1;
                    return Json::Arr(items);
                }
                loop {
                    items.push(self.value());
                    self.ws();
                    let c = self.s[self.pos];
                    self.pos += 1;
                    if c == b']' {
                        return Json::Arr(items);
                    }
                    assert_eq!(c, b',');
                }
            }
            b'"' => {
                self.pos += 1;
                let mut out: Vec<u16> = Vec::new();
                let mut bytes: Vec<u8> = Vec::new();
                loop {
                    let c = self.s[self.pos];
                    self.pos += 1;
                    match c {
                        b'"' => break,
                        b'\\' => {
                            let e = self.s[self.pos];
                            self.pos += 1;
                            let ch = match e {
                                b'n' => '\n' as u16,
                                b't' => '\t' as u16,
                                b'r' => '\r' as u16,
                                b'b' => 8,
                                b'f' => 12,
                                b'u' => {
                                    let hex = std::str::from_utf8(&self.s[self.pos..self.pos + 4])
                                        .expect("hex");
                                    self.pos += 4;
                                    u16::from_str_radix(hex, 16).expect("hex")
                                }
                                other => other as u16,
                            };
                            flush(&mut bytes, &mut out);
                            out.push(ch);
                        }
                        _ => bytes.push(c),
                    }
                }
                flush(&mut bytes, &mut out);
                Json::Str(String::from_utf16_lossy(&out))
            }
            b't' => {
                self.pos += 4;
                Json::Bool(true)
            }
            b'f' => {
                self.pos += 5;
                Json::Bool(false)
            }
            b'n' => {
                self.pos += 4;
                Json::Null
            }
            _ => {
                let start = self.pos;
                while self.pos < self.s.len()
                    && (self.s[self.pos] == b'-' || self.s[self.pos].is_ascii_digit())
                {
                    self.pos += 1;
                }
                let text = std::str::from_utf8(&self.s[start..self.pos]).expect("number");
                Json::Num(text.parse().expect("integer"))
            }
        }
    }
}

fn flush(bytes: &mut Vec<u8>, out: &mut Vec<u16>) {
    if !bytes.is_empty() {
        let s = std::str::from_utf8(bytes).expect("utf-8");
        out.extend(s.encode_utf16());
        bytes.clear();
    }
}

// ---------------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------------

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("tests")
        .join("symtable")
}

fn compare_scope(
    table: &SymbolTable,
    id: ScopeId,
    want: &Json,
    path: &str,
    errs: &mut Vec<String>,
) {
    let scope = table.scope(id);
    let here = format!("{path}/{}", scope.name);
    let check = |errs: &mut Vec<String>, what: &str, got: String, want: String| {
        if got != want {
            errs.push(format!("{here}: {what}: got {got}, want {want}"));
        }
    };
    check(
        errs,
        "type",
        scope.kind.python_type_name().to_owned(),
        want.get("type").map_or("", Json::str).to_owned(),
    );
    check(
        errs,
        "name",
        scope.name.clone(),
        want.get("name").map_or("", Json::str).to_owned(),
    );
    check(
        errs,
        "lineno",
        scope.lineno.to_string(),
        want.get("lineno").map_or(-1, Json::num).to_string(),
    );
    check(
        errs,
        "nested",
        scope.is_nested.to_string(),
        format!("{}", want.get("nested") == Some(&Json::Bool(true))),
    );
    check(
        errs,
        "varnames",
        format!("{:?}", scope.varnames),
        format!(
            "{:?}",
            want.get("varnames").map(Json::strings).unwrap_or_default()
        ),
    );
    let got_syms: BTreeMap<String, (i64, i64)> = scope
        .symbols()
        .iter()
        .map(|s| (s.name.clone(), (s.flags as i64, s.scope.as_int() as i64)))
        .collect();
    let mut want_syms: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    if let Some(Json::Obj(fields)) = want.get("symbols") {
        for (name, v) in fields {
            let a = v.arr();
            want_syms.insert(
                name.clone(),
                (
                    a.first().map_or(-1, Json::num),
                    a.get(1).map_or(-1, Json::num),
                ),
            );
        }
    }
    if got_syms != want_syms {
        for (name, w) in &want_syms {
            match got_syms.get(name) {
                Some(g) if g == w => {}
                g => errs.push(format!("{here}: symbol {name}: got {g:?}, want {w:?}")),
            }
        }
        for name in got_syms.keys() {
            if !want_syms.contains_key(name) {
                errs.push(format!("{here}: extra symbol {name}"));
            }
        }
    }
    let want_children = want.get("children").map(Json::arr).unwrap_or(&[]);
    if scope.children.len() != want_children.len() {
        errs.push(format!(
            "{here}: {} children, want {}",
            scope.children.len(),
            want_children.len()
        ));
        return;
    }
    for (&c, w) in scope.children.iter().zip(want_children) {
        compare_scope(table, c, w, &here, errs);
    }
}

/// The `co_name` CPython gives the code object of `kind`/`name`.
fn code_name(kind: ScopeKind, name: &str) -> String {
    match kind {
        ScopeKind::Module => "<module>".to_owned(),
        ScopeKind::Lambda => "<lambda>".to_owned(),
        ScopeKind::Comprehension(_) => format!("<{name}>"),
        ScopeKind::TypeParams => format!("<generic parameters of {name}>"),
        _ => name.to_owned(),
    }
}

fn compare_code(table: &SymbolTable, id: ScopeId, want: &Json, path: &str, errs: &mut Vec<String>) {
    let scope = table.scope(id);
    let here = format!("{path}/{}", want.get("name").map_or("", Json::str));
    let want_cells = want.get("cellvars").map(Json::strings).unwrap_or_default();
    let want_frees = want.get("freevars").map(Json::strings).unwrap_or_default();
    let want_vars = want.get("varnames").map(Json::strings).unwrap_or_default();
    if scope.co_cellvars() != want_cells {
        errs.push(format!(
            "{here}: co_cellvars {:?}, want {want_cells:?}",
            scope.co_cellvars()
        ));
    }
    if scope.freevars != want_frees {
        errs.push(format!(
            "{here}: co_freevars {:?}, want {want_frees:?}",
            scope.freevars
        ));
    }
    if want_vars.get(..scope.varnames.len()) != Some(&scope.varnames[..]) {
        errs.push(format!(
            "{here}: parameters {:?}, want a prefix of co_varnames {want_vars:?}",
            scope.varnames
        ));
    }
    let want_flags = want.get("flags").map_or(-1, Json::num);
    if i64::from(scope.co_flags()) != want_flags {
        errs.push(format!(
            "{here}: co_flags {:#x}, want {want_flags:#x}",
            scope.co_flags()
        ));
    }
    let want_children = want.get("children").map(Json::arr).unwrap_or(&[]);
    let mut used = vec![false; want_children.len()];
    for &c in &scope.children {
        let child = table.scope(c);
        if child.kind == ScopeKind::Annotation {
            continue;
        }
        let name = code_name(child.kind, &child.name);
        let found = want_children
            .iter()
            .enumerate()
            .find(|(i, w)| !used[*i] && w.get("name").map(Json::str) == Some(name.as_str()));
        // CPython drops code it proves dead (`if 0: def f(): ...`): then nothing to compare.
        if let Some((i, w)) = found {
            used[i] = true;
            compare_code(table, c, w, &here, errs);
        }
    }
    for (i, w) in want_children.iter().enumerate() {
        if !used[i] {
            errs.push(format!(
                "{here}: code object {} has no scope",
                w.get("name").map_or("", Json::str)
            ));
        }
    }
}

fn check_case(case: &Json) -> Vec<String> {
    let file = case.get("file").map_or("", Json::str);
    let source = match std::fs::read_to_string(corpus_dir().join(file)) {
        Ok(s) => s,
        Err(e) => return vec![format!("cannot read: {e}")],
    };
    let arena = bumpalo::Bump::new();
    let mode = if file.ends_with(".eval.py") {
        pyvm_parser::Mode::Eval
    } else if file.ends_with(".single.py") {
        pyvm_parser::Mode::Single
    } else {
        pyvm_parser::Mode::Exec
    };
    let module =
        match pyvm_parser::parse(&source, mode, pyvm_parser::ParseOptions::default(), &arena) {
            Ok(m) => m,
            Err(e) => return vec![format!("parse error: {e}")],
        };
    let mut errs = Vec::new();
    match (
        SymbolTable::build(&module, &source, file),
        case.get("error"),
    ) {
        (Ok(_), Some(want)) => errs.push(format!("no error, want {want:?}")),
        (Err(e), None) => errs.push(format!("unexpected error {e:?}")),
        (Err(e), Some(want)) => {
            let got = format!(
                "{} {}:{}-{:?}:{:?}",
                e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
            );
            let opt = |key: &str| match want.get(key) {
                Some(Json::Num(n)) => format!("Some({n})"),
                _ => "None".to_owned(),
            };
            let expected = format!(
                "{} {}:{}-{}:{}",
                want.get("msg").map_or("", Json::str),
                want.get("lineno").map_or(-1, Json::num),
                want.get("offset").map_or(-1, Json::num),
                opt("end_lineno"),
                opt("end_offset"),
            );
            if got != expected {
                errs.push(format!("error: got {got}, want {expected}"));
            }
        }
        (Ok(table), None) => {
            if let Some(want) = case.get("table") {
                compare_scope(&table, table.module_id(), want, "", &mut errs);
            }
            if let Some(want) = case.get("code") {
                compare_code(&table, table.module_id(), want, "", &mut errs);
            }
        }
    }
    errs
}

#[test]
fn symbol_tables_match_cpython() {
    let dir = corpus_dir();
    let text = std::fs::read_to_string(dir.join("expected.json")).expect("expected.json");
    let cases = Reader {
        s: text.as_bytes(),
        pos: 0,
    }
    .value();
    let known: Vec<String> = std::fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut passed = 0;
    let mut unexpected = Vec::new();
    let mut newly_passing = Vec::new();
    for case in cases.arr() {
        let file = case.get("file").map_or("", Json::str).to_owned();
        let errs = check_case(case);
        let listed = known.contains(&file);
        if errs.is_empty() {
            passed += 1;
            if listed {
                newly_passing.push(file);
            }
        } else if !listed {
            unexpected.push(format!("{file}:\n    {}", errs.join("\n    ")));
        }
    }
    eprintln!(
        "symtable: {passed}/{} programs match CPython",
        cases.arr().len()
    );
    if !newly_passing.is_empty() {
        eprintln!(
            "now passing (remove from known_failures.txt): {}",
            newly_passing.join(", ")
        );
    }
    assert!(
        unexpected.is_empty(),
        "{} unexpected failures:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
}
