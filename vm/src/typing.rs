//! Run-time typing objects that the language itself creates: `types.GenericAlias` (`list[int]`,
//! from `__class_getitem__`), `types.UnionType` (`int | str`), and PEP 695's `TypeVar`,
//! `ParamSpec`, `TypeVarTuple`, `TypeAliasType` and `Generic` (made by `CallIntrinsic`).
//!
//! CPython implements these in C, so annotations such as `def f(x: list[int] | None)` work without
//! importing `typing`; here they are native too. Their state (`__origin__`, `__args__`,
//! `__name__`, ...) lives in the instance dict: it keeps the objects plain `Payload::Instance`
//! values, which every part of the VM already handles, at the price of a `__dict__` CPython's
//! objects do not have.

use std::rc::Rc;

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::function::BuiltinKind;
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_classmethods, add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// The native typing classes of this thread (built on first use).
pub(crate) struct TypingTypes {
    pub generic_alias: Obj,
    /// `typing.Unpack` (the origin of what `*Ts` gives in an annotation).
    pub unpack: Value,
    pub union: Obj,
    pub typevar: Obj,
    pub paramspec: Obj,
    pub typevartuple: Obj,
    pub alias: Obj,
    pub generic: Obj,
}

fn new_type(name: &str, module: &str, base_ok: bool) -> Obj {
    let mut t = TypeObject::builtin(name, Some(&types().object), Kind::Object, base_ok);
    t.module = module.into();
    t.instance_dict = true;
    // "heap": the VM dispatches `__repr__`, `__eq__`, `__hash__`, `|`, calls... through the
    // type's namespace only for heap types; these natives rely on that.
    t.heap = true;
    Object::new_type_object(t)
}

thread_local! {
    static TYPING: Rc<TypingTypes> = Rc::new(build());
}

/// The typing classes.
pub(crate) fn typing_types() -> Rc<TypingTypes> {
    TYPING.with(Rc::clone)
}

fn build() -> TypingTypes {
    let unpack_cls = new_type("_SpecialForm", "typing", false);
    add_methods(
        &unpack_cls,
        &[("__repr__", unpack_repr)],
        BuiltinKind::Method,
    );
    let tt = TypingTypes {
        unpack: new_instance(&unpack_cls, &[("_name", Value::str("Unpack"))]),
        generic_alias: new_type("GenericAlias", "types", false),
        union: new_type("UnionType", "types", false),
        typevar: new_type("TypeVar", "typing", false),
        paramspec: new_type("ParamSpec", "typing", false),
        typevartuple: new_type("TypeVarTuple", "typing", false),
        alias: new_type("TypeAliasType", "typing", false),
        generic: {
            let mut t = TypeObject::builtin("Generic", Some(&types().object), Kind::Object, true);
            t.module = "typing".into();
            t.heap = true;
            Object::new_type_object(t)
        },
    };
    let m = BuiltinKind::Method;
    add_methods(
        &tt.generic_alias,
        &[
            ("__repr__", ga_repr),
            ("__eq__", ga_eq),
            ("__hash__", ga_hash),
            ("__call__", ga_call),
            ("__mro_entries__", ga_mro_entries),
            ("__instancecheck__", ga_instancecheck),
            ("__subclasscheck__", ga_subclasscheck),
            ("__or__", union_or),
            ("__ror__", union_ror),
            ("__getattr__", ga_getattr),
            ("__getitem__", ga_getitem),
            ("__iter__", ga_iter),
        ],
        m,
    );
    add_methods(
        &tt.generic_alias,
        &[("__new__", ga_new)],
        BuiltinKind::Function,
    );
    add_methods(&tt.union, &[("__new__", union_new)], BuiltinKind::Function);
    add_methods(
        &tt.union,
        &[
            ("__repr__", union_repr),
            ("__eq__", union_eq),
            ("__hash__", union_hash),
            ("__getitem__", union_getitem),
            ("__instancecheck__", union_instancecheck),
            ("__subclasscheck__", union_subclasscheck),
            ("__or__", union_or),
            ("__ror__", union_ror),
        ],
        m,
    );
    add_methods(&tt.typevartuple, &[("__iter__", tvt_iter)], m);
    for t in [&tt.typevar, &tt.paramspec, &tt.typevartuple] {
        add_methods(
            t,
            &[
                ("__repr__", tv_repr),
                ("__or__", tv_or),
                ("__ror__", tv_ror),
                ("__getattr__", tv_getattr),
            ],
            m,
        );
    }
    add_methods(
        &tt.alias,
        &[
            ("__repr__", alias_repr),
            ("__getitem__", alias_getitem),
            ("__or__", union_or),
            ("__ror__", union_ror),
            ("__getattr__", alias_getattr),
        ],
        m,
    );
    add_classmethods(&tt.generic, &[("__class_getitem__", generic_class_getitem)]);
    tt
}

/// Gives the built-in containers their `__class_getitem__` (PEP 585: `list[int]`).
pub(crate) fn register() {
    let t = types();
    for cls in [
        &t.list,
        &t.dict,
        &t.tuple,
        &t.set,
        &t.frozenset,
        &t.enumerate,
        &t.dict_keys,
        &t.dict_values,
        &t.dict_items,
        &t.memoryview,
    ] {
        add_classmethods(cls, &[("__class_getitem__", class_getitem)]);
    }
}

// ----- helpers ----------------------------------------------------------------------------

fn new_instance(cls: &Obj, attrs: &[(&str, Value)]) -> Value {
    let o = Object::new(cls, Payload::Instance);
    if let Some(Payload::Dict(d)) = o.instance_dict_or_create().map(|d| &d.payload) {
        let mut d = d.borrow_mut();
        for (k, v) in attrs {
            d.set_str(k, v.clone());
        }
    }
    Value::Obj(o)
}

fn attr(v: &Value, name: &str) -> Option<Value> {
    let Value::Obj(o) = v else { return None };
    match &o.instance_dict()?.payload {
        Payload::Dict(d) => d.borrow().get_str(name).cloned(),
        _ => None,
    }
}

fn is_instance_of(v: &Value, cls: &Obj) -> bool {
    matches!(v, Value::Obj(o) if Rc::ptr_eq(o.class(), cls))
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}

fn self_arg(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn not_implemented() -> Value {
    Value::Obj(types().not_implemented.clone())
}

/// CPython's `_Py_typing_type_repr`: `int` for builtins, `mod.Qual` for other classes, `...`,
/// otherwise `repr()`.
fn type_repr(vm: &mut Vm, p: &Value) -> PyResult<String> {
    if let Value::Obj(o) = p {
        if Rc::ptr_eq(o, &types().ellipsis) {
            return Ok("...".into());
        }
        if Rc::ptr_eq(o, &types().none_type) {
            return Ok("None".into());
        }
    }
    if p.is(&Value::None) {
        return Ok("None".into());
    }
    if attr(p, "__origin__").is_some() && attr(p, "__args__").is_some() {
        return vm.repr_string(p);
    }
    if let Some(Payload::Type(_)) = p.payload() {
        let q = vm.getattr_opt(p, "__qualname__")?;
        let m = vm.getattr_opt(p, "__module__")?;
        if let (Some(q), Some(m)) = (q, m) {
            if let (Some(q), Some(ms)) = (q.as_pystr(), m.as_pystr()) {
                let q = q.to_rust().into_owned();
                return Ok(if ms.eq_str("builtins") {
                    q
                } else {
                    format!("{}.{}", ms.to_rust(), q)
                });
            }
        }
    }
    vm.repr_string(p)
}

/// A type variable made by `typing.TypeVar(...)` (pyvm's `typing` module is written in Python
/// and has its own classes): recognised by its class, as CPython recognises any object with
/// `__typing_subst__`.
fn is_python_typevar(v: &Value) -> bool {
    let Value::Obj(o) = v else { return false };
    let Some(t) = o.class().as_type() else {
        return false;
    };
    t.heap && matches!(&*t.name, "TypeVar" | "ParamSpec" | "TypeVarTuple")
}

/// The type variables among `args` (and inside nested aliases), in order, without repeats.
fn collect_parameters(args: &[Value]) -> Vec<Value> {
    let tt = typing_types();
    let mut out: Vec<Value> = Vec::new();
    let push = |v: &Value, out: &mut Vec<Value>| {
        if !out.iter().any(|x| x.is(v)) {
            out.push(v.clone());
        }
    };
    for a in args {
        if is_instance_of(a, &tt.typevar)
            || is_instance_of(a, &tt.paramspec)
            || is_instance_of(a, &tt.typevartuple)
            || is_python_typevar(a)
        {
            push(a, &mut out);
        } else if let Some(ps) = attr(a, "__parameters__") {
            for p in tuple_items(&ps) {
                push(&p, &mut out);
            }
        }
    }
    out
}

// ----- GenericAlias -----------------------------------------------------------------------

/// `types.GenericAlias(origin, args)`.
pub(crate) fn new_generic_alias(vm: &Vm, origin: Value, args: Value) -> Value {
    let items = match args.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![args],
    };
    let params = collect_parameters(&items);
    let tt = typing_types();
    new_instance(
        &tt.generic_alias,
        &[
            ("__origin__", origin),
            ("__args__", vm.new_tuple(items)),
            ("__parameters__", vm.new_tuple(params)),
            ("__unpacked__", Value::Bool(false)),
        ],
    )
}

fn class_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let cls = self_arg(args);
    let item = args.get(1).cloned().unwrap_or(Value::None);
    Ok(new_generic_alias(vm, cls, item))
}

fn ga_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("GenericAlias() takes no keyword arguments"));
    }
    match args {
        [_, origin, a] => Ok(new_generic_alias(vm, origin.clone(), a.clone())),
        _ => Err(type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

fn unpack_repr(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::str("typing.Unpack"))
}

/// `*Ts` (in `def f(*args: *Ts)`): one `typing.Unpack[Ts]`.
fn tvt_iter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let unpack = typing_types().unpack.clone();
    let t = vm.new_tuple(vec![me]);
    let alias = new_generic_alias(vm, unpack, t);
    let l = vm.new_list(vec![alias]);
    vm.iter(&l)
}

/// `*tuple[int, ...]`: the same alias marked unpacked (its repr starts with `*`).
fn ga_iter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let origin = attr(&me, "__origin__").unwrap_or(Value::None);
    let a = attr(&me, "__args__").unwrap_or(Value::None);
    let starred = new_generic_alias(vm, origin, a);
    if let Value::Obj(o) = &starred {
        if let Some(Payload::Dict(d)) = o.instance_dict().map(|d| &d.payload) {
            d.borrow_mut().set_str("__unpacked__", Value::Bool(true));
        }
    }
    let l = vm.new_list(vec![starred]);
    vm.iter(&l)
}

fn ga_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let origin = attr(&me, "__origin__").unwrap_or(Value::None);
    let items = tuple_items(&attr(&me, "__args__").unwrap_or(Value::None));
    let mut s = String::new();
    if matches!(attr(&me, "__unpacked__"), Some(Value::Bool(true))) {
        s.push('*');
    }
    s.push_str(&type_repr(vm, &origin)?);
    s.push('[');
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(Payload::List(l)) = a.payload() {
            let l = l.borrow().clone();
            s.push('[');
            for (j, x) in l.iter().enumerate() {
                if j > 0 {
                    s.push_str(", ");
                }
                s.push_str(&type_repr(vm, x)?);
            }
            s.push(']');
        } else {
            s.push_str(&type_repr(vm, a)?);
        }
    }
    s.push(']');
    Ok(Value::str(&s))
}

fn ga_eq(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let tt = typing_types();
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_implemented());
    };
    if !is_instance_of(b, &tt.generic_alias) {
        return Ok(not_implemented());
    }
    let (oa, ob) = (attr(a, "__origin__"), attr(b, "__origin__"));
    let (aa, ab) = (attr(a, "__args__"), attr(b, "__args__"));
    let (Some(oa), Some(ob), Some(aa), Some(ab)) = (oa, ob, aa, ab) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(vm.eq(&oa, &ob)? && vm.eq(&aa, &ab)?))
}

fn ga_hash(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let o = vm.hash(&attr(&me, "__origin__").unwrap_or(Value::None))?;
    let a = vm.hash(&attr(&me, "__args__").unwrap_or(Value::None))?;
    let h = o ^ a;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

fn ga_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let origin = attr(&me, "__origin__").unwrap_or(Value::None);
    let r = vm.call(&origin, args.get(1..).unwrap_or(&[]), kw)?;
    // As CPython: record the alias on the instance when it accepts attributes.
    if let Err(e) = vm.setattr(&r, "__orig_class__", me) {
        if !e.matches(&types().attribute_error) && !e.matches(&types().type_error) {
            return Err(e);
        }
    }
    Ok(r)
}

fn ga_mro_entries(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    Ok(vm.new_tuple(vec![attr(&me, "__origin__").unwrap_or(Value::None)]))
}

fn ga_instancecheck(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Err(type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

fn ga_subclasscheck(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Err(type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}

/// Attributes CPython's alias answers itself; everything else comes from the origin.
const GA_OWN: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let name = args.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = name.as_pystr().map(|s| s.to_rust().into_owned()) else {
        return Err(type_error("attribute name must be string"));
    };
    if GA_OWN.contains(&n.as_str()) {
        return Err(crate::error::attribute_error(format!(
            "'types.GenericAlias' object has no attribute '{n}'"
        )));
    }
    let origin = attr(&me, "__origin__").unwrap_or(Value::None);
    vm.getattr_str(&origin, &n)
}

/// `alias[args]`: substitutes the alias's type variables, in order.
fn ga_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let params = tuple_items(&attr(&me, "__parameters__").unwrap_or(Value::None));
    let item = args.get(1).cloned().unwrap_or(Value::None);
    let r = vm.repr_string(&me)?;
    substitute(vm, &me, &params, &item, &r)
}

fn substitute(
    vm: &mut Vm,
    alias: &Value,
    params: &[Value],
    item: &Value,
    alias_repr: &str,
) -> PyResult<Value> {
    if params.is_empty() {
        return Err(type_error(format!("{alias_repr} is not a generic class")));
    }
    let given = match item.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![item.clone()],
    };
    if given.len() != params.len() {
        return Err(type_error(format!(
            "Too {} arguments for {alias_repr}; actual {}, expected {}",
            if given.len() > params.len() {
                "many"
            } else {
                "few"
            },
            given.len(),
            params.len()
        )));
    }
    let origin = attr(alias, "__origin__").unwrap_or(Value::None);
    let old = tuple_items(&attr(alias, "__args__").unwrap_or(Value::None));
    let mut new = Vec::with_capacity(old.len());
    for a in &old {
        if let Some(i) = params.iter().position(|p| p.is(a)) {
            new.push(given.get(i).cloned().unwrap_or(Value::None));
        } else if attr(a, "__parameters__").is_some() {
            let sub = tuple_items(&attr(a, "__parameters__").unwrap_or(Value::None));
            if sub.is_empty() {
                new.push(a.clone());
            } else {
                let picked: Vec<Value> = sub
                    .iter()
                    .map(|p| {
                        params
                            .iter()
                            .position(|q| q.is(p))
                            .and_then(|i| given.get(i).cloned())
                            .unwrap_or_else(|| p.clone())
                    })
                    .collect();
                let t = vm.new_tuple(picked);
                if is_instance_of(a, &typing_types().generic_alias) {
                    let r = vm.repr_string(a)?;
                    new.push(substitute(vm, a, &sub, &t, &r)?);
                } else {
                    // Another kind of alias (`typing`'s): its own subscription substitutes.
                    new.push(vm.getitem(a, &t)?);
                }
            }
        } else {
            new.push(a.clone());
        }
    }
    let t = vm.new_tuple(new);
    Ok(new_generic_alias(vm, origin, t))
}

// ----- UnionType --------------------------------------------------------------------------

fn unionable(v: &Value) -> bool {
    let tt = typing_types();
    v.is(&Value::None)
        || matches!(v.payload(), Some(Payload::Type(_)))
        || is_instance_of(v, &tt.generic_alias)
        || is_instance_of(v, &tt.union)
        || is_instance_of(v, &tt.alias)
}

/// `T | x` / `x | T` for a type variable: `typing.Union[...]`, as CPython's `TypeVar.__or__`
/// (a `types.UnionType` cannot hold type variables there).
fn typevar_or(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let globals = Value::None;
    let typing = crate::import::import_module_level(vm, "typing", &globals, &Value::None, 0);
    match typing.and_then(|m| vm.getattr_str(&m, "Union")) {
        Ok(union) => {
            let t = vm.new_tuple(vec![a.clone(), b.clone()]);
            vm.getitem(&union, &t)
        }
        Err(_) => {
            // Without a `typing` module: the native union (the repr differs).
            let tt = typing_types();
            let items = vec![a.clone(), b.clone()];
            let params = collect_parameters(&items);
            Ok(new_instance(
                &tt.union,
                &[
                    ("__args__", vm.new_tuple(items)),
                    ("__parameters__", vm.new_tuple(params)),
                ],
            ))
        }
    }
}

fn tv_or(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args {
        [a, b] => typevar_or(vm, a, b),
        _ => Err(type_error("expected 1 argument")),
    }
}

fn tv_ror(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args {
        [a, b] => typevar_or(vm, b, a),
        _ => Err(type_error("expected 1 argument")),
    }
}

/// `a | b` for types and typing objects (CPython's `_Py_union_type_or`).
pub(crate) fn make_union(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if !unionable(a) || !unionable(b) {
        return Ok(not_implemented());
    }
    let tt = typing_types();
    let mut items: Vec<Value> = Vec::new();
    for v in [a, b] {
        let parts = if is_instance_of(v, &tt.union) {
            tuple_items(&attr(v, "__args__").unwrap_or(Value::None))
        } else {
            vec![v.clone()]
        };
        for p in parts {
            let p = if p.is(&Value::None) {
                Value::Obj(types().none_type.clone())
            } else {
                p
            };
            let mut dup = false;
            for x in &items {
                // Aliases compare by value, classes by identity (as CPython's dedup).
                let same = if is_instance_of(x, &tt.generic_alias)
                    && is_instance_of(&p, &tt.generic_alias)
                {
                    vm.eq(x, &p)?
                } else {
                    x.is(&p)
                };
                if same {
                    dup = true;
                    break;
                }
            }
            if !dup {
                items.push(p);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or(Value::None));
    }
    let params = collect_parameters(&items);
    Ok(new_instance(
        &tt.union,
        &[
            ("__args__", vm.new_tuple(items)),
            ("__parameters__", vm.new_tuple(params)),
        ],
    ))
}

/// `(int | T)[str]`: substitutes the union's type variables and unites the results again.
fn union_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let params = tuple_items(&attr(&me, "__parameters__").unwrap_or(Value::None));
    let item = args.get(1).cloned().unwrap_or(Value::None);
    let r = vm.repr_string(&me)?;
    // Reuse the alias substitution on a stand-in alias over the same arguments.
    let a = attr(&me, "__args__").unwrap_or(Value::None);
    let stand_in = new_generic_alias(vm, Value::None, a);
    let done = substitute(vm, &stand_in, &params, &item, &r)?;
    let items = tuple_items(&attr(&done, "__args__").unwrap_or(Value::None));
    let mut acc: Option<Value> = None;
    for x in items {
        acc = Some(match acc {
            None => x,
            Some(prev) => {
                let u = make_union(vm, &prev, &x)?;
                if u.is(&not_implemented()) {
                    vm.binary_op(crate::ops::BinOp::Or, &prev, &x)?
                } else {
                    u
                }
            }
        });
    }
    Ok(acc.unwrap_or(Value::None))
}

fn union_new(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Err(type_error("cannot create 'types.UnionType' instances"))
}

/// `type.__or__`.
pub(crate) fn union_or(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args {
        [a, b] => make_union(vm, a, b),
        _ => Err(type_error("expected 1 argument")),
    }
}

/// `type.__ror__`.
pub(crate) fn union_ror(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args {
        [a, b] => make_union(vm, b, a),
        _ => Err(type_error("expected 1 argument")),
    }
}

fn union_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let items = tuple_items(&attr(&me, "__args__").unwrap_or(Value::None));
    let mut parts = Vec::with_capacity(items.len());
    for a in &items {
        parts.push(type_repr(vm, a)?);
    }
    Ok(Value::str(&parts.join(" | ")))
}

fn union_eq(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let tt = typing_types();
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Ok(not_implemented());
    };
    if !is_instance_of(b, &tt.union) {
        return Ok(not_implemented());
    }
    let xa = tuple_items(&attr(a, "__args__").unwrap_or(Value::None));
    let xb = tuple_items(&attr(b, "__args__").unwrap_or(Value::None));
    for (one, other) in [(&xa, &xb), (&xb, &xa)] {
        for x in one.iter() {
            let mut found = false;
            for y in other.iter() {
                if vm.eq(x, y)? {
                    found = true;
                    break;
                }
            }
            if !found {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

fn union_hash(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let items = tuple_items(&attr(&me, "__args__").unwrap_or(Value::None));
    let mut hs = Vec::with_capacity(items.len());
    for a in &items {
        hs.push(vm.hash(a)?);
    }
    let n = hs.len();
    Ok(Value::Int(crate::hash::hash_frozenset(hs.into_iter(), n)))
}

fn union_check(vm: &mut Vm, args: &[Value], sub: bool) -> PyResult<Value> {
    let me = self_arg(args);
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let items = tuple_items(&attr(&me, "__args__").unwrap_or(Value::None));
    let tt = typing_types();
    for a in &items {
        if is_instance_of(a, &tt.generic_alias) {
            return Err(type_error(if sub {
                "issubclass() argument 2 cannot contain a parameterized generic"
            } else {
                "isinstance() argument 2 cannot contain a parameterized generic"
            }));
        }
    }
    for a in &items {
        let hit = if sub {
            vm.issubclass(&v, a)?
        } else {
            vm.isinstance(&v, a)?
        };
        if hit {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn union_instancecheck(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    union_check(vm, args, false)
}

fn union_subclasscheck(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    union_check(vm, args, true)
}

// ----- PEP 695 ----------------------------------------------------------------------------

/// A type parameter made by `def f[T]`/`class C[T]`/`type X[T]` (variance inferred).
pub(crate) fn new_type_param(
    vm: &mut Vm,
    cls: &Obj,
    name: &Value,
    evaluate: Option<(&str, Value)>,
) -> Value {
    let module = current_module(vm);
    let mut attrs: Vec<(&str, Value)> = vec![
        ("__name__", name.clone()),
        ("__covariant__", Value::Bool(false)),
        ("__contravariant__", Value::Bool(false)),
        ("__infer_variance__", Value::Bool(true)),
        ("__module__", module),
    ];
    let tt = typing_types();
    if Rc::ptr_eq(cls, &tt.typevar) {
        match &evaluate {
            Some(("bound", _)) => attrs.push(("__constraints__", vm.new_tuple(Vec::new()))),
            Some(_) => attrs.push(("__bound__", Value::None)),
            None => {
                attrs.push(("__bound__", Value::None));
                attrs.push(("__constraints__", vm.new_tuple(Vec::new())));
            }
        }
    } else if Rc::ptr_eq(cls, &tt.paramspec) {
        attrs.push(("__bound__", Value::None));
    }
    if let Some((which, f)) = evaluate {
        attrs.push((
            if which == "bound" {
                "__evaluate_bound__"
            } else {
                "__evaluate_constraints__"
            },
            f,
        ));
    }
    new_instance(cls, &attrs)
}

fn tv_repr(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let name = attr(&me, "__name__")
        .and_then(|n| n.as_pystr().map(|s| s.to_rust().into_owned()))
        .unwrap_or_default();
    let tt = typing_types();
    if is_instance_of(&me, &tt.typevartuple) {
        return Ok(Value::str(&name));
    }
    let flag = |k: &str| matches!(attr(&me, k), Some(Value::Bool(true)));
    let prefix = if flag("__infer_variance__") {
        ""
    } else if flag("__covariant__") {
        "+"
    } else if flag("__contravariant__") {
        "-"
    } else {
        "~"
    };
    Ok(Value::str(&format!("{prefix}{name}")))
}

/// The lazily evaluated `__bound__`/`__constraints__` of a type variable.
fn tv_getattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let name = args
        .get(1)
        .and_then(|n| n.as_pystr().map(|s| s.to_rust().into_owned()))
        .unwrap_or_default();
    let key = match name.as_str() {
        "__bound__" => "__evaluate_bound__",
        "__constraints__" => "__evaluate_constraints__",
        _ => {
            return Err(crate::error::attribute_error(format!(
                "'{}' object has no attribute '{name}'",
                crate::vm::type_name_of(&me)
            )))
        }
    };
    let Some(f) = attr(&me, key) else {
        return Err(crate::error::attribute_error(format!(
            "'{}' object has no attribute '{name}'",
            crate::vm::type_name_of(&me)
        )));
    };
    let v = vm.call(&f, &[], &[])?;
    if let Value::Obj(o) = &me {
        if let Some(Payload::Dict(d)) = o.instance_dict().map(|d| &d.payload) {
            let mut d = d.borrow_mut();
            d.set_str(&name, v.clone());
        }
    }
    Ok(v)
}

/// `type X[T] = v`: R = (name, type params or None, function returning v).
pub(crate) fn new_type_alias(vm: &mut Vm, spec: &Value) -> PyResult<Value> {
    let items = tuple_items(spec);
    let [name, params, func] = items.as_slice() else {
        return Err(crate::error::system_error("bad TYPEALIAS operand"));
    };
    let params = if params.is(&Value::None) {
        vm.new_tuple(Vec::new())
    } else {
        params.clone()
    };
    let module = current_module(vm);
    let tt = typing_types();
    Ok(new_instance(
        &tt.alias,
        &[
            ("__name__", name.clone()),
            ("__type_params__", params.clone()),
            ("__parameters__", params),
            ("__module__", module),
            ("__evaluate_value__", func.clone()),
        ],
    ))
}

fn alias_repr(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(attr(&self_arg(args), "__name__").unwrap_or(Value::None))
}

fn alias_getattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let name = args
        .get(1)
        .and_then(|n| n.as_pystr().map(|s| s.to_rust().into_owned()))
        .unwrap_or_default();
    if name == "__value__" {
        if let Some(f) = attr(&me, "__evaluate_value__") {
            let v = vm.call(&f, &[], &[])?;
            if let Value::Obj(o) = &me {
                if let Some(Payload::Dict(d)) = o.instance_dict().map(|d| &d.payload) {
                    d.borrow_mut().set_str("__value__", v.clone());
                }
            }
            return Ok(v);
        }
    }
    Err(crate::error::attribute_error(format!(
        "'typing.TypeAliasType' object has no attribute '{name}'"
    )))
}

fn alias_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = self_arg(args);
    let params = tuple_items(&attr(&me, "__type_params__").unwrap_or(Value::None));
    if params.is_empty() {
        return Err(type_error("Only generic type aliases are subscriptable"));
    }
    let item = args.get(1).cloned().unwrap_or(Value::None);
    Ok(new_generic_alias(vm, me, item))
}

/// `Generic[T, ...]` as the extra base of `class C[T]` (`SUBSCRIPT_GENERIC`).
pub(crate) fn subscript_generic(vm: &mut Vm, params: &Value) -> Value {
    let g = Value::Obj(typing_types().generic.clone());
    new_generic_alias(vm, g, params.clone())
}

fn generic_class_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let cls = self_arg(args);
    let item = args.get(1).cloned().unwrap_or(Value::None);
    if let Value::Obj(c) = &cls {
        let params = c
            .as_type()
            .and_then(|t| t.own_lookup("__type_params__"))
            .map(|p| tuple_items(&p))
            .unwrap_or_default();
        if !params.is_empty() {
            let alias = new_generic_alias(vm, cls.clone(), vm.new_tuple(params.clone()));
            let r = type_repr(vm, &cls)?;
            return substitute(vm, &alias, &params, &item, &r);
        }
    }
    Ok(new_generic_alias(vm, cls, item))
}

/// `__name__` of the running frame's globals (the `__module__` of new typing objects).
fn current_module(vm: &Vm) -> Value {
    vm.frames
        .last()
        .and_then(|f| match &f.globals.payload {
            Payload::Dict(d) => d.borrow().get_str("__name__").cloned(),
            _ => None,
        })
        .unwrap_or_else(|| Value::str("__main__"))
}
