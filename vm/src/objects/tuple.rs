//! `tuple` methods.

use crate::error::{type_error, value_error, PyResult};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn items(args: &[Value]) -> PyResult<Vec<Value>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(type_error("descriptor requires a 'tuple' object")),
    }
}

fn tuple_index(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let target = args.get(1).cloned().unwrap_or(Value::None);
    for (i, it) in items(args)?.iter().enumerate() {
        if vm.eq(it, &target)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let target = args.get(1).cloned().unwrap_or(Value::None);
    let mut n = 0;
    for it in items(args)?.iter() {
        if vm.eq(it, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// The native methods of `tuple`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("index", tuple_index), ("count", tuple_count)];
