//! Functions: Python functions (code + globals + defaults + closure), native built-ins, and the
//! VM-side view of a code object (its constants converted to values once).

use std::cell::RefCell;
use std::rc::Rc;

use pyvm_compiler::code::{CodeObject, Constant};

use crate::error::PyResult;
use crate::object::{Obj, Object, Payload};
use crate::objects::int::from_big;
use crate::objects::set::Set;
use crate::objects::str::PyStr;
use crate::types::types;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// A native function: receives the positional arguments (for methods, `self` first) and the
/// keyword arguments as `(name, value)` pairs.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

/// How a native callable binds when found on a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuiltinKind {
    /// A module-level function (`len`): never binds.
    Function,
    /// An instance method (`str.upper`): binds the instance.
    Method,
}

/// A native callable.
#[derive(Clone, Debug)]
pub struct BuiltinFn {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The type a method belongs to (for its repr).
    pub owner: Option<Rc<str>>,
    /// CPython's argument-count checks for this method, when known (see `native_sig`).
    pub sig: Option<&'static crate::objects::native_sig::NativeSig>,
}

/// A code object with its constants and names turned into values once, shared by every
/// function made from it.
#[derive(Debug)]
pub struct CodeData {
    pub code: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    /// Names as interned str values (their hashes are cached after first use).
    pub names: Box<[Value]>,
    /// The hash of each name.
    pub name_hashes: Box<[i64]>,
    /// Whether frames running this code are left out of tracebacks and stack listings: set
    /// (through `_stackinfo.c_implemented`) on the parts of pyvm's `lib/` that CPython
    /// implements in C, whose calls show no `File ...` entry there.
    pub hidden: std::cell::Cell<bool>,
    /// `LoadGlobal`'s inline cache, one slot per name (see [`GlobalCache`]).
    pub global_cache: RefCell<Box<[GlobalCache]>>,
}

/// Where a global name was last found, valid while the dicts are unchanged: dict versions are
/// unique across all dicts, so a matching version proves both identity and freshness. It keeps
/// an entry index, not the value, so a cached global never outlives its binding.
#[derive(Debug, Default, Clone)]
pub struct GlobalCache {
    /// The globals dict's version when cached; `0` = empty slot.
    pub globals_version: u64,
    /// Entry index in the dict the name was found in.
    pub index: u32,
    /// For names found in the builtins: that dict and its version then.
    pub builtins: Option<(Obj, u64)>,
}

impl CodeData {
    /// Converts a compiled code object (recursively for nested code constants).
    pub fn new(code: Rc<CodeObject>) -> Rc<CodeData> {
        let consts = code.constants.iter().map(constant_value).collect();
        let names: Box<[Value]> = code.names.iter().map(intern).collect();
        let name_hashes = names
            .iter()
            .map(|n| n.as_pystr().map_or(0, PyStr::hash))
            .collect();
        Rc::new(CodeData {
            code,
            consts,
            global_cache: RefCell::new(
                vec![GlobalCache::default(); names.len()].into_boxed_slice(),
            ),
            names,
            name_hashes,
            hidden: std::cell::Cell::new(false),
        })
    }

    /// Hides this code and every code object nested in it (closures, generators,
    /// comprehensions) from tracebacks; see [`CodeData::hidden`].
    pub fn hide(&self) {
        if self.hidden.replace(true) {
            return;
        }
        for c in self.consts.iter() {
            if let Some(Payload::Code(inner)) = c.payload() {
                inner.hide();
            }
        }
    }
}

thread_local! {
    /// Interned identifier strings: every code object names a global or attribute with the same
    /// `str` object, so dict lookups of names succeed on the identity check (no `memcmp`).
    static INTERNED: RefCell<std::collections::HashMap<Rc<str>, Value>> =
        RefCell::new(std::collections::HashMap::new());
}

/// The interned `str` value for an identifier.
pub fn intern(name: &Rc<str>) -> Value {
    INTERNED.with(|m| {
        let Ok(mut m) = m.try_borrow_mut() else {
            return Value::str(name);
        };
        m.entry(name.clone())
            .or_insert_with(|| Value::str(name))
            .clone()
    })
}

/// The value of a compile-time constant.
pub fn constant_value(c: &Constant) -> Value {
    let t = types();
    match c {
        Constant::None => Value::None,
        Constant::Ellipsis => Value::Obj(t.ellipsis.clone()),
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(digits) => {
            from_big(digits.parse::<num_bigint::BigInt>().unwrap_or_default())
        }
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => {
            Value::Obj(Object::new(&t.complex, Payload::Complex(*real, *imag)))
        }
        // Identifier-like constants are interned, as CPython does (`'abc' is 'abc'`).
        Constant::Str(s)
            if s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') =>
        {
            intern(s)
        }
        Constant::Str(s) => Value::str(s),
        Constant::StrCodePoints(cps) => Value::Obj(Object::new_str(PyStr::from_code_points(cps))),
        Constant::Bytes(b) => crate::objects::bytes::new_bytes(b.to_vec()),
        Constant::Tuple(items) => {
            crate::vm::tuple_value(items.iter().map(constant_value).collect())
        }
        Constant::FrozenSet(items) => {
            let mut s = Set::new();
            for it in items.iter() {
                let v = constant_value(it);
                if let Some(h) = crate::vm::hash_fast(&v) {
                    s.insert_fast(v, h);
                }
            }
            Value::Obj(Object::new(&t.frozenset, Payload::FrozenSet(s)))
        }
        Constant::Code(code) => Value::Obj(Object::new(
            &t.code,
            Payload::Code(CodeData::new(code.clone())),
        )),
    }
}

/// A Python function.
#[derive(Debug)]
pub struct Function {
    pub code: Rc<CodeData>,
    pub globals: Obj,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// Positional defaults (a tuple) or `None`.
    pub defaults: RefCell<Value>,
    /// Keyword-only defaults (a dict) or `None`.
    pub kwdefaults: RefCell<Value>,
    /// The closure cells.
    pub closure: RefCell<Rc<[Value]>>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// `__module__`: assignable (`functools.wraps` copies it), so not in the instance dict.
    pub module: RefCell<Value>,
    /// `__type_params__` of a generic function (`def f[T]()`); `None` reads as `()`.
    pub type_params: RefCell<Value>,
    /// The code object value this function was made from (`__code__` keeps its identity).
    pub code_obj: RefCell<Value>,
}

impl Function {
    /// A function for `code` running in `globals`.
    pub fn new(code: Rc<CodeData>, globals: Obj) -> Function {
        let name = Value::str(&code.code.name);
        let qualname = Value::str(&code.code.qualname);
        let module = match &globals.payload {
            Payload::Dict(d) => d
                .borrow()
                .get_str("__name__")
                .cloned()
                .unwrap_or(Value::None),
            _ => Value::None,
        };
        Function {
            code,
            globals,
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            defaults: RefCell::new(Value::None),
            kwdefaults: RefCell::new(Value::None),
            closure: RefCell::new(Rc::from(Vec::new())),
            annotations: RefCell::new(Value::None),
            doc: RefCell::new(Value::None),
            module: RefCell::new(module),
            type_params: RefCell::new(Value::None),
            code_obj: RefCell::new(Value::None),
        }
    }

    /// The docstring (`__doc__`), set by the compiler's convention (see vm-design §11).
    pub fn doc(&self) -> Value {
        self.doc.borrow().clone()
    }

    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&Value::Obj(self.globals.clone()));
        f(&self.defaults.borrow());
        f(&self.kwdefaults.borrow());
        self.closure.borrow().iter().for_each(&mut *f);
    }
}
