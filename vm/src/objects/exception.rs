//! `BaseException` and its state: args, traceback entries, cause and context.

use std::rc::Rc;

use crate::error::{type_error, PyResult};
use crate::object::Payload;
use crate::objects::function::CodeData;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// One traceback entry: a frame's code and the instruction that was running.
#[derive(Clone, Debug)]
pub struct TbEntry {
    pub code: Rc<CodeData>,
    pub ip: usize,
}

/// The mutable state of an exception instance.
#[derive(Debug)]
pub struct ExcState {
    /// The `args` tuple.
    pub args: Value,
    /// Innermost entry last (printing reverses nothing: entries are appended as the exception
    /// travels outwards, so the list is printed back to front).
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The traceback object last handed out by `__traceback__`, so that repeated reads give the
    /// same object (`tb is exc.__traceback__`) while the entries have not changed.
    pub tb_obj: Option<crate::object::Obj>,
    /// For a `NameError` raised in a method: the frame's `self`, so the traceback can suggest
    /// `self.name` when the instance has that attribute (CPython looks at the frame's locals).
    pub frame_self: Option<Value>,
    /// For a `NameError`: the names that were bound in the raising frame (its locals, or its
    /// namespace dict in a module or class body) and that frame's globals, where CPython's
    /// "Did you mean" looks, in that order, before the builtins.
    pub frame_names: Option<(Vec<Value>, crate::object::Obj)>,
}

impl ExcState {
    /// A fresh state with `args`.
    pub fn new(args: Value) -> Self {
        ExcState {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            tb_obj: None,
            frame_self: None,
            frame_names: None,
        }
    }

    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.args);
        f(&self.cause);
        f(&self.context);
        if let Some(v) = &self.frame_self {
            f(v);
        }
        if let Some((names, globals)) = &self.frame_names {
            names.iter().for_each(&mut *f);
            f(&Value::Obj(globals.clone()));
        }
    }

    /// The items of `args`.
    pub fn arg_items(&self) -> Vec<Value> {
        match self.args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        }
    }
}

fn with_traceback(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    match this.payload() {
        Some(Payload::Exception(s)) => {
            match args.get(1) {
                Some(Value::None) => s.borrow_mut().traceback.clear(),
                Some(tb) => {
                    if let Some(Payload::Traceback(entries)) = tb.payload() {
                        let mut e = entries.to_vec();
                        e.reverse();
                        let mut st = s.borrow_mut();
                        st.traceback = e;
                        st.tb_obj = tb.as_obj().cloned();
                    } else {
                        return Err(type_error("__traceback__ must be a traceback or None"));
                    }
                }
                None => {}
            }
            Ok(this)
        }
        _ => Err(type_error("descriptor requires a 'BaseException' object")),
    }
}

/// The native methods of `BaseException`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("with_traceback", with_traceback)];

fn exc_new(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(type_error("BaseException.__new__(): not enough arguments"));
    };
    if cls.as_type().is_none() {
        return Err(type_error(
            "BaseException.__new__(X): X is not a type object",
        ));
    }
    let a = vm.new_tuple(args.get(1..).unwrap_or(&[]).to_vec());
    Ok(Value::Obj(crate::object::Object::new(
        cls,
        Payload::Exception(Box::new(std::cell::RefCell::new(ExcState::new(a)))),
    )))
}

fn exc_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    if !kw.is_empty() {
        // NameError(name=) and AttributeError(name=, obj=) keep those keywords as attributes.
        let cls = crate::vm::type_of(&this).clone();
        let t = crate::types::types();
        let is_attr = crate::objects::typeobj::is_subtype(&cls, &t.attribute_error);
        let is_name = crate::objects::typeobj::is_subtype(&cls, &t.name_error);
        for (k, v) in kw {
            let key = k
                .as_pystr()
                .map(|s| s.to_rust().into_owned())
                .unwrap_or_default();
            let ok = (is_attr || is_name) && key == "name" || is_attr && key == "obj";
            if !ok {
                return Err(type_error(if is_attr || is_name {
                    format!(
                        "'{key}' is an invalid keyword argument for {}()",
                        vm.type_name(&this)
                    )
                } else {
                    format!("{}() takes no keyword arguments", vm.type_name(&this))
                }));
            }
            if let Some(Value::Obj(o)) = Some(&this) {
                if let Some(Payload::Dict(d)) = o.instance_dict_or_create().map(|d| &d.payload) {
                    d.borrow_mut().set_str(&key, v.clone());
                }
            }
        }
    }
    if let Some(Payload::Exception(s)) = this.payload() {
        let a = vm.new_tuple(args.get(1..).unwrap_or(&[]).to_vec());
        s.borrow_mut().args = a;
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let s = crate::repr::exception_str(vm, &this)?;
    Ok(Value::str(&s))
}

fn exc_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let s = crate::repr::builtin_repr(vm, &this)?;
    Ok(Value::str(&s))
}

fn exc_add_note(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let note = args.get(1).cloned().unwrap_or(Value::None);
    if note.as_pystr().is_none() {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            vm.type_name(&note)
        )));
    }
    let notes = match vm.getattr_opt(&this, "__notes__")? {
        Some(n) => n,
        None => {
            let l = vm.new_list(Vec::new());
            vm.setattr(&this, "__notes__", l.clone())?;
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note),
        _ => return Err(type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// Static methods of `BaseException` (`__new__`).
pub(crate) const STATIC: &[(&str, crate::objects::function::NativeFn)] = &[("__new__", exc_new)];

/// Core methods of `BaseException`.
pub(crate) const CORE: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__init__", exc_init),
    ("__str__", exc_str),
    ("__repr__", exc_repr),
    ("add_note", exc_add_note),
];
