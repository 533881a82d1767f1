//! The `math` module: the functions programs use most, with CPython's results for integers
//! (exact `floor`/`ceil`/`factorial`/`gcd`/`isqrt`/`comb`/`perm`) and its "math domain error"
//! and "math range error" exceptions.

use std::cell::RefCell;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::objects::int::{as_int, big_to_f64, from_big};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", m_sqrt),
    ("exp", m_exp),
    ("log", m_log),
    ("log2", m_log2),
    ("log10", m_log10),
    ("log1p", m_log1p),
    ("expm1", m_expm1),
    ("sin", m_sin),
    ("cos", m_cos),
    ("tan", m_tan),
    ("asin", m_asin),
    ("acos", m_acos),
    ("atan", m_atan),
    ("sinh", m_sinh),
    ("cosh", m_cosh),
    ("tanh", m_tanh),
    ("asinh", m_asinh),
    ("acosh", m_acosh),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("exp2", m_exp2),
    ("atan2", m_atan2),
    ("hypot", m_hypot),
    ("pow", m_pow),
    ("fabs", m_fabs),
    ("fmod", m_fmod),
    ("copysign", m_copysign),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("isnan", m_isnan),
    ("isinf", m_isinf),
    ("isfinite", m_isfinite),
    ("isclose", m_isclose),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("factorial", m_factorial),
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
    ("modf", m_modf),
    ("frexp", m_frexp),
    ("ldexp", m_ldexp),
    ("fsum", m_fsum),
    ("prod", m_prod),
    ("dist", m_dist),
];

/// Creates `math` and puts it in `sys.modules`.
pub(super) fn register(vm: &mut Vm) {
    let t = types();
    let dict = Object::new(&t.dict, Payload::Dict(RefCell::new(Dict::new())));
    let module = Object::new(
        &t.module,
        Payload::Module {
            name: "math".into(),
            dict: dict.clone(),
        },
    );
    let funcs: Vec<(&str, Value)> = FUNCTIONS
        .iter()
        .map(|&(n, f)| (n, vm.new_builtin_function(n, f)))
        .collect();
    if let Payload::Dict(d) = &dict.payload {
        let mut d = d.borrow_mut();
        d.set_str("__name__", Value::str("math"));
        d.set_str("__doc__", Value::str("This module provides access to the mathematical functions\ndefined by the C standard."));
        d.set_str("pi", Value::Float(std::f64::consts::PI));
        d.set_str("e", Value::Float(std::f64::consts::E));
        d.set_str("tau", Value::Float(std::f64::consts::TAU));
        d.set_str("inf", Value::Float(f64::INFINITY));
        d.set_str("nan", Value::Float(f64::NAN));
        for (n, f) in funcs {
            d.set_str(n, f);
        }
    }
    if let Payload::Dict(m) = &vm.modules.payload {
        m.borrow_mut().set_str("math", Value::Obj(module));
    }
}

fn domain() -> crate::error::PyErr {
    value_error("math domain error")
}

fn range_err() -> crate::error::PyErr {
    overflow_error("math range error")
}

/// A float argument (`__float__`/`__index__` honoured), with CPython's message.
fn num(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(r) = crate::objects::float::as_f64(v) {
        return r;
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        if let Some(f) = crate::objects::float::as_f64(&r) {
            return f;
        }
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(f) = crate::objects::float::as_f64(&r) {
            return f;
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name_of(v)
    )))
}

fn arg(args: &[Value], i: usize, name: &str, n: usize) -> PyResult<Value> {
    match args.get(i) {
        Some(v) if args.len() <= n => Ok(v.clone()),
        _ if n == 1 => Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            args.len()
        ))),
        _ => Err(type_error(format!(
            "{name} expected {n} arguments, got {}",
            args.len()
        ))),
    }
}

fn unary(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> PyResult<f64>) -> PyResult<Value> {
    let x = num(vm, &arg(args, 0, name, 1)?)?;
    let r = f(x)?;
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

macro_rules! unary_fns {
    ($($name:ident, $py:literal => $body:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                unary(vm, args, $py, $body)
            }
        )*
    };
}

unary_fns! {
    m_sqrt, "sqrt" => |x| if x < 0.0 { Err(domain()) } else { Ok(x.sqrt()) };
    m_exp, "exp" => |x| Ok(x.exp());
    m_expm1, "expm1" => |x| Ok(x.exp_m1());
    m_log2, "log2" => |x| if x <= 0.0 { Err(domain()) } else { Ok(x.log2()) };
    m_log10, "log10" => |x| if x <= 0.0 { Err(domain()) } else { Ok(x.log10()) };
    m_log1p, "log1p" => |x| if x <= -1.0 { Err(domain()) } else { Ok(x.ln_1p()) };
    m_sin, "sin" => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.sin()) };
    m_cos, "cos" => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.cos()) };
    m_tan, "tan" => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.tan()) };
    m_asin, "asin" => |x| if !(-1.0..=1.0).contains(&x) { Err(domain()) } else { Ok(x.asin()) };
    m_acos, "acos" => |x| if !(-1.0..=1.0).contains(&x) { Err(domain()) } else { Ok(x.acos()) };
    m_atan, "atan" => |x| Ok(x.atan());
    m_sinh, "sinh" => |x| Ok(x.sinh());
    m_cosh, "cosh" => |x| Ok(x.cosh());
    m_tanh, "tanh" => |x| Ok(x.tanh());
    m_asinh, "asinh" => |x| Ok(fdlibm_asinh(x));
    m_acosh, "acosh" => |x| if x < 1.0 { Err(domain()) } else { Ok(fdlibm_acosh(x)) };
    m_atanh, "atanh" => |x| if x.abs() >= 1.0 { Err(domain()) } else { Ok(fdlibm_atanh(x)) };
    m_cbrt, "cbrt" => |x| Ok(x.cbrt());
    m_exp2, "exp2" => |x| Ok(x.exp2());
    m_fabs, "fabs" => |x| Ok(x.abs());
    m_degrees, "degrees" => |x| Ok(x.to_degrees());
    m_radians, "radians" => |x| Ok(x.to_radians());
}

/// The inverse hyperbolic functions as the C library computes them (fdlibm's formulas over
/// `log`/`log1p`/`sqrt`, which Rust takes from the same libm): Rust's own `f64::asinh` & co.
/// use different formulas and differ from CPython in the last bit.
pub(crate) fn fdlibm_asinh(x: f64) -> f64 {
    let ax = x.abs();
    let hi = high_word(ax);
    if !ax.is_finite() || hi < 0x3e30_0000 {
        return x;
    }
    let w = if hi > 0x41b0_0000 {
        ax.ln() + std::f64::consts::LN_2
    } else if hi > 0x4000_0000 {
        (2.0 * ax + 1.0 / ((x * x + 1.0).sqrt() + ax)).ln()
    } else {
        let t = x * x;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// The upper 32 bits of a double (fdlibm branches on them, not on the value).
fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32
}

pub(crate) fn fdlibm_acosh(x: f64) -> f64 {
    let hi = high_word(x);
    if hi >= 0x41b0_0000 {
        if x.is_infinite() {
            return x;
        }
        x.ln() + std::f64::consts::LN_2
    } else if x == 1.0 {
        0.0
    } else if hi > 0x4000_0000 {
        let t = x * x;
        (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln()
    } else {
        let t = x - 1.0;
        (t + (2.0 * t + t * t).sqrt()).ln_1p()
    }
}

pub(crate) fn fdlibm_atanh(x: f64) -> f64 {
    let ax = x.abs();
    let hi = high_word(ax);
    if hi < 0x3e30_0000 {
        return x;
    }
    let t = if hi < 0x3fe0_0000 {
        let t = ax + ax;
        0.5 * (t + t * ax / (1.0 - ax)).ln_1p()
    } else {
        0.5 * ((ax + ax) / (1.0 - ax)).ln_1p()
    };
    t.copysign(x)
}

/// Natural log of any real, exact for big ints (`log(2**1000)`).
fn ln_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let b = i.to_big();
        if !b.is_positive() {
            return Err(domain());
        }
        if let Ok(f) = big_to_f64(&b) {
            return Ok(f.ln());
        }
        // ln(b) = ln(b / 2**k) + k ln 2
        let k = b.bits().saturating_sub(60);
        let top: BigInt = &b >> k as usize;
        let f = top.to_f64().unwrap_or(1.0);
        return Ok(f.ln() + k as f64 * std::f64::consts::LN_2);
    }
    let x = num(vm, v)?;
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn m_log(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 {
        return Err(type_error(format!(
            "log expected 1 or 2 arguments, got {}",
            args.len()
        )));
    }
    let x = ln_of(vm, &args[0])?;
    match args.get(1) {
        None => Ok(Value::Float(x)),
        Some(b) => {
            let lb = ln_of(vm, b)?;
            if lb == 0.0 {
                return Err(crate::error::zero_division_error("float division by zero"));
            }
            Ok(Value::Float(x / lb))
        }
    }
}

fn binary(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(f64, f64)> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.len()
        )));
    }
    Ok((num(vm, &args[0])?, num(vm, &args[1])?))
}

fn m_atan2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (y, x) = binary(vm, args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_pow(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "pow")?;
    if x == 0.0 && y < 0.0 {
        return Err(domain());
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

fn m_fmod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "fmod")?;
    if y == 0.0 || x.is_infinite() {
        if x.is_nan() || y.is_nan() {
            return Ok(Value::Float(f64::NAN));
        }
        return Err(domain());
    }
    Ok(Value::Float(x % y))
}

fn m_copysign(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (x, y) = binary(vm, args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_hypot(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    let mut inf = false;
    let mut nan = false;
    let mut vals = Vec::with_capacity(args.len());
    for a in args {
        let x = num(vm, a)?;
        inf |= x.is_infinite();
        nan |= x.is_nan();
        vals.push(x.abs());
    }
    if inf {
        return Ok(Value::Float(f64::INFINITY));
    }
    if nan {
        return Ok(Value::Float(f64::NAN));
    }
    let max = vals.iter().copied().fold(0.0, f64::max);
    if max == 0.0 {
        return Ok(Value::Float(0.0));
    }
    if vals.len() == 2 {
        return Ok(Value::Float(vals[0].hypot(vals[1])));
    }
    for v in &vals {
        let s = v / max;
        acc += s * s;
    }
    Ok(Value::Float(max * acc.sqrt()))
}

fn m_dist(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "dist expected 2 arguments, got {}",
            args.len()
        )));
    }
    let p = vm.collect_iter(&args[0])?;
    let q = vm.collect_iter(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push(Value::Float(num(vm, a)? - num(vm, b)?));
    }
    m_hypot(vm, &diffs, &[])
}

/// `floor`/`ceil`/`trunc`: ints pass through, floats round, other types use the dunder.
fn rounding(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let v = arg(args, 0, name, 1)?;
    if let Some(i) = as_int(&v) {
        return Ok(from_big(i.to_big()));
    }
    let is_float = matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)));
    if !is_float {
        if let Some(r) = vm.call_dunder(&v, dunder, &[])? {
            return Ok(r);
        }
        if name == "trunc" {
            return Err(type_error(format!(
                "type {} doesn't define __trunc__ method",
                type_name_of(&v)
            )));
        }
    }
    let x = num(vm, &v)?;
    crate::objects::int::float_to_int(f(x))
}

fn m_floor(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn m_ceil(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn m_trunc(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn m_isnan(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let x = num(vm, &arg(args, 0, "isnan", 1)?)?;
    Ok(Value::Bool(x.is_nan()))
}

fn m_isinf(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let x = num(vm, &arg(args, 0, "isinf", 1)?)?;
    Ok(Value::Bool(x.is_infinite()))
}

fn m_isfinite(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let x = num(vm, &arg(args, 0, "isfinite", 1)?)?;
    Ok(Value::Bool(x.is_finite()))
}

fn m_isclose(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [rel, abs] = crate::builtins::take_kwargs_builtin("isclose", kw, ["rel_tol", "abs_tol"])?;
    let (a, b) = binary(vm, args, "isclose")?;
    let rel = match rel {
        Some(v) => num(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => num(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_))) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        )));
    }
    super::funcs::index_big(vm, v)
}

fn m_gcd(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for a in args {
        let x = int_arg(vm, a)?;
        g = g.gcd(&x);
    }
    Ok(from_big(g))
}

fn m_lcm(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut l = BigInt::one();
    for a in args {
        let x = int_arg(vm, a)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(from_big(l.abs()))
}

fn m_factorial(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, &arg(args, 0, "factorial", 1)?)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(from_big(r))
}

fn m_isqrt(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = int_arg(vm, &arg(args, 0, "isqrt", 1)?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(from_big(n.sqrt()))
}

fn comb_perm(vm: &mut Vm, args: &[Value], name: &str, is_comb: bool) -> PyResult<Value> {
    if args.is_empty() || args.len() > 2 || (is_comb && args.len() != 2) {
        return Err(type_error(format!(
            "{name} expected {} arguments, got {}",
            if is_comb { "2" } else { "at most 2" },
            args.len()
        )));
    }
    let n = int_arg(vm, &args[0])?;
    let k = match args.get(1) {
        Some(v) if !matches!(v, Value::None) => int_arg(vm, v)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = if is_comb {
        let other = &n - &k;
        if other < k {
            other
        } else {
            k
        }
    } else {
        k
    };
    let kk = k.to_u64().ok_or_else(|| overflow_error("k too large"))?;
    let mut r = BigInt::one();
    for i in 0..kk {
        r *= &n - BigInt::from(i);
        if is_comb {
            r /= BigInt::from(i + 1);
        }
    }
    Ok(from_big(r))
}

fn m_comb(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    comb_perm(vm, args, "comb", true)
}

fn m_perm(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    comb_perm(vm, args, "perm", false)
}

fn m_modf(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let x = num(vm, &arg(args, 0, "modf", 1)?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        (x.fract(), x.trunc())
    };
    Ok(vm.new_tuple(vec![Value::Float(f), Value::Float(i)]))
}

fn m_frexp(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let x = num(vm, &arg(args, 0, "frexp", 1)?)?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn m_ldexp(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "ldexp expected 2 arguments, got {}",
            args.len()
        )));
    }
    let x = num(vm, &args[0])?;
    let e = int_arg(vm, &args[1])?
        .to_i64()
        .unwrap_or(i64::MAX)
        .clamp(-4000, 4000);
    let mut r = x;
    let mut k = e;
    while k > 0 {
        let s = k.min(1000);
        r *= 2f64.powi(s as i32);
        k -= s;
    }
    while k < 0 {
        let s = (-k).min(1000);
        r /= 2f64.powi(s as i32);
        k += s;
    }
    if r.is_infinite() && x.is_finite() {
        return Err(range_err());
    }
    Ok(Value::Float(r))
}

/// Exactly rounded sum (Shewchuk's partials, as CPython's `fsum`).
fn m_fsum(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let items = vm.collect_iter(&arg(args, 0, "fsum", 1)?)?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    for it in &items {
        let mut x = num(vm, it)?;
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    if special != 0.0 || special.is_nan() {
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn m_prod(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [start] = crate::builtins::take_kwargs_builtin("prod", kw, ["start"])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let items = vm.collect_iter(&arg(args, 0, "prod", 1)?)?;
    for it in items {
        acc = vm.binary_op(crate::ops::BinOp::Mul, &acc, &it)?;
    }
    Ok(acc)
}

#[cfg(test)]
mod tests {
    #[test]
    fn frexp_like() {
        let x: f64 = 8.0;
        assert_eq!(x.abs().log2().floor() as i64 + 1, 4);
    }
}
