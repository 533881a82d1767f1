//! Entries CPython's built-in types show in their `__dict__` that pyvm implements natively
//! elsewhere: `__hash__ = None` on the unhashable containers, `__reversed__` on `list`, `dict`
//! and `range`, `__call__` on the callable types, `__init__` on `classmethod`/`staticmethod`. Code that probes a type's namespace
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
        &[
            ("__call__", staticmethod_call),
            ("__init__", staticmethod_init),
        ],
        BuiltinKind::Method,
    );
    add_methods(
        &t.classmethod,
        &[("__init__", classmethod_init)],
        BuiltinKind::Method,
    );
    if t.module
        .as_type()
        .is_some_and(|ty| ty.dict.borrow().get_str("__repr__").is_none())
    {
        add_methods(&t.module, &[("__repr__", module_repr)], BuiltinKind::Method);
    }
}

/// `module.__repr__`: what `repr()` prints for modules, reached by module subclasses too.
fn module_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(m @ Value::Obj(o)) if matches!(o.payload, crate::object::Payload::Module { .. }) => {
            Ok(Value::str(&crate::repr::builtin_repr(vm, m)?))
        }
        _ => Err(type_error(
            "descriptor '__repr__' requires a 'module' object",
        )),
    }
}

/// `classmethod.__init__(self, f)`: the callable was stored by `__new__`; this accepts the
/// same arguments so that subclasses can call `super().__init__(f)`.
fn classmethod_init(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    wrapper_init("classmethod", args, kw)
}

/// `staticmethod.__init__(self, f)`, as `classmethod.__init__`.
fn staticmethod_init(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    wrapper_init("staticmethod", args, kw)
}

fn wrapper_init(name: &str, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let given = args.len().saturating_sub(1);
    if given != 1 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {given}"
        )));
    }
    Ok(Value::None)
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
