//! Built-in attributes that CPython implements as getset/member descriptors on built-in types
//! (`f.__name__`, `t.__mro__`, `e.args`, `r.start`, ...).

use std::rc::Rc;

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::int::from_big;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

fn tuple_of(vm: &Vm, items: impl IntoIterator<Item = Obj>) -> Value {
    vm.new_tuple(items.into_iter().map(Value::Obj).collect())
}

fn strs(vm: &Vm, items: &[Rc<str>]) -> Value {
    vm.new_tuple(items.iter().map(|s| Value::str(s)).collect())
}

/// The namespace of class `cls` as `Class.__dict__` shows it: with the `__dict__`/`__weakref__`
/// getset descriptors CPython adds to a class whose instances gain a dict or weak references
/// (pyvm answers those attributes natively, so they are not in the real namespace), placed
/// before the `__doc__`/`__hash__` entries the class statement added last.
/// The class along `cls`'s MRO whose namespace holds the `__weakref__` descriptor, if any.
fn weakref_owner(cls: &Obj) -> Option<Obj> {
    let t = cls.as_type()?;
    std::iter::once(cls)
        .chain(t.mro().iter())
        .find(|c| {
            c.as_type()
                .is_some_and(|ct| class_getset_names(ct).contains(&"__weakref__"))
        })
        .cloned()
}

/// The getset descriptors (`__dict__`, `__weakref__`) CPython puts in the namespace of class
/// `t`: those its instances gain that no base already provides.
pub(crate) fn class_getset_names(t: &crate::objects::typeobj::TypeObject) -> Vec<&'static str> {
    let mut extra: Vec<&'static str> = Vec::new();
    if t.heap && t.kind != crate::objects::typeobj::Kind::Type {
        let slots: Option<Vec<String>> = t.own_lookup("__slots__").map(|s| match s.payload() {
            Some(Payload::Str(one)) => vec![one.to_rust().into_owned()],
            Some(Payload::Tuple(items)) => items
                .iter()
                .filter_map(|i| i.as_pystr().map(|s| s.to_rust().into_owned()))
                .collect(),
            Some(Payload::List(items)) => items
                .borrow()
                .iter()
                .filter_map(|i| i.as_pystr().map(|s| s.to_rust().into_owned()))
                .collect(),
            _ => Vec::new(),
        });
        let has = |n: &str| slots.as_ref().is_none_or(|s| s.iter().any(|x| x == n));
        let base_dict = t
            .mro()
            .iter()
            .any(|c| c.as_type().is_some_and(|b| b.instance_dict));
        let base_weakref = t.mro().iter().any(|c| {
            c.as_type().is_some_and(|b| {
                let own_slots_ok = match b.own_lookup("__slots__") {
                    None => true,
                    Some(s) => match s.payload() {
                        Some(Payload::Str(one)) => one.eq_str("__weakref__"),
                        Some(Payload::Tuple(items)) => items
                            .iter()
                            .any(|i| i.as_pystr().is_some_and(|x| x.eq_str("__weakref__"))),
                        Some(Payload::List(items)) => items
                            .borrow()
                            .iter()
                            .any(|i| i.as_pystr().is_some_and(|x| x.eq_str("__weakref__"))),
                        _ => false,
                    },
                };
                b.heap && b.kind != crate::objects::typeobj::Kind::Exception && own_slots_ok
                    || b.kind == crate::objects::typeobj::Kind::Type
            })
        });
        if t.instance_dict && !base_dict && has("__dict__") {
            extra.push("__dict__");
        }
        if !base_weakref && has("__weakref__") {
            extra.push("__weakref__");
        }
    }
    extra
}

fn class_dict_snapshot(vm: &Vm, cls: &Obj, t: &crate::objects::typeobj::TypeObject) -> Value {
    let extra = class_getset_names(t);
    let entries: Vec<(i64, Value, Value)> = t
        .dict
        .borrow()
        .iter()
        .map(|e| (e.hash, e.key.clone(), e.value.clone()))
        .collect();
    let is_tail = |(_, k, v): &(i64, Value, Value)| {
        v.is(&Value::None)
            && k.as_pystr()
                .is_some_and(|s| s.eq_str("__doc__") || s.eq_str("__hash__"))
    };
    let mut cut = entries.len();
    while cut > 0 && entries.get(cut - 1).is_some_and(is_tail) {
        cut -= 1;
    }
    let new = vm.new_dict();
    if let Some(Payload::Dict(d)) = new.payload() {
        let mut d = d.borrow_mut();
        for (i, (h, k, v)) in entries.iter().enumerate() {
            if i == cut {
                for n in &extra {
                    d.set_str(n, getset_descriptor(n, cls));
                }
            }
            d.insert_new(*h, k.clone(), v.clone());
        }
        if cut == entries.len() {
            for n in &extra {
                d.set_str(n, getset_descriptor(n, cls));
            }
        }
    }
    new
}

thread_local! {
    /// CPython's `getset_descriptor` type (here only for the class-namespace snapshot).
    static GETSET_TYPE: Obj = {
        let mut ty = crate::objects::typeobj::TypeObject::builtin(
            "getset_descriptor",
            Some(&types().object),
            crate::objects::typeobj::Kind::Object,
            false,
        );
        ty.instance_dict = true;
        ty.heap = true;
        let cls = crate::object::Object::new_type_object(ty);
        crate::types::add_methods(
            &cls,
            &[
                ("__repr__", getset_repr),
                ("__get__", getset_get),
                ("__eq__", getset_eq),
                ("__hash__", getset_hash),
            ],
            crate::objects::function::BuiltinKind::Method,
        );
        cls
    };
}

fn getset_descriptor(name: &str, owner: &Obj) -> Value {
    let cls = GETSET_TYPE.with(Obj::clone);
    let o = crate::object::Object::new(&cls, Payload::Instance);
    if let Some(Payload::Dict(d)) = o.instance_dict_or_create().map(|d| &d.payload) {
        let mut d = d.borrow_mut();
        d.set_str("__name__", Value::str(name));
        d.set_str("__objclass__", Value::Obj(owner.clone()));
    }
    Value::Obj(o)
}

fn getset_field(v: &Value, key: &str) -> Value {
    match v {
        Value::Obj(o) => match o.instance_dict().map(|d| &d.payload) {
            Some(Payload::Dict(d)) => d.borrow().get_str(key).cloned().unwrap_or(Value::None),
            _ => Value::None,
        },
        _ => Value::None,
    }
}

fn getset_repr(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let me = args.first().cloned().unwrap_or(Value::None);
    let name = vm.str_string(&getset_field(&me, "__name__"))?;
    let owner = getset_field(&me, "__objclass__");
    let oname = match owner.payload() {
        Some(Payload::Type(t)) => t.name.to_string(),
        _ => "?".into(),
    };
    Ok(Value::str(&format!(
        "<attribute '{name}' of '{oname}' objects>"
    )))
}

/// Snapshots of `Class.__dict__` make new descriptor objects: equal when they describe the
/// same attribute of the same class (CPython returns the same object).
fn getset_eq(_: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(Value::Bool(false));
    };
    if !Rc::ptr_eq(crate::vm::type_of(a), crate::vm::type_of(b)) {
        return Ok(Value::Obj(types().not_implemented.clone()));
    }
    let same_name = match (
        getset_field(a, "__name__").as_pystr(),
        getset_field(b, "__name__").as_pystr(),
    ) {
        (Some(x), Some(y)) => x.to_rust() == y.to_rust(),
        _ => false,
    };
    Ok(Value::Bool(
        same_name && getset_field(a, "__objclass__").is(&getset_field(b, "__objclass__")),
    ))
}

fn getset_hash(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let me = args.first().cloned().unwrap_or(Value::None);
    let h =
        vm.hash(&getset_field(&me, "__name__"))? ^ vm.hash(&getset_field(&me, "__objclass__"))?;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn getset_get(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let me = args.first().cloned().unwrap_or(Value::None);
    let obj = args.get(1).cloned().unwrap_or(Value::None);
    if obj.is(&Value::None) {
        return Ok(me);
    }
    let name = vm.str_string(&getset_field(&me, "__name__"))?;
    if name == "__weakref__" {
        return Ok(Value::None);
    }
    vm.getattr_str(&obj, &name)
}

// ----- mappingproxy ---------------------------------------------------------------------------
//
// `Class.__dict__` is a read-only view. pyvm's proxy wraps a snapshot of the class namespace
// (kept in the proxy's hidden dict under a key that is not an identifier): reads, iteration
// and comparisons behave as CPython's, and writes fail as they do there.

const PROXY_KEY: &str = " mapping";
/// Where the proxy of a class's namespace (`C.__dict__`) keeps the class: the namespace is read
/// afresh on each use, so the proxy is live as CPython's is.
const CLASS_PROXY_KEY: &str = " class";

fn new_mappingproxy(mapping: Value) -> Value {
    let o = crate::object::Object::new(&types().mappingproxy, Payload::Instance);
    if let Payload::Dict(d) = &o.hidden_dict().payload {
        d.borrow_mut().set_str(PROXY_KEY, mapping);
    }
    Value::Obj(o)
}

fn proxied(vm: &Vm, args: &[Value]) -> PyResult<Value> {
    let (inner, class) = match args.first() {
        Some(Value::Obj(o)) if Rc::ptr_eq(o.class(), &types().mappingproxy) => {
            match &o.hidden_dict().payload {
                Payload::Dict(d) => {
                    let d = d.borrow();
                    (
                        d.get_str(PROXY_KEY).cloned(),
                        d.get_str(CLASS_PROXY_KEY).cloned(),
                    )
                }
                _ => (None, None),
            }
        }
        _ => (None, None),
    };
    if let Some(Value::Obj(cls)) = class {
        if let Some(t) = cls.as_type() {
            return Ok(class_dict_snapshot(vm, &cls, t));
        }
    }
    inner.ok_or_else(|| type_error("descriptor requires a 'mappingproxy' object"))
}

fn mp_forward(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    vm.call_method(&m, method, args.get(1..).unwrap_or(&[]))
}

fn mp_getitem(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    let k = args.get(1).cloned().unwrap_or(Value::None);
    vm.getitem(&m, &k)
}
fn mp_contains(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    let k = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.contains(&m, &k)?))
}
fn mp_iter(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    vm.iter(&m)
}
fn mp_len(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    Ok(Value::Int(vm.len(&m)? as i64))
}
fn mp_keys(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    mp_forward(vm, args, "keys")
}
fn mp_values(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    mp_forward(vm, args, "values")
}
fn mp_items(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    mp_forward(vm, args, "items")
}
fn mp_get(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    mp_forward(vm, args, "get")
}
fn mp_copy(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    mp_forward(vm, args, "copy")
}
fn mp_eq(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    let other = args.get(1).cloned().unwrap_or(Value::None);
    let other = proxied(vm, std::slice::from_ref(&other)).unwrap_or(other);
    Ok(Value::Bool(vm.eq(&m, &other)?))
}
fn mp_repr(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    let r = vm.repr_string(&m)?;
    Ok(Value::str(&format!("mappingproxy({r})")))
}

fn mp_str(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let m = proxied(vm, args)?;
    vm.str(&m)
}

/// `mappingproxy(mapping)` (`types.MappingProxyType`): a read-only view of `mapping` itself.
fn mp_new(vm: &mut Vm, args: &[Value], kw: &crate::vm::KwArgs) -> PyResult<Value> {
    let mapping = match (args.get(1), kw.first()) {
        (Some(m), None) if args.len() == 2 => m.clone(),
        (None, Some((k, v)))
            if kw.len() == 1 && k.as_pystr().is_some_and(|s| s.eq_str("mapping")) =>
        {
            v.clone()
        }
        _ => {
            return Err(type_error(
                "mappingproxy() missing required argument 'mapping' (pos 1)",
            ))
        }
    };
    let is_mapping = matches!(mapping.payload(), Some(Payload::Dict(_)))
        || (!matches!(
            mapping.payload(),
            Some(Payload::List(_) | Payload::Tuple(_))
        ) && vm.getattr_opt(&mapping, "keys")?.is_some()
            && vm.getattr_opt(&mapping, "__getitem__")?.is_some());
    if !is_mapping {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            crate::vm::type_name_of(&mapping)
        )));
    }
    let inner = proxied(vm, std::slice::from_ref(&mapping)).unwrap_or(mapping);
    Ok(new_mappingproxy(inner))
}

/// `mappingproxy.__new__`.
pub(crate) const MAPPINGPROXY_STATIC: &[(&str, crate::objects::function::NativeFn)] =
    &[("__new__", mp_new)];

/// `module(name, doc=None)` (`types.ModuleType`).
fn module_new(vm: &mut Vm, args: &[Value], kw: &crate::vm::KwArgs) -> PyResult<Value> {
    let mut name = args.get(1).cloned();
    let mut doc = args.get(2).cloned();
    for (k, v) in kw {
        match k.as_pystr().map(|s| s.to_rust().into_owned()).as_deref() {
            Some("name") => name = Some(v.clone()),
            Some("doc") => doc = Some(v.clone()),
            Some(other) => {
                return Err(type_error(format!(
                    "module() got an unexpected keyword argument '{other}'"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let Some(name) = name else {
        return Err(type_error(
            "module() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(n) = name.as_pystr().map(|s| s.to_rust().into_owned()) else {
        return Err(type_error(format!(
            "module() argument 'name' must be str, not {}",
            crate::vm::type_name_of(&name)
        )));
    };
    let cls = match args.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => types().module.clone(),
    };
    let dict = crate::vm::fresh_dict();
    if let Payload::Dict(d) = &dict.payload {
        let mut d = d.borrow_mut();
        d.set_str("__name__", name.clone());
        d.set_str("__doc__", doc.unwrap_or(Value::None));
        d.set_str("__package__", Value::None);
        d.set_str("__loader__", Value::None);
        d.set_str("__spec__", Value::None);
    }
    let _ = vm;
    Ok(Value::Obj(crate::object::Object::new(
        &cls,
        Payload::Module {
            name: n.as_str().into(),
            dict,
        },
    )))
}

/// `module.__init__(name, doc=None)`: (re)sets `__name__` and `__doc__`.
fn module_init(_: &mut Vm, args: &[Value], kw: &crate::vm::KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(m)) = args.first() else {
        return Ok(Value::None);
    };
    let mut name = args.get(1).cloned();
    let mut doc = args.get(2).cloned();
    for (k, v) in kw {
        match k.as_pystr().map(|s| s.to_rust().into_owned()).as_deref() {
            Some("name") => name = Some(v.clone()),
            Some("doc") => doc = Some(v.clone()),
            _ => {}
        }
    }
    if let Payload::Module { dict, .. } = &m.payload {
        if let Payload::Dict(d) = &dict.payload {
            let mut d = d.borrow_mut();
            if let Some(n) = name {
                d.set_str("__name__", n);
            }
            d.set_str("__doc__", doc.unwrap_or(Value::None));
        }
    }
    Ok(Value::None)
}

/// `method(function, instance)` (`types.MethodType`).
fn method_new(_: &mut Vm, args: &[Value], kw: &crate::vm::KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("method() takes no keyword arguments"));
    }
    let (Some(func), Some(obj)) = (args.get(1), args.get(2)) else {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    if args.len() > 3 {
        return Err(type_error(format!(
            "method expected 2 arguments, got {}",
            args.len() - 1
        )));
    }
    if !crate::builtins::is_callable(func) {
        return Err(type_error("first argument must be callable"));
    }
    if obj.is(&Value::None) {
        return Err(type_error("instance must not be None"));
    }
    Ok(Value::Obj(crate::object::Object::new(
        &types().method,
        Payload::BoundMethod {
            func: func.clone(),
            receiver: obj.clone(),
        },
    )))
}

/// `method.__new__`.
pub(crate) const METHOD_STATIC: &[(&str, crate::objects::function::NativeFn)] =
    &[("__new__", method_new)];

/// `BaseException.__setstate__(state)`: a dict of attributes to set (what pickling restores).
fn exc_setstate(vm: &mut Vm, args: &[Value], _: &crate::vm::KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let state = args.get(1).cloned().unwrap_or(Value::None);
    if state.is(&Value::None) {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        return Err(type_error("state is not a dictionary"));
    };
    let items: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|e| (e.key.clone(), e.value.clone()))
        .collect();
    for (k, v) in items {
        let Some(k) = k.as_pystr().map(|s| s.to_rust().into_owned()) else {
            return Err(type_error("attribute name must be string"));
        };
        vm.setattr(&this, &k, v)?;
    }
    Ok(Value::None)
}

/// `BaseException.__setstate__`.
pub(crate) const EXC_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("__setstate__", exc_setstate)];

/// `module.__new__`.
pub(crate) const MODULE_STATIC: &[(&str, crate::objects::function::NativeFn)] =
    &[("__new__", module_new)];
/// `module.__init__`.
pub(crate) const MODULE_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("__init__", module_init)];

/// The methods of `mappingproxy`.
pub(crate) const MAPPINGPROXY_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__getitem__", mp_getitem),
    ("__contains__", mp_contains),
    ("__iter__", mp_iter),
    ("__len__", mp_len),
    ("__eq__", mp_eq),
    ("__repr__", mp_repr),
    ("__str__", mp_str),
    ("keys", mp_keys),
    ("values", mp_values),
    ("items", mp_items),
    ("get", mp_get),
    ("copy", mp_copy),
];

/// The built-in attribute `name` of `o`, if it has one.
pub(crate) fn get(vm: &mut Vm, o: &Obj, name: &str) -> PyResult<Option<Value>> {
    let dict_value = |o: &Obj| o.instance_dict().map(|d| Value::Obj(d.clone()));
    Ok(match &o.payload {
        Payload::Instance => match name {
            // The first weak reference to the object (CPython's weak-list head), or None.
            "__weakref__" if weakref_owner(o.class()).is_some() => Some(
                crate::objects::weakref::weakrefs_of(o)
                    .into_iter()
                    .next()
                    .map_or(Value::None, Value::Obj),
            ),
            // A hidden dict that only holds `__slots__` values is not a `__dict__`.
            "__dict__" if !o.class().as_type().is_some_and(|t| t.instance_dict) => None,
            "__dict__" => o.instance_dict_or_create().map(|d| Value::Obj(d.clone())),
            _ => None,
        },
        Payload::Type(t) => match name {
            "__name__" => Some(Value::str(&t.current_name())),
            "__qualname__" => Some(Value::str(&t.current_qualname())),
            "__module__" => Some(
                t.own_lookup("__module__")
                    .unwrap_or_else(|| Value::str(&t.module)),
            ),
            "__mro__" => {
                let mut v = vec![o.clone()];
                v.extend(t.mro().iter().cloned());
                Some(tuple_of(vm, v))
            }
            "__bases__" => {
                let bases = t.bases().clone();
                Some(tuple_of(vm, bases))
            }
            "__base__" => Some(t.first_base().map_or(Value::None, Value::Obj)),
            "__dict__" => {
                let proxy = crate::object::Object::new(&types().mappingproxy, Payload::Instance);
                if let Payload::Dict(d) = &proxy.hidden_dict().payload {
                    d.borrow_mut()
                        .set_str(CLASS_PROXY_KEY, Value::Obj(o.clone()));
                }
                let _ = t;
                Some(Value::Obj(proxy))
            }
            "__weakref__" => weakref_owner(o).map(|owner| getset_descriptor(name, &owner)),
            "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__"
                if crate::objects::typeobj::is_subtype(o, &types().base_exception) =>
            {
                Some(getset_descriptor(name, &types().base_exception))
            }
            "__doc__" => Some(t.own_lookup("__doc__").unwrap_or(Value::None)),
            // pyvm's objects have no C layout; these answer with CPython's figures for
            // `object` (what code that only compares them expects).
            "__basicsize__" => Some(Value::Int(16)),
            "__itemsize__" => Some(Value::Int(0)),
            _ => None,
        },
        Payload::Function(f) => match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__code__" => {
                let c = f.code_obj.borrow().clone();
                if c.is(&Value::None) {
                    Some(Value::Obj(crate::object::Object::new(
                        &types().code,
                        Payload::Code(f.code.clone()),
                    )))
                } else {
                    Some(c)
                }
            }
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__closure__" => {
                let c = f.closure.borrow();
                if c.is_empty() {
                    Some(Value::None)
                } else {
                    Some(vm.new_tuple(c.to_vec()))
                }
            }
            "__module__" => Some(f.module.borrow().clone()),
            "__dict__" => o.instance_dict_or_create().map(|d| Value::Obj(d.clone())),
            "__doc__" => Some(f.doc()),
            "__type_params__" => {
                let t = f.type_params.borrow().clone();
                Some(if t.is(&Value::None) {
                    vm.new_tuple(Vec::new())
                } else {
                    t
                })
            }
            "__annotations__" => {
                let a = f.annotations.borrow().clone();
                if a.is(&Value::None) {
                    let d = vm.new_dict();
                    *f.annotations.borrow_mut() = d.clone();
                    Some(d)
                } else {
                    Some(a)
                }
            }
            _ => None,
        },
        Payload::BoundMethod { func, receiver } => match name {
            "__self__" => Some(receiver.clone()),
            "__func__" => Some(func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__text_signature__" => {
                let func = func.clone();
                Some(vm.getattr_str(&func, name)?)
            }
            _ => None,
        },
        Payload::Builtin(b) => match name {
            "__name__" => Some(Value::str(b.name)),
            "__qualname__" => Some(Value::str(&match &b.owner {
                Some(t) => format!("{}.{}", t, b.name),
                None => b.name.to_string(),
            })),
            "__doc__" => Some(
                crate::objects::builtin_docs::builtin_doc(b.owner.as_deref(), b.name)
                    .map_or(Value::None, Value::str),
            ),
            "__text_signature__" => Some(
                crate::objects::builtin_docs::builtin_text_signature(b.owner.as_deref(), b.name)
                    .map_or(Value::None, Value::str),
            ),
            "__self__" if b.owner.is_none() => Some(Value::Obj(vm.builtins_module.clone())),
            "__module__" => Some(if b.owner.is_none() {
                Value::str("builtins")
            } else {
                Value::None
            }),
            _ => None,
        },
        Payload::Exception(st) => match name {
            "__weakref__" if weakref_owner(o.class()).is_some() => Some(Value::None),
            "args" => Some(st.borrow().args.clone()),
            "__cause__" => Some(st.borrow().cause.clone()),
            "__context__" => Some(st.borrow().context.clone()),
            "__suppress_context__" => Some(Value::Bool(st.borrow().suppress_context)),
            "__traceback__" => {
                let mut tb = st.borrow().traceback.clone();
                if tb.is_empty() {
                    Some(Value::None)
                } else {
                    tb.reverse();
                    let cached = st.borrow().tb_obj.clone();
                    if let Some(c) = cached {
                        if let Payload::Traceback(old) = &c.payload {
                            let same = old.len() == tb.len()
                                && old
                                    .iter()
                                    .zip(tb.iter())
                                    .all(|(a, b)| Rc::ptr_eq(&a.code, &b.code) && a.ip == b.ip);
                            if same {
                                return Ok(Some(Value::Obj(c)));
                            }
                        }
                    }
                    let obj = crate::object::Object::new(
                        &types().traceback,
                        Payload::Traceback(tb.into()),
                    );
                    st.borrow_mut().tb_obj = Some(obj.clone());
                    Some(Value::Obj(obj))
                }
            }
            "__dict__" => o.instance_dict_or_create().map(|d| Value::Obj(d.clone())),
            "value" if crate::objects::typeobj::is_subtype(o.class(), &types().stop_iteration) => {
                Some(
                    st.borrow()
                        .arg_items()
                        .first()
                        .cloned()
                        .unwrap_or(Value::None),
                )
            }
            "code" if crate::objects::typeobj::is_subtype(o.class(), &types().system_exit) => {
                let items = st.borrow().arg_items();
                Some(match items.len() {
                    0 => Value::None,
                    1 => items.first().cloned().unwrap_or(Value::None),
                    _ => st.borrow().args.clone(),
                })
            }
            "name" | "obj"
                if crate::objects::typeobj::is_subtype(o.class(), &types().attribute_error)
                    || crate::objects::typeobj::is_subtype(o.class(), &types().name_error) =>
            {
                Some(
                    dict_value(o)
                        .and_then(|d| match d.payload() {
                            Some(Payload::Dict(t)) => t.borrow().get_str(name).cloned(),
                            _ => None,
                        })
                        .unwrap_or(Value::None),
                )
            }
            _ => None,
        },
        Payload::Module { dict, .. } => match name {
            "__dict__" => Some(Value::Obj(dict.clone())),
            _ => None,
        },
        Payload::Property { fget, fset, fdel } => match name {
            "fget" => Some(fget.clone()),
            "fset" => Some(fset.clone()),
            "fdel" => Some(fdel.clone()),
            "__doc__" => {
                let explicit = o.instance_dict().and_then(|d| match &d.payload {
                    Payload::Dict(m) => m.borrow().get_str("__doc__").cloned(),
                    _ => None,
                });
                if let Some(d) = explicit {
                    Some(d)
                } else if fget.is(&Value::None) {
                    Some(Value::None)
                } else {
                    let fget = fget.clone();
                    Some(vm.getattr_opt(&fget, "__doc__")?.unwrap_or(Value::None))
                }
            }
            "__isabstractmethod__" => {
                let parts = [fget.clone(), fset.clone(), fdel.clone()];
                let mut abstract_ = false;
                for f in parts.iter().filter(|f| !f.is(&Value::None)) {
                    if let Some(v) = vm.getattr_opt(f, "__isabstractmethod__")? {
                        if vm.truthy(&v)? {
                            abstract_ = true;
                            break;
                        }
                    }
                }
                Some(Value::Bool(abstract_))
            }
            _ => None,
        },
        Payload::Member(m) => match name {
            "__name__" => Some(Value::str(&m.name)),
            "__qualname__" => Some(Value::str(&format!("{}.{}", m.owner_name, m.name))),
            "__objclass__" => m.owner().map(Value::Obj),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Payload::ClassMethod(f) | Payload::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.clone()),
            // Copied from the wrapped callable (3.10+), as `functools.wraps` would.
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = f.clone();
                vm.getattr_opt(&f, name)?
            }
            "__isabstractmethod__" => {
                let f = f.clone();
                match vm.getattr_opt(&f, "__isabstractmethod__")? {
                    Some(v) => Some(Value::Bool(vm.truthy(&v)?)),
                    None => Some(Value::Bool(false)),
                }
            }
            "__dict__" => o.instance_dict_or_create().map(|d| Value::Obj(d.clone())),
            _ => None,
        },
        Payload::Range(r) => {
            let (start, stop, step) = r.bounds();
            match name {
                "start" => Some(crate::objects::int::from_big(start)),
                "stop" => Some(crate::objects::int::from_big(stop)),
                "step" => Some(crate::objects::int::from_big(step)),
                _ => None,
            }
        }
        Payload::Slice(parts) => match name {
            "start" => Some(parts[0].clone()),
            "stop" => Some(parts[1].clone()),
            "step" => Some(parts[2].clone()),
            _ => None,
        },
        Payload::Cell(c) => match name {
            "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_unbound() {
                    return Err(crate::error::value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Payload::Code(c) => {
            let code = &c.code;
            match name {
                "co_name" => Some(Value::str(&code.name)),
                "co_qualname" => Some(Value::str(&code.qualname)),
                "co_filename" => Some(Value::str(&code.filename)),
                "co_firstlineno" => Some(Value::Int(i64::from(code.firstlineno))),
                "co_argcount" => Some(Value::Int(i64::from(code.argcount))),
                "co_posonlyargcount" => Some(Value::Int(i64::from(code.posonlyargcount))),
                "co_kwonlyargcount" => Some(Value::Int(i64::from(code.kwonlyargcount))),
                "co_flags" => Some(Value::Int(i64::from(code.flags))),
                "co_varnames" => Some(strs(vm, &code.varnames)),
                "co_cellvars" => Some(strs(vm, &code.cellvars)),
                "co_freevars" => Some(strs(vm, &code.freevars)),
                "co_names" => Some(strs(vm, &code.names)),
                "co_nlocals" => Some(Value::Int(code.varnames.len() as i64)),
                "co_consts" => Some(vm.new_tuple(c.consts.to_vec())),
                _ => None,
            }
        }
        Payload::Generator(g) => match name {
            "__name__" => Some(g.borrow().name.clone()),
            "__qualname__" => Some(g.borrow().qualname.clone()),
            "gi_running" | "cr_running" | "ag_running" => Some(Value::Bool(
                g.borrow().status == crate::objects::generator::GenStatus::Running,
            )),
            "gi_suspended" | "cr_suspended" | "ag_suspended" => Some(Value::Bool(
                g.borrow().status == crate::objects::generator::GenStatus::Suspended,
            )),
            "gi_frame" | "cr_frame" | "ag_frame" => {
                Some(crate::objects::frameobj::generator_frame(vm, o)?)
            }
            "gi_code" | "cr_code" | "ag_code" => {
                let st = g.borrow();
                // The function's own code object when it has one, so `gi_code is f.__code__`.
                let own = match st.func.as_ref().map(|f| &f.payload) {
                    Some(Payload::Function(f)) if std::rc::Rc::ptr_eq(&f.code, &st.code) => {
                        Some(f.code_obj.borrow().clone()).filter(|c| !c.is(&Value::None))
                    }
                    _ => None,
                };
                Some(own.unwrap_or_else(|| {
                    Value::Obj(crate::object::Object::new(
                        &types().code,
                        Payload::Code(st.code.clone()),
                    ))
                }))
            }
            "gi_yieldfrom" | "cr_await" | "ag_await" => Some(yielding_from(&g.borrow())),
            "cr_origin" => Some(Value::None),
            _ => None,
        },
        Payload::Int(b) => match name {
            "real" | "numerator" => Some(from_big(b.clone())),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Payload::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Payload::Complex(re, im) => match name {
            "real" => Some(Value::Float(*re)),
            "imag" => Some(Value::Float(*im)),
            _ => None,
        },
        Payload::Super { .. } => None,
        Payload::Traceback(entries) => match name {
            "tb_lineno" => Some(
                entries
                    .first()
                    .and_then(|e| e.code.code.line_of(e.ip))
                    .map_or(Value::None, |l| Value::Int(i64::from(l))),
            ),
            "tb_next" => Some(if entries.len() > 1 {
                Value::Obj(crate::object::Object::new(
                    &types().traceback,
                    Payload::Traceback(entries.get(1..).unwrap_or(&[]).into()),
                ))
            } else {
                Value::None
            }),
            "tb_lasti" => Some(Value::Int(entries.first().map_or(0, |e| e.ip as i64 * 4))),
            "tb_frame" => entries.first().map(|e| frame_object(vm, e)),
            _ => None,
        },
        _ => match name {
            "__dict__" => dict_value(o),
            _ => None,
        },
    })
}

/// `obj.__dict__ = d`: the instance dict object cannot be swapped (it is set once), so its
/// contents are replaced by `d`'s.
fn replace_instance_dict(o: &Obj, v: &Value) -> PyResult<()> {
    let Some(Payload::Dict(src)) = v.payload() else {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            crate::vm::type_name_of(v)
        )));
    };
    let items: Vec<(i64, Value, Value)> = src
        .borrow()
        .iter()
        .map(|e| (e.hash, e.key.clone(), e.value.clone()))
        .collect();
    if let Some(Payload::Dict(d)) = o.instance_dict_or_create().map(|d| &d.payload) {
        let old = std::mem::take(&mut *d.borrow_mut());
        let mut d = d.borrow_mut();
        for (h, k, val) in items {
            d.insert_new(h, k, val);
        }
        drop(d);
        drop(old);
    }
    Ok(())
}

/// Sets (or deletes, `value == None`) a built-in attribute. `Ok(false)`: not one.
pub(crate) fn set(vm: &mut Vm, o: &Obj, name: &str, value: &Option<Value>) -> PyResult<bool> {
    let _ = vm;
    match &o.payload {
        Payload::Function(f) => {
            let v = value.clone().unwrap_or(Value::None);
            match name {
                "__name__" | "__qualname__" => {
                    if v.as_pystr().is_none() {
                        return Err(type_error(format!("{name} must be set to a string object")));
                    }
                    if name == "__name__" {
                        *f.name.borrow_mut() = v;
                    } else {
                        *f.qualname.borrow_mut() = v;
                    }
                }
                "__defaults__" => {
                    if !matches!(v, Value::None) && !matches!(v.payload(), Some(Payload::Tuple(_)))
                    {
                        return Err(type_error("__defaults__ must be set to a tuple object"));
                    }
                    *f.defaults.borrow_mut() = v;
                }
                "__kwdefaults__" => {
                    if !matches!(v, Value::None) && !matches!(v.payload(), Some(Payload::Dict(_))) {
                        return Err(type_error("__kwdefaults__ must be set to a dict object"));
                    }
                    *f.kwdefaults.borrow_mut() = v;
                }
                "__annotations__" => {
                    if !matches!(v, Value::None) && !matches!(v.payload(), Some(Payload::Dict(_))) {
                        return Err(type_error("__annotations__ must be set to a dict object"));
                    }
                    *f.annotations.borrow_mut() = v;
                }
                "__doc__" => *f.doc.borrow_mut() = v,
                "__type_params__" => {
                    if !matches!(v.payload(), Some(Payload::Tuple(_))) {
                        return Err(type_error("__type_params__ must be set to a tuple"));
                    }
                    *f.type_params.borrow_mut() = v;
                }
                "__module__" => *f.module.borrow_mut() = v,
                "__dict__" => {
                    let Some(v) = value else {
                        return Err(type_error("cannot delete __dict__"));
                    };
                    replace_instance_dict(o, v)?;
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        Payload::Generator(g) if name == "__name__" || name == "__qualname__" => {
            let v = value.clone().unwrap_or(Value::None);
            if v.as_pystr().is_none() {
                return Err(type_error(format!("{name} must be set to a string object")));
            }
            let mut g = g.borrow_mut();
            if name == "__name__" {
                g.name = v;
            } else {
                g.qualname = v;
            }
            Ok(true)
        }
        Payload::Exception(st) => {
            let v = value.clone().unwrap_or(Value::None);
            match name {
                "args" => {
                    let items = vm.collect_iter(&v)?;
                    st.borrow_mut().args = vm.new_tuple(items);
                }
                "__cause__" | "__context__" => {
                    let is_exc = matches!(v.payload(), Some(Payload::Exception(_)));
                    if !is_exc && !v.is(&Value::None) {
                        let what = if name == "__cause__" {
                            "cause"
                        } else {
                            "context"
                        };
                        return Err(type_error(format!(
                            "exception {what} must be None or derive from BaseException"
                        )));
                    }
                    let mut s = st.borrow_mut();
                    if name == "__cause__" {
                        s.cause = v;
                        s.suppress_context = true;
                    } else {
                        s.context = v;
                    }
                }
                "__suppress_context__" => st.borrow_mut().suppress_context = vm.truthy_fast(&v),
                "__traceback__" => {
                    if v.is(&Value::None) {
                        st.borrow_mut().traceback.clear();
                    } else if let Some(Payload::Traceback(entries)) = v.payload() {
                        let mut e = entries.to_vec();
                        e.reverse();
                        let mut s = st.borrow_mut();
                        s.traceback = e;
                        if let Value::Obj(o) = &v {
                            s.tb_obj = Some(o.clone());
                        }
                    } else {
                        return Err(type_error("__traceback__ must be a traceback or None"));
                    }
                }
                _ => return Ok(false),
            }
            Ok(true)
        }
        // `obj.__dict__ = d`: the instance dict object cannot be swapped (it is set once), so
        // its contents are replaced by `d`'s.
        Payload::Instance
            if name == "__dict__" && o.class().as_type().is_some_and(|t| t.instance_dict) =>
        {
            let Some(v) = value else {
                return Err(type_error("cannot delete __dict__"));
            };
            replace_instance_dict(o, v)?;
            Ok(true)
        }
        Payload::Cell(c) if name == "cell_contents" => {
            let old = std::mem::replace(
                &mut *c.borrow_mut(),
                value.clone().unwrap_or(Value::Unbound),
            );
            drop(old);
            Ok(true)
        }
        Payload::Type(t) if t.heap => match name {
            "__name__" | "__qualname__" => {
                let Some(v) = value.as_ref().and_then(Value::as_pystr) else {
                    if value.is_none() {
                        return Err(type_error(format!(
                            "cannot delete '{name}' attribute of immutable type '{}'",
                            t.current_name()
                        )));
                    }
                    return Err(type_error(format!(
                        "can only assign string to {}.{}, not '{}'",
                        t.current_name(),
                        name,
                        value
                            .as_ref()
                            .map(crate::vm::type_name_of)
                            .unwrap_or_default()
                    )));
                };
                let new: Rc<str> = v.to_rust().as_ref().into();
                if name == "__name__" {
                    if new.contains('\0') {
                        return Err(crate::error::value_error(
                            "type name must not contain null characters",
                        ));
                    }
                    t.renamed.borrow_mut().0 = Some(new);
                } else {
                    t.renamed.borrow_mut().1 = Some(new);
                }
                t.version.set(t.version.get().wrapping_add(1));
                Ok(true)
            }
            _ => Ok(false),
        },
        _ => Ok(false),
    }
}

/// A snapshot frame object for a traceback entry: `f_code`, `f_lineno`, `f_globals`.
fn frame_object(vm: &Vm, e: &crate::objects::exception::TbEntry) -> Value {
    let cls = crate::objects::frameobj::frame_type();
    let o = crate::object::Object::new(&cls, Payload::Instance);
    if let Some(d) = o.instance_dict_or_create() {
        if let Payload::Dict(t) = &d.payload {
            let mut t = t.borrow_mut();
            t.set_str(
                "f_code",
                Value::Obj(crate::object::Object::new(
                    &types().code,
                    Payload::Code(e.code.clone()),
                )),
            );
            t.set_str(
                "f_lineno",
                e.code
                    .code
                    .line_of(e.ip)
                    .map_or(Value::None, |l| Value::Int(i64::from(l))),
            );
            t.set_str("f_lasti", Value::Int(e.ip as i64 * 4));
            t.set_str("f_back", Value::None);
            t.set_str("f_locals", vm.new_dict());
            t.set_str("f_globals", vm.new_dict());
        }
    }
    Value::Obj(o)
}

/// The iterator a generator suspended in `yield from`/`await` is delegating to (`gi_yieldfrom`,
/// `cr_await`), else `None`.
fn yielding_from(st: &crate::objects::generator::GenState) -> Value {
    if st.status != crate::objects::generator::GenStatus::Suspended {
        return Value::None;
    }
    match st
        .ip
        .checked_sub(1)
        .and_then(|i| st.code.code.instructions.get(i))
    {
        Some(pyvm_compiler::instr::Instr::YieldFrom { iter, .. }) => st
            .regs
            .get(usize::from(*iter))
            .cloned()
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}
