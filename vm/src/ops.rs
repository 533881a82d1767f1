//! Binary operators and rich comparisons: fast paths for immediates, then the dunder protocol
//! with reflected operands and `NotImplemented`, exactly in CPython's order.

use crate::error::{type_error, PyResult};
use crate::object::Payload;
use crate::objects::float::{as_f64, float_binop};
use crate::objects::int::{as_int, big_binop, small_binop, IntRef};
use crate::objects::typeobj::is_subtype;
use crate::value::Value;
use crate::vm::{type_of, Vm};

/// A binary arithmetic or bitwise operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

impl BinOp {
    /// The operator as Python spells it (for error messages).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }

    /// `(__op__, __rop__, __iop__)`.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        }
    }
}

/// A rich comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator as Python spells it.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// The dunder method.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }

    /// The operator with swapped operands (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    /// Applies the operator to an ordering.
    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// Arithmetic on built-in numbers and sequences without calling Python code. `None` means
/// "not handled here": the dunder protocol decides.
pub fn builtin_binop(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    // bool & | ^ bool stays a bool.
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Some(Ok(Value::Bool(*x & *y))),
            BinOp::Or => return Some(Ok(Value::Bool(*x | *y))),
            BinOp::Xor => return Some(Ok(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if let Some(r) = small_binop(op, *x, *y) {
            return Some(r);
        }
        return big_binop(op, &(*x).into(), &(*y).into());
    }
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return float_binop(op, *x, *y);
    }
    let exact = |v: &Value| match v {
        Value::Obj(o) => !o.class().as_type().is_some_and(|t| t.heap),
        _ => true,
    };
    if !exact(a) || !exact(b) {
        return None;
    }
    let ai = as_int(a);
    let bi = as_int(b);
    if let (Some(x), Some(y)) = (&ai, &bi) {
        if let (IntRef::Small(x), IntRef::Small(y)) = (x, y) {
            if let Some(r) = small_binop(op, *x, *y) {
                return Some(r);
            }
        }
        return big_binop(op, &x.to_big(), &y.to_big());
    }
    let is_num = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
    };
    if let Some(r) = sequence_binop(op, a, b) {
        return Some(r);
    }
    if is_num(a) && is_num(b) {
        let x = match as_f64(a)? {
            Ok(x) => x,
            Err(e) => return Some(Err(e)),
        };
        let y = match as_f64(b)? {
            Ok(y) => y,
            Err(e) => return Some(Err(e)),
        };
        return float_binop(op, x, y);
    }
    None
}

impl Vm {
    /// `a <op> b` with the full protocol.
    pub fn binary_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = builtin_binop(op, a, b) {
            return r;
        }
        match self.binary_op_dunders(op, a, b)? {
            Some(v) => Ok(v),
            None => match sequence_binop(op, a, b) {
                Some(r) => r,
                None => {
                    if let Some(r) = self.repeat_by_index(op, a, b)? {
                        return Ok(r);
                    }
                    Err(binop_type_error(op.symbol(), a, b))
                }
            },
        }
    }

    /// `seq * n` where `n` is not an int but has `__index__` (CPython's `sq_repeat` takes
    /// `operator.index(n)`).
    fn repeat_by_index(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        if op != BinOp::Mul {
            return Ok(None);
        }
        let is_seq = |v: &Value| {
            matches!(
                v.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            )
        };
        let (seq, n) = if is_seq(a) {
            (a, b)
        } else if is_seq(b) {
            (b, a)
        } else {
            return Ok(None);
        };
        if as_int(n).is_some() || matches!(n, Value::Float(_)) {
            return Ok(None);
        }
        let Some(i) = self.call_dunder(n, "__index__", &[])? else {
            return Ok(None);
        };
        if as_int(&i).is_none() {
            return Err(type_error(format!(
                "__index__ returned non-int (type {})",
                crate::vm::type_name_of(&i)
            )));
        }
        builtin_binop(op, seq, &i).transpose()
    }

    /// `a <op>= b`: `__iop__` first, then the binary protocol.
    pub fn inplace_op(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // Lists are mutated in place (`a += b` extends, `a *= n` repeats).
        if let Some(Payload::List(l)) = a.payload() {
            if !crate::vm::type_of(a).as_type().is_some_and(|t| t.heap) {
                match op {
                    BinOp::Add => {
                        let items = self.collect_iter(b).map_err(|e| {
                            if e.matches(&crate::types::types().type_error) {
                                type_error(format!(
                                    "'{}' object is not iterable",
                                    crate::vm::type_name_of(b)
                                ))
                            } else {
                                e
                            }
                        })?;
                        l.borrow_mut().extend(items);
                        return Ok(a.clone());
                    }
                    BinOp::Mul => {
                        if let Some(n) = repeat_count(b) {
                            let n = n?;
                            let items = l.borrow().clone();
                            check_size(items.len(), n)?;
                            let mut out = Vec::with_capacity(items.len() * n);
                            for _ in 0..n {
                                out.extend(items.iter().cloned());
                            }
                            let old = std::mem::replace(&mut *l.borrow_mut(), out);
                            drop(old);
                            return Ok(a.clone());
                        }
                    }
                    _ => {}
                }
            }
        }
        if let Some(r) = builtin_binop(op, a, b) {
            return r;
        }
        let (_, _, iname) = op.dunders();
        if let Some(r) = self.call_dunder(a, iname, std::slice::from_ref(b))? {
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        match self.binary_op_dunders(op, a, b)? {
            Some(v) => Ok(v),
            None => {
                if let Some(r) = sequence_binop(op, a, b) {
                    return r;
                }
                let sym = format!("{}=", op.symbol().split(' ').next().unwrap_or(""));
                let sym = if op == BinOp::Pow {
                    "**=".to_string()
                } else {
                    sym
                };
                Err(binop_type_error(&sym, a, b))
            }
        }
    }

    /// Whether `v` is the `NotImplemented` singleton.
    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::NotImplemented))
    }

    fn binary_op_dunders(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let (name, rname, _) = op.dunders();
        let ta = type_of(a).clone();
        let tb = type_of(b).clone();
        let same = std::rc::Rc::ptr_eq(&ta, &tb);
        // A subclass operand on the right that overrides the reflected method goes first.
        let mut tried_reflected = false;
        if !same && is_subtype(&tb, &ta) && self.overrides(&tb, &ta, rname) {
            tried_reflected = true;
            if let Some(r) = self.call_dunder(b, rname, std::slice::from_ref(a))? {
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        if let Some(r) = self.call_dunder(a, name, std::slice::from_ref(b))? {
            if !self.is_not_implemented(&r) {
                return Ok(Some(r));
            }
        }
        if !same && !tried_reflected {
            if let Some(r) = self.call_dunder(b, rname, std::slice::from_ref(a))? {
                if !self.is_not_implemented(&r) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    /// Whether `sub` defines `name` differently from `base`.
    fn overrides(&self, sub: &crate::object::Obj, base: &crate::object::Obj, name: &str) -> bool {
        let a = crate::objects::typeobj::lookup(sub, name);
        let b = crate::objects::typeobj::lookup(base, name);
        match (a, b) {
            (Some(x), Some(y)) => !x.is(&y),
            (Some(_), None) => true,
            _ => false,
        }
    }

    /// Rich comparison with the reflected protocol; returns the (possibly non-bool) result.
    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = builtin_compare(op, a, b) {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = self.container_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        let ta = type_of(a).clone();
        let tb = type_of(b).clone();
        let same = std::rc::Rc::ptr_eq(&ta, &tb);
        let mut tried_reflected = false;
        // Unlike the binary operators, a subclass on the right goes first whether or not it
        // overrides the reflected method (CPython's `do_richcompare`).
        if !same && is_subtype(&tb, &ta) {
            tried_reflected = true;
            if let Some(r) = self.call_dunder(b, op.swapped().dunder(), std::slice::from_ref(a))? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_dunder(a, op.dunder(), std::slice::from_ref(b))? {
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !tried_reflected {
            if let Some(r) = self.call_dunder(b, op.swapped().dunder(), std::slice::from_ref(a))? {
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                crate::vm::type_name_of(a),
                crate::vm::type_name_of(b)
            ))),
        }
    }

    /// Comparison of built-in containers whose classes do not override the operator:
    /// lexicographic for lists and tuples, by content for dicts, subset order for sets.
    fn container_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
            return Ok(None);
        };
        let kind = match (pa, pb) {
            (Payload::List(_), Payload::List(_)) => 1,
            (Payload::Tuple(_), Payload::Tuple(_)) => 2,
            (Payload::Dict(_), Payload::Dict(_)) => 3,
            (Payload::Set(_) | Payload::FrozenSet(_), Payload::Set(_) | Payload::FrozenSet(_)) => 4,
            _ => return Ok(None),
        };
        let overridden = |v: &Value| {
            let cls = type_of(v);
            cls.as_type().is_some_and(|t| t.heap)
                && crate::objects::typeobj::lookup(cls, op.dunder())
                    .is_some_and(|m| !matches!(m.payload(), Some(Payload::Builtin(_))))
        };
        if overridden(a) || overridden(b) {
            return Ok(None);
        }
        self.enter_native(" in comparison")?;
        let r = match kind {
            1 | 2 => self.seq_compare(op, a, b),
            3 => self.dict_equal(a, b).map(|eq| match op {
                CmpOp::Eq => Some(eq),
                CmpOp::Ne => Some(!eq),
                _ => None,
            }),
            _ => self.set_compare(op, a, b),
        };
        self.leave_native();
        r
    }

    fn seq_items(v: &Value) -> Vec<Value> {
        match v.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    fn seq_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let x = Self::seq_items(a);
        let y = Self::seq_items(b);
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(Some(op == CmpOp::Ne));
        }
        for (p, q) in x.iter().zip(y.iter()) {
            if !self.eq(p, q)? {
                return Ok(Some(match op {
                    CmpOp::Eq => false,
                    CmpOp::Ne => true,
                    _ => self.compare_bool(op, p, q)?,
                }));
            }
        }
        Ok(Some(op.test(x.len().cmp(&y.len()))))
    }

    fn dict_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let (Value::Obj(da), Value::Obj(db)) = (a, b) else {
            return Ok(false);
        };
        let ia = self.dict_items(da);
        if ia.len() != crate::vm::builtin_len(b).unwrap_or(usize::MAX) {
            return Ok(false);
        }
        for (k, v) in ia {
            match self.dict_get(db, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_items(v: &Value) -> Vec<Value> {
        match v.payload() {
            Some(Payload::Set(s)) => s.borrow().iter().cloned().collect(),
            Some(Payload::FrozenSet(s)) => s.iter().cloned().collect(),
            _ => Vec::new(),
        }
    }

    /// Whether every item of `a` is in `b`.
    fn is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        for x in Self::set_items(a) {
            if self.set_find(b, &x)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn set_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let la = crate::vm::builtin_len(a).unwrap_or(0);
        let lb = crate::vm::builtin_len(b).unwrap_or(0);
        Ok(Some(match op {
            CmpOp::Eq => la == lb && self.is_subset(a, b)?,
            CmpOp::Ne => !(la == lb && self.is_subset(a, b)?),
            CmpOp::Le => la <= lb && self.is_subset(a, b)?,
            CmpOp::Lt => la < lb && self.is_subset(a, b)?,
            CmpOp::Ge => la >= lb && self.is_subset(b, a)?,
            CmpOp::Gt => la > lb && self.is_subset(b, a)?,
        }))
    }

    /// Rich comparison reduced to a truth value.
    pub fn compare_bool(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = builtin_compare(op, a, b) {
            return Ok(r);
        }
        let r = self.compare(op, a, b)?;
        self.truthy(&r)
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        self.compare_bool(CmpOp::Eq, a, b)
    }

    /// `a < b` as a bool.
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        self.compare_bool(CmpOp::Lt, a, b)
    }
}

/// Comparisons of built-in numbers and strings that need no Python code.
pub fn builtin_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => return Some(op.test(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => {
            return Some(match x.partial_cmp(y) {
                Some(o) => op.test(o),
                None => op == CmpOp::Ne,
            })
        }
        _ => {}
    }
    let exact = |v: &Value| match v {
        Value::Obj(o) => !o.class().as_type().is_some_and(|t| t.heap),
        _ => true,
    };
    if !exact(a) || !exact(b) {
        return None;
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        let ord = match (x, y) {
            (IntRef::Small(x), IntRef::Small(y)) => x.cmp(&y),
            (x, y) => x.to_big().cmp(&y.to_big()),
        };
        return Some(op.test(ord));
    }
    match (a.payload(), b.payload()) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
            return Some(match op {
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                _ => op.test(x.cmp(y)),
            })
        }
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => return Some(op.test(x.cmp(y))),
        _ => {}
    }
    let num = |v: &Value| -> Option<f64> {
        match v {
            Value::Float(f) => Some(*f),
            Value::Obj(o) => match &o.payload {
                Payload::Float(f) => Some(*f),
                _ => None,
            },
            _ => None,
        }
    };
    // int/float mixed: exact comparison.
    if let (Some(i), Some(f)) = (as_int(a), num(b)) {
        return Some(cmp_int_float(op, &i, f));
    }
    if let (Some(f), Some(i)) = (num(a), as_int(b)) {
        return Some(cmp_int_float(op.swapped(), &i, f));
    }
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return Some(match x.partial_cmp(&y) {
            Some(o) => op.test(o),
            None => op == CmpOp::Ne,
        });
    }
    if matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if let (
            Some(Payload::BoundMethod {
                func: f1,
                receiver: r1,
            }),
            Some(Payload::BoundMethod {
                func: f2,
                receiver: r2,
            }),
        ) = (a.payload(), b.payload())
        {
            let same = f1.is(f2) && r1.is(r2);
            return Some(same == (op == CmpOp::Eq));
        }
        if let Some(r) = crate::objects::dict::fast_eq(a, b) {
            return Some(r == (op == CmpOp::Eq));
        }
    }
    None
}

fn cmp_int_float(op: CmpOp, i: &IntRef<'_>, f: f64) -> bool {
    use num_bigint::BigInt;
    use num_traits::FromPrimitive;
    if f.is_nan() {
        return op == CmpOp::Ne;
    }
    if f.is_infinite() {
        return op.test(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    if let IntRef::Small(x) = i {
        if x.unsigned_abs() < (1u64 << 53) {
            let xf = *x as f64;
            return match xf.partial_cmp(&f) {
                Some(o) => op.test(o),
                None => op == CmpOp::Ne,
            };
        }
    }
    // Exact: compare the int with floor(f), then the fractional part.
    let fl = f.floor();
    let Some(fb) = BigInt::from_f64(fl) else {
        return op == CmpOp::Ne;
    };
    let ib = i.to_big();
    let ord = match ib.cmp(&fb) {
        std::cmp::Ordering::Equal if f > fl => std::cmp::Ordering::Less,
        o => o,
    };
    op.test(ord)
}

/// `TypeError: unsupported operand type(s) for +: 'int' and 'str'`.
pub fn binop_type_error(sym: &str, a: &Value, b: &Value) -> crate::error::PyErr {
    // CPython's sequence messages: `"a" + 1`, `[1] + (2,)`, `[1] * "x"`.
    let seq = |v: &Value| {
        matches!(
            v.payload(),
            Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
        )
    };
    if (sym == "+" || sym == "+=") && matches!(a.payload(), Some(Payload::Bytes(_))) {
        return type_error(format!(
            "can't concat {} to bytes",
            crate::vm::type_name_of(b)
        ));
    }
    if (sym == "+" || sym == "+=") && seq(a) {
        let an = crate::vm::type_name_of(a);
        if matches!(an.as_str(), "str" | "list" | "tuple") {
            return type_error(format!(
                "can only concatenate {an} (not \"{}\") to {an}",
                crate::vm::type_name_of(b)
            ));
        }
    }
    if (sym == "*" || sym == "*=") && (seq(a) || seq(b)) {
        let other = if seq(a) { b } else { a };
        return type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            crate::vm::type_name_of(other)
        ));
    }
    type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        crate::vm::type_name_of(a),
        crate::vm::type_name_of(b)
    ))
}

/// The repetition count of `seq * n`: `None` when `n` is not an int.
fn repeat_count(n: &Value) -> Option<PyResult<usize>> {
    match as_int(n)? {
        IntRef::Small(i) => Some(Ok(usize::try_from(i).unwrap_or(0))),
        IntRef::Big(b) => {
            if num_traits::Signed::is_negative(b) {
                Some(Ok(0))
            } else {
                Some(Err(crate::error::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                )))
            }
        }
    }
}

fn check_size(len: usize, n: usize) -> PyResult<()> {
    match len.checked_mul(n) {
        Some(t) if t <= (isize::MAX as usize) / 16 => Ok(()),
        _ => Err(crate::error::PyErr::new(
            &crate::types::types().memory_error,
            "",
        )),
    }
}

/// Concatenation and repetition of exact built-in sequences.
fn sequence_binop(op: BinOp, a: &Value, b: &Value) -> Option<PyResult<Value>> {
    use crate::object::Object;
    use crate::types::types;
    use std::cell::RefCell;
    let t = types();
    match op {
        BinOp::Add => match (a.payload()?, b.payload().unwrap_or(&Payload::Instance)) {
            (Payload::Str(x), Payload::Str(y)) => {
                Some(Ok(Value::Obj(Object::new_str(x.concat(y)))))
            }
            (Payload::List(x), Payload::List(y)) => {
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Some(Ok(Value::Obj(Object::new(
                    &t.list,
                    Payload::List(RefCell::new(v)),
                ))))
            }
            (Payload::Tuple(x), Payload::Tuple(y)) => {
                let v: Vec<Value> = x.iter().chain(y.iter()).cloned().collect();
                Some(Ok(crate::vm::tuple_value(v)))
            }
            (Payload::Bytes(x), Payload::Bytes(y)) => {
                let v: Vec<u8> = x.iter().chain(y.iter()).copied().collect();
                Some(Ok(crate::objects::bytes::new_bytes(v)))
            }
            // bytes + any other bytes-like object (a memoryview) is bytes.
            (Payload::Bytes(x), Payload::MemoryView(_)) => {
                let y = crate::objects::bytes_methods::bytes_of(b)?;
                let v: Vec<u8> = x.iter().chain(y.iter()).copied().collect();
                Some(Ok(crate::objects::bytes::new_bytes(v)))
            }
            (Payload::Str(_), _) => Some(Err(type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                crate::vm::type_name_of(b)
            )))),
            (Payload::List(_), _) => Some(Err(type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                crate::vm::type_name_of(b)
            )))),
            (Payload::Tuple(_), _) => Some(Err(type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                crate::vm::type_name_of(b)
            )))),
            _ => None,
        },
        BinOp::Mul => {
            let (seq, n) = match (a.payload(), b.payload()) {
                (
                    Some(
                        Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_),
                    ),
                    _,
                ) => (a, b),
                (
                    _,
                    Some(
                        Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_),
                    ),
                ) => (b, a),
                _ => return None,
            };
            let n = match repeat_count(n)? {
                Ok(n) => n,
                Err(e) => return Some(Err(e)),
            };
            Some((|| -> PyResult<Value> {
                Ok(match seq.payload() {
                    Some(Payload::Str(s)) => {
                        check_size(s.len(), n)?;
                        let cps: Vec<u32> = s.code_points().collect();
                        let mut out = Vec::with_capacity(cps.len() * n);
                        for _ in 0..n {
                            out.extend_from_slice(&cps);
                        }
                        Value::Obj(Object::new_str(
                            crate::objects::str::PyStr::from_code_points(&out),
                        ))
                    }
                    Some(Payload::List(l)) => {
                        let items = l.borrow().clone();
                        check_size(items.len(), n)?;
                        let mut out = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            out.extend(items.iter().cloned());
                        }
                        Value::Obj(Object::new(&t.list, Payload::List(RefCell::new(out))))
                    }
                    Some(Payload::Tuple(items)) => {
                        // An exact tuple times one (or an empty one) is itself, as in CPython.
                        let exact = seq
                            .as_obj()
                            .is_some_and(|o| std::rc::Rc::ptr_eq(o.class(), &t.tuple));
                        if exact && (n == 1 || items.is_empty()) {
                            return Ok(seq.clone());
                        }
                        check_size(items.len(), n)?;
                        let mut out = Vec::with_capacity(items.len() * n);
                        for _ in 0..n {
                            out.extend(items.iter().cloned());
                        }
                        crate::vm::tuple_value(out)
                    }
                    Some(Payload::Bytes(bs)) => {
                        check_size(bs.len(), n)?;
                        crate::objects::bytes::new_bytes(bs.repeat(n))
                    }
                    _ => Value::None,
                })
            })())
        }
        _ => None,
    }
}
