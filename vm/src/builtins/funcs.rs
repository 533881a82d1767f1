//! The built-in functions beyond the core protocol ones in `builtins.rs`: numeric helpers
//! (`abs`, `divmod`, `pow`, `round`, `bin`/`oct`/`hex`), reductions (`sum`, `min`, `max`,
//! `any`, `all`, `sorted`), the iterator classes (`enumerate`, `zip`, `map`, `filter`,
//! `reversed`) and the text helpers (`chr`, `ord`, `ascii`, `format`, `input`, `dir`, `vars`).

use std::cell::RefCell;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{check_arity, no_kwargs, take_kwargs_builtin};
use crate::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use crate::object::{Object, Payload};
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::int::{as_int, from_big};
use crate::objects::iter::IterState;
use crate::ops::BinOp;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, type_of, KwArgs, Vm};

/// Built-in functions defined in this file.
pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", builtin_abs),
    ("all", builtin_all),
    ("any", builtin_any),
    ("ascii", builtin_ascii),
    ("bin", builtin_bin),
    ("oct", builtin_oct),
    ("hex", builtin_hex),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("sum", builtin_sum),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sorted", builtin_sorted),
    ("format", builtin_format),
    ("input", builtin_input),
    ("help", builtin_help),
    ("breakpoint", builtin_breakpoint),
    ("dir", builtin_dir),
    ("vars", builtin_vars),
];

/// Registers the iterator classes (`enumerate`, `zip`, `map`, `filter`, `reversed`).
pub(super) fn register_classes(vm: &mut Vm) {
    let t = types();
    let classes: [(&str, &crate::object::Obj, NativeFn); 5] = [
        ("enumerate", &t.enumerate, enumerate_new),
        ("zip", &t.zip, zip_new),
        ("map", &t.map, map_new),
        ("filter", &t.filter, filter_new),
        ("reversed", &t.reversed, reversed_new),
    ];
    for (name, cls, new) in classes {
        crate::types::add_methods(cls, &[("__new__", new)], BuiltinKind::Function);
        vm.set_builtin(name, Value::Obj(cls.clone()));
    }
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// `operator.index(v)` as a big integer.
pub(crate) fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(i) = as_int(&r) {
            return Ok(i.to_big());
        }
        return Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name_of(&r)
        )));
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name_of(v)
    )))
}

fn new_iter_auto(st: IterState) -> Value {
    let cls = crate::objects::iter::class_for(&st);
    Value::Obj(Object::new(cls, Payload::Iter(Box::new(RefCell::new(st)))))
}

fn new_iter(cls: &crate::object::Obj, st: IterState) -> Value {
    Value::Obj(Object::new(cls, Payload::Iter(Box::new(RefCell::new(st)))))
}

// ----- numbers --------------------------------------------------------------------------------

fn builtin_abs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("abs", kw)?;
    check_arity("abs", args, 1, 1)?;
    let v = arg(args, 0);
    match &v {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(a) => Value::Int(a),
                None => from_big(BigInt::from(*i).abs()),
            })
        }
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    let heap = type_of(&v).as_type().is_some_and(|t| t.heap);
    if !heap {
        match v.payload() {
            Some(Payload::Int(b)) => return Ok(from_big(b.abs())),
            Some(Payload::Float(f)) => return Ok(Value::Float(f.abs())),
            Some(Payload::Complex(re, im)) => return Ok(Value::Float(re.hypot(*im))),
            _ => {}
        }
    }
    match vm.call_dunder(&v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => match v.payload() {
            Some(Payload::Int(b)) => Ok(from_big(b.abs())),
            Some(Payload::Float(f)) => Ok(Value::Float(f.abs())),
            _ => Err(type_error(format!(
                "bad operand type for abs(): '{}'",
                type_name_of(&v)
            ))),
        },
    }
}

fn truth_scan(vm: &mut Vm, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    check_arity(name, args, 1, 1)?;
    let it = vm.iter(&arg(args, 0))?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

fn builtin_all(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("all", kw)?;
    truth_scan(vm, args, "all", false)
}

fn builtin_any(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("any", kw)?;
    truth_scan(vm, args, "any", true)
}

fn builtin_ascii(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("ascii", kw)?;
    check_arity("ascii", args, 1, 1)?;
    let r = vm.repr_string(&arg(args, 0))?;
    Ok(Value::str(&crate::objects::format::ascii_escape(&r)))
}

fn radix(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str, r: u32, p: &str) -> PyResult<Value> {
    no_kwargs(name, kw)?;
    check_arity(name, args, 1, 1)?;
    let n = index_big(vm, &arg(args, 0))?;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::str(&format!("{sign}{p}{}", n.abs().to_str_radix(r))))
}

fn builtin_bin(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    radix(vm, args, kw, "bin", 2, "0b")
}

fn builtin_oct(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    radix(vm, args, kw, "oct", 8, "0o")
}

fn builtin_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    radix(vm, args, kw, "hex", 16, "0x")
}

fn builtin_chr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("chr", kw)?;
    check_arity("chr", args, 1, 1)?;
    let v = arg(args, 0);
    if matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_))) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(&v)
        )));
    }
    let n = index_big(vm, &v)?;
    match n.to_u32().filter(|&c| c <= 0x10ffff) {
        Some(c) => Ok(Value::Obj(Object::new_str(
            crate::objects::str::PyStr::from_code_points(&[c]),
        ))),
        None => {
            if n.to_i32().is_none() {
                Err(overflow_error("Python int too large to convert to C int"))
            } else {
                Err(value_error("chr() arg not in range(0x110000)"))
            }
        }
    }
}

fn builtin_ord(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("ord", kw)?;
    check_arity("ord", args, 1, 1)?;
    let v = arg(args, 0);
    if let Some(s) = v.as_pystr() {
        if s.len() == 1 {
            return Ok(Value::Int(i64::from(s.char_at(0).unwrap_or(0))));
        }
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        )));
    }
    if let Some(b) = crate::objects::bytes_methods::bytes_of(&v) {
        if b.len() == 1 {
            return Ok(Value::Int(i64::from(b.first().copied().unwrap_or(0))));
        }
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name_of(&v)
    )))
}

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
}

fn builtin_divmod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("divmod", kw)?;
    check_arity("divmod", args, 2, 2)?;
    let (a, b) = (arg(args, 0), arg(args, 1));
    let plain = |v: &Value| !type_of(v).as_type().is_some_and(|t| t.heap);
    if is_number(&a) && is_number(&b) && plain(&a) && plain(&b) {
        let float_zero =
            |v: &Value| matches!(crate::objects::float::as_f64(v), Some(Ok(z)) if z == 0.0);
        let is_float = |v: &Value| {
            matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
        };
        if (is_float(&a) || is_float(&b)) && float_zero(&b) {
            return Err(crate::error::zero_division_error("float divmod()"));
        }
        let q = vm.binary_op(BinOp::FloorDiv, &a, &b)?;
        let r = vm.binary_op(BinOp::Mod, &a, &b)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    if let Some(r) = vm.call_dunder(&a, "__divmod__", std::slice::from_ref(&b))? {
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_dunder(&b, "__rdivmod__", std::slice::from_ref(&a))? {
        if !vm.is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if is_number(&a) && is_number(&b) {
        let q = vm.binary_op(BinOp::FloorDiv, &a, &b)?;
        let r = vm.binary_op(BinOp::Mod, &a, &b)?;
        return Ok(vm.new_tuple(vec![q, r]));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name_of(&a),
        type_name_of(&b)
    )))
}

fn builtin_pow(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [base_kw, exp_kw, mod_kw] = take_kwargs_builtin("pow", kw, ["base", "exp", "mod"])?;
    let mut a: Vec<Value> = args.to_vec();
    a.extend([base_kw, exp_kw].into_iter().flatten());
    if a.len() < 2 {
        let missing = if a.is_empty() { "base" } else { "exp" };
        return Err(type_error(format!(
            "pow() missing required argument '{missing}' (pos {})",
            a.len() + 1
        )));
    }
    if let Some(m) = mod_kw {
        if a.len() == 2 {
            a.push(m);
        }
    }
    if a.len() > 3 {
        return Err(type_error(format!(
            "pow expected at most 3 arguments, got {}",
            a.len()
        )));
    }
    let (x, y) = (arg(&a, 0), arg(&a, 1));
    let m = a.get(2).cloned().unwrap_or(Value::None);
    if matches!(m, Value::None) {
        return vm.binary_op(BinOp::Pow, &x, &y);
    }
    let (Some(xb), Some(yb), Some(mb)) = (as_int(&x), as_int(&y), as_int(&m)) else {
        if let Some(r) = vm.call_dunder(&x, "__pow__", &[y.clone(), m.clone()])? {
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if is_number(&x) && is_number(&y) && is_number(&m) {
            return Err(type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        return Err(type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            type_name_of(&x),
            type_name_of(&y),
            type_name_of(&m)
        )));
    };
    let (xb, yb, mb) = (xb.to_big(), yb.to_big(), mb.to_big());
    if mb.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = mb.abs();
    let mut base = xb.mod_floor(&mabs);
    let mut e = yb;
    if e.is_negative() {
        base = mod_inverse(&base, &mabs)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = base.modpow(&e, &mabs);
    if mb.is_negative() && !r.is_zero() {
        r += &mb;
    }
    Ok(from_big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// Rounds `x` to `nd` decimal digits, correctly (via the exact decimal expansion).
fn round_float(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd >= 0 {
        if nd > 330 {
            return x;
        }
        let s = format!("{:.*}", nd as usize, x);
        return s.parse().unwrap_or(x);
    }
    if nd < -330 {
        return 0.0 * x.signum();
    }
    let z = round_to_power_of_ten(x, (-nd) as u32);
    if z.is_infinite() {
        return z;
    }
    if z == 0.0 {
        return 0.0 * x.signum();
    }
    z
}

/// `x` rounded (half to even) to a multiple of `10**p`, computed exactly: `x` is `m * 2**k`, so
/// the quotient and remainder by `10**p` are integer operations, and the result is converted
/// back through its decimal text (correctly rounded by Rust's parser).
fn round_to_power_of_ten(x: f64, p: u32) -> f64 {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, k) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    };
    let unit = BigInt::from(10u32).pow(p);
    let (num, den) = if k >= 0 {
        (BigInt::from(m) << (k as usize), BigInt::one())
    } else {
        (BigInt::from(m), BigInt::one() << ((-k) as usize))
    };
    let whole = &unit * &den;
    let (mut q, r) = num.div_rem(&whole);
    let twice = r * 2u32;
    if twice > whole || (twice == whole && q.is_odd()) {
        q += 1u32;
    }
    let magnitude: f64 = (q * unit).to_string().parse().unwrap_or(f64::INFINITY);
    if x < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

fn builtin_round(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [num_kw, nd_kw] = take_kwargs_builtin("round", kw, ["number", "ndigits"])?;
    let mut a = args.to_vec();
    if let Some(v) = num_kw {
        a.insert(0, v);
    }
    if let Some(v) = nd_kw {
        a.push(v);
    }
    if a.is_empty() {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let x = arg(&a, 0);
    let nd = a.get(1).cloned().unwrap_or(Value::None);
    let heap = type_of(&x).as_type().is_some_and(|t| t.heap);
    if !heap {
        let f = match &x {
            Value::Float(f) => Some(*f),
            Value::Obj(o) => match &o.payload {
                Payload::Float(f) => Some(*f),
                _ => None,
            },
            _ => None,
        };
        if let Some(f) = f {
            if matches!(nd, Value::None) {
                return crate::objects::int::float_to_int(f.round_ties_even());
            }
            let n = index_big(vm, &nd)?;
            let n = n
                .to_i64()
                .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
            let r = round_float(f, n);
            if r.is_infinite() && f.is_finite() {
                return Err(overflow_error("rounded value too large to represent"));
            }
            return Ok(Value::Float(r));
        }
        if let Some(i) = as_int(&x) {
            let i = i.to_big();
            if matches!(nd, Value::None) {
                return Ok(from_big(i));
            }
            let n = index_big(vm, &nd)?;
            if !n.is_negative() {
                return Ok(from_big(i));
            }
            let Some(k) = (-n).to_u32() else {
                return Ok(Value::Int(0));
            };
            let p = BigInt::from(10).pow(k);
            let (q, r) = i.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            return Ok(from_big(q * p));
        }
    }
    let extra: Vec<Value> = if matches!(nd, Value::None) && a.len() < 2 {
        Vec::new()
    } else {
        vec![nd]
    };
    match vm.call_dunder(&x, "__round__", &extra)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name_of(&x)
        ))),
    }
}

// ----- reductions -----------------------------------------------------------------------------

fn builtin_sum(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [start_kw] = take_kwargs_builtin("sum", kw, ["start"])?;
    if args.is_empty() {
        return Err(type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut acc = match (args.get(1), start_kw) {
        (Some(v), _) => v.clone(),
        (None, Some(v)) => v,
        (None, None) => Value::Int(0),
    };
    if acc.as_pystr().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if matches!(acc.payload(), Some(Payload::Bytes(_))) {
        return Err(type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    if matches!(acc.payload(), Some(Payload::ByteArray(_))) {
        return Err(type_error(
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    let it = vm.iter(&arg(args, 0))?;
    // Floats are added with Neumaier compensation, as CPython 3.12 does.
    let mut comp = 0.0f64;
    let mut in_float = false;
    while let Some(x) = vm.next(&it)? {
        if let (Value::Float(a), Value::Float(b)) = (&acc, &x) {
            let (a, b) = (*a, *b);
            let t = a + b;
            if t.is_finite() {
                if a.abs() >= b.abs() {
                    comp += (a - t) + b;
                } else {
                    comp += (b - t) + a;
                }
            }
            in_float = true;
            acc = Value::Float(t);
            continue;
        }
        if let (Value::Float(a), Value::Int(b)) = (&acc, &x) {
            let (a, b) = (*a, *b as f64);
            let t = a + b;
            if t.is_finite() {
                if a.abs() >= b.abs() {
                    comp += (a - t) + b;
                } else {
                    comp += (b - t) + a;
                }
            }
            in_float = true;
            acc = Value::Float(t);
            continue;
        }
        if in_float {
            if let Value::Float(a) = acc {
                if comp != 0.0 && comp.is_finite() {
                    acc = Value::Float(a + comp);
                }
            }
            comp = 0.0;
            in_float = false;
        }
        if let (Value::Int(a), Value::Int(b)) = (&acc, &x) {
            if let Some(s) = a.checked_add(*b) {
                acc = Value::Int(s);
                continue;
            }
        }
        acc = vm.binary_op(BinOp::Add, &acc, &x)?;
        if matches!(acc, Value::Float(_)) {
            in_float = true;
        }
    }
    if in_float {
        if let Value::Float(a) = acc {
            if comp != 0.0 && comp.is_finite() {
                acc = Value::Float(a + comp);
            }
        }
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, args: &[Value], kw: &KwArgs, name: &str, is_max: bool) -> PyResult<Value> {
    let [key, default] = super::take_kwargs_builtin(name, kw, ["key", "default"])?;
    let key = key.filter(|k| !matches!(k, Value::None));
    let items: Vec<Value> = match args.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => vm.collect_iter(&arg(args, 0))?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item), &[])?,
            None => item.clone(),
        };
        best = Some(match best {
            None => (k, item),
            Some((bk, bv)) => {
                let better = if is_max {
                    vm.compare_bool(crate::ops::CmpOp::Gt, &k, &bk)?
                } else {
                    vm.compare_bool(crate::ops::CmpOp::Lt, &k, &bk)?
                };
                if better {
                    (k, item)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        },
    }
}

fn builtin_min(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "min", false)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, args, kw, "max", true)
}

fn builtin_sorted(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let [key, reverse] = super::take_kwargs_builtin("sort", kw, ["key", "reverse"])?;
    let items = vm.collect_iter(&arg(args, 0))?;
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let key = key.unwrap_or(Value::None);
    match vm.sort_values(items, &key, reverse) {
        Ok(v) => Ok(vm.new_list(v)),
        Err((_, e)) => Err(e),
    }
}

// ----- text -----------------------------------------------------------------------------------

fn builtin_format(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("format", kw)?;
    check_arity("format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(s) if s.as_pystr().is_some() => s.clone(),
        Some(s) => {
            return Err(type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name_of(s)
            )))
        }
        None => Value::str(""),
    };
    vm.format(&arg(args, 0), &spec)
}

/// `help(obj)`: the text lives in pyvm's own `lib/pydoc.py`, imported on first use.
fn builtin_help(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let pydoc = crate::import::import_module_level(vm, "pydoc", &Value::None, &Value::None, 0)?;
    let help = vm.getattr_str(&pydoc, "help")?;
    vm.call(&help, args, kw)
}

/// `breakpoint()`: pyvm has no debugger, so (as with `PYTHONBREAKPOINT=0`) it does nothing.
fn builtin_breakpoint(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn builtin_input(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("input", kw)?;
    check_arity("input", args, 0, 1)?;
    if let Some(p) = args.first() {
        let s = vm.str_string(p)?;
        vm.write_stdout(&s)?;
    }
    vm.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(PyErr::new(&types().eof_error, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::str(&line))
        }
        Err(e) => Err(PyErr::new(&types().os_error, e.to_string())),
    }
}

fn builtin_dir(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("dir", kw)?;
    check_arity("dir", args, 0, 1)?;
    let Some(obj) = args.first() else {
        let locals = vm.current_locals()?;
        let mut keys = vm.collect_iter(&locals)?;
        let mut names: Vec<String> = keys
            .drain(..)
            .filter_map(|k| k.as_pystr().map(|s| s.to_rust().into_owned()))
            .collect();
        names.sort();
        let items = names.iter().map(|n| Value::str(n)).collect();
        return Ok(vm.new_list(items));
    };
    let custom = crate::objects::typeobj::lookup(type_of(obj), "__dir__");
    let is_default = custom
        .as_ref()
        .is_none_or(|c| matches!(c.payload(), Some(Payload::Builtin(_))));
    if !is_default {
        let r = vm.call_dunder(obj, "__dir__", &[])?.unwrap_or(Value::None);
        let items = vm.collect_iter(&r)?;
        return match vm.sort_values(items, &Value::None, false) {
            Ok(v) => Ok(vm.new_list(v)),
            Err((_, e)) => Err(e),
        };
    }
    let names = super::dir_names(vm, obj)?;
    let items = names.iter().map(|n| Value::str(n)).collect();
    Ok(vm.new_list(items))
}

fn builtin_vars(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("vars", kw)?;
    check_arity("vars", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return vm.current_locals();
    };
    match vm.getattr_opt(obj, "__dict__") {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(type_error("vars() argument must have __dict__ attribute")),
        Err(e) if e.matches(&types().attribute_error) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

// ----- iterator classes -----------------------------------------------------------------------

fn cls_and_rest(args: &[Value]) -> (crate::object::Obj, &[Value]) {
    match args.split_first() {
        Some((Value::Obj(c), rest)) if c.as_type().is_some() => (c.clone(), rest),
        _ => (types().iterator.clone(), args),
    }
}

fn enumerate_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = cls_and_rest(args);
    let [it_kw, start_kw] = take_kwargs_builtin("enumerate", kw, ["iterable", "start"])?;
    let mut a = rest.to_vec();
    if let Some(v) = it_kw {
        a.insert(0, v);
    }
    if let Some(v) = start_kw {
        a.push(v);
    }
    if a.is_empty() {
        return Err(type_error(
            "enumerate() missing required argument 'iterable'",
        ));
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let it = vm.iter(&arg(&a, 0))?;
    let count = match a.get(1) {
        Some(s) => from_big(index_big(vm, s)?),
        None => Value::Int(0),
    };
    Ok(new_iter(&cls, IterState::Enumerate { it, count }))
}

fn zip_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = cls_and_rest(args);
    // zip parses its keywords with `PyArg_ParseTupleAndKeywords("|$p:zip")`, whose wording
    // differs from a Python function's.
    if kw.len() > 1 {
        return Err(type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            kw.len()
        )));
    }
    if let Some((k, _)) = kw.first() {
        let ks = k.as_pystr().map(|s| s.to_rust().into_owned());
        if ks.as_deref() != Some("strict") {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for zip()",
                ks.unwrap_or_default()
            )));
        }
    }
    let [strict] = take_kwargs_builtin("zip", kw, ["strict"])?;
    let strict = match strict {
        Some(s) => vm.truthy(&s)?,
        None => false,
    };
    let mut its = Vec::with_capacity(rest.len());
    for (i, a) in rest.iter().enumerate() {
        let _ = i;
        its.push(vm.iter(a)?);
    }
    if strict {
        return Ok(new_iter(&cls, IterState::ZipStrict { its }));
    }
    Ok(new_iter(&cls, IterState::Zip { its }))
}

fn map_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = cls_and_rest(args);
    no_kwargs("map", kw)?;
    if rest.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let func = arg(rest, 0);
    let mut its = Vec::with_capacity(rest.len() - 1);
    for a in rest.iter().skip(1) {
        its.push(vm.iter(a)?);
    }
    Ok(new_iter(&cls, IterState::Map { func, its }))
}

fn filter_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = cls_and_rest(args);
    no_kwargs("filter", kw)?;
    if rest.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            rest.len()
        )));
    }
    let it = vm.iter(&arg(rest, 1))?;
    Ok(new_iter(
        &cls,
        IterState::Filter {
            func: arg(rest, 0),
            it,
        },
    ))
}

/// `reversed()` of a dict subclass without its own `__reversed__`/`__iter__`, or of a dict view.
fn reversed_dict_like(seq: &Value, heap: bool) -> Option<Value> {
    let t = types();
    let Value::Obj(o) = seq else { return None };
    let (dict, kind) = match &o.payload {
        Payload::Dict(_) if heap => {
            let cls = type_of(seq);
            let own = |name: &str| {
                let mine = crate::objects::typeobj::lookup(cls, name);
                let base = crate::objects::typeobj::lookup(&t.dict, name);
                match (mine, base) {
                    (Some(a), Some(b)) => !a.is(&b),
                    (Some(_), None) => true,
                    _ => false,
                }
            };
            if own("__reversed__") || own("__iter__") {
                return None;
            }
            (o.clone(), crate::objects::iter::DictView::Keys)
        }
        Payload::DictView { dict, kind } => (dict.clone(), *kind),
        _ => return None,
    };
    let Payload::Dict(d) = &dict.payload else {
        return None;
    };
    let mut items: Vec<Value> = d
        .borrow()
        .iter()
        .map(|e| match kind {
            crate::objects::iter::DictView::Keys => e.key.clone(),
            crate::objects::iter::DictView::Values => e.value.clone(),
            crate::objects::iter::DictView::Items => Value::Obj(crate::object::Object::new(
                &t.tuple,
                Payload::Tuple(vec![e.key.clone(), e.value.clone()].into()),
            )),
        })
        .collect();
    items.reverse();
    Some(new_iter(
        &t.dict_reversekeyiterator,
        IterState::Snapshot { items, index: 0 },
    ))
}

fn reversed_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_cls, rest) = cls_and_rest(args);
    no_kwargs("reversed", kw)?;
    if rest.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            rest.len()
        )));
    }
    let seq = arg(rest, 0);
    let heap = type_of(&seq).as_type().is_some_and(|t| t.heap);
    let t = types();
    // Dict subclasses that keep dict's iteration order, and the dict views, reverse natively.
    if let Some(r) = reversed_dict_like(&seq, heap) {
        return Ok(r);
    }
    if !heap {
        if let Value::Obj(o) = &seq {
            match &o.payload {
                Payload::List(l) => {
                    let n = l.borrow().len();
                    return Ok(new_iter_auto(IterState::Reversed {
                        seq: o.clone(),
                        index: n,
                    }));
                }
                Payload::Tuple(x) => {
                    let n = x.len();
                    return Ok(new_iter_auto(IterState::Reversed {
                        seq: o.clone(),
                        index: n,
                    }));
                }
                Payload::Str(s) => {
                    let n = s.len();
                    return Ok(new_iter_auto(IterState::Reversed {
                        seq: o.clone(),
                        index: n,
                    }));
                }
                Payload::Bytes(b) => {
                    let n = b.len();
                    return Ok(new_iter_auto(IterState::Reversed {
                        seq: o.clone(),
                        index: n,
                    }));
                }
                Payload::Range(r) => {
                    return Ok(crate::objects::extra::range_iterator(r, true));
                }
                Payload::Dict(d) => {
                    let mut items: Vec<Value> = d.borrow().iter().map(|e| e.key.clone()).collect();
                    items.reverse();
                    return Ok(new_iter(
                        &t.dict_reversekeyiterator,
                        IterState::Snapshot { items, index: 0 },
                    ));
                }
                _ => {}
            }
        }
    }
    let rev = crate::objects::typeobj::lookup(type_of(&seq), "__reversed__");
    if matches!(rev, Some(Value::None)) {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            type_name_of(&seq)
        )));
    }
    if let Some(r) = vm.call_dunder(&seq, "__reversed__", &[])? {
        return Ok(r);
    }
    let cls = type_of(&seq).clone();
    let has_len = crate::objects::typeobj::lookup(&cls, "__len__").is_some();
    let has_getitem = crate::objects::typeobj::lookup(&cls, "__getitem__").is_some();
    if has_len && has_getitem && !matches!(seq.payload(), Some(Payload::Dict(_))) {
        let n = vm.len(&seq)?;
        let mut items = Vec::with_capacity(n);
        for i in (0..n).rev() {
            items.push(vm.getitem(&seq, &Value::Int(i as i64))?);
        }
        return Ok(new_iter(
            &t.reversed,
            IterState::Snapshot { items, index: 0 },
        ));
    }
    Err(type_error(format!(
        "'{}' object is not reversible",
        type_name_of(&seq)
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_float(2.675, 2), 2.67);
        assert_eq!(round_float(1234.5, -1), 1230.0);
        assert_eq!(round_float(0.5, 0), 0.0);
    }

    #[test]
    fn inverse() {
        assert_eq!(
            mod_inverse(&BigInt::from(3), &BigInt::from(7)),
            Some(BigInt::from(5))
        );
        assert_eq!(mod_inverse(&BigInt::from(2), &BigInt::from(4)), None);
    }
}
