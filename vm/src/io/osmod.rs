//! The minimal `io` module and `OSError`'s CPython behaviour. (`os`, `os.path` and `tempfile`
//! used to be stand-ins here; they are now native `posix` plus pyvm's own `lib/` modules.)
//! `io` is installed only when `sys.modules` has no module of that name yet, so a fuller
//! implementation can replace it without conflict.

use std::cell::RefCell;

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::types::types;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn new_module(vm: &mut Vm, name: &'static str, funcs: &[(&'static str, NativeFn)]) -> Obj {
    let t = types();
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    for &(n, f) in funcs {
        d.set_str(n, vm.new_builtin_function(n, f));
    }
    let dict = Object::new(&t.dict, Payload::Dict(RefCell::new(d)));
    Object::new(
        &t.module,
        Payload::Module {
            name: name.into(),
            dict,
        },
    )
}

fn set(m: &Obj, name: &str, v: Value) {
    if let Payload::Module { dict, .. } = &m.payload {
        if let Payload::Dict(d) = &dict.payload {
            d.borrow_mut().set_str(name, v);
        }
    }
}

fn install(vm: &mut Vm, name: &str, m: &Obj) {
    if let Payload::Dict(d) = &vm.modules.payload {
        let mut d = d.borrow_mut();
        if d.get_str(name).is_none() {
            d.set_str(name, Value::Obj(m.clone()));
        }
    }
}

pub(super) fn register(vm: &mut Vm, unsupported: &Obj) {
    // `os`, `os.path` and `tempfile` are the real modules now (native `posix` plus lib/os.py,
    // lib/posixpath.py, lib/tempfile.py), imported on demand.
    let io = new_module(vm, "io", &[("__getattr__", io_getattr)]);
    let open = vm.new_builtin_function("open", super::builtin_open);
    set(&io, "open", open);
    set(&io, "UnsupportedOperation", Value::Obj(unsupported.clone()));
    for (n, v) in [
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("DEFAULT_BUFFER_SIZE", 8192),
    ] {
        set(&io, n, Value::Int(v));
    }
    install(vm, "io", &io);
}

/// Python source of `io.StringIO` and `io.BytesIO`, compiled the first time one is asked for.
const MEMIO_SOURCE: &str = include_str!("memio.py");

/// `io.__getattr__` (PEP 562): builds the in-memory stream classes on first use, so VM start-up
/// does not pay for compiling them.
fn io_getattr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let name = arg(args, 0);
    let name = name
        .as_pystr()
        .map(|s| s.to_rust().into_owned())
        .unwrap_or_default();
    let modules = vm.modules.clone();
    let io = vm.dict_get(&modules, &Value::str("io"))?;
    if matches!(name.as_str(), "StringIO" | "BytesIO") {
        let globals = vm.exec_source(MEMIO_SOURCE, "<io>")?;
        let mut found = None;
        if let (Some(Payload::Dict(g)), Some(Payload::Module { dict, .. })) =
            (globals.payload(), io.as_ref().and_then(Value::payload))
        {
            if let Payload::Dict(d) = &dict.payload {
                for cls in ["StringIO", "BytesIO"] {
                    if let Some(c) = g.borrow().get_str(cls).cloned() {
                        if cls == name {
                            found = Some(c.clone());
                        }
                        d.borrow_mut().set_str(cls, c);
                    }
                }
            }
        }
        if let Some(c) = found {
            return Ok(c);
        }
    }
    Err(crate::error::attribute_error(format!(
        "module 'io' has no attribute '{name}'"
    )))
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

/// Gives `OSError` CPython's `errno`/`strerror`/`filename` attributes and its
/// `[Errno N] strerror: 'filename'` text, without touching the exception module.
pub(super) fn patch_os_error() {
    let t = types();
    crate::types::add_methods(
        &t.os_error,
        &[("__init__", oserror_init), ("__str__", oserror_str)],
        crate::objects::function::BuiltinKind::Method,
    );
    crate::types::add_methods(
        &t.os_error,
        &[("__new__", oserror_new)],
        crate::objects::function::BuiltinKind::Function,
    );
    if let Some(ty) = t.os_error.as_type() {
        let mut d = ty.dict.borrow_mut();
        for n in ["errno", "strerror", "filename", "filename2"] {
            d.set_str(n, Value::None);
        }
    }
}

/// `OSError(errno, strerror, ...)` builds the subclass that errno stands for, as CPython does.
fn oserror_new(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = types();
    let Some(Value::Obj(cls)) = args.first() else {
        return Err(type_error("OSError.__new__(): not enough arguments"));
    };
    if cls.as_type().is_none() {
        return Err(type_error("OSError.__new__(X): X is not a type object"));
    }
    let rest = args.get(1..).unwrap_or_default();
    let mut cls = cls.clone();
    if std::rc::Rc::ptr_eq(&cls, &t.os_error) && (2..=5).contains(&rest.len()) {
        if let Some(Value::Int(errno)) = rest.first() {
            let sub = match errno {
                1 | 13 => Some(&t.permission_error),
                2 => Some(&t.file_not_found_error),
                3 => Some(&t.process_lookup_error),
                4 => Some(&t.interrupted_error),
                10 => Some(&t.child_process_error),
                11 | 114 | 115 => Some(&t.blocking_io_error),
                17 => Some(&t.file_exists_error),
                20 => Some(&t.not_a_directory_error),
                21 => Some(&t.is_a_directory_error),
                32 | 108 => Some(&t.broken_pipe_error),
                103 => Some(&t.connection_aborted_error),
                104 => Some(&t.connection_reset_error),
                110 => Some(&t.timeout_error),
                111 => Some(&t.connection_refused_error),
                _ => None,
            };
            if let Some(sub) = sub {
                cls = sub.clone();
            }
        }
    }
    let a = Value::Obj(Object::new(&t.tuple, Payload::Tuple(rest.to_vec().into())));
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::Exception(Box::new(RefCell::new(
            crate::objects::exception::ExcState::new(a),
        ))),
    )))
}

fn oserror_init(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = arg(args, 0);
    let rest = args.get(1..).unwrap_or_default();
    // BlockingIOError(errno, strerror, n): the third argument is `characters_written`.
    let third = rest.get(2).filter(|_| (3..=5).contains(&rest.len()));
    let written = third.filter(|v| {
        crate::objects::typeobj::is_subtype(crate::vm::type_of(&this), &types().blocking_io_error)
            && crate::objects::int::as_int(v).is_some()
    });
    let has_filename = third.is_some_and(|v| !v.is(&Value::None)) && written.is_none();
    if let Some(Payload::Exception(s)) = this.payload() {
        // CPython keeps only (errno, strerror) in `args` when a filename is given.
        let kept = if has_filename {
            rest.get(..2).unwrap_or_default()
        } else {
            rest
        };
        let a = Value::Obj(Object::new(
            &types().tuple,
            Payload::Tuple(kept.to_vec().into()),
        ));
        s.borrow_mut().args = a;
    }
    if (2..=5).contains(&rest.len()) {
        vm.setattr(&this, "errno", arg(rest, 0))?;
        vm.setattr(&this, "strerror", arg(rest, 1))?;
        if let Some(w) = written {
            vm.setattr(&this, "characters_written", w.clone())?;
        } else if rest.len() >= 3 {
            vm.setattr(&this, "filename", arg(rest, 2))?;
        }
        if rest.len() >= 5 {
            vm.setattr(&this, "filename2", arg(rest, 4))?;
        }
    }
    Ok(Value::None)
}

fn oserror_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = arg(args, 0);
    let get = |vm: &mut Vm, n: &str| -> PyResult<Value> {
        Ok(vm.getattr_opt(&this, n)?.unwrap_or(Value::None))
    };
    let errno = get(vm, "errno")?;
    let strerror = get(vm, "strerror")?;
    let filename = get(vm, "filename")?;
    let filename2 = get(vm, "filename2")?;
    if !matches!(errno, Value::None) || !matches!(strerror, Value::None) {
        let e = vm.str(&errno)?;
        let s = vm.str(&strerror)?;
        let text = |v: &Value| {
            v.as_pystr()
                .map(|p| p.to_rust().into_owned())
                .unwrap_or_default()
        };
        let mut out = format!("[Errno {}] {}", text(&e), text(&s));
        if !matches!(filename, Value::None) {
            out.push_str(&format!(": {}", vm.repr_string(&filename)?));
            if !matches!(filename2, Value::None) {
                out.push_str(&format!(" -> {}", vm.repr_string(&filename2)?));
            }
        }
        return Ok(Value::str(&out));
    }
    // BaseException's text (calling it would come back here).
    let Some(Payload::Exception(st)) = this.payload() else {
        return Ok(Value::str(""));
    };
    let a = st.borrow().args.clone();
    let items = match a.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    match items.as_slice() {
        [] => Ok(Value::str("")),
        [one] => vm.str(one),
        _ => vm.repr(&a),
    }
}
