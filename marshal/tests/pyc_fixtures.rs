//! `.pyc` files compiled by CPython 3.6–3.13 (`tools/make_pyc_fixtures.py`), each with the
//! readings the compiling interpreter itself recorded. Every file must parse, every code
//! object must match field by field, the source hash must verify, and writing the pyc back
//! with `RefPolicy::Preserve` must reproduce the file byte for byte.

#![allow(clippy::unwrap_used)] // test helpers may panic

use std::collections::BTreeMap;
use std::path::Path;

use pyvm_marshal::{canonical, CpythonCode, Heap, ObjId, Pyc, PythonVersion, Value};
use serde_json::{json, Value as Json};

fn walk(heap: &Heap, id: ObjId, out: &mut Vec<ObjId>) {
    out.push(id);
    let Some(Value::Code(code)) = heap.get(id) else {
        return;
    };
    let Some(c) = code.as_cpython() else { return };
    for &k in c.consts(heap) {
        if matches!(heap.get(k), Some(Value::Code(_))) {
            walk(heap, k, out);
        }
    }
}

fn opt(v: Option<i32>) -> Json {
    v.map_or(Json::Null, |x| json!(x))
}

fn describe(heap: &Heap, c: &CpythonCode) -> BTreeMap<&'static str, Json> {
    let mut d = BTreeMap::new();
    d.insert("name", json!(c.name(heap)));
    d.insert("qualname", json!(c.qualname(heap)));
    d.insert("filename", json!(c.filename(heap)));
    d.insert("firstlineno", json!(c.firstlineno));
    d.insert("flags", json!(c.flags));
    d.insert("argcount", json!(c.argcount));
    d.insert("posonlyargcount", json!(c.posonlyargcount));
    d.insert("kwonlyargcount", json!(c.kwonlyargcount));
    d.insert("nlocals", json!(c.nlocals(heap)));
    d.insert("stacksize", json!(c.stacksize));
    d.insert("names", json!(c.names(heap)));
    d.insert("varnames", json!(c.varnames(heap)));
    d.insert("freevars", json!(c.freevars(heap)));
    d.insert("cellvars", json!(c.cellvars(heap)));
    let consts: Vec<String> = c.consts(heap).iter().map(|&k| canonical(heap, k)).collect();
    d.insert("consts", json!(consts));
    let code: String = c
        .bytecode(heap)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    d.insert("code", json!(code));
    if c.version < PythonVersion::new(3, 10) {
        let starts: Vec<Json> = c
            .line_starts(heap)
            .iter()
            .map(|&(o, l)| json!([o, l]))
            .collect();
        d.insert("line_starts", json!(starts));
    } else {
        let lines: Vec<Json> = c
            .lines(heap)
            .iter()
            .map(|r| json!([r.start, r.end, opt(r.line)]))
            .collect();
        d.insert("lines", json!(lines));
    }
    if c.version >= PythonVersion::new(3, 11) {
        let pos: Vec<Json> = c
            .positions(heap)
            .iter()
            .map(|p| json!([opt(p.line), opt(p.end_line), opt(p.col), opt(p.end_col)]))
            .collect();
        d.insert("positions", json!(pos));
        let exc: Vec<Json> = c
            .exception_entries(heap)
            .iter()
            .map(|e| json!([e.start, e.end, e.target, e.depth, e.lasti]))
            .collect();
        d.insert("exceptiontable", json!(exc));
    }
    d
}

#[test]
fn every_fixture_pyc_matches_its_interpreter() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut per_version: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir.join("expected"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for json_path in entries {
        let expected: Json =
            serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
        let stem = json_path.file_stem().unwrap().to_str().unwrap().to_string();
        let data = std::fs::read(dir.join("pyc").join(format!("{stem}.pyc"))).unwrap();
        let version = expected["version"].as_str().unwrap().to_string();
        let counts = per_version.entry(version.clone()).or_default();
        counts.0 += 1;
        let pyc = match Pyc::parse(&data) {
            Ok(p) => p,
            Err(e) => {
                failures.push(format!("{stem}: {e}"));
                continue;
            }
        };
        assert_eq!(
            u64::from(pyc.header.magic),
            expected["magic"].as_u64().unwrap()
        );
        assert_eq!(
            pyc.header.version().map(|v| v.to_string()),
            Some(version.clone())
        );
        let source =
            std::fs::read(dir.join("src").join(expected["source"].as_str().unwrap())).unwrap();
        if pyc.header.len() == 16 {
            let want_hash = expected["source_hash"].as_str().unwrap();
            let got: String = pyvm_marshal::source_hash(pyc.header.magic, &source)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(got, want_hash, "{stem}: source_hash");
            pyc.header.validate_hash(&source).unwrap();
        }
        let mut ids = Vec::new();
        walk(&pyc.heap, pyc.code, &mut ids);
        let want_codes = expected["codes"].as_array().unwrap();
        assert_eq!(
            ids.len(),
            want_codes.len(),
            "{stem}: number of code objects"
        );
        let mut ok = true;
        for (id, want) in ids.iter().zip(want_codes) {
            let code = pyc.heap[*id].as_code().unwrap().as_cpython().unwrap();
            for (field, got) in describe(&pyc.heap, code) {
                if want[field] != got {
                    ok = false;
                    failures.push(format!(
                        "{stem} {}: {field}\n  got  {}\n  want {}",
                        code.qualname(&pyc.heap),
                        got,
                        want[field]
                    ));
                }
            }
        }
        match pyc.to_bytes() {
            Ok(bytes) if bytes == data => {}
            Ok(_) => {
                ok = false;
                failures.push(format!("{stem}: rewritten pyc differs"));
            }
            Err(e) => {
                ok = false;
                failures.push(format!("{stem}: rewrite failed: {e}"));
            }
        }
        if ok {
            counts.1 += 1;
        }
    }
    for (v, (total, ok)) in &per_version {
        eprintln!("CPython {v}: {ok}/{total} fixture pycs match");
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures[..failures.len().min(15)].join("\n")
    );
    assert_eq!(per_version.len(), 8, "expected fixtures for 3.6-3.13");
}
