//! `_stackinfo`: where the running Python code is, for `lib/warnings.py` (the file and line a
//! warning is reported at, its module's registry) and `lib/traceback.py` (`print_stack`,
//! `extract_stack`, and the VM's own traceback text, position markers included, for
//! `format_exc` and friends). pyvm-private: CPython programs get this from `sys._getframe`, which pyvm
//! does not have yet.

use super::new_module;
use crate::error::{type_error, value_error, PyResult};
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
    let items: Vec<Value> = vm
        .frames
        .iter()
        .take(n)
        .filter(|f| !f.code.hidden.get())
        .map(|f| describe(vm, f))
        .collect();
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
///
/// Optional `limit` (an int or None, as the `traceback` module's argument: positive keeps
/// the outermost entries of each traceback, negative the innermost) and `chain` (a bool).
fn s_format_exception(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = exception_arg(args)?;
    let limit = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            as_int(v)
                .map(|i| {
                    let b = i.to_big();
                    i64::try_from(&b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                        i64::MIN
                    } else {
                        i64::MAX
                    })
                })
                .ok_or_else(|| type_error("limit must be an int or None"))?,
        ),
    };
    let chain = match args.get(2) {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    Ok(Value::str(&crate::traceback::format_exception_limited(
        vm,
        &Value::Obj(e),
        limit,
        chain,
        false,
    )))
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
        crate::traceback::format_entry(vm, entry, &mut out, false);
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

/// Hides the code of `v` from tracebacks (see `CodeData::hidden`): a function's code, the
/// functions of a class (methods, static and class methods, property accessors), or, for a
/// module's globals dict, every function and class defined by that module.
fn hide(vm: &mut Vm, v: &Value, depth: usize) -> PyResult<()> {
    let Value::Obj(o) = v else { return Ok(()) };
    match &o.payload {
        Payload::Function(f) => f.code.hide(),
        Payload::Code(c) => c.hide(),
        Payload::Dict(d) if depth == 0 => {
            let module = d.borrow().get_str("__name__").cloned();
            let items: Vec<Value> = d.borrow().iter().map(|e| e.value.clone()).collect();
            for item in items {
                let is_class = item.as_obj().is_some_and(|c| c.as_type().is_some());
                let is_func = matches!(item.payload(), Some(Payload::Function(_)));
                if !is_class && !is_func {
                    continue;
                }
                let owner = vm.getattr_opt(&item, "__module__")?;
                let same = match (&owner, &module) {
                    (Some(a), Some(b)) => vm.eq(a, b)?,
                    _ => false,
                };
                if same {
                    hide(vm, &item, depth + 1)?;
                }
            }
        }
        _ if o.as_type().is_some() && depth < 4 => {
            let members: Vec<Value> = match o.as_type() {
                Some(t) => t.dict.borrow().iter().map(|e| e.value.clone()).collect(),
                None => Vec::new(),
            };
            for m in members {
                for attr in ["__func__", "fget", "fset", "fdel"] {
                    if let Some(inner) = vm.getattr_opt(&m, attr).ok().flatten() {
                        hide(vm, &inner, depth + 1)?;
                    }
                }
                hide(vm, &m, depth + 1)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// `c_implemented(obj, ...)`: marks what CPython implements in C (see [`hide`]); returns the
/// first argument, so it also works as a decorator.
fn s_c_implemented(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    for a in args {
        hide(vm, a, 0)?;
    }
    Ok(args.first().cloned().unwrap_or(Value::None))
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
            ("c_implemented", s_c_implemented),
        ],
    ))
}
