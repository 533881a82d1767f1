//! Minimal `os`, `os.path`, `tempfile` and `io` modules: enough for programs to create, list,
//! measure and remove the files they `open()`. Each is installed only when `sys.modules` has no
//! module of that name yet, so a fuller implementation can replace them without conflict.

use std::cell::{Cell, RefCell};
use std::path::Path;

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::types::types;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

use super::{fspath, os_error};

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
    let path = new_module(
        vm,
        "posixpath",
        &[
            ("join", path_join),
            ("getsize", path_getsize),
            ("exists", path_exists),
            ("isdir", path_isdir),
            ("isfile", path_isfile),
            ("basename", path_basename),
            ("dirname", path_dirname),
        ],
    );
    set(&path, "sep", Value::str("/"));
    let os = new_module(
        vm,
        "os",
        &[
            ("remove", os_remove),
            ("unlink", os_remove),
            ("rmdir", os_rmdir),
            ("mkdir", os_mkdir),
            ("listdir", os_listdir),
            ("open", os_open),
            ("getcwd", os_getcwd),
            ("fspath", os_fspath),
        ],
    );
    set(&os, "path", Value::Obj(path.clone()));
    set(&os, "sep", Value::str("/"));
    set(&os, "linesep", Value::str("\n"));
    set(&os, "name", Value::str("posix"));
    for (n, v) in [
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ] {
        set(&os, n, Value::Int(v));
    }
    let tempfile = new_module(
        vm,
        "tempfile",
        &[("mkdtemp", tf_mkdtemp), ("gettempdir", tf_gettempdir)],
    );
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
    install(vm, "os", &os);
    install(vm, "os.path", &path);
    install(vm, "posixpath", &path);
    install(vm, "tempfile", &tempfile);
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

fn path_str(p: &Path) -> Value {
    Value::str(&p.to_string_lossy())
}

fn path_join(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut out = String::new();
    for a in args {
        let p = fspath(vm, a)?;
        let s = p.to_string_lossy();
        if s.starts_with('/') {
            out = s.into_owned();
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&s);
        } else {
            out.push('/');
            out.push_str(&s);
        }
    }
    Ok(Value::str(&out))
}

fn path_getsize(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    match std::fs::metadata(&p) {
        Ok(m) => Ok(Value::Int(i64::try_from(m.len()).unwrap_or(i64::MAX))),
        Err(e) => Err(os_error(vm, &e, Some(&a))),
    }
}

fn path_exists(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = fspath(vm, &arg(args, 0))?;
    Ok(Value::Bool(p.exists()))
}

fn path_isdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = fspath(vm, &arg(args, 0))?;
    Ok(Value::Bool(p.is_dir()))
}

fn path_isfile(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = fspath(vm, &arg(args, 0))?;
    Ok(Value::Bool(p.is_file()))
}

fn path_basename(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = fspath(vm, &arg(args, 0))?;
    let s = p.to_string_lossy();
    Ok(Value::str(s.rsplit('/').next().unwrap_or("")))
}

fn path_dirname(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = fspath(vm, &arg(args, 0))?;
    let s = p.to_string_lossy();
    let head = match s.rfind('/') {
        Some(i) => s.get(..=i).unwrap_or(""),
        None => "",
    };
    let trimmed = head.trim_end_matches('/');
    Ok(Value::str(if trimmed.is_empty() { head } else { trimmed }))
}

fn fs_op(vm: &mut Vm, args: &[Value], op: fn(&Path) -> std::io::Result<()>) -> PyResult<Value> {
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    op(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::None)
}

fn os_remove(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    fs_op(vm, args, |p| std::fs::remove_file(p))
}

fn os_rmdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    fs_op(vm, args, |p| std::fs::remove_dir(p))
}

fn os_mkdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    fs_op(vm, args, |p| std::fs::create_dir(p))
}

fn os_listdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = match args.first() {
        Some(v) => v.clone(),
        None => Value::str("."),
    };
    let p = fspath(vm, &a)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    let mut names = Vec::new();
    for e in rd.flatten() {
        names.push(Value::str(&e.file_name().to_string_lossy()));
    }
    Ok(vm.new_list(names))
}

fn os_open(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    use std::os::fd::IntoRawFd;
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    let flags = match arg(args, 1) {
        Value::Int(i) => i,
        _ => return Err(type_error("open() argument 'flags' must be int")),
    };
    let mut o = std::fs::OpenOptions::new();
    match flags & 3 {
        0 => o.read(true),
        1 => o.write(true),
        _ => o.read(true).write(true),
    };
    if flags & 0o100 != 0 {
        if flags & 0o200 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flags & 0o1000 != 0 {
        o.truncate(true);
    }
    if flags & 0o2000 != 0 {
        o.append(true);
    }
    let f = o.open(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::Int(i64::from(f.into_raw_fd())))
}

fn os_getcwd(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(path_str(&p)),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn os_fspath(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    if a.as_pystr().is_some() || matches!(a.payload(), Some(Payload::Bytes(_))) {
        return Ok(a);
    }
    let p = fspath(vm, &a)?;
    Ok(path_str(&p))
}

thread_local! {
    static COUNTER: Cell<u64> = const { Cell::new(0) };
}

fn tf_gettempdir(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(path_str(&std::env::temp_dir()))
}

fn tf_mkdtemp(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789_";
    let base = std::env::temp_dir();
    let mut last = None;
    for _ in 0..100 {
        let n = COUNTER.with(|c| {
            c.set(c.get().wrapping_add(1));
            c.get()
        });
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut x =
            nanos ^ (u64::from(std::process::id()) << 32) ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let mut name = String::from("tmp");
        for _ in 0..8 {
            let idx = (x % ALPHABET.len() as u64) as usize;
            name.push(char::from(ALPHABET.get(idx).copied().unwrap_or(b'x')));
            x /= ALPHABET.len() as u64;
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(n);
        }
        let p = base.join(name);
        match std::fs::create_dir(&p) {
            Ok(()) => return Ok(path_str(&p)),
            Err(e) => last = Some(e),
        }
    }
    let e = last.unwrap_or_else(|| std::io::Error::from_raw_os_error(17));
    Err(os_error(vm, &e, None))
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
        Payload::Exception(RefCell::new(crate::objects::exception::ExcState::new(a))),
    )))
}

fn oserror_init(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = arg(args, 0);
    let rest = args.get(1..).unwrap_or_default();
    if let Some(Payload::Exception(s)) = this.payload() {
        // CPython keeps only (errno, strerror) in `args` when a filename is given.
        let kept = if (3..=5).contains(&rest.len()) {
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
        if rest.len() >= 3 {
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
