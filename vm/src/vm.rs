//! The interpreter state and the object protocols every native function needs.
//!
//! [`Vm`] owns the register stack, the frame records, the builtins and `sys`. The protocol
//! helpers here (`call`, `repr`, `str`, comparisons, `hash`, attribute access, iteration,
//! truth, `len`) are what native code uses instead of poking at payloads, so that user classes
//! overriding a dunder are honoured everywhere.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use crate::error::{type_error, PyErr, PyResult};
use crate::frame::Frame;
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::{Dict, Probe};
use crate::objects::function::BuiltinKind;
use crate::objects::iter::{DictView, IterState};
use crate::objects::set::Set;
use crate::objects::typeobj::{is_subtype, lookup};
use crate::types::types;
use crate::value::Value;

/// Keyword arguments of a native call: `(name, value)` pairs, names are `str` values.
pub type KwArgs = [(Value, Value)];

thread_local! {
    static EMPTY_TUPLE: Value = Value::Obj(Object::new(&types().tuple, Payload::Tuple(Box::new([]))));
}

/// A new `tuple` of `items`; the empty tuple is one shared object, as in CPython (`() is ()`,
/// `tuple() is ()`).
pub(crate) fn tuple_value(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return EMPTY_TUPLE.with(Value::clone);
    }
    Value::Obj(Object::new(
        &types().tuple,
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

/// Default for `sys.getrecursionlimit()`, as CPython.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// Native re-entrancy guard: nested native→Python calls and recursive `repr`/`==`/`hash` of
/// nested containers grow the Rust stack; past this depth they raise `RecursionError`.
const NATIVE_DEPTH_LIMIT: usize = 3000;

/// The interpreter.
pub struct Vm {
    /// The `builtins` module's namespace (a dict object).
    pub(crate) builtins: Obj,
    /// The `builtins` module.
    pub(crate) builtins_module: Obj,
    /// `sys.modules`.
    pub(crate) modules: Obj,
    /// The `sys` module.
    pub(crate) sys: Option<Obj>,
    /// The register stack shared by all frames.
    #[allow(dead_code)]
    pub(crate) stack: Vec<Value>,
    /// Active Python frames, innermost last.
    pub(crate) frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), `None` outside handlers.
    pub(crate) handled: Value,
    pub(crate) recursion_limit: usize,
    /// Depth of nested native calls (Rust stack use).
    pub(crate) native_depth: usize,
    /// Set by `Reraise`/bare `raise`: the next unwind adds no traceback entry for this frame.
    pub(crate) reraising: bool,
    /// Set when `run` returned because a generator yielded (not returned).
    pub(crate) yielded: bool,
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)` (`None` when unset).
    pub(crate) asyncgen_hooks: (Value, Value),
    /// Source texts by file name, for tracebacks.
    pub(crate) sources: std::collections::HashMap<Rc<str>, Rc<str>>,
    /// Objects whose `repr` is being computed (to print `[...]` for self-references).
    pub(crate) repr_stack: Vec<usize>,
    /// Buffered standard output (flushed at exit and before anything goes to stderr).
    pub(crate) out: std::io::BufWriter<std::io::Stdout>,
}

impl std::fmt::Debug for Vm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vm")
            .field("frames", &self.frames.len())
            .finish()
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

/// The class of any value.
#[inline]
pub fn type_of(v: &Value) -> &Obj {
    let t = types();
    match v {
        Value::Obj(o) => o.class(),
        Value::Int(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Bool(_) => &t.bool_,
        Value::None | Value::Unbound => &t.none_type,
    }
}

/// The class name of a value, for error messages.
pub fn type_name_of(v: &Value) -> String {
    type_of(v)
        .as_type()
        .map(|t| t.current_name().to_string())
        .unwrap_or_default()
}

/// A hash that needs no Python code (built-in immutable values), `None` otherwise.
pub fn hash_fast(v: &Value) -> Option<i64> {
    use crate::hash;
    match v {
        Value::Int(i) => Some(hash::hash_i64(*i)),
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Float(f) => Some(hash::hash_f64(*f)),
        Value::None => Some(hash::hash_pointer(0x1000)),
        Value::Unbound => None,
        Value::Obj(o) => {
            if o.class().as_type().is_some_and(|t| t.heap) {
                return None;
            }
            match &o.payload {
                Payload::Str(s) => Some(s.hash()),
                Payload::Int(b) => Some(hash::hash_bigint(b)),
                Payload::Float(f) => Some(hash::hash_f64(*f)),
                Payload::Bytes(b) => Some(hash::hash_bytes(b)),
                Payload::Tuple(items) => {
                    let hs: Option<Vec<i64>> = items.iter().map(hash_fast).collect();
                    Some(hash::hash_tuple(hs?.into_iter()))
                }
                Payload::FrozenSet(s) => {
                    Some(hash::hash_frozenset(s.entries().map(|(h, _)| h), s.len()))
                }
                Payload::Type(_)
                | Payload::Function(_)
                | Payload::Builtin(_)
                | Payload::Code(_)
                | Payload::Module { .. }
                | Payload::NotImplemented
                | Payload::Ellipsis
                | Payload::Instance => Some(hash::hash_pointer(Rc::as_ptr(o) as usize)),
                _ => None,
            }
        }
    }
}

/// A new empty dict object.
pub(crate) fn fresh_dict() -> Obj {
    Object::new(&types().dict, Payload::Dict(RefCell::new(Dict::new())))
}

/// A new `str` object value.
pub fn new_str(s: &str) -> Value {
    Value::str(s)
}

impl Vm {
    /// A fresh interpreter with the builtins module and `sys`.
    pub fn new() -> Vm {
        let t = types();
        let builtins = Object::new(&t.dict, Payload::Dict(RefCell::new(Dict::new())));
        let builtins_module = Object::new(
            &t.module,
            Payload::Module {
                name: "builtins".into(),
                dict: builtins.clone(),
            },
        );
        let modules = Object::new(&t.dict, Payload::Dict(RefCell::new(Dict::new())));
        let mut vm = Vm {
            builtins,
            builtins_module,
            modules,
            sys: None,
            stack: Vec::new(),
            frames: Vec::new(),
            handled: Value::None,
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            repr_stack: Vec::new(),
            reraising: false,
            yielded: false,
            asyncgen_hooks: (Value::None, Value::None),
            sources: std::collections::HashMap::new(),
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        };
        crate::builtins::register(&mut vm);
        crate::exec::register(&mut vm);
        crate::sysmod::register(&mut vm);
        crate::objects::numinfo::register_sys(&mut vm);
        crate::objects::frameobj::register(&mut vm);
        vm
    }

    /// Writes text to standard output (buffered).
    pub fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.out
            .write_all(s.as_bytes())
            .map_err(|e| PyErr::new(&types().os_error, e.to_string()))
    }

    /// Writes text to standard error, flushing standard output first so the order of the two
    /// streams on a shared terminal is preserved.
    pub fn write_stderr(&mut self, s: &str) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    /// Flushes buffered standard output.
    pub fn flush_stdout(&mut self) {
        let _ = self.out.flush();
    }

    /// Adds (or replaces) a name in the builtins module.
    pub fn set_builtin(&mut self, name: &str, value: Value) {
        if let Payload::Dict(d) = &self.builtins.payload {
            d.borrow_mut().set_str(name, value);
        }
    }

    /// Wraps a native function as a builtin function object (it never binds as a method).
    pub fn new_builtin_function(
        &self,
        name: &'static str,
        func: crate::objects::function::NativeFn,
    ) -> Value {
        Value::Obj(Object::new(
            &types().builtin_function,
            Payload::Builtin(crate::objects::function::BuiltinFn {
                name,
                func,
                kind: BuiltinKind::Function,
                owner: None,
                sig: None,
            }),
        ))
    }

    // ----- constructors -------------------------------------------------------------------

    /// A new list.
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        Value::Obj(Object::new(
            &types().list,
            Payload::List(RefCell::new(items)),
        ))
    }

    /// A new tuple.
    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        tuple_value(items)
    }

    /// A new empty dict.
    pub fn new_dict(&self) -> Value {
        Value::Obj(Object::new(
            &types().dict,
            Payload::Dict(RefCell::new(Dict::new())),
        ))
    }

    /// A new empty set.
    pub fn new_set(&self) -> Value {
        Value::Obj(Object::new(
            &types().set,
            Payload::Set(RefCell::new(Set::new())),
        ))
    }

    /// The class name of a value.
    pub fn type_name(&self, v: &Value) -> String {
        type_name_of(v)
    }

    /// `KeyError(key)`.
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr::with_args(&types().key_error, vec![key])
    }

    // ----- guards -------------------------------------------------------------------------

    /// Enters a native recursion level (call on every Rust-recursive protocol path).
    pub(crate) fn enter_native(&mut self, what: &str) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth > NATIVE_DEPTH_LIMIT
            || self.native_depth + self.frames.len() > self.recursion_limit + 50
        {
            self.native_depth -= 1;
            return Err(PyErr::new(
                &types().recursion_error,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        Ok(())
    }

    /// Leaves a native recursion level.
    pub(crate) fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }

    // ----- calls --------------------------------------------------------------------------

    /// `f(*args, **kw)`.
    pub fn call(&mut self, f: &Value, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        let Value::Obj(o) = f else {
            return Err(not_callable(f));
        };
        match &o.payload {
            Payload::Builtin(b) => {
                if let Some(sig) = b.sig {
                    sig.check(b.owner.as_ref(), b.name, args, kw)?;
                }
                let func = b.func;
                self.enter_native("")?;
                let r = func(self, args, kw);
                self.leave_native();
                r
            }
            Payload::Function(_) => self.call_function(o, args, kw),
            Payload::BoundMethod { func, receiver } => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(receiver.clone());
                v.extend_from_slice(args);
                let func = func.clone();
                self.call(&func, &v, kw)
            }
            Payload::Type(_) => self.call_type(o, args, kw),
            Payload::StaticMethod(inner) => {
                let inner = inner.clone();
                self.call(&inner, args, kw)
            }
            _ => {
                let Some(c) = lookup(o.class(), "__call__") else {
                    return Err(not_callable(f));
                };
                let m = self.bind(&c, f, type_of(f))?;
                self.enter_native(" while calling a Python object")?;
                let r = self.call(&m, args, kw);
                self.leave_native();
                r
            }
        }
    }

    /// `f(*args)`.
    pub fn call0(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call(f, args, &[])
    }

    /// `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let m = self.getattr_str(obj, name)?;
        self.call(&m, args, &[])
    }

    /// Calls the special method `name` looked up on the *type* of `obj` (as the interpreter
    /// does for dunders); `None` when the type does not define it.
    pub fn call_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let cls = type_of(obj);
        let Some(attr) = lookup(cls, name) else {
            return Ok(None);
        };
        if attr.is(&Value::None) {
            return Ok(None);
        }
        let cls = cls.clone();
        match attr.payload() {
            Some(Payload::Function(_)) | Some(Payload::Builtin(_)) => {
                let mut v = Vec::with_capacity(args.len() + 1);
                v.push(obj.clone());
                v.extend_from_slice(args);
                self.call(&attr, &v, &[]).map(Some)
            }
            _ => {
                let m = self.bind(&attr, obj, &cls)?;
                self.call(&m, args, &[]).map(Some)
            }
        }
    }

    // ----- conversions to text --------------------------------------------------------------

    /// `repr(v)` as a str value.
    pub fn repr(&mut self, v: &Value) -> PyResult<Value> {
        let s = self.repr_string(v)?;
        Ok(Value::str(&s))
    }

    /// `repr(v)` as Rust text.
    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        if let Some(s) = crate::repr::builtin_repr_fast(v) {
            return Ok(s);
        }
        self.enter_native(" while getting the repr of an object")?;
        let r = self.repr_slow(v);
        self.leave_native();
        r
    }

    fn repr_slow(&mut self, v: &Value) -> PyResult<String> {
        let cls = type_of(v).clone();
        // Heap classes, and native classes of plain instances that define their own
        // `__repr__` (frame objects, the io classes), go through `__repr__`.
        let own_repr = |t: &crate::objects::typeobj::TypeObject| {
            matches!(v.payload(), Some(Payload::Instance))
                && t.dict.borrow().get_str("__repr__").is_some()
        };
        if cls.as_type().is_some_and(|t| t.heap || own_repr(t)) {
            if let Some(r) = self.call_dunder(v, "__repr__", &[])? {
                return match r.as_pystr() {
                    Some(s) => Ok(s.to_rust().into_owned()),
                    None => Err(type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name_of(&r)
                    ))),
                };
            }
        }
        crate::repr::builtin_repr(self, v)
    }

    /// `str(v)` as a str value.
    pub fn str(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Payload::Str(_)) = v.payload() {
            if !type_of(v).as_type().is_some_and(|t| t.heap) {
                return Ok(v.clone());
            }
        }
        let s = self.str_string(v)?;
        Ok(Value::str(&s))
    }

    /// `str(v)` as Rust text.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        let cls = type_of(v).clone();
        let heap = cls.as_type().is_some_and(|t| t.heap);
        if !heap {
            match v.payload() {
                Some(Payload::Str(s)) => return Ok(s.to_rust().into_owned()),
                Some(Payload::Exception(_)) => return crate::repr::exception_str(self, v),
                _ => return self.repr_string(v),
            }
        }
        if let Some(m) = lookup(&cls, "__str__") {
            if !matches!(m.payload(), Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object") || b.owner.as_deref() == Some("BaseException"))
            {
                self.enter_native(" while getting the str of an object")?;
                let r = self.call_dunder(v, "__str__", &[]);
                self.leave_native();
                let r = r?.unwrap_or(Value::None);
                return match r.as_pystr() {
                    Some(s) => Ok(s.to_rust().into_owned()),
                    None => Err(type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name_of(&r)
                    ))),
                };
            }
        }
        match v.payload() {
            Some(Payload::Str(s)) => Ok(s.to_rust().into_owned()),
            Some(Payload::Exception(_)) => crate::repr::exception_str(self, v),
            _ => self.repr_string(v),
        }
    }

    // ----- hashing ------------------------------------------------------------------------

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = hash_fast(v) {
            return Ok(h);
        }
        let cls = type_of(v).clone();
        if let Some(Payload::Tuple(items)) = v.payload() {
            let inherited = lookup(&cls, "__hash__")
                .is_none_or(|h| matches!(h.payload(), Some(Payload::Builtin(_))));
            if !cls.as_type().is_some_and(|t| t.heap) || inherited {
                let items = items.clone();
                self.enter_native(" while hashing")?;
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    match self.hash(it) {
                        Ok(h) => hs.push(h),
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
                return Ok(crate::hash::hash_tuple(hs.into_iter()));
            }
        }
        match lookup(&cls, "__hash__") {
            Some(Value::None) => Err(unhashable(v)),
            Some(h)
                if !matches!(h.payload(), Some(Payload::Builtin(b))
                    if b.owner.as_deref() == Some("object") || b.owner.as_deref() == Some("complex")) =>
            {
                let r = self.call_dunder(v, "__hash__", &[])?.unwrap_or(Value::None);
                match crate::objects::int::as_int(&r) {
                    Some(crate::objects::int::IntRef::Small(i)) => Ok(crate::hash::fix(i)),
                    Some(crate::objects::int::IntRef::Big(b)) => {
                        Ok(crate::hash::fix(crate::hash::hash_bigint(b)))
                    }
                    None => Err(type_error("__hash__ method should return an integer")),
                }
            }
            _ => match v.payload() {
                Some(Payload::List(_) | Payload::Dict(_) | Payload::Set(_)) => Err(unhashable(v)),
                Some(Payload::Range(r)) => {
                    // CPython: hash((len, start, step)) with None for the unused parts.
                    let (start, _, step) = r.bounds();
                    let len = r.len_big();
                    let h = crate::hash::hash_bigint;
                    let hn = crate::hash::hash_pointer(0x1000);
                    let hs = if num_traits::Zero::is_zero(&len) {
                        [h(&len), hn, hn]
                    } else if num_traits::One::is_one(&len) {
                        [h(&len), h(&start), hn]
                    } else {
                        [h(&len), h(&start), h(&step)]
                    };
                    Ok(crate::hash::hash_tuple(hs.into_iter()))
                }
                Some(Payload::Slice(parts)) => {
                    // Hashable since 3.12, as the tuple of its parts.
                    let parts = parts.clone();
                    let mut hs = Vec::with_capacity(3);
                    for p in parts.iter() {
                        hs.push(self.hash(p)?);
                    }
                    Ok(crate::hash::hash_slice(hs.into_iter()))
                }
                Some(Payload::Str(s)) => Ok(s.hash()),
                Some(Payload::Int(b)) => Ok(crate::hash::hash_bigint(b)),
                Some(Payload::Float(f)) => Ok(crate::hash::hash_f64(*f)),
                Some(Payload::Complex(re, im)) => Ok(crate::objects::complex::hash(*re, *im)),
                Some(Payload::Bytes(b)) => Ok(crate::hash::hash_bytes(b)),
                Some(Payload::MemoryView(_)) => {
                    let r = self.call_dunder(v, "__hash__", &[])?;
                    Ok(
                        r.and_then(|r| crate::objects::int::as_int(&r).map(|i| i.to_big()))
                            .and_then(|b| num_traits::ToPrimitive::to_i64(&b))
                            .unwrap_or(0),
                    )
                }
                Some(Payload::FrozenSet(s)) => Ok(crate::hash::hash_frozenset(
                    s.entries().map(|(h, _)| h),
                    s.len(),
                )),
                Some(Payload::BoundMethod { func, receiver }) => {
                    let (func, receiver) = (func.clone(), receiver.clone());
                    let a = self.hash(&receiver)?;
                    let b = self.hash(&func)?;
                    Ok(crate::hash::fix(a ^ b))
                }
                _ => Ok(crate::hash::hash_pointer(v.id() as usize)),
            },
        }
    }

    // ----- truth and length ---------------------------------------------------------------

    /// Truth without calling Python code; unknown objects count as true.
    pub fn truthy_fast(&self, v: &Value) -> bool {
        match v {
            Value::None | Value::Unbound => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => builtin_truth(o).unwrap_or(true),
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        let o = match v {
            Value::Obj(o) => o,
            _ => return Ok(self.truthy_fast(v)),
        };
        let cls = o.class();
        if !cls.as_type().is_some_and(|t| t.heap) {
            if let Some(b) = builtin_truth(o) {
                return Ok(b);
            }
        }
        // `__bool__ = None` is called like any other value (CPython's slot calls it).
        if lookup(cls, "__bool__").is_some_and(|b| b.is(&Value::None)) {
            return Err(type_error("'NoneType' object is not callable"));
        }
        if let Some(r) = self.call_dunder(v, "__bool__", &[])? {
            return match r {
                Value::Bool(b) => Ok(b),
                _ => Err(type_error(format!(
                    "__bool__ should return bool, returned {}",
                    type_name_of(&r)
                ))),
            };
        }
        if lookup(o.class(), "__len__").is_some() {
            return Ok(self.len(v)? != 0);
        }
        Ok(builtin_truth(o).unwrap_or(true))
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = builtin_len(v) {
            if !type_of(v).as_type().is_some_and(|t| t.heap) {
                return Ok(n);
            }
        }
        match self.call_dunder(v, "__len__", &[])? {
            Some(r) => match crate::objects::int::as_int(&r) {
                Some(crate::objects::int::IntRef::Small(i)) if i >= 0 => Ok(i as usize),
                Some(crate::objects::int::IntRef::Small(_)) => {
                    Err(crate::error::value_error("__len__() should return >= 0"))
                }
                Some(_) => Err(crate::error::overflow_error(
                    "cannot fit 'int' into an index-sized integer",
                )),
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(&r)
                ))),
            },
            None => match builtin_len(v) {
                Some(n) => Ok(n),
                None => Err(type_error(format!(
                    "object of type '{}' has no len()",
                    type_name_of(v)
                ))),
            },
        }
    }

    // ----- iteration ----------------------------------------------------------------------

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let cls = type_of(v).clone();
        // Coroutines share the generator payload (and its methods) but are not iterable.
        if Rc::ptr_eq(&cls, &types().coroutine) {
            return Err(type_error("'coroutine' object is not iterable"));
        }
        let heap = cls.as_type().is_some_and(|t| t.heap);
        if !heap {
            if let Some(it) = builtin_iter(v) {
                return Ok(it);
            }
        }
        if let Some(r) = self.call_dunder(v, "__iter__", &[])? {
            if lookup(type_of(&r), "__next__").is_none() && !is_builtin_iterator(&r) {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_name_of(&r)
                )));
            }
            return Ok(r);
        }
        if let Some(it) = builtin_iter(v) {
            return Ok(it);
        }
        // `__iter__ = None` declares the class not iterable, even with `__getitem__`.
        let iter_none = lookup(&cls, "__iter__").is_some_and(|f| matches!(f, Value::None));
        if !iter_none && lookup(&cls, "__getitem__").is_some() {
            return Ok(Value::Obj(Object::new(
                &types().iterator,
                Payload::Iter(Box::new(RefCell::new(IterState::GetItem {
                    obj: v.clone(),
                    index: 0,
                }))),
            )));
        }
        Err(type_error(format!(
            "'{}' object is not iterable",
            type_name_of(v)
        )))
    }

    /// `next(it)`: `Ok(None)` on exhaustion (StopIteration is swallowed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Iter(state)) = it.payload() {
            return crate::objects::iter::builtin_next(self, state);
        }
        if let Some(Payload::Generator(st)) = it.payload() {
            if let Value::Obj(g) = it {
                if plain_generator(st) {
                    let g = g.clone();
                    return self.gen_resume_for_next(&g);
                }
            }
        }
        match self.call_dunder(it, "__next__", &[]) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name_of(it)
            ))),
            Err(e) if e.matches(&types().stop_iteration) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `next(it)` raising `StopIteration` on exhaustion.
    pub fn next_or_stop(&mut self, it: &Value) -> PyResult<Value> {
        if let Some(Payload::Generator(st)) = it.payload() {
            if let Value::Obj(g) = it {
                if plain_generator(st) {
                    let g = g.clone();
                    return self.gen_send(&g, Value::None);
                }
            }
        }
        if let Some(Payload::Iter(_)) = it.payload() {
            return match self.next(it)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(&types().stop_iteration, Vec::new())),
            };
        }
        match self.call_dunder(it, "__next__", &[])? {
            Some(v) => Ok(v),
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name_of(it)
            ))),
        }
    }

    /// All items of an iterable.
    pub fn collect_iter(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::List(l)) if !type_of(v).as_type().is_some_and(|t| t.heap) => {
                return Ok(l.borrow().clone())
            }
            Some(Payload::Tuple(t)) if !type_of(v).as_type().is_some_and(|t| t.heap) => {
                return Ok(t.to_vec())
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    // ----- containers ---------------------------------------------------------------------

    /// `d[key]` on a dict object, `None` when missing.
    pub fn dict_get(&mut self, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
        let Payload::Dict(table) = &d.payload else {
            return Ok(None);
        };
        let h = self.hash(key)?;
        Ok(self.dict_find(table, key, h)?.map(|(_, v)| v))
    }

    /// Finds `key` in a dict table: its entry index and value.
    pub(crate) fn dict_find(
        &mut self,
        table: &RefCell<Dict>,
        key: &Value,
        h: i64,
    ) -> PyResult<Option<(usize, Value)>> {
        let probe = table.borrow().probe(key, h);
        match probe {
            Probe::Found(i) => Ok(table.borrow().entry(i).map(|e| (i, e.value.clone()))),
            Probe::Missing => Ok(None),
            Probe::Candidates(cands) => {
                for i in cands {
                    let k = table.borrow().entry(i).map(|e| e.key.clone());
                    if let Some(k) = k {
                        if self.eq(&k, key)? {
                            let v = table.borrow().entry(i).map(|e| (i, e.value.clone()));
                            return Ok(v);
                        }
                    }
                }
                Ok(None)
            }
        }
    }

    /// `d[key] = value` on a dict object.
    pub fn dict_set(&mut self, d: &Obj, key: Value, value: Value) -> PyResult<()> {
        let Payload::Dict(table) = &d.payload else {
            return Err(type_error("not a dict"));
        };
        let h = self.hash(&key)?;
        match self.dict_find(table, &key, h)? {
            Some((i, _)) => {
                let old = table.borrow_mut().set_value(i, value);
                drop(old);
            }
            None => table.borrow_mut().insert_new(h, key, value),
        }
        Ok(())
    }

    /// `d.pop(key)` on a dict object, `None` when missing.
    pub fn dict_remove(&mut self, d: &Obj, key: &Value) -> PyResult<Option<Value>> {
        let Payload::Dict(table) = &d.payload else {
            return Ok(None);
        };
        let h = self.hash(key)?;
        match self.dict_find(table, key, h)? {
            Some((i, _)) => {
                let e = table.borrow_mut().remove_at(i);
                Ok(e.map(|e| e.value))
            }
            None => Ok(None),
        }
    }

    /// A snapshot of a dict's items.
    pub fn dict_items(&self, d: &Obj) -> Vec<(Value, Value)> {
        match &d.payload {
            Payload::Dict(t) => t
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `d.update(src)`: a mapping (with `keys()`) or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &Obj, src: &Value) -> PyResult<()> {
        if let Some(Payload::Dict(_)) = src.payload() {
            if let Value::Obj(s) = src {
                for (k, v) in self.dict_items(s) {
                    self.dict_set(d, k, v)?;
                }
                return Ok(());
            }
        }
        if lookup(type_of(src), "keys").is_some() {
            let keys = self.call_method(src, "keys", &[])?;
            for k in self.collect_iter(&keys)? {
                let v = self.getitem(src, &k)?;
                self.dict_set(d, k, v)?;
            }
            return Ok(());
        }
        let it = self.iter(src)?;
        let mut n = 0usize;
        while let Some(item) = self.next(&it)? {
            let pair = match self.collect_iter(&item) {
                Ok(p) => p,
                Err(e) if e.matches(&types().type_error) => {
                    return Err(type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    )))
                }
                Err(e) => return Err(e),
            };
            let [k, v] = <[Value; 2]>::try_from(pair).map_err(|p| {
                crate::error::value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    p.len()
                ))
            })?;
            self.dict_set(d, k, v)?;
            n += 1;
        }
        Ok(())
    }

    /// Finds `item` in a set object: the slot index.
    pub fn set_find(&mut self, set: &Value, item: &Value) -> PyResult<Option<usize>> {
        let (Some(Payload::Set(_)) | Some(Payload::FrozenSet(_))) = set.payload() else {
            return Ok(None);
        };
        // A set is looked up as the equal frozenset (`{1} in {frozenset({1})}`).
        let h = match item.payload() {
            Some(Payload::Set(s)) => {
                let s = s.borrow();
                crate::hash::hash_frozenset(s.entries().map(|(h, _)| h), s.len())
            }
            _ => self.hash(item)?,
        };
        self.set_find_hashed(set, item, h)
    }

    /// [`Vm::set_find`] with the item's hash already computed (`__hash__` runs once).
    fn set_find_hashed(&mut self, set: &Value, item: &Value, h: i64) -> PyResult<Option<usize>> {
        let probe = match set.payload() {
            Some(Payload::Set(s)) => s.borrow().probe(item, h),
            Some(Payload::FrozenSet(s)) => s.probe(item, h),
            _ => return Ok(None),
        };
        if probe.found.is_some() {
            return Ok(probe.found);
        }
        for j in probe.candidates {
            let k = match set.payload() {
                Some(Payload::Set(s)) => s.borrow().key_at(j).cloned(),
                Some(Payload::FrozenSet(s)) => s.key_at(j).cloned(),
                _ => None,
            };
            if let Some(k) = k {
                if self.eq(&k, item)? {
                    return Ok(Some(j));
                }
            }
        }
        Ok(None)
    }

    /// `set.add(item)`.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        // One hash per add, as CPython (a user `__hash__` may print or count calls).
        let h = self.hash(&item)?;
        if self.set_find_hashed(set, &item, h)?.is_some() {
            return Ok(());
        }
        if let Some(Payload::Set(s)) = set.payload() {
            s.borrow_mut().insert_new(item, h);
        }
        Ok(())
    }

    /// Sorts values with an optional key function (stable; `<` only, as CPython). On error
    /// the items come back unchanged with the exception.
    pub fn sort_values(
        &mut self,
        items: Vec<Value>,
        key: &Value,
        reverse: bool,
    ) -> Result<Vec<Value>, (Vec<Value>, PyErr)> {
        let keys = if key.is(&Value::None) {
            items.clone()
        } else {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match self.call(key, std::slice::from_ref(it), &[]) {
                    Ok(k) => ks.push(k),
                    Err(e) => return Err((items, e)),
                }
            }
            ks
        };
        let mut idx: Vec<usize> = (0..items.len()).collect();
        if reverse {
            idx.reverse();
        }
        // Merge sort on indices, with fallible comparisons.
        let mut err = None;
        let mut buf = idx.clone();
        if idx.len() < 64 {
            // CPython's exact comparison sequence for short lists (count_run + binary
            // insertion), so errors and key/comparison side effects match.
            if let Err(e) = crate::objects::list::small_sort(self, &mut idx, &keys) {
                err = Some(e);
            }
        } else {
            self.merge_sort(&mut idx, &mut buf, &keys, &mut err);
        }
        if let Some(e) = err {
            return Err((items, e));
        }
        if reverse {
            idx.reverse();
        }
        Ok(idx
            .into_iter()
            .filter_map(|i| items.get(i).cloned())
            .collect())
    }

    fn merge_sort(
        &mut self,
        v: &mut [usize],
        buf: &mut [usize],
        keys: &[Value],
        err: &mut Option<PyErr>,
    ) {
        let n = v.len();
        if n <= 1 || err.is_some() {
            return;
        }
        let mid = n / 2;
        {
            let (l, r) = v.split_at_mut(mid);
            let (bl, br) = buf.split_at_mut(mid);
            self.merge_sort(l, bl, keys, err);
            self.merge_sort(r, br, keys, err);
        }
        if err.is_some() {
            return;
        }
        let (mut i, mut j, mut k) = (0, mid, 0);
        while i < mid && j < n {
            let (a, b) = (v[j], v[i]);
            let less = match (keys.get(a), keys.get(b)) {
                (Some(ka), Some(kb)) => match self.lt(ka, kb) {
                    Ok(x) => x,
                    Err(e) => {
                        *err = Some(e);
                        return;
                    }
                },
                _ => false,
            };
            if less {
                buf[k] = v[j];
                j += 1;
            } else {
                buf[k] = v[i];
                i += 1;
            }
            k += 1;
        }
        while i < mid {
            buf[k] = v[i];
            i += 1;
            k += 1;
        }
        while j < n {
            buf[k] = v[j];
            j += 1;
            k += 1;
        }
        v.copy_from_slice(&buf[..n]);
    }

    /// Whether `v` is an instance of class `cls` (no `__instancecheck__`).
    pub fn isinstance_exact(&self, v: &Value, cls: &Obj) -> bool {
        is_subtype(type_of(v), cls)
    }
}

/// Truth of built-in objects without Python code.
fn builtin_truth(o: &Obj) -> Option<bool> {
    Some(match &o.payload {
        Payload::Str(s) => !s.is_empty(),
        Payload::Bytes(b) => !b.is_empty(),
        Payload::Tuple(t) => !t.is_empty(),
        Payload::List(l) => !l.borrow().is_empty(),
        Payload::Dict(d) => !d.borrow().is_empty(),
        Payload::Set(s) => !s.borrow().is_empty(),
        Payload::FrozenSet(s) => !s.is_empty(),
        Payload::Int(b) => !num_traits::Zero::is_zero(b),
        Payload::Float(f) => *f != 0.0,
        Payload::Complex(a, b) => *a != 0.0 || *b != 0.0,
        Payload::ByteArray(b) => !b.borrow().is_empty(),
        Payload::DictView { dict, .. } => {
            crate::vm::builtin_len(&Value::Obj(dict.clone())) != Some(0)
        }
        Payload::Range(r) => !r.is_empty(),
        Payload::Instance => return None,
        _ => true,
    })
}

/// `len()` of built-in containers.
pub(crate) fn builtin_len(v: &Value) -> Option<usize> {
    Some(match v.payload()? {
        Payload::Str(s) => s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::Tuple(t) => t.len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::FrozenSet(s) => s.len(),
        Payload::Range(r) if r.big.is_some() => return None,
        Payload::Range(r) => usize::try_from(r.len()).ok()?,
        _ => return None,
    })
}

fn is_builtin_iterator(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
}

/// A built-in iterator over a built-in container.
fn builtin_iter(v: &Value) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    let state = match &o.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) => {
            IterState::Seq {
                seq: o.clone(),
                index: 0,
            }
        }
        // Big ranges iterate through `range.__iter__` (a `longrange_iterator`).
        Payload::Range(r) if r.big.is_some() => return None,
        Payload::Range(r) => IterState::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
        },
        Payload::Dict(d) => IterState::Dict {
            dict: o.clone(),
            pos: 0,
            len: d.borrow().len(),
            left: d.borrow().len(),
            view: DictView::Keys,
        },
        Payload::Set(s) => IterState::Set {
            set: o.clone(),
            items: s.borrow().iter().cloned().collect(),
            index: 0,
            len: s.borrow().len(),
        },
        Payload::FrozenSet(s) => IterState::Snapshot {
            items: s.iter().cloned().collect(),
            index: 0,
        },
        Payload::Iter(_) | Payload::Generator(_) => return Some(v.clone()),
        _ => return None,
    };
    Some(Value::Obj(Object::new(
        crate::objects::iter::class_for(&state),
        Payload::Iter(Box::new(RefCell::new(state))),
    )))
}

/// `TypeError: 'X' object is not callable`.
pub fn not_callable(v: &Value) -> PyErr {
    type_error(format!("'{}' object is not callable", type_name_of(v)))
}

/// `TypeError: unhashable type: 'X'`.
pub fn unhashable(v: &Value) -> PyErr {
    type_error(format!("unhashable type: '{}'", type_name_of(v)))
}

/// Whether a generator-like object is a plain generator (coroutines and async generators are
/// not iterators: `next()` on them must fail as in CPython).
fn plain_generator(st: &std::cell::RefCell<crate::objects::generator::GenState>) -> bool {
    use pyvm_compiler::code::flags;
    st.borrow().code.code.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) == 0
}

/// A read-only `property` whose getter is the native `fget` (attributes of native types and of
/// the tuple-based records `sys` hands out).
pub(crate) fn getter_property(
    name: &'static str,
    fget: crate::objects::function::NativeFn,
) -> Value {
    Value::Obj(Object::new(
        &types().property,
        Payload::Property {
            fget: Value::Obj(Object::new(
                &types().builtin_function,
                Payload::Builtin(crate::objects::function::BuiltinFn {
                    name,
                    func: fget,
                    kind: BuiltinKind::Function,
                    owner: None,
                    sig: None,
                }),
            )),
            fset: Value::None,
            fdel: Value::None,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin(vm: &Vm, name: &str) -> Value {
        match &vm.builtins.payload {
            Payload::Dict(d) => d.borrow().get_str(name).cloned().unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    #[test]
    fn builtins_are_registered_and_callable() {
        let mut vm = Vm::new();
        let len = builtin(&vm, "len");
        let l = vm.new_list(vec![Value::Int(1), Value::Int(2)]);
        assert!(matches!(
            vm.call(&len, std::slice::from_ref(&l), &[]),
            Ok(Value::Int(2))
        ));
        let repr = vm.repr_string(&l).unwrap_or_default();
        assert_eq!(repr, "[1, 2]");
        let int = builtin(&vm, "int");
        let five = vm.call(&int, &[Value::str("5")], &[]);
        assert!(matches!(five, Ok(Value::Int(5))));
    }

    #[test]
    fn classes_from_type_call() {
        let mut vm = Vm::new();
        let type_ = builtin(&vm, "type");
        let ns = vm.new_dict();
        let bases = vm.new_tuple(vec![]);
        let cls = vm
            .call(&type_, &[Value::str("C"), bases, ns], &[])
            .unwrap_or(Value::None);
        let obj = vm.call(&cls, &[], &[]).unwrap_or(Value::None);
        assert!(vm.setattr(&obj, "x", Value::Int(3)).is_ok());
        assert!(matches!(vm.getattr_str(&obj, "x"), Ok(Value::Int(3))));
        let e = vm.getattr_str(&obj, "y").err().map(|e| e.type_name());
        assert_eq!(e.as_deref(), Some("AttributeError"));
    }

    #[test]
    fn deep_nesting_repr_raises_recursion_error() {
        // The VM runs on a thread with a large stack (as `pyvm` does).
        let r = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(|| {
                let mut vm = Vm::new();
                let mut v = vm.new_list(vec![]);
                for _ in 0..100_000 {
                    v = vm.new_list(vec![v]);
                }
                vm.repr_string(&v).err().map(|e| e.type_name())
            })
            .map(|h| h.join());
        assert!(matches!(r, Ok(Ok(Some(ref n))) if n == "RecursionError"));
    }
}
