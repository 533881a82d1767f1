//! Methods of `int`, `float`, `dict`, `slice`, `range` and the built-in iterators that the
//! first method tables did not have: `int.bit_count`/`to_bytes`/`from_bytes`/
//! `as_integer_ratio`, `float.as_integer_ratio`/`fromhex`, `dict.fromkeys` and `|`/`|=`,
//! `slice.indices`, `range.index`/`count`, `__length_hint__`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::builtins::take_kwargs_builtin;
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::int::{as_int, from_big};
use crate::objects::iter::IterState;
use crate::types::{add_classmethods, add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// Adds every table of this file (and the other extra tables) to the built-in types.
pub(crate) fn register() {
    let t = types();
    let m = BuiltinKind::Method;
    let f = BuiltinKind::Function;
    add_methods(&t.int, INT, m);
    add_classmethods(&t.int, &[("from_bytes", int_from_bytes)]);
    add_methods(&t.float, FLOAT, m);
    add_classmethods(&t.float, &[("fromhex", float_fromhex)]);
    add_methods(&t.dict, DICT, m);
    add_classmethods(&t.dict, &[("fromkeys", dict_fromkeys)]);
    add_methods(&t.slice, &[("indices", slice_indices)], m);
    add_methods(&t.slice, SLICE_CMP, m);
    add_methods(&t.range, RANGE, m);
    for cls in [
        &t.iterator,
        &t.enumerate,
        &t.zip,
        &t.map,
        &t.filter,
        &t.reversed,
        &t.callable_iterator,
        &t.list_iterator,
        &t.tuple_iterator,
        &t.str_ascii_iterator,
        &t.str_iterator,
        &t.bytes_iterator,
        &t.range_iterator,
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.set_iterator,
        &t.list_reverseiterator,
        &t.dict_reversekeyiterator,
        &t.longrange_iterator,
        &t.bytearray_iterator,
        &t.memory_iterator,
    ] {
        add_methods(cls, ITER, m);
    }
    for cls in [&t.list, &t.range] {
        add_methods(cls, &[("__reversed__", c_reversed)], m);
    }
    for cls in [&t.list, &t.tuple, &t.dict, &t.str, &t.bytes, &t.range] {
        add_methods(cls, CONTAINER, m);
    }
    for cls in [&t.set, &t.frozenset] {
        add_methods(cls, SET_PROTO, m);
    }
    for cls in [&t.int, &t.float, &t.complex] {
        add_methods(cls, &[("__repr__", c_repr)], m);
    }
    for cls in [&t.int, &t.float] {
        add_methods(cls, NUM_CMP, m);
    }
    add_methods(&t.float, FLOAT_OPS, m);
    add_methods(&t.object, OBJECT_CMP, m);
    add_classmethods(&t.object, &[("__subclasshook__", obj_subclasshook)]);
    add_methods(&t.str, STR_OPS, m);
    add_methods(&t.not_implemented_type, &[("__new__", singleton_new)], f);
    add_methods(&t.ellipsis_type, &[("__new__", singleton_new)], f);
    set_docs();
    add_methods(&t.bytes, crate::objects::bytes_methods::METHODS, m);
    add_methods(&t.bytes, crate::objects::bytes_methods::STATIC, f);
    add_classmethods(&t.bytes, crate::objects::bytes_methods::CLASSMETHODS);
    add_staticmethods(
        &t.bytes,
        &[("maketrans", crate::objects::bytes_methods::m_maketrans)],
    );
    add_staticmethods(
        &t.bytearray,
        &[("maketrans", crate::objects::bytes_methods::m_maketrans)],
    );
    add_methods(&t.set, crate::objects::set_ops::COMMON, m);
    add_methods(&t.set, crate::objects::set_ops::MUTATING, m);
    add_methods(&t.frozenset, crate::objects::set_ops::COMMON, m);
    add_methods(&t.complex, crate::objects::complex::METHODS, m);
    add_methods(&t.complex, crate::objects::complex::STATIC, f);
    add_methods(&t.str, crate::objects::str_more::METHODS, m);
    add_staticmethods(&t.str, crate::objects::str_more::STATIC);
}

/// Puts the recorded `__doc__` strings into the built-in types' namespaces.
fn set_docs() {
    let t = types();
    let by_name: [(&str, &Obj); 21] = [
        ("object", &t.object),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("type", &t.type_),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, cls) in by_name {
        let doc = crate::objects::type_docs::TYPE_DOCS
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, d)| *d);
        if let (Some(doc), Some(ty)) = (doc, cls.as_type()) {
            ty.dict.borrow_mut().set_str("__doc__", Value::str(doc));
        }
    }
}

fn add_staticmethods(cls: &Obj, methods: &[(&'static str, NativeFn)]) {
    add_methods(cls, methods, BuiltinKind::Function);
    let Some(t) = cls.as_type() else { return };
    let mut d = t.dict.borrow_mut();
    for &(name, _) in methods {
        if let Some(v) = d.get_str(name).cloned() {
            let sm = crate::object::Object::new(&types().staticmethod, Payload::StaticMethod(v));
            d.set_str(name, Value::Obj(sm));
        }
    }
}

fn not_impl() -> Value {
    Value::Obj(types().not_implemented.clone())
}

// ----- container protocol (so subclasses and explicit dunder calls reach the built-in) --------

fn self_arg(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn c_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (o, k) = (self_arg(args), args.get(1).cloned().unwrap_or(Value::None));
    crate::subscript::builtin_getitem(vm, &o, &k).unwrap_or_else(|| {
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name_of(&o)
        )))
    })
}

fn c_setitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (o, k) = (self_arg(args), args.get(1).cloned().unwrap_or(Value::None));
    let v = args.get(2).cloned().unwrap_or(Value::None);
    match crate::subscript::builtin_setitem(vm, &o, &k, Some(v)) {
        Some(r) => r.map(|()| Value::None),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            type_name_of(&o)
        ))),
    }
}

fn c_delitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (o, k) = (self_arg(args), args.get(1).cloned().unwrap_or(Value::None));
    match crate::subscript::builtin_setitem(vm, &o, &k, None) {
        Some(r) => r.map(|()| Value::None),
        None => Err(type_error(format!(
            "'{}' object doesn't support item deletion",
            type_name_of(&o)
        ))),
    }
}

fn c_len(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let o = self_arg(args);
    if matches!(o.payload(), Some(Payload::Range(r)) if r.big.is_some()) {
        return range_len(vm, args, kw);
    }
    match crate::vm::builtin_len(&o) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            type_name_of(&o)
        ))),
    }
}

fn c_contains(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (o, k) = (self_arg(args), args.get(1).cloned().unwrap_or(Value::None));
    if let Some(r) = crate::subscript::builtin_contains(vm, &o, &k) {
        return r.map(Value::Bool);
    }
    let it = crate::vm::Vm::iter(vm, &o)?;
    while let Some(x) = vm.next(&it)? {
        if x.is(&k) || vm.eq(&x, &k)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn c_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = crate::repr::builtin_repr(vm, &self_arg(args))?;
    Ok(Value::str(&s))
}

/// `container.__iter__()`: the built-in iterator (never `vm.iter`, which would find this
/// method again on subclasses).
fn c_iter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let o = self_arg(args);
    let Value::Obj(obj) = &o else {
        return Err(type_error("descriptor '__iter__' requires an object"));
    };
    let st = match &obj.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) => {
            IterState::Seq {
                seq: obj.clone(),
                index: 0,
            }
        }
        Payload::Dict(d) => {
            let n = d.borrow().len();
            IterState::Dict {
                dict: obj.clone(),
                pos: 0,
                len: n,
                left: n,
                view: crate::objects::iter::DictView::Keys,
            }
        }
        Payload::Range(r) => return Ok(range_iterator(r, false)),
        _ => return vm.iter(&o),
    };
    let cls = crate::objects::iter::class_for(&st);
    Ok(Value::Obj(Object::new(
        cls,
        Payload::Iter(Box::new(std::cell::RefCell::new(st))),
    )))
}

/// `list.__reversed__()` / `range.__reversed__()`: the built-in reverse iterators.
fn c_reversed(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let o = self_arg(args);
    match o.payload() {
        Some(Payload::List(l)) => {
            let Value::Obj(obj) = &o else {
                return Err(type_error(
                    "descriptor '__reversed__' requires a 'list' object",
                ));
            };
            let st = IterState::Reversed {
                seq: obj.clone(),
                index: l.borrow().len(),
            };
            let cls = crate::objects::iter::class_for(&st);
            Ok(Value::Obj(Object::new(
                cls,
                Payload::Iter(Box::new(std::cell::RefCell::new(st))),
            )))
        }
        Some(Payload::Range(r)) => Ok(range_iterator(r, true)),
        _ => Err(type_error(
            "descriptor '__reversed__' requires a 'list' object",
        )),
    }
}

const CONTAINER: &[(&str, NativeFn)] = &[
    ("__iter__", c_iter),
    ("__getitem__", c_getitem),
    ("__setitem__", c_setitem),
    ("__delitem__", c_delitem),
    ("__len__", c_len),
    ("__contains__", c_contains),
    ("__repr__", c_repr),
];

const SET_PROTO: &[(&str, NativeFn)] = &[
    ("__len__", c_len),
    ("__contains__", c_contains),
    ("__repr__", c_repr),
];

/// `type(NotImplemented)()` and `type(...)()` return the singletons.
fn singleton_new(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = types();
    let cls = self_arg(args);
    let is_ni = cls
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &t.not_implemented_type));
    let name = if is_ni {
        "NotImplementedType"
    } else {
        "ellipsis"
    };
    if args.len() > 1 || !kw.is_empty() {
        return Err(type_error(format!("{name} takes no arguments")));
    }
    Ok(Value::Obj(if is_ni {
        t.not_implemented.clone()
    } else {
        t.ellipsis.clone()
    }))
}

// ----- str operators (explicit dunder calls) ---------------------------------------------------

fn str_binop(vm: &mut Vm, args: &[Value], op: crate::ops::BinOp, refl: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    let ok = match op {
        crate::ops::BinOp::Add => b.as_pystr().is_some(),
        _ => as_int(b).is_some(),
    };
    if !ok {
        return Ok(not_impl());
    }
    let plain = |v: &Value| match v.as_pystr() {
        Some(s) => Value::str(&s.to_rust()),
        None => v.clone(),
    };
    let (x, y) = (plain(a), plain(b));
    if refl {
        vm.binary_op(op, &y, &x)
    } else {
        vm.binary_op(op, &x, &y)
    }
}

fn s_add(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_binop(vm, args, crate::ops::BinOp::Add, false)
}
fn s_mul(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_binop(vm, args, crate::ops::BinOp::Mul, false)
}
fn s_rmul(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_binop(vm, args, crate::ops::BinOp::Mul, true)
}

fn str_cmp(args: &[Value], f: fn(std::cmp::Ordering) -> bool) -> PyResult<Value> {
    match (
        args.first().and_then(Value::as_pystr),
        args.get(1).and_then(Value::as_pystr),
    ) {
        (Some(a), Some(b)) => Ok(Value::Bool(f(a.cmp(b)))),
        _ => Ok(not_impl()),
    }
}

fn s_eq(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_cmp(args, |o| o.is_eq())
}
fn s_ne(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_cmp(args, |o| o.is_ne())
}
fn s_lt(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_cmp(args, |o| o.is_lt())
}
fn s_le(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_cmp(args, |o| o.is_le())
}
fn s_gt(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_cmp(args, |o| o.is_gt())
}
fn s_ge(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    str_cmp(args, |o| o.is_ge())
}

const STR_OPS: &[(&str, NativeFn)] = &[
    ("__add__", s_add),
    ("__mul__", s_mul),
    ("__rmul__", s_rmul),
    ("__eq__", s_eq),
    ("__ne__", s_ne),
    ("__lt__", s_lt),
    ("__le__", s_le),
    ("__gt__", s_gt),
    ("__ge__", s_ge),
];

// ----- int ------------------------------------------------------------------------------------

fn this_int(args: &[Value]) -> PyResult<BigInt> {
    args.first()
        .and_then(as_int)
        .map(|i| i.to_big())
        .ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

fn int_bit_count(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = this_int(args)?;
    let n: u64 = i
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = this_int(args)?;
    Ok(vm.new_tuple(vec![from_big(i), Value::Int(1)]))
}

fn int_is_integer(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this_int(args)?;
    Ok(Value::Bool(true))
}

fn byteorder(v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match v.as_pystr().map(|s| s.to_rust().into_owned()).as_deref() {
            Some("little") => Ok(true),
            Some("big") => Ok(false),
            Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
            None => Err(type_error(format!(
                "to_bytes() argument 'byteorder' must be str, not {}",
                type_name_of(&v)
            ))),
        },
    }
}

fn int_to_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let i = this_int(args)?;
    let [len_kw, order_kw, signed_kw] =
        take_kwargs_builtin("to_bytes", kw, ["length", "byteorder", "signed"])?;
    let length = match args.get(1).cloned().or(len_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder(args.get(2).cloned().or(order_kw))?;
    let signed = match signed_kw {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if i.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let mut bytes = if signed {
        i.to_signed_bytes_le()
    } else {
        i.to_bytes_le().1
    };
    if i.is_zero() {
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if i.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    // args[0] is the class.
    let [bytes_kw, order_kw, signed_kw] =
        take_kwargs_builtin("from_bytes", kw, ["bytes", "byteorder", "signed"])?;
    let src = args
        .get(1)
        .cloned()
        .or(bytes_kw)
        .ok_or_else(|| type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let little = byteorder(args.get(2).cloned().or(order_kw))?;
    let signed = match signed_kw {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if src.as_pystr().is_some() {
        return Err(type_error("cannot convert 'str' object to bytes"));
    }
    let mut data: Vec<u8> = match crate::objects::bytes_methods::bytes_of(&src) {
        Some(b) => b,
        None => {
            let items = vm.collect_iter(&src)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match as_int(&it).and_then(|i| i.to_big().to_u8()) {
                    Some(b) => out.push(b),
                    None => return Err(value_error("bytes must be in range(0, 256)")),
                }
            }
            out
        }
    };
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    let r = from_big(v);
    match args.first() {
        Some(Value::Obj(c)) if !std::rc::Rc::ptr_eq(c, &types().int) && c.as_type().is_some() => {
            vm.call(&Value::Obj(c.clone()), &[r], &[])
        }
        _ => Ok(r),
    }
}

fn int_binop(vm: &mut Vm, args: &[Value], op: crate::ops::BinOp, refl: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    if args.len() > 2 && op == crate::ops::BinOp::Pow && !refl {
        let m = args.get(2).cloned().unwrap_or(Value::None);
        if as_int(a).is_some() && as_int(b).is_some() && as_int(&m).is_some() {
            let pow = match &vm.builtins.payload {
                Payload::Dict(d) => d.borrow().get_str("pow").cloned(),
                _ => None,
            };
            if let Some(pow) = pow {
                return vm.call(&pow, &[a.clone(), b.clone(), m], &[]);
            }
        }
        return Ok(not_impl());
    }
    if args.len() > 2 || as_int(a).is_none() || as_int(b).is_none() {
        return Ok(not_impl());
    }
    let (x, y) = (
        from_big(as_int(a).map(|i| i.to_big()).unwrap_or_default()),
        from_big(as_int(b).map(|i| i.to_big()).unwrap_or_default()),
    );
    if refl {
        vm.binary_op(op, &y, &x)
    } else {
        vm.binary_op(op, &x, &y)
    }
}

macro_rules! int_ops {
    ($($name:ident => $op:ident, $refl:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                int_binop(vm, args, crate::ops::BinOp::$op, $refl)
            }
        )*
    };
}

int_ops! {
    i_add => Add, false; i_radd => Add, true;
    i_sub => Sub, false; i_rsub => Sub, true;
    i_mul => Mul, false; i_rmul => Mul, true;
    i_floordiv => FloorDiv, false; i_rfloordiv => FloorDiv, true;
    i_truediv => TrueDiv, false; i_rtruediv => TrueDiv, true;
    i_mod => Mod, false; i_rmod => Mod, true;
    i_pow => Pow, false; i_rpow => Pow, true;
    i_and => And, false; i_rand => And, true;
    i_or => Or, false; i_ror => Or, true;
    i_xor => Xor, false; i_rxor => Xor, true;
    i_lshift => LShift, false; i_rlshift => LShift, true;
    i_rshift => RShift, false; i_rrshift => RShift, true;
}

fn int_index(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(from_big(this_int(args)?))
}

fn int_float(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = this_int(args)?;
    crate::objects::int::big_to_f64(&i).map(Value::Float)
}

fn int_neg(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(from_big(-this_int(args)?))
}

fn int_abs(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(from_big(this_int(args)?.abs()))
}

fn int_bool(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(!this_int(args)?.is_zero()))
}

fn int_divmod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    let (Some(x), Some(y)) = (as_int(a), as_int(b)) else {
        return Ok(not_impl());
    };
    let (x, y) = (from_big(x.to_big()), from_big(y.to_big()));
    let q = vm.binary_op(crate::ops::BinOp::FloorDiv, &x, &y)?;
    let r = vm.binary_op(crate::ops::BinOp::Mod, &x, &y)?;
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_rdivmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    int_divmod(vm, &[b.clone(), a.clone()], kw)
}

fn int_round(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = from_big(this_int(args)?);
    let round = match &vm.builtins.payload {
        Payload::Dict(d) => d.borrow().get_str("round").cloned(),
        _ => None,
    };
    match (round, args.get(1)) {
        (Some(r), Some(nd)) => vm.call(&r, &[i, nd.clone()], &[]),
        _ => Ok(i),
    }
}

fn int_getnewargs(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = from_big(this_int(args)?);
    Ok(vm.new_tuple(vec![i]))
}

const INT: &[(&str, NativeFn)] = &[
    ("bit_count", int_bit_count),
    ("as_integer_ratio", int_as_integer_ratio),
    ("is_integer", int_is_integer),
    ("to_bytes", int_to_bytes),
    ("__add__", i_add),
    ("__radd__", i_radd),
    ("__sub__", i_sub),
    ("__rsub__", i_rsub),
    ("__mul__", i_mul),
    ("__rmul__", i_rmul),
    ("__floordiv__", i_floordiv),
    ("__rfloordiv__", i_rfloordiv),
    ("__truediv__", i_truediv),
    ("__rtruediv__", i_rtruediv),
    ("__mod__", i_mod),
    ("__rmod__", i_rmod),
    ("__pow__", i_pow),
    ("__rpow__", i_rpow),
    ("__and__", i_and),
    ("__rand__", i_rand),
    ("__or__", i_or),
    ("__ror__", i_ror),
    ("__xor__", i_xor),
    ("__rxor__", i_rxor),
    ("__lshift__", i_lshift),
    ("__rlshift__", i_rlshift),
    ("__rshift__", i_rshift),
    ("__rrshift__", i_rrshift),
    ("__divmod__", int_divmod),
    ("__rdivmod__", int_rdivmod),
    ("__round__", int_round),
    ("__getnewargs__", int_getnewargs),
    ("__index__", int_index),
    ("__int__", int_index),
    ("__float__", int_float),
    ("__neg__", int_neg),
    ("__invert__", n_invert),
    ("__abs__", int_abs),
    ("__bool__", int_bool),
];

// ----- comparisons and unary operators of numbers --------------------------------------------

fn is_real(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
}

/// A plain (non-subclass) copy of a number, so the operator does not dispatch back here.
fn plain_num(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::Int(b)) => from_big(b.clone()),
        Some(Payload::Float(f)) => Value::Float(*f),
        _ => v.clone(),
    }
}

fn num_cmp(vm: &mut Vm, args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    if !is_real(a) || !is_real(b) {
        return Ok(not_impl());
    }
    // int.__eq__(float) is NotImplemented: only float's methods handle the mix.
    if as_int(a).is_some() && as_int(b).is_none() {
        return Ok(not_impl());
    }
    let (a, b) = (plain_num(a), plain_num(b));
    vm.compare(op, &a, &b)
}

macro_rules! cmp_fns {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                num_cmp(vm, args, crate::ops::CmpOp::$op)
            }
        )*
    };
}

cmp_fns! {
    n_lt => Lt; n_le => Le; n_gt => Gt; n_ge => Ge; n_eq => Eq; n_ne => Ne;
}

fn n_pos(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    Ok(match plain_num(&v) {
        Value::Bool(b) => Value::Int(i64::from(b)),
        x => x,
    })
}

fn n_neg(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = plain_num(&args.first().cloned().unwrap_or(Value::None));
    vm.binary_op(crate::ops::BinOp::Sub, &Value::Int(0), &v)
        .map(|r| match (&v, r) {
            (Value::Float(f), _) => Value::Float(-f),
            (_, r) => r,
        })
}

fn n_abs(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = plain_num(&args.first().cloned().unwrap_or(Value::None));
    match v {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        other => match as_int(&other) {
            Some(i) => Ok(from_big(i.to_big().abs())),
            None => Ok(not_impl()),
        },
    }
}

fn n_invert(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = this_int(args)?;
    Ok(from_big(-i - 1))
}

fn n_trunc(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match plain_num(&args.first().cloned().unwrap_or(Value::None)) {
        Value::Float(f) => crate::objects::int::float_to_int(f),
        v => Ok(from_big(as_int(&v).map(|i| i.to_big()).unwrap_or_default())),
    }
}

fn n_floor(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match plain_num(&args.first().cloned().unwrap_or(Value::None)) {
        Value::Float(f) => crate::objects::int::float_to_int(f.floor()),
        v => Ok(from_big(as_int(&v).map(|i| i.to_big()).unwrap_or_default())),
    }
}

fn n_ceil(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match plain_num(&args.first().cloned().unwrap_or(Value::None)) {
        Value::Float(f) => crate::objects::int::float_to_int(f.ceil()),
        v => Ok(from_big(as_int(&v).map(|i| i.to_big()).unwrap_or_default())),
    }
}

fn n_conjugate(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(plain_num(&args.first().cloned().unwrap_or(Value::None)))
}

fn n_int(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    n_trunc_plain(args)
}

fn n_trunc_plain(args: &[Value]) -> PyResult<Value> {
    match plain_num(&args.first().cloned().unwrap_or(Value::None)) {
        Value::Float(f) => crate::objects::int::float_to_int(f),
        v => Ok(from_big(as_int(&v).map(|i| i.to_big()).unwrap_or_default())),
    }
}

fn n_float(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match plain_num(&args.first().cloned().unwrap_or(Value::None)) {
        Value::Float(f) => Ok(Value::Float(f)),
        v => match as_int(&v) {
            Some(i) => crate::objects::int::big_to_f64(&i.to_big()).map(Value::Float),
            None => Ok(not_impl()),
        },
    }
}

fn n_bool(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        match plain_num(&args.first().cloned().unwrap_or(Value::None)) {
            Value::Float(f) => f != 0.0,
            v => as_int(&v).is_some_and(|i| !i.to_big().is_zero()),
        },
    ))
}

const NUM_CMP: &[(&str, NativeFn)] = &[
    ("__lt__", n_lt),
    ("__le__", n_le),
    ("__gt__", n_gt),
    ("__ge__", n_ge),
    ("__eq__", n_eq),
    ("__ne__", n_ne),
    ("__pos__", n_pos),
    ("__trunc__", n_trunc),
    ("__floor__", n_floor),
    ("__ceil__", n_ceil),
    ("conjugate", n_conjugate),
];

fn float_binop(vm: &mut Vm, args: &[Value], op: crate::ops::BinOp, refl: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    if args.len() > 2 || !is_real(a) || !is_real(b) {
        return Ok(not_impl());
    }
    let x = match crate::objects::float::as_f64(&plain_num(a)) {
        Some(r) => Value::Float(r?),
        None => return Ok(not_impl()),
    };
    let y = match crate::objects::float::as_f64(&plain_num(b)) {
        Some(r) => Value::Float(r?),
        None => return Ok(not_impl()),
    };
    if refl {
        vm.binary_op(op, &y, &x)
    } else {
        vm.binary_op(op, &x, &y)
    }
}

macro_rules! float_ops {
    ($($name:ident => $op:ident, $refl:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                float_binop(vm, args, crate::ops::BinOp::$op, $refl)
            }
        )*
    };
}

float_ops! {
    f_add => Add, false; f_radd => Add, true;
    f_sub => Sub, false; f_rsub => Sub, true;
    f_mul => Mul, false; f_rmul => Mul, true;
    f_floordiv => FloorDiv, false; f_rfloordiv => FloorDiv, true;
    f_truediv => TrueDiv, false; f_rtruediv => TrueDiv, true;
    f_mod => Mod, false; f_rmod => Mod, true;
    f_pow => Pow, false; f_rpow => Pow, true;
}

fn f_round(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = match plain_num(&self_arg(args)) {
        Value::Float(f) => Value::Float(f),
        _ => return Ok(not_impl()),
    };
    let round = match &vm.builtins.payload {
        Payload::Dict(d) => d.borrow().get_str("round").cloned(),
        _ => None,
    };
    let Some(round) = round else {
        return Ok(not_impl());
    };
    let mut a = vec![f];
    a.extend(args.get(1).cloned());
    vm.call(&round, &a, &[])
}

const FLOAT_OPS: &[(&str, NativeFn)] = &[
    ("__add__", f_add),
    ("__radd__", f_radd),
    ("__sub__", f_sub),
    ("__rsub__", f_rsub),
    ("__mul__", f_mul),
    ("__rmul__", f_rmul),
    ("__floordiv__", f_floordiv),
    ("__rfloordiv__", f_rfloordiv),
    ("__truediv__", f_truediv),
    ("__rtruediv__", f_rtruediv),
    ("__mod__", f_mod),
    ("__rmod__", f_rmod),
    ("__pow__", f_pow),
    ("__rpow__", f_rpow),
    ("__neg__", n_neg),
    ("__abs__", n_abs),
    ("__round__", f_round),
    ("__int__", n_int),
    ("__float__", n_float),
    ("__bool__", n_bool),
];

fn obj_cmp(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(not_impl())
}

fn obj_dir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let names = crate::builtins::dir_names(vm, &self_arg(args))?;
    let items = names.iter().map(|n| Value::str(n)).collect();
    Ok(vm.new_list(items))
}

fn obj_sizeof(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = match args.first().and_then(Value::payload) {
        Some(Payload::Str(s)) => 41 + s.len() as i64,
        Some(Payload::Bytes(b)) => 33 + b.len() as i64,
        Some(Payload::List(l)) => 56 + 8 * l.borrow().len() as i64,
        Some(Payload::Tuple(t)) => 40 + 8 * t.len() as i64,
        _ => 16,
    };
    Ok(Value::Int(n))
}

fn obj_reduce(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Err(type_error(format!(
        "cannot pickle '{}' object",
        type_name_of(&self_arg(args))
    )))
}

/// `object.__getstate__`: the instance dict (`None` when empty), paired with a dict of the
/// set `__slots__` values when the class has slots (the most derived class's slots first).
fn obj_getstate(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = self_arg(args);
    let dict = this.as_obj().and_then(|o| o.instance_dict().cloned());
    let state = match dict {
        Some(d) if matches!(&d.payload, Payload::Dict(t) if !t.borrow().is_empty()) => {
            Value::Obj(d)
        }
        _ => Value::None,
    };
    let cls = crate::vm::type_of(&this).clone();
    let has_slots = cls.as_type().is_some_and(|t| !t.slot_names.is_empty());
    if !has_slots {
        return Ok(state);
    }
    let mut classes = vec![cls.clone()];
    if let Some(t) = cls.as_type() {
        classes.extend(t.mro().iter().cloned());
    }
    let slots = vm.new_dict();
    let mut any = false;
    for c in &classes {
        let Some(ct) = c.as_type() else { continue };
        let Some(spec) = ct.own_lookup("__slots__") else {
            continue;
        };
        let names = if spec.as_pystr().is_some() {
            vec![spec]
        } else {
            vm.collect_iter(&spec)?
        };
        for n in names {
            let Some(s) = n.as_pystr().map(|s| s.to_rust().into_owned()) else {
                continue;
            };
            if s == "__dict__" || s == "__weakref__" {
                continue;
            }
            let mangled = pyvm_compiler::symtable::mangle(Some(&ct.name), &s);
            let v = match vm.getattr_opt(&this, &mangled) {
                Ok(v) => v,
                Err(e) if e.matches(&crate::types::types().attribute_error) => None,
                Err(e) => return Err(e),
            };
            if let Some(v) = v {
                vm.setitem(&slots, &Value::str(&mangled), Some(v))?;
                any = true;
            }
        }
    }
    if !any {
        return Ok(state);
    }
    Ok(vm.new_tuple(vec![state, slots]))
}

fn obj_subclasshook(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(not_impl())
}

const OBJECT_CMP: &[(&str, NativeFn)] = &[
    ("__dir__", obj_dir),
    ("__sizeof__", obj_sizeof),
    ("__reduce__", obj_reduce),
    ("__reduce_ex__", obj_reduce),
    ("__getstate__", obj_getstate),
    ("__lt__", obj_cmp),
    ("__le__", obj_cmp),
    ("__gt__", obj_cmp),
    ("__ge__", obj_cmp),
];

// ----- float ----------------------------------------------------------------------------------

fn this_float(args: &[Value]) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(type_error("descriptor requires a 'float' object")),
        },
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this_float(args)?;
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    let g = num.gcd(&den);
    if !g.is_zero() {
        num /= &g;
        den /= &g;
    }
    if neg {
        num = -num;
    }
    Ok(vm.new_tuple(vec![from_big(num), from_big(den)]))
}

fn float_fromhex(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = match args.get(1).and_then(Value::as_pystr) {
        Some(s) => s.to_rust().into_owned(),
        None => return Err(type_error("fromhex() argument must be str")),
    };
    let f = match parse_hex_float(&s) {
        Some(f) => f,
        None if parse_hex_float_overflows(&s) => {
            return Err(overflow_error(
                "hexadecimal value too large to represent as a float",
            ))
        }
        None => return Err(value_error("invalid hexadecimal floating-point string")),
    };
    let r = Value::Float(f);
    match args.first() {
        Some(Value::Obj(c)) if !std::rc::Rc::ptr_eq(c, &types().float) && c.as_type().is_some() => {
            vm.call(&Value::Obj(c.clone()), &[r], &[])
        }
        _ => Ok(r),
    }
}

/// Whether `s` is well-formed hex float syntax whose value overflows.
fn parse_hex_float_overflows(s: &str) -> bool {
    let t = s.trim().to_ascii_lowercase();
    let t = t.trim_start_matches(['+', '-']);
    let t = t.strip_prefix("0x").unwrap_or(t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e),
        None => (t, "0"),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let ok_digits = !(ip.is_empty() && fp.is_empty())
        && ip.chars().chain(fp.chars()).all(|c| c.is_ascii_hexdigit());
    let ok_exp = exp
        .strip_prefix(['+', '-'])
        .unwrap_or(exp)
        .chars()
        .all(|c| c.is_ascii_digit())
        && !exp.trim_start_matches(['+', '-']).is_empty();
    ok_digits && ok_exp && !exp.starts_with('-')
}

/// Parses `float.fromhex` input: `[sign]['0x']hex[.hex]['p'[sign]dec]`, or inf/nan.
fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    match t.as_str() {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(crate::objects::float::fresh_nan()),
        _ => {}
    }
    let t = t.strip_prefix("0x").unwrap_or(&t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (t, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    let mut v = BigInt::zero();
    for c in ip.chars().chain(fp.chars()) {
        v = v * 16 + c.to_digit(16)?;
    }
    let e2 = exp - 4 * fp.len() as i64;
    // Exact scaling by converting through a correctly rounded decimal-free path.
    let bits = v.bits() as i64;
    if v.is_zero() {
        return Some(sign * 0.0);
    }
    // Keep 64 significant bits then let the float conversion round.
    let shift = bits - 64;
    let (top, e) = if shift > 0 {
        let top: BigInt = &v >> shift as usize;
        let sticky = !(&v - (&top << shift as usize)).is_zero();
        let top = top.to_u64()? | u64::from(sticky);
        (top, e2 + shift)
    } else {
        (v.to_u64()?, e2)
    };
    let mut f = top as f64;
    let mut e = e.clamp(-2200, 2200);
    while e > 0 {
        let k = e.min(1000);
        f *= 2f64.powi(k as i32);
        e -= k;
    }
    while e < 0 {
        let k = (-e).min(1000);
        f /= 2f64.powi(k as i32);
        e += k;
    }
    if f.is_infinite() {
        return None;
    }
    Some(sign * f)
}

/// `float.hex()`: `0x1.8000000000000p+1`.
pub(crate) fn float_hex_string(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())
}

fn float_hex(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::str(&float_hex_string(this_float(args)?)))
}

const FLOAT: &[(&str, NativeFn)] = &[
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
];

// ----- dict -----------------------------------------------------------------------------------

fn dict_fromkeys(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let cls = args.first().cloned().unwrap_or(Value::None);
    let keys = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("fromkeys expected at least 1 argument, got 0"))?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, &[], &[])?;
    let items = vm.collect_iter(&keys)?;
    match d.as_obj() {
        Some(o) if matches!(o.payload, Payload::Dict(_)) && !cls_is_heap(&cls) => {
            let o = o.clone();
            for k in items {
                vm.dict_set(&o, k, value.clone())?;
            }
        }
        _ => {
            for k in items {
                vm.setitem(&d, &k, Some(value.clone()))?;
            }
        }
    }
    Ok(d)
}

fn cls_is_heap(cls: &Value) -> bool {
    cls.as_obj()
        .and_then(|c| c.as_type())
        .is_some_and(|t| t.heap)
}

fn is_dict(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
}

fn dict_or(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    if !is_dict(a) || !is_dict(b) {
        return Ok(not_impl());
    }
    let d = vm.new_dict();
    if let Some(o) = d.as_obj() {
        vm.dict_update_from(o, a)?;
        vm.dict_update_from(o, b)?;
    }
    Ok(d)
}

fn dict_ror(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    dict_or(vm, &[b.clone(), a.clone()], &[])
}

fn dict_ior(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    let Some(o) = a.as_obj().filter(|_| is_dict(a)) else {
        return Ok(not_impl());
    };
    vm.dict_update_from(o, b)?;
    Ok(a.clone())
}

const DICT: &[(&str, NativeFn)] = &[
    ("__or__", dict_or),
    ("__ror__", dict_ror),
    ("__ior__", dict_ior),
];

// ----- slice, range, iterators -----------------------------------------------------------------

fn slice_indices(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(Payload::Slice(parts)) = args.first().and_then(Value::payload) else {
        return Err(type_error("descriptor requires a 'slice' object"));
    };
    let parts = (**parts).clone();
    let n = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("slice.indices() takes exactly one argument (0 given)"))?;
    let n = crate::builtins::funcs_index(vm, &n)?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (a, b, c) = crate::subscript::slice_indices(vm, &parts, n as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn range_of(args: &[Value]) -> PyResult<crate::objects::range::Range> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Range(r)) => Ok(r.clone()),
        _ => Err(type_error("descriptor requires a 'range' object")),
    }
}

/// Whether `v` is an exact int or a bool: the values `range` answers by arithmetic (anything
/// else, int subclasses included, is compared item by item, as CPython does).
fn exact_int(v: &Value) -> Option<num_bigint::BigInt> {
    let exact = match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(o) => std::rc::Rc::ptr_eq(o.class(), &types().int),
        _ => false,
    };
    if exact {
        as_int(v).map(|i| i.to_big())
    } else {
        None
    }
}

/// Index of the first item of `r` equal to `v` by `==`, scanning as CPython's
/// `_PySequence_IterSearch`.
fn range_search(
    vm: &mut Vm,
    r: &crate::objects::range::Range,
    v: &Value,
    count: bool,
) -> PyResult<(Option<num_bigint::BigInt>, i64)> {
    let len = r.len_big();
    let mut i = num_bigint::BigInt::zero();
    let mut n = 0;
    while i < len {
        if let Some(x) = r.item(&i) {
            let x = crate::objects::int::from_big(x);
            if vm.eq(&x, v)? {
                if !count {
                    return Ok((Some(i), 1));
                }
                n += 1;
            }
        }
        i += 1u32;
    }
    Ok((None, n))
}

fn range_index(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let r = range_of(args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(x) = exact_int(&v) {
        return match r.position(&x) {
            Some(i) => Ok(crate::objects::int::from_big(i)),
            None => Err(value_error(format!(
                "{} is not in range",
                vm.repr_string(&v)?
            ))),
        };
    }
    match range_search(vm, &r, &v, false)? {
        (Some(i), _) => Ok(crate::objects::int::from_big(i)),
        (None, _) => Err(value_error("sequence.index(x): x not in sequence")),
    }
}

fn range_count(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let r = range_of(args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(x) = exact_int(&v) {
        return Ok(Value::Int(i64::from(r.position(&x).is_some())));
    }
    Ok(Value::Int(range_search(vm, &r, &v, true)?.1))
}

/// `x in range`: arithmetic for exact ints, `==` on each item otherwise.
pub(crate) fn range_contains(
    vm: &mut Vm,
    r: &crate::objects::range::Range,
    v: &Value,
) -> PyResult<bool> {
    if let Some(x) = exact_int(v) {
        return Ok(r.position(&x).is_some());
    }
    Ok(range_search(vm, r, v, false)?.0.is_some())
}

/// `len(range)` when the length does not fit (the small case never gets here).
fn range_len(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let r = range_of(args)?;
    match r.len_big().to_i64() {
        Some(n) => Ok(Value::Int(n)),
        None => Err(crate::error::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

/// `iter(range)` for big bounds (small ones take the VM's built-in path).
fn range_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let r = range_of(args)?;
    Ok(range_iterator(&r, false))
}

/// An iterator over `r` (`reverse`: from the last item), `longrange_iterator` for big ones.
pub(crate) fn range_iterator(r: &crate::objects::range::Range, reverse: bool) -> Value {
    let t = types();
    let (start, _, step) = r.bounds();
    let len = r.len_big();
    let (first, step) = if reverse {
        (&start + (&len - 1u32) * &step, -step)
    } else {
        (start, step)
    };
    if r.big.is_none() {
        if let (Some(next), Some(step), Some(n)) = (first.to_i64(), step.to_i64(), len.to_i64()) {
            // The small iterator walks to `stop`: one step past the last item.
            let stop = next.saturating_add(step.saturating_mul(n));
            if (step > 0 && stop > next) || (step < 0 && stop < next) || n == 0 {
                let st = IterState::Range { next, stop, step };
                return Value::Obj(Object::new(
                    &t.range_iterator,
                    Payload::Iter(Box::new(std::cell::RefCell::new(st))),
                ));
            }
        }
    }
    let st = IterState::BigRange {
        next: first,
        step,
        left: len,
    };
    Value::Obj(Object::new(
        &t.longrange_iterator,
        Payload::Iter(Box::new(std::cell::RefCell::new(st))),
    ))
}

fn range_eq_impl(args: &[Value]) -> Option<bool> {
    let (Some(Payload::Range(a)), Some(Payload::Range(b))) = (
        args.first().and_then(Value::payload),
        args.get(1).and_then(Value::payload),
    ) else {
        return None;
    };
    let (la, lb) = (a.len_big(), b.len_big());
    let (sa, _, pa) = a.bounds();
    let (sb, _, pb) = b.bounds();
    Some(la == lb && (la.is_zero() || (sa == sb && (la.is_one() || pa == pb))))
}

fn range_eq(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(range_eq_impl(args).map_or_else(not_impl, Value::Bool))
}

fn range_ne(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(range_eq_impl(args).map_or_else(not_impl, |b| Value::Bool(!b)))
}

fn slice_cmp(vm: &mut Vm, args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let (Some(Payload::Slice(a)), Some(Payload::Slice(b))) = (
        args.first().and_then(Value::payload),
        args.get(1).and_then(Value::payload),
    ) else {
        return Ok(not_impl());
    };
    let (a, b) = ((**a).to_vec(), (**b).to_vec());
    let (ta, tb) = (vm.new_tuple(a), vm.new_tuple(b));
    vm.compare(op, &ta, &tb)
}

macro_rules! slice_cmps {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                slice_cmp(vm, args, crate::ops::CmpOp::$op)
            }
        )*
    };
}

slice_cmps! {
    sl_eq => Eq; sl_ne => Ne; sl_lt => Lt; sl_le => Le; sl_gt => Gt; sl_ge => Ge;
}

const SLICE_CMP: &[(&str, NativeFn)] = &[
    ("__eq__", sl_eq),
    ("__ne__", sl_ne),
    ("__lt__", sl_lt),
    ("__le__", sl_le),
    ("__gt__", sl_gt),
    ("__ge__", sl_ge),
];

const RANGE: &[(&str, NativeFn)] = &[
    ("index", range_index),
    ("count", range_count),
    ("__eq__", range_eq),
    ("__ne__", range_ne),
    ("__iter__", range_iter),
];

fn iter_length_hint(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(Payload::Iter(st)) = args.first().and_then(Value::payload) else {
        return Err(type_error("descriptor requires an iterator"));
    };
    let st = st.borrow();
    let n: i64 = match &*st {
        IterState::Seq { seq, index } => {
            let len = match &seq.payload {
                Payload::List(l) => l.borrow().len(),
                Payload::Tuple(t) => t.len(),
                Payload::Str(s) => s.len(),
                Payload::Bytes(b) => b.len(),
                _ => 0,
            };
            len.saturating_sub(*index) as i64
        }
        IterState::Reversed { index, .. } => *index as i64,
        IterState::Range { next, stop, step } => {
            crate::objects::range::Range::small(*next, *stop, *step).len()
        }
        IterState::BigRange { left, .. } => left.to_i64().unwrap_or(i64::MAX),
        IterState::Snapshot { items, index } | IterState::Set { items, index, .. } => {
            items.len().saturating_sub(*index) as i64
        }
        IterState::Dict { dict, pos, .. } => match &dict.payload {
            Payload::Dict(d) => {
                let d = d.borrow();
                let mut n = 0;
                let mut p = *pos;
                while let Some((np, _)) = d.next_from(p) {
                    n += 1;
                    p = np;
                }
                n
            }
            _ => 0,
        },
        _ => 0,
    };
    Ok(Value::Int(n))
}

fn iter_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    vm.next_or_stop(&it)
}

const ITER: &[(&str, NativeFn)] = &[
    ("__length_hint__", iter_length_hint),
    ("__iter__", iter_iter),
    ("__next__", iter_next),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_floats() {
        assert_eq!(parse_hex_float("0x1.8p1"), Some(3.0));
        assert_eq!(parse_hex_float("-0x10"), Some(-16.0));
        assert_eq!(parse_hex_float("0x.8"), Some(0.5));
        assert_eq!(parse_hex_float("xyz"), None);
    }
}
