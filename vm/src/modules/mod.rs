//! Modules written in Rust — CPython's "built-in modules" (`sys.builtin_module_names`).
//!
//! The import system asks [`find_native`] before it searches `sys.path`, so a module here
//! wins over a file of the same name, as CPython's `BuiltinImporter` comes first on
//! `sys.meta_path`. A module is built on first import (not at start-up: `sys.modules` starts
//! small and start-up stays fast), by its [`ModuleInit`].
//!
//! Adding one: write `vm/src/modules/NAME.rs` with `pub(crate) fn init(vm: &mut Vm) ->
//! PyResult<Obj>` (use [`new_module`] and [`set_attr`]), add `mod NAME;` and one row to
//! [`NATIVE_MODULES`]. Modules that are easier to write in Python go in the top-level `lib/`
//! directory (pyvm's own standard library) instead.

mod _hashlib;
mod _random;
mod _sre;
mod _stackinfo;
mod _struct;
mod compileall;
mod dis;
mod gc;
mod marshal;
mod posix;
mod py_compile;
mod time;

use std::cell::RefCell;

use crate::error::PyResult;
use crate::object::{Obj, Object, Payload};
use crate::objects::dict::Dict;
use crate::objects::function::NativeFn;
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// Records a new instance of a user class for `gc.collect()`.
pub(crate) fn track_for_gc(o: &Obj) {
    gc::track(o);
}

/// `gc.collect()`, for the interpreter's exit.
pub(crate) fn collect_garbage(vm: &mut Vm) {
    gc::collect(vm);
}

/// Builds a native module (called once, on first import).
pub(crate) type ModuleInit = fn(&mut Vm) -> PyResult<Obj>;

/// Every native module by its import name, in alphabetical order.
pub(crate) const NATIVE_MODULES: &[(&str, ModuleInit)] = &[
    ("_hashlib", _hashlib::init),
    ("_random", _random::init),
    ("_sre", _sre::init),
    ("_stackinfo", _stackinfo::init),
    ("_struct", _struct::init),
    ("_weakref", crate::objects::weakref::init_module),
    ("compileall", compileall::init),
    ("dis", dis::init),
    ("gc", gc::init),
    ("marshal", marshal::init),
    ("posix", posix::init),
    ("py_compile", py_compile::init),
    ("time", time::init),
];

/// The initialiser of the native module called `name`, if there is one.
pub(crate) fn find_native(name: &str) -> Option<ModuleInit> {
    NATIVE_MODULES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, init)| init)
}

/// A new module object named `name` holding `functions` as builtin functions.
pub(crate) fn new_module(vm: &mut Vm, name: &str, functions: &[(&'static str, NativeFn)]) -> Obj {
    let t = types();
    let mut d = Dict::new();
    d.set_str("__name__", Value::str(name));
    d.set_str("__doc__", Value::None);
    d.set_str("__package__", Value::str(""));
    for &(n, f) in functions {
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

/// Sets attribute `name` of module `module` (a no-op on anything that is not a module).
pub(crate) fn set_attr(module: &Obj, name: &str, value: Value) {
    if let Payload::Module { dict, .. } = &module.payload {
        if let Payload::Dict(d) = &dict.payload {
            d.borrow_mut().set_str(name, value);
        }
    }
}

/// Runs `source`, the Python half of a native module, in `module`'s namespace (for the parts
/// of a module that are plain attribute probing and printing; see `dis.rs`).
pub(crate) fn run_prelude(vm: &mut Vm, module: &Obj, source: &str, name: &str) -> PyResult<()> {
    let Payload::Module { dict, .. } = &module.payload else {
        return Ok(());
    };
    let filename = format!("<frozen {name}>");
    let code = match pyvm_compiler::compile(source, &filename, pyvm_parser::Mode::Exec) {
        Ok(c) => c,
        Err(e) => {
            return Err(crate::error::system_error(format!(
                "cannot compile the prelude of {name}: {e}"
            )))
        }
    };
    let builtins = Value::Obj(vm.builtins.clone());
    vm.dict_set(dict, Value::str("__builtins__"), builtins)?;
    let data = crate::objects::function::CodeData::new(code);
    // The module is native in CPython too: its Python half shows no frames in tracebacks.
    data.hide();
    vm.run_code_with_locals(data, dict.clone(), Value::Obj(dict.clone()), None)?;
    Ok(())
}
