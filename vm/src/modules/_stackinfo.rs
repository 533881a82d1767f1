//! `_stackinfo`: where the running Python code is, for `lib/warnings.py` (the file and line a
//! warning is reported at, its module's registry) and `lib/traceback.py` (`print_stack`,
//! `extract_stack`, and the VM's own traceback text, position markers included, for
//! `format_exc` and friends). pyvm-private: CPython programs get this from `sys._getframe`, which pyvm
//! does not have yet.

use super::new_module;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::frame::Frame;
use crate::object::{Obj, Payload};
use crate::objects::exception::TbEntry;
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

/// The exception argument of the formatting functions.
fn exception_arg(args: &[Value]) -> PyResult<Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(type_error("an exception instance is required")),
    }
}

/// `format_exception(exc)`: the text pyvm prints for `exc` left uncaught (its chain, every
/// frame with source line and position markers, the final line), as one string.
fn s_format_exception(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = PyErr(exception_arg(args)?);
    Ok(Value::str(&crate::traceback::format_exception(vm, &e)))
}

/// `format_exception_only(exc)`: the final `Type: message` line(s), with notes.
fn s_format_exception_only(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = exception_arg(args)?;
    Ok(Value::str(&crate::traceback::exception_only(
        vm,
        &Value::Obj(e),
    )))
}

/// `format_tb(tb)`: the `File ..., line ...` entries of a traceback object, outermost first.
fn s_format_tb(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let entries: Vec<TbEntry> = match args.first().and_then(Value::payload) {
        Some(Payload::Traceback(entries)) => entries.to_vec(),
        _ => return Ok(Value::str("")),
    };
    let mut out = String::new();
    for entry in &entries {
        crate::traceback::format_entry(vm, entry, &mut out);
    }
    Ok(Value::str(&out))
}

/// `trim_traceback(exc, skip, keep)`: keeps `keep` entries of `exc`'s traceback after the
/// first `skip` (outermost first). `unittest` uses it to hide its own frames around a test
/// method, as CPython's hides frames whose globals hold `__unittest` (CPython can cut a
/// traceback object's `tb_next`; pyvm's traceback objects are immutable slices).
fn s_trim_traceback(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = exception_arg(args)?;
    let count = |i: usize| -> PyResult<usize> {
        args.get(i)
            .and_then(as_int)
            .and_then(|n| n.to_big().try_into().ok())
            .ok_or_else(|| type_error("trim_traceback: counts must be non-negative ints"))
    };
    let (skip, keep) = (count(1)?, count(2)?);
    if let Payload::Exception(st) = &e.payload {
        let mut st = st.borrow_mut();
        let mut entries = st.traceback.clone();
        entries.reverse();
        let kept: Vec<TbEntry> = entries.into_iter().skip(skip).take(keep).rev().collect();
        st.traceback = kept;
        st.tb_obj = None;
    }
    Ok(Value::None)
}

/// Builds the `_stackinfo` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    Ok(new_module(
        vm,
        "_stackinfo",
        &[
            ("frame", s_frame),
            ("stack", s_stack),
            ("format_exception", s_format_exception),
            ("format_exception_only", s_format_exception_only),
            ("format_tb", s_format_tb),
            ("trim_traceback", s_trim_traceback),
        ],
    ))
}
