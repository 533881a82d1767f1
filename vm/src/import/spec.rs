//! Module objects and what describes them: `ModuleSpec`, the loader objects and the module
//! attributes importlib's `_init_module_attrs` sets, plus the module `repr`.
//!
//! The classes are native types named as CPython's (`_frozen_importlib.ModuleSpec`,
//! `_frozen_importlib_external.SourceFileLoader`, ...) so that reprs printed by programs and by
//! `-v` read the same. Their instances keep everything in the instance dict: a program can read
//! and replace `spec.origin` or `loader.path` as it can under CPython, and nothing here has to
//! follow the object model's internals.

use std::cell::{OnceCell, RefCell};

use crate::builtins::check_arity;
use crate::error::PyResult;
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// The classes of the import system's objects, made once per thread on first use.
pub(crate) struct Classes {
    pub spec: Obj,
    pub source_loader: Obj,
    pub sourceless_loader: Obj,
    pub namespace_loader: Obj,
    pub builtin_importer: Obj,
}

thread_local! {
    static CLASSES: OnceCell<Classes> = const { OnceCell::new() };
}

fn new_class(name: &str, module: &str, methods: &[(&'static str, NativeFn)]) -> Obj {
    let t = types();
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
}

/// Runs `f` with the import classes (creating them on first use).
pub(crate) fn with_classes<R>(f: impl FnOnce(&Classes) -> R) -> R {
    CLASSES.with(|c| {
        f(c.get_or_init(|| Classes {
            spec: new_class(
                "ModuleSpec",
                "_frozen_importlib",
                &[("__repr__", spec_repr)],
            ),
            source_loader: new_class(
                "SourceFileLoader",
                "_frozen_importlib_external",
                &[
                    ("get_filename", loader_get_filename),
                    ("get_source", loader_get_source),
                    ("is_package", loader_is_package),
                    ("create_module", loader_create_module),
                    ("exec_module", loader_exec_module),
                ],
            ),
            sourceless_loader: new_class(
                "SourcelessFileLoader",
                "_frozen_importlib_external",
                &[
                    ("get_filename", loader_get_filename),
                    ("is_package", loader_is_package),
                    ("create_module", loader_create_module),
                    ("exec_module", loader_exec_module),
                ],
            ),
            namespace_loader: new_class("NamespaceLoader", "_frozen_importlib_external", &[]),
            builtin_importer: new_class("BuiltinImporter", "_frozen_importlib", &[]),
        }))
    })
}

/// An instance of `cls` whose instance dict holds `attrs`.
pub(crate) fn new_instance(cls: &Obj, attrs: &[(&str, Value)]) -> Value {
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

/// Attribute `name` from the instance dict of `v` (no descriptors, no errors).
pub(crate) fn inst_get(v: &Value, name: &str) -> Option<Value> {
    let o = v.as_obj()?;
    let d = match &o.payload {
        Payload::Module { dict, .. } => dict.clone(),
        _ => o.instance_dict()?.clone(),
    };
    match &d.payload {
        Payload::Dict(d) => d.borrow().get_str(name).cloned(),
        _ => None,
    }
}

/// Sets `name` in the instance dict of `v` (a module's namespace for modules).
pub(crate) fn inst_set(v: &Value, name: &str, value: Value) {
    let Some(o) = v.as_obj() else { return };
    let d = match &o.payload {
        Payload::Module { dict, .. } => Some(dict.clone()),
        _ => o.instance_dict_or_create().cloned(),
    };
    if let Some(d) = d {
        if let Payload::Dict(d) = &d.payload {
            d.borrow_mut().set_str(name, value);
        }
    }
}

fn text_of(v: &Value) -> Option<String> {
    v.as_pystr().map(|s| s.to_rust().into_owned())
}

/// What kind of module a spec describes, with the paths importlib records for it.
#[derive(Debug, Clone)]
pub(crate) enum Origin {
    /// A native module (`origin='built-in'`).
    Builtin,
    /// A `.py` file; `pkg_dir` is the package directory for an `__init__.py`.
    Source {
        path: String,
        cached: Option<String>,
        pkg_dir: Option<String>,
    },
    /// A legacy `.pyc` without source.
    Sourceless {
        path: String,
        pkg_dir: Option<String>,
    },
    /// A namespace package spread over these directories.
    Namespace(Vec<String>),
}

/// A `ModuleSpec` (with its loader) for module `name`.
pub(crate) fn new_spec(vm: &Vm, name: &str, origin: &Origin) -> Value {
    let parent = |is_pkg: bool| {
        if is_pkg {
            name.to_owned()
        } else {
            name.rsplit_once('.')
                .map(|(p, _)| p)
                .unwrap_or("")
                .to_owned()
        }
    };
    let s = |x: &str| Value::str(x);
    with_classes(|c| match origin {
        Origin::Builtin => {
            let loader = Value::Obj(c.builtin_importer.clone());
            new_instance(
                &c.spec,
                &[
                    ("name", s(name)),
                    ("loader", loader),
                    ("origin", s("built-in")),
                    ("loader_state", Value::None),
                    ("submodule_search_locations", Value::None),
                    ("cached", Value::None),
                    ("parent", s(&parent(false))),
                    ("has_location", Value::Bool(false)),
                ],
            )
        }
        Origin::Source {
            path,
            cached,
            pkg_dir,
        } => file_spec(
            vm,
            c,
            &c.source_loader,
            name,
            path,
            cached,
            pkg_dir,
            &parent,
        ),
        Origin::Sourceless { path, pkg_dir } => {
            let cached = Some(path.clone());
            file_spec(
                vm,
                c,
                &c.sourceless_loader,
                name,
                path,
                &cached,
                pkg_dir,
                &parent,
            )
        }
        Origin::Namespace(paths) => {
            let locations = vm.new_list(paths.iter().map(|p| s(p)).collect());
            let loader = new_instance(
                &c.namespace_loader,
                &[("name", s(name)), ("_path", locations.clone())],
            );
            new_instance(
                &c.spec,
                &[
                    ("name", s(name)),
                    ("loader", loader),
                    ("origin", Value::None),
                    ("loader_state", Value::None),
                    ("submodule_search_locations", locations),
                    ("cached", Value::None),
                    ("parent", s(&parent(true))),
                    ("has_location", Value::Bool(false)),
                ],
            )
        }
    })
}

#[allow(clippy::too_many_arguments)]
fn file_spec(
    vm: &Vm,
    c: &Classes,
    loader_cls: &Obj,
    name: &str,
    path: &str,
    cached: &Option<String>,
    pkg_dir: &Option<String>,
    parent: &dyn Fn(bool) -> String,
) -> Value {
    let loader = new_instance(
        loader_cls,
        &[("name", Value::str(name)), ("path", Value::str(path))],
    );
    let locations = match pkg_dir {
        Some(d) => vm.new_list(vec![Value::str(d)]),
        None => Value::None,
    };
    new_instance(
        &c.spec,
        &[
            ("name", Value::str(name)),
            ("loader", loader),
            ("origin", Value::str(path)),
            ("loader_state", Value::None),
            ("submodule_search_locations", locations),
            ("cached", cached.as_deref().map_or(Value::None, Value::str)),
            ("parent", Value::str(&parent(pkg_dir.is_some()))),
            ("has_location", Value::Bool(true)),
        ],
    )
}

/// A fresh module object for `spec`, with the attributes `_init_module_attrs` sets, in its
/// order (`__name__ __doc__ __package__ __loader__ __spec__ [__path__] [__file__ __cached__]`).
pub(crate) fn module_from_spec(name: &str, spec: &Value) -> Obj {
    let t = types();
    let mut d = Dict::new();
    let get = |n: &str| inst_get(spec, n).unwrap_or(Value::None);
    let locations = get("submodule_search_locations");
    d.set_str("__name__", Value::str(name));
    d.set_str("__doc__", Value::None);
    d.set_str("__package__", get("parent"));
    d.set_str("__loader__", get("loader"));
    d.set_str("__spec__", spec.clone());
    let is_namespace = matches!(get("has_location"), Value::Bool(false))
        && get("origin").is(&Value::None)
        && !locations.is(&Value::None);
    if is_namespace {
        // CPython 3.12 gives namespace packages `__file__ = None`, set before `__path__`.
        d.set_str("__file__", Value::None);
    }
    if !locations.is(&Value::None) {
        d.set_str("__path__", locations);
    }
    if matches!(get("has_location"), Value::Bool(true)) {
        d.set_str("__file__", get("origin"));
        let cached = get("cached");
        if !cached.is(&Value::None) {
            d.set_str("__cached__", cached);
        }
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

/// Python's `repr()` of a str (the quoting CPython uses for paths and names).
pub(crate) fn py_repr(s: &str) -> String {
    pyvm_lexer::tokenize::py_repr_str(s)
}

fn list_repr(v: &Value) -> String {
    let items: Vec<String> = match v.payload() {
        Some(Payload::List(l)) => l
            .borrow()
            .iter()
            .map(|x| text_of(x).map_or_else(|| "?".into(), |s| py_repr(&s)))
            .collect(),
        _ => Vec::new(),
    };
    format!("[{}]", items.join(", "))
}

/// The repr of a loader object as `-v` prints it (and as `ModuleSpec.__repr__` shows it).
pub(crate) fn loader_repr(vm: &mut Vm, loader: &Value) -> String {
    vm.repr_string(loader).unwrap_or_else(|_| "?".into())
}

/// `repr(module)` as importlib's `_module_repr` computes it from `__spec__`, `__loader__`
/// and `__file__`: `<module 'm' from '/p/m.py'>`, `<module 'math' (built-in)>`,
/// `<module 'ns' (namespace) from ['/p/ns']>`, `<module 'm'>`.
pub(crate) fn module_repr(o: &Obj) -> Option<String> {
    let Payload::Module { name, dict } = &o.payload else {
        return None;
    };
    let get = |n: &str| match &dict.payload {
        Payload::Dict(d) => d.borrow().get_str(n).cloned(),
        _ => None,
    };
    let mname = get("__name__").and_then(|v| text_of(&v));
    let name = mname.unwrap_or_else(|| name.to_string());
    if &*name == "sys" || &*name == "builtins" {
        return Some(format!("<module {} (built-in)>", py_repr(&name)));
    }
    let spec = get("__spec__").filter(|s| !s.is(&Value::None));
    if let Some(spec) = spec {
        let origin = inst_get(&spec, "origin").unwrap_or(Value::None);
        let sname = inst_get(&spec, "name")
            .and_then(|v| text_of(&v))
            .unwrap_or_else(|| "?".into());
        if origin.is(&Value::None) {
            let loader = inst_get(&spec, "loader").unwrap_or(Value::None);
            if loader.is(&Value::None) {
                return Some(format!("<module {}>", py_repr(&sname)));
            }
            let is_ns = with_classes(|c| {
                loader
                    .as_obj()
                    .and_then(|l| l.class.as_ref())
                    .is_some_and(|cls| std::rc::Rc::ptr_eq(cls, &c.namespace_loader))
            });
            if is_ns {
                let path = inst_get(&loader, "_path").unwrap_or(Value::None);
                return Some(format!(
                    "<module {} (namespace) from {}>",
                    py_repr(&sname),
                    list_repr(&path)
                ));
            }
            return None;
        }
        let origin_s = text_of(&origin).unwrap_or_default();
        return Some(
            if matches!(inst_get(&spec, "has_location"), Some(Value::Bool(true))) {
                format!("<module {} from {}>", py_repr(&sname), py_repr(&origin_s))
            } else {
                format!("<module {} ({origin_s})>", py_repr(&sname))
            },
        );
    }
    match get("__file__").and_then(|f| text_of(&f)) {
        Some(f) => Some(format!("<module {} from {}>", py_repr(&name), py_repr(&f))),
        None => Some(format!("<module {}>", py_repr(&name))),
    }
}

/// `ModuleSpec.__repr__`.
fn spec_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("__repr__", args, 1, 1)?;
    let this = args.first().cloned().unwrap_or(Value::None);
    let get = |n: &str| inst_get(&this, n).unwrap_or(Value::None);
    let name = get("name");
    let mut parts = vec![
        format!("name={}", vm.repr_string(&name)?),
        format!("loader={}", vm.repr_string(&get("loader"))?),
    ];
    let origin = get("origin");
    if !origin.is(&Value::None) {
        parts.push(format!("origin={}", vm.repr_string(&origin)?));
    }
    let locations = get("submodule_search_locations");
    if !locations.is(&Value::None) {
        parts.push(format!(
            "submodule_search_locations={}",
            vm.str_string(&locations)?
        ));
    }
    Ok(Value::str(&format!("ModuleSpec({})", parts.join(", "))))
}

fn loader_get_filename(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("get_filename", args, 1, 2)?;
    Ok(args
        .first()
        .and_then(|a| inst_get(a, "path"))
        .unwrap_or(Value::None))
}

fn loader_get_source(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("get_source", args, 2, 2)?;
    let path = args
        .first()
        .and_then(|a| inst_get(a, "path"))
        .and_then(|p| text_of(&p))
        .unwrap_or_default();
    match std::fs::read(&path) {
        Ok(bytes) => Ok(Value::str(&String::from_utf8_lossy(&bytes))),
        Err(e) => Err(super::os_error(vm, &e, None)),
    }
}

fn loader_is_package(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("is_package", args, 2, 2)?;
    let path = args
        .first()
        .and_then(|a| inst_get(a, "path"))
        .and_then(|p| text_of(&p))
        .unwrap_or_default();
    let file = path.rsplit('/').next().unwrap_or("");
    let stem = file.split('.').next().unwrap_or("");
    Ok(Value::Bool(stem == "__init__"))
}

fn loader_create_module(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("create_module", args, 2, 2)?;
    Ok(Value::None)
}

/// `loader.exec_module(module)`: runs the loader's file in the module's namespace.
fn loader_exec_module(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("exec_module", args, 2, 2)?;
    let (Some(this), Some(module)) = (args.first(), args.get(1)) else {
        return Ok(Value::None);
    };
    let path = inst_get(this, "path")
        .and_then(|p| text_of(&p))
        .unwrap_or_default();
    let name = inst_get(module, "__name__")
        .and_then(|p| text_of(&p))
        .unwrap_or_default();
    let origin = if path.ends_with(".pyc") {
        Origin::Sourceless {
            path,
            pkg_dir: None,
        }
    } else {
        Origin::Source {
            cached: super::loader::cache_path(vm, &path),
            path,
            pkg_dir: None,
        }
    };
    super::exec_module(vm, &name, module, &origin)?;
    Ok(Value::None)
}

/// Whether `module` is still running its code (its `__spec__._initializing`), for the
/// "partially initialized module" wording of errors during circular imports.
pub(crate) fn is_initializing(module: &Value) -> bool {
    inst_get(module, "__spec__")
        .and_then(|s| inst_get(&s, "_initializing"))
        .is_some_and(|v| matches!(v, Value::Bool(true)))
}
