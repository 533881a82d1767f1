//! Entries CPython's built-in types show in their `__dict__` that pyvm implements natively
//! elsewhere: `__hash__ = None` on the unhashable containers, `__reversed__` on `list`, `dict`
//! and `range`, `__call__` on the callable types. Code that probes a type's namespace
//! (`'__reversed__' in list.__dict__`, `collections.abc`'s subclass hooks, `functools`) then
//! sees what it sees under CPython; the entries delegate to the native behaviour.

use crate::error::{type_error, PyResult};
use crate::objects::function::BuiltinKind;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// Adds the entries to the built-in types' namespaces.
pub(crate) fn register() {
    let t = types();
    for cls in [&t.list, &t.dict, &t.set] {
        if let Some(ty) = cls.as_type() {
            ty.dict.borrow_mut().set_str("__hash__", Value::None);
        }
    }
    for cls in [&t.list, &t.dict, &t.range] {
        add_methods(cls, &[("__reversed__", slot_reversed)], BuiltinKind::Method);
    }
    for cls in [&t.function, &t.builtin_function, &t.method] {
        add_methods(cls, &[("__call__", slot_call)], BuiltinKind::Method);
    }
    add_methods(
        &t.staticmethod,
        &[("__call__", staticmethod_call)],
        BuiltinKind::Method,
    );
}

/// `seq.__reversed__()`: the iterator `reversed(seq)` makes.
fn slot_reversed(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() || args.len() != 1 {
        return Err(type_error("__reversed__() takes no arguments"));
    }
    let reversed = Value::Obj(types().reversed.clone());
    vm.call(&reversed, args, &[])
}

/// `f.__call__(*args, **kwargs)`: calls `f`.
fn slot_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some((f, rest)) = args.split_first() else {
        return Err(type_error("descriptor '__call__' needs an argument"));
    };
    vm.call(f, rest, kw)
}

/// `staticmethod.__call__`: calls the wrapped function.
fn staticmethod_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some((sm, rest)) = args.split_first() else {
        return Err(type_error("descriptor '__call__' needs an argument"));
    };
    let func = vm.getattr_str(sm, "__func__")?;
    vm.call(&func, rest, kw)
}
