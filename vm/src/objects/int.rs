//! `int`: `i64` immediates with checked arithmetic, promoted to `num_bigint::BigInt` objects on
//! overflow and demoted back whenever a result fits (the `Value` invariant).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::object::{Object, Payload};
use crate::ops::BinOp;
use crate::types::types;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// A borrowed view of any int value (including `bool` and `int` subclass instances).
#[derive(Clone, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    /// As an owned big integer.
    pub fn to_big(&self) -> BigInt {
        match self {
            IntRef::Small(i) => BigInt::from(*i),
            IntRef::Big(b) => (*b).clone(),
        }
    }
}

/// The int inside `v`, if it is an int.
#[inline]
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(i64::from(*b))),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(i) => IntRef::Small(i),
                None => IntRef::Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// An int value, small when it fits.
pub fn from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Obj(Object::new(&types().int, Payload::Int(b))),
    }
}

/// `float(int)`.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// `a <op> b` for two ints that fit `i64`; `None` when the result needs a big integer path.
#[inline]
pub fn small_binop(op: BinOp, a: i64, b: i64) -> Option<PyResult<Value>> {
    Some(Ok(Value::Int(match op {
        BinOp::Add => a.checked_add(b)?,
        BinOp::Sub => a.checked_sub(b)?,
        BinOp::Mul => a.checked_mul(b)?,
        BinOp::FloorDiv => {
            if b == 0 {
                return Some(Err(zero_division_error(
                    "integer division or modulo by zero",
                )));
            }
            a.checked_div_euclid(b)
                .map(|_| Integer::div_floor(&a, &b))?
        }
        BinOp::Mod => {
            if b == 0 {
                return Some(Err(zero_division_error("integer modulo by zero")));
            }
            a.checked_rem(b).map(|_| a.mod_floor(&b))?
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Some(Err(zero_division_error("division by zero")));
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                return Some(Ok(Value::Float(a as f64 / b as f64)));
            }
            return None;
        }
        BinOp::Pow => {
            if b < 0 {
                return None;
            }
            let e = u32::try_from(b).ok()?;
            a.checked_pow(e)?
        }
        BinOp::LShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            if b >= 63 {
                if a == 0 {
                    0
                } else {
                    return None;
                }
            } else {
                let r = a << b;
                if r >> b != a {
                    return None;
                }
                r
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Some(Err(value_error("negative shift count")));
            }
            a >> b.min(63)
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => return None,
    })))
}

/// `a <op> b` on arbitrary-precision ints; `None` when the operator does not apply to ints.
pub fn big_binop(op: BinOp, a: &BigInt, b: &BigInt) -> Option<PyResult<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Some(Err(zero_division_error(
                    "integer division or modulo by zero",
                )));
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Some(Err(zero_division_error("integer modulo by zero")));
            }
            a.mod_floor(b)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Some(Err(zero_division_error("division by zero")));
            }
            return Some(int_truediv(a, b));
        }
        BinOp::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return Some(Err(zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    )));
                }
                let fa = match big_to_f64(a) {
                    Ok(f) => f,
                    Err(e) => return Some(Err(e)),
                };
                let fb = b.to_f64().unwrap_or(f64::NEG_INFINITY);
                return Some(Ok(Value::Float(fa.powf(fb))));
            }
            let Some(e) = b.to_u32() else {
                // Bases whose powers stay small: 0, 1, -1.
                if a.is_zero() || a.is_one() {
                    return Some(Ok(from_big(a.clone())));
                }
                if *a == BigInt::from(-1) {
                    return Some(Ok(Value::Int(if b.is_even() { 1 } else { -1 })));
                }
                return Some(Err(overflow_error("exponent too large")));
            };
            num_traits::Pow::pow(a, e)
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Some(Err(value_error("negative shift count")));
            }
            let Some(n) = b.to_usize() else {
                return Some(Err(overflow_error("too many digits in integer")));
            };
            a << n
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Some(Err(value_error("negative shift count")));
            }
            match b.to_usize() {
                Some(n) => a >> n,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::MatMul => return None,
    };
    Some(Ok(from_big(r)))
}

fn int_truediv(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    match (a.to_f64(), b.to_f64()) {
        (Some(x), Some(y))
            if x.is_finite() && y.is_finite() && x.abs() < 9e15 && y.abs() < 9e15 =>
        {
            Ok(Value::Float(x / y))
        }
        _ => {
            // Correctly rounded: a quotient of at least 55 significant bits plus a sticky bit,
            // converted once, then scaled by a power of two.
            if b.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            let neg = a.is_negative() != b.is_negative();
            let (x, y) = (a.abs(), b.abs());
            if x.is_zero() {
                return Ok(Value::Float(if neg { -0.0 } else { 0.0 }));
            }
            let shift = y.bits() as i64 - x.bits() as i64 + 56;
            let (q, r) = if shift >= 0 {
                (&x << shift as usize).div_rem(&y)
            } else {
                x.div_rem(&(&y << (-shift) as usize))
            };
            let mut q = q.to_u64().unwrap_or(u64::MAX);
            if !r.is_zero() {
                q |= 1;
            }
            let mut f = q as f64;
            let mut e = -shift;
            while e > 0 {
                let step = e.min(1000);
                f *= 2f64.powi(step as i32);
                e -= step;
            }
            while e < 0 {
                let step = (-e).min(1000);
                f /= 2f64.powi(step as i32);
                e += step;
            }
            if f.is_finite() {
                Ok(Value::Float(if neg { -f } else { f }))
            } else {
                Err(overflow_error(
                    "integer division result too large for a float",
                ))
            }
        }
    }
}

/// `int(s, base)` parsing with Python's rules (underscores, prefixes, whitespace).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    // Unicode decimal digits count as their ASCII values (`int('١٢٣') == 123`).
    let ascii: String;
    let text = if text.is_ascii() {
        text
    } else {
        ascii = text
            .chars()
            .map(
                |c| match crate::objects::str_more::decimal_value(c as u32) {
                    Some(d) => char::from_digit(d, 10).unwrap_or(c),
                    None if c.is_whitespace() => ' ',
                    None => c,
                },
            )
            .collect();
        &ascii
    };
    let t = text.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &lower[2..]),
        (0 | 8, Some("0o")) => (8, &lower[2..]),
        (0 | 2, Some("0b")) => (2, &lower[2..]),
        (0, _) => {
            if lower.len() > 1
                && lower.starts_with('0')
                && !lower.trim_start_matches(['0', '_']).is_empty()
            {
                return None;
            }
            (10, lower.as_str())
        }
        (b, _) => (b, lower.as_str()),
    };
    let had_prefix = digits.len() != lower.len();
    let digits = if had_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

thread_local! {
    /// `sys.get_int_max_str_digits()`: 4300 by default, 0 for no limit.
    static MAX_STR_DIGITS: std::cell::Cell<usize> = const { std::cell::Cell::new(4300) };
}

/// The current limit on decimal digits converted between `int` and `str` (0: none).
pub(crate) fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(std::cell::Cell::get)
}

/// Sets the limit (`sys.set_int_max_str_digits`, already validated).
pub(crate) fn set_max_str_digits(n: usize) {
    MAX_STR_DIGITS.with(|c| c.set(n));
}

/// Whether a decimal integer text has more digits than the limit allows.
pub(crate) fn over_digit_limit(s: &str) -> bool {
    let limit = max_str_digits();
    limit != 0 && s.trim_start_matches('-').len() > limit
}

/// The 4300-digit limit of `int(str)` for bases that are not powers of two.
fn check_digit_limit(text: &str, base: u32) -> PyResult<()> {
    if base.is_power_of_two() && base != 0 {
        return Ok(());
    }
    if base == 0 {
        let t = text
            .trim()
            .trim_start_matches(['+', '-'])
            .to_ascii_lowercase();
        if t.starts_with("0x") || t.starts_with("0o") || t.starts_with("0b") {
            return Ok(());
        }
    }
    let n = text.chars().filter(|c| c.is_alphanumeric()).count();
    let limit = max_str_digits();
    if limit != 0 && n > limit {
        return Err(value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `int(x)` / `int(x, base)`.
pub(crate) fn construct(vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
    let Some(x) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = args.get(1) {
        let base = match b {
            Value::Int(i) => *i,
            _ => return Err(type_error("'base' must be an integer")),
        };
        if base != 0 && !(2..=36).contains(&base) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        // A str, or bytes/bytearray (read as ASCII, shown as bytes in the error).
        let (text, shown) = match (x.as_pystr(), x.payload()) {
            (Some(s), _) => (s.to_rust().into_owned(), s.repr()),
            (None, Some(Payload::Bytes(_) | Payload::ByteArray(_))) => {
                let d = crate::objects::bytes_methods::bytes_of(x).unwrap_or_default();
                (
                    d.iter().map(|&c| char::from(c)).collect(),
                    crate::objects::bytes::repr(&d),
                )
            }
            _ => {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        check_digit_limit(&text, base as u32)?;
        return parse_int(&text, base as u32).map(from_big).ok_or_else(|| {
            value_error(format!(
                "invalid literal for int() with base {base}: {}",
                shown.chars().take(200).collect::<String>()
            ))
        });
    }
    match x {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => float_to_int(*f),
        _ => {
            if let Some(i) = as_int(x) {
                return Ok(from_big(i.to_big()));
            }
            if let Some(Payload::Float(f)) = x.payload() {
                return float_to_int(*f);
            }
            if let Some(s) = x.as_pystr() {
                check_digit_limit(&s.to_rust(), 10)?;
                return parse_int(&s.to_rust(), 10).map(from_big).ok_or_else(|| {
                    value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        s.repr().chars().take(200).collect::<String>()
                    ))
                });
            }
            if let Some(b) = crate::objects::bytes_methods::bytes_of(x) {
                let b = &b;
                let text = String::from_utf8_lossy(b).into_owned();
                return parse_int(&text, 10).map(from_big).ok_or_else(|| {
                    value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::objects::bytes::repr(b)
                    ))
                });
            }
            if let Some(r) = vm.call_dunder(x, "__int__", &[])? {
                let is_int = matches!(r, Value::Int(_) | Value::Bool(_))
                    || matches!(r.payload(), Some(Payload::Int(_)));
                if !is_int {
                    return Err(type_error(format!(
                        "__int__ returned non-int (type {})",
                        vm.type_name(&r)
                    )));
                }
                return Ok(r);
            }
            if let Some(r) = vm.call_dunder(x, "__trunc__", &[])? {
                return Ok(r);
            }
            if let Some(r) = vm.call_dunder(x, "__index__", &[])? {
                return Ok(r);
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

/// `int(float)`.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(from_big(
        <BigInt as num_traits::FromPrimitive>::from_f64(t).unwrap_or_default(),
    ))
}

fn int_bit_length(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = args
        .first()
        .and_then(as_int)
        .ok_or_else(|| type_error("expected int"))?;
    Ok(Value::Int(i.to_big().bits() as i64))
}

fn int_conjugate(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let i = args
        .first()
        .and_then(as_int)
        .ok_or_else(|| type_error("expected int"))?;
    Ok(from_big(i.to_big()))
}

/// The native methods of `int`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("conjugate", int_conjugate),
    ("__format__", crate::objects::format::int_format),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn small(op: BinOp, a: i64, b: i64) -> Option<i64> {
        match small_binop(op, a, b) {
            Some(Ok(Value::Int(i))) => Some(i),
            _ => None,
        }
    }

    #[test]
    fn floor_semantics() {
        assert_eq!(small(BinOp::FloorDiv, -7, 2), Some(-4));
        assert_eq!(small(BinOp::Mod, -7, 2), Some(1));
        assert_eq!(small(BinOp::Mod, 7, -2), Some(-1));
        assert_eq!(small(BinOp::FloorDiv, i64::MIN, -1), None);
        assert_eq!(small(BinOp::RShift, -5, 1), Some(-3));
        assert_eq!(small(BinOp::And, -6, 7), Some(2));
        assert_eq!(small(BinOp::Add, i64::MAX, 1), None);
    }

    #[test]
    fn big_promotion_and_demotion() {
        let a = BigInt::from(2);
        let Some(Ok(v)) = big_binop(BinOp::Pow, &a, &BigInt::from(100)) else {
            panic!()
        };
        let big = as_int(&v).map(|i| i.to_big()).unwrap_or_default();
        assert_eq!(big.to_string(), "1267650600228229401496703205376");
        let Some(Ok(v)) = big_binop(BinOp::Sub, &big, &big) else {
            panic!()
        };
        assert!(matches!(v, Value::Int(0)));
    }

    #[test]
    fn parses_python_literals() {
        assert_eq!(parse_int(" 1_000 ", 10), Some(BigInt::from(1000)));
        assert_eq!(parse_int("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(parse_int("-0b101", 0), Some(BigInt::from(-5)));
        assert_eq!(parse_int("012", 0), None);
        assert_eq!(parse_int("00", 0), Some(BigInt::from(0)));
        assert_eq!(parse_int("1__0", 10), None);
        assert_eq!(parse_int("z", 36), Some(BigInt::from(35)));
    }
}
