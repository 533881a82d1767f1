//! Weak references: `weakref.ref` (and the proxies `lib/weakref.py` builds on it).
//!
//! A weak reference holds a `std::rc::Weak` to its referent, so `ref()` gives `None` as soon as
//! the last strong reference goes. Callbacks need more: when the referent dies, its weak
//! references must be found and their callbacks queued. Objects carry no weak-reference list
//! (it would grow every object for the few that are weakly referenced); instead a per-thread
//! table maps the referent's address to its weak references, and the referent's
//! [`HAS_WEAKREFS`] flag tells `Object::drop` to look there. The list keeps CPython's order
//! (the shared callback-less `ref` first, then the shared proxy, then the others newest
//! first), which is the order callbacks run in and `getweakrefs` reports.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::error::{type_error, PyErr, PyResult};
use crate::object::{push_pending, Obj, Object, Payload, Pending, HAS_WEAKREFS};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// The state of one weak reference.
#[derive(Debug)]
pub struct WeakRefData {
    /// The referent; dead once it has been freed (or cleared by the cycle collector).
    pub(crate) target: RefCell<Weak<Object>>,
    /// Called with the weak reference when the referent dies (then dropped: `None`).
    pub(crate) callback: RefCell<Value>,
    /// `hash(referent)`, remembered so the hash survives the referent.
    hash: Cell<Option<i64>>,
}

impl WeakRefData {
    /// The referent, if it is still alive.
    pub(crate) fn get(&self) -> Option<Obj> {
        self.target.borrow().upgrade()
    }
}

/// `ReferenceType`, then `ProxyType` and `CallableProxyType` once `lib/weakref.py` registers them.
type RefTypes = (Obj, Option<Obj>, Option<Obj>);

thread_local! {
    /// Referent address -> its weak references (weakly: a weak reference may die first).
    static WEAKLISTS: RefCell<HashMap<usize, Vec<Weak<Object>>>> = RefCell::new(HashMap::new());
    /// `ReferenceType` and the two proxy classes (registered by `lib/weakref.py`).
    static TYPES: RefCell<Option<RefTypes>> = const { RefCell::new(None) };
}

/// `weakref.ReferenceType` of this thread.
pub(crate) fn ref_type() -> Obj {
    TYPES.with(|t| {
        let mut t = t.borrow_mut();
        if let Some((r, _, _)) = &*t {
            return r.clone();
        }
        let mut ty =
            TypeObject::builtin("ReferenceType", Some(&types().object), Kind::Object, true);
        ty.module = "weakref".into();
        // "heap": the VM finds `__call__`, `__hash__`, `__eq__`, `__repr__` in the namespace
        // of heap types, and `lib/weakref.py` adds Python-level attributes to it.
        ty.heap = true;
        // No `__dict__`/`__weakref__` of its own (the VM derives those of heap types from
        // `__slots__`), so subclasses may list `__weakref__`, as `WeakMethod` does.
        ty.dict.borrow_mut().set_str(
            "__slots__",
            Value::Obj(Object::new(&types().tuple, Payload::Tuple(Box::new([])))),
        );
        let cls = Object::new_type_object(ty);
        add_methods(
            &cls,
            &[
                ("__call__", wr_call),
                ("__hash__", wr_hash),
                ("__eq__", wr_eq),
                ("__ne__", wr_ne),
                ("__repr__", wr_repr),
                ("__init__", wr_init),
            ],
            BuiltinKind::Method,
        );
        add_methods(&cls, &[("__new__", wr_new)], BuiltinKind::Function);
        *t = Some((cls.clone(), None, None));
        cls
    })
}

/// Whether `cls` is one of the registered proxy classes.
fn is_proxy_class(cls: &Obj) -> bool {
    TYPES.with(|t| {
        t.borrow().as_ref().is_some_and(|(_, p, c)| {
            p.as_ref().is_some_and(|p| Rc::ptr_eq(p, cls))
                || c.as_ref().is_some_and(|c| Rc::ptr_eq(c, cls))
        })
    })
}

/// Whether `o` may be weakly referenced (CPython: its type has a weak-list slot).
pub(crate) fn weakrefable(o: &Obj) -> bool {
    let heap_ok = || o.class().as_type().is_some_and(|t| t.heap && t.weakrefable);
    match &o.payload {
        Payload::Function(_)
        | Payload::Type(_)
        | Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Module { .. }
        | Payload::Builtin(_)
        | Payload::BoundMethod { .. } => true,
        // Variable-size objects have no room for a weak list, even in subclasses.
        Payload::Int(_) | Payload::Tuple(_) | Payload::Bytes(_) => false,
        _ => heap_ok(),
    }
}

/// The live weak references to the object at `addr`, in list order.
fn refs_of(addr: usize) -> Vec<Obj> {
    WEAKLISTS.with(|w| {
        w.borrow()
            .get(&addr)
            .map(|l| l.iter().filter_map(Weak::upgrade).collect())
            .unwrap_or_default()
    })
}

/// The live weak references to `o` (`weakref.getweakrefs`).
pub(crate) fn weakrefs_of(o: &Obj) -> Vec<Obj> {
    if o.flags.get() & HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    refs_of(Rc::as_ptr(o) as usize)
}

/// Called by `Object::drop` for a referent with weak references: clears them and queues their
/// callbacks (in list order, as CPython calls them).
pub(crate) fn referent_died(addr: usize) {
    let list = WEAKLISTS.with(|w| w.try_borrow_mut().ok().and_then(|mut w| w.remove(&addr)));
    for r in list.unwrap_or_default().iter().filter_map(Weak::upgrade) {
        clear_ref(&r, true);
    }
}

/// Kills one weak reference; queues its callback if `with_callback`.
pub(crate) fn clear_ref(r: &Obj, with_callback: bool) {
    if let Payload::WeakRef(d) = &r.payload {
        *d.target.borrow_mut() = Weak::new();
        let cb = std::mem::replace(&mut *d.callback.borrow_mut(), Value::None);
        if with_callback && !matches!(cb, Value::None) {
            push_pending(Pending::Callback(cb, r.clone()));
        }
    }
}

/// Clears every weak reference to `o` (the cycle collector, before it breaks `o`'s cycle);
/// returns the callbacks to call, with their weak references.
pub(crate) fn detach_all(o: &Obj) -> Vec<Obj> {
    if o.flags.get() & HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    o.flags.set(o.flags.get() & !HAS_WEAKREFS);
    let addr = Rc::as_ptr(o) as usize;
    let list = WEAKLISTS.with(|w| w.try_borrow_mut().ok().and_then(|mut w| w.remove(&addr)));
    list.unwrap_or_default()
        .iter()
        .filter_map(Weak::upgrade)
        .collect()
}

/// Re-points the weak references of a dying object at its revived copy (see
/// `Object::revive_for_del`).
pub(crate) fn move_referent(old: usize, new: &Obj) {
    let list = WEAKLISTS.with(|w| w.try_borrow_mut().ok().and_then(|mut w| w.remove(&old)));
    let Some(list) = list else { return };
    for r in list.iter().filter_map(Weak::upgrade) {
        if let Payload::WeakRef(d) = &r.payload {
            *d.target.borrow_mut() = Rc::downgrade(new);
        }
    }
    WEAKLISTS.with(|w| {
        if let Ok(mut w) = w.try_borrow_mut() {
            w.insert(Rc::as_ptr(new) as usize, list);
        }
    });
}

fn data(v: Option<&Value>) -> PyResult<&WeakRefData> {
    match v.and_then(Value::payload) {
        Some(Payload::WeakRef(d)) => Ok(d),
        _ => Err(type_error(
            "descriptor requires a 'weakref.ReferenceType' object",
        )),
    }
}

/// `ReferenceType.__new__(cls, obj, callback=None)`.
fn wr_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("ref() takes no keyword arguments"));
    }
    let n = args.len().saturating_sub(1);
    let (Some(Value::Obj(cls)), Some(target)) = (args.first(), args.get(1)) else {
        return Err(type_error(format!(
            "__new__ expected at least 1 argument, got {n}"
        )));
    };
    if n > 2 {
        return Err(type_error(format!(
            "__new__ expected at most 2 arguments, got {n}"
        )));
    }
    let callback = args.get(2).cloned().unwrap_or(Value::None);
    let o = match target {
        Value::Obj(o) if weakrefable(o) => o.clone(),
        _ => {
            return Err(type_error(format!(
                "cannot create weak reference to '{}' object",
                vm.type_name(target)
            )))
        }
    };
    let addr = Rc::as_ptr(&o) as usize;
    let rt = ref_type();
    let basic = Rc::ptr_eq(cls, &rt);
    let proxy = is_proxy_class(cls);
    let shared = matches!(callback, Value::None) && (basic || proxy);
    let existing = refs_of(addr);
    if shared {
        for r in &existing {
            if Rc::ptr_eq(r.class(), cls)
                && matches!(&r.payload, Payload::WeakRef(d) if matches!(*d.callback.borrow(), Value::None))
            {
                return Ok(Value::Obj(r.clone()));
            }
        }
    }
    let r = Object::new(
        cls,
        Payload::WeakRef(WeakRefData {
            target: RefCell::new(Rc::downgrade(&o)),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
        }),
    );
    // CPython's list order: the shared ref first, the shared proxy after it, every other
    // reference right after those two (so newer ones come first).
    let is_shared_kind = |x: &Obj| {
        matches!(&x.payload, Payload::WeakRef(d) if matches!(*d.callback.borrow(), Value::None))
            && (Rc::ptr_eq(x.class(), &rt) || is_proxy_class(x.class()))
    };
    let pos = if shared && basic {
        0
    } else {
        existing.iter().take_while(|x| is_shared_kind(x)).count()
    };
    let mut list: Vec<Weak<Object>> = existing.iter().map(Rc::downgrade).collect();
    list.insert(pos.min(list.len()), Rc::downgrade(&r));
    WEAKLISTS.with(|w| {
        if let Ok(mut w) = w.try_borrow_mut() {
            w.insert(addr, list);
        }
    });
    o.flags.set(o.flags.get() | HAS_WEAKREFS);
    Ok(Value::Obj(r))
}

fn wr_init(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

/// `r()`: the referent or `None`.
fn wr_call(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let d = data(args.first())?;
    if !kw.is_empty() {
        return Err(type_error("weakref() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "weakref expected 0 arguments, got {}",
            args.len() - 1
        )));
    }
    Ok(d.get().map_or(Value::None, Value::Obj))
}

fn wr_hash(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = data(args.first())?;
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(o) = d.get() else {
        return Err(type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(o))?;
    d.hash.set(Some(h));
    Ok(Value::Int(h))
}

/// Two live references compare their referents; otherwise identity decides.
fn wr_compare(vm: &mut Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let a = data(args.first())?;
    let Some(Payload::WeakRef(b)) = args.get(1).and_then(Value::payload) else {
        return Ok(None);
    };
    match (a.get(), b.get()) {
        (Some(x), Some(y)) => Ok(Some(vm.eq(&Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Some(
            args.first().zip(args.get(1)).is_some_and(|(x, y)| x.is(y)),
        )),
    }
}

fn wr_eq(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match wr_compare(vm, args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn wr_ne(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match wr_compare(vm, args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn wr_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = data(args.first())?;
    let me = args.first().map_or(0, Value::id);
    let Some(o) = d.get() else {
        return Ok(Value::str(&format!("<weakref at {me:#x}; dead>")));
    };
    let ov = Value::Obj(o);
    let tname = vm.type_name(&ov);
    let name = match vm.getattr_str(&ov, "__name__") {
        Ok(n) => n.as_pystr().map(|s| s.to_rust().into_owned()),
        Err(_) => None,
    };
    let tail = name.map(|n| format!(" ({n})")).unwrap_or_default();
    Ok(Value::str(&format!(
        "<weakref at {me:#x}; to '{tname}' at {:#x}{tail}>",
        ov.id()
    )))
}

// ----- the `_weakref` module ------------------------------------------------------------------

/// `_weakref`: the native half of `lib/weakref.py`.
pub(crate) fn init_module(vm: &mut Vm) -> PyResult<Obj> {
    let m = crate::modules::new_module(
        vm,
        "_weakref",
        &[
            ("getweakrefcount", m_getweakrefcount),
            ("getweakrefs", m_getweakrefs),
            ("_callback", m_callback),
            ("_deref", m_deref),
            ("_set_proxy_types", m_set_proxy_types),
        ],
    );
    crate::modules::set_attr(&m, "ref", Value::Obj(ref_type()));
    crate::modules::set_attr(&m, "ReferenceType", Value::Obj(ref_type()));
    Ok(m)
}

fn m_getweakrefcount(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = match args.first() {
        Some(Value::Obj(o)) => weakrefs_of(o).len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn m_getweakrefs(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = match args.first() {
        Some(Value::Obj(o)) => weakrefs_of(o).into_iter().map(Value::Obj).collect(),
        _ => Vec::new(),
    };
    Ok(vm.new_list(v))
}

/// `_callback(r)`: `r.__callback__`.
fn m_callback(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(data(args.first())?.callback.borrow().clone())
}

/// `_deref(p)`: the referent of a proxy, or ReferenceError.
fn m_deref(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match data(args.first())?.get() {
        Some(o) => Ok(Value::Obj(o)),
        None => Err(PyErr::new(
            &types().reference_error,
            "weakly-referenced object no longer exists",
        )),
    }
}

/// `_set_proxy_types(ProxyType, CallableProxyType)`: the classes whose callback-less
/// instances are shared, as CPython shares proxies.
fn m_set_proxy_types(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = args.first().and_then(Value::as_obj).cloned();
    let c = args.get(1).and_then(Value::as_obj).cloned();
    let r = ref_type();
    TYPES.with(|t| *t.borrow_mut() = Some((r, p, c)));
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn which_objects_take_weak_references() {
        let t = types();
        let tuple = Object::new(&t.tuple, Payload::Tuple(Box::new([])));
        assert!(!weakrefable(&tuple));
        let plain = Object::new(&t.object, Payload::Instance);
        assert!(!weakrefable(&plain), "object() has no weak-list slot");
        let set = Object::new(&t.set, Payload::Set(RefCell::new(Default::default())));
        assert!(weakrefable(&set));
    }

    #[test]
    fn a_reference_dies_with_its_referent() {
        let t = types();
        let set = Object::new(&t.set, Payload::Set(RefCell::new(Default::default())));
        let data = WeakRefData {
            target: RefCell::new(Rc::downgrade(&set)),
            callback: RefCell::new(Value::None),
            hash: Cell::new(None),
        };
        assert!(data.get().is_some());
        drop(set);
        assert!(data.get().is_none());
    }
}
