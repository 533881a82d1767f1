//! `BaseExceptionGroup`/`ExceptionGroup` (PEP 654) and the `except*` machinery: `split`,
//! `subgroup`, `derive`, the match of `CheckEgMatch` and the re-raise of `PrepReraiseStar`.

use std::rc::Rc;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Object, Payload};
use crate::objects::exception::ExcState;
use crate::objects::function::NativeFn;
use crate::objects::typeobj::is_subtype;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, type_of, KwArgs, Vm};

/// Whether `v` is an exception group instance.
pub(crate) fn is_group(v: &Value) -> bool {
    is_subtype(type_of(v), &types().base_exception_group)
}

/// The `exceptions` tuple of a group.
pub(crate) fn group_exceptions(v: &Value) -> Vec<Value> {
    let d = v.as_obj().and_then(|o| o.instance_dict());
    match d.map(|d| &d.payload) {
        Some(Payload::Dict(t)) => match t.borrow().get_str("exceptions").map(Value::payload) {
            Some(Some(Payload::Tuple(items))) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn group_message(v: &Value) -> Value {
    let d = v.as_obj().and_then(|o| o.instance_dict());
    match d.map(|d| &d.payload) {
        Some(Payload::Dict(t)) => t
            .borrow()
            .get_str("message")
            .cloned()
            .unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn eg_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(type_error(
            "BaseExceptionGroup.__new__: not enough arguments",
        ));
    };
    let cname = cls
        .as_type()
        .map(|t| t.name.to_string())
        .unwrap_or_default();
    if !kw.is_empty() {
        return Err(type_error(format!("{cname}() takes no keyword arguments")));
    }
    let rest = args.get(1..).unwrap_or(&[]);
    if rest.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            rest.len()
        )));
    }
    let (msg, excs) = (&rest[0], &rest[1]);
    if msg.as_pystr().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name_of(msg)
        )));
    }
    let is_seq = matches!(excs.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        || crate::objects::typeobj::lookup(type_of(excs), "__getitem__").is_some()
            && !matches!(
                excs.payload(),
                Some(Payload::Dict(_) | Payload::Set(_) | Payload::Str(_))
            );
    if !is_seq {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = vm.collect_iter(excs)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let t = types();
    let mut all_exceptions = true;
    for (i, e) in items.iter().enumerate() {
        if !matches!(e.payload(), Some(Payload::Exception(_))) {
            return Err(value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !is_subtype(type_of(e), &t.exception) {
            all_exceptions = false;
        }
    }
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &t.base_exception_group) {
        if all_exceptions {
            cls = t.exception_group.clone();
        }
    } else if Rc::ptr_eq(&cls, &t.exception_group) {
        if !all_exceptions {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if !all_exceptions && is_subtype(&cls, &t.exception) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{cname}'"
        )));
    }
    let argsv = vm.new_tuple(vec![msg.clone(), excs.clone()]);
    let o = Object::new(
        &cls,
        Payload::Exception(Box::new(std::cell::RefCell::new(ExcState::new(argsv)))),
    );
    if let Some(d) = o.instance_dict_or_create() {
        if let Payload::Dict(tb) = &d.payload {
            let mut tb = tb.borrow_mut();
            tb.set_str("message", msg.clone());
            tb.set_str("exceptions", vm.new_tuple(items));
        }
    }
    Ok(Value::Obj(o))
}

fn eg_init(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let msg = vm.str_string(&group_message(&this))?;
    let n = group_exceptions(&this).len();
    Ok(Value::str(&format!(
        "{} ({} sub-exception{})",
        msg,
        n,
        if n == 1 { "" } else { "s" }
    )))
}

fn eg_derive(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let excs = args.get(1).cloned().unwrap_or(Value::None);
    let msg = group_message(&this);
    let cls = Value::Obj(types().base_exception_group.clone());
    vm.call(&cls, &[msg, excs], &[])
}

/// How `split`/`subgroup` decide that a leaf matches.
enum Matcher {
    Types(Value),
    Predicate(Value),
}

fn matcher(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
    let is_exc_type = |v: &Value| match v {
        Value::Obj(o) => o.as_type().is_some() && is_subtype(o, &types().base_exception),
        _ => false,
    };
    if is_exc_type(cond) {
        return Ok(Matcher::Types(cond.clone()));
    }
    if let Some(Payload::Tuple(items)) = cond.payload() {
        if items.iter().all(is_exc_type) {
            return Ok(Matcher::Types(cond.clone()));
        }
    }
    if crate::builtins::is_callable(cond) && !matches!(cond.payload(), Some(Payload::Type(_))) {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    let _ = vm;
    Err(type_error(
        "expected an exception type, a tuple of exception types, or a callable (other than a class)",
    ))
}

fn matches(vm: &mut Vm, m: &Matcher, e: &Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => vm.isinstance(e, t),
        Matcher::Predicate(f) => {
            let r = vm.call(f, std::slice::from_ref(e), &[])?;
            vm.truthy(&r)
        }
    }
}

/// Copies traceback, cause, context and notes from `from` to a derived group.
fn copy_metadata(vm: &mut Vm, from: &Value, to: &Value) -> PyResult<()> {
    if let (Some(Payload::Exception(a)), Some(Payload::Exception(b))) =
        (from.payload(), to.payload())
    {
        let a = a.borrow();
        let mut b = b.borrow_mut();
        b.traceback = a.traceback.clone();
        b.cause = a.cause.clone();
        b.context = a.context.clone();
        b.suppress_context = a.suppress_context;
    }
    if let Some(notes) = vm.getattr_opt(from, "__notes__")? {
        vm.setattr(to, "__notes__", notes)?;
    }
    Ok(())
}

/// `(match, rest)` of splitting `e` by `m` (CPython's `exceptiongroup_split_recursive`).
fn split_rec(
    vm: &mut Vm,
    e: &Value,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if matches(vm, m, e)? {
        return Ok((Some(e.clone()), None));
    }
    if !is_group(e) {
        return Ok((None, want_rest.then(|| e.clone())));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for sub in group_exceptions(e) {
        let (a, b) = split_rec(vm, &sub, m, want_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let make = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Option<Value>> {
        if items.is_empty() {
            return Ok(None);
        }
        let l = vm.new_list(items);
        let g = vm.call_method(e, "derive", &[l])?;
        if !is_group(&g) {
            return Err(type_error(
                "derive must return an instance of BaseExceptionGroup",
            ));
        }
        copy_metadata(vm, e, &g)?;
        Ok(Some(g))
    };
    let mg = make(vm, matched)?;
    let rg = if want_rest { make(vm, rest)? } else { None };
    Ok((mg, rg))
}

fn eg_split(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let cond = args.get(1).cloned().unwrap_or(Value::None);
    let m = matcher(vm, &cond)?;
    let (a, b) = split_rec(vm, &this, &m, true)?;
    Ok(vm.new_tuple(vec![a.unwrap_or(Value::None), b.unwrap_or(Value::None)]))
}

fn eg_subgroup(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let cond = args.get(1).cloned().unwrap_or(Value::None);
    let m = matcher(vm, &cond)?;
    let (a, _) = split_rec(vm, &this, &m, false)?;
    Ok(a.unwrap_or(Value::None))
}

fn eg_class_getitem(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

/// Registers the group methods on `BaseExceptionGroup`.
pub(crate) fn register() {
    let t = types();
    let statics: &[(&'static str, NativeFn)] = &[("__new__", eg_new)];
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", eg_init),
        ("__str__", eg_str),
        ("derive", eg_derive),
        ("split", eg_split),
        ("subgroup", eg_subgroup),
    ];
    crate::types::add_methods(
        &t.base_exception_group,
        statics,
        crate::objects::function::BuiltinKind::Function,
    );
    crate::types::add_methods(
        &t.base_exception_group,
        methods,
        crate::objects::function::BuiltinKind::Method,
    );
    crate::types::add_classmethods(
        &t.base_exception_group,
        &[("__class_getitem__", eg_class_getitem)],
    );
}

impl Vm {
    /// `except* T`: splits `exc` by `ty`; returns `(match, rest)`.
    pub(crate) fn eg_match(&mut self, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
        let bad = |v: &Value| matches!(v, Value::Obj(o) if o.as_type().is_some() && is_subtype(o, &types().base_exception_group));
        let is_bad = match ty.payload() {
            Some(Payload::Tuple(items)) => items.iter().any(bad),
            _ => bad(ty),
        };
        if is_bad {
            return Err(type_error(
                "catching ExceptionGroup with except* is not allowed. Use except instead.",
            ));
        }
        if exc.is(&Value::None) {
            return Ok((Value::None, Value::None));
        }
        if !is_group(exc) {
            if self.isinstance(exc, ty)? {
                // A naked exception is wrapped in a group; CPython 3.12 gives the wrapper
                // no traceback of its own (the naked exception keeps its).
                let eg_cls = Value::Obj(types().exception_group.clone());
                let l = self.new_tuple(vec![exc.clone()]);
                let g = if is_subtype(type_of(exc), &types().exception) {
                    self.call(&eg_cls, &[Value::str(""), l], &[])?
                } else {
                    let beg = Value::Obj(types().base_exception_group.clone());
                    self.call(&beg, &[Value::str(""), l], &[])?
                };
                return Ok((g, Value::None));
            }
            return Ok((Value::None, exc.clone()));
        }
        let m = Matcher::Types(ty.clone());
        let (a, b) = split_rec(self, exc, &m, true)?;
        Ok((a.unwrap_or(Value::None), b.unwrap_or(Value::None)))
    }

    /// The exception to re-raise after the `except*` clauses, or `None`.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let excs: Vec<Value> = match raised.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let excs: Vec<Value> = excs.into_iter().filter(|e| !e.is(&Value::None)).collect();
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if !is_group(orig) {
            return Ok(excs.into_iter().next().unwrap_or(Value::None));
        }
        // Leaves of the original group, by identity.
        let mut raised_list = Vec::new();
        let mut reraised_ids = Vec::new();
        for e in excs {
            if same_metadata(&e, orig) {
                collect_leaves(&e, &mut reraised_ids);
            } else {
                raised_list.push(e);
            }
        }
        let reraised_eg = if reraised_ids.is_empty() {
            None
        } else {
            project(self, orig, &reraised_ids)?
        };
        if raised_list.is_empty() {
            return Ok(reraised_eg.unwrap_or(Value::None));
        }
        let mut keep = raised_list;
        if let Some(r) = reraised_eg {
            keep.push(r);
        }
        if keep.len() == 1 {
            return Ok(keep.pop().unwrap_or(Value::None));
        }
        let l = self.new_list(keep);
        let eg_cls = Value::Obj(types().base_exception_group.clone());
        self.call(&eg_cls, &[Value::str(""), l], &[])
    }
}

fn same_metadata(a: &Value, b: &Value) -> bool {
    match (a.payload(), b.payload()) {
        (Some(Payload::Exception(x)), Some(Payload::Exception(y))) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.cause.is(&y.cause)
                && x.context.is(&y.context)
                && x.traceback.len() == y.traceback.len()
                && x.traceback
                    .iter()
                    .zip(y.traceback.iter())
                    .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.ip == q.ip)
        }
        _ => false,
    }
}

fn collect_leaves(e: &Value, out: &mut Vec<i64>) {
    if is_group(e) {
        for s in group_exceptions(e) {
            collect_leaves(&s, out);
        }
    } else {
        out.push(e.id());
    }
}

/// The part of `eg` whose leaves are in `ids` (structure and metadata kept).
fn project(vm: &mut Vm, eg: &Value, ids: &[i64]) -> PyResult<Option<Value>> {
    if !is_group(eg) {
        return Ok(ids.contains(&eg.id()).then(|| eg.clone()));
    }
    let mut kept = Vec::new();
    for s in group_exceptions(eg) {
        kept.extend(project(vm, &s, ids)?);
    }
    if kept.is_empty() {
        return Ok(None);
    }
    let all = group_exceptions(eg);
    if kept.len() == all.len() && kept.iter().zip(all.iter()).all(|(a, b)| a.is(b)) {
        return Ok(Some(eg.clone()));
    }
    let l = vm.new_list(kept);
    let g = vm.call_method(eg, "derive", &[l])?;
    copy_metadata(vm, eg, &g)?;
    Ok(Some(g))
}

/// Convenience for raising a group from Rust.
pub fn new_group(vm: &mut Vm, msg: &str, excs: Vec<Value>) -> PyResult<PyErr> {
    let l = vm.new_list(excs);
    let cls = Value::Obj(types().base_exception_group.clone());
    let g = vm.call(&cls, &[Value::str(msg), l], &[])?;
    match g {
        Value::Obj(o) => Ok(PyErr(o)),
        _ => Err(type_error("not an exception")),
    }
}
