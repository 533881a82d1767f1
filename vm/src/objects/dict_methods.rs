//! `dict` methods (the table itself is in [`super::dict`]).

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::iter::DictView;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn this(args: &[Value]) -> PyResult<&Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_arity("get", args.get(1..).unwrap_or_default(), 1, 2)?;
    let d = this(args)?.clone();
    let key = args.get(1).cloned().unwrap_or(Value::None);
    Ok(vm
        .dict_get(&d, &key)?
        .unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = this(args)?.clone();
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let Payload::Dict(table) = &d.payload else {
        return Err(type_error(
            "descriptor 'setdefault' requires a 'dict' object",
        ));
    };
    // One hash for the lookup and the insertion, as CPython (a key's __hash__ runs once).
    let h = vm.hash(&key)?;
    if let Some((_, v)) = vm.dict_find(table, &key, h)? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    table.borrow_mut().insert_new(h, key, default.clone());
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = this(args)?.clone();
    let key = args.get(1).cloned().unwrap_or(Value::None);
    match vm.dict_remove(&d, &key)? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = this(args)?;
    let e = match &d.payload {
        Payload::Dict(t) => t.borrow_mut().pop_last(),
        _ => None,
    };
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(crate::error::key_error_msg(
            "popitem(): dictionary is empty",
        )),
    }
}

fn view(_: &mut Vm, args: &[Value], v: DictView) -> PyResult<Value> {
    let d = this(args)?.clone();
    Ok(crate::objects::dictview::new_view(d, v))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    view(vm, args, DictView::Keys)
}
fn dict_values(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    view(vm, args, DictView::Values)
}
fn dict_items(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    view(vm, args, DictView::Items)
}

fn dict_update(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::check_arity("update", args.get(1..).unwrap_or_default(), 0, 1)?;
    let d = this(args)?.clone();
    if let Some(src) = args.get(1) {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(&d, k.clone(), v.clone())?;
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = this(args)?.clone();
    let new = vm.new_dict();
    if let Value::Obj(n) = &new {
        for (k, v) in vm.dict_items(&d) {
            vm.dict_set(n, k, v)?;
        }
    }
    Ok(new)
}

fn dict_clear(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    if let Payload::Dict(t) = &this(args)?.payload {
        let old = std::mem::take(&mut *t.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

/// The native methods of `dict`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
];
