//! The algebra of `set` and `frozenset`: `union`/`intersection`/`difference`/
//! `symmetric_difference` (methods taking any iterables, operators taking only sets), the
//! in-place forms, and the subset predicates.
//!
//! Results are built through `Vm::set_add`, so element hashing and equality go through the
//! full protocol (user `__hash__`/`__eq__`), and no set borrow is held while Python code runs.

use std::cell::RefCell;

use crate::error::{type_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::function::NativeFn;
use crate::objects::set::Set;
use crate::types::types;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn is_setlike(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

fn is_frozen(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::FrozenSet(_)))
}

/// The items of a set (snapshot) or of any iterable.
fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Set(s)) => Ok(s.borrow().iter().cloned().collect()),
        Some(Payload::FrozenSet(s)) => Ok(s.iter().cloned().collect()),
        _ => vm.collect_iter(v),
    }
}

fn new_set() -> Value {
    Value::Obj(Object::new(
        &types().set,
        Payload::Set(RefCell::new(Set::new())),
    ))
}

/// A set (or a frozenset when `frozen`) of `items`.
fn build(vm: &mut Vm, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
    let s = new_set();
    for it in items {
        vm.set_add(&s, it)?;
    }
    if !frozen {
        return Ok(s);
    }
    let inner = match s.payload() {
        Some(Payload::Set(c)) => c.borrow().clone(),
        _ => Set::new(),
    };
    Ok(Value::Obj(Object::new(
        &types().frozenset,
        Payload::FrozenSet(inner),
    )))
}

/// A set of `v`'s items for fast membership (a set argument is used as it is).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if is_setlike(v) {
        return Ok(v.clone());
    }
    let it = vm.collect_iter(v)?;
    build(vm, it, false)
}

fn contains(vm: &mut Vm, set: &Value, item: &Value) -> PyResult<bool> {
    Ok(vm.set_find(set, item)?.is_some())
}

fn this(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v) if is_setlike(v) => Ok(v.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

fn union_items(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = items(vm, a)?;
    for o in others {
        out.extend(items(vm, o)?);
    }
    Ok(out)
}

fn intersection_items(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut cur = items(vm, a)?;
    for o in others {
        let s = as_set(vm, o)?;
        let mut next = Vec::new();
        for x in cur {
            if contains(vm, &s, &x)? {
                next.push(x);
            }
        }
        cur = next;
    }
    Ok(cur)
}

fn difference_items(vm: &mut Vm, a: &Value, others: &[Value]) -> PyResult<Vec<Value>> {
    let mut cur = items(vm, a)?;
    for o in others {
        let s = as_set(vm, o)?;
        let mut next = Vec::new();
        for x in cur {
            if !contains(vm, &s, &x)? {
                next.push(x);
            }
        }
        cur = next;
    }
    Ok(cur)
}

fn symdiff_items(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Vec<Value>> {
    let sb = as_set(vm, b)?;
    let sa = as_set(vm, a)?;
    let mut out = Vec::new();
    for x in items(vm, a)? {
        if !contains(vm, &sb, &x)? {
            out.push(x);
        }
    }
    for x in items(vm, &sb)? {
        if !contains(vm, &sa, &x)? {
            out.push(x);
        }
    }
    Ok(out)
}

fn m_union(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let r = union_items(vm, &a, args.get(1..).unwrap_or_default())?;
    build(vm, r, is_frozen(&a))
}

fn m_intersection(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let r = intersection_items(vm, &a, args.get(1..).unwrap_or_default())?;
    build(vm, r, is_frozen(&a))
}

fn m_difference(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let r = difference_items(vm, &a, args.get(1..).unwrap_or_default())?;
    build(vm, r, is_frozen(&a))
}

fn one_arg(args: &[Value], name: &str) -> PyResult<Value> {
    match args.get(1) {
        Some(v) if args.len() == 2 => Ok(v.clone()),
        _ => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        ))),
    }
}

fn m_symdiff(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let b = one_arg(args, "set.symmetric_difference")?;
    let r = symdiff_items(vm, &a, &b)?;
    build(vm, r, is_frozen(&a))
}

fn m_copy(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    if is_frozen(&a) && !crate::vm::type_of(&a).as_type().is_some_and(|t| t.heap) {
        return Ok(a);
    }
    let r = items(vm, &a)?;
    build(vm, r, is_frozen(&a))
}

fn is_subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let sb = as_set(vm, b)?;
    for x in items(vm, a)? {
        if !contains(vm, &sb, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn m_issubset(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let b = one_arg(args, "set.issubset")?;
    is_subset(vm, &a, &b).map(Value::Bool)
}

fn m_issuperset(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let b = one_arg(args, "set.issuperset")?;
    let b = as_set(vm, &b)?;
    is_subset(vm, &b, &a).map(Value::Bool)
}

fn m_isdisjoint(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let b = one_arg(args, "set.isdisjoint")?;
    for x in items(vm, &b)? {
        if contains(vm, &a, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Replaces the contents of a mutable set.
fn replace(vm: &mut Vm, set: &Value, new_items: Vec<Value>) -> PyResult<()> {
    let fresh = build(vm, new_items, false)?;
    let inner = match fresh.payload() {
        Some(Payload::Set(c)) => c.borrow().clone(),
        _ => Set::new(),
    };
    if let Some(Payload::Set(c)) = set.payload() {
        let old = std::mem::replace(&mut *c.borrow_mut(), inner);
        drop(old);
    }
    Ok(())
}

fn m_intersection_update(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let r = intersection_items(vm, &a, args.get(1..).unwrap_or_default())?;
    replace(vm, &a, r)?;
    Ok(Value::None)
}

fn m_difference_update(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let r = difference_items(vm, &a, args.get(1..).unwrap_or_default())?;
    replace(vm, &a, r)?;
    Ok(Value::None)
}

fn m_symdiff_update(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let b = one_arg(args, "set.symmetric_difference_update")?;
    let r = symdiff_items(vm, &a, &b)?;
    replace(vm, &a, r)?;
    Ok(Value::None)
}

fn not_impl() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// Operator form: both operands must be sets.
fn binop(
    vm: &mut Vm,
    args: &[Value],
    f: fn(&mut Vm, &Value, &Value) -> PyResult<Vec<Value>>,
    reflected: bool,
    inplace: bool,
) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    if !is_setlike(a) || !is_setlike(b) {
        return Ok(not_impl());
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = f(vm, x, y)?;
    if inplace {
        replace(vm, a, r)?;
        return Ok(a.clone());
    }
    build(vm, r, is_frozen(x))
}

fn or_(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Vec<Value>> {
    union_items(vm, a, std::slice::from_ref(b))
}
fn and_(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Vec<Value>> {
    intersection_items(vm, a, std::slice::from_ref(b))
}
fn sub_(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Vec<Value>> {
    difference_items(vm, a, std::slice::from_ref(b))
}

macro_rules! ops {
    ($($name:ident => $f:ident, $refl:expr, $inpl:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                binop(vm, args, $f, $refl, $inpl)
            }
        )*
    };
}

ops! {
    op_or => or_, false, false;
    op_ror => or_, true, false;
    op_ior => or_, false, true;
    op_and => and_, false, false;
    op_rand => and_, true, false;
    op_iand => and_, false, true;
    op_sub => sub_, false, false;
    op_rsub => sub_, true, false;
    op_isub => sub_, false, true;
    op_xor => symdiff_items, false, false;
    op_rxor => symdiff_items, true, false;
    op_ixor => symdiff_items, false, true;
}

/// Methods shared by `set` and `frozenset`.
pub(crate) const COMMON: &[(&str, NativeFn)] = &[
    ("union", m_union),
    ("intersection", m_intersection),
    ("difference", m_difference),
    ("symmetric_difference", m_symdiff),
    ("copy", m_copy),
    ("issubset", m_issubset),
    ("issuperset", m_issuperset),
    ("isdisjoint", m_isdisjoint),
    ("__or__", op_or),
    ("__ror__", op_ror),
    ("__and__", op_and),
    ("__rand__", op_rand),
    ("__sub__", op_sub),
    ("__rsub__", op_rsub),
    ("__xor__", op_xor),
    ("__rxor__", op_rxor),
];

/// Methods only `set` has.
pub(crate) const MUTATING: &[(&str, NativeFn)] = &[
    ("intersection_update", m_intersection_update),
    ("difference_update", m_difference_update),
    ("symmetric_difference_update", m_symdiff_update),
    ("__ior__", op_ior),
    ("__iand__", op_iand),
    ("__isub__", op_isub),
    ("__ixor__", op_ixor),
];
