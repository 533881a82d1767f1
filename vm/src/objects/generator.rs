//! Generators: a suspended frame that owns its registers between resumptions.

use std::rc::Rc;

use crate::error::{type_error, PyResult};
use crate::object::{Obj, Payload};
use crate::objects::function::CodeData;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenStatus {
    Created,
    Suspended,
    Running,
    Finished,
}

/// The saved frame of a generator.
#[derive(Debug)]
pub struct GenState {
    pub code: Rc<CodeData>,
    pub func: Option<Obj>,
    pub globals: Obj,
    pub ip: usize,
    pub regs: Box<[Value]>,
    pub status: GenStatus,
    /// The exception being handled inside the generator when it yielded.
    pub handled: Value,
    pub name: Value,
    pub qualname: Value,
}

impl GenState {
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.regs.iter().for_each(&mut *f);
        f(&self.handled);
    }
}

fn this(args: &[Value]) -> PyResult<&Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o),
        _ => Err(type_error("descriptor requires a 'generator' object")),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    let v = args.get(1).cloned().unwrap_or(Value::None);
    vm.gen_send(&g, v)
}

fn gen_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    let exc = args.get(1).cloned().unwrap_or(Value::None);
    vm.gen_throw(&g, exc)
}

/// The native methods of `generator`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("send", gen_send),
    ("close", gen_close),
    ("throw", gen_throw),
];
