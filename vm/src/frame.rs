//! Frame records: one per active Python call, each a window of the shared register stack.

use std::rc::Rc;

use crate::object::Obj;
use crate::objects::function::CodeData;
use crate::value::Value;

/// An active Python frame. Its registers are `Vm::stack[base .. base + code.nregisters]`.
#[derive(Debug)]
#[allow(dead_code)] // fields are read by the eval loop (next commit)
pub(crate) struct Frame {
    pub code: Rc<CodeData>,
    /// Index of the next instruction (while the frame is suspended in a call: the one after it).
    pub ip: usize,
    /// Index of the instruction being executed (for tracebacks and exception handlers).
    pub lasti: usize,
    pub base: usize,
    pub globals: Obj,
    /// The namespace of module and class bodies (`LoadName`/`StoreName`); `None` in functions.
    pub locals: Option<Value>,
    /// The function being run (its closure cells are copied by `CopyFreeVars`).
    pub func: Option<Obj>,
    /// The caller's register receiving the return value (absolute stack index).
    pub ret_slot: usize,
    /// Whether returning from this frame leaves the current `run` loop (a native caller or the
    /// top level is waiting for the result).
    pub entry: bool,
    /// The generator this frame belongs to, if any.
    pub generator: Option<Obj>,
    /// The handled exception to restore when this frame finishes (its caller's).
    pub saved_handled: Value,
    /// The dict `locals()` returned in this function frame: CPython 3.12 hands out the same
    /// dict on every call, refreshed from the fast locals (so `exec` can add names to it).
    pub locals_cache: Option<Obj>,
}
