//! `marshal`: CPython's serialization of Python values, through the `pyvm-marshal` crate.
//!
//! Data values are converted to the crate's [`Heap`] and written by it, so the bytes are
//! CPython 3.12's (its `RefPolicy::CPython` stands in for CPython's "reference count above one"
//! rule; the same VM object reached twice becomes one heap node, hence one `FLAG_REF` and a
//! back reference). Code objects are pyvm's: a code object is written in pyvm's own
//! `TYPE_CODE` layout (`pyvm_compiler::serialize`), and `loads` reads that layout back into a
//! runnable code object. Containers holding code objects are written by [`write_mixed`]
//! (marshal containers around pyvm code objects, other subtrees in version 2, without
//! references) and read back by [`read_mixed`] when the standard reader cannot read them.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use pyvm_marshal::{DumpOptions, Heap, ObjId, RefPolicy, Value as MValue};

use crate::builtins::{funcs_index, take_kwargs};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::CodeData;
use crate::objects::int::from_big;
use crate::objects::str::PyStr;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

use super::{new_module, set_attr};

/// `marshal.version`.
const VERSION: i64 = 4;

/// Type byte of a code object (`'c'`), with or without `FLAG_REF`.
const TYPE_CODE: u8 = b'c';
const FLAG_REF: u8 = 0x80;

/// Builds the `marshal` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "marshal",
        &[
            ("dumps", marshal_dumps),
            ("loads", marshal_loads),
            ("dump", marshal_dump),
            ("load", marshal_load),
        ],
    );
    set_attr(&m, "version", Value::Int(VERSION));
    Ok(m)
}

fn no_kwargs(fname: &str, kw: &KwArgs) -> PyResult<()> {
    let _: [Option<Value>; 0] = take_kwargs(fname, kw, [])
        .map_err(|_| type_error(format!("{fname}() takes no keyword arguments")))?;
    Ok(())
}

fn arg_count(fname: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        let msg = if min == max {
            format!(
                "{fname}() takes exactly {min} argument{} ({} given)",
                if min == 1 { "" } else { "s" },
                args.len()
            )
        } else if args.len() < min {
            format!(
                "{fname} expected at least {min} arguments, got {}",
                args.len()
            )
        } else {
            format!(
                "{fname} expected at most {max} arguments, got {}",
                args.len()
            )
        };
        return Err(type_error(msg));
    }
    Ok(())
}

/// Serializes `value` with marshal format `version` (what `dumps` returns).
pub(crate) fn dumps_value(vm: &mut Vm, value: &Value, version: i64) -> PyResult<Vec<u8>> {
    if let Some(Payload::Code(c)) = value.payload() {
        return Ok(pyvm_compiler::serialize::code_to_marshal(&c.code));
    }
    if contains_code(value, 0) {
        let mut out = Vec::new();
        write_mixed(vm, value, version, &mut out, 0)?;
        return Ok(out);
    }
    let mut conv = ToHeap {
        heap: Heap::new(),
        memo: HashMap::new(),
        depth: 0,
    };
    let root = conv.convert(vm, value)?;
    let options = DumpOptions {
        version: u8::try_from(version.clamp(0, 255)).unwrap_or(4),
        policy: RefPolicy::CPython,
    };
    let mut out = pyvm_marshal::dumps_with(&conv.heap, root, &options).map_err(marshal_error)?;
    // CPython writes a bytearray through a temporary bytes object nothing else refers to, so
    // it never carries FLAG_REF; a leaf at the root has no back-references to renumber.
    if matches!(value.payload(), Some(Payload::ByteArray(_))) {
        if let Some(first) = out.first_mut() {
            *first &= !FLAG_REF;
        }
    }
    Ok(out)
}

/// Reads one marshal object from the start of `data`; returns it and the bytes it used.
pub(crate) fn loads_value(vm: &mut Vm, data: &[u8]) -> PyResult<(Value, usize)> {
    if let Some(&first) = data.first() {
        if first & !FLAG_REF == TYPE_CODE {
            let (code, used) =
                pyvm_compiler::serialize::code_from_marshal_prefix(data).map_err(code_error)?;
            let code = CodeData::new(Rc::new(code));
            return Ok((
                Value::Obj(Object::new(&types().code, Payload::Code(code))),
                used,
            ));
        }
    }
    let first_try = pyvm_marshal::loads(data)
        .map_err(marshal_error)
        .and_then(|loaded| {
            let mut conv = FromHeap {
                heap: &loaded.heap,
                memo: HashMap::new(),
            };
            Ok((conv.convert(vm, loaded.root)?, loaded.consumed))
        });
    match first_try {
        Ok(r) => Ok(r),
        // Containers holding pyvm code objects (see `write_mixed`) are read by hand; when
        // that fails too, the error is the standard reader's (CPython's message).
        Err(e) => {
            let mut pos = 0;
            match read_mixed(vm, data, &mut pos, 0) {
                Ok(v) => Ok((v, pos)),
                Err(_) => Err(e),
            }
        }
    }
}

/// Whether `v` holds a code object inside a tuple, list, dict, set or frozenset.
fn contains_code(v: &Value, depth: usize) -> bool {
    if depth > pyvm_marshal::MAX_DEPTH {
        return false;
    }
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Code(_)) => return depth > 0,
        Some(Payload::Tuple(items)) => items.to_vec(),
        Some(Payload::List(items)) => items.borrow().clone(),
        Some(Payload::Dict(d)) => d
            .borrow()
            .iter()
            .flat_map(|e| [e.key.clone(), e.value.clone()])
            .collect(),
        Some(Payload::Set(items)) => items.borrow().iter().cloned().collect(),
        Some(Payload::FrozenSet(items)) => items.iter().cloned().collect(),
        _ => return false,
    };
    items.iter().any(|it| contains_code(it, depth + 1))
}

/// Writes a value holding pyvm code objects: the containers as marshal containers, the code
/// objects in pyvm's layout, every other subtree as marshal version 2 (no `FLAG_REF`, so the
/// separately written pieces never need a shared reference table). CPython cannot read the
/// code objects, as it cannot read pyvm pycs; pyvm's `loads` reads the whole.
fn write_mixed(
    vm: &mut Vm,
    v: &Value,
    version: i64,
    out: &mut Vec<u8>,
    depth: usize,
) -> PyResult<()> {
    if depth > pyvm_marshal::MAX_DEPTH {
        return Err(value_error("object too deeply nested to marshal"));
    }
    if let Some(Payload::Code(c)) = v.payload() {
        out.extend(pyvm_compiler::serialize::code_to_marshal(&c.code));
        return Ok(());
    }
    if !contains_code(v, 1) {
        let mut piece = dumps_value(vm, v, version.min(2))?;
        if let Some(first) = piece.first_mut() {
            *first &= !FLAG_REF;
        }
        out.extend(piece);
        return Ok(());
    }
    let put_len = |out: &mut Vec<u8>, n: usize| {
        out.extend_from_slice(&u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes());
    };
    let t = types();
    let exact = |ty: &Obj| v.as_obj().is_some_and(|o| Rc::ptr_eq(o.class(), ty));
    match v.payload() {
        Some(Payload::Tuple(items)) if exact(&t.tuple) => {
            out.push(b'(');
            put_len(out, items.len());
            for it in items.iter() {
                write_mixed(vm, it, version, out, depth + 1)?;
            }
        }
        Some(Payload::List(items)) if exact(&t.list) => {
            let items = items.borrow().clone();
            out.push(b'[');
            put_len(out, items.len());
            for it in &items {
                write_mixed(vm, it, version, out, depth + 1)?;
            }
        }
        Some(Payload::Dict(d)) if exact(&t.dict) => {
            let pairs: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            out.push(b'{');
            for (k, val) in &pairs {
                write_mixed(vm, k, version, out, depth + 1)?;
                write_mixed(vm, val, version, out, depth + 1)?;
            }
            out.push(b'0');
        }
        Some(Payload::Set(items)) if exact(&t.set) => {
            let items: Vec<Value> = items.borrow().iter().cloned().collect();
            out.push(b'<');
            put_len(out, items.len());
            for it in &items {
                write_mixed(vm, it, version, out, depth + 1)?;
            }
        }
        Some(Payload::FrozenSet(items)) if exact(&t.frozenset) => {
            let items: Vec<Value> = items.iter().cloned().collect();
            out.push(b'>');
            put_len(out, items.len());
            for it in &items {
                write_mixed(vm, it, version, out, depth + 1)?;
            }
        }
        _ => return Err(value_error("unmarshallable object")),
    }
    Ok(())
}

/// Reads what [`write_mixed`] wrote, from `data[*pos..]`.
fn read_mixed(vm: &mut Vm, data: &[u8], pos: &mut usize, depth: usize) -> PyResult<Value> {
    if depth > pyvm_marshal::MAX_DEPTH {
        return Err(value_error("recursion limit exceeded"));
    }
    let short = || PyErr::new(&types().eof_error, "marshal data too short");
    let rest = data.get(*pos..).ok_or_else(short)?;
    let &kind = rest.first().ok_or_else(short)?;
    let read_len = |pos: &mut usize| -> PyResult<usize> {
        let b = data.get(*pos..*pos + 4).ok_or_else(short)?;
        *pos += 4;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    let t = types();
    match kind {
        TYPE_CODE => {
            let (code, used) =
                pyvm_compiler::serialize::code_from_marshal_prefix(rest).map_err(code_error)?;
            *pos += used;
            let code = CodeData::new(Rc::new(code));
            Ok(Value::Obj(Object::new(&t.code, Payload::Code(code))))
        }
        b'(' | b'[' | b'<' | b'>' => {
            *pos += 1;
            let n = read_len(pos)?;
            let mut items = Vec::with_capacity(n.min(1024));
            for _ in 0..n {
                items.push(read_mixed(vm, data, pos, depth + 1)?);
            }
            match kind {
                b'(' => Ok(vm.new_tuple(items)),
                b'[' => Ok(vm.new_list(items)),
                _ => {
                    let s = vm.new_set();
                    for it in items {
                        vm.set_add(&s, it)?;
                    }
                    if kind == b'<' {
                        return Ok(s);
                    }
                    let set = match s.payload() {
                        Some(Payload::Set(inner)) => std::mem::take(&mut *inner.borrow_mut()),
                        _ => crate::objects::set::Set::new(),
                    };
                    Ok(Value::Obj(Object::new(
                        &t.frozenset,
                        Payload::FrozenSet(set),
                    )))
                }
            }
        }
        b'{' => {
            *pos += 1;
            let d = Object::new(&t.dict, Payload::Dict(RefCell::new(Dict::new())));
            loop {
                if data.get(*pos) == Some(&b'0') {
                    *pos += 1;
                    break;
                }
                let k = read_mixed(vm, data, pos, depth + 1)?;
                let v = read_mixed(vm, data, pos, depth + 1)?;
                vm.dict_set(&d, k, v)?;
            }
            Ok(Value::Obj(d))
        }
        _ => {
            let loaded = pyvm_marshal::loads(rest).map_err(marshal_error)?;
            let mut conv = FromHeap {
                heap: &loaded.heap,
                memo: HashMap::new(),
            };
            let v = conv.convert(vm, loaded.root)?;
            *pos += loaded.consumed;
            Ok(v)
        }
    }
}

/// The Python exception for bad pyvm code-object data: truncation is CPython's `EOFError`,
/// anything else a `ValueError` naming the problem.
fn code_error(e: pyvm_compiler::serialize::LoadError) -> PyErr {
    match e {
        pyvm_compiler::serialize::LoadError::Truncated => {
            PyErr::new(&types().eof_error, "marshal data too short")
        }
        other => value_error(format!("bad marshal data ({other})")),
    }
}

/// The Python exception for a marshal error: CPython's type and message.
fn marshal_error(e: pyvm_marshal::Error) -> PyErr {
    let t = types();
    let ty = match e.python_type() {
        "EOFError" => &t.eof_error,
        "TypeError" => &t.type_error,
        "UnicodeDecodeError" => &t.unicode_decode_error,
        _ => &t.value_error,
    };
    PyErr::new(ty, e.to_string())
}

/// The bytes of a bytes-like argument, or CPython's `TypeError`.
fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ if crate::vm::type_name_of(v) == "memoryview" => Err(type_error(
            "a bytes-like object is required, not 'memoryview'",
        )),
        _ => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))),
    }
}

fn version_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v @ (Value::Int(_) | Value::Bool(_))) => funcs_index(vm, v),
        Some(v) if matches!(v.payload(), Some(Payload::Int(_))) => funcs_index(vm, v),
        Some(v) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

fn marshal_dumps(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("dumps", kw)?;
    arg_count("dumps", args, 1, 2)?;
    let version = version_arg(vm, args.get(1))?;
    let bytes = dumps_value(vm, &args[0], version)?;
    Ok(crate::objects::bytes::new_bytes(bytes))
}

fn marshal_loads(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("loads", kw)?;
    arg_count("loads", args, 1, 1)?;
    let data = buffer_arg(&args[0])?;
    Ok(loads_value(vm, &data)?.0)
}

fn marshal_dump(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("dump", kw)?;
    arg_count("dump", args, 2, 3)?;
    let version = version_arg(vm, args.get(2))?;
    let bytes = dumps_value(vm, &args[0], version)?;
    let b = crate::objects::bytes::new_bytes(bytes);
    vm.call_method(&args[1], "write", &[b])?;
    Ok(Value::None)
}

fn marshal_load(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("load", kw)?;
    arg_count("load", args, 1, 1)?;
    let file = &args[0];
    // CPython checks the stream first with `file.read(0)`.
    let probe = vm.call_method(file, "read", &[Value::Int(0)])?;
    if !matches!(probe.payload(), Some(Payload::Bytes(_))) {
        return Err(type_error(format!(
            "file.read() returned not bytes but {}",
            type_name_of(&probe)
        )));
    }
    // Read what is left, then put the position just after the object when the stream can
    // seek (CPython reads the object's bytes one field at a time instead).
    let start = vm.call_method(file, "tell", &[]).ok();
    let rest = vm.call_method(file, "read", &[])?;
    let data = buffer_arg(&rest)?;
    let (value, used) = loads_value(vm, &data)?;
    if let Some(Value::Int(pos)) = start {
        let end = pos.saturating_add(i64::try_from(used).unwrap_or(i64::MAX));
        vm.call_method(file, "seek", &[Value::Int(end)])?;
    }
    Ok(value)
}

/// A str for the marshal heap, with CPython's interned bit: identifier-like strings that are
/// the VM's interned object (code constants, names) are interned in CPython too, and marshal
/// writes those as `Z`/`t` with a reference slot.
fn marshal_str(v: &Value, s: &PyStr) -> pyvm_marshal::PyStr {
    if let Some(a) = s.as_ascii() {
        if a.len() <= 64 && a.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            let rc: Rc<str> = Rc::from(a);
            if crate::objects::function::intern(&rc).is(v) {
                return pyvm_marshal::PyStr::new_interned(a);
            }
        }
    }
    pyvm_marshal::PyStr::from_code_points(s.code_points())
}

/// VM values to a marshal heap, keeping identity (the same object is one node).
struct ToHeap {
    heap: Heap,
    memo: HashMap<usize, ObjId>,
    depth: usize,
}

impl ToHeap {
    fn convert(&mut self, vm: &mut Vm, v: &Value) -> PyResult<ObjId> {
        match v {
            Value::None => return Ok(ObjId::NONE),
            Value::Bool(b) => return Ok(self.heap.bool(*b)),
            Value::Int(i) => return Ok(self.heap.add(MValue::Int(*i))),
            Value::Float(f) => return Ok(self.heap.add(MValue::Float(*f))),
            Value::Unbound => return Err(value_error("unmarshallable object")),
            Value::Obj(_) => {}
        }
        let Value::Obj(o) = v else {
            return Err(value_error("unmarshallable object"));
        };
        let key = Rc::as_ptr(o) as usize;
        if let Some(&id) = self.memo.get(&key) {
            return Ok(id);
        }
        if self.depth >= pyvm_marshal::MAX_DEPTH {
            return Err(value_error("object too deeply nested to marshal"));
        }
        let t = types();
        let exact = |ty: &Obj| Rc::ptr_eq(o.class(), ty);
        // Leaves.
        let leaf = match &o.payload {
            Payload::Int(b) if exact(&t.int) => Some(MValue::BigInt(b.clone())),
            Payload::Float(f) if exact(&t.float) => Some(MValue::Float(*f)),
            Payload::Complex(re, im) if exact(&t.complex) => {
                Some(MValue::Complex { re: *re, im: *im })
            }
            Payload::Str(s) if exact(&t.str) => Some(MValue::Str(marshal_str(v, s))),
            Payload::Bytes(b) if exact(&t.bytes) => Some(MValue::Bytes(b.to_vec())),
            Payload::ByteArray(b) => Some(MValue::Bytes(b.borrow().clone())),
            Payload::Ellipsis => Some(MValue::Ellipsis),
            _ if Rc::ptr_eq(o, &t.stop_iteration) => Some(MValue::StopIteration),
            _ => None,
        };
        if let Some(l) = leaf {
            let id = self.heap.add(l);
            self.memo.insert(key, id);
            return Ok(id);
        }
        // Containers: register first (a list may contain itself), then fill.
        let id = self.heap.add(MValue::None);
        self.memo.insert(key, id);
        self.depth += 1;
        let filled = match &o.payload {
            Payload::Tuple(items) if exact(&t.tuple) => MValue::Tuple(self.convert_all(vm, items)?),
            Payload::List(items) if exact(&t.list) => {
                let items = items.borrow().clone();
                MValue::List(self.convert_all(vm, &items)?)
            }
            Payload::Dict(d) if exact(&t.dict) => {
                let pairs: Vec<(Value, Value)> = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                let mut out = Vec::with_capacity(pairs.len());
                for (k, val) in &pairs {
                    let k = self.convert(vm, k)?;
                    let val = self.convert(vm, val)?;
                    out.push((k, val));
                }
                MValue::Dict(out)
            }
            Payload::Set(s) if exact(&t.set) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                MValue::Set(self.convert_all(vm, &items)?)
            }
            Payload::FrozenSet(s) if exact(&t.frozenset) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                MValue::FrozenSet(self.convert_all(vm, &items)?)
            }
            _ => return Err(value_error("unmarshallable object")),
        };
        self.depth -= 1;
        self.heap.set(id, filled);
        Ok(id)
    }

    fn convert_all(&mut self, vm: &mut Vm, items: &[Value]) -> PyResult<Vec<ObjId>> {
        items.iter().map(|it| self.convert(vm, it)).collect()
    }
}

/// A marshal heap to VM values, keeping identity.
struct FromHeap<'a> {
    heap: &'a Heap,
    memo: HashMap<ObjId, Value>,
}

impl FromHeap<'_> {
    fn convert(&mut self, vm: &mut Vm, id: ObjId) -> PyResult<Value> {
        if let Some(v) = self.memo.get(&id) {
            return Ok(v.clone());
        }
        let t = types();
        let Some(mv) = self.heap.get(id) else {
            return Err(value_error("bad marshal data (invalid reference)"));
        };
        let v = match mv {
            MValue::None => Value::None,
            MValue::StopIteration => Value::Obj(t.stop_iteration.clone()),
            MValue::Ellipsis => Value::Obj(t.ellipsis.clone()),
            MValue::Bool(b) => Value::Bool(*b),
            MValue::Int(i) => Value::Int(*i),
            MValue::BigInt(b) => from_big(b.clone()),
            MValue::Float(f) => Value::Float(*f),
            MValue::Complex { re, im } => {
                Value::Obj(Object::new(&t.complex, Payload::Complex(*re, *im)))
            }
            MValue::Bytes(b) => crate::objects::bytes::new_bytes(b.clone()),
            MValue::Str(s) => {
                let cps: Vec<u32> = s.code_points().collect();
                Value::Obj(Object::new_str(PyStr::from_code_points(&cps)))
            }
            MValue::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for &it in items {
                    out.push(self.convert(vm, it)?);
                }
                let v = Value::Obj(Object::new(&t.tuple, Payload::Tuple(out.into())));
                self.memo.insert(id, v.clone());
                return Ok(v);
            }
            MValue::List(items) => {
                let list = Object::new(&t.list, Payload::List(RefCell::new(Vec::new())));
                let v = Value::Obj(list.clone());
                self.memo.insert(id, v.clone());
                for &it in items {
                    let x = self.convert(vm, it)?;
                    if let Payload::List(l) = &list.payload {
                        l.borrow_mut().push(x);
                    }
                }
                return Ok(v);
            }
            MValue::Dict(pairs) => {
                let d = Object::new(&t.dict, Payload::Dict(RefCell::new(Dict::new())));
                let v = Value::Obj(d.clone());
                self.memo.insert(id, v.clone());
                for &(k, val) in pairs {
                    let k = self.convert(vm, k)?;
                    let val = self.convert(vm, val)?;
                    vm.dict_set(&d, k, val)?;
                }
                return Ok(v);
            }
            MValue::Set(items) => {
                let s = vm.new_set();
                self.memo.insert(id, s.clone());
                for &it in items {
                    let x = self.convert(vm, it)?;
                    vm.set_add(&s, x)?;
                }
                return Ok(s);
            }
            MValue::FrozenSet(items) => {
                let s = vm.new_set();
                for &it in items {
                    let x = self.convert(vm, it)?;
                    vm.set_add(&s, x)?;
                }
                let set = match s.payload() {
                    Some(Payload::Set(inner)) => std::mem::take(&mut *inner.borrow_mut()),
                    _ => crate::objects::set::Set::new(),
                };
                Value::Obj(Object::new(&t.frozenset, Payload::FrozenSet(set)))
            }
            MValue::Code(_) => {
                return Err(value_error("bad marshal data (unknown type code)"));
            }
        };
        self.memo.insert(id, v.clone());
        Ok(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(vm: &mut Vm, src: &str) -> (Vec<u8>, String) {
        let code = pyvm_compiler::compile(src, "<t>", pyvm_parser::Mode::Eval).expect("compiles");
        let g = crate::vm::fresh_dict();
        let v = vm
            .run_code_with_locals(CodeData::new(code), g.clone(), Value::Obj(g), None)
            .expect("evaluates");
        let bytes = dumps_value(vm, &v, 4).expect("dumps");
        let (back, used) = loads_value(vm, &bytes).expect("loads");
        assert_eq!(used, bytes.len());
        (bytes, vm.repr_string(&back).expect("repr"))
    }

    #[test]
    fn data_matches_cpython_bytes() {
        let mut vm = Vm::new();
        // bytes recorded from CPython 3.12's marshal.dumps
        let (b, r) = round_trip(&mut vm, "(1, 'a')");
        assert_eq!(b, b"\xa9\x02\xe9\x01\x00\x00\x00\xda\x01a");
        assert_eq!(r, "(1, 'a')");
        let (_, r) = round_trip(&mut vm, "[None, True, 2**80, -1.5, 2j, b'x', {1: {2}}]");
        assert_eq!(
            r,
            "[None, True, 1208925819614629174706176, -1.5, 2j, b'x', {1: {2}}]"
        );
    }

    #[test]
    fn code_objects_round_trip_and_stop_at_their_end() {
        let mut vm = Vm::new();
        let code =
            pyvm_compiler::compile("x = 5\n", "<c>", pyvm_parser::Mode::Exec).expect("compiles");
        let v = Value::Obj(Object::new(
            &types().code,
            Payload::Code(CodeData::new(code.clone())),
        ));
        let mut bytes = dumps_value(&mut vm, &v, 4).expect("dumps");
        let len = bytes.len();
        bytes.extend_from_slice(b"N");
        let (back, used) = loads_value(&mut vm, &bytes).expect("loads");
        assert_eq!(used, len);
        match back.payload() {
            Some(Payload::Code(c)) => assert_eq!(*c.code, *code),
            _ => panic!("not a code object"),
        }
        let e = loads_value(&mut vm, &bytes[..len - 1]).expect_err("truncated");
        assert_eq!(e.type_name(), "EOFError");
    }

    #[test]
    fn errors_are_cpythons() {
        let mut vm = Vm::new();
        let e = loads_value(&mut vm, b"i\x01").expect_err("short");
        assert_eq!(e.type_name(), "EOFError");
        let e = loads_value(&mut vm, b"?").expect_err("bad");
        assert_eq!(e.type_name(), "ValueError");
        let e = dumps_value(&mut vm, &Value::Obj(types().int.clone()), 4).expect_err("type");
        assert_eq!(e.type_name(), "ValueError");
    }
}
