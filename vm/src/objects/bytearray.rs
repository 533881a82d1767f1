//! `bytearray`: mutable bytes. The read-only methods are the `bytes` ones (their `bytes`
//! results converted back to `bytearray`); the sequence protocol and the mutating methods live
//! here as dunder methods, which the VM reaches through its generic protocol fallbacks.

use std::cell::RefCell;

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::bytes_methods::bytes_of;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::int::as_int;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// A new exact `bytearray`.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    Value::Obj(Object::new(
        &types().bytearray,
        Payload::ByteArray(RefCell::new(data)),
    ))
}

fn cell(args: &[Value]) -> PyResult<&RefCell<Vec<u8>>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

fn not_impl() -> Value {
    Value::Obj(types().not_implemented.clone())
}

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = crate::builtins::funcs_index(vm, v).map_err(|e| {
        if e.matches(&types().type_error) {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(v)
            ))
        } else {
            e
        }
    })?;
    u8::try_from(i).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// The bytes of an iterable of ints or a bytes-like object.
fn bytes_from(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_of(v) {
        return Ok(d);
    }
    if v.as_pystr().is_some() {
        return Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    let items = vm.collect_iter(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(byte_value(vm, it)?);
    }
    Ok(out)
}

fn ba_new(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => types().bytearray.clone(),
    };
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::ByteArray(RefCell::new(Vec::new())),
    )))
}

fn ba_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let c = cell(args)?;
    let rest = args.get(1..).unwrap_or_default();
    let data = crate::objects::bytes_methods::construct_named(vm, rest, kw, "bytearray")?;
    *c.borrow_mut() = data;
    Ok(Value::None)
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    (0..n).contains(&j).then_some(j as usize)
}

fn slice_positions(vm: &mut Vm, key: &Value, len: usize) -> PyResult<Option<Vec<usize>>> {
    let Some(Payload::Slice(parts)) = key.payload() else {
        return Ok(None);
    };
    let parts = (**parts).clone();
    let (start, stop, step) = crate::subscript::slice_indices(vm, &parts, len)?;
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(Some(out))
}

fn ba_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = cell(args)?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let len = c.borrow().len();
    if let Some(pos) = slice_positions(vm, &key, len)? {
        let d = c.borrow();
        let out: Vec<u8> = pos.iter().filter_map(|&i| d.get(i).copied()).collect();
        return Ok(new_bytearray(out));
    }
    if as_int(&key).is_none() && vm.call_dunder(&key, "__index__", &[])?.is_none() {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name_of(&key)
        )));
    }
    let i = crate::builtins::funcs_index(vm, &key)?;
    match norm_index(i, len).and_then(|j| c.borrow().get(j).copied()) {
        Some(b) => Ok(Value::Int(i64::from(b))),
        None => Err(index_error("bytearray index out of range")),
    }
}

fn ba_setitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = cell(args)?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let val = args.get(2).cloned().unwrap_or(Value::None);
    let len = c.borrow().len();
    if let Some(Payload::Slice(parts)) = key.payload() {
        let parts = (**parts).clone();
        if as_int(&val).is_some() {
            return Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        }
        let data = if args.first().is_some_and(|s| val.is(s)) {
            c.borrow().clone()
        } else {
            bytes_from(vm, &val)?
        };
        let (start, stop, step) = crate::subscript::slice_indices(vm, &parts, len)?;
        if step == 1 {
            let s = start.max(0) as usize;
            let e = (stop.max(start)).max(0) as usize;
            let mut d = c.borrow_mut();
            let e = e.min(d.len());
            let s = s.min(e);
            d.splice(s..e, data);
            return Ok(Value::None);
        }
        let pos = slice_positions(vm, &key, len)?.unwrap_or_default();
        if pos.len() != data.len() {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                data.len(),
                pos.len()
            )));
        }
        let mut d = c.borrow_mut();
        for (p, x) in pos.iter().zip(data) {
            if let Some(slot) = d.get_mut(*p) {
                *slot = x;
            }
        }
        return Ok(Value::None);
    }
    let i = crate::builtins::funcs_index(vm, &key)?;
    let b = byte_value(vm, &val)?;
    let Some(j) = norm_index(i, len) else {
        return Err(index_error("bytearray index out of range"));
    };
    if let Some(slot) = c.borrow_mut().get_mut(j) {
        *slot = b;
    }
    Ok(Value::None)
}

fn ba_delitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let len = c.borrow().len();
    if let Some(mut pos) = slice_positions(vm, &key, len)? {
        pos.sort_unstable();
        let mut d = c.borrow_mut();
        for p in pos.into_iter().rev() {
            if p < d.len() {
                d.remove(p);
            }
        }
        return Ok(Value::None);
    }
    let i = crate::builtins::funcs_index(vm, &key)?;
    let Some(j) = norm_index(i, len) else {
        return Err(index_error("bytearray index out of range"));
    };
    c.borrow_mut().remove(j);
    Ok(Value::None)
}

fn ba_len(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(cell(args)?.borrow().len() as i64))
}

fn ba_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cell(args)?;
    let Some(Value::Obj(o)) = args.first() else {
        return Err(type_error("descriptor requires a 'bytearray' object"));
    };
    Ok(Value::Obj(Object::new(
        &types().bytearray_iterator,
        Payload::Iter(Box::new(RefCell::new(
            crate::objects::iter::IterState::Seq {
                seq: o.clone(),
                index: 0,
            },
        ))),
    )))
}

/// The bytearray of a method that changes its size: refused while memoryviews export it.
fn resizable(args: &[Value]) -> PyResult<&RefCell<Vec<u8>>> {
    let c = cell(args)?;
    crate::objects::memoryview::check_resizable(args.first().unwrap_or(&Value::None))?;
    Ok(c)
}

fn ba_contains(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = cell(args)?.borrow().clone();
    let x = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(sub) = bytes_of(&x) {
        if sub.is_empty() {
            return Ok(Value::Bool(true));
        }
        return Ok(Value::Bool(
            d.windows(sub.len()).any(|w| w == sub.as_slice()),
        ));
    }
    let b = byte_value(vm, &x)?;
    Ok(Value::Bool(d.contains(&b)))
}

fn ba_repr(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = cell(args)?.borrow().clone();
    let name = args.first().map(type_name_of).unwrap_or_default();
    Ok(Value::str(&format!("{name}({})", repr_body(&d))))
}

/// CPython's bytearray repr escapes `'` even inside double quotes.
pub(crate) fn repr_body(d: &[u8]) -> String {
    let r = crate::objects::bytes::repr(d);
    match r.strip_prefix("b\"") {
        Some(inner) => format!("b\"{}", inner.replace('\'', "\\'")),
        None => r,
    }
}

fn cmp(args: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    let a = cell(args)?.borrow().clone();
    match args.get(1).and_then(bytes_of) {
        Some(b) => Ok(Value::Bool(f(a.cmp(&b)))),
        None => Ok(not_impl()),
    }
}

fn ba_eq(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cmp(args, |o| o.is_eq())
}
fn ba_ne(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cmp(args, |o| o.is_ne())
}
fn ba_lt(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cmp(args, |o| o.is_lt())
}
fn ba_le(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cmp(args, |o| o.is_le())
}
fn ba_gt(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cmp(args, |o| o.is_gt())
}
fn ba_ge(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cmp(args, |o| o.is_ge())
}

fn ba_add(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut a = cell(args)?.borrow().clone();
    match args.get(1).and_then(bytes_of) {
        Some(b) => {
            a.extend(b);
            Ok(new_bytearray(a))
        }
        None => Err(type_error(format!(
            "can't concat {} to bytearray",
            args.get(1).map(type_name_of).unwrap_or_default()
        ))),
    }
}

fn ba_radd(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = cell(args)?.borrow().clone();
    match args.get(1).and_then(bytes_of) {
        Some(mut b) => {
            b.extend(a);
            Ok(crate::objects::bytes::new_bytes(b))
        }
        None => Ok(not_impl()),
    }
}

fn ba_iadd(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let Some(b) = bytes_of(&other) else {
        return Err(type_error(format!(
            "can't concat {} to bytearray",
            type_name_of(&other)
        )));
    };
    let _ = vm;
    c.borrow_mut().extend(b);
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn ba_mul(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = cell(args)?.borrow().clone();
    let n = match args.get(1) {
        Some(v) if as_int(v).is_some() => crate::builtins::funcs_index(vm, v)?,
        _ => return Ok(not_impl()),
    };
    let n = n.max(0) as usize;
    Ok(new_bytearray(a.repeat(n)))
}

fn ba_imul(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let n = match args.get(1) {
        Some(v) if as_int(v).is_some() => crate::builtins::funcs_index(vm, v)?,
        _ => return Ok(not_impl()),
    };
    let rep = c.borrow().repeat(n.max(0) as usize);
    *c.borrow_mut() = rep;
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn ba_append(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let b = byte_value(vm, args.get(1).unwrap_or(&Value::None))?;
    c.borrow_mut().push(b);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    if other.as_pystr().is_some() {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    if bytes_of(&other).is_none() && !crate::builtins::is_iterable(&other) {
        return Err(type_error(format!(
            "can't extend bytearray with {}",
            type_name_of(&other)
        )));
    }
    let data = bytes_from(vm, &other)?;
    c.borrow_mut().extend(data);
    Ok(Value::None)
}

fn ba_insert(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let i = crate::builtins::funcs_index(vm, args.get(1).unwrap_or(&Value::None))?;
    let b = byte_value(vm, args.get(2).unwrap_or(&Value::None))?;
    let mut d = c.borrow_mut();
    let n = d.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    d.insert(j, b);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let i = match args.get(1) {
        Some(v) => crate::builtins::funcs_index(vm, v)?,
        None => -1,
    };
    let mut d = c.borrow_mut();
    if d.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    match norm_index(i, d.len()) {
        Some(j) => Ok(Value::Int(i64::from(d.remove(j)))),
        None => Err(index_error("pop index out of range")),
    }
}

fn ba_remove(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = resizable(args)?;
    let b = byte_value(vm, args.get(1).unwrap_or(&Value::None))?;
    let mut d = c.borrow_mut();
    match d.iter().position(|&x| x == b) {
        Some(j) => {
            d.remove(j);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    resizable(args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_reverse(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    cell(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_copy(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(new_bytearray(cell(args)?.borrow().clone()))
}

fn ba_fromhex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let r = crate::objects::bytes_methods::m_fromhex(vm, args, kw)?;
    Ok(new_bytearray(bytes_of(&r).unwrap_or_default()))
}

/// Converts `bytes` results (also inside a list or tuple) to `bytearray`.
fn to_ba(vm: &mut Vm, v: Value) -> Value {
    match v.payload() {
        Some(Payload::Bytes(b)) => new_bytearray(b.to_vec()),
        Some(Payload::List(l)) => {
            let items: Vec<Value> = l.borrow().iter().map(to_ba_item).collect();
            vm.new_list(items)
        }
        Some(Payload::Tuple(t)) => {
            let items: Vec<Value> = t.iter().map(to_ba_item).collect();
            vm.new_tuple(items)
        }
        _ => v,
    }
}

fn to_ba_item(x: &Value) -> Value {
    match x.payload() {
        Some(Payload::Bytes(b)) => new_bytearray(b.to_vec()),
        _ => x.clone(),
    }
}

macro_rules! wrapped {
    ($($name:ident => $f:ident, $py:literal),* $(,)?) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                let r = crate::objects::bytes_methods::$f(vm, args, kw)?;
                Ok(to_ba(vm, r))
            }
        )*
        const WRAPPED: &[(&str, NativeFn)] = &[
            $(($py, $name),)*
        ];
    };
}

wrapped! {
    w_split => m_split, "split",
    w_rsplit => m_rsplit, "rsplit",
    w_join => m_join, "join",
    w_strip => m_strip, "strip",
    w_lstrip => m_lstrip, "lstrip",
    w_rstrip => m_rstrip, "rstrip",
    w_replace => m_replace, "replace",
    w_upper => m_upper, "upper",
    w_lower => m_lower, "lower",
    w_swapcase => m_swapcase, "swapcase",
    w_capitalize => m_capitalize, "capitalize",
    w_title => m_title, "title",
    w_ljust => m_ljust, "ljust",
    w_rjust => m_rjust, "rjust",
    w_center => m_center, "center",
    w_zfill => m_zfill, "zfill",
    w_partition => m_partition, "partition",
    w_rpartition => m_rpartition, "rpartition",
    w_removeprefix => m_removeprefix, "removeprefix",
    w_removesuffix => m_removesuffix, "removesuffix",
    w_splitlines => m_splitlines, "splitlines",
    w_expandtabs => m_expandtabs, "expandtabs",
    w_translate => m_translate, "translate",
    w_mod => m_mod, "__mod__",
}

const OWN: &[(&str, NativeFn)] = &[
    ("__init__", ba_init),
    ("__getitem__", ba_getitem),
    ("__setitem__", ba_setitem),
    ("__delitem__", ba_delitem),
    ("__len__", ba_len),
    ("__iter__", ba_iter),
    ("__contains__", ba_contains),
    ("__repr__", ba_repr),
    ("__str__", ba_repr),
    ("__eq__", ba_eq),
    ("__ne__", ba_ne),
    ("__lt__", ba_lt),
    ("__le__", ba_le),
    ("__gt__", ba_gt),
    ("__ge__", ba_ge),
    ("__add__", ba_add),
    ("__radd__", ba_radd),
    ("__iadd__", ba_iadd),
    ("__mul__", ba_mul),
    ("__rmul__", ba_mul),
    ("__imul__", ba_imul),
    ("append", ba_append),
    ("extend", ba_extend),
    ("insert", ba_insert),
    ("pop", ba_pop),
    ("remove", ba_remove),
    ("clear", ba_clear),
    ("reverse", ba_reverse),
    ("copy", ba_copy),
];

/// Fills the `bytearray` type and registers it as a builtin.
pub(crate) fn register(vm: &mut Vm) {
    let t: &Obj = &types().bytearray;
    // The bytes methods that return ints, bools or strs work unchanged.
    add_methods(
        t,
        crate::objects::bytes_methods::METHODS,
        BuiltinKind::Method,
    );
    add_methods(t, WRAPPED, BuiltinKind::Method);
    add_methods(t, OWN, BuiltinKind::Method);
    add_methods(t, &[("__new__", ba_new)], BuiltinKind::Function);
    crate::types::add_classmethods(t, &[("fromhex", ba_fromhex)]);
    if let Some(ty) = t.as_type() {
        ty.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    vm.set_builtin("bytearray", Value::Obj(t.clone()));
}
