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
        // Two bases built on different built-in layouts (`class C(int, str)`) cannot be
        // combined (CPython's `best_base`).
        let layout = |b: &Obj| {
            std::iter::once(b)
                .chain(b.as_type().map(|t| t.mro.iter()).into_iter().flatten())
                .filter_map(|c| c.as_type())
                .map(|t| t.kind)
                .find(|k| *k != Kind::Object)
        };
        let layouts: Vec<Kind> = bases.iter().filter_map(layout).collect();
        if layouts.windows(2).any(|w| w.first() != w.get(1)) {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
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
        let mut slots: Option<Vec<String>> = None;
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
                "__slots__" => {
                    let names = if v.as_pystr().is_some() {
                        vec![v.clone()]
                    } else {
                        self.collect_iter(&v)?
                    };
                    slots = Some(
                        names
                            .iter()
                            .map(|n| {
                                n.as_pystr()
                                    .map(|s| s.to_rust().into_owned())
                                    .unwrap_or_default()
                            })
                            .collect(),
                    );
                }
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
        let instance_dict = match &slots {
            None => true,
            Some(s) => {
                base_has_dict || s.iter().any(|n| n == "__dict__") || kind == Kind::Exception
            }
        };
        if let Some(s) = &slots {
            for n in s {
                if n == "__dict__" || n == "__weakref__" {
                    continue;
                }
                let member = Value::Obj(Object::new(
                    &t.member_descriptor,
                    Payload::Member(n.as_str().into()),
                ));
                dict.set_str(n, member);
            }
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
            bases,
            mro,
            dict: RefCell::new(dict),
            kind,
            heap: true,
            instance_dict,
            base_ok,
            version: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            renamed: RefCell::new((None, None)),
        };
        let cls = Object::new(meta, Payload::Type(Box::new(tobj)));
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
                    self.call(&sn, &[v.clone(), clsv.clone(), k.clone()], &[])?;
                }
            }
        }
        // __init_subclass__ of the parent.
        let parent_hook = cls.as_type().and_then(|tt| {
            tt.mro.iter().find_map(|c| {
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

/// The classes CPython names when the C3 merge fails: the heads of the lists still left to
/// merge (the bases' MROs, then the bases), each once, in that order.
fn mro_conflict_heads(bases: &[Obj]) -> Vec<Obj> {
    let mut lists: Vec<Vec<Obj>> = bases
        .iter()
        .map(|b| {
            // `mro` leaves out the type itself.
            let mut v = vec![b.clone()];
            if let Some(t) = b.as_type() {
                v.extend(t.mro.iter().cloned());
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
    let (this, obj) = match (args.get(1), args.get(2)) {
        (Some(t), Some(o)) => (t.clone(), o.clone()),
        (Some(_), None) => {
            return Err(type_error(
                "super() with one argument is not supported by pyvm",
            ))
        }
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
        mro.extend(st.mro.iter().cloned());
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, this));
        let Some(pos) = pos else { return Ok(None) };
        for c in mro.iter().skip(pos + 1) {
            let Some(ct) = c.as_type() else { continue };
            if let Some(a) = ct.own_lookup(name) {
                let is_type_obj = matches!(obj, Value::Obj(o) if o.as_type().is_some() && Rc::ptr_eq(o, &start_cls));
                return match a.payload() {
                    Some(Payload::ClassMethod(f)) => Ok(Some(crate::attr::new_bound(
                        f.clone(),
                        Value::Obj(start_cls.clone()),
                    ))),
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
        Some(Payload::ClassMethod(f)) => Ok(crate::attr::new_bound(f.clone(), Value::Obj(owner))),
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

/// The slot name of a member descriptor and the instance holding the value.
fn member_parts(args: &[Value]) -> PyResult<(Rc<str>, Value)> {
    let name = match args.first().and_then(Value::payload) {
        Some(Payload::Member(n)) => n.clone(),
        _ => {
            return Err(type_error(
                "descriptor requires a 'member_descriptor' object",
            ))
        }
    };
    Ok((name, args.get(1).cloned().unwrap_or(Value::None)))
}

fn member_missing(obj: &Value, name: &str) -> PyErr {
    crate::error::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name_of(obj),
        name
    ))
}

fn member_get(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (name, obj) = member_parts(args)?;
    if obj.is(&Value::None) {
        return Ok(args.first().cloned().unwrap_or(Value::None));
    }
    let v = obj
        .as_obj()
        .and_then(|o| o.instance_dict())
        .and_then(|d| match &d.payload {
            Payload::Dict(t) => t.borrow().get_str(&name).cloned(),
            _ => None,
        });
    v.ok_or_else(|| member_missing(&obj, &name))
}

fn member_set(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (name, obj) = member_parts(args)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let Some(o) = obj.as_obj() else {
        return Err(member_missing(&obj, &name));
    };
    if let Payload::Dict(t) = &o.dict.get_or_init(crate::vm::fresh_dict).payload {
        t.borrow_mut().set_str(&name, value);
    }
    Ok(Value::None)
}

fn member_delete(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (name, obj) = member_parts(args)?;
    let removed = obj
        .as_obj()
        .and_then(|o| o.instance_dict())
        .and_then(|d| match &d.payload {
            Payload::Dict(t) => {
                let mut t = t.borrow_mut();
                let h = crate::objects::str::str_hash(&name);
                match t.probe(&Value::str(&name), h) {
                    crate::objects::dict::Probe::Found(i) => t.remove_at(i),
                    _ => None,
                }
            }
            _ => None,
        });
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(member_missing(&obj, &name)),
    }
}
