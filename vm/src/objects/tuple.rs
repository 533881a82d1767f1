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
    let Some(target) = args.get(1).cloned() else {
        return Err(type_error("index expected at least 1 argument, got 0"));
    };
    let all = items(args)?;
    let len = all.len() as i64;
    let mut bound = |v: Option<&Value>, d: i64| -> PyResult<usize> {
        let i = match v {
            Some(v) => crate::builtins::funcs_index(vm, v)?,
            None => d,
        };
        Ok(if i < 0 { (i + len).max(0) } else { i.min(len) } as usize)
    };
    let start = bound(args.get(2), 0)?;
    let stop = bound(args.get(3), len)?;
    for (i, it) in all.iter().enumerate().take(stop).skip(start) {
        if it.is(&target) || vm.eq(it, &target)? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let target = args.get(1).cloned().unwrap_or(Value::None);
    let mut n = 0;
    for it in items(args)?.iter() {
        if it.is(&target) || vm.eq(it, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

/// The native methods of `tuple`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("index", tuple_index), ("count", tuple_count)];
