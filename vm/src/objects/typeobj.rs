//! `type`: class objects, their MRO and attribute lookup along it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::object::{Obj, Payload};
use crate::objects::dict::Dict;
use crate::value::Value;

/// Which built-in layout instances of a type use (inherited by subclasses): it decides how
/// `type.__call__` builds an instance and which built-in behaviour applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BoundMethod,
    Builtin,
    Module,
    Cell,
    Code,
    Generator,
    Iter,
    Exception,
    Property,
    ClassMethod,
    StaticMethod,
    NotImplemented,
    Ellipsis,
    Super,
}

/// A class's assigned `(__name__, __qualname__)`, when they differ from the created ones.
pub type Renamed = (Option<Rc<str>>, Option<Rc<str>>);

/// The data of a class object.
#[derive(Debug)]
pub struct TypeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    /// The direct bases; a cell because `C.__bases__ = (...)` replaces them.
    pub bases: RefCell<Vec<Obj>>,
    /// The method resolution order *without* the type itself (an `Rc` cannot point to itself);
    /// recomputed when the bases of the class or of one of its ancestors are assigned.
    pub mro: RefCell<Vec<Obj>>,
    pub dict: RefCell<Dict>,
    pub kind: Kind,
    /// Defined by a `class` statement (attributes may be set, repr says "class").
    pub heap: bool,
    /// Instances get a `__dict__`.
    pub instance_dict: bool,
    /// Whether the type may be subclassed.
    pub base_ok: bool,
    /// Bumped whenever the type's namespace changes (for attribute caches).
    pub version: Cell<u32>,
    /// The classes deriving directly from this one (`__subclasses__()`), weakly: a subclass
    /// list must not keep classes alive.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::Object>>>,
    /// `__name__`/`__qualname__` assigned after creation (`C.__name__ = "D"`). The fields
    /// above stay as created (they are shared `Rc<str>`s read everywhere); the class's own
    /// `__name__`/`__qualname__` attributes and its repr consult these first.
    pub renamed: RefCell<Renamed>,
    /// The `__slots__` storage of instances, inherited slots first: a member descriptor's index
    /// points into this order, and two classes are layout-compatible (for `__class__`
    /// assignment) only if these agree name by name.
    pub slot_names: Vec<Rc<str>>,
    /// The class or a base defines `__del__`: its instances are finalized when they die
    /// (checked by `Object::drop`, so kept as a flag rather than looked up).
    pub has_del: Cell<bool>,
    /// Instances of this class may be weakly referenced (a `class` statement's class, unless
    /// its `__slots__` and those of its bases leave out `__weakref__`).
    pub weakrefable: bool,
}

impl TypeObject {
    /// A built-in type deriving from `base`.
    pub(crate) fn builtin(name: &str, base: Option<&Obj>, kind: Kind, base_ok: bool) -> Self {
        let mut mro = Vec::new();
        if let Some(b) = base {
            mro.push(b.clone());
            if let Some(t) = b.as_type() {
                mro.extend(t.mro().iter().cloned());
            }
        }
        TypeObject {
            name: name.into(),
            qualname: name.into(),
            module: "builtins".into(),
            bases: RefCell::new(base.into_iter().cloned().collect()),
            mro: RefCell::new(mro),
            dict: RefCell::new(Dict::new()),
            kind,
            heap: false,
            instance_dict: false,
            base_ok,
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            renamed: RefCell::new((None, None)),
            slot_names: Vec::new(),
            has_del: Cell::new(false),
            weakrefable: false,
        }
    }

    /// The MRO without the type itself (borrowed: do not run Python code while holding it).
    #[inline]
    pub fn mro(&self) -> std::cell::Ref<'_, Vec<Obj>> {
        self.mro.borrow()
    }

    /// The direct bases (borrowed: do not run Python code while holding it).
    #[inline]
    pub fn bases(&self) -> std::cell::Ref<'_, Vec<Obj>> {
        self.bases.borrow()
    }

    /// The first base (`__base__`), if any.
    pub fn first_base(&self) -> Option<Obj> {
        self.bases.borrow().first().cloned()
    }

    /// The current `__name__` (after any assignment).
    pub fn current_name(&self) -> Rc<str> {
        self.renamed
            .borrow()
            .0
            .clone()
            .unwrap_or_else(|| self.name.clone())
    }

    /// The current `__qualname__` (after any assignment).
    pub fn current_qualname(&self) -> Rc<str> {
        self.renamed
            .borrow()
            .1
            .clone()
            .unwrap_or_else(|| self.qualname.clone())
    }

    /// Looks `name` up in this type's own namespace only.
    pub fn own_lookup(&self, name: &str) -> Option<Value> {
        self.dict.borrow().get_str(name).cloned()
    }

    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for b in self.bases().iter() {
            f(&Value::Obj(b.clone()));
        }
        for e in self.dict.borrow().iter() {
            f(&e.key);
            f(&e.value);
        }
    }
}

/// Records `cls` in the `__subclasses__()` list of each of its bases.
pub(crate) fn register_subclass(cls: &Obj) {
    let Some(t) = cls.as_type() else { return };
    for b in t.bases().iter() {
        if let Some(bt) = b.as_type() {
            let mut subs = bt.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(cls));
        }
    }
}

/// The live direct subclasses of `cls`, oldest first.
pub(crate) fn subclasses_of(cls: &Obj) -> Vec<Obj> {
    cls.as_type()
        .map(|t| {
            t.subclasses
                .borrow()
                .iter()
                .filter_map(std::rc::Weak::upgrade)
                .collect()
        })
        .unwrap_or_default()
}

/// Looks `name` up along the MRO of class `cls` (itself first).
pub fn lookup(cls: &Obj, name: &str) -> Option<Value> {
    let t = cls.as_type()?;
    // Hash once for the whole MRO walk (SipHash dominates a miss in a short dict).
    let h = crate::objects::str::str_hash(name);
    if let Some(v) = t.dict.borrow().get_str_hashed(name, h) {
        return Some(v.clone());
    }
    let mro = t.mro();
    mro.iter().find_map(|c| {
        c.as_type()
            .and_then(|t| t.dict.borrow().get_str_hashed(name, h).cloned())
    })
}

/// As [`lookup`] with a str value key whose hash is cached.
pub fn lookup_value(cls: &Obj, name: &Value, hash: i64) -> Option<Value> {
    let t = cls.as_type()?;
    if let Some(v) = t.dict.borrow().get_fast(name, hash) {
        return Some(v.clone());
    }
    let mro = t.mro();
    mro.iter().find_map(|c| {
        c.as_type()
            .and_then(|t| t.dict.borrow().get_fast(name, hash).cloned())
    })
}

/// Whether `cls` is `base` or derives from it.
pub fn is_subtype(cls: &Obj, base: &Obj) -> bool {
    if Rc::ptr_eq(cls, base) {
        return true;
    }
    cls.as_type()
        .is_some_and(|t| t.mro().iter().any(|c| Rc::ptr_eq(c, base)))
}

/// C3 linearisation of `bases` (the MRO of a new class, without the class itself).
pub fn c3_mro(bases: &[Obj]) -> Option<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            if let Some(t) = b.as_type() {
                v.extend(t.mro().iter().cloned());
            }
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Obj> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = s.first()?;
            let in_tail = seqs
                .iter()
                .any(|t| t.iter().skip(1).any(|x| Rc::ptr_eq(x, head)));
            (!in_tail).then(|| head.clone())
        })?;
        for s in &mut seqs {
            if s.first().is_some_and(|h| Rc::ptr_eq(h, &candidate)) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

/// The type data of a class value, if it is a class.
pub fn as_type(v: &Value) -> Option<(&Obj, &TypeObject)> {
    match v {
        Value::Obj(o) => match &o.payload {
            Payload::Type(t) => Some((o, t)),
            _ => None,
        },
        _ => None,
    }
}
