//! Constant folding, as CPython's `ast_opt.c` does it: unary and binary operators on constant
//! operands and tuples of constants, with CPython's size limits so that `"x" * 10**9` is not
//! computed at compile time. Operations that would raise (division by zero) are left to run
//! time so that the exception happens when the code runs.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyvm_parser::ast::{self, Expr};

use crate::code::Constant;

const MAX_INT_SIZE: u64 = 128; // bits
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;

/// The value of `e` if it is a constant or folds to one; `None` for plain [`ast::Constant`]
/// nodes is never returned (they fold to themselves).
pub(crate) fn fold(e: &Expr<'_>) -> Option<Constant> {
    match e {
        Expr::Constant(_) => None,
        _ => value(e),
    }
}

fn value(e: &Expr<'_>) -> Option<Constant> {
    match e {
        Expr::Constant(c) => Some(crate::codegen::const_value_pub(&c.value)),
        Expr::UnaryOp(u) => unary(u.op, value(&u.operand)?),
        Expr::BinOp(b) => binary(b.op, value(&b.left)?, value(&b.right)?),
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(value).collect();
            Some(Constant::Tuple(items?.into()))
        }
        _ => None,
    }
}

fn to_big(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::Bool(b) => Some(BigInt::from(i64::from(*b))),
        Constant::BigInt(d) => d.parse().ok(),
        _ => None,
    }
}

fn from_big(b: BigInt) -> Constant {
    match b.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(b.to_string().into()),
    }
}

fn to_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        Constant::Int(i) if i.unsigned_abs() < (1u64 << 53) => Some(*i as f64),
        Constant::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

fn truthy(c: &Constant) -> Option<bool> {
    Some(match c {
        Constant::None => false,
        Constant::Ellipsis => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(_) => true,
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::StrCodePoints(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

fn unary(op: ast::UnaryOperator, v: Constant) -> Option<Constant> {
    use ast::UnaryOperator as U;
    match op {
        U::Not => truthy(&v).map(|b| Constant::Bool(!b)),
        U::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            other => to_big(&other).map(|b| from_big(-b)),
        },
        U::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v),
            other => to_big(&other).map(from_big),
        },
        U::Invert => match v {
            Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_) => {
                to_big(&v).map(|b| from_big(-b - 1))
            }
            _ => None,
        },
    }
}

fn bits(b: &BigInt) -> u64 {
    b.bits()
}

fn binary(op: ast::Operator, a: Constant, b: Constant) -> Option<Constant> {
    use ast::Operator as O;
    // strings and bytes
    match (&a, &b, op) {
        (Constant::Str(x), Constant::Str(y), O::Add) => {
            if x.chars().count() + y.chars().count() > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(format!("{x}{y}").into()));
        }
        (Constant::Bytes(x), Constant::Bytes(y), O::Add) => {
            if x.len() + y.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            return Some(Constant::Bytes(v.into()));
        }
        (Constant::Str(x), Constant::Int(n), O::Mult)
        | (Constant::Int(n), Constant::Str(x), O::Mult) => {
            let n = usize::try_from(*n).unwrap_or(0);
            let len = x.chars().count();
            if len > 0 && n > MAX_STR_SIZE / len {
                return None;
            }
            return Some(Constant::Str(x.repeat(n).into()));
        }
        (Constant::Bytes(x), Constant::Int(n), O::Mult)
        | (Constant::Int(n), Constant::Bytes(x), O::Mult) => {
            let n = usize::try_from(*n).unwrap_or(0);
            if !x.is_empty() && n > MAX_STR_SIZE / x.len() {
                return None;
            }
            return Some(Constant::Bytes(x.repeat(n).into()));
        }
        (Constant::Tuple(x), Constant::Int(n), O::Mult) => {
            let n = usize::try_from(*n).unwrap_or(0);
            if x.is_empty() {
                return Some(Constant::Tuple(Box::new([])));
            }
            if n > MAX_COLLECTION_SIZE / x.len() {
                return None;
            }
            let mut v = Vec::new();
            for _ in 0..n {
                v.extend(x.iter().cloned());
            }
            return Some(Constant::Tuple(v.into()));
        }
        _ => {}
    }
    let is_int = |c: &Constant| {
        matches!(
            c,
            Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_)
        )
    };
    if is_int(&a) && is_int(&b) {
        let x = to_big(&a)?;
        let y = to_big(&b)?;
        let r = match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => {
                if bits(&x) + bits(&y) > MAX_INT_SIZE {
                    return None;
                }
                x * y
            }
            O::FloorDiv | O::Mod => {
                if y.is_zero() {
                    return None;
                }
                let (q, r) = floor_divmod(&x, &y);
                if op == O::FloorDiv {
                    q
                } else {
                    r
                }
            }
            O::Pow => {
                if y.is_negative() {
                    return None;
                }
                let e = y.to_u64()?;
                if !x.is_zero() && bits(&x) > 1 && bits(&x).saturating_mul(e) > MAX_INT_SIZE {
                    return None;
                }
                if bits(&x) <= 1 || x.is_zero() {
                    // 0, 1, -1: any exponent is cheap
                    let e32 = u32::try_from(e.min(2 + (e & 1))).ok()?;
                    return Some(from_big(x.pow(e32)));
                }
                x.pow(u32::try_from(e).ok()?)
            }
            O::LShift => {
                if y.is_negative() {
                    return None;
                }
                let s = y.to_u64()?;
                if s > MAX_INT_SIZE || bits(&x) + s > MAX_INT_SIZE {
                    return None;
                }
                x << s
            }
            O::RShift => {
                if y.is_negative() {
                    return None;
                }
                let s = y.to_u64().unwrap_or(u64::MAX).min(1 << 20);
                x >> s
            }
            O::BitAnd => x & y,
            O::BitOr => x | y,
            O::BitXor => x ^ y,
            O::Div => {
                if y.is_zero() {
                    return None;
                }
                let (fx, fy) = (to_float(&a)?, to_float(&b)?);
                return Some(Constant::Float(fx / fy));
            }
            O::MatMult => return None,
        };
        if matches!(a, Constant::Bool(_)) || matches!(b, Constant::Bool(_)) {
            // bool & bool stays bool in Python; don't fold mixed-type results
            if matches!(op, O::BitAnd | O::BitOr | O::BitXor) {
                return None;
            }
        }
        return Some(from_big(r));
    }
    let is_num = |c: &Constant| matches!(c, Constant::Float(_)) || is_int(c);
    if is_num(&a)
        && is_num(&b)
        && (matches!(a, Constant::Float(_)) || matches!(b, Constant::Float(_)))
    {
        let x = to_float(&a)?;
        let y = to_float(&b)?;
        let r = match op {
            O::Add => x + y,
            O::Sub => x - y,
            O::Mult => x * y,
            O::Div => {
                if y == 0.0 {
                    return None;
                }
                x / y
            }
            _ => return None,
        };
        return Some(Constant::Float(r));
    }
    None
}

fn floor_divmod(x: &BigInt, y: &BigInt) -> (BigInt, BigInt) {
    let q = x / y;
    let r = x - &q * y;
    if !r.is_zero() && (r.is_negative() != y.is_negative()) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}
