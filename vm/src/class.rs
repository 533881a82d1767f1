//! Classes: calling a type (`__new__` + `__init__`), `type(name, bases, ns)`, `__build_class__`,
//! metaclasses, `__set_name__`, `__init_subclass__`, `super`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::{type_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::typeobj::{c3_mro, is_subtype, lookup, Kind, TypeObject};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, type_of, KwArgs, Vm};

fn type_name(o: &Obj) -> String {
    o.as_type().map(|t| t.name.to_string()).unwrap_or_default()
}

impl Vm {
    /// `cls(*args, **kw)`.
    pub(crate) fn call_type(&mut self, cls: &Obj, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        let t = types();
        if Rc::ptr_eq(cls, &t.type_) && args.len() == 1 && kw.is_empty() {
            return Ok(Value::Obj(type_of(&args[0]).clone()));
        }
        let meta = cls.class().clone();
        if meta.as_type().is_some_and(|m| m.heap) {
            if let Some(c) = lookup(&meta, "__call__") {
                if !matches!(c.payload(), Some(Payload::Builtin(_))) {
                    let mut v = Vec::with_capacity(args.len() + 1);
                    v.push(Value::Obj(cls.clone()));
                    v.extend_from_slice(args);
                    return self.call(&c, &v, kw);
                }
            }
        }
        self.type_call_default(cls, args, kw)
    }

    /// `type.__call__`: `__new__`, then `__init__` when the result is an instance.
    pub(crate) fn type_call_default(
        &mut self,
        cls: &Obj,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<Value> {
        let clsv = Value::Obj(cls.clone());
        let Some(new) = lookup(cls, "__new__") else {
            return Err(type_error(format!(
                "cannot create '{}' instances",
                type_name(cls)
            )));
        };
        let new = match new.payload() {
            Some(Payload::StaticMethod(f)) => f.clone(),
            _ => new,
        };
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(clsv);
        v.extend_from_slice(args);
        let obj = self.call(&new, &v, kw)?;
        if !is_subtype(type_of(&obj), cls) {
            return Ok(obj);
        }
        if let Some(init) = lookup(type_of(&obj), "__init__") {
            let skip = matches!(init.payload(), Some(Payload::Builtin(b)) if b.name == "__init__" && b.owner.as_deref() == Some("object"));
            if !skip {
                if let Some(slot) = v.first_mut() {
                    *slot = obj.clone();
                }
                let r = self.call(&init, &v, kw)?;
                if !r.is(&Value::None) {
                    return Err(type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name_of(&r)
                    )));
                }
            } else if (!args.is_empty() || !kw.is_empty())
                && lookup(type_of(&obj), "__new__").is_some_and(|n| {
                    matches!(n.payload(), Some(Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
                })
            {
                return Err(type_error(format!("{}() takes no arguments", type_name(cls))));
            }
        }
        Ok(obj)
    }

    /// `type.__new__(meta, name, bases, ns, **kw)`: creates a class.
    pub fn new_class(
        &mut self,
        meta: &Obj,
        name: &str,
        bases: Vec<Obj>,
        ns: &Value,
        kw: &KwArgs,
    ) -> PyResult<Value> {
        let t = types();
        let bases = if bases.is_empty() {
            vec![t.object.clone()]
        } else {
            bases
        };
        for b in &bases {
            match b.as_type() {
                Some(bt) if !bt.base_ok => {
                    return Err(type_error(format!(
                        "type '{}' is not an acceptable base type",
                        bt.name
                    )))
                }
                Some(_) => {}
                None => {
                    return Err(type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ))
                }
            }
        }
        for (i, b) in bases.iter().enumerate() {
            if bases
                .get(..i)
                .unwrap_or(&[])
                .iter()
                .any(|e| Rc::ptr_eq(e, b))
            {
                return Err(type_error(format!("duplicate base class {}", type_name(b))));
            }
        }
        let Some(mro) = c3_mro(&bases) else {
            let names: Vec<String> = mro_conflict_heads(&bases).iter().map(type_name).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        // Two bases built on different layouts (`class C(int, str)`, two bases that both add
        // `__slots__`) cannot be combined (CPython's `best_base`).
        let best = best_base(&bases)?;
        // The layout comes from the first built-in base with a payload.
        let kind = mro
            .iter()
            .filter_map(|c| c.as_type())
            .map(|t| t.kind)
            .find(|k| *k != Kind::Object)
            .unwrap_or(Kind::Object);
        // Copy the namespace.
        let items: Vec<(Value, Value)> = match ns {
            Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => self.dict_items(o),
            _ => {
                let keys = self.call_method(ns, "keys", &[])?;
                let mut out = Vec::new();
                for k in self.collect_iter(&keys)? {
                    let v = self.getitem(ns, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        let mut dict = Dict::new();
        let mut qualname: Option<String> = None;
        let mut classcell = None;
        let mut slots: Option<Value> = None;
        for (k, v) in items {
            let ks = k
                .as_pystr()
                .map(|s| s.to_rust().into_owned())
                .unwrap_or_default();
            match ks.as_str() {
                "__qualname__" => {
                    match v.as_pystr() {
                        Some(s) => qualname = Some(s.to_rust().into_owned()),
                        None => {
                            return Err(type_error(format!(
                                "type __qualname__ must be a str, not {}",
                                type_name_of(&v)
                            )))
                        }
                    }
                    continue;
                }
                "__classcell__" => {
                    classcell = Some(v);
                    continue;
                }
                "__slots__" => slots = Some(v.clone()),
                _ => {}
            }
            let v = match (ks.as_str(), v.payload()) {
                ("__new__", Some(Payload::Function(_))) => {
                    Value::Obj(Object::new(&t.staticmethod, Payload::StaticMethod(v)))
                }
                ("__init_subclass__" | "__class_getitem__", Some(Payload::Function(_))) => {
                    Value::Obj(Object::new(&t.classmethod, Payload::ClassMethod(v)))
                }
                _ => v,
            };
            let h = self.hash(&k)?;
            dict.insert_fast(h, k, v);
        }
        if dict.get_str("__module__").is_none() {
            if let Some(m) = self.frames.last().and_then(|f| match &f.globals.payload {
                Payload::Dict(g) => g.borrow().get_str("__name__").cloned(),
                _ => None,
            }) {
                dict.set_str("__module__", m);
            }
        }
        let base_has_dict = mro
            .iter()
            .any(|c| c.as_type().is_some_and(|t| t.heap && t.instance_dict));
        let mut slot_names: Vec<Rc<str>> = best
            .as_type()
            .map(|b| b.slot_names.clone())
            .unwrap_or_default();
        let mut members: Vec<Rc<MemberDef>> = Vec::new();
        let base_weakrefable = mro
            .iter()
            .any(|c| c.as_type().is_some_and(|t| t.heap && t.weakrefable));
        let mut weakrefable = true;
        let has_del = dict.get_str("__del__").is_some()
            || mro
                .iter()
                .any(|c| c.as_type().is_some_and(|t| t.has_del.get()));
        let instance_dict = match &slots {
            None => true,
            Some(v) => {
                let spec = self.slot_spec(v, name, &mro, base_has_dict, &dict)?;
                weakrefable = spec.weakref || base_weakrefable;
                if !spec.names.is_empty()
                    && matches!(kind, Kind::Int | Kind::Bool | Kind::Bytes | Kind::Tuple)
                {
                    return Err(type_error(format!(
                        "nonempty __slots__ not supported for subtype of '{}'",
                        type_name(&best)
                    )));
                }
                for n in spec.names {
                    let index = slot_names.len();
                    slot_names.push(n.clone());
                    members.push(Rc::new(MemberDef {
                        name: n,
                        index,
                        owner_name: name.into(),
                        owner: RefCell::new(std::rc::Weak::new()),
                    }));
                }
                base_has_dict || spec.dict || kind == Kind::Exception
            }
        };
        // CPython adds the members in sorted order.
        members.sort_by(|a, b| a.name.cmp(&b.name));
        for m in &members {
            let member = Value::Obj(Object::new(
                &t.member_descriptor,
                Payload::Member(m.clone()),
            ));
            dict.set_str(&m.name, member);
        }
        // As CPython's type_new: a class without a docstring has `__doc__ = None` of its own
        // (class docstrings are not inherited), and one defining `__eq__` only is unhashable.
        if dict.get_str("__doc__").is_none() {
            dict.set_str("__doc__", Value::None);
        }
        if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
            dict.set_str("__hash__", Value::None);
        }
        let module = dict
            .get_str("__module__")
            .and_then(|m| m.as_pystr().map(|s| s.to_rust().into_owned()))
            .unwrap_or_else(|| "builtins".to_string());
        let base_ok = true;
        let tobj = TypeObject {
            name: name.into(),
            qualname: qualname.as_deref().unwrap_or(name).into(),
            module: module.into(),
            bases: RefCell::new(bases),
            mro: RefCell::new(mro),
            dict: RefCell::new(dict),
            kind,
            heap: true,
            instance_dict,
            base_ok,
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            renamed: RefCell::new((None, None)),
            slot_names,
            has_del: Cell::new(has_del),
            weakrefable,
        };
        let cls = Object::new(meta, Payload::Type(Box::new(tobj)));
        for m in &members {
            *m.owner.borrow_mut() = Rc::downgrade(&cls);
        }
        crate::objects::typeobj::register_subclass(&cls);
        let clsv = Value::Obj(cls.clone());
        if let Some(cell) = classcell {
            match cell.payload() {
                Some(Payload::Cell(c)) => *c.borrow_mut() = clsv.clone(),
                _ => {
                    return Err(type_error(format!(
                        "__classcell__ must be a nonlocal cell, not {}",
                        crate::vm::type_name_of(&cell)
                    )))
                }
            }
        }
        // __set_name__ on descriptors.
        let attrs: Vec<(Value, Value)> = cls
            .as_type()
            .map(|t| {
                t.dict
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        for (k, v) in attrs {
            if type_of(&v).as_type().is_some_and(|t| t.heap) {
                if let Some(sn) = lookup(type_of(&v), "__set_name__") {
                    if let Err(e) = self.call(&sn, &[v.clone(), clsv.clone(), k.clone()], &[]) {
                        // CPython 3.12 says where the failing hook was called from.
                        let note = format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            type_name_of(&v),
                            self.repr_string(&k)?,
                            name
                        );
                        self.call_method(&e.value(), "add_note", &[Value::str(&note)])?;
                        return Err(e);
                    }
                }
            }
        }
        // __init_subclass__ of the parent.
        let parent_hook = cls.as_type().and_then(|tt| {
            tt.mro().iter().find_map(|c| {
                c.as_type()
                    .and_then(|ct| ct.own_lookup("__init_subclass__"))
            })
        });
        if let Some(h) = parent_hook {
            let f = match h.payload() {
                Some(Payload::ClassMethod(f)) => f.clone(),
                _ => h,
            };
            if let Some(Payload::Builtin(_)) = f.payload() {
                if !kw.is_empty() {
                    return Err(type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        name
                    )));
                }
            } else {
                self.call(&f, std::slice::from_ref(&clsv), kw)?;
            }
        }
        Ok(clsv)
    }

    /// The most derived metaclass of `meta` and the bases' metaclasses.
    pub(crate) fn calculate_meta(&self, meta: &Obj, bases: &[Obj]) -> PyResult<Obj> {
        let classes: Vec<Obj> = bases.iter().map(|b| b.class().clone()).collect();
        self.calculate_meta_of(meta, &classes)
    }

    /// [`Vm::calculate_meta`] given the bases' classes (the bases of a `class` statement may be
    /// any objects, such as the unboxed `5` in `class C(5)`).
    pub(crate) fn calculate_meta_of(&self, meta: &Obj, classes: &[Obj]) -> PyResult<Obj> {
        let mut winner = meta.clone();
        for bt in classes {
            if is_subtype(&winner, bt) {
                continue;
            }
            if is_subtype(bt, &winner) {
                winner = bt.clone();
                continue;
            }
            return Err(type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        Ok(winner)
    }
}

/// A `__slots__` member descriptor: which storage cell of an instance holds the slot.
#[derive(Debug)]
pub struct MemberDef {
    pub(crate) name: Rc<str>,
    /// Index into the instance's slot storage (the class's `slot_names` order).
    pub(crate) index: usize,
    /// The defining class's name, for reprs and messages.
    pub(crate) owner_name: Rc<str>,
    /// The defining class, weakly (the class's namespace holds the descriptor); set once the
    /// class object exists.
    pub(crate) owner: RefCell<std::rc::Weak<Object>>,
}

impl MemberDef {
    /// The defining class, while it is alive.
    pub(crate) fn owner(&self) -> Option<Obj> {
        self.owner.borrow().upgrade()
    }
}

/// What a class statement's `__slots__` asks for.
struct SlotSpec {
    /// New slot names, mangled, in the order given.
    names: Vec<Rc<str>>,
    /// `'__dict__'` was listed.
    dict: bool,
    /// `'__weakref__'` was listed.
    weakref: bool,
}

impl Vm {
    /// Reads and checks a class's `__slots__` value (CPython's `type_new_slots`).
    fn slot_spec(
        &mut self,
        v: &Value,
        class_name: &str,
        mro: &[Obj],
        base_has_dict: bool,
        ns: &Dict,
    ) -> PyResult<SlotSpec> {
        let items = if v.as_pystr().is_some() {
            vec![v.clone()]
        } else {
            self.collect_iter(v)?
        };
        let base_weakref = mro.iter().any(|c| {
            c.as_type().is_some_and(|b| {
                b.kind == Kind::Type
                    || (b.heap
                        && b.kind != Kind::Exception
                        && crate::special::class_getset_names(b).contains(&"__weakref__"))
            })
        });
        let mut spec = SlotSpec {
            names: Vec::new(),
            dict: false,
            weakref: false,
        };
        let mut weakref = false;
        for item in &items {
            let Some(s) = item.as_pystr() else {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name_of(item)
                )));
            };
            let s = s.to_rust().into_owned();
            if !crate::objects::str_more::is_identifier(&s) {
                return Err(type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if base_has_dict || spec.dict {
                    return Err(type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.dict = true;
                continue;
            }
            if s == "__weakref__" {
                if base_weakref || weakref {
                    return Err(type_error(
                        "__weakref__ slot disallowed: we already got one",
                    ));
                }
                weakref = true;
                continue;
            }
            let mangled = pyvm_compiler::symtable::mangle(Some(class_name), &s);
            if ns.get_str(&mangled).is_some() {
                return Err(crate::error::value_error(format!(
                    "'{mangled}' in __slots__ conflicts with class variable"
                )));
            }
            spec.names.push(mangled.into());
        }
        spec.weakref = weakref;
        Ok(spec)
    }
}

/// The class whose instance layout `cls` shares (CPython's `solid_base`): the nearest class
/// that adds slot storage, or the built-in type that decides the payload.
fn solid_base(cls: &Obj) -> Obj {
    let mut cur = cls.clone();
    loop {
        let Some(t) = cur.as_type() else { return cur };
        let next = if t.heap {
            let bases = t.bases().clone();
            let base_slots = bases
                .iter()
                .filter_map(|b| b.as_type())
                .map(|b| b.slot_names.len())
                .max()
                .unwrap_or(0);
            if t.slot_names.len() > base_slots {
                return cur.clone();
            }
            match best_base(&bases) {
                Ok(b) => b,
                Err(_) => return cur.clone(),
            }
        } else {
            match t.first_base() {
                Some(b) if b.as_type().is_some_and(|bt| !bt.heap && bt.kind == t.kind) => b,
                _ => return cur.clone(),
            }
        };
        cur = next;
    }
}

/// The base whose layout a class with `bases` gets (CPython's `best_base`), or the
/// "lay-out conflict" error when no base's layout extends all the others'.
pub(crate) fn best_base(bases: &[Obj]) -> PyResult<Obj> {
    let mut winner: Option<(Obj, Obj)> = None;
    for b in bases {
        let s = solid_base(b);
        winner = match winner {
            None => Some((s, b.clone())),
            Some((ws, wb)) => {
                if is_subtype(&ws, &s) {
                    Some((ws, wb))
                } else if is_subtype(&s, &ws) {
                    Some((s, b.clone()))
                } else {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
            }
        };
    }
    match winner {
        Some((_, b)) => Ok(b),
        None => Ok(types().object.clone()),
    }
}

/// Built-in layouts whose instances CPython frees without the cycle collector: a class on one
/// of them cannot trade places with a class on another layout ("deallocator differs").
fn plain_dealloc(k: Kind) -> bool {
    matches!(
        k,
        Kind::Int | Kind::Bool | Kind::Float | Kind::Complex | Kind::Str | Kind::Bytes
    )
}

/// Whether instances have a `__dict__` (some built-in layouts always do).
fn has_dict(t: &TypeObject) -> bool {
    t.instance_dict
        || matches!(
            t.kind,
            Kind::Module | Kind::Exception | Kind::Function | Kind::Type
        )
}

/// The built-in type at the root of `cls`'s layout.
fn builtin_solid(cls: &Obj) -> Obj {
    let mut cur = solid_base(cls);
    while cur.as_type().is_some_and(|t| t.heap) {
        let next = cur.as_type().and_then(|t| best_base(&t.bases()).ok());
        match next {
            Some(n) => cur = solid_base(&n),
            None => break,
        }
    }
    cur
}

/// CPython's `compatible_for_assignment`: instances of `old` may become instances of `new`
/// only if both store the same things (payload, slots, dict).
fn check_compatible(new: &Obj, old: &Obj, attr: &str) -> PyResult<()> {
    let (Some(nt), Some(ot)) = (new.as_type(), old.as_type()) else {
        return Ok(());
    };
    if plain_dealloc(nt.kind) != plain_dealloc(ot.kind) {
        return Err(type_error(format!(
            "{attr} assignment: '{}' deallocator differs from '{}'",
            nt.name, ot.name
        )));
    }
    let same = Rc::ptr_eq(&builtin_solid(new), &builtin_solid(old))
        && nt.kind == ot.kind
        && nt.slot_names == ot.slot_names
        && has_dict(nt) == has_dict(ot);
    if !same {
        return Err(type_error(format!(
            "{attr} assignment: '{}' object layout differs from '{}'",
            nt.name, ot.name
        )));
    }
    Ok(())
}

impl Vm {
    /// `obj.__class__ = value` (`None`: `del obj.__class__`).
    pub(crate) fn assign_class(&mut self, obj: &Value, value: Option<Value>) -> PyResult<()> {
        let Some(value) = value else {
            return Err(type_error("can't delete __class__ attribute"));
        };
        let new = match &value {
            Value::Obj(c) if c.as_type().is_some() => c.clone(),
            _ => {
                return Err(type_error(format!(
                    "__class__ must be set to a class, not '{}' object",
                    type_name_of(&value)
                )))
            }
        };
        let old = type_of(obj).clone();
        let heap = |c: &Obj| c.as_type().is_some_and(|t| t.heap);
        let module = &types().module;
        let both_modules = is_subtype(&new, module) && is_subtype(&old, module);
        let Value::Obj(o) = obj else {
            return Err(type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        };
        if !(both_modules || heap(&new) && heap(&old)) {
            return Err(type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        check_compatible(&new, &old, "__class__")?;
        if !Rc::ptr_eq(&new, &old) {
            o.set_class(new);
        }
        Ok(())
    }

    /// `cls.__bases__ = value`: checks the new bases as CPython's `type_set_bases` does, then
    /// recomputes the MRO of `cls` and of every class deriving from it.
    pub(crate) fn assign_bases(&mut self, cls: &Obj, value: Option<Value>) -> PyResult<()> {
        let Some(t) = cls.as_type() else {
            return Ok(());
        };
        let name = t.name.clone();
        let Some(value) = value else {
            return Err(type_error(format!(
                "cannot delete '__bases__' attribute of immutable type '{name}'"
            )));
        };
        let items = match value.payload() {
            Some(Payload::Tuple(items)) if !items.is_empty() => items.clone(),
            Some(Payload::Tuple(_)) => {
                return Err(type_error(format!(
                    "can only assign non-empty tuple to {name}.__bases__, not ()"
                )))
            }
            _ => {
                return Err(type_error(format!(
                    "can only assign tuple to {name}.__bases__, not {}",
                    type_name_of(&value)
                )))
            }
        };
        let mut new_bases = Vec::with_capacity(items.len());
        for item in items.iter() {
            let b = match item {
                Value::Obj(b) if b.as_type().is_some() => b.clone(),
                _ => {
                    return Err(type_error(format!(
                        "{name}.__bases__ must be tuple of classes, not '{}'",
                        type_name_of(item)
                    )))
                }
            };
            if is_subtype(&b, cls) {
                return Err(type_error("a __bases__ item causes an inheritance cycle"));
            }
            if let Some(bt) = b.as_type() {
                if !bt.base_ok {
                    return Err(type_error(format!(
                        "type '{}' is not an acceptable base type",
                        bt.name
                    )));
                }
            }
            new_bases.push(b);
        }
        let new_base = best_base(&new_bases)?;
        let old_bases = t.bases().clone();
        let old_base = best_base(&old_bases).unwrap_or_else(|_| types().object.clone());
        check_compatible(&new_base, &old_base, "__bases__")?;

        // Swap the bases in, then recompute every affected MRO; on failure put everything back.
        *t.bases.borrow_mut() = new_bases.clone();
        let mut affected = vec![cls.clone()];
        let mut i = 0;
        while let Some(c) = affected.get(i).cloned() {
            for s in crate::objects::typeobj::subclasses_of(&c) {
                if !affected.iter().any(|x| Rc::ptr_eq(x, &s)) {
                    affected.push(s);
                }
            }
            i += 1;
        }
        let mut saved: Vec<(Obj, Vec<Obj>)> = Vec::new();
        for c in &affected {
            let Some(ct) = c.as_type() else { continue };
            let bases = ct.bases().clone();
            let Some(mro) = c3_mro(&bases) else {
                let names: Vec<String> = mro_conflict_heads(&bases).iter().map(type_name).collect();
                *t.bases.borrow_mut() = old_bases;
                for (sc, old) in saved {
                    if let Some(st) = sc.as_type() {
                        *st.mro.borrow_mut() = old;
                    }
                }
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            };
            let old = std::mem::replace(&mut *ct.mro.borrow_mut(), mro);
            ct.version.set(ct.version.get().wrapping_add(1));
            saved.push((c.clone(), old));
        }
        // Move `cls` between the `__subclasses__()` lists of its old and new bases.
        for b in &old_bases {
            if let Some(bt) = b.as_type() {
                bt.subclasses
                    .borrow_mut()
                    .retain(|w| w.upgrade().is_some_and(|s| !Rc::ptr_eq(&s, cls)));
            }
        }
        crate::objects::typeobj::register_subclass(cls);
        Ok(())
    }
}

/// The classes CPython names when the C3 merge fails: the heads of the lists still left to
/// merge (the bases' MROs, then the bases), each once, in that order.
fn mro_conflict_heads(bases: &[Obj]) -> Vec<Obj> {
    let mut lists: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| {
            // `mro` leaves out the type itself.
            let mut v = vec![b.clone()];
            if let Some(t) = b.as_type() {
                v.extend(t.mro().iter().cloned());
            }
            v
        })
        .collect();
    lists.push(bases.to_vec());
    loop {
        lists.retain(|l| !l.is_empty());
        // A head that appears in no list's tail can be merged.
        let next = lists.iter().filter_map(|l| l.first()).find(|h| {
            !lists
                .iter()
                .any(|l| l.iter().skip(1).any(|x| Rc::ptr_eq(x, h)))
        });
        let Some(next) = next.cloned() else { break };
        for l in &mut lists {
            if l.first().is_some_and(|h| Rc::ptr_eq(h, &next)) {
                l.remove(0);
            }
        }
    }
    let mut heads: Vec<Obj> = Vec::new();
    for l in &lists {
        if let Some(h) = l.first() {
            if !heads.iter().any(|x| Rc::ptr_eq(x, h)) {
                heads.push(h.clone());
            }
        }
    }
    heads
}

/// The bases of a class statement as class objects.
pub(crate) fn bases_as_types(bases: &[Value]) -> PyResult<Vec<Obj>> {
    let mut out = Vec::with_capacity(bases.len());
    for b in bases {
        match b {
            Value::Obj(o) if o.as_type().is_some() => out.push(o.clone()),
            _ => return Err(PyErr::new(&types().type_error, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")),
        }
    }
    Ok(out)
}

/// `super.__new__(cls, type=<implicit>, obj=<implicit>)`.
fn super_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::no_kwargs("super", kw)?;
    if args.len() > 3 {
        return Err(crate::error::type_error(format!(
            "super() expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let (this, obj) = match (args.get(1), args.get(2)) {
        (Some(t), Some(o)) => (t.clone(), o.clone()),
        // `super(C)`: an unbound super object (its `obj` is the unbound marker).
        (Some(t), None) => (t.clone(), Value::Unbound),
        _ => vm.implicit_super_args()?,
    };
    let Value::Obj(this) = this else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name_of(&this)
        )));
    };
    if this.as_type().is_none() {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name_of(&Value::Obj(this))
        )));
    }
    let ok = match &obj {
        Value::Unbound => true,
        Value::Obj(o) if o.as_type().is_some() && is_subtype(o, &this) => true,
        _ => is_subtype(type_of(&obj), &this),
    };
    if !ok {
        return Err(type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    Ok(Value::Obj(Object::new(
        &types().super_,
        Payload::Super { this, obj },
    )))
}

/// Static methods of `super`.
pub(crate) const SUPER_STATIC: &[(&str, crate::objects::function::NativeFn)] =
    &[("__new__", super_new)];

impl Vm {
    /// Attribute lookup through a `super` object: the MRO of the object's class after `this`.
    pub(crate) fn super_getattr(
        &mut self,
        this: &Obj,
        obj: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
        let start_cls = match obj {
            Value::Obj(o) if o.as_type().is_some() && is_subtype(o, this) => o.clone(),
            _ => type_of(obj).clone(),
        };
        let Some(st) = start_cls.as_type() else {
            return Ok(None);
        };
        let mut mro = vec![start_cls.clone()];
        mro.extend(st.mro().iter().cloned());
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, this));
        let Some(pos) = pos else { return Ok(None) };
        for c in mro.iter().skip(pos + 1) {
            let Some(ct) = c.as_type() else { continue };
            if let Some(a) = ct.own_lookup(name) {
                let is_type_obj = matches!(obj, Value::Obj(o) if o.as_type().is_some() && Rc::ptr_eq(o, &start_cls));
                return match a.payload() {
                    Some(Payload::ClassMethod(f)) => {
                        let f = f.clone();
                        self.bind_classmethod(&f, Value::Obj(start_cls.clone()))
                            .map(Some)
                    }
                    Some(Payload::StaticMethod(f)) => Ok(Some(f.clone())),
                    _ if is_type_obj => Ok(Some(a)),
                    _ => self.descr_get(&a, obj, &start_cls).map(Some),
                };
            }
        }
        Ok(None)
    }
}

/// `function.__get__(self, obj, type=None)`: functions are non-data descriptors.
fn function_get(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let f = args.first().cloned().unwrap_or(Value::None);
    match args.get(1) {
        None | Some(Value::None) => Ok(f),
        Some(obj) => Ok(crate::attr::new_bound(f, obj.clone())),
    }
}

/// `classmethod.__get__` / `staticmethod.__get__`.
fn wrapper_get(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    let owner = match args.get(2) {
        Some(Value::Obj(t)) if t.as_type().is_some() => t.clone(),
        _ => type_of(&obj).clone(),
    };
    match this.payload() {
        Some(Payload::ClassMethod(f)) => {
            let f = f.clone();
            vm.bind_classmethod(&f, Value::Obj(owner))
        }
        Some(Payload::StaticMethod(f)) => Ok(f.clone()),
        _ => vm.descr_get(&this, &obj, &owner),
    }
}

/// Core descriptor methods of `function`, `classmethod` and `staticmethod`.
pub(crate) fn register_core() {
    let t = types();
    let m = crate::objects::function::BuiltinKind::Method;
    crate::types::add_methods(&t.function, &[("__get__", function_get)], m);
    crate::types::add_methods(&t.classmethod, &[("__get__", wrapper_get)], m);
    crate::types::add_methods(&t.staticmethod, &[("__get__", wrapper_get)], m);
}

/// The methods of `member_descriptor` (a `__slots__` entry), for explicit descriptor calls such
/// as `P.__dict__["a"].__get__(p, P)`; attribute access handles members directly.
pub(crate) const MEMBER_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__get__", member_get),
    ("__set__", member_set),
    ("__delete__", member_delete),
];

/// The member descriptor in `args[0]` and the instance in `args[1]`.
fn member_parts(args: &[Value]) -> PyResult<(Rc<MemberDef>, Value)> {
    let m = match args.first().and_then(Value::payload) {
        Some(Payload::Member(m)) => m.clone(),
        _ => {
            return Err(type_error(
                "descriptor requires a 'member_descriptor' object",
            ))
        }
    };
    Ok((m, args.get(1).cloned().unwrap_or(Value::None)))
}

/// The instance `obj` as an object of the member's class.
fn member_target<'a>(m: &MemberDef, obj: &'a Value) -> PyResult<&'a Obj> {
    let fits = m
        .owner()
        .is_none_or(|owner| is_subtype(type_of(obj), &owner));
    match obj {
        Value::Obj(o) if fits => Ok(o),
        _ => Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            m.name,
            m.owner_name,
            type_name_of(obj)
        ))),
    }
}

/// Reads slot `m` of `obj` (`AttributeError` when it is empty).
pub(crate) fn member_read(m: &MemberDef, obj: &Value) -> PyResult<Value> {
    let o = member_target(m, obj)?;
    o.slot_get(m.index).ok_or_else(|| {
        let e = crate::error::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name_of(obj),
            m.name
        ));
        // `name` and `obj`, as CPython's generic attribute lookup records them.
        if let Some(d) = e.object().instance_dict_or_create() {
            if let Payload::Dict(t) = &d.payload {
                let mut t = t.borrow_mut();
                t.set_str("name", Value::str(&m.name));
                t.set_str("obj", obj.clone());
            }
        }
        e
    })
}

/// Stores (or, with `None`, clears) slot `m` of `obj`.
pub(crate) fn member_write(m: &MemberDef, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let o = member_target(m, obj)?;
    let deleting = value.is_none();
    let old = o.slot_set(m.index, value);
    if deleting && old.is_none() {
        // CPython's message for deleting an empty slot is the bare name.
        return Err(crate::error::attribute_error(m.name.to_string()));
    }
    drop(old);
    Ok(())
}

fn member_get(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (m, obj) = member_parts(args)?;
    if obj.is(&Value::None) {
        return Ok(args.first().cloned().unwrap_or(Value::None));
    }
    member_read(&m, &obj)
}

fn member_set(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (m, obj) = member_parts(args)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    member_write(&m, &obj, Some(value)).map(|_| Value::None)
}

fn member_delete(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (m, obj) = member_parts(args)?;
    member_write(&m, &obj, None).map(|_| Value::None)
}
