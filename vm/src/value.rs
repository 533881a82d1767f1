//! The 16-byte tagged value every register, container slot and argument holds.
//!
//! Immediates (`None`, `bool`, small `int`, `float`) need no allocation, so arithmetic and
//! comparisons on them never touch the heap; everything else is a reference-counted [`Obj`].

use std::rc::Rc;

use crate::object::{Obj, Object, Payload};
use crate::objects::str::PyStr;

/// A Python value.
///
/// Invariant: an `int` whose value fits `i64` is always [`Value::Int`] (unless it is an instance
/// of an `int` subclass), so equality and hashing of ints never need to look at a big integer.
#[derive(Clone, Debug, Default)]
pub enum Value {
    /// The marker of an unassigned local, an empty cell or a "no self" method slot. Never visible
    /// to Python code: reading it raises `UnboundLocalError`/`NameError` or is a VM bug.
    #[default]
    Unbound,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(Obj),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// A new `str` value.
    pub fn str(s: &str) -> Value {
        Value::Obj(Object::new_str(PyStr::from_str(s)))
    }

    /// The heap object, if this is not an immediate.
    #[inline]
    pub fn as_obj(&self) -> Option<&Obj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of the heap object, if any.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// The string payload, if this is a `str` (or subclass) instance.
    #[inline]
    pub fn as_pystr(&self) -> Option<&PyStr> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            (Value::None, Value::None) | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    /// Whether this is the unbound marker.
    #[inline]
    pub fn is_unbound(&self) -> bool {
        matches!(self, Value::Unbound)
    }

    /// `id()`: the object's address for heap objects, a stable pseudo-address for immediates.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize as i64,
            Value::None => 0x1000,
            Value::Unbound => 0,
            Value::Bool(b) => 0x1010 + i64::from(*b) * 16,
            Value::Int(i) => 0x2000_0000_0000_i64.wrapping_add(i.wrapping_mul(32)),
            Value::Float(f) => (f.to_bits() >> 4) as i64,
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<Obj> for Value {
    fn from(o: Obj) -> Self {
        Value::Obj(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_of_immediates() {
        assert!(Value::Int(5).is(&Value::Int(5)));
        assert!(!Value::Int(5).is(&Value::Bool(true)));
        assert!(Value::None.is(&Value::None));
        let s = Value::str("a");
        assert!(s.is(&s.clone()));
        assert!(!s.is(&Value::str("a")));
    }
}
