//! `dict_keys`, `dict_values`, `dict_items`: live views of a dict (length, iteration,
//! membership and repr follow the dict; keys and items views are set-like).

use std::cell::RefCell;

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::iter::{DictView, IterState};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// A new view of `dict`.
pub fn new_view(dict: Obj, kind: DictView) -> Value {
    let t = types();
    let cls = match kind {
        DictView::Keys => &t.dict_keys,
        DictView::Values => &t.dict_values,
        DictView::Items => &t.dict_items,
    };
    Value::Obj(Object::new(cls, Payload::DictView { dict, kind }))
}

fn parts(v: &Value) -> PyResult<(Obj, DictView)> {
    match v.payload() {
        Some(Payload::DictView { dict, kind }) => Ok((dict.clone(), *kind)),
        _ => Err(type_error("descriptor requires a dict view")),
    }
}

/// The view's items as values (keys, values or `(key, value)` tuples).
fn items_of(vm: &mut Vm, dict: &Obj, kind: DictView) -> Vec<Value> {
    let pairs = vm.dict_items(dict);
    match kind {
        DictView::Keys => pairs.into_iter().map(|(k, _)| k).collect(),
        DictView::Values => pairs.into_iter().map(|(_, v)| v).collect(),
        DictView::Items => pairs
            .into_iter()
            .map(|(k, v)| vm.new_tuple(vec![k, v]))
            .collect(),
    }
}

/// `repr(view)`: `dict_keys(['a', 'b'])`.
pub(crate) fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let (dict, kind) = parts(v)?;
    let items = items_of(vm, &dict, kind);
    let list = vm.new_list(items);
    let inner = vm.repr_string(&list)?;
    Ok(format!("{}({inner})", crate::vm::type_name_of(v)))
}

fn this(args: &[Value]) -> PyResult<(Obj, DictView)> {
    parts(args.first().unwrap_or(&Value::None))
}

fn v_len(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (dict, _) = this(args)?;
    Ok(Value::Int(
        crate::vm::builtin_len(&Value::Obj(dict)).unwrap_or(0) as i64,
    ))
}

fn v_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (dict, kind) = this(args)?;
    let len = crate::vm::builtin_len(&Value::Obj(dict.clone())).unwrap_or(0);
    let st = IterState::Dict {
        dict,
        pos: 0,
        len,
        left: len,
        view: kind,
    };
    let cls = crate::objects::iter::class_for(&st);
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Iter(Box::new(RefCell::new(st))),
    )))
}

fn v_reversed(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (dict, kind) = this(args)?;
    let mut items = items_of(vm, &dict, kind);
    items.reverse();
    Ok(Value::Obj(Object::new(
        &types().dict_reversekeyiterator,
        Payload::Iter(Box::new(RefCell::new(IterState::Snapshot {
            items,
            index: 0,
        }))),
    )))
}

fn v_contains(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (dict, kind) = this(args)?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    match kind {
        DictView::Keys => Ok(Value::Bool(vm.dict_get(&dict, &x)?.is_some())),
        DictView::Items => {
            let Some(Payload::Tuple(t)) = x.payload() else {
                return Ok(Value::Bool(false));
            };
            let (Some(k), Some(v), 2) = (t.first(), t.get(1), t.len()) else {
                return Ok(Value::Bool(false));
            };
            let (k, v) = (k.clone(), v.clone());
            match vm.dict_get(&dict, &k)? {
                Some(found) => Ok(Value::Bool(found.is(&v) || vm.eq(&found, &v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        DictView::Values => {
            for v in items_of(vm, &dict, kind) {
                if v.is(&x) || vm.eq(&v, &x)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

/// A set of the view's items (or of any iterable).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let items = match v.payload() {
        Some(Payload::DictView { dict, kind }) => {
            let (d, k) = (dict.clone(), *kind);
            items_of(vm, &d, k)
        }
        _ => vm.collect_iter(v)?,
    };
    let s = vm.new_set();
    for it in items {
        vm.set_add(&s, it)?;
    }
    Ok(s)
}

fn setop(vm: &mut Vm, args: &[Value], op: crate::ops::BinOp, refl: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    if !crate::builtins::is_iterable(b) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let (sa, sb) = (to_set(vm, a)?, to_set(vm, b)?);
    if refl {
        vm.binary_op(op, &sb, &sa)
    } else {
        vm.binary_op(op, &sa, &sb)
    }
}

macro_rules! setops {
    ($($name:ident => $op:ident, $refl:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                setop(vm, args, crate::ops::BinOp::$op, $refl)
            }
        )*
    };
}

setops! {
    v_and => And, false; v_rand => And, true;
    v_or => Or, false; v_ror => Or, true;
    v_sub => Sub, false; v_rsub => Sub, true;
    v_xor => Xor, false; v_rxor => Xor, true;
}

fn v_eq(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(Value::Bool(false));
    };
    let setlike = |v: &Value| {
        matches!(
            v.payload(),
            Some(
                Payload::Set(_)
                    | Payload::FrozenSet(_)
                    | Payload::DictView {
                        kind: DictView::Keys | DictView::Items,
                        ..
                    }
            )
        )
    };
    if !setlike(b) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let (sa, sb) = (to_set(vm, a)?, to_set(vm, b)?);
    vm.eq(&sa, &sb).map(Value::Bool)
}

fn v_ne(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let r = v_eq(vm, args, kw)?;
    Ok(match r {
        Value::Bool(b) => Value::Bool(!b),
        other => other,
    })
}

fn subset_cmp(vm: &mut Vm, args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    let setlike = matches!(
        b.payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView { .. })
    );
    if !setlike {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let (sa, sb) = (to_set(vm, a)?, to_set(vm, b)?);
    vm.compare(op, &sa, &sb)
}

fn v_le(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    subset_cmp(vm, args, crate::ops::CmpOp::Le)
}
fn v_lt(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    subset_cmp(vm, args, crate::ops::CmpOp::Lt)
}
fn v_ge(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    subset_cmp(vm, args, crate::ops::CmpOp::Ge)
}
fn v_gt(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    subset_cmp(vm, args, crate::ops::CmpOp::Gt)
}

fn v_isdisjoint(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = args.first().cloned().unwrap_or(Value::None);
    let sa = to_set(vm, &a)?;
    let other = vm.collect_iter(args.get(1).unwrap_or(&Value::None))?;
    for x in other {
        if vm.set_find(&sa, &x)?.is_some() {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn v_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = repr(vm, args.first().unwrap_or(&Value::None))?;
    Ok(Value::str(&s))
}

const COMMON: &[(&str, NativeFn)] = &[
    ("__len__", v_len),
    ("__iter__", v_iter),
    ("__reversed__", v_reversed),
    ("__contains__", v_contains),
    ("__repr__", v_repr),
];

const SETLIKE: &[(&str, NativeFn)] = &[
    ("__and__", v_and),
    ("__rand__", v_rand),
    ("__or__", v_or),
    ("__ror__", v_ror),
    ("__sub__", v_sub),
    ("__rsub__", v_rsub),
    ("__xor__", v_xor),
    ("__rxor__", v_rxor),
    ("__eq__", v_eq),
    ("__ne__", v_ne),
    ("isdisjoint", v_isdisjoint),
    ("__le__", v_le),
    ("__lt__", v_lt),
    ("__ge__", v_ge),
    ("__gt__", v_gt),
];

/// `view.mapping`: the dict behind the view. CPython wraps it in a read-only `mappingproxy`;
/// we give the dict itself until that type has instances.
fn v_mapping(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (dict, _) = this(args)?;
    Ok(Value::Obj(dict))
}

/// Fills the three view types.
pub(crate) fn register() {
    let t = types();
    let m = BuiltinKind::Method;
    for cls in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_methods(cls, COMMON, m);
        if let Some(ty) = cls.as_type() {
            let getter = Object::new(
                &t.builtin_function,
                Payload::Builtin(crate::objects::function::BuiltinFn {
                    name: "mapping",
                    func: v_mapping,
                    kind: BuiltinKind::Function,
                    owner: Some(ty.name.clone()),
                    sig: None,
                }),
            );
            let prop = Object::new(
                &t.property,
                Payload::Property {
                    fget: Value::Obj(getter),
                    fset: Value::None,
                    fdel: Value::None,
                },
            );
            ty.dict.borrow_mut().set_str("mapping", Value::Obj(prop));
        }
    }
    for cls in [&t.dict_keys, &t.dict_items] {
        add_methods(cls, SETLIKE, m);
        if let Some(ty) = cls.as_type() {
            ty.dict.borrow_mut().set_str("__hash__", Value::None);
        }
    }
}
