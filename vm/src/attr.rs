//! Attribute access: the descriptor protocol, instance dicts, `__getattr__`/`__getattribute__`/
//! `__setattr__`/`__delattr__`, and the built-in attributes of functions, types, exceptions...

use std::rc::Rc;

use crate::error::{attribute_error, type_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{is_subtype, lookup};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, type_of, Vm};

/// Whether a class attribute is a data descriptor (takes precedence over the instance dict).
pub(crate) fn is_data_descriptor(attr: &Value) -> bool {
    match attr.payload() {
        Some(Payload::Property { .. }) | Some(Payload::Member(_)) => true,
        Some(_) => {
            let cls = type_of(attr);
            cls.as_type().is_some_and(|t| t.heap)
                && (lookup(cls, "__set__").is_some() || lookup(cls, "__delete__").is_some())
        }
        None => false,
    }
}

impl Vm {
    /// `getattr(obj, name)` with a `str` name value.
    pub fn getattr(&mut self, obj: &Value, name: &Value) -> PyResult<Value> {
        let name_s = match name.as_pystr() {
            Some(s) => s.to_rust().into_owned(),
            None => {
                return Err(type_error(format!(
                    "attribute name must be string, not '{}'",
                    type_name_of(name)
                )))
            }
        };
        self.getattr_str(obj, &name_s)
    }

    /// `getattr(obj, name)`.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name)),
        }
    }

    /// `getattr(obj, name)`, `Ok(None)` instead of `AttributeError` where that is cheap.
    pub fn getattr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(Payload::Super { this, obj: inner }) = obj.payload() {
            let (this, inner) = (this.clone(), inner.clone());
            if inner.is_unbound() {
                return Ok(match name {
                    "__thisclass__" => Some(Value::Obj(this)),
                    "__self__" | "__self_class__" => Some(Value::None),
                    _ => self.special_attr(obj, name)?,
                });
            }
            if name != "__class__" {
                if let Some(v) = self.super_getattr(&this, &inner, name)? {
                    return Ok(Some(v));
                }
            }
            return Ok(match name {
                "__thisclass__" => Some(Value::Obj(this)),
                "__self__" => Some(inner),
                "__self_class__" => Some(Value::Obj(type_of(&inner).clone())),
                _ => self.special_attr(obj, name)?,
            });
        }
        let cls = type_of(obj).clone();
        let heap = cls.as_type().is_some_and(|t| t.heap);
        if heap {
            if let Some(ga) = lookup(&cls, "__getattribute__") {
                if !matches!(ga.payload(), Some(Payload::Builtin(_))) {
                    let r = self.call(&ga, &[obj.clone(), Value::str(name)], &[]);
                    return match r {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if e.matches(&types().attribute_error) => {
                            match self.try_getattr_hook(obj, &cls, name)? {
                                Some(v) => Ok(Some(v)),
                                None => Err(e),
                            }
                        }
                        Err(e) => Err(e),
                    };
                }
            }
        }
        match self.generic_getattr(obj, &cls, name) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                if heap {
                    return self.try_getattr_hook(obj, &cls, name);
                }
                // PEP 562: a module's own `__getattr__` answers names it lacks.
                if let Some(Payload::Module { dict, .. }) = obj.payload() {
                    let hook = match &dict.payload {
                        Payload::Dict(d) => d.borrow().get_str("__getattr__").cloned(),
                        _ => None,
                    };
                    if let Some(hook) = hook {
                        return self.call(&hook, &[Value::str(name)], &[]).map(Some);
                    }
                }
                // A bound method answers the other attributes of its function (CPython's
                // `method_getattro`): `obj.meth.__code__`, attributes set by decorators.
                if let Some(Payload::BoundMethod { func, .. }) = obj.payload() {
                    if matches!(func.payload(), Some(Payload::Function(_))) {
                        let func = func.clone();
                        return self.getattr_str(&func, name).map(Some);
                    }
                }
                Ok(None)
            }
            Err(e) if heap && e.matches(&types().attribute_error) => {
                match self.try_getattr_hook(obj, &cls, name)? {
                    Some(v) => Ok(Some(v)),
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        }
    }

    fn try_getattr_hook(&mut self, obj: &Value, cls: &Obj, name: &str) -> PyResult<Option<Value>> {
        match lookup(cls, "__getattr__") {
            Some(h) => {
                let m = self.bind(&h, obj, cls)?;
                self.call(&m, &[Value::str(name)], &[]).map(Some)
            }
            None => Ok(None),
        }
    }

    /// `object.__getattribute__`: `Ok(None)` when the attribute does not exist.
    pub(crate) fn generic_getattr(
        &mut self,
        obj: &Value,
        cls: &Obj,
        name: &str,
    ) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = obj {
            if let Payload::Type(_) = &o.payload {
                return self.type_getattr(o, cls, name);
            }
        }
        let attr = lookup(cls, name);
        if let Some(a) = &attr {
            if is_data_descriptor(a) {
                if let Some(Payload::Property { fget, .. }) = a.payload() {
                    if fget.is(&Value::None) {
                        return Err(attribute_error(format!(
                            "property '{name}' of '{}' object has no getter",
                            type_name_of(obj)
                        )));
                    }
                }
                return self.descr_get(a, obj, cls).map(Some);
            }
        }
        if let Some(v) = self.special_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Value::Obj(o) = obj {
            let d = match &o.payload {
                Payload::Module { dict, .. } => Some(dict),
                _ => o.instance_dict(),
            };
            if let Some(d) = d {
                if let Payload::Dict(t) = &d.payload {
                    if let Some(v) = t.borrow().get_str(name) {
                        return Ok(Some(v.clone()));
                    }
                }
            }
        }
        match attr {
            Some(a) => self.descr_get(&a, obj, cls).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute lookup on a class object.
    fn type_getattr(&mut self, t: &Obj, meta: &Obj, name: &str) -> PyResult<Option<Value>> {
        let tv = Value::Obj(t.clone());
        let meta_attr = lookup(meta, name);
        if let Some(a) = &meta_attr {
            if is_data_descriptor(a) {
                return self.descr_get(a, &tv, meta).map(Some);
            }
        }
        if let Some(v) = self.special_attr(&tv, name)? {
            return Ok(Some(v));
        }
        if let Some(a) = lookup(t, name) {
            return match a.payload() {
                Some(Payload::ClassMethod(f)) => {
                    let f = f.clone();
                    self.bind_classmethod(&f, tv).map(Some)
                }
                Some(Payload::StaticMethod(f)) => Ok(Some(f.clone())),
                Some(Payload::Function(_) | Payload::Builtin(_) | Payload::Property { .. }) => {
                    Ok(Some(a))
                }
                Some(_) if type_of(&a).as_type().is_some_and(|x| x.heap) => {
                    match lookup(type_of(&a), "__get__") {
                        Some(g) => self.call(&g, &[a.clone(), Value::None, tv], &[]).map(Some),
                        None => Ok(Some(a)),
                    }
                }
                _ => Ok(Some(a)),
            };
        }
        match meta_attr {
            Some(a) => self.descr_get(&a, &tv, meta).map(Some),
            None => Ok(None),
        }
    }

    /// Binds a class attribute found for `obj` (the descriptor `__get__`).
    pub(crate) fn descr_get(&mut self, attr: &Value, obj: &Value, cls: &Obj) -> PyResult<Value> {
        match attr.payload() {
            Some(Payload::Function(_)) => Ok(new_bound(attr.clone(), obj.clone())),
            Some(Payload::Builtin(b)) => {
                if b.kind == BuiltinKind::Method {
                    Ok(new_bound(attr.clone(), obj.clone()))
                } else {
                    Ok(attr.clone())
                }
            }
            Some(Payload::ClassMethod(f)) => {
                let f = f.clone();
                self.bind_classmethod(&f, Value::Obj(type_of(obj).clone()))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.clone()),
            Some(Payload::Property { fget, .. }) => {
                if fget.is(&Value::None) {
                    return Err(attribute_error(format!(
                        "property of '{}' object has no getter",
                        type_name_of(obj)
                    )));
                }
                let fget = fget.clone();
                self.call(&fget, std::slice::from_ref(obj), &[])
            }
            Some(Payload::Member(m)) => crate::class::member_read(m, obj),
            Some(_) => {
                let acls = type_of(attr);
                if acls.as_type().is_some_and(|t| t.heap) {
                    if let Some(g) = lookup(acls, "__get__") {
                        let clsv = Value::Obj(cls.clone());
                        return self.call(&g, &[attr.clone(), obj.clone(), clsv], &[]);
                    }
                }
                Ok(attr.clone())
            }
            None => Ok(attr.clone()),
        }
    }

    /// `classmethod.__get__`: the wrapped callable bound to `owner`. A wrapped descriptor (a
    /// `property`, which 3.12 still allows under `classmethod`) is asked for its own value for
    /// `owner` instead.
    pub(crate) fn bind_classmethod(&mut self, f: &Value, owner: Value) -> PyResult<Value> {
        match f.payload() {
            Some(Payload::Property { fget, .. }) if !fget.is(&Value::None) => {
                let fget = fget.clone();
                self.call(&fget, std::slice::from_ref(&owner), &[])
            }
            Some(_) if type_of(f).as_type().is_some_and(|t| t.heap) => {
                match lookup(type_of(f), "__get__") {
                    Some(g) => self.call(&g, &[f.clone(), owner.clone(), owner], &[]),
                    None => Ok(new_bound(f.clone(), owner)),
                }
            }
            _ => Ok(new_bound(f.clone(), owner)),
        }
    }

    /// A class attribute bound to `obj` (methods bind, others pass through).
    pub fn bind(&mut self, attr: &Value, obj: &Value, cls: &Obj) -> PyResult<Value> {
        self.descr_get(attr, obj, cls)
    }

    /// The `AttributeError` for a missing attribute, with CPython's wording.
    pub fn no_attribute(&self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj.payload() {
            Some(Payload::Type(t)) => {
                format!("type object '{}' has no attribute '{}'", t.name, name)
            }
            Some(Payload::Module { name: m, .. }) if crate::import::spec::is_initializing(obj) => {
                format!("partially initialized module '{m}' has no attribute '{name}' (most likely due to a circular import)")
            }
            Some(Payload::Module { name: m, .. }) => {
                format!("module '{m}' has no attribute '{name}'")
            }
            _ => format!("'{}' object has no attribute '{}'", type_name_of(obj), name),
        };
        let e = attribute_error(msg);
        // Recorded for the "Did you mean" suggestion of tracebacks.
        if let Some(d) = e.object().instance_dict_or_create() {
            if let Payload::Dict(t) = &d.payload {
                let mut t = t.borrow_mut();
                t.set_str("name", Value::str(name));
                t.set_str("obj", obj.clone());
            }
        }
        e
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        let cls = type_of(obj).clone();
        if cls.as_type().is_some_and(|t| t.heap) {
            if let Some(sa) = lookup(&cls, "__setattr__") {
                if !matches!(sa.payload(), Some(Payload::Builtin(_))) {
                    self.call(&sa, &[obj.clone(), Value::str(name), value], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &cls, name, Some(value))
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        let cls = type_of(obj).clone();
        if cls.as_type().is_some_and(|t| t.heap) {
            if let Some(da) = lookup(&cls, "__delattr__") {
                if !matches!(da.payload(), Some(Payload::Builtin(_))) {
                    self.call(&da, &[obj.clone(), Value::str(name)], &[])?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &cls, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (value `None`).
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        cls: &Obj,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<()> {
        if let Some(Payload::Type(t)) = obj.payload() {
            if !t.heap {
                return Err(type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name, t.name
                )));
            }
            if let (Value::Obj(o), "__bases__") = (obj, name) {
                return self.assign_bases(o, value);
            }
            // The getset/member descriptors of `type` that take no assignment.
            match name {
                "__dict__" | "__mro__" | "__text_signature__" => {
                    return Err(attribute_error(format!(
                        "attribute '{name}' of 'type' objects is not writable"
                    )))
                }
                "__base__" | "__basicsize__" | "__itemsize__" | "__flags__"
                | "__weakrefoffset__" | "__dictoffset__" => {
                    return Err(attribute_error("readonly attribute"))
                }
                "__doc__" | "__module__" if value.is_none() => {
                    return Err(type_error(format!(
                        "cannot delete '{name}' attribute of immutable type '{}'",
                        t.name
                    )))
                }
                _ => {}
            }
            if name == "__class__" && lookup(cls, name).is_none() {
                return self.assign_class(obj, value);
            }
            if self.set_special_attr(obj, name, &value)? {
                return Ok(());
            }
            if name == "__del__" && value.is_some() {
                t.has_del.set(true);
            }
            let mut d = t.dict.borrow_mut();
            t.version.set(t.version.get().wrapping_add(1));
            match value {
                Some(v) => d.set_str(name, v),
                None => {
                    let idx = d
                        .iter_indexed()
                        .find(|(_, e)| e.key.as_pystr().is_some_and(|k| k.eq_str(name)));
                    match idx.map(|(i, _)| i) {
                        Some(i) => {
                            d.remove_at(i);
                        }
                        None => {
                            drop(d);
                            return Err(attribute_error(format!(
                                "type object '{}' has no attribute '{}'",
                                t.name, name
                            )));
                        }
                    }
                }
            }
            return Ok(());
        }
        if let Some(attr) = lookup(cls, name) {
            match attr.payload() {
                Some(Payload::Property { fset, fdel, .. }) => {
                    let f = if value.is_some() { fset } else { fdel };
                    if f.is(&Value::None) {
                        let what = if value.is_some() { "setter" } else { "deleter" };
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no {}",
                            name,
                            type_name_of(obj),
                            what
                        )));
                    }
                    let f = f.clone();
                    let mut args = vec![obj.clone()];
                    args.extend(value);
                    self.call(&f, &args, &[])?;
                    return Ok(());
                }
                Some(Payload::Member(m)) => {
                    let m = m.clone();
                    return crate::class::member_write(&m, obj, value);
                }
                Some(_) if is_data_descriptor(&attr) => {
                    let acls = type_of(&attr).clone();
                    let (m, args) = match value {
                        Some(v) => ("__set__", vec![attr.clone(), obj.clone(), v]),
                        None => ("__delete__", vec![attr.clone(), obj.clone()]),
                    };
                    return match lookup(&acls, m) {
                        Some(f) => self.call(&f, &args, &[]).map(|_| ()),
                        None => Err(attribute_error(format!(
                            "__{}__",
                            if m == "__set__" { "set" } else { "delete" }
                        ))),
                    };
                }
                _ => {}
            }
        }
        if name == "__class__" && lookup(cls, name).is_none() {
            return self.assign_class(obj, value);
        }
        if self.set_special_attr(obj, name, &value)? {
            return Ok(());
        }
        let Value::Obj(o) = obj else {
            return Err(self.readonly_attr(obj, name));
        };
        let dict = if let Payload::Module { dict, .. } = &o.payload {
            Some(dict)
        } else if o.class().as_type().is_some_and(|t| t.instance_dict)
            || matches!(o.payload, Payload::Function(_))
        {
            o.instance_dict_or_create()
        } else {
            // The dict that holds `__slots__` values (or other hidden state) takes no new names.
            None
        };
        let Some(d) = dict else {
            return Err(self.readonly_attr(obj, name));
        };
        let Payload::Dict(t) = &d.payload else {
            return Err(self.readonly_attr(obj, name));
        };
        match value {
            Some(v) => {
                let old = {
                    let mut t = t.borrow_mut();
                    let h = crate::objects::str::str_hash(name);
                    match t.probe(&Value::str(name), h) {
                        crate::objects::dict::Probe::Found(i) => t.set_value(i, v),
                        _ => {
                            t.insert_new(h, Value::str(name), v);
                            None
                        }
                    }
                };
                drop(old);
                Ok(())
            }
            None => {
                let removed = {
                    let mut tb = t.borrow_mut();
                    let h = crate::objects::str::str_hash(name);
                    match tb.probe(&Value::str(name), h) {
                        crate::objects::dict::Probe::Found(i) => tb.remove_at(i),
                        _ => None,
                    }
                };
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
        }
    }

    fn readonly_attr(&mut self, obj: &Value, name: &str) -> PyErr {
        if lookup(type_of(obj), name).is_some() {
            return attribute_error(format!(
                "'{}' object attribute '{}' is read-only",
                type_name_of(obj),
                name
            ));
        }
        // Read-only member descriptors (`range.start`, `slice.stop`, `complex.real`).
        if matches!(
            obj.payload(),
            Some(Payload::Range(_) | Payload::Slice(_) | Payload::Complex(..))
        ) && matches!(self.special_attr(obj, name), Ok(Some(_)))
        {
            return attribute_error("readonly attribute");
        }
        // Attributes CPython implements as getset descriptors without a setter (`int.real`).
        if !matches!(name, "__class__" | "__dict__")
            && matches!(self.special_attr(obj, name), Ok(Some(_)))
        {
            return attribute_error(format!(
                "attribute '{}' of '{}' objects is not writable",
                name,
                type_name_of(obj)
            ));
        }
        attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name_of(obj),
            name
        ))
    }

    /// The built-in attributes that CPython implements as getset descriptors.
    pub(crate) fn special_attr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if name == "__class__" {
            return Ok(Some(Value::Obj(type_of(obj).clone())));
        }
        let Value::Obj(o) = obj else {
            return Ok(match (obj, name) {
                (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(Value::Int(
                    crate::objects::int::as_int(obj).map_or(0, |i| match i {
                        crate::objects::int::IntRef::Small(i) => i,
                        crate::objects::int::IntRef::Big(_) => 0,
                    }),
                )),
                (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
                (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
                (Value::Float(f), "real") => Some(Value::Float(*f)),
                (Value::Float(_), "imag") => Some(Value::Float(0.0)),
                _ => None,
            });
        };
        crate::special::get(self, o, name)
    }

    /// Sets a built-in attribute; `Ok(false)` when `name` is not one.
    fn set_special_attr(
        &mut self,
        obj: &Value,
        name: &str,
        value: &Option<Value>,
    ) -> PyResult<bool> {
        let Value::Obj(o) = obj else { return Ok(false) };
        crate::special::set(self, o, name, value)
    }

    // ----- subscripts ---------------------------------------------------------------------

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let cls = type_of(obj).clone();
        if !cls.as_type().is_some_and(|t| t.heap) {
            if let Some(r) = crate::subscript::builtin_getitem(self, obj, key) {
                return r;
            }
        }
        if let Some(r) = self.call_dunder(obj, "__getitem__", std::slice::from_ref(key))? {
            return Ok(r);
        }
        if let Some(r) = crate::subscript::builtin_getitem(self, obj, key) {
            return r;
        }
        if let Some(Payload::Type(_)) = obj.payload() {
            if let Some(cg) = self.getattr_opt(obj, "__class_getitem__")? {
                return self.call(&cg, std::slice::from_ref(key), &[]);
            }
            if let Value::Obj(t) = obj {
                if Rc::ptr_eq(t, &types().type_) {
                    return Ok(crate::typing::new_generic_alias(
                        self,
                        obj.clone(),
                        key.clone(),
                    ));
                }
            }
            return Err(type_error(format!(
                "type '{}' is not subscriptable",
                obj.payload()
                    .and_then(|p| match p {
                        Payload::Type(t) => Some(t.name.to_string()),
                        _ => None,
                    })
                    .unwrap_or_default()
            )));
        }
        Err(type_error(format!(
            "'{}' object is not subscriptable",
            type_name_of(obj)
        )))
    }

    /// `obj[key] = value`, or `del obj[key]` when `value` is `None`.
    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Option<Value>) -> PyResult<()> {
        let cls = type_of(obj).clone();
        if !cls.as_type().is_some_and(|t| t.heap) {
            if let Some(r) = crate::subscript::builtin_setitem(self, obj, key, value.clone()) {
                return r;
            }
        }
        let r = match &value {
            Some(v) => self.call_dunder(obj, "__setitem__", &[key.clone(), v.clone()])?,
            None => self.call_dunder(obj, "__delitem__", std::slice::from_ref(key))?,
        };
        if r.is_some() {
            return Ok(());
        }
        if let Some(r) = crate::subscript::builtin_setitem(self, obj, key, value.clone()) {
            return r;
        }
        Err(type_error(if value.is_some() {
            format!(
                "'{}' object does not support item assignment",
                type_name_of(obj)
            )
        } else {
            // CPython words this two ways: "doesn't" from the sequence protocol (an index key
            // on a type that has one), "does not" from the generic fallback.
            let cls = type_of(obj);
            let has_sequence = cls.as_type().is_some_and(|t| {
                use crate::objects::typeobj::Kind as K;
                t.heap
                    || !matches!(
                        t.kind,
                        K::Object
                            | K::Int
                            | K::Bool
                            | K::Float
                            | K::Complex
                            | K::NoneType
                            | K::Function
                            | K::BoundMethod
                            | K::Builtin
                            | K::Module
                            | K::Type
                            | K::Cell
                            | K::Code
                            | K::Exception
                            | K::Property
                            | K::ClassMethod
                            | K::StaticMethod
                            | K::NotImplemented
                            | K::Ellipsis
                            | K::Super
                            | K::Slice
                    )
            });
            let index_key = matches!(key, Value::Int(_) | Value::Bool(_))
                || matches!(key.payload(), Some(Payload::Int(_)))
                || lookup(type_of(key), "__index__").is_some();
            format!(
                "'{}' object {} support item deletion",
                type_name_of(obj),
                if has_sequence && index_key {
                    "doesn't"
                } else {
                    "does not"
                }
            )
        }))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let cls = type_of(container).clone();
        let heap = cls.as_type().is_some_and(|t| t.heap);
        if !heap {
            if let Some(r) = crate::subscript::builtin_contains(self, container, item) {
                return r;
            }
        }
        if let Some(r) = self.call_dunder(container, "__contains__", std::slice::from_ref(item))? {
            return self.truthy(&r);
        }
        if let Some(r) = crate::subscript::builtin_contains(self, container, item) {
            return r;
        }
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if e.matches(&types().type_error) => {
                return Err(type_error(format!(
                    "argument of type '{}' is not iterable",
                    type_name_of(container)
                )))
            }
            Err(e) => return Err(e),
        };
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `isinstance(v, cls)` with `__instancecheck__` and tuples of classes.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        match cls.payload() {
            Some(Payload::Type(_)) => {
                let Value::Obj(c) = cls else { return Ok(false) };
                if is_subtype(type_of(v), c) {
                    return Ok(true);
                }
                let meta = type_of(cls).clone();
                if meta.as_type().is_some_and(|t| t.heap) {
                    if let Some(r) =
                        self.call_dunder(cls, "__instancecheck__", std::slice::from_ref(v))?
                    {
                        return self.truthy(&r);
                    }
                }
                Ok(false)
            }
            Some(Payload::Tuple(items)) => {
                let items = items.clone();
                for c in items.iter() {
                    if self.isinstance(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some(r) =
                    self.call_dunder(cls, "__instancecheck__", std::slice::from_ref(v))?
                {
                    return self.truthy(&r);
                }
                Err(type_error(
                    "isinstance() arg 2 must be a type, a tuple of types, or a union",
                ))
            }
        }
    }

    /// `issubclass(c, cls)` with `__subclasscheck__`.
    pub fn issubclass(&mut self, c: &Value, cls: &Value) -> PyResult<bool> {
        match cls.payload() {
            Some(Payload::Tuple(items)) => {
                let items = items.clone();
                for x in items.iter() {
                    if self.issubclass(c, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let meta = type_of(cls).clone();
                let is_type = matches!(cls.payload(), Some(Payload::Type(_)));
                if meta.as_type().is_some_and(|t| t.heap) || !is_type {
                    if let Some(r) =
                        self.call_dunder(cls, "__subclasscheck__", std::slice::from_ref(c))?
                    {
                        return self.truthy(&r);
                    }
                }
                let cls_ok = cls.payload().is_some_and(|p| matches!(p, Payload::Type(_)));
                if !cls_ok {
                    return Err(type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    ));
                }
                let (Value::Obj(a), Value::Obj(b)) = (c, cls) else {
                    return Err(type_error("issubclass() arg 1 must be a class"));
                };
                if a.as_type().is_none() {
                    return Err(type_error("issubclass() arg 1 must be a class"));
                }
                if b.as_type().is_none() {
                    return Err(type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    ));
                }
                Ok(is_subtype(a, b))
            }
        }
    }
}

/// A bound method object.
///
/// Its class is what CPython's would be: `method` for Python functions,
/// `builtin_function_or_method` for native methods (`[].append`), `method-wrapper` for bound
/// slot wrappers (`(1).__add__`).
pub fn new_bound(func: Value, receiver: Value) -> Value {
    let cls = match func.payload() {
        Some(Payload::Builtin(b)) if b.owner.is_some() && crate::repr::is_slot_name(b.name) => {
            METHOD_WRAPPER.with(Obj::clone)
        }
        Some(Payload::Builtin(_)) => types().builtin_function.clone(),
        _ => types().method.clone(),
    };
    Value::Obj(Object::new(&cls, Payload::BoundMethod { func, receiver }))
}

thread_local! {
    /// CPython's `method-wrapper` type (a bound slot wrapper such as `(1).__add__`).
    static METHOD_WRAPPER: Obj = Object::new_type_object(
        crate::objects::typeobj::TypeObject::builtin(
            "method-wrapper",
            Some(&types().object),
            crate::objects::typeobj::Kind::BoundMethod,
            false,
        ),
    );
}
