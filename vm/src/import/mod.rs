//! The import system: `import`, `from ... import`, `__import__`, `importlib`.
//!
//! It follows CPython's `importlib._bootstrap` step by step (`_find_and_load`,
//! `_load_unlocked`, `_handle_fromlist`, the C fast path of `PyImport_ImportModuleLevelObject`),
//! because programs observe every step: what is in `sys.modules` while a module runs (circular
//! imports see the half-made module), what is removed when it raises, which attributes a
//! module gets and in which order, and the exact error texts.
//!
//! Finders are not Python objects here: a name is looked up in `sys.modules`, then in the
//! native registry ([`crate::modules::find_native`], CPython's `BuiltinImporter`), then on
//! `sys.path` or the parent package's `__path__` ([`finder`], CPython's `PathFinder`). Source
//! modules go through the bytecode cache ([`loader`]), with CPython's `-v` messages.

mod finder;
pub(crate) mod importlib;
mod loader;
pub(crate) mod spec;

use std::cell::RefCell;

pub(crate) use crate::io::os_error;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Payload};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, Vm};
use finder::{DirCache, Found};
use spec::{inst_get, inst_set, Origin};

/// How the command line configured the import system.
#[derive(Debug, Clone, Default)]
pub struct ImportConfig {
    /// `-v` count: 1 traces each import, as `python3 -v`.
    pub verbose: u32,
    /// `-B` or `PYTHONDONTWRITEBYTECODE`: the initial `sys.dont_write_bytecode`.
    pub dont_write_bytecode: bool,
    /// `PYTHONPYCACHEPREFIX` (or `-X pycache_prefix=`): the initial `sys.pycache_prefix`.
    pub pycache_prefix: Option<String>,
    /// The first `sys.path` entry: the script's directory, or `""` for `-c` and the REPL.
    pub path0: Option<String>,
    /// `PYTHONPATH` entries (already split), placed before the standard library.
    pub pythonpath: Vec<String>,
    /// `-E`/`-I`: the environment was ignored (reported in `sys.flags`).
    pub ignore_environment: bool,
    /// `-I`.
    pub isolated: bool,
}

/// Per-interpreter import state that is not visible to Python.
#[derive(Default)]
struct State {
    verbose: u32,
    dirs: DirCache,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

/// The `-v` level.
pub(crate) fn verbose_level() -> u32 {
    STATE.with(|s| s.borrow().verbose)
}

/// Prints a `-v` trace line to stderr when the verbosity is at least `level`.
pub(crate) fn trace(vm: &mut Vm, level: u32, msg: &str) {
    if verbose_level() >= level {
        vm.write_stderr(&format!("{msg}\n"));
    }
}

/// Drops the cached directory listings (`importlib.invalidate_caches()`).
pub(crate) fn invalidate_caches() {
    STATE.with(|s| s.borrow_mut().dirs.clear());
}

fn str_of(v: &Value) -> Option<String> {
    v.as_pystr().map(|s| s.to_rust().into_owned())
}

fn import_error(msg: String, name: Option<&str>, path: Option<&str>) -> PyErr {
    let e = PyErr::new(&types().import_error, msg.clone());
    set_error_names(&e, name, path);
    inst_set(&e.value(), "msg", Value::str(&msg));
    e
}

/// Gives `ImportError` its keyword arguments (`name=`, `path=`) and its `msg`, `name` and
/// `path` attributes (None on the class, for instances made without them).
pub(crate) fn install_import_error() {
    let t = types();
    crate::types::add_methods(
        &t.import_error,
        &[("__init__", import_error_init)],
        crate::objects::function::BuiltinKind::Method,
    );
    if let Some(ty) = t.import_error.as_type() {
        let mut d = ty.dict.borrow_mut();
        for attr in ["msg", "name", "path"] {
            d.set_str(attr, Value::None);
        }
    }
}

/// `ImportError.__init__(self, *args, name=None, path=None)`.
fn import_error_init(vm: &mut Vm, args: &[Value], kw: &crate::vm::KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let rest = args.get(1..).unwrap_or(&[]).to_vec();
    let (mut name, mut path) = (Value::None, Value::None);
    for (k, v) in kw {
        match str_of(k).as_deref() {
            Some("name") => name = v.clone(),
            Some("path") => path = v.clone(),
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    other.unwrap_or("?"),
                    type_name_of(&this)
                )))
            }
        }
    }
    let msg = if rest.len() == 1 {
        rest.first().cloned().unwrap_or(Value::None)
    } else {
        Value::None
    };
    if let Some(Payload::Exception(st)) = this.payload() {
        st.borrow_mut().args = vm.new_tuple(rest);
    }
    inst_set(&this, "name", name);
    inst_set(&this, "path", path);
    inst_set(&this, "msg", msg);
    Ok(Value::None)
}

fn set_error_names(e: &PyErr, name: Option<&str>, path: Option<&str>) {
    let v = e.value();
    inst_set(&v, "name", name.map_or(Value::None, Value::str));
    inst_set(&v, "path", path.map_or(Value::None, Value::str));
}

/// `ModuleNotFoundError(msg, name=name)`.
pub(crate) fn not_found(msg: String, name: &str) -> PyErr {
    let e = PyErr::new(&types().module_not_found_error, msg.clone());
    set_error_names(&e, Some(name), None);
    inst_set(&e.value(), "msg", Value::str(&msg));
    e
}

impl Vm {
    /// Configures `sys` and the import system from the command line (call once, before
    /// running anything): `sys.path`, `sys.flags`, `sys.dont_write_bytecode`,
    /// `sys.pycache_prefix` and the `-v` level.
    pub fn configure_imports(&mut self, config: &ImportConfig) {
        STATE.with(|s| s.borrow_mut().verbose = config.verbose);
        crate::sysmod::apply_config(self, config);
    }

    /// `sys.modules[name]`, if present.
    pub(crate) fn sys_module(&mut self, name: &str) -> Option<Value> {
        let modules = self.modules.clone();
        match &modules.payload {
            Payload::Dict(d) => d.borrow().get_str(name).cloned(),
            _ => None,
        }
    }

    fn set_sys_module(&mut self, name: &str, m: Value) {
        if let Payload::Dict(d) = &self.modules.payload {
            d.borrow_mut().set_str(name, m);
        }
    }

    fn remove_sys_module(&mut self, name: &str) -> Option<Value> {
        let modules = self.modules.clone();
        self.dict_remove(&modules, &Value::str(name)).ok().flatten()
    }
}

/// `__import__(name, globals, locals, fromlist, level)`: what the `IMPORT_NAME` instruction and
/// the builtin do (`PyImport_ImportModuleLevelObject`).
pub(crate) fn import_module_level(
    vm: &mut Vm,
    name: &str,
    globals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        resolve_name(vm, name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.to_owned()
    };
    let module = find_and_load(vm, &abs_name)?;
    let has_from = !fromlist.is(&Value::None) && vm.truthy(fromlist)?;
    if !has_from {
        if level == 0 || !name.is_empty() {
            match name.find('.') {
                None => Ok(module),
                Some(dot) if level == 0 => find_and_load(vm, &name[..dot]),
                Some(dot) => {
                    let cut_off = name.len() - dot;
                    let to_return = &abs_name[..abs_name.len() - cut_off];
                    vm.sys_module(to_return).ok_or_else(|| {
                        crate::error::key_error_msg(format!(
                            "{} not in sys.modules as expected",
                            spec::py_repr(to_return)
                        ))
                    })
                }
            }
        } else {
            Ok(module)
        }
    } else if vm.getattr_opt(&module, "__path__")?.is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
        Ok(module)
    } else {
        Ok(module)
    }
}

/// The absolute name of a relative import (`resolve_name` in `Python/import.c`).
fn resolve_name(vm: &mut Vm, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    let Some(Payload::Dict(_)) = globals.payload() else {
        if globals.is(&Value::None) {
            return Err(crate::error::key_error_msg("'__name__' not in globals"));
        }
        return Err(type_error("globals must be a dict"));
    };
    let Value::Obj(g) = globals else {
        return Err(type_error("globals must be a dict"));
    };
    let package = vm.dict_get(g, &Value::str("__package__"))?;
    let spec = vm.dict_get(g, &Value::str("__spec__"))?;
    let package = match (package, spec) {
        (Some(p), _) if !p.is(&Value::None) => {
            str_of(&p).ok_or_else(|| type_error("package must be a string"))?
        }
        (_, Some(s)) if !s.is(&Value::None) => {
            let parent = vm.getattr_opt(&s, "parent")?.unwrap_or(Value::None);
            str_of(&parent).ok_or_else(|| type_error("__spec__.parent must be a string"))?
        }
        _ => {
            let Some(n) = vm.dict_get(g, &Value::str("__name__"))? else {
                return Err(crate::error::key_error_msg("'__name__' not in globals"));
            };
            let n = str_of(&n).ok_or_else(|| type_error("__name__ must be a string"))?;
            if vm.dict_get(g, &Value::str("__path__"))?.is_some() {
                n
            } else {
                n.rsplit_once('.')
                    .map(|(p, _)| p.to_owned())
                    .unwrap_or_default()
            }
        }
    };
    if package.is_empty() {
        return Err(import_error(
            "attempted relative import with no known parent package".into(),
            None,
            None,
        ));
    }
    let mut base: &str = &package;
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(import_error(
                    "attempted relative import beyond top-level package".into(),
                    None,
                    None,
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_owned()
    } else {
        format!("{base}.{name}")
    })
}

/// `_handle_fromlist`: `from package import name` imports `package.name` when the package has
/// no such attribute; `*` follows `__all__`.
fn handle_fromlist(vm: &mut Vm, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    let items = vm.collect_iter(fromlist)?;
    let mname = vm
        .getattr_opt(module, "__name__")?
        .and_then(|n| str_of(&n))
        .unwrap_or_default();
    for x in items {
        let Some(s) = str_of(&x) else {
            let place = if recursive {
                format!("{mname}.__all__")
            } else {
                "``from list''".to_owned()
            };
            return Err(type_error(format!(
                "Item in {place} must be str, not {}",
                type_name_of(&x)
            )));
        };
        if s == "*" {
            if !recursive {
                if let Some(all) = vm.getattr_opt(module, "__all__")? {
                    handle_fromlist(vm, module, &all, true)?;
                }
            }
        } else if vm.getattr_opt(module, &s)?.is_none() {
            let from_name = format!("{mname}.{s}");
            if let Err(e) = find_and_load(vm, &from_name) {
                let swallowed = e.matches(&types().module_not_found_error)
                    && inst_get(&e.value(), "name")
                        .and_then(|n| str_of(&n))
                        .as_deref()
                        == Some(from_name.as_str())
                    && vm.sys_module(&from_name).is_none();
                if !swallowed {
                    return Err(e);
                }
            }
        }
    }
    Ok(())
}

/// `_find_and_load`: the module called `name` (absolute), from `sys.modules` or loaded now.
pub(crate) fn find_and_load(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = vm.sys_module(name) {
        if m.is(&Value::None) {
            return Err(not_found(
                format!("import of {name} halted; None in sys.modules"),
                name,
            ));
        }
        return Ok(m);
    }
    let mut parent_module = None;
    let mut search = None;
    if let Some((parent, _)) = name.rsplit_once('.') {
        if vm.sys_module(parent).is_none() {
            find_and_load(vm, parent)?;
        }
        if let Some(m) = vm.sys_module(name) {
            return Ok(m);
        }
        let Some(pm) = vm.sys_module(parent) else {
            return Err(crate::error::key_error_msg(spec::py_repr(parent)));
        };
        let Some(path) = vm.getattr_opt(&pm, "__path__")? else {
            return Err(not_found(
                format!("No module named '{name}'; '{parent}' is not a package"),
                name,
            ));
        };
        let entries = vm.collect_iter(&path)?;
        search = Some(entries.iter().filter_map(str_of).collect::<Vec<_>>());
        parent_module = Some(pm);
    }
    let Some(found) = find_spec(vm, name, search)? else {
        return Err(not_found(format!("No module named '{name}'"), name));
    };
    let module = load(vm, name, found)?;
    if let (Some(pm), Some((_, child))) = (parent_module, name.rsplit_once('.')) {
        let _ = vm.setattr(&pm, child, module.clone());
    }
    Ok(module)
}

/// Where module `name` comes from.
pub(crate) enum Spec {
    Native(crate::modules::ModuleInit),
    File(Found),
}

/// `_find_spec`: the native registry, then the search path (`sys.path` when `search` is None).
pub(crate) fn find_spec(
    vm: &mut Vm,
    name: &str,
    search: Option<Vec<String>>,
) -> PyResult<Option<Spec>> {
    let own: Option<crate::modules::ModuleInit> = match name {
        "importlib" => Some(importlib::init),
        "importlib.util" => Some(importlib::init_util),
        _ => None,
    };
    if let Some(init) = own.or_else(|| crate::modules::find_native(name)) {
        return Ok(Some(Spec::Native(init)));
    }
    let entries = match search {
        Some(s) => s,
        None => sys_path(vm),
    };
    let tail = name.rsplit('.').next().unwrap_or(name);
    let (found, possible) = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let found = s.dirs.find(tail, &entries);
        (found, std::mem::take(&mut s.dirs.possible))
    });
    for dir in possible {
        trace(vm, 1, &format!("# possible namespace for {dir}"));
    }
    Ok(found.map(Spec::File))
}

/// The `str` entries of `sys.path`.
pub(crate) fn sys_path(vm: &mut Vm) -> Vec<String> {
    match vm.sys_attr("path").as_ref().and_then(Value::payload) {
        Some(Payload::List(l)) => l.borrow().iter().filter_map(str_of).collect(),
        _ => Vec::new(),
    }
}

/// The [`Origin`] (spec contents) for a file found by the finder.
pub(crate) fn origin_of(vm: &mut Vm, found: Found) -> Origin {
    match found {
        Found::Source { path, pkg_dir } => {
            let cached = loader::cache_path(vm, &path);
            Origin::Source {
                path,
                cached,
                pkg_dir,
            }
        }
        Found::Sourceless { path, pkg_dir } => Origin::Sourceless { path, pkg_dir },
        Found::Namespace(paths) => Origin::Namespace(paths),
    }
}

/// `_load_unlocked`: creates the module, puts it in `sys.modules`, runs it (removing it again
/// if that fails) and returns what `sys.modules` then holds.
fn load(vm: &mut Vm, name: &str, found: Spec) -> PyResult<Value> {
    let origin = match found {
        Spec::Native(init) => return load_native(vm, name, init),
        Spec::File(f) => origin_of(vm, f),
    };
    let spec = spec::new_spec(vm, name, &origin);
    let module = Value::Obj(spec::module_from_spec(name, &spec));
    inst_set(&spec, "_initializing", Value::Bool(true));
    vm.set_sys_module(name, module.clone());
    let r = exec_module(vm, name, &module, &origin);
    inst_set(&spec, "_initializing", Value::Bool(false));
    if let Err(e) = r {
        vm.remove_sys_module(name);
        return Err(e);
    }
    let Some(m) = vm.remove_sys_module(name) else {
        return Err(crate::error::key_error_msg(spec::py_repr(name)));
    };
    vm.set_sys_module(name, m.clone());
    if verbose_level() > 0 {
        let loader = inst_get(&spec, "loader").unwrap_or(Value::None);
        let l = spec::loader_repr(vm, &loader);
        trace(vm, 1, &format!("import {} # {l}", spec::py_repr(name)));
    }
    Ok(m)
}

/// Builds a native module and records it in `sys.modules`.
fn load_native(vm: &mut Vm, name: &str, init: crate::modules::ModuleInit) -> PyResult<Value> {
    let m = Value::Obj(init(vm)?);
    let spec = spec::new_spec(vm, name, &Origin::Builtin);
    inst_set(
        &m,
        "__loader__",
        inst_get(&spec, "loader").unwrap_or(Value::None),
    );
    inst_set(&m, "__spec__", spec);
    if inst_get(&m, "__package__")
        .is_none_or(|p| p.is(&Value::None) || str_of(&p).as_deref() == Some(""))
    {
        let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
        inst_set(&m, "__package__", Value::str(parent));
    }
    vm.set_sys_module(name, m.clone());
    trace(
        vm,
        1,
        &format!(
            "import {} # <class '_frozen_importlib.BuiltinImporter'>",
            spec::py_repr(name)
        ),
    );
    Ok(vm.sys_module(name).unwrap_or(m))
}

/// Runs the code of a file module in its namespace (`exec_module`).
pub(crate) fn exec_module(
    vm: &mut Vm,
    name: &str,
    module: &Value,
    origin: &Origin,
) -> PyResult<()> {
    let code = match origin {
        Origin::Builtin | Origin::Namespace(_) => return Ok(()),
        Origin::Source { path, cached, .. } => {
            loader::source_code(vm, name, path, cached.as_deref())?
        }
        Origin::Sourceless { path, .. } => loader::sourceless_code(vm, name, path)?,
    };
    let Some(Payload::Module { dict, .. }) = module.payload() else {
        return Ok(());
    };
    let dict: Obj = dict.clone();
    if let Payload::Dict(d) = &dict.payload {
        let mut d = d.borrow_mut();
        if d.get_str("__builtins__").is_none() {
            d.set_str("__builtins__", Value::Obj(vm.builtins.clone()));
        }
    }
    let data = crate::objects::function::CodeData::new(code);
    vm.run_code(data, dict)?;
    Ok(())
}

/// `from module import name` (`IMPORT_FROM`): the attribute, else `sys.modules['module.name']`,
/// else CPython's `ImportError`.
pub(crate) fn import_from(vm: &mut Vm, m: &Value, name: &str) -> PyResult<Value> {
    match vm.getattr_opt(m, name) {
        Ok(Some(v)) => return Ok(v),
        Ok(None) => {}
        Err(e) if e.matches(&types().attribute_error) => {}
        Err(e) => return Err(e),
    }
    let pkgname = vm
        .getattr_opt(m, "__name__")
        .ok()
        .flatten()
        .and_then(|n| str_of(&n));
    if let Some(p) = &pkgname {
        if let Some(x) = vm.sys_module(&format!("{p}.{name}")) {
            return Ok(x);
        }
    }
    Err(cannot_import(vm, m, name, pkgname))
}

/// The `ImportError` of a failed `from module import name`.
pub(crate) fn cannot_import(vm: &mut Vm, m: &Value, name: &str, pkgname: Option<String>) -> PyErr {
    let shown = pkgname
        .clone()
        .unwrap_or_else(|| "<unknown module name>".to_owned());
    let path = match m.payload() {
        Some(Payload::Module { .. }) => inst_get(m, "__file__").and_then(|f| str_of(&f)),
        _ => None,
    };
    let msg = match &path {
        None => format!(
            "cannot import name {} from {} (unknown location)",
            spec::py_repr(name),
            spec::py_repr(&shown)
        ),
        Some(p) => {
            let spec = vm.getattr_opt(m, "__spec__").ok().flatten();
            let initializing = spec
                .and_then(|s| inst_get(&s, "_initializing"))
                .is_some_and(|v| matches!(v, Value::Bool(true)));
            if initializing {
                format!(
                    "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({p})",
                    spec::py_repr(name),
                    spec::py_repr(&shown)
                )
            } else {
                format!(
                    "cannot import name {} from {} ({p})",
                    spec::py_repr(name),
                    spec::py_repr(&shown)
                )
            }
        }
    };
    let e = PyErr::new(&types().import_error, msg.clone());
    set_error_names(&e, pkgname.as_deref(), path.as_deref());
    inst_set(&e.value(), "msg", Value::str(&msg));
    inst_set(&e.value(), "name_from", Value::str(name));
    e
}

/// How `-m NAME` failed before the module ran: the message printed after `program: `.
fn main_spec_error(vm: &mut Vm, name: &str, e: &PyErr) -> String {
    let text = crate::traceback::exception_only(vm, &e.value());
    format!(
        "Error while finding module specification for {} ({})",
        spec::py_repr(name),
        text.trim_end()
    )
}

impl Vm {
    /// `pyvm -m NAME args...`: finds NAME through the import system (a package runs its
    /// `__main__` submodule) and runs it as `__main__`, with `sys.argv[0]` its full path; a
    /// native module with a `_main` function runs that. `program` prefixes the errors CPython
    /// prints itself (`program: No module named x`). For `pyvm DIR` (NAME `__main__`, found
    /// first on `sys.path`), `args` is the whole `sys.argv`, starting with `DIR` as typed.
    pub fn run_module_main(
        &mut self,
        name: &str,
        args: &[String],
        program: &str,
    ) -> crate::eval::ExitStatus {
        let status = match self.run_module_inner(name, args, program) {
            Ok(Ok(())) => crate::eval::ExitStatus(0),
            Ok(Err(msg)) => {
                self.flush_stdout();
                self.write_stderr(&format!("{program}: {msg}\n"));
                crate::eval::ExitStatus(1)
            }
            Err(e) => self.handle_uncaught(e),
        };
        self.flush_stdout();
        status
    }

    fn set_argv(&mut self, first: &str, args: &[String]) {
        let mut argv = vec![Value::str(first)];
        argv.extend(args.iter().map(|a| Value::str(a)));
        let l = self.new_list(argv);
        self.set_sys_attr("argv", l);
    }

    fn run_module_inner(
        &mut self,
        name: &str,
        args: &[String],
        program: &str,
    ) -> PyResult<Result<(), String>> {
        let _ = program;
        let mut search = None;
        if let Some((parent, _)) = name.rsplit_once('.') {
            let pm = match find_and_load(self, parent) {
                Ok(m) => m,
                Err(e) => return Ok(Err(main_spec_error(self, name, &e))),
            };
            let Some(path) = self.getattr_opt(&pm, "__path__")? else {
                let e = not_found(
                    format!(
                        "__path__ attribute not found on {} while trying to find {}",
                        spec::py_repr(parent),
                        spec::py_repr(name)
                    ),
                    name,
                );
                return Ok(Err(main_spec_error(self, name, &e)));
            };
            let items = self.collect_iter(&path)?;
            search = Some(items.iter().filter_map(str_of).collect());
        }
        let found = match find_spec(self, name, search)? {
            None => return Ok(Err(format!("No module named {name}"))),
            Some(Spec::Native(_)) => {
                let m = find_and_load(self, name)?;
                self.set_argv(name, args);
                return match self.getattr_opt(&m, "_main")? {
                    Some(f) => {
                        self.call(&f, &[], &[])?;
                        Ok(Ok(()))
                    }
                    None => Ok(Err(format!("No code object available for {name}"))),
                };
            }
            Some(Spec::File(f)) => f,
        };
        let is_pkg = matches!(
            found,
            Found::Namespace(_)
                | Found::Source {
                    pkg_dir: Some(_),
                    ..
                }
                | Found::Sourceless {
                    pkg_dir: Some(_),
                    ..
                }
        );
        if is_pkg {
            if name.ends_with(".__main__") || name == "__main__" {
                return Ok(Err("Cannot use package as __main__ module".to_owned()));
            }
            // The package itself is imported first (its `__init__` runs), as runpy does.
            if let Err(e) = find_and_load(self, name) {
                return Ok(Err(main_spec_error(self, name, &e)));
            }
            let main_name = format!("{name}.__main__");
            return match self.run_module_inner(&main_name, args, program)? {
                Err(msg) if msg == format!("No module named {main_name}") => Ok(Err(format!(
                    "No module named {main_name}; '{name}' is a package and cannot be directly executed"
                ))),
                other => Ok(other),
            };
        }
        let origin = origin_of(self, found);
        let spec = spec::new_spec(self, name, &origin);
        let module = Value::Obj(spec::module_from_spec("__main__", &spec));
        let path = match &origin {
            Origin::Source { path, .. } | Origin::Sourceless { path, .. } => path.clone(),
            _ => name.to_owned(),
        };
        match (name, args.split_first()) {
            ("__main__", Some((first, rest))) => self.set_argv(first, rest),
            _ => self.set_argv(&path, args),
        }
        self.set_sys_module("__main__", module.clone());
        exec_module(self, name, &module, &origin)?;
        Ok(Ok(()))
    }
}
