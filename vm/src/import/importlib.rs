//! The native `importlib` package and `importlib.util`: the parts of CPython's Python-level
//! import API that programs call (`import_module`, `reload`, `invalidate_caches`,
//! `cache_from_source`, `source_from_cache`, `MAGIC_NUMBER`, `find_spec`, `module_from_spec`,
//! `spec_from_file_location`, `resolve_name`). They share the machinery of the `import`
//! statement, so both see the same `sys.modules` and the same directory caches.

use std::path::Path;

use super::spec::{self, inst_get, inst_set, Origin};
use super::{find_and_load, not_found, str_of, Spec};
use crate::builtins::take_kwargs;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::bytes::new_bytes;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// Builds `importlib` (a package, so that `importlib.util` can be imported below it).
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = crate::modules::new_module(
        vm,
        "importlib",
        &[
            ("import_module", import_module),
            ("reload", reload),
            ("invalidate_caches", invalidate_caches),
        ],
    );
    let path = vm.new_list(Vec::new());
    crate::modules::set_attr(&m, "__path__", path);
    crate::modules::set_attr(&m, "__package__", Value::str("importlib"));
    Ok(m)
}

/// Builds `importlib.util`.
pub(crate) fn init_util(vm: &mut Vm) -> PyResult<Obj> {
    let m = crate::modules::new_module(
        vm,
        "importlib.util",
        &[
            ("cache_from_source", cache_from_source),
            ("source_from_cache", source_from_cache),
            ("find_spec", find_spec),
            ("module_from_spec", module_from_spec),
            ("spec_from_file_location", spec_from_file_location),
            ("resolve_name", resolve_name),
        ],
    );
    crate::modules::set_attr(
        &m,
        "MAGIC_NUMBER",
        new_bytes(pyvm_compiler::serialize::MAGIC.to_vec()),
    );
    crate::modules::set_attr(&m, "__package__", Value::str("importlib"));
    Ok(m)
}

fn str_arg(fname: &str, what: &str, v: Option<&Value>) -> PyResult<String> {
    match v {
        Some(v) => str_of(v).ok_or_else(|| {
            type_error(format!(
                "{fname}() argument '{what}' must be str, not {}",
                type_name_of(v)
            ))
        }),
        None => Err(type_error(format!(
            "{fname}() missing required argument '{what}'"
        ))),
    }
}

/// Splits the leading dots of a relative name: `("..a", pkg)` → `a`, level 2.
fn relative(name: &str, package: &Value, fname_for_error: &str) -> PyResult<(String, i64)> {
    if !name.starts_with('.') {
        return Ok((name.to_owned(), 0));
    }
    if package.is(&Value::None) || str_of(package).is_some_and(|p| p.is_empty()) {
        let _ = fname_for_error;
        return Err(type_error(format!(
            "the 'package' argument is required to perform a relative import for {}",
            spec::py_repr(name)
        )));
    }
    let level = name.chars().take_while(|&c| c == '.').count();
    Ok((name[level..].to_owned(), level as i64))
}

/// `_resolve_name(name, package, level)` of importlib (a relative name inside `package`).
fn resolve(name: &str, package: &str, level: i64) -> PyResult<String> {
    let mut base: &str = package;
    for _ in 1..level {
        match base.rfind('.') {
            Some(i) => base = &base[..i],
            None => {
                return Err(PyErr::new(
                    &types().import_error,
                    "attempted relative import beyond top-level package",
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

fn absolute_name(name: &str, package: &Value) -> PyResult<String> {
    let (rest, level) = relative(name, package, "")?;
    if level == 0 {
        return Ok(rest);
    }
    let pkg = str_of(package).unwrap_or_default();
    resolve(&rest, &pkg, level)
}

/// `importlib.import_module(name, package=None)`: the module itself (not the top package).
fn import_module(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [n, p] = take_kwargs("import_module", kw, ["name", "package"])?;
    let name = args.first().cloned().or(n);
    let name = str_arg("import_module", "name", name.as_ref())?;
    let package = args.get(1).cloned().or(p).unwrap_or(Value::None);
    let abs = absolute_name(&name, &package)?;
    if abs.is_empty() {
        return Err(value_error("Empty module name"));
    }
    find_and_load(vm, &abs)
}

fn invalidate_caches(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    super::invalidate_caches();
    Ok(Value::None)
}

/// `importlib.reload(module)`: finds the module again and re-runs its code in the same
/// namespace.
fn reload(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(module) = args.first().cloned() else {
        return Err(type_error("reload() missing required argument 'module'"));
    };
    if !matches!(module.payload(), Some(Payload::Module { .. })) {
        return Err(type_error("reload() argument must be a module"));
    }
    let name = inst_get(&module, "__spec__")
        .filter(|s| !s.is(&Value::None))
        .and_then(|s| inst_get(&s, "name"))
        .or_else(|| inst_get(&module, "__name__"))
        .and_then(|n| str_of(&n))
        .unwrap_or_default();
    if !vm.sys_module(&name).is_some_and(|m| m.is(&module)) {
        let e = PyErr::new(
            &types().import_error,
            format!("module {name} not in sys.modules"),
        );
        inst_set(&e.value(), "name", Value::str(&name));
        return Err(e);
    }
    let search = match name.rsplit_once('.') {
        Some((parent, _)) => {
            let Some(pm) = vm.sys_module(parent) else {
                let e = PyErr::new(
                    &types().import_error,
                    format!("parent {} not in sys.modules", spec::py_repr(parent)),
                );
                inst_set(&e.value(), "name", Value::str(parent));
                return Err(e);
            };
            let path = vm.getattr_opt(&pm, "__path__")?.unwrap_or(Value::None);
            let items = vm.collect_iter(&path).unwrap_or_default();
            Some(items.iter().filter_map(str_of).collect())
        }
        None => None,
    };
    let found = match super::find_spec(vm, &name, search)? {
        Some(Spec::File(f)) => f,
        Some(Spec::Native(_)) => return Ok(module),
        None => {
            return Err(not_found(
                format!("spec not found for the module {}", spec::py_repr(&name)),
                &name,
            ))
        }
    };
    let origin = super::origin_of(vm, found);
    let new_spec = spec::new_spec(vm, &name, &origin);
    let fresh = spec::module_from_spec(&name, &new_spec);
    for key in [
        "__loader__",
        "__spec__",
        "__path__",
        "__file__",
        "__cached__",
    ] {
        if let Some(v) = inst_get(&Value::Obj(fresh.clone()), key) {
            inst_set(&module, key, v);
        }
    }
    super::exec_module(vm, &name, &module, &origin)?;
    Ok(vm.sys_module(&name).unwrap_or(module))
}

/// `importlib.util.cache_from_source(path, debug_override=None, *, optimization=None)`.
fn cache_from_source(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [p, _debug, opt] = take_kwargs(
        "cache_from_source",
        kw,
        ["path", "debug_override", "optimization"],
    )?;
    let path = args.first().cloned().or(p);
    let path = str_arg("cache_from_source", "path", path.as_ref())?;
    let optimization = match opt {
        None => None,
        Some(v) if v.is(&Value::None) => None,
        Some(v) => Some(vm.str_string(&v)?),
    };
    let prefix = vm
        .sys_attr("pycache_prefix")
        .and_then(|v| str_of(&v))
        .filter(|s| !s.is_empty());
    pyvm_compiler::pyc_cache::cache_from_source(
        Path::new(&path),
        optimization.as_deref(),
        prefix.as_deref().map(Path::new),
    )
    .map(|p| Value::str(&p.to_string_lossy()))
    .map_err(|e| value_error(e.0))
}

/// `importlib.util.source_from_cache(path)`.
fn source_from_cache(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [p] = take_kwargs("source_from_cache", kw, ["path"])?;
    let path = args.first().cloned().or(p);
    let path = str_arg("source_from_cache", "path", path.as_ref())?;
    let prefix = vm
        .sys_attr("pycache_prefix")
        .and_then(|v| str_of(&v))
        .filter(|s| !s.is_empty());
    pyvm_compiler::pyc_cache::source_from_cache(Path::new(&path), prefix.as_deref().map(Path::new))
        .map(|p| Value::str(&p.to_string_lossy()))
        .map_err(|e| value_error(e.0))
}

/// `importlib.util.resolve_name(name, package)`.
fn resolve_name(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [n, p] = take_kwargs("resolve_name", kw, ["name", "package"])?;
    let name = args.first().cloned().or(n);
    let name = str_arg("resolve_name", "name", name.as_ref())?;
    let package = args.get(1).cloned().or(p).unwrap_or(Value::None);
    if !name.starts_with('.') {
        return Ok(Value::str(&name));
    }
    if package.is(&Value::None) || str_of(&package).is_some_and(|p| p.is_empty()) {
        return Err(PyErr::new(
            &types().import_error,
            format!(
                "no package specified for {} (required for relative module names)",
                spec::py_repr(&name)
            ),
        ));
    }
    Ok(Value::str(&absolute_name(&name, &package)?))
}

/// `importlib.util.find_spec(name, package=None)`: the module's `__spec__` if it is imported,
/// else a fresh spec (importing parent packages), else None.
fn find_spec(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [n, p] = take_kwargs("find_spec", kw, ["name", "package"])?;
    let name = args.first().cloned().or(n);
    let name = str_arg("find_spec", "name", name.as_ref())?;
    let package = args.get(1).cloned().or(p).unwrap_or(Value::None);
    let full = absolute_name(&name, &package)?;
    if let Some(m) = vm.sys_module(&full) {
        let spec = vm.getattr_opt(&m, "__spec__")?.unwrap_or(Value::None);
        if spec.is(&Value::None) {
            return Err(value_error(format!("{full}.__spec__ is None")));
        }
        return Ok(spec);
    }
    let search = match full.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = find_and_load(vm, parent)?;
            let Some(path) = vm.getattr_opt(&pm, "__path__")? else {
                return Err(not_found(
                    format!(
                        "__path__ attribute not found on {} while trying to find {}",
                        spec::py_repr(parent),
                        spec::py_repr(&full)
                    ),
                    &full,
                ));
            };
            let items = vm.collect_iter(&path)?;
            Some(items.iter().filter_map(str_of).collect())
        }
        None => None,
    };
    Ok(match super::find_spec(vm, &full, search)? {
        None => Value::None,
        Some(Spec::Native(_)) => spec::new_spec(vm, &full, &Origin::Builtin),
        Some(Spec::File(f)) => {
            let origin = super::origin_of(vm, f);
            spec::new_spec(vm, &full, &origin)
        }
    })
}

/// `importlib.util.module_from_spec(spec)`.
fn module_from_spec(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(s) = args.first() else {
        return Err(type_error(
            "module_from_spec() missing required argument 'spec'",
        ));
    };
    let name = vm.getattr_str(s, "name")?;
    let name = str_of(&name).unwrap_or_default();
    Ok(Value::Obj(spec::module_from_spec(&name, s)))
}

/// `importlib.util.spec_from_file_location(name, location)`.
fn spec_from_file_location(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [n, l, _loader, _locations] = take_kwargs(
        "spec_from_file_location",
        kw,
        ["name", "location", "loader", "submodule_search_locations"],
    )?;
    let name = args.first().cloned().or(n);
    let name = str_arg("spec_from_file_location", "name", name.as_ref())?;
    let Some(location) = args.get(1).cloned().or(l) else {
        return Ok(Value::None);
    };
    let location = vm.str_string(&location)?;
    let abs = super::finder::absolute_dir(&location);
    let file = abs.rsplit('/').next().unwrap_or("");
    let pkg_dir = if file.split('.').next() == Some("__init__") {
        abs.rsplit_once('/').map(|(d, _)| d.to_owned())
    } else {
        None
    };
    let origin = if abs.ends_with(".pyc") {
        Origin::Sourceless {
            path: abs.clone(),
            pkg_dir,
        }
    } else {
        Origin::Source {
            cached: super::loader::cache_path(vm, &abs),
            path: abs.clone(),
            pkg_dir,
        }
    };
    Ok(spec::new_spec(vm, &name, &origin))
}
