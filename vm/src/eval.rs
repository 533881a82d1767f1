//! The eval loop (being written).

use crate::error::{system_error, PyResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

impl Vm {
    /// Calls a Python function object.
    pub(crate) fn call_function(
        &mut self,
        _f: &Obj,
        _args: &[Value],
        _kw: &KwArgs,
    ) -> PyResult<Value> {
        Err(system_error("the eval loop is not written yet"))
    }

    /// `gen.send(v)`.
    pub fn gen_send(&mut self, _g: &Obj, _v: Value) -> PyResult<Value> {
        Err(system_error("generators are not written yet"))
    }

    /// `gen.throw(exc)`.
    pub fn gen_throw(&mut self, _g: &Obj, _exc: Value) -> PyResult<Value> {
        Err(system_error("generators are not written yet"))
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, _g: &Obj) -> PyResult<()> {
        Ok(())
    }

    /// `next(gen)`: `Ok(None)` when the generator finishes.
    pub(crate) fn gen_resume_for_next(&mut self, _g: &Obj) -> PyResult<Option<Value>> {
        Err(system_error("generators are not written yet"))
    }
}

impl Vm {
    /// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
    pub(crate) fn build_class(&mut self, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
        Err(system_error("classes are not written yet"))
    }

    /// `globals()` of the running frame.
    pub(crate) fn current_globals(&self) -> Value {
        match self.frames.last() {
            Some(f) => Value::Obj(f.globals.clone()),
            None => self.new_dict(),
        }
    }

    /// `locals()` of the running frame.
    pub(crate) fn current_locals(&mut self) -> PyResult<Value> {
        Ok(self.current_globals())
    }

    /// The `(type, obj)` of a zero-argument `super()`.
    pub(crate) fn implicit_super_args(&mut self) -> PyResult<(Value, Value)> {
        Err(crate::error::runtime_error("super(): no arguments"))
    }
}

/// How a program run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitStatus(pub i32);

impl Vm {
    /// Runs a compiled module as `__main__` (with `__file__ = path`, `sys.argv = argv`),
    /// printing an uncaught exception as CPython does. Returns the process exit status.
    pub fn run_main(
        &mut self,
        code: std::rc::Rc<pyvm_compiler::code::CodeObject>,
        path: &str,
        argv: &[String],
    ) -> ExitStatus {
        let _ = (code, path, argv);
        self.write_stderr("pyvm: the eval loop is not written yet\n");
        ExitStatus(1)
    }
}
