//! `__new__`/`__init__` of the built-in types: calling `int`, `str`, `list`, ... (and their
//! user subclasses, whose instances keep the built-in payload with the subclass as class).

use std::cell::RefCell;

use crate::builtins::{check_arity, take_kwargs_builtin};
use crate::error::{type_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::objects::int::as_int;
use crate::objects::set::Set;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// The class argument of a `__new__` and the remaining arguments.
/// The class argument of `T.__new__(cls, ...)` and the rest; `cls` must derive from `builtin`.
fn split_cls<'a>(args: &'a [Value], builtin: &Obj) -> PyResult<(Obj, &'a [Value])> {
    let tname = builtin
        .as_type()
        .map(|t| t.name.clone())
        .unwrap_or_default();
    match args.split_first() {
        Some((Value::Obj(c), rest)) if c.as_type().is_some() => {
            if !crate::objects::typeobj::is_subtype(c, builtin) {
                let cname = c.as_type().map(|t| t.name.clone()).unwrap_or_default();
                return Err(type_error(format!(
                    "{tname}.__new__({cname}): {cname} is not a subtype of {tname}"
                )));
            }
            Ok((c.clone(), rest))
        }
        Some((other, _)) => Err(type_error(format!(
            "{tname}.__new__(X): X is not a type object ({})",
            crate::vm::type_name_of(other)
        ))),
        None => Err(type_error(format!(
            "{tname}.__new__(): not enough arguments"
        ))),
    }
}

fn is_exact(cls: &Obj, builtin: &Obj) -> bool {
    std::rc::Rc::ptr_eq(cls, builtin)
}

fn int_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().int)?;
    let [base] = crate::builtins::take_kwargs_builtin("int", kw, ["base"])?;
    let mut a = rest.to_vec();
    if let Some(b) = base {
        if a.is_empty() {
            return Err(type_error("int() missing string argument"));
        }
        a.push(b);
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let v = crate::objects::int::construct(vm, &a)?;
    if is_exact(&cls, &types().int) {
        return Ok(v);
    }
    let big = as_int(&v).map(|i| i.to_big()).unwrap_or_default();
    Ok(Value::Obj(Object::new(&cls, Payload::Int(big))))
}

fn bool_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, rest) = split_cls(args, &types().bool_)?;
    crate::builtins::no_kwargs("bool", kw)?;
    if rest.len() > 1 {
        return Err(type_error(format!(
            "bool expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    match rest.first() {
        Some(v) => {
            // Only `bool()` warns here: the eval loop's own truth tests do not record the
            // current line for the warning's location.
            if matches!(v.payload(), Some(Payload::NotImplemented)) {
                vm.warn(
                    &types().deprecation_warning,
                    "NotImplemented should not be used in a boolean context",
                )?;
            }
            vm.truthy(v).map(Value::Bool)
        }
        None => Ok(Value::Bool(false)),
    }
}

/// `types.CellType([contents])`: a cell, empty without an argument (the closures `exec`
/// accepts are built from these).
fn cell_new(_vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_cls, rest) = split_cls(args, &types().cell)?;
    crate::builtins::no_kwargs("cell", kw)?;
    if rest.len() > 1 {
        return Err(crate::error::type_error(format!(
            "cell expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let v = rest.first().cloned().unwrap_or(Value::Unbound);
    Ok(Value::Obj(Object::new(
        &types().cell,
        Payload::Cell(std::cell::RefCell::new(v)),
    )))
}

fn float_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().float)?;
    crate::builtins::no_kwargs("float", kw)?;
    check_arity("float", rest, 0, 1)?;
    let v = crate::objects::float::construct(vm, rest)?;
    if is_exact(&cls, &types().float) {
        return Ok(v);
    }
    let f = match v {
        Value::Float(f) => f,
        _ => 0.0,
    };
    Ok(Value::Obj(Object::new(&cls, Payload::Float(f))))
}

fn str_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().str)?;
    crate::objects::native_sig::check_sig!(
        "(object='', encoding='utf-8', errors='strict')",
        "str",
        rest,
        kw
    )?;
    let [object, encoding, errors] =
        take_kwargs_builtin("str", kw, ["object", "encoding", "errors"])?;
    let obj = rest.first().cloned().or(object);
    let s = match obj {
        None => Value::str(""),
        Some(o) => {
            if rest.len() > 1 || encoding.is_some() || errors.is_some() {
                match crate::objects::bytes_methods::bytes_of(&o) {
                    Some(_) => {
                        let mut a = vec![o.clone()];
                        a.extend(rest.get(1..).unwrap_or_default().iter().cloned());
                        let mut k: Vec<(Value, Value)> = Vec::new();
                        if let Some(e) = encoding {
                            k.push((Value::str("encoding"), e));
                        }
                        if let Some(e) = errors {
                            k.push((Value::str("errors"), e));
                        }
                        crate::objects::bytes_methods::m_decode(vm, &a, &k)?
                    }
                    None => {
                        return Err(type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            type_name_of(&o)
                        )))
                    }
                }
            } else {
                vm.str(&o)?
            }
        }
    };
    if is_exact(&cls, &types().str) {
        return Ok(s);
    }
    let text = s
        .as_pystr()
        .map(|p| p.to_rust().into_owned())
        .unwrap_or_default();
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::Str(crate::objects::str::PyStr::from_str(&text)),
    )))
}

fn tuple_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().tuple)?;
    if is_exact(&cls, &types().tuple) {
        crate::builtins::no_kwargs("tuple", kw)?;
    }
    check_arity("tuple", rest, 0, 1)?;
    let items = match rest.first() {
        Some(v) => {
            if is_exact(&cls, &types().tuple) && is_exact(crate::vm::type_of(v), &types().tuple) {
                return Ok(v.clone());
            }
            vm.collect_iter(v)?
        }
        None => Vec::new(),
    };
    if std::rc::Rc::ptr_eq(&cls, &types().tuple) {
        return Ok(crate::vm::tuple_value(items));
    }
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::Tuple(items.into_boxed_slice()),
    )))
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().frozenset)?;
    crate::builtins::no_kwargs("frozenset", kw)?;
    check_arity("frozenset", rest, 0, 1)?;
    // Copying a set keeps its table layout (CPython's `set_merge` into an empty set), so
    // colliding keys iterate in the same order as in the source.
    match rest.first().and_then(Value::payload) {
        Some(Payload::Set(s)) => {
            let set = s.borrow().clone();
            return Ok(Value::Obj(Object::new(&cls, Payload::FrozenSet(set))));
        }
        Some(Payload::FrozenSet(s)) => {
            let set = s.clone();
            return Ok(Value::Obj(Object::new(&cls, Payload::FrozenSet(set))));
        }
        _ => {}
    }
    let tmp = vm.new_set();
    if let Some(v) = rest.first() {
        for x in vm.collect_iter(v)? {
            vm.set_add(&tmp, x)?;
        }
    }
    let set = match tmp.payload() {
        Some(Payload::Set(s)) => s.borrow().clone(),
        _ => Set::new(),
    };
    Ok(Value::Obj(Object::new(&cls, Payload::FrozenSet(set))))
}

fn list_new(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (cls, _) = split_cls(args, &types().list)?;
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::List(RefCell::new(Vec::new())),
    )))
}

fn list_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_kwargs("list", kw)?;
    let (this, rest) = args
        .split_first()
        .ok_or_else(|| type_error("list.__init__ needs self"))?;
    check_arity("list", rest, 0, 1)?;
    let items = match rest.first() {
        Some(v) => vm.collect_iter(v)?,
        None => Vec::new(),
    };
    if let Some(Payload::List(l)) = this.payload() {
        let old = std::mem::replace(&mut *l.borrow_mut(), items);
        drop(old);
    }
    Ok(Value::None)
}

fn dict_new(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (cls, _) = split_cls(args, &types().dict)?;
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::Dict(RefCell::new(Dict::new())),
    )))
}

fn dict_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (this, rest) = args
        .split_first()
        .ok_or_else(|| type_error("dict.__init__ needs self"))?;
    if rest.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    let Value::Obj(d) = this else {
        return Err(type_error("dict.__init__ needs a dict"));
    };
    if let Some(src) = rest.first() {
        vm.dict_update_from(d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn set_new(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (cls, _) = split_cls(args, &types().set)?;
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::Set(RefCell::new(Set::new())),
    )))
}

fn set_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_kwargs("set", kw)?;
    let (this, rest) = args
        .split_first()
        .ok_or_else(|| type_error("set.__init__ needs self"))?;
    check_arity("set", rest, 0, 1)?;
    if let Some(Payload::Set(s)) = this.payload() {
        s.borrow_mut().clear();
        // As in `frozenset_new`: a set source is copied with its table layout.
        let src = match rest.first().and_then(Value::payload) {
            Some(Payload::Set(o)) if !std::ptr::eq(o, s) => Some(o.borrow().clone()),
            Some(Payload::FrozenSet(o)) => Some(o.clone()),
            _ => None,
        };
        if let Some(src) = src {
            *s.borrow_mut() = src;
            return Ok(Value::None);
        }
    }
    if let Some(v) = rest.first() {
        for x in vm.collect_iter(v)? {
            vm.set_add(this, x)?;
        }
    }
    Ok(Value::None)
}

/// A `range()` bound: an int, or what `__index__` gives.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<num_bigint::BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        return match as_int(&r) {
            Some(i) => Ok(i.to_big()),
            None => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name_of(&r)
            ))),
        };
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name_of(v)
    )))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, rest) = split_cls(args, &types().range)?;
    crate::builtins::no_kwargs("range", kw)?;
    let one = || num_bigint::BigInt::from(1);
    let (start, stop, step) = match rest {
        [stop] => (num_bigint::BigInt::from(0), range_arg(vm, stop)?, one()),
        [a, b] => (range_arg(vm, a)?, range_arg(vm, b)?, one()),
        [a, b, c] => (range_arg(vm, a)?, range_arg(vm, b)?, range_arg(vm, c)?),
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                rest.len()
            )))
        }
    };
    if num_traits::Zero::is_zero(&step) {
        return Err(crate::error::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Obj(Object::new(
        &types().range,
        Payload::Range(crate::objects::range::Range::from_bigs(start, stop, step)),
    )))
}

fn slice_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, rest) = split_cls(args, &types().slice)?;
    crate::builtins::no_kwargs("slice", kw)?;
    let parts = match rest {
        [stop] => [Value::None, stop.clone(), Value::None],
        [a, b] => [a.clone(), b.clone(), Value::None],
        [a, b, c] => [a.clone(), b.clone(), c.clone()],
        [] => return Err(type_error("slice expected at least 1 argument, got 0")),
        _ => {
            return Err(type_error(format!(
                "slice expected at most 3 arguments, got {}",
                rest.len()
            )))
        }
    };
    let _ = vm;
    Ok(Value::Obj(Object::new(
        &types().slice,
        Payload::Slice(Box::new(parts)),
    )))
}

fn property_new(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().property)?;
    crate::objects::native_sig::check_sig!(
        "(fget=None, fset=None, fdel=None, doc=None)",
        "property",
        rest,
        kw
    )?;
    let [fget, fset, fdel, doc] =
        take_kwargs_builtin("property", kw, ["fget", "fset", "fdel", "doc"])?;
    let pick = |i: usize, k: Option<Value>| rest.get(i).cloned().or(k).unwrap_or(Value::None);
    let p = Object::new(
        &cls,
        Payload::Property {
            fget: pick(0, fget),
            fset: pick(1, fset),
            fdel: pick(2, fdel),
        },
    );
    // An explicit doc is kept in the (hidden) instance dict; `__doc__` looks there first.
    if let Some(d) = doc.or_else(|| rest.get(3).cloned()) {
        if !d.is(&Value::None) {
            if let Payload::Dict(m) = &p.hidden_dict().payload {
                m.borrow_mut().set_str("__doc__", d);
            }
        }
    }
    Ok(Value::Obj(p))
}

/// `property.__set_name__` (new in 3.12): a property keeps no name in 3.12, so nothing to do.
fn property_set_name(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn classmethod_new(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().classmethod)?;
    crate::objects::native_sig::check_sig!("(function, /)", "classmethod", rest, kw)?;
    let f = rest.first().cloned().unwrap_or(Value::None);
    Ok(Value::Obj(Object::new(&cls, Payload::ClassMethod(f))))
}

fn staticmethod_new(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = split_cls(args, &types().staticmethod)?;
    crate::objects::native_sig::check_sig!("(function, /)", "staticmethod", rest, kw)?;
    let f = rest.first().cloned().unwrap_or(Value::None);
    Ok(Value::Obj(Object::new(&cls, Payload::StaticMethod(f))))
}

fn property_copy_with(args: &[Value], which: usize) -> PyResult<Value> {
    let (Some(this), Some(f)) = (args.first(), args.get(1)) else {
        return Err(type_error("property method needs an argument"));
    };
    let Some(Payload::Property { fget, fset, fdel }) = this.payload() else {
        return Err(type_error("descriptor requires a 'property' object"));
    };
    let mut parts = [fget.clone(), fset.clone(), fdel.clone()];
    if let Some(slot) = parts.get_mut(which) {
        *slot = f.clone();
    }
    let [fget, fset, fdel] = parts;
    Ok(Value::Obj(Object::new(
        crate::vm::type_of(this),
        Payload::Property { fget, fset, fdel },
    )))
}

fn property_getter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    property_copy_with(args, 0)
}
fn property_setter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    property_copy_with(args, 1)
}
fn property_deleter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    property_copy_with(args, 2)
}

fn property_get(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(this), Some(obj)) = (args.first(), args.get(1)) else {
        return Err(type_error("__get__ needs an argument"));
    };
    if obj.is(&Value::None) {
        return Ok(this.clone());
    }
    let cls = crate::vm::type_of(obj).clone();
    vm.descr_get(this, obj, &cls)
}

/// A method table.
type Table = &'static [(&'static str, NativeFn)];

/// `(type, static __new__ table, __init__ table)` for each built-in type.
pub(crate) fn tables() -> Vec<(&'static Obj, Table, Table)> {
    let t = types();
    vec![
        (&t.int, &[("__new__", int_new as NativeFn)], &[]),
        (&t.bool_, &[("__new__", bool_new as NativeFn)], &[]),
        (&t.float, &[("__new__", float_new as NativeFn)], &[]),
        (&t.str, &[("__new__", str_new as NativeFn)], &[]),
        (&t.tuple, &[("__new__", tuple_new as NativeFn)], &[]),
        (&t.frozenset, &[("__new__", frozenset_new as NativeFn)], &[]),
        (
            &t.list,
            &[("__new__", list_new as NativeFn)],
            &[("__init__", list_init as NativeFn)],
        ),
        (
            &t.dict,
            &[("__new__", dict_new as NativeFn)],
            &[("__init__", dict_init as NativeFn)],
        ),
        (
            &t.set,
            &[("__new__", set_new as NativeFn)],
            &[("__init__", set_init as NativeFn)],
        ),
        (&t.range, &[("__new__", range_new as NativeFn)], &[]),
        (&t.cell, &[("__new__", cell_new as NativeFn)], &[]),
        (&t.slice, &[("__new__", slice_new as NativeFn)], &[]),
        (
            &t.property,
            &[("__new__", property_new as NativeFn)],
            &[
                ("getter", property_getter as NativeFn),
                ("setter", property_setter as NativeFn),
                ("deleter", property_deleter as NativeFn),
                ("__get__", property_get as NativeFn),
                ("__set_name__", property_set_name as NativeFn),
            ],
        ),
        (
            &t.classmethod,
            &[("__new__", classmethod_new as NativeFn)],
            &[],
        ),
        (
            &t.staticmethod,
            &[("__new__", staticmethod_new as NativeFn)],
            &[],
        ),
    ]
}
