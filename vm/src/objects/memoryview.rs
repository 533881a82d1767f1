//! A first `memoryview`: a read-only view of a snapshot of the exporter's bytes (format `B`,
//! one dimension). Indexing, iteration, `len`, `bytes()` and comparisons behave as the
//! bytes do; writes through the view and `cast` are not supported yet.

use crate::error::{type_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::bytes_methods::bytes_of;
use crate::objects::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

fn data(args: &[Value]) -> PyResult<Vec<u8>> {
    args.first()
        .and_then(bytes_of)
        .ok_or_else(|| type_error("descriptor requires a 'memoryview' object"))
}

fn mv_new(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [obj_kw] = crate::builtins::take_kwargs("memoryview", kw, ["object"])?;
    let src = args
        .get(1)
        .cloned()
        .or(obj_kw)
        .ok_or_else(|| type_error("memoryview() missing required argument 'object' (pos 1)"))?;
    let Some(d) = bytes_of(&src) else {
        return Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name_of(&src)
        )));
    };
    Ok(Value::Obj(Object::new(
        &types().memoryview,
        Payload::Bytes(d.into_boxed_slice()),
    )))
}

fn mv_tobytes(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(crate::objects::bytes::new_bytes(data(args)?))
}

fn mv_tolist(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let items = data(args)?
        .into_iter()
        .map(|b| Value::Int(i64::from(b)))
        .collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::objects::bytes_methods::m_hex(vm, args, kw)
}

fn mv_release(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn mv_enter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn mv_exit(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn mv_setitem(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Err(type_error("cannot modify read-only memory"))
}

fn mv_nbytes(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(data(args)?.len() as i64))
}

fn mv_readonly(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn mv_format(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::str("B"))
}

fn mv_one(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn mv_shape(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = data(args)?.len() as i64;
    Ok(vm.new_tuple(vec![Value::Int(n)]))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("release", mv_release),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("__setitem__", mv_setitem),
];

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("nbytes", mv_nbytes),
    ("readonly", mv_readonly),
    ("format", mv_format),
    ("itemsize", mv_one),
    ("ndim", mv_one),
    ("shape", mv_shape),
];

/// Fills the `memoryview` type and registers it as a builtin.
pub(crate) fn register(vm: &mut Vm) {
    let t = &types().memoryview;
    add_methods(t, METHODS, BuiltinKind::Method);
    add_methods(t, &[("__new__", mv_new)], BuiltinKind::Function);
    if let Some(ty) = t.as_type() {
        let mut d = ty.dict.borrow_mut();
        for &(name, func) in PROPERTIES {
            let getter = Object::new(
                &types().builtin_function,
                Payload::Builtin(BuiltinFn {
                    name,
                    func,
                    kind: BuiltinKind::Function,
                    owner: Some(ty.name.clone()),
                }),
            );
            let prop = Object::new(
                &types().property,
                Payload::Property {
                    fget: Value::Obj(getter),
                    fset: Value::None,
                    fdel: Value::None,
                },
            );
            d.set_str(name, Value::Obj(prop));
        }
    }
    vm.set_builtin("memoryview", Value::Obj(t.clone()));
}
