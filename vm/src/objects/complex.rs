//! `complex`: construction (numbers and strings), arithmetic with ints and floats, equality
//! and hashing, with CPython's messages.

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::function::NativeFn;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// A complex value.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(Object::new(&types().complex, Payload::Complex(re, im)))
}

/// The complex value of a number operand (`None` when not a number).
fn as_complex(v: &Value) -> Option<PyResult<(f64, f64)>> {
    if let Some(Payload::Complex(re, im)) = v.payload() {
        return Some(Ok((*re, *im)));
    }
    let f = crate::objects::float::as_f64(v)?;
    Some(f.map(|x| (x, 0.0)))
}

fn not_impl() -> Value {
    Value::Obj(types().not_implemented.clone())
}

fn div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(zero_division_error("complex division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

pub(crate) fn pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_division_error("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    // Integer exponents: repeated squaring, as CPython's c_powi.
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut x = a;
        let mut m = n.unsigned_abs();
        while m > 0 {
            if m & 1 == 1 {
                r = mul(r, x);
            }
            x = mul(x, x);
            m >>= 1;
        }
        if n < 0 {
            return div((1.0, 0.0), r);
        }
        return Ok(r);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    let r = (len * phase.cos(), len * phase.sin());
    if !r.0.is_finite() || !r.1.is_finite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(r)
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn arith(args: &[Value], op: Op, reflected: bool) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_impl());
    };
    let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) else {
        return Ok(not_impl());
    };
    let (mut x, mut y) = (x?, y?);
    if reflected {
        std::mem::swap(&mut x, &mut y);
    }
    let r = match op {
        Op::Add => (x.0 + y.0, x.1 + y.1),
        Op::Sub => (x.0 - y.0, x.1 - y.1),
        Op::Mul => mul(x, y),
        Op::Div => div(x, y)?,
        Op::Pow => pow(x, y)?,
    };
    Ok(new_complex(r.0, r.1))
}

macro_rules! arith_fns {
    ($($name:ident => $op:expr, $refl:expr;)*) => {
        $(
            fn $name(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
                arith(args, $op, $refl)
            }
        )*
    };
}

arith_fns! {
    c_add => Op::Add, false;
    c_radd => Op::Add, true;
    c_sub => Op::Sub, false;
    c_rsub => Op::Sub, true;
    c_mul => Op::Mul, false;
    c_rmul => Op::Mul, true;
    c_div => Op::Div, false;
    c_rdiv => Op::Div, true;
    c_pow => Op::Pow, false;
    c_rpow => Op::Pow, true;
}

fn this(args: &[Value]) -> PyResult<(f64, f64)> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Complex(re, im)) => Ok((*re, *im)),
        _ => Err(type_error("descriptor requires a 'complex' object")),
    }
}

fn c_neg(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(new_complex(-re, -im))
}

fn c_pos(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(new_complex(re, im))
}

fn c_abs(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(args)?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn c_conjugate(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(new_complex(re, -im))
}

fn c_eq(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let Some(b) = args.get(1).and_then(as_complex) else {
        return Ok(not_impl());
    };
    let b = b?;
    Ok(Value::Bool(a.0 == b.0 && a.1 == b.1))
}

fn c_ne(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = this(args)?;
    let Some(b) = args.get(1).and_then(as_complex) else {
        return Ok(not_impl());
    };
    let b = b?;
    Ok(Value::Bool(!(a.0 == b.0 && a.1 == b.1)))
}

/// `hash(complex)`: `hash(re) + 1000003 * hash(im)` in wrapping arithmetic, as CPython.
pub fn hash(re: f64, im: f64) -> i64 {
    let hr = crate::hash::hash_f64(re) as u64;
    let hi = crate::hash::hash_f64(im) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn c_hash(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(Value::Int(hash(re, im)))
}

fn c_bool(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (re, im) = this(args)?;
    Ok(Value::Bool(re != 0.0 || im != 0.0))
}

fn c_format(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    match args.get(1).and_then(Value::as_pystr) {
        Some(s) if !s.is_empty() => {
            let (re, im) = this(args)?;
            let spec = s.to_rust().into_owned();
            Ok(Value::str(&crate::objects::format::format_complex(
                re, im, &spec,
            )?))
        }
        _ => vm.str(&v),
    }
}

/// Parses `complex('1+2j')`.
fn parse(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = match t.strip_prefix('(') {
        Some(r) => r.strip_suffix(')')?.trim(),
        None => t,
    };
    if t.is_empty() {
        return None;
    }
    let pf = crate::objects::float::parse_float;
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between the real and imaginary parts: the last sign not after 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            let c = bytes.get(i).copied().unwrap_or(0);
            let prev = bytes.get(i - 1).copied().unwrap_or(0);
            if (c == b'+' || c == b'-') && prev != b'e' && prev != b'E' {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (body.get(..i)?, body.get(i..)?),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => {
                if x.contains(char::is_whitespace) {
                    return None;
                }
                pf(x)?
            }
        };
        let re = if re.is_empty() {
            0.0
        } else {
            if re.contains(char::is_whitespace) {
                return None;
            }
            pf(re)?
        };
        return Some((re, im));
    }
    if t.contains(char::is_whitespace) {
        return None;
    }
    pf(t).map(|r| (r, 0.0))
}

fn c_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = match args.split_first() {
        Some((Value::Obj(c), rest)) if c.as_type().is_some() => (c.clone(), rest),
        _ => (types().complex.clone(), args),
    };
    let [real_kw, imag_kw] = crate::builtins::take_kwargs_builtin("complex", kw, ["real", "imag"])?;
    let mut a = rest.to_vec();
    if let Some(r) = real_kw {
        a.insert(0, r);
    }
    if let Some(i) = imag_kw {
        if a.is_empty() {
            a.push(Value::Int(0));
        }
        a.push(i);
    }
    if a.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            a.len()
        )));
    }
    let mut re = (0.0, 0.0);
    let mut real_is_complex = false;
    if let Some(r) = a.first() {
        real_is_complex = matches!(r.payload(), Some(Payload::Complex(..)));
        if let Some(s) = r.as_pystr() {
            if a.len() > 1 {
                return Err(type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            re = parse(&s.to_rust())
                .ok_or_else(|| value_error("complex() arg is a malformed string"))?;
        } else if let Some(c) = as_complex(r) {
            re = c?;
        } else if let Some(c) = vm.call_dunder(r, "__complex__", &[])? {
            re = as_complex(&c).unwrap_or(Ok((0.0, 0.0)))?;
        } else if let Some(f) = vm.call_dunder(r, "__float__", &[])? {
            re = as_complex(&f).unwrap_or(Ok((0.0, 0.0)))?;
        } else {
            return Err(type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                type_name_of(r)
            )));
        }
    }
    if let Some(i) = a.get(1) {
        if i.as_pystr().is_some() {
            return Err(type_error("complex() second arg can't be a string"));
        }
        let Some(c) = as_complex(i) else {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name_of(i)
            )));
        };
        let (ir, ii) = c?;
        let imag_is_complex = matches!(i.payload(), Some(Payload::Complex(..)));
        let real = if imag_is_complex { re.0 - ii } else { re.0 };
        let imag = if real_is_complex { re.1 + ir } else { ir };
        re = (real, imag);
    }
    Ok(Value::Obj(Object::new(&cls, Payload::Complex(re.0, re.1))))
}

/// `complex.__new__`.
pub(crate) const STATIC: &[(&str, NativeFn)] = &[("__new__", c_new)];

/// The methods of `complex`.
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("__add__", c_add),
    ("__radd__", c_radd),
    ("__sub__", c_sub),
    ("__rsub__", c_rsub),
    ("__mul__", c_mul),
    ("__rmul__", c_rmul),
    ("__truediv__", c_div),
    ("__rtruediv__", c_rdiv),
    ("__pow__", c_pow),
    ("__rpow__", c_rpow),
    ("__neg__", c_neg),
    ("__pos__", c_pos),
    ("__abs__", c_abs),
    ("__eq__", c_eq),
    ("__ne__", c_ne),
    ("__hash__", c_hash),
    ("__bool__", c_bool),
    ("__format__", c_format),
    ("conjugate", c_conjugate),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse("(3-4j)"), Some((3.0, -4.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("1e-3+1e+2j"), Some((0.001, 100.0)));
        assert_eq!(parse("2.5"), Some((2.5, 0.0)));
        assert_eq!(parse("1 + 2j"), None);
    }

    #[test]
    fn arithmetic() {
        assert_eq!(mul((1.0, 2.0), (3.0, 4.0)), (-5.0, 10.0));
        assert!(div((1.0, 0.0), (0.0, 0.0)).is_err());
        assert_eq!(pow((0.0, 1.0), (2.0, 0.0)).ok(), Some((-1.0, 0.0)));
    }
}
