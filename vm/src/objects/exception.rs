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
        }
    }

    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.args);
        f(&self.cause);
        f(&self.context);
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
            if matches!(args.get(1), Some(Value::None)) {
                s.borrow_mut().traceback.clear();
            }
            Ok(this)
        }
        _ => Err(type_error("descriptor requires a 'BaseException' object")),
    }
}

/// The native methods of `BaseException`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("with_traceback", with_traceback)];
