//! The `sys` module: argv, exit, the recursion limit, stdout/stderr, version information.

use std::cell::RefCell;

use crate::builtins::{check_arity, no_kwargs};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("exit", sys_exit),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("exc_info", sys_exc_info),
    ("exception", sys_exception),
    ("intern", sys_intern),
    ("getsizeof", sys_getsizeof),
    ("excepthook", sys_excepthook),
    ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
    ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
    (
        "get_coroutine_origin_tracking_depth",
        sys_get_coroutine_origin_tracking_depth,
    ),
    (
        "set_coroutine_origin_tracking_depth",
        sys_set_coroutine_origin_tracking_depth,
    ),
];

const STREAM_METHODS: &[(&str, NativeFn)] = &[
    ("write", stream_write),
    ("flush", stream_flush),
    ("isatty", stream_isatty),
    ("fileno", stream_fileno),
    ("read", stream_read),
    ("readline", stream_readline),
];

/// Creates `sys` and puts it in `sys.modules`.
pub(crate) fn register(vm: &mut Vm) {
    let t = types();
    let dict = Object::new(&t.dict, Payload::Dict(RefCell::new(Dict::new())));
    let module = Object::new(
        &t.module,
        Payload::Module {
            name: "sys".into(),
            dict: dict.clone(),
        },
    );
    let stream_type = Object::new_type_object({
        let mut ty = TypeObject::builtin("TextIOWrapper", Some(&t.object), Kind::Object, false);
        ty.module = "_io".into();
        ty.instance_dict = true;
        ty
    });
    add_methods(&stream_type, STREAM_METHODS, BuiltinKind::Method);
    let stream = |name: &str, fd: i64| {
        let o = Object::new(&stream_type, Payload::Instance);
        if let Some(d) = o.instance_dict_or_create() {
            if let Payload::Dict(d) = &d.payload {
                let mut d = d.borrow_mut();
                d.set_str("name", Value::str(name));
                d.set_str("_fd", Value::Int(fd));
                d.set_str("encoding", Value::str("utf-8"));
                d.set_str("mode", Value::str(if fd == 0 { "r" } else { "w" }));
            }
        }
        Value::Obj(o)
    };
    let stdout = stream("<stdout>", 1);
    let stderr = stream("<stderr>", 2);
    let stdin = stream("<stdin>", 0);
    let version_info = version_info(vm);
    if let Payload::Dict(d) = &dict.payload {
        let mut d = d.borrow_mut();
        d.set_str("__name__", Value::str("sys"));
        d.set_str("argv", vm.new_list(Vec::new()));
        d.set_str("stdout", stdout.clone());
        d.set_str("stderr", stderr.clone());
        d.set_str("stdin", stdin.clone());
        d.set_str("__stdout__", stdout);
        d.set_str("__stderr__", stderr);
        d.set_str("__stdin__", stdin);
        d.set_str("maxsize", Value::Int(i64::MAX));
        d.set_str("version_info", version_info);
        d.set_str("version", Value::str("3.12.1 (main, pyvm) [rustc]"));
        d.set_str("hexversion", Value::Int(0x030c01f0));
        d.set_str("platform", Value::str("linux"));
        d.set_str("byteorder", Value::str("little"));
        d.set_str("implementation", implementation(vm));
        d.set_str("flags", flags(&crate::import::ImportConfig::default()));
        d.set_str("pycache_prefix", Value::None);
        d.set_str("meta_path", vm.new_list(Vec::new()));
        d.set_str("path_hooks", vm.new_list(Vec::new()));
        d.set_str("path_importer_cache", vm.new_dict());
        d.set_str("builtin_module_names", builtin_module_names(vm));
        d.set_str("stdlib_module_names", stdlib_module_names(vm));
        d.set_str("modules", Value::Obj(vm.modules.clone()));
        let stdlib = stdlib_dir().map(|p| Value::str(&p)).into_iter().collect();
        d.set_str("path", vm.new_list(stdlib));
        d.set_str("executable", Value::str(""));
        d.set_str("maxunicode", Value::Int(0x10ffff));
        d.set_str("dont_write_bytecode", Value::Bool(false));
        for &(name, f) in FUNCTIONS {
            d.set_str(name, vm.new_builtin_function(name, f));
        }
        if let Some(hook) = d.get_str("excepthook").cloned() {
            d.set_str("__excepthook__", hook);
        }
    }
    if let Payload::Dict(m) = &vm.modules.payload {
        let mut m = m.borrow_mut();
        m.set_str("sys", Value::Obj(module.clone()));
        m.set_str("builtins", Value::Obj(vm.builtins_module.clone()));
    }
    vm.sys = Some(module);
    register_quitters(vm);
    crate::import::install_import_error();
    // The native modules made eagerly at start-up get the spec of a built-in module.
    let eager: Vec<Value> = vm
        .dict_items(&vm.modules.clone())
        .into_iter()
        .map(|(_, m)| m)
        .collect();
    for m in eager {
        if let Some(Payload::Module { name, dict }) = m.payload() {
            let has_spec = match &dict.payload {
                Payload::Dict(d) => d.borrow().get_str("__spec__").is_some(),
                _ => true,
            };
            if !has_spec {
                let spec =
                    crate::import::spec::new_spec(vm, name, &crate::import::spec::Origin::Builtin);
                let loader = crate::import::spec::inst_get(&spec, "loader").unwrap_or(Value::None);
                crate::import::spec::inst_set(&m, "__loader__", loader);
                crate::import::spec::inst_set(&m, "__spec__", spec);
            }
        }
    }
}

impl Vm {
    /// An attribute of the `sys` module.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        match &self.sys.as_ref()?.payload {
            Payload::Module { dict, .. } => match &dict.payload {
                Payload::Dict(d) => d.borrow().get_str(name).cloned(),
                _ => None,
            },
            _ => None,
        }
    }

    /// Sets an attribute of the `sys` module.
    pub fn set_sys_attr(&self, name: &str, v: Value) {
        if let Some(Payload::Module { dict, .. }) = self.sys.as_ref().map(|s| &s.payload) {
            if let Payload::Dict(d) = &dict.payload {
                d.borrow_mut().set_str(name, v);
            }
        }
    }

    /// `print()`'s default destination: `sys.stdout` (ours, or whatever a program put there).
    pub fn print_to_stdout(&mut self, s: &str) -> PyResult<()> {
        match self.sys_attr("stdout") {
            Some(out) if stream_fd(&out) == Some(1) => self.write_stdout(s),
            Some(Value::None) | None => Ok(()),
            Some(out) => self
                .call_method(&out, "write", &[Value::str(s)])
                .map(|_| ()),
        }
    }

    /// Writes to `sys.stderr` (ours, or a replacement).
    pub fn print_to_stderr(&mut self, s: &str) -> PyResult<()> {
        match self.sys_attr("stderr") {
            Some(out) if stream_fd(&out) == Some(2) => {
                self.write_stderr(s);
                Ok(())
            }
            Some(Value::None) | None => Ok(()),
            Some(out) => self
                .call_method(&out, "write", &[Value::str(s)])
                .map(|_| ()),
        }
    }
}

/// The file descriptor of one of our standard streams.
fn stream_fd(v: &Value) -> Option<i64> {
    let o: &Obj = v.as_obj()?;
    if o.class()
        .as_type()
        .is_some_and(|t| &*t.name != "TextIOWrapper")
    {
        return None;
    }
    match &o.instance_dict()?.payload {
        Payload::Dict(d) => match d.borrow().get_str("_fd") {
            Some(Value::Int(i)) => Some(*i),
            _ => None,
        },
        _ => None,
    }
}

fn stream_write(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("write", kw)?;
    check_arity("write", args, 2, 2)?;
    let fd = args.first().and_then(stream_fd).unwrap_or(1);
    let s = match args.get(1).and_then(Value::as_pystr) {
        Some(s) => s.to_rust().into_owned(),
        None => {
            return Err(type_error(format!(
                "write() argument must be str, not {}",
                args.get(1).map(type_name_of).unwrap_or_default()
            )))
        }
    };
    let n = s.chars().count() as i64;
    if fd == 2 {
        vm.write_stderr(&s);
    } else {
        vm.write_stdout(&s)?;
    }
    Ok(Value::Int(n))
}

fn stream_flush(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    vm.flush_stdout();
    Ok(Value::None)
}

fn stream_isatty(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_fileno(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(args.first().and_then(stream_fd).unwrap_or(1)))
}

fn sys_exit(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("exit", kw)?;
    check_arity("exit", args, 0, 1)?;
    Err(PyErr::with_args(&types().system_exit, args.to_vec()))
}

fn sys_getrecursionlimit(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn sys_setrecursionlimit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("setrecursionlimit", kw)?;
    check_arity("setrecursionlimit", args, 1, 1)?;
    match args.first() {
        Some(Value::Int(n)) if *n >= 1 => {
            if (*n as usize) <= vm.frames.len() {
                return Err(PyErr::new(
                    &types().recursion_error,
                    format!(
                        "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
                        n,
                        vm.frames.len()
                    ),
                ));
            }
            vm.recursion_limit = (*n as usize).min(1_000_000);
            Ok(Value::None)
        }
        Some(Value::Int(_)) => Err(value_error(
            "recursion limit must be greater or equal than 1",
        )),
        Some(v) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
        None => Ok(Value::None),
    }
}

/// `sys.stdlib_module_names` of CPython 3.12 on Linux: the names of its standard library
/// modules (whether or not pyvm provides them). A `NameError` for one of them suggests the
/// missing import.
pub(crate) const STDLIB_MODULE_NAMES: &[&str] = &[
    "__future__",
    "_abc",
    "_aix_support",
    "_ast",
    "_asyncio",
    "_bisect",
    "_blake2",
    "_bz2",
    "_codecs",
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_collections",
    "_collections_abc",
    "_compat_pickle",
    "_compression",
    "_contextvars",
    "_crypt",
    "_csv",
    "_ctypes",
    "_curses",
    "_curses_panel",
    "_datetime",
    "_dbm",
    "_decimal",
    "_elementtree",
    "_frozen_importlib",
    "_frozen_importlib_external",
    "_functools",
    "_gdbm",
    "_hashlib",
    "_heapq",
    "_imp",
    "_io",
    "_json",
    "_locale",
    "_lsprof",
    "_lzma",
    "_markupbase",
    "_md5",
    "_msi",
    "_multibytecodec",
    "_multiprocessing",
    "_opcode",
    "_operator",
    "_osx_support",
    "_overlapped",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_py_abc",
    "_pydatetime",
    "_pydecimal",
    "_pyio",
    "_pylong",
    "_queue",
    "_random",
    "_scproxy",
    "_sha1",
    "_sha2",
    "_sha3",
    "_signal",
    "_sitebuiltins",
    "_socket",
    "_sqlite3",
    "_sre",
    "_ssl",
    "_stat",
    "_statistics",
    "_string",
    "_strptime",
    "_struct",
    "_symtable",
    "_thread",
    "_threading_local",
    "_tkinter",
    "_tokenize",
    "_tracemalloc",
    "_typing",
    "_uuid",
    "_warnings",
    "_weakref",
    "_weakrefset",
    "_winapi",
    "_zoneinfo",
    "abc",
    "aifc",
    "antigravity",
    "argparse",
    "array",
    "ast",
    "asyncio",
    "atexit",
    "audioop",
    "base64",
    "bdb",
    "binascii",
    "bisect",
    "builtins",
    "bz2",
    "cProfile",
    "calendar",
    "cgi",
    "cgitb",
    "chunk",
    "cmath",
    "cmd",
    "code",
    "codecs",
    "codeop",
    "collections",
    "colorsys",
    "compileall",
    "concurrent",
    "configparser",
    "contextlib",
    "contextvars",
    "copy",
    "copyreg",
    "crypt",
    "csv",
    "ctypes",
    "curses",
    "dataclasses",
    "datetime",
    "dbm",
    "decimal",
    "difflib",
    "dis",
    "doctest",
    "email",
    "encodings",
    "ensurepip",
    "enum",
    "errno",
    "faulthandler",
    "fcntl",
    "filecmp",
    "fileinput",
    "fnmatch",
    "fractions",
    "ftplib",
    "functools",
    "gc",
    "genericpath",
    "getopt",
    "getpass",
    "gettext",
    "glob",
    "graphlib",
    "grp",
    "gzip",
    "hashlib",
    "heapq",
    "hmac",
    "html",
    "http",
    "idlelib",
    "imaplib",
    "imghdr",
    "importlib",
    "inspect",
    "io",
    "ipaddress",
    "itertools",
    "json",
    "keyword",
    "lib2to3",
    "linecache",
    "locale",
    "logging",
    "lzma",
    "mailbox",
    "mailcap",
    "marshal",
    "math",
    "mimetypes",
    "mmap",
    "modulefinder",
    "msilib",
    "msvcrt",
    "multiprocessing",
    "netrc",
    "nis",
    "nntplib",
    "nt",
    "ntpath",
    "nturl2path",
    "numbers",
    "opcode",
    "operator",
    "optparse",
    "os",
    "ossaudiodev",
    "pathlib",
    "pdb",
    "pickle",
    "pickletools",
    "pipes",
    "pkgutil",
    "platform",
    "plistlib",
    "poplib",
    "posix",
    "posixpath",
    "pprint",
    "profile",
    "pstats",
    "pty",
    "pwd",
    "py_compile",
    "pyclbr",
    "pydoc",
    "pydoc_data",
    "pyexpat",
    "queue",
    "quopri",
    "random",
    "re",
    "readline",
    "reprlib",
    "resource",
    "rlcompleter",
    "runpy",
    "sched",
    "secrets",
    "select",
    "selectors",
    "shelve",
    "shlex",
    "shutil",
    "signal",
    "site",
    "smtplib",
    "sndhdr",
    "socket",
    "socketserver",
    "spwd",
    "sqlite3",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "ssl",
    "stat",
    "statistics",
    "string",
    "stringprep",
    "struct",
    "subprocess",
    "sunau",
    "symtable",
    "sys",
    "sysconfig",
    "syslog",
    "tabnanny",
    "tarfile",
    "telnetlib",
    "tempfile",
    "termios",
    "textwrap",
    "this",
    "threading",
    "time",
    "timeit",
    "tkinter",
    "token",
    "tokenize",
    "tomllib",
    "trace",
    "traceback",
    "tracemalloc",
    "tty",
    "turtle",
    "turtledemo",
    "types",
    "typing",
    "unicodedata",
    "unittest",
    "urllib",
    "uu",
    "uuid",
    "venv",
    "warnings",
    "wave",
    "weakref",
    "webbrowser",
    "winreg",
    "winsound",
    "wsgiref",
    "xdrlib",
    "xml",
    "xmlrpc",
    "zipapp",
    "zipfile",
    "zipimport",
    "zlib",
    "zoneinfo",
];

fn stdlib_module_names(vm: &mut Vm) -> Value {
    let mut set = crate::objects::set::Set::new();
    for n in STDLIB_MODULE_NAMES {
        let v = Value::str(n);
        if let Some(h) = crate::vm::hash_fast(&v) {
            set.insert_fast(v, h);
        }
    }
    let _ = vm;
    Value::Obj(Object::new(&types().frozenset, Payload::FrozenSet(set)))
}

/// The builtins `exit` and `quit` that CPython's `site` adds (`_sitebuiltins.Quitter`):
/// calling one raises `SystemExit(code)`; the repr tells how to leave the interactive prompt.
fn register_quitters(vm: &mut Vm) {
    let t = types();
    let quitter = Object::new_type_object({
        let mut ty = TypeObject::builtin("Quitter", Some(&t.object), Kind::Object, false);
        ty.module = "_sitebuiltins".into();
        ty.instance_dict = true;
        ty
    });
    add_methods(
        &quitter,
        &[("__repr__", quitter_repr), ("__call__", quitter_call)],
        BuiltinKind::Method,
    );
    for name in ["exit", "quit"] {
        let o = Object::new(&quitter, Payload::Instance);
        if let Some(Payload::Dict(d)) = o.instance_dict_or_create().map(|d| &d.payload) {
            let mut d = d.borrow_mut();
            d.set_str("name", Value::str(name));
            d.set_str("eof", Value::str("Ctrl-D (i.e. EOF)"));
        }
        if let Payload::Dict(b) = &vm.builtins.payload {
            b.borrow_mut().set_str(name, Value::Obj(o));
        }
    }
}

fn quitter_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let name = vm.getattr_str(&this, "name")?;
    let eof = vm.getattr_str(&this, "eof")?;
    let (name, eof) = (vm.str_string(&name)?, vm.str_string(&eof)?);
    Ok(Value::str(&format!("Use {name}() or {eof} to exit")))
}

fn quitter_call(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("Quitter.__call__", kw)?;
    check_arity("Quitter.__call__", args, 1, 2)?;
    // CPython closes sys.stdin first, ignoring any error.
    if let Some(stdin) = vm.sys_attr("stdin") {
        if stream_fd(&stdin).is_none() {
            let _ = vm.call_method(&stdin, "close", &[]);
        }
    }
    let code = args.get(1).cloned().unwrap_or(Value::None);
    Err(PyErr::with_args(&types().system_exit, vec![code]))
}

/// `sys.excepthook(type, value, traceback)`: prints an exception as an uncaught one is.
fn sys_excepthook(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("excepthook", kw)?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "excepthook expected 3 arguments, got {}",
            args.len()
        )));
    }
    let value = args.get(1).cloned().unwrap_or(Value::None);
    if matches!(value.payload(), Some(Payload::Exception(_))) {
        vm.print_exception_default(&value);
    } else {
        vm.print_to_stderr(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            type_name_of(&value)
        ))?;
    }
    Ok(Value::None)
}

fn sys_exc_info(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = vm.handled.clone();
    if h.is(&Value::None) {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let cls = Value::Obj(crate::vm::type_of(&h).clone());
    let tb = vm.getattr_str(&h, "__traceback__")?;
    Ok(vm.new_tuple(vec![cls, h, tb]))
}

fn sys_exception(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(vm.handled.clone())
}

fn sys_intern(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn sys_getsizeof(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(64))
}

/// `sys.version_info`: a tuple subclass whose fields are also named (`sys.version_info.major`),
/// like CPython's struct sequence.
fn version_info(vm: &mut Vm) -> Value {
    let items = vec![
        Value::Int(3),
        Value::Int(12),
        Value::Int(1),
        Value::str("final"),
        Value::Int(0),
    ];
    let fields: [(&'static str, NativeFn); 5] = [
        ("major", vi_major),
        ("minor", vi_minor),
        ("micro", vi_micro),
        ("releaselevel", vi_releaselevel),
        ("serial", vi_serial),
    ];
    let ns = crate::vm::fresh_dict();
    if let Payload::Dict(d) = &ns.payload {
        let mut d = d.borrow_mut();
        d.set_str("__module__", Value::str("sys"));
        for (name, f) in fields {
            d.set_str(name, crate::vm::getter_property(name, f));
        }
    }
    let t = types();
    match vm.new_class(
        &t.type_,
        "version_info",
        vec![t.tuple.clone()],
        &Value::Obj(ns),
        &[],
    ) {
        Ok(Value::Obj(cls)) => Value::Obj(Object::new(&cls, Payload::Tuple(items.into()))),
        _ => vm.new_tuple(items),
    }
}

fn version_field(args: &[Value], i: usize) -> PyResult<Value> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or(Value::None)),
        _ => Err(type_error(
            "descriptor requires a 'sys.version_info' object",
        )),
    }
}

fn vi_major(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    version_field(args, 0)
}

fn vi_minor(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    version_field(args, 1)
}

fn vi_micro(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    version_field(args, 2)
}

fn vi_releaselevel(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    version_field(args, 3)
}

fn vi_serial(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    version_field(args, 4)
}

/// The standard input behind a `sys.stdin`-like stream, or CPython's error for the others.
fn readable_stdin(args: &[Value]) -> PyResult<()> {
    match args.first().and_then(stream_fd) {
        Some(0) => Ok(()),
        _ => Err(PyErr::new(&types().os_error, "not readable")),
    }
}

/// `sys.stdin.read(size=-1)`: up to `size` bytes of standard input (all when negative),
/// decoded as UTF-8.
fn stream_read(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    use std::io::Read;
    no_kwargs("read", kw)?;
    check_arity("read", args, 1, 2)?;
    readable_stdin(args)?;
    let size = match args.get(1) {
        Some(Value::Int(n)) if *n >= 0 => Some(u64::try_from(*n).unwrap_or(0)),
        _ => None,
    };
    let mut buf = Vec::new();
    let stdin = std::io::stdin();
    let lock = stdin.lock();
    let r = match size {
        Some(n) => lock.take(n).read_to_end(&mut buf),
        None => {
            let mut lock = lock;
            lock.read_to_end(&mut buf)
        }
    };
    r.map_err(|e| PyErr::new(&types().os_error, e.to_string()))?;
    Ok(Value::str(&String::from_utf8_lossy(&buf)))
}

/// `sys.stdin.readline()`: one line of standard input with its newline ("" at end of input).
fn stream_readline(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("readline", kw)?;
    check_arity("readline", args, 1, 2)?;
    readable_stdin(args)?;
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| PyErr::new(&types().os_error, e.to_string()))?;
    Ok(Value::str(&line))
}

// ----- the import system's part of sys ------------------------------------------------------

/// pyvm's standard library directory (the repository's top-level `lib/`): `$PYVMHOME/lib`,
/// else `lib/` one or two levels above the executable's directory (an installed
/// `bin/pyvm`, or `target/<profile>/pyvm` in the repository), else the checkout this crate
/// was built from.
pub(crate) fn stdlib_dir() -> Option<String> {
    let canon = |p: std::path::PathBuf| {
        std::fs::canonicalize(&p)
            .ok()
            .filter(|c| c.is_dir())
            .map(|c| c.to_string_lossy().into_owned())
    };
    if let Some(home) = std::env::var_os("PYVMHOME").filter(|h| !h.is_empty()) {
        return canon(std::path::PathBuf::from(home).join("lib"));
    }
    if let Some(dir) = std::env::current_exe()
        .ok()
        .and_then(|e| e.parent().map(|p| p.to_path_buf()))
    {
        for up in ["../lib", "../../lib"] {
            if let Some(found) = canon(dir.join(up)) {
                return Some(found);
            }
        }
    }
    canon(std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../lib"
    )))
}

thread_local! {
    static NAMESPACE_TYPES: (Obj, Obj) = {
        let t = types();
        let mk = |name: &str, module: &str, methods: &[(&'static str, NativeFn)]| {
            let cls = Object::new_type_object({
                let mut ty = TypeObject::builtin(name, Some(&t.object), Kind::Object, false);
                ty.module = module.into();
                ty.instance_dict = true;
                // A heap type, so that `repr()` dispatches to the `__repr__` defined here.
                ty.heap = true;
                ty
            });
            add_methods(&cls, methods, BuiltinKind::Method);
            cls
        };
        (
            mk("SimpleNamespace", "types", &[("__repr__", namespace_repr)]),
            mk("flags", "sys", &[("__repr__", flags_repr)]),
        )
    };
}

fn instance_with(cls: &Obj, attrs: &[(&str, Value)]) -> Value {
    let o = Object::new(cls, Payload::Instance);
    if let Some(d) = o.instance_dict_or_create() {
        if let Payload::Dict(d) = &d.payload {
            let mut d = d.borrow_mut();
            for (k, v) in attrs {
                d.set_str(k, v.clone());
            }
        }
    }
    Value::Obj(o)
}

/// `sys.implementation`: `name` and `cache_tag` say which pycs are ours.
fn implementation(vm: &mut Vm) -> Value {
    let version = version_info(vm);
    NAMESPACE_TYPES.with(|(ns, _)| {
        instance_with(
            ns,
            &[
                ("name", Value::str("pyvm")),
                ("cache_tag", Value::str(pyvm_compiler::serialize::CACHE_TAG)),
                ("version", version),
                ("hexversion", Value::Int(0x030c01f0)),
                ("_multiarch", Value::str("x86_64-linux-gnu")),
            ],
        )
    })
}

const FLAG_NAMES: [&str; 18] = [
    "debug",
    "inspect",
    "interactive",
    "optimize",
    "dont_write_bytecode",
    "no_user_site",
    "no_site",
    "ignore_environment",
    "verbose",
    "bytes_warning",
    "quiet",
    "hash_randomization",
    "isolated",
    "dev_mode",
    "utf8_mode",
    "warn_default_encoding",
    "safe_path",
    "int_max_str_digits",
];

/// `sys.flags` for a command line.
fn flags(config: &crate::import::ImportConfig) -> Value {
    let values: Vec<(&str, Value)> = FLAG_NAMES
        .iter()
        .map(|&n| {
            let v = match n {
                "dont_write_bytecode" => i64::from(config.dont_write_bytecode),
                "verbose" => i64::from(config.verbose),
                "ignore_environment" => i64::from(config.ignore_environment || config.isolated),
                "isolated" | "no_user_site" | "safe_path" => i64::from(config.isolated),
                "hash_randomization" => 1,
                "int_max_str_digits" => -1,
                _ => 0,
            };
            let v = if n == "dev_mode" || n == "safe_path" {
                Value::Bool(v != 0)
            } else {
                Value::Int(v)
            };
            (n, v)
        })
        .collect();
    NAMESPACE_TYPES.with(|(_, fl)| instance_with(fl, &values))
}

fn attrs_repr(vm: &mut Vm, this: &Value, names: &[String]) -> PyResult<Vec<String>> {
    let mut parts = Vec::new();
    for n in names {
        let v = vm.getattr_str(this, n)?;
        parts.push(format!("{n}={}", vm.repr_string(&v)?));
    }
    Ok(parts)
}

fn namespace_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let names: Vec<String> = match this.as_obj().and_then(|o| o.instance_dict()) {
        Some(d) => vm
            .dict_items(d)
            .iter()
            .filter_map(|(k, _)| k.as_pystr().map(|s| s.to_rust().into_owned()))
            .collect(),
        None => Vec::new(),
    };
    let parts = attrs_repr(vm, &this, &names)?;
    Ok(Value::str(&format!("namespace({})", parts.join(", "))))
}

fn flags_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let names: Vec<String> = FLAG_NAMES.iter().map(|s| s.to_string()).collect();
    let parts = attrs_repr(vm, &this, &names)?;
    Ok(Value::str(&format!("sys.flags({})", parts.join(", "))))
}

/// `sys.builtin_module_names`: the native modules, sorted.
fn builtin_module_names(vm: &mut Vm) -> Value {
    let mut names: Vec<&str> = crate::modules::NATIVE_MODULES
        .iter()
        .map(|(n, _)| *n)
        .filter(|n| !n.contains('.'))
        .chain([
            "builtins",
            "sys",
            "math",
            "io",
            "os",
            "posixpath",
            "tempfile",
        ])
        .collect();
    names.sort_unstable();
    names.dedup();
    vm.new_tuple(names.into_iter().map(Value::str).collect())
}

/// Applies a command-line configuration: `sys.path` (script directory or `''`, `PYTHONPATH`,
/// the standard library), `sys.flags`, `sys.dont_write_bytecode`, `sys.pycache_prefix`.
pub(crate) fn apply_config(vm: &mut Vm, config: &crate::import::ImportConfig) {
    let mut path: Vec<Value> = Vec::new();
    if let Some(p0) = &config.path0 {
        path.push(Value::str(p0));
    }
    for p in &config.pythonpath {
        path.push(Value::str(p));
    }
    if let Some(lib) = stdlib_dir() {
        path.push(Value::str(&lib));
    }
    let l = vm.new_list(path);
    vm.set_sys_attr("path", l);
    vm.set_sys_attr("flags", flags(config));
    vm.set_sys_attr(
        "dont_write_bytecode",
        Value::Bool(config.dont_write_bytecode),
    );
    vm.set_sys_attr(
        "pycache_prefix",
        config
            .pycache_prefix
            .as_deref()
            .filter(|p| !p.is_empty())
            .map_or(Value::None, Value::str),
    );
}

/// `sys.set_asyncgen_hooks([firstiter][, finalizer])`: an omitted hook keeps its value.
fn sys_set_asyncgen_hooks(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "set_asyncgen_hooks() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let mut firstiter = args.first().cloned();
    let mut finalizer = args.get(1).cloned();
    for (k, v) in kw {
        match k.as_pystr().map(|s| s.to_rust().into_owned()).as_deref() {
            Some("firstiter") => firstiter = Some(v.clone()),
            Some("finalizer") => finalizer = Some(v.clone()),
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for set_asyncgen_hooks()"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    for (name, hook) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(h) = hook {
            if !matches!(h, Value::None) && !crate::builtins::is_callable(h) {
                return Err(type_error(format!(
                    "callable {name} expected, got {}",
                    type_name_of(h)
                )));
            }
        }
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks.0 = f;
    }
    if let Some(f) = finalizer {
        vm.asyncgen_hooks.1 = f;
    }
    Ok(Value::None)
}

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn sys_get_asyncgen_hooks(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let items = vec![vm.asyncgen_hooks.0.clone(), vm.asyncgen_hooks.1.clone()];
    let fields: [(&'static str, NativeFn); 2] = [("firstiter", ah_first), ("finalizer", ah_final)];
    let ns = crate::vm::fresh_dict();
    if let Payload::Dict(d) = &ns.payload {
        let mut d = d.borrow_mut();
        d.set_str("__module__", Value::str("sys"));
        for (name, f) in fields {
            d.set_str(name, crate::vm::getter_property(name, f));
        }
        d.set_str("__repr__", vm.new_builtin_function("__repr__", ah_repr));
    }
    let t = types();
    match vm.new_class(
        &t.type_,
        "asyncgen_hooks",
        vec![t.tuple.clone()],
        &Value::Obj(ns),
        &[],
    ) {
        Ok(Value::Obj(cls)) => Ok(Value::Obj(Object::new(&cls, Payload::Tuple(items.into())))),
        _ => Ok(vm.new_tuple(items)),
    }
}

fn hooks_field(args: &[Value], i: usize) -> PyResult<Value> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => Ok(t.get(i).cloned().unwrap_or(Value::None)),
        _ => Err(type_error("descriptor requires a 'asyncgen_hooks' object")),
    }
}

fn ah_first(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    hooks_field(args, 0)
}

fn ah_final(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    hooks_field(args, 1)
}

fn ah_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = hooks_field(args, 0)?;
    let b = hooks_field(args, 1)?;
    let a = vm.repr_string(&a)?;
    let b = vm.repr_string(&b)?;
    Ok(Value::str(&format!(
        "asyncgen_hooks(firstiter={a}, finalizer={b})"
    )))
}

thread_local! {
    /// `sys.set_coroutine_origin_tracking_depth`: kept and reported; pyvm records no origins
    /// (`cr_origin` stays `None`).
    static ORIGIN_DEPTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn sys_get_coroutine_origin_tracking_depth(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(ORIGIN_DEPTH.with(std::cell::Cell::get)))
}

fn sys_set_coroutine_origin_tracking_depth(
    _: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
) -> PyResult<Value> {
    let v =
        match (args.first(), kw.first()) {
            (Some(v), _) => v.clone(),
            (None, Some((_, v))) => v.clone(),
            (None, None) => return Err(type_error(
                "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)",
            )),
        };
    let Value::Int(depth) = v else {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(&v)
        )));
    };
    if depth < 0 {
        return Err(crate::error::value_error("depth must be >= 0"));
    }
    ORIGIN_DEPTH.with(|d| d.set(depth));
    Ok(Value::None)
}
