//! Methods of `object` and `type` reachable as attributes.

use crate::error::{type_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::typeobj::Kind;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn type_mro(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => match o.as_type() {
            Some(t) => {
                let mut items = vec![Value::Obj(o.clone())];
                items.extend(t.mro().iter().cloned().map(Value::Obj));
                Ok(vm.new_list(items))
            }
            None => Err(type_error("descriptor 'mro' requires a 'type' object")),
        },
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// Methods of `object`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[];
/// Methods of `type`.
pub(crate) const TYPE_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("mro", type_mro), ("__subclasses__", type_subclasses)];

fn type_subclasses(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) if o.as_type().is_some() => {
            let subs = crate::objects::typeobj::subclasses_of(o);
            Ok(vm.new_list(subs.into_iter().map(Value::Obj).collect()))
        }
        _ => Err(type_error(
            "descriptor '__subclasses__' requires a 'type' object",
        )),
    }
}

fn object_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(first) = args.first() else {
        return Err(type_error("object.__new__(): not enough arguments"));
    };
    let Value::Obj(cls) = first else {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(first)
        )));
    };
    let Some(t) = cls.as_type() else {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&Value::Obj(cls.clone()))
        )));
    };
    if t.kind == Kind::NoneType {
        if args.len() > 1 || !kw.is_empty() {
            return Err(type_error("NoneType takes no arguments"));
        }
        return Ok(Value::None);
    }
    if args.len() > 1 || !kw.is_empty() {
        let new_overridden = crate::objects::typeobj::lookup(cls, "__new__").is_some_and(|n| {
            !matches!(n.payload(), Some(crate::object::Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
        });
        let init_overridden = crate::objects::typeobj::lookup(cls, "__init__").is_some_and(|n| {
            !matches!(n.payload(), Some(crate::object::Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
        });
        if new_overridden {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !init_overridden {
            return Err(type_error(format!("{}() takes no arguments", t.name)));
        }
    }
    if let Some(abstract_) = t.own_lookup("__abstractmethods__") {
        refuse_abstract(vm, &t.name, &abstract_)?;
    }
    let payload = match t.kind {
        Kind::NoneType => {
            if args.len() > 1 || !kw.is_empty() {
                return Err(type_error("NoneType takes no arguments"));
            }
            return Ok(Value::None);
        }
        Kind::Object => Payload::Instance,
        Kind::Exception => Payload::Exception(Box::new(std::cell::RefCell::new(
            crate::objects::exception::ExcState::new(
                vm.new_tuple(args.get(1..).unwrap_or(&[]).to_vec()),
            ),
        ))),
        _ => {
            return Err(type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                t.name, t.name
            )))
        }
    };
    let o = Object::new(cls, payload);
    if t.heap && matches!(o.payload, Payload::Instance) {
        crate::modules::track_for_gc(&o);
    }
    Ok(Value::Obj(o))
}

/// `object.__new__` of a class whose `__abstractmethods__` is a non-empty set (what `abc`
/// computes): CPython 3.12's TypeError naming the sorted abstract methods.
fn refuse_abstract(vm: &mut Vm, name: &str, abstract_: &Value) -> PyResult<()> {
    if !vm.truthy(abstract_)? {
        return Ok(());
    }
    let mut names = Vec::new();
    for m in vm.collect_iter(abstract_)? {
        names.push(vm.str_string(&m)?);
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    Err(type_error(format!(
        "Can't instantiate abstract class {name} without an implementation for abstract method{plural} '{}'",
        names.join("', '")
    )))
}

fn object_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        let this = args.first().cloned().unwrap_or(Value::None);
        let cls = crate::vm::type_of(&this).clone();
        let new_overridden = crate::objects::typeobj::lookup(&cls, "__new__").is_some_and(|n| {
            !matches!(n.payload(), Some(crate::object::Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
        });
        let init_overridden = crate::objects::typeobj::lookup(&cls, "__init__").is_some_and(|n| {
            !matches!(n.payload(), Some(crate::object::Payload::Builtin(b)) if b.owner.as_deref() == Some("object"))
        });
        if init_overridden {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !new_overridden {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                vm.type_name(&this)
            )));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => Ok(Value::str(&crate::repr::default_repr(o))),
        Some(v) => vm.repr(v),
        None => Err(type_error(
            "descriptor '__repr__' of 'object' object needs an argument",
        )),
    }
}

fn object_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    vm.repr(&v)
}

fn object_eq(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match (args.first(), args.get(1)) {
        (Some(a), Some(b)) if a.is(b) => Ok(Value::Bool(true)),
        _ => Ok(Value::Obj(crate::types::types().not_implemented.clone())),
    }
}

fn object_ne(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected 1 argument"));
    };
    let r = match vm.call_dunder(a, "__eq__", std::slice::from_ref(b))? {
        Some(r) => r,
        None => return Ok(Value::Bool(!a.is(b))),
    };
    if vm.is_not_implemented(&r) {
        return Ok(r);
    }
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let _ = vm;
    Ok(Value::Int(crate::hash::hash_pointer(v.id() as usize)))
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(obj), Some(name)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected 1 argument"));
    };
    let Some(n) = name.as_pystr().map(|s| s.to_rust().into_owned()) else {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    };
    let cls = crate::vm::type_of(obj).clone();
    match vm.generic_getattr(obj, &cls, &n)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, &n)),
    }
}

fn object_setattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(obj), Some(name), Some(v)) = (args.first(), args.get(1), args.get(2)) else {
        return Err(type_error("expected 2 arguments"));
    };
    let n = name
        .as_pystr()
        .map(|s| s.to_rust().into_owned())
        .unwrap_or_default();
    let cls = crate::vm::type_of(obj).clone();
    vm.generic_setattr(obj, &cls, &n, Some(v.clone()))?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (Some(obj), Some(name)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected 1 argument"));
    };
    let n = name
        .as_pystr()
        .map(|s| s.to_rust().into_owned())
        .unwrap_or_default();
    let cls = crate::vm::type_of(obj).clone();
    vm.generic_setattr(obj, &cls, &n, None)?;
    Ok(Value::None)
}

fn object_init_subclass(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = match args.first().and_then(Value::payload) {
            Some(Payload::Type(t)) => t.name.to_string(),
            _ => vm.type_name(args.first().unwrap_or(&Value::None)),
        };
        return Err(type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    match args.get(1).and_then(Value::as_pystr) {
        Some(spec) if !spec.is_empty() => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&v)
        ))),
        _ => vm.str(&v),
    }
}

fn type_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(meta)) = args.first() else {
        return Err(type_error("type.__new__(): not enough arguments"));
    };
    if args.len() == 2 {
        let v = args.get(1).cloned().unwrap_or(Value::None);
        return Ok(Value::Obj(crate::vm::type_of(&v).clone()));
    }
    if args.len() != 4 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let name = match args.get(1).and_then(Value::as_pystr) {
        Some(s) => s.to_rust().into_owned(),
        None => {
            return Err(type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(args.get(1).unwrap_or(&Value::None))
            )))
        }
    };
    let bases_v = args.get(2).cloned().unwrap_or(Value::None);
    let Some(Payload::Tuple(bases)) = bases_v.payload() else {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            vm.type_name(&bases_v)
        )));
    };
    for b in bases.iter() {
        if b.payload().is_some_and(|p| !matches!(p, Payload::Type(_)))
            && vm
                .getattr_opt(b, "__mro_entries__")
                .ok()
                .flatten()
                .is_some()
        {
            return Err(type_error(
                "type() doesn't support MRO entry resolution; use types.new_class()",
            ));
        }
    }
    let bases = crate::class::bases_as_types(bases)?;
    let ns = args.get(3).cloned().unwrap_or(Value::None);
    if !matches!(ns.payload(), Some(Payload::Dict(_))) {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&ns)
        )));
    }
    let winner = vm.calculate_meta(meta, &bases)?;
    // A more derived metaclass with its own `__new__` builds the class (CPython's type_new
    // defers to `winner->tp_new`).
    if !std::rc::Rc::ptr_eq(&winner, meta) {
        if let Some(new) = crate::objects::typeobj::lookup(&winner, "__new__") {
            let new = match new.payload() {
                Some(Payload::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            if !matches!(new.payload(), Some(Payload::Builtin(_))) {
                let mut a = args.to_vec();
                if let Some(first) = a.first_mut() {
                    *first = Value::Obj(winner.clone());
                }
                return vm.call(&new, &a, kw);
            }
        }
    }
    vm.new_class(&winner, &name, bases, &ns, kw)
}

fn type_init(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_prepare(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(vm.new_dict())
}

fn type_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(cls)) if cls.as_type().is_some() => {
            let cls = cls.clone();
            vm.type_call_default(&cls, args.get(1..).unwrap_or(&[]), kw)
        }
        _ => Err(type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_subclasscheck(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match (args.first(), args.get(1)) {
        (Some(Value::Obj(a)), Some(Value::Obj(b))) => {
            Ok(Value::Bool(crate::objects::typeobj::is_subtype(b, a)))
        }
        _ => Ok(Value::Bool(false)),
    }
}

fn type_instancecheck(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match (args.first(), args.get(1)) {
        (Some(Value::Obj(a)), Some(v)) => Ok(Value::Bool(crate::objects::typeobj::is_subtype(
            crate::vm::type_of(v),
            a,
        ))),
        _ => Ok(Value::Bool(false)),
    }
}

/// Static methods of `object` (`__new__`).
pub(crate) const OBJECT_STATIC: &[(&str, crate::objects::function::NativeFn)] =
    &[("__new__", object_new)];
/// Static methods of `type` (`__new__`, `__prepare__`).
pub(crate) const TYPE_STATIC: &[(&str, crate::objects::function::NativeFn)] =
    &[("__new__", type_new), ("__prepare__", type_prepare)];
/// Instance methods of `object` that user classes may call explicitly.
pub(crate) const OBJECT_CORE: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__init__", object_init),
    ("__repr__", object_repr),
    ("__str__", object_str),
    ("__eq__", object_eq),
    ("__ne__", object_ne),
    ("__hash__", object_hash),
    ("__getattribute__", object_getattribute),
    ("__setattr__", object_setattr),
    ("__delattr__", object_delattr),
    ("__format__", object_format),
];
/// Class methods of `object`.
pub(crate) const OBJECT_CLASSMETHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("__init_subclass__", object_init_subclass)];
/// Core methods of `type`.
pub(crate) const TYPE_CORE: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__init__", type_init),
    ("__call__", type_call),
    ("__subclasscheck__", type_subclasscheck),
    ("__instancecheck__", type_instancecheck),
    ("__or__", crate::typing::union_or),
    ("__ror__", crate::typing::union_ror),
    ("__repr__", type_repr),
];

/// `type.__repr__`: `<class 'mod.Name'>` (reached when the class has a Python metaclass,
/// whose MRO would otherwise end at `object.__repr__`).
fn type_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(v @ Value::Obj(o)) if o.as_type().is_some() => {
            let s = crate::repr::builtin_repr(vm, v)?;
            Ok(Value::str(&s))
        }
        _ => Err(type_error("descriptor '__repr__' requires a 'type' object")),
    }
}
