//! Property tests: random nested values survive `dumps` → `loads` in every version, writing is
//! idempotent, shared references keep their identity, and no input makes the reader panic.
//!
//! With `PYVM_MARSHAL_INTEROP_OUT=FILE`, `interop_cases` also writes 2000 generated values as
//! `hex <TAB> canonical` lines, which `tools/check_marshal_interop.py` loads with CPython 3.12.

#![allow(clippy::unwrap_used)] // test helpers may panic

use std::collections::HashMap;

use num_bigint::BigInt;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use pyvm_marshal::{
    canonical, dumps, dumps_with, loads, DumpOptions, Heap, ObjId, PyStr, Pyc, RefPolicy, Value,
};

/// A value tree; `Spec::Shared(i)` re-uses the i-th container built so far (if any).
#[derive(Clone, Debug)]
enum Spec {
    None,
    Bool(bool),
    Ellipsis,
    StopIteration,
    Int(i64),
    Big(Vec<u32>, bool),
    Float(f64),
    Complex(f64, f64),
    Bytes(Vec<u8>),
    Str(Vec<u32>, bool),
    Tuple(Vec<Spec>),
    List(Vec<Spec>),
    Dict(Vec<(Spec, Spec)>),
    Set(Vec<Spec>),
    FrozenSet(Vec<Spec>),
    Shared(usize),
}

fn code_point() -> impl Strategy<Value = u32> {
    prop_oneof![
        4 => 0x20u32..0x7f,
        1 => 0u32..0x20,
        1 => 0x80u32..0x100,
        1 => 0x100u32..0xD800,
        1 => 0xD800u32..0xE000,
        1 => 0x10000u32..0x110000,
    ]
}

fn float() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        Just(f64::INFINITY),
        Just(f64::NEG_INFINITY),
        Just(-0.0),
        Just(f64::NAN),
        -1e6f64..1e6,
    ]
}

fn int() -> impl Strategy<Value = i64> {
    prop_oneof![-10i64..300, any::<i32>().prop_map(i64::from), any::<i64>()]
}

/// Keys and set elements that CPython can hash and that never compare equal to each other
/// by Python's numeric equality (no floats, bools, 0 or 1).
fn hashable() -> impl Strategy<Value = Spec> {
    let leaf = prop_oneof![
        (2i64..1 << 40).prop_map(Spec::Int),
        (-(1i64 << 40)..-1).prop_map(Spec::Int),
        (prop::collection::vec(any::<u32>(), 3..5), any::<bool>())
            .prop_map(|(d, n)| Spec::Big(d, n)),
        prop::collection::vec(any::<u8>(), 0..6).prop_map(Spec::Bytes),
        (prop::collection::vec(code_point(), 0..6), any::<bool>())
            .prop_map(|(s, i)| Spec::Str(s, i)),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop::collection::vec(inner, 0..3).prop_map(Spec::Tuple)
    })
}

fn spec() -> impl Strategy<Value = Spec> {
    let leaf = prop_oneof![
        Just(Spec::None),
        any::<bool>().prop_map(Spec::Bool),
        Just(Spec::Ellipsis),
        Just(Spec::StopIteration),
        int().prop_map(Spec::Int),
        (prop::collection::vec(any::<u32>(), 1..12), any::<bool>())
            .prop_map(|(d, n)| Spec::Big(d, n)),
        float().prop_map(Spec::Float),
        (float(), float()).prop_map(|(a, b)| Spec::Complex(a, b)),
        prop::collection::vec(any::<u8>(), 0..20).prop_map(Spec::Bytes),
        (prop::collection::vec(code_point(), 0..300), any::<bool>())
            .prop_map(|(s, i)| Spec::Str(s, i)),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Spec::Tuple),
            prop::collection::vec(inner.clone(), 0..6).prop_map(Spec::List),
            prop::collection::vec((hashable(), inner.clone()), 0..5).prop_map(Spec::Dict),
            prop::collection::vec(hashable(), 0..5).prop_map(Spec::Set),
            prop::collection::vec(hashable(), 0..5).prop_map(Spec::FrozenSet),
            (0usize..8).prop_map(Spec::Shared),
        ]
    })
}

/// Builds a spec into the heap. `shared` lists containers that `Spec::Shared` may re-use;
/// with `allow_shared` false they become `None` instead.
fn build(heap: &mut Heap, spec: &Spec, shared: &mut Vec<ObjId>, allow_shared: bool) -> ObjId {
    let seq = |heap: &mut Heap, items: &[Spec], shared: &mut Vec<ObjId>| -> Vec<ObjId> {
        items
            .iter()
            .map(|s| build(heap, s, shared, allow_shared))
            .collect()
    };
    let id = match spec {
        Spec::None => return ObjId::NONE,
        Spec::Bool(b) => return heap.bool(*b),
        Spec::Ellipsis => return ObjId::ELLIPSIS,
        Spec::StopIteration => return ObjId::STOP_ITERATION,
        Spec::Int(i) => return heap.int(*i),
        Spec::Big(digits, neg) => {
            let mag = BigInt::from_slice(num_bigint::Sign::Plus, digits);
            return heap.int(if *neg { -mag } else { mag });
        }
        Spec::Float(f) => return heap.add(Value::Float(*f)),
        Spec::Complex(re, im) => return heap.add(Value::Complex { re: *re, im: *im }),
        Spec::Bytes(b) => return heap.add(Value::Bytes(b.clone())),
        Spec::Str(points, interned) => {
            let mut s = PyStr::from_code_points(points.iter().copied());
            s.set_interned(*interned && s.as_str().is_some());
            return heap.add(Value::Str(s));
        }
        Spec::Shared(i) => {
            return match shared.get(*i) {
                Some(&id) if allow_shared => id,
                _ => ObjId::NONE,
            }
        }
        Spec::Tuple(items) => {
            let v = seq(heap, items, shared);
            heap.add(Value::Tuple(v))
        }
        Spec::List(items) => {
            let v = seq(heap, items, shared);
            heap.add(Value::List(v))
        }
        Spec::Dict(pairs) => {
            let mut seen = std::collections::HashSet::new();
            let mut v = Vec::new();
            for (k, x) in pairs {
                let k = build(heap, k, shared, false);
                if seen.insert(canonical(heap, k)) {
                    let x = build(heap, x, shared, allow_shared);
                    v.push((k, x));
                }
            }
            heap.add(Value::Dict(v))
        }
        Spec::Set(items) | Spec::FrozenSet(items) => {
            let mut seen = std::collections::HashSet::new();
            let mut v = Vec::new();
            for s in items {
                let k = build(heap, s, shared, false);
                if seen.insert(canonical(heap, k)) {
                    v.push(k);
                }
            }
            if matches!(spec, Spec::Set(_)) {
                heap.add(Value::Set(v))
            } else {
                heap.add(Value::FrozenSet(v))
            }
        }
    };
    shared.push(id);
    id
}

/// The canonical form plus the identity pattern: the n-th distinct container is `#n` when
/// seen again. Two heaps with the same output have the same values *and* the same sharing.
fn identity_shape(heap: &Heap, root: ObjId) -> String {
    fn go(heap: &Heap, id: ObjId, seen: &mut HashMap<ObjId, usize>, out: &mut String) {
        let v = &heap[id];
        let container = matches!(
            v,
            Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_)
        );
        if container {
            if let Some(n) = seen.get(&id) {
                out.push_str(&format!("#{n}"));
                return;
            }
            let n = seen.len();
            seen.insert(id, n);
        }
        match v {
            // Writers may reorder set elements: compare them as sorted canonical forms.
            Value::Set(_) | Value::FrozenSet(_) => out.push_str(&canonical(heap, id)),
            Value::Tuple(items) | Value::List(items) => {
                out.push_str(v.type_name());
                out.push('(');
                for &i in items {
                    go(heap, i, seen, out);
                    out.push(',');
                }
                out.push(')');
            }
            Value::Dict(pairs) => {
                out.push('{');
                for &(k, x) in pairs {
                    go(heap, k, seen, out);
                    out.push(':');
                    go(heap, x, seen, out);
                    out.push(',');
                }
                out.push('}');
            }
            _ => out.push_str(&canonical(heap, id)),
        }
    }
    let mut out = String::new();
    go(heap, root, &mut HashMap::new(), &mut out);
    out
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn roundtrip_every_version(s in spec(), version in 0u8..=4) {
        let mut heap = Heap::new();
        let root = build(&mut heap, &s, &mut Vec::new(), false);
        let opts = DumpOptions { version, policy: RefPolicy::CPython };
        let bytes = dumps_with(&heap, root, &opts).unwrap();
        let back = loads(&bytes).unwrap();
        prop_assert_eq!(back.consumed, bytes.len());
        prop_assert_eq!(canonical(&back.heap, back.root), canonical(&heap, root));
        // Writing what we read gives the same bytes again.
        prop_assert_eq!(dumps_with(&back.heap, back.root, &opts).unwrap(), bytes);
    }

    #[test]
    fn shared_references_keep_identity(s in spec(), policy in prop_oneof![
        Just(RefPolicy::CPython), Just(RefPolicy::Shared), Just(RefPolicy::Preserve)
    ]) {
        let mut heap = Heap::new();
        let root = build(&mut heap, &s, &mut Vec::new(), true);
        let opts = DumpOptions { version: 4, policy };
        let bytes = dumps_with(&heap, root, &opts).unwrap();
        let back = loads(&bytes).unwrap();
        prop_assert_eq!(identity_shape(&back.heap, back.root), identity_shape(&heap, root));
        // Preserve on what was read reproduces the bytes exactly.
        let again = dumps_with(&back.heap, back.root, &DumpOptions {
            version: 4, policy: RefPolicy::Preserve,
        }).unwrap();
        prop_assert_eq!(again, bytes);
    }
}

proptest! {
    #![proptest_config(config(5000))]

    #[test]
    fn loads_never_panics(data in prop::collection::vec(any::<u8>(), 0..64)) {
        let _ = loads(&data);
    }

    #[test]
    fn mutated_data_never_panics(s in spec(), flips in prop::collection::vec((any::<usize>(), any::<u8>()), 1..4), cut in any::<usize>()) {
        let mut heap = Heap::new();
        let root = build(&mut heap, &s, &mut Vec::new(), true);
        let mut bytes = dumps(&heap, root).unwrap();
        for (at, b) in flips {
            let n = bytes.len();
            bytes[at % n] = b;
        }
        let n = bytes.len();
        if let Ok(l) = loads(&bytes) {
            let _ = dumps(&l.heap, l.root);
            let _ = pyvm_marshal::repr(&l.heap, l.root);
        }
        let _ = loads(&bytes[..cut % (n + 1)]);
    }

    #[test]
    fn pyc_parse_never_panics(tail in prop::collection::vec(any::<u8>(), 0..80), magic in prop::sample::select(vec![3379u16, 3394, 3413, 3425, 3439, 3495, 3531, 3571])) {
        let mut data = magic.to_le_bytes().to_vec();
        data.extend_from_slice(b"\r\n\0\0\0\0\0\0\0\0\0\0\0\0");
        data.extend_from_slice(&tail);
        if let Ok(p) = Pyc::parse(&data) {
            for (_, v) in p.heap.iter() {
                if let Some(c) = v.as_code().and_then(|c| c.as_cpython()) {
                    let _ = (c.lines(&p.heap), c.positions(&p.heap), c.exception_entries(&p.heap));
                    let _ = (c.names(&p.heap), c.varnames(&p.heap), c.nlocals(&p.heap));
                }
            }
            let _ = p.to_bytes();
        }
    }
}

/// Writes generated values for `tools/check_marshal_interop.py` (CPython must load our bytes
/// to the same value). Without the environment variable this only checks the generator.
#[test]
fn interop_cases() {
    let out = std::env::var("PYVM_MARSHAL_INTEROP_OUT").ok();
    let mut runner = TestRunner::new(Config {
        rng_algorithm: proptest::test_runner::RngAlgorithm::ChaCha,
        ..Config::default()
    });
    let strategy = spec();
    let mut lines = Vec::new();
    for _ in 0..2000 {
        let s = strategy.new_tree(&mut runner).unwrap().current();
        let mut heap = Heap::new();
        let root = build(&mut heap, &s, &mut Vec::new(), true);
        let bytes = dumps(&heap, root).unwrap();
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        lines.push(format!("{hex}\t{}", canonical(&heap, root)));
    }
    if let Some(path) = out {
        std::fs::write(path, lines.join("\n") + "\n").unwrap();
    }
}
