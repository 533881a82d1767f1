//! Heap objects: one `Rc<Object>` per Python object.
//!
//! The payload decides the storage (what the built-in base type keeps), the class decides the
//! behaviour; a user subclass of `list` is an `Object` whose class is the subclass and whose
//! payload is a `List`. Identity is the `Rc` pointer.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::objects::dict::Dict;
use crate::objects::exception::ExcState;
use crate::objects::function::{BuiltinFn, CodeData, Function};
use crate::objects::generator::GenState;
use crate::objects::iter::IterState;
use crate::objects::range::Range;
use crate::objects::set::Set;
use crate::objects::str::PyStr;
use crate::objects::typeobj::TypeObject;
use crate::types::types;
use crate::value::Value;

/// A reference to a heap object.
pub type Obj = Rc<Object>;

/// A Python heap object.
#[derive(Debug)]
pub struct Object {
    /// The class; `None` stands for `type` itself (the metatype cannot hold an `Rc` to itself).
    pub(crate) class: Option<Obj>,
    /// The instance `__dict__`, created on first use for classes whose instances have one.
    pub(crate) dict: OnceCell<Obj>,
    /// Rarely used state (slot values, an assigned class), boxed so that it costs ordinary
    /// objects one word.
    ext: OnceCell<Box<ObjExt>>,
    pub(crate) payload: Payload,
    /// [`HAS_WEAKREFS`] and [`FINALIZED`]: what `Drop` must do besides freeing.
    pub(crate) flags: Cell<u8>,
}

/// Weak references to this object exist (listed in `objects::weakref`'s table by address).
pub(crate) const HAS_WEAKREFS: u8 = 1;
/// `__del__` already ran for this object (PEP 442: a finalizer runs once).
pub(crate) const FINALIZED: u8 = 2;

/// The [`Object`] state few objects need.
#[derive(Debug, Default)]
struct ObjExt {
    /// `__slots__` values, indexed by the member descriptors' `index`, grown on the first store
    /// (an unset slot is `Value::Unbound`).
    slots: RefCell<Vec<Value>>,
    /// The class assigned by `obj.__class__ = C`. `class()` hands out `&Obj` borrowed from the
    /// object, so an assigned class is leaked into a `'static` box rather than stored in a
    /// cell that could be overwritten while such a borrow is alive (assignments are rare).
    class: Cell<Option<&'static Obj>>,
}

/// What a built-in type stores in its instances.
#[derive(Debug)]
pub enum Payload {
    /// `object()` and instances of user classes without a built-in base.
    Instance,
    /// An `int` outside `i64`, or an instance of an `int` subclass.
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    /// `bytearray` (and subclasses): mutable bytes.
    ByteArray(RefCell<Vec<u8>>),
    /// `memoryview`: a view of a bytes-like exporter.
    MemoryView(Box<crate::objects::memoryview::MemView>),
    /// `dict.keys()` / `values()` / `items()`: a live view of `dict`.
    DictView {
        dict: Obj,
        kind: crate::objects::iter::DictView,
    },
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(RefCell<Dict>),
    Set(RefCell<Set>),
    FrozenSet(Set),
    Range(Range),
    Slice(Box<[Value; 3]>),
    Function(Box<Function>),
    BoundMethod {
        func: Value,
        receiver: Value,
    },
    Builtin(BuiltinFn),
    Type(Box<TypeObject>),
    Module {
        name: Rc<str>,
        dict: Obj,
    },
    Cell(RefCell<Value>),
    Code(Rc<CodeData>),
    Generator(Box<RefCell<GenState>>),
    Iter(Box<RefCell<IterState>>),
    Exception(Box<RefCell<ExcState>>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    /// A `__slots__` member descriptor: the slot's value lives in the instance's slot storage.
    Member(Rc<crate::class::MemberDef>),
    /// `super(type, obj)`.
    Super {
        this: Obj,
        obj: Value,
    },
    /// A traceback object (`exc.__traceback__`): the entries from this frame inwards.
    Traceback(Rc<[crate::objects::exception::TbEntry]>),
    /// A `weakref.ref` / proxy (and subclasses).
    WeakRef(crate::objects::weakref::WeakRefData),
    NotImplemented,
    Ellipsis,
}

impl Object {
    /// A new object of class `class`.
    pub fn new(class: &Obj, payload: Payload) -> Obj {
        Rc::new(Object {
            class: Some(class.clone()),
            dict: OnceCell::new(),
            ext: OnceCell::new(),
            payload,
            flags: Cell::new(0),
        })
    }

    /// A new object whose class is the metatype `type` (a type object).
    pub(crate) fn new_type_object(t: TypeObject) -> Obj {
        Rc::new(Object {
            class: None,
            dict: OnceCell::new(),
            ext: OnceCell::new(),
            payload: Payload::Type(Box::new(t)),
            flags: Cell::new(0),
        })
    }

    /// A new exact `str`.
    pub fn new_str(s: PyStr) -> Obj {
        Object::new(&types().str, Payload::Str(s))
    }

    /// The class object.
    #[inline]
    pub fn class(&self) -> &Obj {
        if let Some(c) = self.ext.get().and_then(|e| e.class.get()) {
            return c;
        }
        match &self.class {
            Some(c) => c,
            None => &types().type_,
        }
    }

    /// `obj.__class__ = cls` (the caller has checked that the layouts agree).
    pub(crate) fn set_class(&self, cls: Obj) {
        let leaked: &'static Obj = Box::leak(Box::new(cls));
        self.ext_or_create().class.set(Some(leaked));
    }

    fn ext_or_create(&self) -> &ObjExt {
        self.ext.get_or_init(Box::default)
    }

    /// The value of slot `index`, if set.
    pub(crate) fn slot_get(&self, index: usize) -> Option<Value> {
        let slots = self.ext.get()?.slots.borrow();
        slots.get(index).filter(|v| !v.is_unbound()).cloned()
    }

    /// Stores slot `index` (`None` clears it); returns the previous value, if it was set.
    pub(crate) fn slot_set(&self, index: usize, value: Option<Value>) -> Option<Value> {
        let old = {
            let mut slots = self.ext_or_create().slots.borrow_mut();
            if slots.len() <= index {
                value.as_ref()?;
                slots.resize(index + 1, Value::Unbound);
            }
            let slot = slots.get_mut(index)?;
            std::mem::replace(slot, value.unwrap_or(Value::Unbound))
        };
        // The old value drops here, outside the borrow (its `__del__` may touch the object).
        (!old.is_unbound()).then_some(old)
    }

    /// The payload.
    #[inline]
    pub fn payload(&self) -> &Payload {
        &self.payload
    }

    /// The type data, if this object is a type.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeObject> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The instance dict, if one was created.
    pub fn instance_dict(&self) -> Option<&Obj> {
        self.dict.get()
    }

    /// The instance dict, created if the class allows one.
    pub(crate) fn instance_dict_or_create(&self) -> Option<&Obj> {
        if let Some(d) = self.dict.get() {
            return Some(d);
        }
        let allowed = self.class().as_type().is_some_and(|t| t.instance_dict)
            || matches!(self.payload, Payload::Function(_));
        if !allowed {
            return None;
        }
        Some(
            self.dict.get_or_init(|| {
                Object::new(&types().dict, Payload::Dict(RefCell::new(Dict::new())))
            }),
        )
    }

    /// The instance dict, created even when the class has none: used for state that CPython
    /// keeps in a hidden slot (such as a `property`'s explicit `doc`).
    pub(crate) fn hidden_dict(&self) -> &Obj {
        self.dict
            .get_or_init(|| Object::new(&types().dict, Payload::Dict(RefCell::new(Dict::new()))))
    }

    /// Calls `f` on every value this object references (for a future cycle collector).
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Some(d) = self.dict.get() {
            f(&Value::Obj(d.clone()));
        }
        if let Some(e) = self.ext.get() {
            e.slots
                .borrow()
                .iter()
                .filter(|v| !v.is_unbound())
                .for_each(&mut *f);
        }
        match &self.payload {
            Payload::Tuple(items) => items.iter().for_each(&mut *f),
            Payload::List(items) => items.borrow().iter().for_each(&mut *f),
            Payload::Dict(d) => {
                for e in d.borrow().iter() {
                    f(&e.key);
                    f(&e.value);
                }
            }
            Payload::Set(s) => s.borrow().iter().for_each(&mut *f),
            Payload::FrozenSet(s) => s.iter().for_each(&mut *f),
            Payload::Slice(parts) => parts.iter().for_each(&mut *f),
            Payload::MemoryView(m) => f(&m.obj),
            Payload::Function(func) => func.traverse(f),
            Payload::BoundMethod { func, receiver } => {
                f(func);
                f(receiver);
            }
            Payload::Cell(c) => f(&c.borrow()),
            Payload::Generator(g) => g.borrow().traverse(f),
            Payload::Iter(it) => it.borrow().traverse(f),
            Payload::Exception(e) => e.borrow().traverse(f),
            Payload::Property { fget, fset, fdel } => {
                f(fget);
                f(fset);
                f(fdel);
            }
            Payload::ClassMethod(v) | Payload::StaticMethod(v) => f(v),
            Payload::Super { this, obj } => {
                f(&Value::Obj(this.clone()));
                f(obj);
            }
            Payload::Module { dict, .. } => f(&Value::Obj(dict.clone())),
            Payload::DictView { dict, .. } => f(&Value::Obj(dict.clone())),
            Payload::Type(t) => t.traverse(f),
            Payload::WeakRef(w) => f(&w.callback.borrow()),
            _ => {}
        }
    }
}

thread_local! {
    /// Nesting of `Object::drop` calls on this thread.
    static DROP_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Children whose release was deferred because the drop nesting was too deep.
    static DROP_PENDING: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Past this nesting, children of a dying container are queued instead of dropped in place, so
/// freeing a 100,000-deep nested list does not overflow the Rust stack (CPython's "trashcan").
const DROP_DEPTH_LIMIT: usize = 200;

/// Python code that must run because an object died. `Drop` cannot run Python (it has no VM
/// and may happen anywhere), so it queues the work; the eval loop drains the queue, oldest
/// first, at its next safe point (right after the instruction that released the reference).
pub(crate) enum Pending {
    /// A generator that died suspended inside `try`/`with` (close it so its `finally` clauses
    /// run), or a coroutine that was never awaited (warn).
    CloseGenerator(Obj),
    /// An instance whose class defines `__del__`, revived (same class, dict, slots and payload
    /// in a new allocation) so `__del__` can see it; dropping it afterwards frees it for good.
    Del(Obj),
    /// A weak reference's callback and the (now dead) weak reference it is called with.
    Callback(Value, Obj),
}

thread_local! {
    /// The queue of [`Pending`] finalization work.
    pub(crate) static FINALIZE: RefCell<std::collections::VecDeque<Pending>> =
        const { RefCell::new(std::collections::VecDeque::new()) };
}

/// Queues finalization work and raises [`FINALIZE_PENDING`].
pub(crate) fn push_pending(p: Pending) {
    FINALIZE.with(|f| {
        if let Ok(mut f) = f.try_borrow_mut() {
            f.push_back(p);
            FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
        }
    });
}

/// The oldest queued finalization work.
pub(crate) fn pop_pending() -> Option<Pending> {
    FINALIZE.with(|f| f.try_borrow_mut().ok().and_then(|mut f| f.pop_front()))
}

/// Set when [`FINALIZE`] may be non-empty: the eval loop checks this plain flag instead of the
/// thread-local on its hot paths.
pub(crate) static FINALIZE_PENDING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

impl Object {
    /// Whether dying must run `__del__` first: the class (a `class` statement's) defines it and
    /// it has not run yet for this object.
    #[inline]
    fn wants_del(&self) -> bool {
        self.flags.get() & FINALIZED == 0 && self.class().as_type().is_some_and(|t| t.has_del.get())
    }

    /// Moves this dying object's contents into a new allocation queued for `__del__`. Weak
    /// references follow it, so they still resolve while `__del__` runs (as in CPython, where
    /// they are cleared only after the finalizer).
    fn revive_for_del(&mut self) {
        let payload = std::mem::replace(&mut self.payload, Payload::Instance);
        let dict = std::mem::take(&mut self.dict);
        let ext = std::mem::take(&mut self.ext);
        let flags = self.flags.get();
        let revived = Rc::new(Object {
            class: self.class.clone(),
            dict,
            ext,
            payload,
            flags: Cell::new(flags | FINALIZED),
        });
        if flags & HAS_WEAKREFS != 0 {
            self.flags.set(flags & !HAS_WEAKREFS);
            crate::objects::weakref::move_referent(self as *const Object as usize, &revived);
        }
        push_pending(Pending::Del(revived));
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        if self.wants_del() {
            self.revive_for_del();
            return;
        }
        if self.flags.get() & HAS_WEAKREFS != 0 {
            crate::objects::weakref::referent_died(self as *const Object as usize);
        }
        if let Payload::Generator(g) = &mut self.payload {
            let st = g.get_mut();
            let pending_finally = st.status == crate::objects::generator::GenStatus::Suspended
                && !st.code.code.exception_table.is_empty();
            // A coroutine that never started gets CPython's "was never awaited" warning.
            let unawaited = st.status == crate::objects::generator::GenStatus::Created
                && st.code.code.flags & pyvm_compiler::code::flags::COROUTINE != 0;
            // An async generator the event loop saw first: its finalizer hook closes it.
            let hooked = st.status != crate::objects::generator::GenStatus::Finished
                && st
                    .finalizer
                    .as_ref()
                    .is_some_and(|f| !matches!(f, Value::None | Value::Unbound));
            // Finalizers run once (PEP 442): one whose hook already ran is left alone.
            let finalized = matches!(st.finalizer, Some(Value::Unbound));
            if (pending_finally || unawaited || hooked) && !finalized {
                let dummy = crate::objects::generator::GenState {
                    code: st.code.clone(),
                    func: None,
                    globals: st.globals.clone(),
                    ip: 0,
                    regs: Box::new([]),
                    status: crate::objects::generator::GenStatus::Finished,
                    handled: Value::None,
                    name: Value::None,
                    qualname: Value::None,
                    finalizer: None,
                };
                let state = std::mem::replace(st, dummy);
                let class = self.class.clone();
                let revived = Rc::new(Object {
                    class,
                    dict: OnceCell::new(),
                    ext: OnceCell::new(),
                    payload: Payload::Generator(Box::new(RefCell::new(state))),
                    flags: Cell::new(0),
                });
                push_pending(Pending::CloseGenerator(revived));
            }
            return;
        }
        // Lists and tuples release their items last to first, as CPython's deallocators do
        // (visible through `__del__` order).
        let mut children: Vec<Value> = match &mut self.payload {
            Payload::Tuple(items) => {
                let mut v = std::mem::take(items).into_vec();
                v.reverse();
                v
            }
            Payload::List(items) => {
                let mut v = std::mem::take(items.get_mut());
                v.reverse();
                v
            }
            Payload::Dict(d) => {
                let d = std::mem::take(d.get_mut());
                d.iter()
                    .flat_map(|e| [e.key.clone(), e.value.clone()])
                    .collect()
            }
            _ => Vec::new(),
        };
        // Slot values go through the same queue: a linked list of slotted nodes is as deep
        // as a nested list.
        if let Some(e) = self.ext.get_mut() {
            children.append(e.slots.get_mut());
        }
        if children.is_empty() {
            return;
        }
        let depth = DROP_DEPTH.with(|d| d.get());
        if depth >= DROP_DEPTH_LIMIT {
            DROP_PENDING.with(|p| {
                if let Ok(mut p) = p.try_borrow_mut() {
                    p.extend(children);
                }
            });
            return;
        }
        DROP_DEPTH.with(|d| d.set(depth + 1));
        drop(children);
        if depth == 0 {
            loop {
                let batch =
                    DROP_PENDING.with(|p| p.try_borrow_mut().map(|mut p| std::mem::take(&mut *p)));
                match batch {
                    Ok(b) if !b.is_empty() => drop(b),
                    _ => break,
                }
            }
        }
        DROP_DEPTH.with(|d| d.set(depth));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn instance() -> Obj {
        Object::new(&types().object, Payload::Instance)
    }

    #[test]
    fn slots_start_empty_and_grow_on_store() {
        let o = instance();
        assert!(o.slot_get(3).is_none());
        // Clearing an unset slot stores nothing.
        assert!(o.slot_set(3, None).is_none());
        assert!(o.slot_set(2, Some(Value::Int(7))).is_none());
        assert!(matches!(o.slot_get(2), Some(Value::Int(7))));
        assert!(o.slot_get(0).is_none());
        assert!(matches!(o.slot_set(2, None), Some(Value::Int(7))));
        assert!(o.slot_get(2).is_none());
    }

    #[test]
    fn assigned_class_replaces_the_original() {
        let o = instance();
        assert!(Rc::ptr_eq(o.class(), &types().object));
        o.set_class(types().int.clone());
        assert!(Rc::ptr_eq(o.class(), &types().int));
    }

    #[test]
    fn a_long_chain_of_slotted_objects_drops_without_overflow() {
        let mut head = instance();
        for _ in 0..200_000 {
            let next = instance();
            next.slot_set(0, Some(Value::Obj(head)));
            head = next;
        }
        drop(head);
    }
}
