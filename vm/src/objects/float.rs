//! `float`: IEEE doubles with Python's division, modulo and repr rules.

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::Payload;
use crate::objects::int::{as_int, big_to_f64, IntRef};
use crate::ops::BinOp;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// `repr(float)`: the shortest string that round-trips, with Python's exponent rules.
pub fn repr(f: f64) -> String {
    let mut s = String::new();
    pyvm_parser::pyrepr::write_float_repr(&mut s, f, true);
    s
}

/// Exact `int == float` (no rounding of the int).
pub fn int_float_eq(i: i64, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 9.2e18 {
        return f as i64 == i;
    }
    false
}

/// The float value of a number operand (`int`, `bool`, `float` and subclasses).
pub fn as_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(f64::from(u8::from(*b)))),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Ok(*f)),
            Payload::Int(_) => match as_int(v)? {
                IntRef::Small(i) => Some(Ok(i as f64)),
                IntRef::Big(b) => Some(big_to_f64(b)),
            },
            _ => None,
        },
        _ => None,
    }
}

/// `a <op> b` on floats; `None` when the operator does not apply.
pub fn float_binop(op: BinOp, a: f64, b: f64) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Some(Err(zero_division_error("float division by zero")));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Some(Err(zero_division_error("float floor division by zero")));
            }
            divmod(a, b).0
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Some(Err(zero_division_error("float modulo")));
            }
            divmod(a, b).1
        }
        BinOp::Pow => return Some(float_pow(a, b)),
        _ => return None,
    };
    Some(Ok(Value::Float(r)))
}

/// CPython's `float_divmod`: floor quotient and modulo with the divisor's sign.
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // Python 3: a negative base to a fractional power is complex.
        let (re, im) = crate::objects::complex::pow((a, 0.0), (b, 0.0))?;
        return Ok(crate::objects::complex::new_complex(re, im));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// A NaN that no other NaN made by `float("nan")` is identical to.
///
/// Floats are immediates, so `is` compares their bits; CPython's `float("nan")` makes a new
/// object each time, and containers use identity before `==` (`[n].count(n)` is 1, while
/// `[float("nan")] == [float("nan")]` is false). A distinct NaN payload per call keeps both
/// true; every NaN still prints as `nan` and compares unequal.
pub fn fresh_nan() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    f64::from_bits(0x7ff8_0000_0000_0000 | n)
}

/// `float(x)` for strings.
pub fn parse_float(s: &str) -> Option<f64> {
    // Non-ASCII decimal digits count as their ASCII values, as in CPython (`float('١.٥')`).
    let mapped: String;
    let s = if s.is_ascii() {
        s
    } else {
        mapped = s
            .chars()
            .map(
                |c| match crate::objects::str_more::decimal_value(c as u32) {
                    Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
                    _ => c,
                },
            )
            .collect();
        &mapped
    };
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(fresh_nan()),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let b = t.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i
                .checked_sub(1)
                .and_then(|j| b.get(j))
                .is_some_and(u8::is_ascii_digit);
            let after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !before || !after {
                return None;
            }
        }
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if clean
        .chars()
        .any(|c| c.is_alphabetic() && c != 'e' && c != 'E')
    {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float(x)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Some(f) = as_f64(x) {
        return f.map(Value::Float);
    }
    if let Some(s) = x.as_pystr() {
        return parse_float(&s.to_rust()).map(Value::Float).ok_or_else(|| {
            value_error(format!("could not convert string to float: {}", s.repr()))
        });
    }
    if let Some(b) = crate::objects::bytes_methods::bytes_of(x) {
        let b = &b;
        let text = String::from_utf8_lossy(b).into_owned();
        return parse_float(&text).map(Value::Float).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                crate::objects::bytes::repr(b)
            ))
        });
    }
    if let Some(r) = vm.call_dunder(x, "__float__", &[])? {
        return match as_f64(&r) {
            Some(f)
                if matches!(r, Value::Float(_))
                    || matches!(r.payload(), Some(Payload::Float(_))) =>
            {
                f.map(Value::Float)
            }
            _ => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
        if let Some(i) = as_int(&r) {
            return match i {
                IntRef::Small(i) => Ok(Value::Float(i as f64)),
                IntRef::Big(b) => big_to_f64(b).map(Value::Float),
            };
        }
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn this(args: &[Value]) -> PyResult<f64> {
    args.first()
        .and_then(as_f64)
        .unwrap_or_else(|| Err(type_error("descriptor requires a 'float' object")))
}

fn float_is_integer(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = this(args)?;
    Ok(Value::str(&format!("{f:?}")))
}

/// The native methods of `float`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("hex", float_hex),
    ("__format__", crate::objects::format::float_format),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        assert_eq!(repr(0.1), "0.1");
        assert_eq!(repr(1.0), "1.0");
        assert_eq!(repr(1e16), "1e+16");
        assert_eq!(repr(1e-5), "1e-05");
        assert_eq!(repr(123456789012345680.0), "1.2345678901234568e+17");
        assert_eq!(repr(-0.0), "-0.0");
        assert_eq!(repr(f64::INFINITY), "inf");
        assert_eq!(repr(0.0001), "0.0001");
    }

    #[test]
    fn divmod_signs() {
        assert_eq!(divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(divmod(0.0, -2.0).1.to_bits(), (-0.0f64).to_bits());
    }

    #[test]
    fn parses() {
        assert_eq!(parse_float(" 1_0.5 "), Some(10.5));
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("1e3"), Some(1000.0));
        assert_eq!(parse_float("abc"), None);
    }
}
