//! `_stackinfo`: where the running Python code is, for `lib/warnings.py` (the file and line a
//! warning is reported at, its module's registry) and `lib/traceback.py` (`print_stack`,
//! `extract_stack`). pyvm-private: CPython programs get this from `sys._getframe`, which pyvm
//! does not have yet.

use super::new_module;
use crate::error::{type_error, value_error, PyResult};
use crate::frame::Frame;
use crate::object::Obj;
use crate::objects::int::as_int;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// `(filename, lineno, name)` of one frame.
fn describe(vm: &Vm, f: &Frame) -> Value {
    let code = &f.code.code;
    let line = code
        .line_of(f.lasti)
        .map_or(Value::None, |l| Value::Int(i64::from(l)));
    vm.new_tuple(vec![
        Value::str(&code.filename),
        line,
        Value::str(&code.name),
    ])
}

/// `frame(depth)`: `(filename, lineno, name, globals)` of the frame `depth` levels above the
/// Python code that called this function (0 is that code itself).
fn s_frame(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let depth = match args.first() {
        None => 0,
        Some(v) => as_int(v)
            .and_then(|i| i.to_big().try_into().ok())
            .ok_or_else(|| type_error("depth must be a non-negative int"))?,
    };
    let index = vm
        .frames
        .len()
        .checked_sub(1)
        .and_then(|top| top.checked_sub(depth))
        .ok_or_else(|| value_error("call stack is not deep enough"))?;
    let Some(f) = vm.frames.get(index) else {
        return Err(value_error("call stack is not deep enough"));
    };
    let info = describe(vm, f);
    let globals = Value::Obj(f.globals.clone());
    let mut items = vm.collect_iter(&info)?;
    items.push(globals);
    Ok(vm.new_tuple(items))
}

/// `stack()`: `(filename, lineno, name)` of every running frame, outermost first, without
/// the caller's own frame.
fn s_stack(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let n = vm.frames.len().saturating_sub(1);
    let items: Vec<Value> = vm.frames.iter().take(n).map(|f| describe(vm, f)).collect();
    Ok(vm.new_list(items))
}

/// Builds the `_stackinfo` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    Ok(new_module(
        vm,
        "_stackinfo",
        &[("frame", s_frame), ("stack", s_stack)],
    ))
}
