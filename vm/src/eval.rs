//! The eval loop: one `match` over [`Instr`] with the hot state (`ip`, `base`, the code) in Rust
//! locals. Python-to-Python calls push a frame and continue in the same loop (no Rust
//! recursion); native code calling back into Python runs a nested [`Vm::run`] that stops when
//! its entry frame returns. Exceptions are zero-cost: the exception table is searched only when
//! something raises.

use std::cell::RefCell;
use std::rc::Rc;

use pyvm_compiler::code::flags;
use pyvm_compiler::instr::{FunctionAttr, Instr};

use crate::error::{name_error, system_error, type_error, value_error, PyErr, PyResult};
use crate::frame::Frame;
use crate::object::{Obj, Object, Payload};
use crate::objects::exception::TbEntry;
use crate::objects::function::{CodeData, Function};
use crate::objects::generator::{GenState, GenStatus};
use crate::objects::str::PyStr;
use crate::objects::typeobj::{is_subtype, lookup};
use crate::ops::{BinOp, CmpOp};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, type_of, KwArgs, Vm};

/// Registers every frame window is guaranteed to have above its base: any `u8` register index
/// is in bounds, so register access never fails.
const WINDOW: usize = 520;

/// How the inner dispatch loop left.
enum Flow {
    /// The frame stack changed (call or return into a caller): reload the hot state.
    Reload,
    Return(Value),
    Yield(Value),
}

/// What resuming a generator produced.
pub(crate) enum GenResult {
    Yielded(Value),
    Returned(Value),
}

/// What one step of an async generator gave its `asend`/`athrow` awaitable.
pub(crate) enum AgenStep {
    /// The body reached `yield x`.
    Value(Value),
    /// An `await` in the body suspended with `x` (for whoever drives the awaitable).
    Await(Value),
    /// The body finished.
    Done,
}

/// How a generator is resumed.
enum Resume {
    Send(Value),
    Throw(PyErr),
    /// The sent value is already in place (after a delegated `throw` returned).
    Continue,
}

/// How a program run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitStatus(pub i32);

impl ExitStatus {
    /// An uncaught `KeyboardInterrupt`: CPython then kills itself with `SIGINT` (the shell
    /// reports 130, a parent process sees "killed by signal 2"); the CLI does the same.
    pub const KEYBOARD_INTERRUPT: ExitStatus = ExitStatus(-2);
}

fn gen_flags() -> u32 {
    flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR
}

impl Vm {
    // ----- stack and frames ---------------------------------------------------------------

    fn ensure_stack(&mut self, base: usize) {
        let need = base + WINDOW;
        if self.stack.len() < need {
            self.stack.resize(need, Value::Unbound);
        }
    }

    /// The first free register above the innermost frame.
    fn stack_top(&self) -> usize {
        match self.frames.last() {
            Some(f) => f.base + usize::from(f.code.code.nregisters),
            None => 0,
        }
    }

    fn check_recursion(&self) -> PyResult<()> {
        if self.frames.len() + 1 > self.recursion_limit {
            return Err(PyErr::new(
                &types().recursion_error,
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// Pops the innermost frame and clears its registers.
    fn pop_frame(&mut self) -> Option<Frame> {
        let f = self.frames.pop()?;
        let n = usize::from(f.code.code.nregisters);
        let end = (f.base + n).min(self.stack.len());
        if let Some(window) = self.stack.get_mut(f.base..end) {
            for v in window {
                *v = Value::Unbound;
            }
        }
        Some(f)
    }

    #[allow(clippy::too_many_arguments)]
    fn push_frame(
        &mut self,
        code: Rc<CodeData>,
        base: usize,
        globals: Obj,
        locals: Option<Value>,
        func: Option<Obj>,
        ret_slot: usize,
        entry: bool,
    ) {
        self.frames.push(Frame {
            code,
            ip: 0,
            lasti: 0,
            base,
            globals,
            locals,
            func,
            ret_slot,
            entry,
            generator: None,
            saved_handled: Value::None,
            locals_cache: None,
        });
    }

    // ----- calling Python functions ---------------------------------------------------------

    /// Calls a Python function object from native code (a nested run).
    pub(crate) fn call_function(
        &mut self,
        f: &Obj,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<Value> {
        let Payload::Function(func) = &f.payload else {
            return Err(crate::vm::not_callable(&Value::Obj(f.clone())));
        };
        let regs = bind_arguments(self, func, args, kw)?;
        if func.code.code.flags & gen_flags() != 0 {
            return Ok(self.make_generator(f, func, regs));
        }
        self.check_recursion()?;
        let base = self.stack_top();
        self.ensure_stack(base);
        let code = func.code.clone();
        let n = usize::from(code.code.nregisters);
        let nregs = regs.len();
        for (i, v) in regs.into_iter().enumerate() {
            self.stack[base + i] = v;
        }
        for i in nregs..n {
            self.stack[base + i] = Value::Unbound;
        }
        self.push_frame(
            code,
            base,
            func.globals.clone(),
            None,
            Some(f.clone()),
            0,
            true,
        );
        self.run(None)
    }

    fn make_generator(&mut self, f: &Obj, func: &Function, mut regs: Vec<Value>) -> Value {
        let code = func.code.clone();
        regs.resize(
            usize::from(code.code.nregisters).max(regs.len()),
            Value::Unbound,
        );
        let cls = if code.code.flags & flags::COROUTINE != 0 {
            &types().coroutine
        } else if code.code.flags & flags::ASYNC_GENERATOR != 0 {
            &types().async_generator
        } else {
            &types().generator
        };
        let st = GenState {
            code,
            func: Some(f.clone()),
            globals: func.globals.clone(),
            ip: 0,
            regs: regs.into_boxed_slice(),
            status: GenStatus::Created,
            handled: Value::None,
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            finalizer: None,
        };
        Value::Obj(Object::new(
            cls,
            Payload::Generator(Box::new(RefCell::new(st))),
        ))
    }

    /// Runs module-level code with `globals` as its namespace.
    pub fn run_code(&mut self, code: Rc<CodeData>, globals: Obj) -> PyResult<Value> {
        self.check_recursion()?;
        let base = self.stack_top();
        self.ensure_stack(base);
        let n = usize::from(code.code.nregisters);
        for i in 0..n {
            self.stack[base + i] = Value::Unbound;
        }
        let locals = Some(Value::Obj(globals.clone()));
        self.push_frame(code, base, globals, locals, None, 0, true);
        self.run(None)
    }

    /// Runs code with separate globals and locals (`exec`, class bodies).
    pub fn run_code_with_locals(
        &mut self,
        code: Rc<CodeData>,
        globals: Obj,
        locals: Value,
        func: Option<Obj>,
    ) -> PyResult<Value> {
        self.check_recursion()?;
        let base = self.stack_top();
        self.ensure_stack(base);
        let n = usize::from(code.code.nregisters);
        for i in 0..n {
            self.stack[base + i] = Value::Unbound;
        }
        self.push_frame(code, base, globals, Some(locals), func, 0, true);
        self.run(None)
    }

    // ----- the loop -------------------------------------------------------------------------

    /// Runs frames until the frame that is innermost now returns (or an exception leaves it).
    pub(crate) fn run(&mut self, pending: Option<PyErr>) -> PyResult<Value> {
        let entry_len = self.frames.len();
        let mut pending = pending;
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(system_error("no frame to run"));
            };
            let code = frame.code.clone();
            let mut ip = frame.ip;
            let base = frame.base;
            let globals = frame.globals.clone();
            let outcome = match pending.take() {
                Some(e) => Err(e),
                None => self.dispatch(&code, &mut ip, base, &globals),
            };
            match outcome {
                Ok(Flow::Reload) => {}
                Ok(Flow::Return(v)) => {
                    let Some(f) = self.pop_frame() else {
                        return Err(system_error("frame stack underflow"));
                    };
                    if let Some(g) = &f.generator {
                        self.finish_generator(g, &f);
                        self.yielded = false;
                    }
                    if f.entry {
                        self.run_finalizers();
                        return Ok(v);
                    }
                    if let Some(slot) = self.stack.get_mut(f.ret_slot) {
                        *slot = v;
                    }
                    self.run_finalizers();
                }
                Ok(Flow::Yield(v)) => {
                    self.suspend_generator(ip);
                    self.yielded = true;
                    return Ok(v);
                }
                Err(e) => {
                    if let Some(f) = self.frames.last_mut() {
                        f.lasti = ip.saturating_sub(1);
                        f.ip = ip;
                    }
                    self.unwind(e, entry_len)?;
                }
            }
        }
    }

    /// Finds a handler for `e`, popping frames down to (and including) the entry frame.
    fn unwind(&mut self, e: PyErr, entry_len: usize) -> PyResult<()> {
        let mut skip_tb = std::mem::take(&mut self.reraising);
        let mut e = e;
        // Implicit chaining for a freshly raised exception.
        if !skip_tb {
            if let Some(st) = e.state() {
                let fresh = st.borrow().traceback.is_empty();
                if fresh {
                    self.set_context(&e);
                }
            }
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(e);
            };
            let lasti = frame.lasti;
            if !skip_tb && !frame.code.hidden.get() {
                if let Some(st) = e.state() {
                    st.borrow_mut().traceback.push(TbEntry {
                        code: frame.code.clone(),
                        ip: lasti,
                    });
                }
            }
            skip_tb = false;
            let handler = frame
                .code
                .code
                .exception_table
                .iter()
                .find(|h| (h.start as usize) <= lasti && lasti < h.end as usize)
                .copied();
            if let Some(h) = handler {
                frame.ip = h.handler as usize;
                let slot = frame.base + usize::from(h.exc_reg);
                if let Some(s) = self.stack.get_mut(slot) {
                    *s = e.value();
                }
                return Ok(());
            }
            let Some(f) = self.pop_frame() else {
                return Err(e);
            };
            if let Some(g) = &f.generator {
                self.finish_generator(g, &f);
                self.yielded = false;
                let gflags = match &g.payload {
                    Payload::Generator(s) => s.borrow().code.code.flags,
                    _ => 0,
                };
                let is_agen = gflags & flags::ASYNC_GENERATOR != 0;
                if e.matches(&types().stop_iteration)
                    || (is_agen && e.matches(&types().stop_async_iteration))
                {
                    let msg = if gflags & flags::COROUTINE != 0 {
                        "coroutine raised StopIteration"
                    } else if is_agen && e.matches(&types().stop_async_iteration) {
                        "async generator raised StopAsyncIteration"
                    } else if is_agen {
                        "async generator raised StopIteration"
                    } else {
                        "generator raised StopIteration"
                    };
                    let new = PyErr::new(&types().runtime_error, msg);
                    if let Some(st) = new.state() {
                        let mut st = st.borrow_mut();
                        st.cause = e.value();
                        st.context = e.value();
                        st.suppress_context = true;
                    }
                    e = new;
                }
            }
            if f.entry || self.frames.len() < entry_len {
                return Err(e);
            }
            // Continue in the caller: its `lasti` is the call instruction.
        }
    }

    /// Sets `__context__` of a newly raised exception to the exception being handled.
    fn set_context(&mut self, e: &PyErr) {
        let handled = self.handled.clone();
        if handled.is(&Value::None) || handled.is(&e.value()) {
            return;
        }
        let Some(st) = e.state() else { return };
        if !st.borrow().context.is(&Value::None) {
            return;
        }
        // Break a cycle: if `e` is in the handled exception's context chain, cut it there.
        let mut cur = handled.clone();
        let mut steps = 0;
        while let Some(Payload::Exception(cs)) = cur.payload() {
            let next = cs.borrow().context.clone();
            if next.is(&e.value()) {
                cs.borrow_mut().context = Value::None;
                break;
            }
            cur = next;
            steps += 1;
            if steps > 10_000 {
                break;
            }
        }
        st.borrow_mut().context = handled;
    }

    /// The dispatch loop of the innermost frame.
    #[allow(clippy::cognitive_complexity)]
    fn dispatch(
        &mut self,
        cd0: &Rc<CodeData>,
        ip_out: &mut usize,
        base0: usize,
        globals0: &Obj,
    ) -> PyResult<Flow> {
        // The hot state; Python-to-Python calls and returns switch it in place.
        let mut cd: Rc<CodeData> = cd0.clone();
        let mut base = base0;
        let mut globals: Obj = globals0.clone();
        let mut ip = *ip_out;
        let mut ext: u16 = 0;
        macro_rules! r {
            ($x:expr) => {
                self.stack[base + usize::from($x)]
            };
            ($x:expr; $o:expr) => {
                self.stack[base + usize::from($x) + $o]
            };
        }
        macro_rules! fail {
            ($e:expr) => {{
                *ip_out = ip;
                return Err($e);
            }};
        }
        macro_rules! tri {
            ($e:expr) => {
                match $e {
                    Ok(v) => v,
                    Err(err) => {
                        *ip_out = ip;
                        return Err(err);
                    }
                }
            };
        }
        // The four call instructions differ only in where their arguments sit (`CallShape`).
        macro_rules! call {
            ($dst:expr, $func:expr, $argc:expr, $shape:expr) => {{
                *ip_out = ip;
                match tri!(self.do_call(base, $dst, $func, $argc, $shape, ip)) {
                    Some(v) => {
                        // The old value of `dst` may be the last reference to something.
                        r!($dst) = v;
                        self.run_finalizers();
                    }
                    None => {
                        // A Python frame was pushed: continue in it.
                        let Some(f) = self.frames.last() else {
                            return Ok(Flow::Reload);
                        };
                        cd = f.code.clone();
                        base = f.base;
                        globals = f.globals.clone();
                        ip = f.ip;
                        ext = 0;
                        continue;
                    }
                }
            }};
        }
        macro_rules! binop {
            ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                let fast = crate::ops::builtin_binop($op, &r!($a), &r!($b));
                let v = match fast {
                    Some(res) => tri!(res),
                    None => {
                        let (x, y) = (r!($a).clone(), r!($b).clone());
                        tri!(self.binary_op($op, &x, &y))
                    }
                };
                r!($dst) = v;
            }};
        }
        macro_rules! inplace {
            ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                let (x, y) = (r!($a).clone(), r!($b).clone());
                let v = tri!(self.inplace_op($op, &x, &y));
                r!($dst) = v;
            }};
        }
        macro_rules! cmp {
            ($dst:expr, $a:expr, $b:expr, $op:expr) => {{
                let v = match crate::ops::builtin_compare($op, &r!($a), &r!($b)) {
                    Some(b) => Value::Bool(b),
                    None => {
                        let (x, y) = (r!($a).clone(), r!($b).clone());
                        tri!(self.compare($op, &x, &y))
                    }
                };
                r!($dst) = v;
            }};
        }
        macro_rules! cmp_jump {
            ($a:expr, $b:expr, $op:expr) => {{
                let t = match crate::ops::builtin_compare($op, &r!($a), &r!($b)) {
                    Some(b) => b,
                    None => {
                        let (x, y) = (r!($a).clone(), r!($b).clone());
                        tri!(self.compare_bool($op, &x, &y))
                    }
                };
                if t {
                    ip += 1;
                } else {
                    match cd.code.instructions.get(ip) {
                        Some(Instr::Jump { target }) => ip = usize::from(*target),
                        _ => fail!(system_error("compare-and-branch without a jump")),
                    }
                }
            }};
        }
        loop {
            let Some(&instr) = cd.code.instructions.get(ip) else {
                *ip_out = ip;
                return Err(system_error("instruction pointer out of range"));
            };
            ip += 1;
            match instr {
                Instr::Nop => {}
                Instr::Extended { arg } => {
                    ext = arg;
                    continue;
                }
                Instr::Move { dst, src } => {
                    let v = r!(src).clone();
                    r!(dst) = v;
                }
                Instr::LoadConst { dst, idx } => {
                    let v = cd
                        .consts
                        .get(usize::from(idx))
                        .cloned()
                        .unwrap_or(Value::None);
                    r!(dst) = v;
                }
                Instr::LoadInt { dst, val } => r!(dst) = Value::Int(i64::from(val)),
                Instr::LoadNone { dst } => {
                    let old = std::mem::replace(&mut r!(dst), Value::None);
                    if matches!(old, Value::Obj(_)) {
                        drop(old);
                        self.run_finalizers_at(ip);
                    }
                }
                Instr::LoadTrue { dst } => r!(dst) = Value::Bool(true),
                Instr::LoadFalse { dst } => r!(dst) = Value::Bool(false),
                Instr::DeleteFast { reg } => {
                    r!(reg) = Value::Unbound;
                    self.run_finalizers_at(ip);
                }
                Instr::CheckBound { reg, name } => {
                    if r!(reg).is_unbound() {
                        let n = cd
                            .code
                            .varnames
                            .get(usize::from(name))
                            .cloned()
                            .unwrap_or_default();
                        fail!(unbound_local(&n));
                    }
                }
                Instr::LoadGlobal { dst, name } => {
                    let v = tri!(self.load_global(&cd, &globals, name));
                    r!(dst) = v;
                }
                Instr::StoreGlobal { src, name } => {
                    let v = r!(src).clone();
                    tri!(self.store_global(&cd, &globals, name, Some(v)));
                    self.run_finalizers();
                }
                Instr::DeleteGlobal { name } => {
                    tri!(self.store_global(&cd, &globals, name, None));
                    self.run_finalizers();
                }
                Instr::LoadName { dst, name } => {
                    let v = tri!(self.load_name(&cd, &globals, name));
                    r!(dst) = v;
                }
                Instr::StoreName { src, name } => {
                    let v = r!(src).clone();
                    tri!(self.store_name(&cd, &globals, name, Some(v)));
                    self.run_finalizers_at(ip);
                }
                Instr::DeleteName { name } => {
                    tri!(self.store_name(&cd, &globals, name, None));
                    self.run_finalizers_at(ip);
                }
                Instr::MakeCell { reg } => {
                    let v = std::mem::take(&mut r!(reg));
                    r!(reg) =
                        Value::Obj(Object::new(&types().cell, Payload::Cell(RefCell::new(v))));
                }
                Instr::CopyFreeVars { first, n } => {
                    let closure = match self.frames.last().and_then(|f| f.func.clone()) {
                        Some(f) => match &f.payload {
                            Payload::Function(func) => func.closure.borrow().clone(),
                            _ => Rc::from(Vec::new()),
                        },
                        None => Rc::from(Vec::new()),
                    };
                    for i in 0..usize::from(n) {
                        let c = closure.get(i).cloned().unwrap_or(Value::None);
                        self.stack[base + usize::from(first) + i] = c;
                    }
                }
                Instr::LoadDeref { dst, cell } => {
                    let v = match r!(cell).payload() {
                        Some(Payload::Cell(c)) => c.borrow().clone(),
                        _ => Value::Unbound,
                    };
                    if v.is_unbound() {
                        fail!(deref_error(&cd.code, usize::from(cell)));
                    }
                    r!(dst) = v;
                }
                Instr::StoreDeref { cell, src } => {
                    let v = r!(src).clone();
                    if let Some(Payload::Cell(c)) = r!(cell).payload() {
                        let old = std::mem::replace(&mut *c.borrow_mut(), v);
                        drop(old);
                    }
                }
                Instr::DeleteDeref { cell } => {
                    let old = match r!(cell).payload() {
                        Some(Payload::Cell(c)) => std::mem::take(&mut *c.borrow_mut()),
                        _ => Value::Unbound,
                    };
                    if old.is_unbound() {
                        fail!(deref_error(&cd.code, usize::from(cell)));
                    }
                }
                Instr::LoadAttr { dst, obj, name } => {
                    let n = (usize::from(ext) << 8) | usize::from(name);
                    ext = 0;
                    let o = r!(obj).clone();
                    let v = tri!(self.load_attr(&cd, &o, n));
                    r!(dst) = v;
                }
                Instr::StoreAttr { obj, name, src } => {
                    let n = (usize::from(ext) << 8) | usize::from(name);
                    ext = 0;
                    let (o, v) = (r!(obj).clone(), r!(src).clone());
                    tri!(self.store_attr(&cd, &o, n, v));
                    self.run_finalizers();
                }
                Instr::DeleteAttr { obj, name } => {
                    let o = r!(obj).clone();
                    let nm = name_str(&cd, usize::from(name));
                    tri!(self.delattr(&o, &nm));
                    self.run_finalizers();
                }
                Instr::LoadMethod { dst, name } => {
                    let recv = r!(dst; 1).clone();
                    let (f, this) = tri!(self.load_method(&cd, &recv, usize::from(name)));
                    r!(dst) = f;
                    r!(dst; 1) = this;
                }
                Instr::Call { dst, func, argc } => call!(dst, func, argc, CallShape::Plain),
                Instr::CallKw { dst, func, argc } => call!(dst, func, argc, CallShape::Kw),
                Instr::CallMethod { dst, func, argc } => call!(dst, func, argc, CallShape::Method),
                Instr::CallMethodKw { dst, func, argc } => {
                    call!(dst, func, argc, CallShape::MethodKw)
                }
                Instr::CallEx { dst, func, haskw } => {
                    let f = r!(func).clone();
                    let a = r!(func; 1).clone();
                    let k = if haskw != 0 {
                        Some(r!(func; 2).clone())
                    } else {
                        None
                    };
                    let v = tri!(self.call_ex(&f, &a, k.as_ref()));
                    r!(dst) = v;
                }
                Instr::Return { src } => {
                    let v = std::mem::take(&mut r!(src));
                    *ip_out = ip;
                    // Returning to a Python caller in this loop: switch frames in place.
                    let inline = self
                        .frames
                        .last()
                        .is_some_and(|f| !f.entry && f.generator.is_none());
                    if inline {
                        let Some(f) = self.pop_frame() else {
                            return Ok(Flow::Return(v));
                        };
                        if let Some(slot) = self.stack.get_mut(f.ret_slot) {
                            *slot = v;
                        }
                        self.run_finalizers();
                        let Some(caller) = self.frames.last() else {
                            return Err(system_error("frame stack underflow"));
                        };
                        cd = caller.code.clone();
                        base = caller.base;
                        globals = caller.globals.clone();
                        ip = caller.ip;
                        ext = 0;
                        continue;
                    }
                    return Ok(Flow::Return(v));
                }
                Instr::Add { dst, a, b } => {
                    if let (Value::Int(x), Value::Int(y)) = (&r!(a), &r!(b)) {
                        if let Some(z) = x.checked_add(*y) {
                            r!(dst) = Value::Int(z);
                            continue;
                        }
                    }
                    let v = tri!(self.add_values(base, a, b));
                    r!(dst) = v;
                }
                Instr::Sub { dst, a, b } => {
                    if let (Value::Int(x), Value::Int(y)) = (&r!(a), &r!(b)) {
                        if let Some(z) = x.checked_sub(*y) {
                            r!(dst) = Value::Int(z);
                            continue;
                        }
                    }
                    binop!(dst, a, b, BinOp::Sub)
                }
                Instr::Mul { dst, a, b } => binop!(dst, a, b, BinOp::Mul),
                Instr::TrueDiv { dst, a, b } => binop!(dst, a, b, BinOp::TrueDiv),
                Instr::FloorDiv { dst, a, b } => binop!(dst, a, b, BinOp::FloorDiv),
                Instr::Mod { dst, a, b } => {
                    if let Some(Payload::Str(_)) = r!(a).payload() {
                        let (x, y) = (r!(a).clone(), r!(b).clone());
                        let v = tri!(self.binary_op(BinOp::Mod, &x, &y));
                        r!(dst) = v;
                        continue;
                    }
                    binop!(dst, a, b, BinOp::Mod)
                }
                Instr::Pow { dst, a, b } => binop!(dst, a, b, BinOp::Pow),
                Instr::LShift { dst, a, b } => binop!(dst, a, b, BinOp::LShift),
                Instr::RShift { dst, a, b } => binop!(dst, a, b, BinOp::RShift),
                Instr::BitAnd { dst, a, b } => binop!(dst, a, b, BinOp::And),
                Instr::BitOr { dst, a, b } => binop!(dst, a, b, BinOp::Or),
                Instr::BitXor { dst, a, b } => binop!(dst, a, b, BinOp::Xor),
                Instr::MatMul { dst, a, b } => binop!(dst, a, b, BinOp::MatMul),
                Instr::InplaceAdd { dst, a, b } => {
                    if let (Value::Int(x), Value::Int(y)) = (&r!(a), &r!(b)) {
                        if let Some(z) = x.checked_add(*y) {
                            r!(dst) = Value::Int(z);
                            continue;
                        }
                    }
                    inplace!(dst, a, b, BinOp::Add)
                }
                Instr::InplaceSub { dst, a, b } => inplace!(dst, a, b, BinOp::Sub),
                Instr::InplaceMul { dst, a, b } => inplace!(dst, a, b, BinOp::Mul),
                Instr::InplaceTrueDiv { dst, a, b } => inplace!(dst, a, b, BinOp::TrueDiv),
                Instr::InplaceFloorDiv { dst, a, b } => inplace!(dst, a, b, BinOp::FloorDiv),
                Instr::InplaceMod { dst, a, b } => inplace!(dst, a, b, BinOp::Mod),
                Instr::InplacePow { dst, a, b } => inplace!(dst, a, b, BinOp::Pow),
                Instr::InplaceLShift { dst, a, b } => inplace!(dst, a, b, BinOp::LShift),
                Instr::InplaceRShift { dst, a, b } => inplace!(dst, a, b, BinOp::RShift),
                Instr::InplaceBitAnd { dst, a, b } => inplace!(dst, a, b, BinOp::And),
                Instr::InplaceBitOr { dst, a, b } => inplace!(dst, a, b, BinOp::Or),
                Instr::InplaceBitXor { dst, a, b } => inplace!(dst, a, b, BinOp::Xor),
                Instr::InplaceMatMul { dst, a, b } => inplace!(dst, a, b, BinOp::MatMul),
                Instr::AddInt { dst, a, imm } => {
                    if let Value::Int(x) = r!(a) {
                        if let Some(z) = x.checked_add(i64::from(imm)) {
                            r!(dst) = Value::Int(z);
                            continue;
                        }
                    }
                    let x = r!(a).clone();
                    let v = tri!(self.binary_op(BinOp::Add, &x, &Value::Int(i64::from(imm))));
                    r!(dst) = v;
                }
                Instr::SubInt { dst, a, imm } => {
                    if let Value::Int(x) = r!(a) {
                        if let Some(z) = x.checked_sub(i64::from(imm)) {
                            r!(dst) = Value::Int(z);
                            continue;
                        }
                    }
                    let x = r!(a).clone();
                    let v = tri!(self.binary_op(BinOp::Sub, &x, &Value::Int(i64::from(imm))));
                    r!(dst) = v;
                }
                Instr::Neg { dst, src } => {
                    let x = r!(src).clone();
                    let v = tri!(self.unary_op(&x, "__neg__", "-"));
                    r!(dst) = v;
                }
                Instr::Pos { dst, src } => {
                    let x = r!(src).clone();
                    let v = tri!(self.unary_op(&x, "__pos__", "+"));
                    r!(dst) = v;
                }
                Instr::Invert { dst, src } => {
                    let x = r!(src).clone();
                    let v = tri!(self.unary_op(&x, "__invert__", "~"));
                    r!(dst) = v;
                }
                Instr::Not { dst, src } => {
                    let b = match &r!(src) {
                        Value::Bool(b) => *b,
                        _ => {
                            let x = r!(src).clone();
                            tri!(self.truthy(&x))
                        }
                    };
                    r!(dst) = Value::Bool(!b);
                }
                Instr::Lt { dst, a, b } => cmp!(dst, a, b, CmpOp::Lt),
                Instr::Le { dst, a, b } => cmp!(dst, a, b, CmpOp::Le),
                Instr::Eq { dst, a, b } => cmp!(dst, a, b, CmpOp::Eq),
                Instr::Ne { dst, a, b } => cmp!(dst, a, b, CmpOp::Ne),
                Instr::Gt { dst, a, b } => cmp!(dst, a, b, CmpOp::Gt),
                Instr::Ge { dst, a, b } => cmp!(dst, a, b, CmpOp::Ge),
                Instr::Is { dst, a, b } => {
                    let t = r!(a).is(&r!(b));
                    r!(dst) = Value::Bool(t);
                }
                Instr::IsNot { dst, a, b } => {
                    let t = r!(a).is(&r!(b));
                    r!(dst) = Value::Bool(!t);
                }
                Instr::In { dst, a, b } => {
                    let (x, y) = (r!(a).clone(), r!(b).clone());
                    let t = tri!(self.contains(&y, &x));
                    r!(dst) = Value::Bool(t);
                }
                Instr::NotIn { dst, a, b } => {
                    let (x, y) = (r!(a).clone(), r!(b).clone());
                    let t = tri!(self.contains(&y, &x));
                    r!(dst) = Value::Bool(!t);
                }
                Instr::JumpIfNotLt { a, b } => cmp_jump!(a, b, CmpOp::Lt),
                Instr::JumpIfNotLe { a, b } => cmp_jump!(a, b, CmpOp::Le),
                Instr::JumpIfNotGt { a, b } => cmp_jump!(a, b, CmpOp::Gt),
                Instr::JumpIfNotGe { a, b } => cmp_jump!(a, b, CmpOp::Ge),
                Instr::JumpIfNotEq { a, b } => cmp_jump!(a, b, CmpOp::Eq),
                Instr::JumpIfNotNe { a, b } => cmp_jump!(a, b, CmpOp::Ne),
                Instr::Jump { target } => ip = usize::from(target),
                Instr::JumpIfFalse { cond, target } => {
                    let t = match &r!(cond) {
                        Value::Bool(b) => *b,
                        v if !matches!(v, Value::Obj(_)) => self.truthy_fast(v),
                        _ => {
                            let x = r!(cond).clone();
                            tri!(self.truthy(&x))
                        }
                    };
                    if !t {
                        ip = usize::from(target);
                    }
                }
                Instr::JumpIfTrue { cond, target } => {
                    let t = match &r!(cond) {
                        Value::Bool(b) => *b,
                        v if !matches!(v, Value::Obj(_)) => self.truthy_fast(v),
                        _ => {
                            let x = r!(cond).clone();
                            tri!(self.truthy(&x))
                        }
                    };
                    if t {
                        ip = usize::from(target);
                    }
                }
                Instr::JumpIfNone { src, target } => {
                    if matches!(r!(src), Value::None) {
                        ip = usize::from(target);
                    }
                }
                Instr::JumpIfNotNone { src, target } => {
                    if !matches!(r!(src), Value::None) {
                        ip = usize::from(target);
                    }
                }
                Instr::GetIter { dst, src } => {
                    let x = r!(src).clone();
                    let it = tri!(self.iter(&x));
                    r!(dst) = it;
                    // The iterable in a temporary is dead now: drop it, so an abandoned loop
                    // over a generator finalizes it when the iterator goes (as in CPython).
                    if dst != src && usize::from(src) >= first_temp(&cd.code) {
                        r!(src) = Value::Unbound;
                    }
                }
                Instr::ForIter { iter, target } => {
                    let it = r!(iter).clone();
                    let next = match it.payload() {
                        Some(Payload::Iter(st)) => {
                            tri!(crate::objects::iter::builtin_next(self, st))
                        }
                        _ => tri!(self.next(&it)),
                    };
                    match next {
                        Some(v) => r!(iter; 1) = v,
                        None => ip = usize::from(target),
                    }
                }
                Instr::BuildTuple { dst, first, n } => {
                    let items = self.regs_take(&cd, base, first, n);
                    r!(dst) = self.new_tuple(items);
                }
                Instr::BuildList { dst, first, n } => {
                    let items = self.regs_take(&cd, base, first, n);
                    r!(dst) = self.new_list(items);
                }
                Instr::BuildSet { dst, first, n } => {
                    let items = self.regs_take(&cd, base, first, n);
                    let s = self.new_set();
                    for it in items {
                        tri!(self.set_add(&s, it));
                    }
                    r!(dst) = s;
                }
                Instr::BuildMap { dst, first, n } => {
                    let items = self.regs_take(&cd, base, first, n.saturating_mul(2));
                    let d = crate::vm::fresh_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        tri!(self.dict_set(&d, k, v));
                    }
                    r!(dst) = Value::Obj(d);
                }
                Instr::BuildSlice { dst, first, n } => {
                    let a = r!(first).clone();
                    let b = r!(first; 1).clone();
                    let c = if n == 3 {
                        r!(first; 2).clone()
                    } else {
                        Value::None
                    };
                    r!(dst) = Value::Obj(Object::new(
                        &types().slice,
                        Payload::Slice(Box::new([a, b, c])),
                    ));
                }
                Instr::BuildString { dst, first, n } => {
                    let items = self.regs_vec(base, first, n);
                    let mut s = String::new();
                    let mut cps: Option<Vec<u32>> = None;
                    for it in &items {
                        if let Some(p) = it.as_pystr() {
                            match (&mut cps, p.as_ascii()) {
                                (None, Some(a)) => s.push_str(a),
                                _ => {
                                    let v = cps
                                        .get_or_insert_with(|| s.chars().map(u32::from).collect());
                                    v.extend(p.code_points());
                                }
                            }
                        }
                    }
                    r!(dst) = match cps {
                        Some(c) => Value::Obj(Object::new_str(PyStr::from_code_points(&c))),
                        None => Value::str(&s),
                    };
                }
                Instr::ListAppend { list, src } => {
                    let v = r!(src).clone();
                    if let Some(Payload::List(l)) = r!(list).payload() {
                        l.borrow_mut().push(v);
                    }
                }
                Instr::SetAdd { set, src } => {
                    let (s, v) = (r!(set).clone(), r!(src).clone());
                    tri!(self.set_add(&s, v));
                }
                Instr::MapAdd { map, key } => {
                    let (m, k, v) = (r!(map).clone(), r!(key).clone(), r!(key; 1).clone());
                    if let Value::Obj(d) = &m {
                        tri!(self.dict_set(d, k, v));
                    }
                }
                Instr::ListExtend { list, src } => {
                    let x = r!(src).clone();
                    let items = match self.collect_iter(&x) {
                        Ok(v) => v,
                        Err(e)
                            if e.matches(&types().type_error)
                                && !crate::builtins::is_iterable(&x) =>
                        {
                            fail!(type_error(format!(
                                "Value after * must be an iterable, not {}",
                                type_name_of(&x)
                            )))
                        }
                        Err(e) => fail!(e),
                    };
                    if let Some(Payload::List(l)) = r!(list).payload() {
                        l.borrow_mut().extend(items);
                    }
                }
                Instr::SetUpdate { set, src } => {
                    let (s, x) = (r!(set).clone(), r!(src).clone());
                    for it in tri!(self.collect_iter(&x)) {
                        tri!(self.set_add(&s, it));
                    }
                }
                Instr::DictUpdate { map, src } => {
                    let (m, x) = (r!(map).clone(), r!(src).clone());
                    if let Value::Obj(d) = &m {
                        if !matches!(x.payload(), Some(Payload::Dict(_)))
                            && lookup(type_of(&x), "keys").is_none()
                        {
                            fail!(type_error(format!(
                                "'{}' object is not a mapping",
                                type_name_of(&x)
                            )));
                        }
                        tri!(self.dict_update_from(d, &x));
                    }
                }
                Instr::DictMerge { map, src } => {
                    let (m, x) = (r!(map).clone(), r!(src).clone());
                    let fname = self.callee_name_for_merge(base, map);
                    tri!(self.dict_merge(&m, &x, &fname));
                }
                Instr::ListToTuple { dst, src } => {
                    let items = match r!(src).payload() {
                        Some(Payload::List(l)) => l.borrow().clone(),
                        _ => Vec::new(),
                    };
                    r!(dst) = self.new_tuple(items);
                }
                Instr::Unpack { first, n, src } => {
                    let x = r!(src).clone();
                    let items = tri!(self.unpack(&x, usize::from(n)));
                    for (i, v) in items.into_iter().enumerate() {
                        self.stack[base + usize::from(first) + i] = v;
                    }
                }
                Instr::UnpackEx { reg, before, after } => {
                    let x = r!(reg).clone();
                    let items = tri!(self.unpack_ex(&x, usize::from(before), usize::from(after)));
                    for (i, v) in items.into_iter().enumerate() {
                        self.stack[base + usize::from(reg) + i] = v;
                    }
                }
                Instr::Subscript { dst, obj, key } => {
                    let fast = match (&r!(obj), &r!(key)) {
                        (Value::Obj(o), Value::Int(i)) => match &o.payload {
                            Payload::List(l) if !o.class().as_type().is_some_and(|t| t.heap) => {
                                let l = l.borrow();
                                let len = l.len() as i64;
                                let j = if *i < 0 { i + len } else { *i };
                                if (0..len).contains(&j) {
                                    l.get(j as usize).cloned()
                                } else {
                                    None
                                }
                            }
                            _ => None,
                        },
                        _ => None,
                    };
                    let v = match fast {
                        Some(v) => v,
                        None => {
                            let (o, k) = (r!(obj).clone(), r!(key).clone());
                            tri!(self.getitem(&o, &k))
                        }
                    };
                    r!(dst) = v;
                }
                Instr::StoreSubscript { obj, key, src } => {
                    let (o, k, v) = (r!(obj).clone(), r!(key).clone(), r!(src).clone());
                    tri!(self.setitem(&o, &k, Some(v)));
                    self.run_finalizers();
                }
                Instr::DeleteSubscript { obj, key } => {
                    let (o, k) = (r!(obj).clone(), r!(key).clone());
                    tri!(self.setitem(&o, &k, None));
                    self.run_finalizers();
                }
                Instr::MakeFunction { dst, code } => {
                    let c = cd
                        .consts
                        .get(usize::from(code))
                        .cloned()
                        .unwrap_or(Value::None);
                    let Some(Payload::Code(data)) = c.payload() else {
                        fail!(system_error("MakeFunction: not a code constant"))
                    };
                    let f = Function::new(data.clone(), globals.clone());
                    *f.code_obj.borrow_mut() = c.clone();
                    if data.code.flags & flags::OPTIMIZED != 0 {
                        if let Some(doc) = data.consts.first() {
                            if doc.as_pystr().is_some() {
                                *f.doc.borrow_mut() = doc.clone();
                            }
                        }
                    }
                    r!(dst) = Value::Obj(Object::new(
                        &types().function,
                        Payload::Function(Box::new(f)),
                    ));
                }
                Instr::SetFunctionAttr { func, what, src } => {
                    let v = r!(src).clone();
                    if let Some(Payload::Function(f)) = r!(func).payload() {
                        match what {
                            FunctionAttr::Defaults => *f.defaults.borrow_mut() = v,
                            FunctionAttr::KwDefaults => *f.kwdefaults.borrow_mut() = v,
                            FunctionAttr::Annotations => *f.annotations.borrow_mut() = v,
                            FunctionAttr::Closure => {
                                let cells = match v.payload() {
                                    Some(Payload::Tuple(t)) => t.to_vec(),
                                    _ => Vec::new(),
                                };
                                *f.closure.borrow_mut() = Rc::from(cells);
                            }
                        }
                    }
                }
                Instr::LoadBuildClass { dst } => {
                    let v = match &self.builtins.payload {
                        Payload::Dict(d) => d.borrow().get_str("__build_class__").cloned(),
                        _ => None,
                    };
                    match v {
                        Some(v) => r!(dst) = v,
                        None => fail!(name_error("__build_class__ not found")),
                    }
                }
                Instr::Raise { src, cause, kind } => {
                    let e = match kind {
                        0 => {
                            let h = self.handled.clone();
                            if h.is(&Value::None) {
                                Err(PyErr::new(
                                    &types().runtime_error,
                                    "No active exception to reraise",
                                ))
                            } else {
                                self.reraising = true;
                                Err(PyErr(
                                    h.as_obj()
                                        .cloned()
                                        .unwrap_or_else(|| types().runtime_error.clone()),
                                ))
                            }
                        }
                        _ => {
                            let x = r!(src).clone();
                            let c = if kind == 2 {
                                Some(r!(cause).clone())
                            } else {
                                None
                            };
                            self.make_raise(&x, c.as_ref())
                        }
                    };
                    match e {
                        Ok(e) | Err(e) => fail!(e),
                    }
                }
                Instr::Reraise { src } => {
                    let x = r!(src).clone();
                    self.reraising = true;
                    match x {
                        Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => {
                            fail!(PyErr(o))
                        }
                        _ => {
                            self.reraising = false;
                            fail!(system_error("Reraise of a non-exception"))
                        }
                    }
                }
                Instr::CheckExcMatch { dst, exc, ty } => {
                    let (e, t) = (r!(exc).clone(), r!(ty).clone());
                    tri!(check_catchable(&t));
                    let m = tri!(self.isinstance(&e, &t));
                    r!(dst) = Value::Bool(m);
                }
                Instr::PushExcInfo { save, exc } => {
                    let e = r!(exc).clone();
                    let old = std::mem::replace(&mut self.handled, e);
                    r!(save) = old;
                }
                Instr::PopExcInfo { saved } => {
                    let v = r!(saved).clone();
                    self.handled = if v.is_unbound() { Value::None } else { v };
                }
                Instr::Yield { dst: _, src } => {
                    let v = r!(src).clone();
                    *ip_out = ip;
                    return Ok(Flow::Yield(v));
                }
                Instr::YieldFrom { dst, iter } => {
                    let (it, v) = (r!(iter).clone(), r!(dst).clone());
                    match tri!(self.delegate_send(&it, v)) {
                        GenResult::Yielded(y) => {
                            *ip_out = ip;
                            return Ok(Flow::Yield(y));
                        }
                        GenResult::Returned(r) => r!(dst) = r,
                    }
                }
                Instr::ImportName { dst, name } => {
                    let nm = name_str(&cd, usize::from(name));
                    let (fromlist, level) = (r!(dst).clone(), r!(dst; 1).clone());
                    let m = tri!(self.import_name(&nm, &fromlist, &level));
                    r!(dst) = m;
                }
                Instr::ImportFrom { dst, module, name } => {
                    let n = (usize::from(ext) << 8) | usize::from(name);
                    ext = 0;
                    let nm = name_str(&cd, n);
                    let m = r!(module).clone();
                    let v = tri!(self.import_from(&m, &nm));
                    r!(dst) = v;
                }
                Instr::ImportStar { module } => {
                    let m = r!(module).clone();
                    tri!(self.import_star(&m, &globals));
                }
                Instr::FormatValue { dst, src, conv } => {
                    let x = r!(src).clone();
                    let spec = if conv & 4 != 0 {
                        Some(r!(src; 1).clone())
                    } else {
                        None
                    };
                    let v = tri!(self.format_value(&x, conv & 3, spec.as_ref()));
                    r!(dst) = v;
                }
                Instr::SetupAnnotations => {
                    tri!(self.setup_annotations(&globals));
                }
                Instr::PrintExpr { src } => {
                    let x = r!(src).clone();
                    if !x.is(&Value::None) {
                        let s = tri!(self.repr_string(&x));
                        tri!(self.print_to_stdout(&format!("{s}\n")));
                    }
                }
                Instr::LoadAssertionError { dst } => {
                    r!(dst) = Value::Obj(types().assertion_error.clone());
                }
                Instr::GetYieldFromIter { dst, src } => {
                    let x = r!(src).clone();
                    let v = match x.payload() {
                        Some(Payload::Generator(_)) => x,
                        _ => tri!(self.iter(&x)),
                    };
                    r!(dst) = v;
                }
                Instr::GetAwaitable { dst, src, kind } => {
                    let x = r!(src).clone();
                    let v = tri!(self.get_awaitable(&x, kind));
                    r!(dst) = v;
                }
                Instr::GetAIter { dst, src } => {
                    let x = r!(src).clone();
                    let v = match tri!(self.call_dunder(&x, "__aiter__", &[])) {
                        Some(v) => v,
                        None => fail!(type_error(format!(
                            "'async for' requires an object with __aiter__ method, got {}",
                            type_name_of(&x)
                        ))),
                    };
                    if lookup(type_of(&v), "__anext__").is_none() {
                        fail!(type_error(format!(
                            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                            type_name_of(&v)
                        )));
                    }
                    r!(dst) = v;
                }
                Instr::GetANext { dst, src } => {
                    let x = r!(src).clone();
                    let aw = match tri!(self.call_dunder(&x, "__anext__", &[])) {
                        Some(v) => v,
                        None => fail!(type_error(format!(
                            "'async for' requires an iterator with __anext__ method, got {}",
                            type_name_of(&x)
                        ))),
                    };
                    let v = match self.get_awaitable(&aw, 0) {
                        Ok(v) => v,
                        Err(cause) => {
                            let e = type_error(format!(
                                "'async for' received an invalid object from __anext__: {}",
                                type_name_of(&aw)
                            ));
                            if let (Some(es), Value::Obj(c)) = (e.state(), cause.value()) {
                                let mut es = es.borrow_mut();
                                es.cause = Value::Obj(c.clone());
                                es.context = Value::Obj(c);
                                es.suppress_context = true;
                            }
                            fail!(e)
                        }
                    };
                    r!(dst) = v;
                }
                Instr::EndAsyncFor { exc } => {
                    let e = r!(exc).clone();
                    let is_stop = is_subtype(type_of(&e), &types().stop_async_iteration);
                    if !is_stop {
                        if let Value::Obj(o) = e {
                            self.reraising = true;
                            fail!(PyErr(o));
                        }
                    }
                }
                Instr::BeforeWith { exit, mgr } => {
                    let m = r!(mgr).clone();
                    let (ex, entered) = tri!(self.before_with(&m, false));
                    r!(exit) = ex;
                    r!(exit; 1) = entered;
                }
                Instr::BeforeAsyncWith { exit, mgr } => {
                    let m = r!(mgr).clone();
                    let (ex, entered) = tri!(self.before_with(&m, true));
                    r!(exit) = ex;
                    r!(exit; 1) = entered;
                }
                Instr::WithExceptStart { dst, exit, exc } => {
                    let (f, e) = (r!(exit).clone(), r!(exc).clone());
                    let cls = Value::Obj(type_of(&e).clone());
                    let tb = tri!(self.getattr_str(&e, "__traceback__"));
                    let v = tri!(self.call(&f, &[cls, e, tb], &[]));
                    r!(dst) = v;
                }
                Instr::CheckEgMatch { dst, exc, ty } => {
                    let (e, t) = (r!(exc).clone(), r!(ty).clone());
                    let (m, rest) = tri!(self.eg_match(&e, &t));
                    r!(dst) = m;
                    r!(exc) = rest;
                }
                Instr::PrepReraiseStar { dst, orig, raised } => {
                    let (o, rl) = (r!(orig).clone(), r!(raised).clone());
                    let v = tri!(self.prep_reraise_star(&o, &rl));
                    r!(dst) = v;
                }
                Instr::MatchSequence { dst, src } => {
                    let t = is_match_sequence(&r!(src));
                    r!(dst) = Value::Bool(t);
                }
                Instr::MatchMapping { dst, src } => {
                    let t = matches!(r!(src).payload(), Some(Payload::Dict(_)));
                    r!(dst) = Value::Bool(t);
                }
                Instr::GetLen { dst, src } => {
                    let x = r!(src).clone();
                    let n = tri!(self.len(&x));
                    r!(dst) = Value::Int(n as i64);
                }
                Instr::MatchKeys { dst, subject, keys } => {
                    let (s, k) = (r!(subject).clone(), r!(keys).clone());
                    let v = tri!(self.match_keys(&s, &k));
                    r!(dst) = v;
                }
                Instr::MatchClass { dst, subject, cls } => {
                    let s = r!(subject).clone();
                    let c = r!(cls).clone();
                    let npos = match r!(cls; 1) {
                        Value::Int(i) => i as usize,
                        _ => 0,
                    };
                    let kw = r!(cls; 2).clone();
                    let v = tri!(self.match_class(&s, &c, npos, &kw));
                    r!(dst) = v;
                }
                Instr::CopyDictWithoutKeys { dst, subject, keys } => {
                    let (s, k) = (r!(subject).clone(), r!(keys).clone());
                    let d = crate::vm::fresh_dict();
                    let dv = Value::Obj(d.clone());
                    tri!(self.dict_update_from(&d, &s));
                    if let Some(Payload::Tuple(ks)) = k.payload() {
                        for key in ks.iter() {
                            tri!(self.dict_remove(&d, key));
                        }
                    }
                    r!(dst) = dv;
                }
                Instr::LoadLocals { dst } => {
                    let v = match self.frame_locals() {
                        Some(l) => l,
                        None => Value::Obj(globals.clone()),
                    };
                    r!(dst) = v;
                }
                Instr::CallIntrinsic { dst, src, which } => {
                    let a = r!(src).clone();
                    let b = r!(src; 1).clone();
                    let v = tri!(self.call_intrinsic(which, &a, &b));
                    r!(dst) = v;
                }
                #[allow(unreachable_patterns)]
                other => {
                    fail!(system_error(format!("unknown opcode {}", other.opname())));
                }
            }
        }
    }

    /// The values of temporaries `first..first+n`, moved out (as CPython pops its stack, so
    /// a temporary does not keep an object alive past its use: `__del__` runs on time). A
    /// range that may hold named variables is copied instead.
    fn regs_take(&mut self, cd: &CodeData, base: usize, first: u8, n: u8) -> Vec<Value> {
        let c = &cd.code;
        let named = c.varnames.len() + c.cellvars.len() + c.freevars.len();
        if usize::from(first) < named {
            return self.regs_vec(base, first, n);
        }
        let s = base + usize::from(first);
        self.stack
            .get_mut(s..s + usize::from(n))
            .map(|w| w.iter_mut().map(std::mem::take).collect())
            .unwrap_or_default()
    }

    fn regs_vec(&self, base: usize, first: u8, n: u8) -> Vec<Value> {
        let s = base + usize::from(first);
        self.stack
            .get(s..s + usize::from(n))
            .map(<[Value]>::to_vec)
            .unwrap_or_default()
    }

    fn add_values(&mut self, base: usize, a: u8, b: u8) -> PyResult<Value> {
        let (x, y) = (
            self.stack[base + usize::from(a)].clone(),
            self.stack[base + usize::from(b)].clone(),
        );
        self.binary_op(BinOp::Add, &x, &y)
    }

    fn unary_op(&mut self, x: &Value, dunder: &str, sym: &str) -> PyResult<Value> {
        match (x, sym) {
            (Value::Int(i), "-") => {
                if let Some(v) = i.checked_neg() {
                    return Ok(Value::Int(v));
                }
            }
            (Value::Int(i), "+") => return Ok(Value::Int(*i)),
            (Value::Int(i), "~") => return Ok(Value::Int(!i)),
            (Value::Bool(b), "-") => return Ok(Value::Int(-i64::from(*b))),
            (Value::Bool(b), "+") => return Ok(Value::Int(i64::from(*b))),
            (Value::Bool(b), "~") => return Ok(Value::Int(!i64::from(*b))),
            (Value::Float(f), "-") => return Ok(Value::Float(-f)),
            (Value::Float(f), "+") => return Ok(Value::Float(*f)),
            _ => {}
        }
        let heap = type_of(x).as_type().is_some_and(|t| t.heap);
        if !heap {
            match x.payload() {
                Some(Payload::Int(b)) => {
                    return Ok(crate::objects::int::from_big(match sym {
                        "-" => -b.clone(),
                        "+" => b.clone(),
                        _ => !b.clone(),
                    }))
                }
                Some(Payload::Float(f)) if sym != "~" => {
                    return Ok(Value::Float(if sym == "-" { -f } else { *f }))
                }
                Some(Payload::Complex(re, im)) if sym != "~" => {
                    let (re, im) = if sym == "-" { (-re, -im) } else { (*re, *im) };
                    return Ok(Value::Obj(Object::new(
                        &types().complex,
                        Payload::Complex(re, im),
                    )));
                }
                _ => {}
            }
            if let Value::Int(i) = x {
                // i64::MIN negated.
                return Ok(crate::objects::int::from_big(-num_bigint::BigInt::from(*i)));
            }
        }
        match self.call_dunder(x, dunder, &[])? {
            Some(v) => Ok(v),
            None => {
                if let Some(Payload::Int(b)) = x.payload() {
                    return Ok(crate::objects::int::from_big(match sym {
                        "-" => -b.clone(),
                        "+" => b.clone(),
                        _ => !b.clone(),
                    }));
                }
                if let Some(Payload::Float(f)) = x.payload() {
                    if sym != "~" {
                        return Ok(Value::Float(if sym == "-" { -f } else { *f }));
                    }
                }
                Err(type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    type_name_of(x)
                )))
            }
        }
    }

    // ----- names ------------------------------------------------------------------------

    fn load_global(&mut self, cd: &CodeData, globals: &Obj, name: u16) -> PyResult<Value> {
        let i = usize::from(name);
        let (Some(n), Some(&h)) = (cd.names.get(i), cd.name_hashes.get(i)) else {
            return Err(system_error("bad name index"));
        };
        let Payload::Dict(gd) = &globals.payload else {
            return Err(system_error("globals is not a dict"));
        };
        // The inline cache: a hit costs two version compares and an indexed read.
        {
            let gd = gd.borrow();
            if let Some(c) = cd.global_cache.borrow().get(i) {
                if c.globals_version == gd.version && gd.version != 0 {
                    let e = match &c.builtins {
                        None => gd.entry(c.index as usize).map(|e| e.value.clone()),
                        Some((b, bver)) => match &b.payload {
                            Payload::Dict(bd) => {
                                let bd = bd.borrow();
                                if bd.version == *bver {
                                    bd.entry(c.index as usize).map(|e| e.value.clone())
                                } else {
                                    None
                                }
                            }
                            _ => None,
                        },
                    };
                    if let Some(v) = e {
                        return Ok(v);
                    }
                }
            }
        }
        let found = {
            let gd = gd.borrow();
            match gd.probe(n, h) {
                crate::objects::dict::Probe::Found(idx) => {
                    gd.entry(idx).map(|e| (e.value.clone(), idx, gd.version))
                }
                _ => None,
            }
        };
        if let Some((v, idx, gver)) = found {
            if let Some(c) = cd.global_cache.borrow_mut().get_mut(i) {
                *c = crate::objects::function::GlobalCache {
                    globals_version: gver,
                    index: idx as u32,
                    builtins: None,
                };
            }
            return Ok(v);
        }
        // The builtins are `globals['__builtins__']` (a module or a dict) when present.
        let custom = match &globals.payload {
            Payload::Dict(d) => BUILTINS_KEY.with(|(k, kh)| d.borrow().get_fast(k, *kh).cloned()),
            _ => None,
        };
        let bdict = match custom {
            None => self.builtins.clone(),
            Some(c) => match (c.payload(), c.as_obj()) {
                (Some(Payload::Module { dict, .. }), _) => dict.clone(),
                (Some(Payload::Dict(_)), Some(o)) => o.clone(),
                // Any other object is subscripted, as CPython does (`__builtins__ = None`
                // makes every builtin lookup a TypeError).
                _ => {
                    return match self.getitem(&c, n) {
                        Err(e) if e.matches(&types().key_error) => Err(self.name_not_defined(n)),
                        other => other,
                    };
                }
            },
        };
        if let Payload::Dict(d) = &bdict.payload {
            let bd = d.borrow();
            if let crate::objects::dict::Probe::Found(idx) = bd.probe(n, h) {
                if let Some(e) = bd.entry(idx) {
                    let v = e.value.clone();
                    let gver = gd.borrow().version;
                    if let Some(c) = cd.global_cache.borrow_mut().get_mut(i) {
                        *c = crate::objects::function::GlobalCache {
                            globals_version: gver,
                            index: idx as u32,
                            builtins: Some((bdict.clone(), bd.version)),
                        };
                    }
                    return Ok(v);
                }
            }
        }
        Err(self.name_not_defined(n))
    }

    /// `NameError: name 'x' is not defined` (with the name recorded for suggestions).
    pub(crate) fn name_not_defined(&mut self, n: &Value) -> PyErr {
        let s = n
            .as_pystr()
            .map(|p| p.to_rust().into_owned())
            .unwrap_or_default();
        let e = name_error(format!("name '{s}' is not defined"));
        let _ = self.setattr(&e.value(), "name", n.clone());
        let frame_self = self.frames.last().and_then(|f| {
            let i = f.code.code.varnames.iter().position(|v| &**v == "self")?;
            let v = self.stack.get(f.base + i)?.clone();
            let v = match v.payload() {
                Some(Payload::Cell(c)) if f.code.code.cellvars.iter().any(|c| &**c == "self") => {
                    c.borrow().clone()
                }
                _ => v,
            };
            (!v.is_unbound()).then_some(v)
        });
        if let (Some(fs), Some(Payload::Exception(st))) = (frame_self, e.value().payload()) {
            st.borrow_mut().frame_self = Some(fs);
        }
        let scope = self.frames.last().map(|f| {
            let locals = f.locals.clone();
            let globals = f.globals.clone();
            let bound: Vec<Value> = f
                .code
                .code
                .varnames
                .iter()
                .enumerate()
                .filter(|(i, _)| self.stack.get(f.base + i).is_some_and(|v| !v.is_unbound()))
                .map(|(_, n)| Value::str(n))
                .collect();
            (locals, bound, globals)
        });
        if let Some((locals, bound, globals)) = scope {
            let names = match locals {
                Some(ns) => self.collect_iter(&ns).unwrap_or_default(),
                None => bound,
            };
            if let Some(Payload::Exception(st)) = e.value().payload() {
                st.borrow_mut().frame_names = Some((names, globals));
            }
        }
        e
    }

    fn store_global(
        &mut self,
        cd: &CodeData,
        globals: &Obj,
        name: u16,
        v: Option<Value>,
    ) -> PyResult<()> {
        let i = usize::from(name);
        let (Some(n), Some(&h)) = (cd.names.get(i), cd.name_hashes.get(i)) else {
            return Err(system_error("bad name index"));
        };
        let Payload::Dict(d) = &globals.payload else {
            return Err(system_error("globals is not a dict"));
        };
        match v {
            Some(v) => {
                let old = {
                    let mut d = d.borrow_mut();
                    match d.probe(n, h) {
                        crate::objects::dict::Probe::Found(i) => d.set_value(i, v),
                        _ => {
                            d.insert_new(h, n.clone(), v);
                            None
                        }
                    }
                };
                drop(old);
                Ok(())
            }
            None => {
                let removed = {
                    let mut d = d.borrow_mut();
                    match d.probe(n, h) {
                        crate::objects::dict::Probe::Found(i) => d.remove_at(i),
                        _ => None,
                    }
                };
                match removed {
                    Some(_) => Ok(()),
                    None => Err(self.name_not_defined(n)),
                }
            }
        }
    }

    fn frame_locals(&self) -> Option<Value> {
        self.frames.last().and_then(|f| f.locals.clone())
    }

    /// `CallIntrinsic`: the PEP 695 objects (see `pyvm_compiler::instr::intrinsic`).
    fn call_intrinsic(&mut self, which: u8, a: &Value, b: &Value) -> PyResult<Value> {
        use pyvm_compiler::instr::intrinsic as k;
        let tt = crate::typing::typing_types();
        Ok(match which {
            k::TYPEVAR => crate::typing::new_type_param(self, &tt.typevar, a, None),
            k::PARAMSPEC => crate::typing::new_type_param(self, &tt.paramspec, a, None),
            k::TYPEVARTUPLE => crate::typing::new_type_param(self, &tt.typevartuple, a, None),
            k::TYPEVAR_WITH_BOUND => {
                crate::typing::new_type_param(self, &tt.typevar, a, Some(("bound", b.clone())))
            }
            k::TYPEVAR_WITH_CONSTRAINTS => crate::typing::new_type_param(
                self,
                &tt.typevar,
                a,
                Some(("constraints", b.clone())),
            ),
            k::SUBSCRIPT_GENERIC => crate::typing::subscript_generic(self, a),
            k::TYPEALIAS => crate::typing::new_type_alias(self, a)?,
            k::SET_FUNCTION_TYPE_PARAMS => {
                if let Some(Payload::Function(f)) = a.payload() {
                    *f.type_params.borrow_mut() = b.clone();
                }
                a.clone()
            }
            _ => return Err(system_error(format!("unknown intrinsic {which}"))),
        })
    }

    fn load_name(&mut self, cd: &CodeData, globals: &Obj, name: u16) -> PyResult<Value> {
        let i = usize::from(name);
        let Some(n) = cd.names.get(i).cloned() else {
            return Err(system_error("bad name index"));
        };
        if let (Some(Some(Value::Obj(o))), Some(&h)) = (
            self.frames.last().map(|f| f.locals.as_ref()),
            cd.name_hashes.get(i),
        ) {
            if let Payload::Dict(d) = &o.payload {
                if !o.class().as_type().is_some_and(|t| t.heap) {
                    if let Some(v) = d.borrow().get_fast(&n, h) {
                        return Ok(v.clone());
                    }
                }
            }
        }
        if let Some(locals) = self.frame_locals() {
            match &locals {
                Value::Obj(o)
                    if matches!(o.payload, Payload::Dict(_))
                        && !o.class().as_type().is_some_and(|t| t.heap) =>
                {
                    if let Some(v) = self.dict_get(o, &n)? {
                        return Ok(v);
                    }
                }
                _ => match self.getitem(&locals, &n) {
                    Ok(v) => return Ok(v),
                    Err(e) if e.matches(&types().key_error) => {}
                    Err(e) => return Err(e),
                },
            }
        }
        self.load_global(cd, globals, name)
    }

    fn store_name(
        &mut self,
        cd: &CodeData,
        globals: &Obj,
        name: u16,
        v: Option<Value>,
    ) -> PyResult<()> {
        let i = usize::from(name);
        let Some(n) = cd.names.get(i).cloned() else {
            return Err(system_error("bad name index"));
        };
        let locals = self
            .frame_locals()
            .unwrap_or_else(|| Value::Obj(globals.clone()));
        match (&locals, v) {
            (Value::Obj(o), Some(v))
                if matches!(o.payload, Payload::Dict(_))
                    && !o.class().as_type().is_some_and(|t| t.heap) =>
            {
                self.dict_set(o, n, v)
            }
            (Value::Obj(o), None)
                if matches!(o.payload, Payload::Dict(_))
                    && !o.class().as_type().is_some_and(|t| t.heap) =>
            {
                match self.dict_remove(o, &n)? {
                    Some(_) => Ok(()),
                    None => Err(self.name_not_defined(&n)),
                }
            }
            (_, v) => match self.setitem(&locals, &n, v) {
                Err(e) if e.matches(&types().key_error) => Err(self.name_not_defined(&n)),
                r => r,
            },
        }
    }

    fn setup_annotations(&mut self, globals: &Obj) -> PyResult<()> {
        let locals = self
            .frame_locals()
            .unwrap_or_else(|| Value::Obj(globals.clone()));
        let key = Value::str("__annotations__");
        let present = self.contains(&locals, &key)?;
        if !present {
            let d = self.new_dict();
            self.setitem(&locals, &key, Some(d))?;
        }
        Ok(())
    }

    // ----- attributes and methods -----------------------------------------------------------

    fn load_attr(&mut self, cd: &CodeData, obj: &Value, n: usize) -> PyResult<Value> {
        let (Some(nv), Some(&h)) = (cd.names.get(n), cd.name_hashes.get(n)) else {
            return Err(system_error("bad name index"));
        };
        // Fast path: an instance of a class without `__getattribute__` and no data
        // descriptor for the name: the instance dict, then the class attribute.
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Instance) {
                let cls = o.class();
                if cls.as_type().is_some_and(|t| t.heap) && !overrides(cls, 0) {
                    let attr = crate::objects::typeobj::lookup_value(cls, nv, h);
                    if !attr.as_ref().is_some_and(crate::attr::is_data_descriptor) {
                        if let Some(d) = o.instance_dict() {
                            if let Payload::Dict(t) = &d.payload {
                                if let Some(v) = t.borrow().get_fast(nv, h) {
                                    return Ok(v.clone());
                                }
                            }
                        }
                        if let Some(a) = attr {
                            let cls = cls.clone();
                            return self.descr_get(&a, obj, &cls);
                        }
                    }
                }
            }
        }
        let name = name_str(cd, n);
        self.getattr_str(obj, &name)
    }

    fn store_attr(&mut self, cd: &CodeData, obj: &Value, n: usize, v: Value) -> PyResult<()> {
        let (Some(nv), Some(&h)) = (cd.names.get(n), cd.name_hashes.get(n)) else {
            return Err(system_error("bad name index"));
        };
        if let Value::Obj(o) = obj {
            if matches!(o.payload, Payload::Instance) {
                let cls = o.class();
                if cls.as_type().is_some_and(|t| t.heap && t.instance_dict) && !overrides(cls, 2) {
                    let attr = crate::objects::typeobj::lookup_value(cls, nv, h);
                    let plain = match &attr {
                        None => true,
                        Some(a) => !crate::attr::is_data_descriptor(a),
                    };
                    // `obj.__dict__ = d` replaces the namespace instead of adding a key.
                    let plain = plain
                        && !nv
                            .as_pystr()
                            .is_some_and(|s| s.eq_str("__dict__") || s.eq_str("__class__"));
                    if plain {
                        if let Some(d) = o.instance_dict_or_create() {
                            if let Payload::Dict(t) = &d.payload {
                                let old = {
                                    let mut t = t.borrow_mut();
                                    match t.probe(nv, h) {
                                        crate::objects::dict::Probe::Found(i) => t.set_value(i, v),
                                        crate::objects::dict::Probe::Missing => {
                                            t.insert_new(h, nv.clone(), v);
                                            None
                                        }
                                        crate::objects::dict::Probe::Candidates(_) => {
                                            drop(t);
                                            let name = name_str(cd, n);
                                            return self.setattr(obj, &name, v);
                                        }
                                    }
                                };
                                drop(old);
                                return Ok(());
                            }
                        }
                    }
                }
            }
        }
        let name = name_str(cd, n);
        self.setattr(obj, &name, v)
    }

    fn load_method(&mut self, cd: &CodeData, recv: &Value, n: usize) -> PyResult<(Value, Value)> {
        let (Some(nv), Some(&h)) = (cd.names.get(n), cd.name_hashes.get(n)) else {
            return Err(system_error("bad name index"));
        };
        let cls = type_of(recv).clone();
        let is_type = matches!(
            recv.payload(),
            Some(Payload::Type(_)) | Some(Payload::Super { .. })
        );
        let custom_ga = cls.as_type().is_some_and(|t| t.heap) && overrides(&cls, 0);
        if !is_type && !custom_ga {
            if let Some(attr) = crate::objects::typeobj::lookup_value(&cls, nv, h) {
                let plain = match attr.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Builtin(b)) => {
                        b.kind == crate::objects::function::BuiltinKind::Method
                    }
                    _ => false,
                };
                if plain {
                    let shadowed = recv
                        .as_obj()
                        .and_then(|o| o.instance_dict())
                        .is_some_and(|d| match &d.payload {
                            Payload::Dict(t) => t.borrow().get_fast(nv, h).is_some(),
                            _ => false,
                        });
                    if !shadowed {
                        return Ok((attr, recv.clone()));
                    }
                }
            }
        }
        let name = name_str(cd, n);
        let v = self.getattr_str(recv, &name)?;
        Ok((v, Value::Unbound))
    }

    // ----- calls ----------------------------------------------------------------------------

    /// Executes a call instruction. `Ok(None)`: a Python frame was pushed (reload); `Ok(Some)`:
    /// the result of a native call.
    fn do_call(
        &mut self,
        base: usize,
        dst: u8,
        func: u8,
        argc: u8,
        shape: CallShape,
        ip: usize,
    ) -> PyResult<Option<Value>> {
        let fr = base + usize::from(func);
        let argc = usize::from(argc);
        // Where the positional arguments start, and the callable.
        let (callee, first_arg, nargs) = match shape {
            CallShape::Plain | CallShape::Kw => (self.stack[fr].clone(), fr + 1, argc),
            CallShape::Method | CallShape::MethodKw => {
                if self.stack[fr + 1].is_unbound() {
                    (self.stack[fr].clone(), fr + 2, argc)
                } else {
                    (self.stack[fr].clone(), fr + 1, argc + 1)
                }
            }
        };
        let kwnames = match shape {
            CallShape::Kw | CallShape::MethodKw => {
                let names_reg = match shape {
                    CallShape::Kw => fr + argc + 1,
                    _ => fr + argc + 2,
                };
                match self.stack[names_reg].payload() {
                    Some(Payload::Tuple(t)) => Some(t.clone()),
                    _ => None,
                }
            }
            _ => None,
        };
        let nkw = kwnames.as_ref().map_or(0, |k| k.len());
        // Fast path: a plain Python function with exactly its positional parameters.
        let (pyfunc, receiver) = match callee.payload() {
            Some(Payload::Function(_)) => (callee.as_obj().cloned(), None),
            Some(Payload::BoundMethod { func, receiver })
                if matches!(func.payload(), Some(Payload::Function(_))) =>
            {
                (func.as_obj().cloned(), Some(receiver.clone()))
            }
            _ => (None, None),
        };
        if let Some(fobj) = pyfunc {
            let Payload::Function(f) = &fobj.payload else {
                return Err(system_error("function payload"));
            };
            let code = &f.code.code;
            let simple = code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
                && code.kwonlyargcount == 0
                && code.flags & gen_flags() == 0
                && nkw == 0;
            let total = nargs + usize::from(receiver.is_some());
            if simple && total == code.argcount as usize {
                self.check_recursion()?;
                let new_base = if receiver.is_some() {
                    first_arg - 1
                } else {
                    first_arg
                };
                if let Some(r) = receiver {
                    self.stack[new_base] = r;
                }
                self.ensure_stack(new_base);
                let n = usize::from(code.nregisters);
                for i in total..n {
                    self.stack[new_base + i] = Value::Unbound;
                }
                if let Some(cur) = self.frames.last_mut() {
                    cur.ip = ip;
                    cur.lasti = ip.saturating_sub(1);
                }
                let globals = f.globals.clone();
                let cdata = f.code.clone();
                self.push_frame(
                    cdata,
                    new_base,
                    globals,
                    None,
                    Some(fobj.clone()),
                    base + usize::from(dst),
                    false,
                );
                return Ok(None);
            }
            // General binding, still without Rust recursion.
            let mut args: Vec<Value> = Vec::with_capacity(total);
            if let Some(r) = &receiver {
                args.push(r.clone());
            }
            let npos = nargs - nkw;
            args.extend(
                self.stack
                    .get(first_arg..first_arg + npos)
                    .unwrap_or(&[])
                    .iter()
                    .cloned(),
            );
            let kw: Vec<(Value, Value)> = match &kwnames {
                Some(names) => names
                    .iter()
                    .cloned()
                    .zip(
                        self.stack
                            .get(first_arg + npos..first_arg + nargs)
                            .unwrap_or(&[])
                            .iter()
                            .cloned(),
                    )
                    .collect(),
                None => Vec::new(),
            };
            let regs = bind_arguments(self, f, &args, &kw)?;
            if code.flags & gen_flags() != 0 {
                return Ok(Some(self.make_generator(&fobj, f, regs)));
            }
            self.check_recursion()?;
            let new_base = fr + 1;
            self.ensure_stack(new_base);
            let n = usize::from(code.nregisters);
            let nregs = regs.len();
            for (i, v) in regs.into_iter().enumerate() {
                self.stack[new_base + i] = v;
            }
            for i in nregs..n {
                self.stack[new_base + i] = Value::Unbound;
            }
            if let Some(cur) = self.frames.last_mut() {
                cur.ip = ip;
                cur.lasti = ip.saturating_sub(1);
            }
            let globals = f.globals.clone();
            let cdata = f.code.clone();
            self.push_frame(
                cdata,
                new_base,
                globals,
                None,
                Some(fobj.clone()),
                base + usize::from(dst),
                false,
            );
            return Ok(None);
        }
        // Native or other callables.
        let npos = nargs - nkw;
        let args: Vec<Value> = self
            .stack
            .get(first_arg..first_arg + npos)
            .unwrap_or(&[])
            .to_vec();
        let kw: Vec<(Value, Value)> = match &kwnames {
            Some(names) => names
                .iter()
                .cloned()
                .zip(
                    self.stack
                        .get(first_arg + npos..first_arg + nargs)
                        .unwrap_or(&[])
                        .iter()
                        .cloned(),
                )
                .collect(),
            None => Vec::new(),
        };
        if let Some(cur) = self.frames.last_mut() {
            cur.ip = ip;
            cur.lasti = ip.saturating_sub(1);
        }
        let r = self.call(&callee, &args, &kw);
        // Drop the argument temporaries now, as CPython pops them (finalizers run on time).
        drop(args);
        drop(kw);
        let extra = usize::from(kwnames.is_some()) + 1;
        let end = (first_arg + nargs + extra).min(fr + WINDOW - 8);
        let mut any_obj = false;
        if let Some(w) = self.stack.get_mut(fr + 1..end) {
            for v in w {
                any_obj |= matches!(v, Value::Obj(_));
                *v = Value::Unbound;
            }
        }
        if any_obj {
            self.run_finalizers();
        }
        r.map(Some)
    }

    fn call_ex(&mut self, f: &Value, args: &Value, kwargs: Option<&Value>) -> PyResult<Value> {
        // CPython merges the `**` mapping before it turns the `*` iterable into a tuple, so
        // a bad mapping is reported first.
        let mut kw = Vec::new();
        if let Some(k) = kwargs {
            match k.payload() {
                Some(Payload::Dict(_)) => {
                    if let Value::Obj(d) = k {
                        for (key, v) in self.dict_items(d) {
                            if key.as_pystr().is_none() {
                                // CPython 3.12 names no function here.
                                return Err(type_error("keywords must be strings"));
                            }
                            kw.push((key, v));
                        }
                    }
                }
                _ => {
                    let d = crate::vm::fresh_dict();
                    let dv = Value::Obj(d.clone());
                    let name = self.callable_name(f);
                    self.dict_merge(&dv, k, &name)?;
                    kw = self.dict_items(&d);
                    if kw.iter().any(|(key, _)| key.as_pystr().is_none()) {
                        return Err(type_error("keywords must be strings"));
                    }
                }
            }
        }
        let a = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => match self.collect_iter(args) {
                Ok(v) => v,
                Err(e) if e.matches(&types().type_error) && !crate::builtins::is_iterable(args) => {
                    return Err(type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(f),
                        type_name_of(args)
                    )))
                }
                Err(e) => return Err(e),
            },
        };
        self.call(f, &a, &kw)
    }

    /// `f()` for messages: the qualified name of a function, else `type()`-ish text.
    pub(crate) fn callable_name(&self, f: &Value) -> String {
        match f.payload() {
            Some(Payload::Function(func)) => {
                // CPython's `_PyObject_FunctionStr`: `module.qualname()` outside builtins.
                let q = func
                    .qualname
                    .borrow()
                    .as_pystr()
                    .map(|s| s.to_rust().into_owned())
                    .unwrap_or_default();
                match func
                    .module
                    .borrow()
                    .as_pystr()
                    .map(|m| m.to_rust().into_owned())
                {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(Payload::BoundMethod { func, .. }) => self.callable_name(func),
            Some(Payload::Builtin(b)) => match &b.owner {
                Some(o) => format!("{}.{}()", o, b.name),
                None => format!("{}()", b.name),
            },
            Some(Payload::Type(t)) => format!("{}()", t.name),
            _ => format!("{} object", type_name_of(f)),
        }
    }

    fn callee_name_for_merge(&self, base: usize, map: u8) -> String {
        // The compiler builds a call's keyword dict two registers above the callable
        // (`f`, positional tuple, keyword dict), so the callee is found there; the name is only
        // used in error messages.
        match usize::from(map).checked_sub(2) {
            Some(off) => match self.stack.get(base + off) {
                Some(f) => self.callable_name(&f.clone()),
                None => String::new(),
            },
            None => String::new(),
        }
    }

    /// `{**a, **b}` in a call: duplicate keys are errors.
    fn dict_merge(&mut self, map: &Value, src: &Value, fname: &str) -> PyResult<()> {
        let Value::Obj(d) = map else { return Ok(()) };
        let items = match src.payload() {
            Some(Payload::Dict(_)) => match src {
                Value::Obj(s) => self.dict_items(s),
                _ => Vec::new(),
            },
            _ => {
                if lookup(type_of(src), "keys").is_none() {
                    return Err(type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        if fname.is_empty() {
                            "function".to_string()
                        } else {
                            fname.to_string()
                        },
                        type_name_of(src)
                    )));
                }
                let keys = self.call_method(src, "keys", &[])?;
                let mut out = Vec::new();
                for k in self.collect_iter(&keys)? {
                    let v = self.getitem(src, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if self.dict_get(d, &k)?.is_some() {
                let ks = k
                    .as_pystr()
                    .map(|s| s.to_rust().into_owned())
                    .unwrap_or_default();
                return Err(type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    if fname.is_empty() {
                        "function".to_string()
                    } else {
                        fname.to_string()
                    },
                    ks
                )));
            }
            self.dict_set(d, k, v)?;
        }
        Ok(())
    }

    // ----- raising --------------------------------------------------------------------------

    /// The exception object for `raise x [from c]`.
    fn make_raise(&mut self, x: &Value, cause: Option<&Value>) -> PyResult<PyErr> {
        let e = self.exception_instance(x, "exceptions must derive from BaseException")?;
        if let Some(c) = cause {
            let cv = if c.is(&Value::None) {
                Value::None
            } else {
                self.exception_instance(c, "exception causes must derive from BaseException")?
                    .value()
            };
            if let Some(st) = e.state() {
                let mut st = st.borrow_mut();
                st.cause = cv;
                st.suppress_context = true;
            }
        }
        // `raise e` sets the context even for an exception raised before.
        if let Some(st) = e.state() {
            if !st.borrow().traceback.is_empty() {
                st.borrow_mut().context = Value::None;
            }
        }
        self.set_context(&e);
        Ok(e)
    }

    /// An exception instance from a class or an instance.
    pub(crate) fn exception_instance(&mut self, x: &Value, msg: &str) -> PyResult<PyErr> {
        match x {
            Value::Obj(o) if matches!(o.payload, Payload::Exception(_)) => Ok(PyErr(o.clone())),
            Value::Obj(o) if o.as_type().is_some() && is_subtype(o, &types().base_exception) => {
                let v = self.call(x, &[], &[])?;
                match v {
                    Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => Ok(PyErr(e)),
                    other => Err(type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        crate::repr::builtin_repr_fast(x).unwrap_or_else(|| type_name_of(x)),
                        type_name_of(&other)
                    ))),
                }
            }
            _ => Err(type_error(msg.to_string())),
        }
    }

    // ----- unpacking --------------------------------------------------------------------------

    fn unpack(&mut self, x: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match x.payload() {
            Some(Payload::Tuple(t)) => Some(t.to_vec()),
            Some(Payload::List(l)) => Some(l.borrow().clone()),
            _ => None,
        };
        if let Some(items) = items {
            return match items.len().cmp(&n) {
                std::cmp::Ordering::Equal => Ok(items),
                std::cmp::Ordering::Less => Err(value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                ))),
                std::cmp::Ordering::Greater => Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                ))),
            };
        }
        let it = match self.iter(x) {
            Ok(it) => it,
            Err(e) if e.matches(&types().type_error) && !crate::builtins::is_iterable(x) => {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name_of(x)
                )))
            }
            Err(e) => return Err(e),
        };
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    )))
                }
            }
        }
        if self.next(&it)?.is_some() {
            return Err(value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        Ok(out)
    }

    fn unpack_ex(&mut self, x: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = match self.collect_iter(x) {
            Ok(v) => v,
            Err(e) if e.matches(&types().type_error) && !crate::builtins::is_iterable(x) => {
                return Err(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    type_name_of(x)
                )))
            }
            Err(e) => return Err(e),
        };
        if items.len() < before + after {
            return Err(value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        let mid_end = items.len() - after;
        let mut it = items.into_iter();
        for _ in 0..before {
            out.push(it.next().unwrap_or(Value::None));
        }
        let middle: Vec<Value> = it.by_ref().take(mid_end - before).collect();
        out.push(self.new_list(middle));
        out.extend(it);
        Ok(out)
    }

    // ----- formatting ---------------------------------------------------------------------

    fn format_value(&mut self, x: &Value, conv: u8, spec: Option<&Value>) -> PyResult<Value> {
        let v = match conv {
            1 => self.str(x)?,
            2 => self.repr(x)?,
            3 => {
                let r = self.repr_string(x)?;
                Value::str(&ascii_escape(&r))
            }
            _ => x.clone(),
        };
        let spec = spec.cloned().unwrap_or_else(|| Value::str(""));
        self.format(&v, &spec)
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &Value) -> PyResult<Value> {
        let empty = spec.as_pystr().is_some_and(PyStr::is_empty);
        if empty {
            if let Some(Payload::Str(_)) = v.payload() {
                if !type_of(v).as_type().is_some_and(|t| t.heap) {
                    return Ok(v.clone());
                }
            }
            if !matches!(v, Value::Obj(_)) {
                return self.str(v);
            }
        }
        match self.call_dunder(v, "__format__", std::slice::from_ref(spec))? {
            Some(r) => {
                if r.as_pystr().is_none() {
                    return Err(type_error(format!(
                        "__format__ must return a str, not {}",
                        type_name_of(&r)
                    )));
                }
                Ok(r)
            }
            None => self.str(v),
        }
    }

    // ----- with -----------------------------------------------------------------------------

    fn before_with(&mut self, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let cls = type_of(mgr).clone();
        let (enter_n, exit_n) = if is_async {
            ("__aenter__", "__aexit__")
        } else {
            ("__enter__", "__exit__")
        };
        let enter = lookup(&cls, enter_n);
        let exit = lookup(&cls, exit_n);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let what = if is_async {
                "asynchronous context manager"
            } else {
                "context manager"
            };
            let missing = if lookup(&cls, enter_n).is_none() {
                ""
            } else {
                " (missed __exit__ method)"
            };
            let _ = missing;
            let extra = if lookup(&cls, enter_n).is_some() {
                format!(" (missed {exit_n} method)")
            } else {
                String::new()
            };
            return Err(type_error(format!(
                "'{}' object does not support the {} protocol{}",
                type_name_of(mgr),
                what,
                extra
            )));
        };
        let exit_b = self.bind(&exit, mgr, &cls)?;
        let enter_b = self.bind(&enter, mgr, &cls)?;
        let entered = self.call(&enter_b, &[], &[])?;
        let entered = if is_async {
            self.get_awaitable(&entered, 1)?
        } else {
            entered
        };
        Ok((exit_b, entered))
    }

    // ----- generators ---------------------------------------------------------------------

    /// [`Self::run_finalizers`] from inside the eval loop, whose current instruction (just
    /// before `ip`) is recorded first so a warning names the line being executed.
    fn run_finalizers_at(&mut self, ip: usize) {
        if !crate::object::FINALIZE_PENDING.load(std::sync::atomic::Ordering::Relaxed) {
            return;
        }
        if let Some(f) = self.frames.last_mut() {
            f.lasti = ip.saturating_sub(1);
        }
        self.run_finalizers();
    }

    /// Runs the Python code that objects' deaths queued (see `object::Pending`): closes
    /// generators that died suspended inside `try`/`with`, calls `__del__` methods and weak
    /// reference callbacks. Exceptions they raise are reported and ignored, as CPython does.
    pub(crate) fn run_finalizers(&mut self) {
        if !crate::object::FINALIZE_PENDING.load(std::sync::atomic::Ordering::Relaxed) {
            return;
        }
        crate::object::FINALIZE_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
        while let Some(next) = crate::object::pop_pending() {
            let saved = self.handled.clone();
            match next {
                crate::object::Pending::CloseGenerator(g) => self.finalize_generator(&g),
                crate::object::Pending::Del(o) => {
                    let cls = o.class().clone();
                    if let Some(del) = crate::objects::typeobj::lookup(&cls, "__del__") {
                        let ov = Value::Obj(o.clone());
                        let r = self
                            .bind(&del, &ov, &cls)
                            .and_then(|m| self.call(&m, &[], &[]));
                        if let Err(e) = r {
                            self.report_unraisable("Exception ignored in", &del, &e);
                        }
                    }
                    drop(o);
                }
                crate::object::Pending::Callback(cb, r) => {
                    if let Err(e) = self.call(&cb, &[Value::Obj(r)], &[]) {
                        self.report_unraisable("Exception ignored in", &cb, &e);
                    }
                }
            }
            self.handled = saved;
        }
    }

    /// A generator that died unfinished: its finalizer hook (asyncgen hooks), the "never
    /// awaited" warning of a coroutine, or `close()` so its `finally` clauses run.
    fn finalize_generator(&mut self, g: &Obj) {
        let unawaited = match &g.payload {
            Payload::Generator(st) => {
                let st = st.borrow();
                st.status == GenStatus::Created && st.code.code.flags & flags::COROUTINE != 0
            }
            _ => false,
        };
        let hook = match &g.payload {
            Payload::Generator(st) => {
                let mut st = st.borrow_mut();
                if st.status == GenStatus::Finished {
                    None
                } else {
                    // `Unbound`: the hook ran (it is not called again, nor is the
                    // generator closed when it dies for good).
                    st.finalizer
                        .replace(Value::Unbound)
                        .filter(|f| !matches!(f, Value::None | Value::Unbound))
                }
            }
            _ => None,
        };
        if let Some(hook) = hook {
            // CPython's _PyGen_Finalize: the hook (asyncio schedules `aclose()`); errors
            // are unraisable.
            let _ = self.call(&hook, &[Value::Obj(g.clone())], &[]);
            return;
        }
        if unawaited {
            if let Payload::Generator(st) = &g.payload {
                st.borrow_mut().status = GenStatus::Finished;
            }
            // Best effort, as CPython's unraisable hook: a failing warning is dropped.
            let _ = self.warn_unawaited(g);
            return;
        }
        let _ = self.gen_close(g);
        if let Payload::Generator(st) = &g.payload {
            st.borrow_mut().status = GenStatus::Finished;
        }
    }

    /// Prints "`what`: repr(obj)" and the traceback of `e` on stderr: CPython's report of an
    /// exception nothing can catch (in `__del__`, a weakref callback, an atexit function).
    pub(crate) fn report_unraisable(&mut self, what: &str, obj: &Value, e: &PyErr) {
        if let Some(hook) = self.sys_attr("unraisablehook") {
            // A program's own `sys.unraisablehook` gets CPython's UnraisableHookArgs fields.
            let ns =
                crate::import::import_module_level(self, "types", &Value::None, &Value::None, 0)
                    .and_then(|t| self.getattr_str(&t, "SimpleNamespace"));
            if let Ok(ns) = ns {
                let exc = e.value();
                let tb = self
                    .getattr_str(&exc, "__traceback__")
                    .unwrap_or(Value::None);
                let kw =
                    vec![
                        (
                            Value::str("exc_type"),
                            Value::Obj(exc.as_obj().map_or_else(
                                || types().base_exception.clone(),
                                |o| o.class().clone(),
                            )),
                        ),
                        (Value::str("exc_value"), exc.clone()),
                        (Value::str("exc_traceback"), tb),
                        // None stands for the default "Exception ignored in" wording.
                        (
                            Value::str("err_msg"),
                            if what == "Exception ignored in" {
                                Value::None
                            } else {
                                Value::str(what)
                            },
                        ),
                        (Value::str("object"), obj.clone()),
                    ];
                let r = self
                    .call(&ns, &[], &kw)
                    .and_then(|args| self.call(&hook, &[args], &[]));
                if r.is_ok() {
                    return;
                }
            }
        }
        self.flush_stdout();
        let r = self
            .repr_string(obj)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        let text = crate::traceback::format_exception(self, e);
        let _ = self.print_to_stderr(&format!("{what}: {r}\n{text}"));
    }

    /// Saves the innermost (generator) frame's state after a `Yield`.
    fn suspend_generator(&mut self, ip: usize) {
        let Some(f) = self.frames.pop() else { return };
        let n = usize::from(f.code.code.nregisters);
        let regs: Vec<Value> = match self.stack.get_mut(f.base..f.base + n) {
            Some(w) => w.iter_mut().map(std::mem::take).collect(),
            None => Vec::new(),
        };
        if let Some(g) = &f.generator {
            if let Payload::Generator(st) = &g.payload {
                let mut st = st.borrow_mut();
                st.regs = regs.into_boxed_slice();
                st.ip = ip;
                st.status = GenStatus::Suspended;
                st.handled = std::mem::replace(&mut self.handled, f.saved_handled.clone());
            }
        }
    }

    fn finish_generator(&mut self, g: &Obj, f: &Frame) {
        if let Payload::Generator(st) = &g.payload {
            let mut st = st.borrow_mut();
            st.status = GenStatus::Finished;
            st.regs = Box::new([]);
            st.handled = Value::None;
        }
        self.handled = f.saved_handled.clone();
    }

    fn gen_resume(&mut self, g: &Obj, how: Resume) -> PyResult<GenResult> {
        let Payload::Generator(cell) = &g.payload else {
            return Err(type_error("not a generator"));
        };
        let is_coro = cell.borrow().code.code.flags & flags::COROUTINE != 0;
        let status = cell.borrow().status;
        match status {
            GenStatus::Running => {
                return Err(value_error(if is_coro {
                    "coroutine already executing"
                } else {
                    "generator already executing"
                }))
            }
            GenStatus::Finished => {
                return match how {
                    // `close()` never gets here; a finished coroutine refuses even a throw.
                    _ if is_coro => Err(crate::error::runtime_error(
                        "cannot reuse already awaited coroutine",
                    )),
                    Resume::Throw(e) => Err(e),
                    _ => Ok(GenResult::Returned(Value::None)),
                };
            }
            GenStatus::Created => match &how {
                Resume::Send(v) if !v.is(&Value::None) => {
                    let is_agen = cell.borrow().code.code.flags & flags::ASYNC_GENERATOR != 0;
                    return Err(type_error(if is_coro {
                        "can't send non-None value to a just-started coroutine"
                    } else if is_agen {
                        "can't send non-None value to a just-started async generator"
                    } else {
                        "can't send non-None value to a just-started generator"
                    }));
                }
                Resume::Throw(_) => {
                    let mut st = cell.borrow_mut();
                    st.status = GenStatus::Finished;
                    st.regs = Box::new([]);
                    drop(st);
                    if let Resume::Throw(e) = how {
                        if let Some(es) = e.state() {
                            let (code, ip) = {
                                let st = cell.borrow();
                                (st.code.clone(), 0)
                            };
                            if !code.hidden.get() {
                                es.borrow_mut().traceback.push(TbEntry { code, ip });
                            }
                        }
                        return Err(e);
                    }
                    return Err(system_error("unreachable"));
                }
                _ => {}
            },
            GenStatus::Suspended => {}
        }
        // Delegation: a throw into a generator suspended in `yield from` goes to the inner one.
        let mut how = how;
        if let Resume::Throw(e) = &how {
            let (ip, code) = {
                let st = cell.borrow();
                (st.ip, st.code.clone())
            };
            if let Some(Instr::YieldFrom { dst, iter }) = ip
                .checked_sub(1)
                .and_then(|i| code.code.instructions.get(i))
                .copied()
            {
                let sub = cell
                    .borrow()
                    .regs
                    .get(usize::from(iter))
                    .cloned()
                    .unwrap_or(Value::None);
                let e = e.clone();
                if e.matches(&types().generator_exit) {
                    // Close the delegate, then raise GeneratorExit here.
                    self.close_delegate(&sub)?;
                } else {
                    match self.throw_into(&sub, &e) {
                        Ok(Some(GenResult::Yielded(v))) => return Ok(GenResult::Yielded(v)),
                        Ok(Some(GenResult::Returned(r))) => {
                            let mut st = cell.borrow_mut();
                            if let Some(slot) = st.regs.get_mut(usize::from(dst)) {
                                *slot = r;
                            }
                            drop(st);
                            how = Resume::Continue;
                        }
                        Ok(None) => {}
                        Err(err) => how = Resume::Throw(err),
                    }
                }
            }
        }
        let (code, ip, regs, globals, func) = {
            let mut st = cell.borrow_mut();
            st.status = GenStatus::Running;
            (
                st.code.clone(),
                st.ip,
                std::mem::take(&mut st.regs),
                st.globals.clone(),
                st.func.clone(),
            )
        };
        self.check_recursion().inspect_err(|_| {
            let mut st = cell.borrow_mut();
            st.status = GenStatus::Suspended;
        })?;
        let base = self.stack_top();
        self.ensure_stack(base);
        let n = usize::from(code.code.nregisters);
        let nregs = regs.len();
        for (i, v) in regs.into_vec().into_iter().enumerate() {
            self.stack[base + i] = v;
        }
        for i in nregs..n {
            self.stack[base + i] = Value::Unbound;
        }
        let mut ip = ip;
        let mut pending = None;
        match how {
            Resume::Send(v) => {
                if status == GenStatus::Suspended {
                    match ip
                        .checked_sub(1)
                        .and_then(|i| code.code.instructions.get(i))
                        .copied()
                    {
                        Some(Instr::Yield { dst, .. }) => self.stack[base + usize::from(dst)] = v,
                        Some(Instr::YieldFrom { dst, .. }) => {
                            self.stack[base + usize::from(dst)] = v;
                            ip -= 1;
                        }
                        _ => {}
                    }
                }
            }
            Resume::Continue => {}
            Resume::Throw(e) => pending = Some(e),
        }
        let saved = self.handled.clone();
        let gen_handled = cell.borrow().handled.clone();
        if !gen_handled.is(&Value::None) {
            self.handled = gen_handled;
        }
        let frame = Frame {
            code,
            ip,
            lasti: ip.saturating_sub(1),
            base,
            globals,
            locals: None,
            func,
            ret_slot: 0,
            entry: true,
            generator: Some(g.clone()),
            saved_handled: saved,
            locals_cache: None,
        };
        self.frames.push(frame);
        self.yielded = false;
        let r = self.run(pending);
        let y = std::mem::take(&mut self.yielded);
        match r {
            Ok(v) if y => Ok(GenResult::Yielded(v)),
            Ok(v) => Ok(GenResult::Returned(v)),
            Err(e) => Err(e),
        }
    }

    /// Sends into a `yield from` delegate.
    fn delegate_send(&mut self, it: &Value, v: Value) -> PyResult<GenResult> {
        if let Value::Obj(g) = it {
            if matches!(g.payload, Payload::Generator(_)) {
                let g = g.clone();
                return self.gen_resume(&g, Resume::Send(v));
            }
        }
        let r = if v.is(&Value::None) && matches!(it.payload(), Some(Payload::Iter(_))) {
            match self.next(it) {
                Ok(Some(x)) => return Ok(GenResult::Yielded(x)),
                Ok(None) => return Ok(GenResult::Returned(Value::None)),
                Err(e) => Err(e),
            }
        } else if v.is(&Value::None) {
            // `__next__` itself: the value of its StopIteration is the result of the
            // `await`/`yield from` (an async generator's asend awaitable relies on it).
            match self.call_dunder(it, "__next__", &[]) {
                Ok(Some(x)) => Ok(x),
                Ok(None) => Err(type_error(format!(
                    "'{}' object is not an iterator",
                    type_name_of(it)
                ))),
                Err(e) => Err(e),
            }
        } else {
            self.call_method(it, "send", &[v])
        };
        match r {
            Ok(x) => Ok(GenResult::Yielded(x)),
            Err(e) if e.matches(&types().stop_iteration) => {
                let val = self.getattr_str(&e.value(), "value").unwrap_or(Value::None);
                Ok(GenResult::Returned(val))
            }
            Err(e) => Err(e),
        }
    }

    /// Throws into a delegate; `Ok(None)` when it has no `throw` (raise in the outer one).
    fn throw_into(&mut self, sub: &Value, e: &PyErr) -> PyResult<Option<GenResult>> {
        if let Value::Obj(g) = sub {
            if matches!(g.payload, Payload::Generator(_)) {
                let g = g.clone();
                return match self.gen_resume(&g, Resume::Throw(e.clone())) {
                    Ok(r) => Ok(Some(r)),
                    Err(err) if err.matches(&types().stop_iteration) => {
                        let val = self
                            .getattr_str(&err.value(), "value")
                            .unwrap_or(Value::None);
                        Ok(Some(GenResult::Returned(val)))
                    }
                    Err(err) => Err(err),
                };
            }
        }
        let Some(t) = self.getattr_opt(sub, "throw")? else {
            return Ok(None);
        };
        match self.call(&t, &[e.value()], &[]) {
            Ok(v) => Ok(Some(GenResult::Yielded(v))),
            Err(err) if err.matches(&types().stop_iteration) => {
                let val = self
                    .getattr_str(&err.value(), "value")
                    .unwrap_or(Value::None);
                Ok(Some(GenResult::Returned(val)))
            }
            Err(err) => Err(err),
        }
    }

    fn close_delegate(&mut self, sub: &Value) -> PyResult<()> {
        if let Value::Obj(g) = sub {
            if matches!(g.payload, Payload::Generator(_)) {
                let g = g.clone();
                return self.gen_close(&g);
            }
        }
        if let Some(c) = self.getattr_opt(sub, "close")? {
            self.call(&c, &[], &[])?;
        }
        Ok(())
    }

    /// Resumes async generator `g` for one of its `asend`/`athrow` awaitables (`throw`:
    /// raise that exception at the suspension point instead of sending `v`). A suspension at a
    /// `yield` is a value for the consumer; one inside `await` passes through to the driver.
    pub(crate) fn agen_resume(
        &mut self,
        g: &Obj,
        v: Value,
        throw: Option<PyErr>,
    ) -> PyResult<AgenStep> {
        let how = match throw {
            Some(e) => Resume::Throw(e),
            None => Resume::Send(v),
        };
        match self.gen_resume(g, how)? {
            GenResult::Returned(_) => Ok(AgenStep::Done),
            GenResult::Yielded(x) => {
                let at_yield = match &g.payload {
                    Payload::Generator(st) => {
                        let st = st.borrow();
                        matches!(
                            st.ip
                                .checked_sub(1)
                                .and_then(|i| st.code.code.instructions.get(i)),
                            Some(Instr::Yield { .. })
                        )
                    }
                    _ => true,
                };
                Ok(if at_yield {
                    AgenStep::Value(x)
                } else {
                    AgenStep::Await(x)
                })
            }
        }
    }

    /// `gen.throw(exc)`'s conversion of its argument to an exception.
    pub(crate) fn throw_arg(&mut self, exc: &Value) -> PyResult<PyErr> {
        self.exception_instance(
            exc,
            "exceptions must be classes or instances deriving from BaseException, not type",
        )
        .map_err(|_| {
            type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                type_name_of(exc)
            ))
        })
    }

    /// `gen.send(v)`.
    pub fn gen_send(&mut self, g: &Obj, v: Value) -> PyResult<Value> {
        match self.gen_resume(g, Resume::Send(v))? {
            GenResult::Yielded(x) => Ok(x),
            GenResult::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// `gen.throw(exc)` with the exception already made.
    pub(crate) fn gen_throw_err(&mut self, g: &Obj, e: PyErr) -> PyResult<Value> {
        match self.gen_resume(g, Resume::Throw(e))? {
            GenResult::Yielded(x) => Ok(x),
            GenResult::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// `warnings._warn_unawaited_coroutine(coro)`: the RuntimeWarning for a coroutine object
    /// that died without ever running.
    fn warn_unawaited(&mut self, coro: &Obj) -> PyResult<()> {
        let m =
            crate::import::import_module_level(self, "warnings", &Value::None, &Value::None, 0)?;
        let w = self.getattr_str(&m, "_warn_unawaited_coroutine")?;
        self.call(&w, &[Value::Obj(coro.clone())], &[])?;
        Ok(())
    }

    /// Issues `warnings.warn(msg, category)` on behalf of the running Python code: pyvm's
    /// `lib/warnings.py` applies the filters and finds the caller's line itself (native calls
    /// push no frame, so stack level 1 is the Python code that called into the VM).
    pub(crate) fn warn(&mut self, category: &Obj, msg: &str) -> PyResult<()> {
        let m =
            crate::import::import_module_level(self, "warnings", &Value::None, &Value::None, 0)?;
        let w = self.getattr_str(&m, "warn")?;
        self.call(&w, &[Value::str(msg), Value::Obj(category.clone())], &[])?;
        Ok(())
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Obj) -> PyResult<()> {
        let Payload::Generator(cell) = &g.payload else {
            return Ok(());
        };
        let status = cell.borrow().status;
        if matches!(status, GenStatus::Created | GenStatus::Finished) {
            let mut st = cell.borrow_mut();
            st.status = GenStatus::Finished;
            st.regs = Box::new([]);
            return Ok(());
        }
        let e = PyErr::with_args(&types().generator_exit, Vec::new());
        match self.gen_resume(g, Resume::Throw(e)) {
            Ok(GenResult::Yielded(_)) => Err(crate::error::runtime_error(
                "generator ignored GeneratorExit",
            )),
            Ok(GenResult::Returned(_)) => Ok(()),
            Err(e) if e.matches(&types().generator_exit) || e.matches(&types().stop_iteration) => {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `next(gen)`: `Ok(None)` when the generator finishes.
    pub(crate) fn gen_resume_for_next(&mut self, g: &Obj) -> PyResult<Option<Value>> {
        match self.gen_resume(g, Resume::Send(Value::None))? {
            GenResult::Yielded(x) => Ok(Some(x)),
            GenResult::Returned(_) => Ok(None),
        }
    }

    fn get_awaitable(&mut self, x: &Value, kind: u8) -> PyResult<Value> {
        if let Some(Payload::Generator(st)) = x.payload() {
            if st.borrow().code.code.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) != 0 {
                return Ok(x.clone());
            }
        }
        match self.call_dunder(x, "__await__", &[])? {
            Some(it) => {
                if matches!(it.payload(), Some(Payload::Generator(s)) if s.borrow().code.code.flags & flags::COROUTINE != 0) {
                    // The refused coroutine dies here (its "never awaited" warning names
                    // this line, as in CPython).
                    drop(it);
                    self.run_finalizers();
                    return Err(type_error("__await__() returned a coroutine"));
                }
                if !matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                    && lookup(type_of(&it), "__next__").is_none()
                {
                    return Err(type_error(format!(
                        "__await__() returned non-iterator of type '{}'",
                        type_name_of(&it)
                    )));
                }
                Ok(it)
            }
            None => Err(type_error(match kind {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    type_name_of(x)
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    type_name_of(x)
                ),
                _ => format!(
                    "object {} can't be used in 'await' expression",
                    type_name_of(x)
                ),
            })),
        }
    }

    // ----- classes --------------------------------------------------------------------------

    /// `__build_class__(func, name, *bases, metaclass=None, **kw)`.
    pub(crate) fn build_class(&mut self, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        let (Some(func), Some(name)) = (args.first(), args.get(1)) else {
            return Err(type_error("__build_class__: not enough arguments"));
        };
        let Some(Payload::Function(f)) = func.payload() else {
            return Err(type_error("__build_class__: func must be a function"));
        };
        let Some(name_s) = name.as_pystr().map(|s| s.to_rust().into_owned()) else {
            return Err(type_error("__build_class__: name is not a string"));
        };
        let orig_bases: Vec<Value> = args.get(2..).unwrap_or(&[]).to_vec();
        // __mro_entries__
        let mut bases_v = Vec::with_capacity(orig_bases.len());
        let mut changed = false;
        for b in &orig_bases {
            if b.payload().is_some_and(|p| matches!(p, Payload::Type(_))) {
                bases_v.push(b.clone());
                continue;
            }
            match self.getattr_opt(b, "__mro_entries__")? {
                Some(m) => {
                    let t = self.new_tuple(orig_bases.clone());
                    let r = self.call(&m, &[t], &[])?;
                    bases_v.extend(self.collect_iter(&r)?);
                    changed = true;
                }
                None => bases_v.push(b.clone()),
            }
        }
        let mut meta: Option<Value> = None;
        let mut rest_kw: Vec<(Value, Value)> = Vec::new();
        for (k, v) in kw {
            if k.as_pystr().is_some_and(|s| s.eq_str("metaclass")) {
                meta = Some(v.clone());
            } else {
                rest_kw.push((k.clone(), v.clone()));
            }
        }
        let bases_objs: Vec<Obj> = bases_v.iter().filter_map(|b| b.as_obj().cloned()).collect();
        let meta = match meta {
            Some(m) => {
                if let Value::Obj(mo) = &m {
                    if mo.as_type().is_some() {
                        Value::Obj(self.calculate_meta(mo, &bases_objs)?)
                    } else {
                        m
                    }
                } else {
                    m
                }
            }
            None => {
                // CPython starts from the class of the first base, whatever it is.
                let classes: Vec<Obj> = bases_v.iter().map(|b| type_of(b).clone()).collect();
                let first = classes
                    .first()
                    .cloned()
                    .unwrap_or_else(|| types().type_.clone());
                Value::Obj(self.calculate_meta_of(&first, &classes)?)
            }
        };
        let bases_tuple = self.new_tuple(bases_v.clone());
        let ns = match self.getattr_opt(&meta, "__prepare__")? {
            Some(p) => self.call(&p, &[name.clone(), bases_tuple.clone()], &rest_kw)?,
            None => self.new_dict(),
        };
        if !matches!(ns.payload(), Some(Payload::Dict(_)))
            && lookup(type_of(&ns), "__getitem__").is_none()
        {
            return Err(type_error(format!(
                "{}.__prepare__() must return a mapping, not {}",
                match meta.payload() {
                    Some(Payload::Type(t)) => t.name.to_string(),
                    _ => "<metaclass>".into(),
                },
                type_name_of(&ns)
            )));
        }
        let fobj = func.as_obj().cloned();
        let cell =
            self.run_code_with_locals(f.code.clone(), f.globals.clone(), ns.clone(), fobj)?;
        if changed {
            if let Value::Obj(d) = &ns {
                if matches!(d.payload, Payload::Dict(_)) {
                    let ob = self.new_tuple(orig_bases);
                    self.dict_set(d, Value::str("__orig_bases__"), ob)?;
                }
            }
        }
        let cls = self.call(&meta, &[Value::str(&name_s), bases_tuple, ns], &rest_kw)?;
        if let Some(Payload::Cell(c)) = cell.payload() {
            let empty = c.borrow().is_unbound();
            if empty {
                *c.borrow_mut() = cls.clone();
            }
        }
        Ok(cls)
    }

    /// `globals()` of the running frame.
    pub(crate) fn current_globals(&self) -> Value {
        match self.frames.last() {
            Some(f) => Value::Obj(f.globals.clone()),
            None => self.new_dict(),
        }
    }

    /// `locals()` of the running frame: the namespace of module/class code, a snapshot of the
    /// bound local variables in functions.
    pub(crate) fn current_locals(&mut self) -> PyResult<Value> {
        match self.frames.len().checked_sub(1) {
            Some(i) => self.locals_of_frame(i),
            None => Ok(self.new_dict()),
        }
    }

    /// `locals()` of frame `i` as CPython 3.12's `PyFrame_GetLocals` builds it. Module and class
    /// bodies: their namespace, or, inside an inlined comprehension, a copy of it with the
    /// comprehension's variables added. Functions: the frame's one locals dict, refreshed from
    /// the registers (an inlined comprehension's variables shadow the function's own).
    pub(crate) fn locals_of_frame(&mut self, i: usize) -> PyResult<Value> {
        let Some(f) = self.frames.get(i) else {
            return Ok(self.new_dict());
        };
        let code = f.code.clone();
        let base = f.base;
        let namespace = f.locals.clone();
        let cache = f.locals_cache.clone();
        let cell_value = |v: Value| match v.payload() {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => v,
        };
        // The comprehension variables in scope at the current instruction (inner ones last,
        // replacing outer ones of the same name).
        let mut comp: Vec<(Rc<str>, Value)> = Vec::new();
        for v in code.code.comp_locals_at(f.lasti) {
            let val = self
                .stack
                .get(base + usize::from(v.reg))
                .cloned()
                .unwrap_or(Value::Unbound);
            let val = if v.cell { cell_value(val) } else { val };
            match comp.iter_mut().find(|(n, _)| *n == v.name) {
                Some(slot) => slot.1 = val,
                None => comp.push((v.name.clone(), val)),
            }
        }
        if let Some(ns) = namespace {
            if comp.is_empty() {
                return Ok(ns);
            }
            let copy = crate::vm::fresh_dict();
            let items = match &ns {
                Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => self.dict_items(o),
                _ => {
                    let keys = self.call_method(&ns, "keys", &[])?;
                    let mut out = Vec::new();
                    for k in self.collect_iter(&keys)? {
                        let v = self.getitem(&ns, &k)?;
                        out.push((k, v));
                    }
                    out
                }
            };
            for (k, v) in items {
                self.dict_set(&copy, k, v)?;
            }
            for (n, v) in comp {
                if !v.is_unbound() {
                    self.dict_set(&copy, Value::str(&n), v)?;
                }
            }
            return Ok(Value::Obj(copy));
        }
        let d = cache.unwrap_or_else(crate::vm::fresh_dict);
        if let Some(f) = self.frames.get_mut(i) {
            f.locals_cache = Some(d.clone());
        }
        // Fast locals in `co_varnames` order, then cells that are not parameters and free
        // variables (their registers follow), then comprehension variables not named before.
        let first = code.code.varnames.len();
        let slots = code.code.varnames.iter().enumerate().map(|(j, n)| {
            let is_cell = code.code.cellvars.contains(n);
            (n.clone(), j, is_cell)
        });
        let extra = code
            .code
            .cellvars
            .iter()
            .filter(|c| !code.code.varnames.contains(c))
            .chain(code.code.freevars.iter())
            .enumerate()
            .map(|(j, n)| (n.clone(), first + j, true));
        let slots: Vec<(Rc<str>, usize, bool)> = slots.chain(extra).collect();
        for (name, reg, is_cell) in &slots {
            let v = match comp.iter().position(|(n, _)| n == name) {
                Some(k) => comp.swap_remove(k).1,
                None => {
                    let v = self
                        .stack
                        .get(base + reg)
                        .cloned()
                        .unwrap_or(Value::Unbound);
                    if *is_cell {
                        match v.payload() {
                            Some(Payload::Cell(c)) => c.borrow().clone(),
                            // A free variable's register always holds its cell.
                            _ if *reg >= first => Value::Unbound,
                            _ => v,
                        }
                    } else {
                        v
                    }
                }
            };
            self.sync_local(&d, name, v)?;
        }
        for (name, v) in comp {
            self.sync_local(&d, &name, v)?;
        }
        Ok(Value::Obj(d))
    }

    /// Sets `name` in a function's locals dict, or removes it when the variable is unbound.
    fn sync_local(&mut self, d: &crate::object::Obj, name: &str, v: Value) -> PyResult<()> {
        if !v.is_unbound() {
            self.dict_set(d, Value::str(name), v)
        } else if self.dict_get(d, &Value::str(name))?.is_some() {
            self.dict_remove(d, &Value::str(name)).map(drop)
        } else {
            Ok(())
        }
    }

    /// The `(type, obj)` of a zero-argument `super()`: the `__class__` cell and the first
    /// argument of the calling function.
    pub(crate) fn implicit_super_args(&mut self) -> PyResult<(Value, Value)> {
        let Some(f) = self.frames.last() else {
            return Err(crate::error::runtime_error("super(): no current frame"));
        };
        let code = f.code.clone();
        let base = f.base;
        if code.code.argcount == 0 && code.code.flags & flags::VARARGS == 0 {
            return Err(crate::error::runtime_error("super(): no arguments"));
        }
        let mut first = self.stack.get(base).cloned().unwrap_or(Value::Unbound);
        if code
            .code
            .varnames
            .first()
            .is_some_and(|n| code.code.cellvars.contains(n))
        {
            if let Some(Payload::Cell(c)) = first.payload() {
                let inner = c.borrow().clone();
                first = inner;
            }
        }
        if first.is_unbound() {
            return Err(crate::error::runtime_error("super(): arg[0] deleted"));
        }
        let Some(pos) = code.code.freevars.iter().position(|n| &**n == "__class__") else {
            return Err(crate::error::runtime_error(
                "super(): __class__ cell not found",
            ));
        };
        let ncells = code
            .code
            .cellvars
            .iter()
            .filter(|c| !code.code.varnames.contains(c))
            .count();
        let reg = code.code.varnames.len() + ncells + pos;
        let cls = match self.stack.get(base + reg).and_then(Value::payload) {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => Value::Unbound,
        };
        if cls.is_unbound() {
            return Err(crate::error::runtime_error("super(): empty __class__ cell"));
        }
        if cls.payload().is_none_or(|p| !matches!(p, Payload::Type(_))) {
            return Err(crate::error::runtime_error(
                "super(): __class__ is not a type",
            ));
        }
        Ok((cls, first))
    }

    // ----- imports --------------------------------------------------------------------------

    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let globals = self
            .frames
            .last()
            .map_or(Value::None, |f| Value::Obj(f.globals.clone()));
        // A program that replaced `builtins.__import__` gets its hook called, as in CPython.
        let hook = match &self.builtins.payload {
            Payload::Dict(d) => d.borrow().get_str("__import__").cloned(),
            _ => None,
        };
        if let Some(hook) = hook.filter(|h| {
            !matches!(h.payload(), Some(Payload::Builtin(b)) if b.name == "__import__" && b.owner.is_none())
        }) {
            let args = [
                Value::str(name),
                globals,
                Value::None,
                fromlist.clone(),
                level.clone(),
            ];
            return self.call(&hook, &args, &[]);
        }
        let level = match level {
            Value::Int(i) => *i,
            Value::Bool(b) => i64::from(*b),
            _ => 0,
        };
        crate::import::import_module_level(self, name, &globals, fromlist, level)
    }

    fn import_from(&mut self, m: &Value, name: &str) -> PyResult<Value> {
        crate::import::import_from(self, m, name)
    }

    fn import_star(&mut self, m: &Value, globals: &Obj) -> PyResult<()> {
        let locals = self
            .frame_locals()
            .unwrap_or_else(|| Value::Obj(globals.clone()));
        let Some(Payload::Module { dict, .. }) = m.payload() else {
            return Ok(());
        };
        let all = match &dict.payload {
            Payload::Dict(d) => d.borrow().get_str("__all__").cloned(),
            _ => None,
        };
        let items = self.dict_items(dict);
        match all {
            Some(a) => {
                for n in self.collect_iter(&a)? {
                    let ns = n
                        .as_pystr()
                        .map(|s| s.to_rust().into_owned())
                        .unwrap_or_default();
                    let v = self.getattr_str(m, &ns)?;
                    self.setitem(&locals, &n, Some(v))?;
                }
            }
            None => {
                for (k, v) in items {
                    if k.as_pystr().is_some_and(|s| !s.to_rust().starts_with('_')) {
                        self.setitem(&locals, &k, Some(v))?;
                    }
                }
            }
        }
        Ok(())
    }

    // ----- pattern matching -------------------------------------------------------------------

    fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Some(Payload::Tuple(ks)) = keys.payload() else {
            return Ok(Value::None);
        };
        let ks = ks.clone();
        let mut out = Vec::with_capacity(ks.len());
        let mut seen: Vec<Value> = Vec::new();
        for k in ks.iter() {
            for s in &seen {
                if self.eq(s, k)? {
                    let r = self.repr_string(k)?;
                    return Err(value_error(format!(
                        "mapping pattern checks duplicate key ({r})"
                    )));
                }
            }
            seen.push(k.clone());
            let v = match subject {
                Value::Obj(d)
                    if matches!(d.payload, Payload::Dict(_))
                        && !d.class().as_type().is_some_and(|t| t.heap) =>
                {
                    self.dict_get(d, k)?
                }
                _ => {
                    let sentinel = Value::Obj(Object::new(&types().object, Payload::Instance));
                    let r = self.call_method(subject, "get", &[k.clone(), sentinel.clone()])?;
                    if r.is(&sentinel) {
                        None
                    } else {
                        Some(r)
                    }
                }
            };
            match v {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(out))
    }

    fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        npos: usize,
        kw: &Value,
    ) -> PyResult<Value> {
        let Value::Obj(c) = cls else {
            return Err(type_error("called match pattern must be a class"));
        };
        if c.as_type().is_none() {
            return Err(type_error("called match pattern must be a class"));
        }
        if !self.isinstance(subject, cls)? {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        let cname = c.as_type().map(|t| t.name.to_string()).unwrap_or_default();
        if npos > 0 {
            let match_args = self.getattr_opt(cls, "__match_args__")?;
            match match_args {
                Some(ma) => {
                    let Some(Payload::Tuple(names)) = ma.payload() else {
                        return Err(type_error(format!(
                            "{}.__match_args__ must be a tuple (got {})",
                            cname,
                            type_name_of(&ma)
                        )));
                    };
                    let names = names.clone();
                    if npos > names.len() {
                        return Err(type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cname,
                            names.len(),
                            if names.len() == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                    for n in names.iter().take(npos) {
                        let Some(ns) = n.as_pystr().map(|s| s.to_rust().into_owned()) else {
                            return Err(type_error(format!(
                                "__match_args__ elements must be strings (got {})",
                                type_name_of(n)
                            )));
                        };
                        if seen.contains(&ns) {
                            return Err(type_error(format!(
                                "{cname}() got multiple sub-patterns for attribute '{ns}'"
                            )));
                        }
                        match self.getattr_opt(subject, &ns) {
                            Ok(Some(v)) => out.push(v),
                            Ok(None) => return Ok(Value::None),
                            Err(e) if e.matches(&types().attribute_error) => {
                                return Ok(Value::None)
                            }
                            Err(e) => return Err(e),
                        }
                        seen.push(ns);
                    }
                }
                None => {
                    let self_match = c.as_type().is_some_and(|t| {
                        use crate::objects::typeobj::Kind;
                        matches!(
                            t.kind,
                            Kind::Bool
                                | Kind::Bytes
                                | Kind::Dict
                                | Kind::Float
                                | Kind::FrozenSet
                                | Kind::Int
                                | Kind::List
                                | Kind::Set
                                | Kind::Str
                                | Kind::Tuple
                        )
                    });
                    if self_match && npos == 1 {
                        out.push(subject.clone());
                    } else {
                        let allowed = usize::from(self_match);
                        return Err(type_error(format!(
                            "{}() accepts {} positional sub-pattern{} ({} given)",
                            cname,
                            allowed,
                            if allowed == 1 { "" } else { "s" },
                            npos
                        )));
                    }
                }
            }
        }
        if let Some(Payload::Tuple(names)) = kw.payload() {
            for n in names.clone().iter() {
                let ns = n
                    .as_pystr()
                    .map(|s| s.to_rust().into_owned())
                    .unwrap_or_default();
                if seen.contains(&ns) {
                    return Err(type_error(format!(
                        "{cname}() got multiple sub-patterns for attribute '{ns}'"
                    )));
                }
                match self.getattr_opt(subject, &ns) {
                    Ok(Some(v)) => out.push(v),
                    Ok(None) => return Ok(Value::None),
                    Err(e) if e.matches(&types().attribute_error) => return Ok(Value::None),
                    Err(e) => return Err(e),
                }
                seen.push(ns);
            }
        }
        Ok(self.new_tuple(out))
    }

    // ----- running a program ------------------------------------------------------------------

    /// Runs a compiled module as `__main__` (with `__file__ = path`, `sys.argv = argv`),
    /// printing an uncaught exception as CPython does. Returns the process exit status.
    pub fn run_main(
        &mut self,
        code: Rc<pyvm_compiler::code::CodeObject>,
        path: &str,
        argv: &[String],
    ) -> ExitStatus {
        let argv_v: Vec<Value> = argv.iter().map(|a| Value::str(a)).collect();
        let l = self.new_list(argv_v);
        self.set_sys_attr("argv", l);
        let globals = crate::vm::fresh_dict();
        if let Payload::Dict(d) = &globals.payload {
            let mut d = d.borrow_mut();
            d.set_str("__name__", Value::str("__main__"));
            d.set_str("__doc__", Value::None);
            d.set_str("__package__", Value::None);
            d.set_str("__loader__", Value::None);
            d.set_str("__spec__", Value::None);
            d.set_str("__annotations__", self.new_dict());
            d.set_str("__builtins__", Value::Obj(self.builtins_module.clone()));
            if !path.is_empty() {
                d.set_str("__file__", Value::str(path));
                // A script run from source has no cached bytecode (CPython sets None too).
                d.set_str("__cached__", Value::None);
            }
        }
        let main_mod = Object::new(
            &types().module,
            Payload::Module {
                name: "__main__".into(),
                dict: globals.clone(),
            },
        );
        if let Payload::Dict(m) = &self.modules.payload {
            m.borrow_mut().set_str("__main__", Value::Obj(main_mod));
        }
        let data = CodeData::new(code);
        let r = self.run_code(data, globals.clone());
        let status = match r {
            Ok(_) => ExitStatus(0),
            Err(e) => self.handle_uncaught(e),
        };
        self.shutdown(&globals);
        self.flush_stdout();
        status
    }

    /// What CPython does after the main program, in its order: atexit functions (last
    /// registered first), then `__del__` of every object still reachable from the main
    /// module, in the order CPython's final collection finds them (breadth first from the
    /// module's namespace, list and tuple items last to first), then of garbage cycles.
    /// Weak reference callbacks do not run at exit (the weak references die too).
    fn shutdown(&mut self, globals: &Obj) {
        self.frames.clear();
        self.run_finalizers();
        self.run_atexit();
        let mut order: Vec<Obj> = Vec::new();
        let mut seen: std::collections::HashSet<usize> = std::collections::HashSet::new();
        // `(object, true)` stands for a class's namespace, one level below the class (it is
        // a separate dict object in CPython).
        let mut queue: std::collections::VecDeque<(Obj, bool)> = std::collections::VecDeque::new();
        queue.push_back((globals.clone(), false));
        seen.insert(Rc::as_ptr(globals) as usize);
        while let Some((o, namespace)) = queue.pop_front() {
            if namespace {
                if let Payload::Type(t) = &o.payload {
                    let vals: Vec<Value> =
                        t.dict.borrow().iter().map(|e| e.value.clone()).collect();
                    for v in vals {
                        if let Value::Obj(c) = v {
                            if seen.insert(Rc::as_ptr(&c) as usize) {
                                queue.push_back((c, false));
                            }
                        }
                    }
                }
                continue;
            }
            if matches!(o.payload, Payload::Type(_)) {
                queue.push_back((o.clone(), true));
            }
            if o.flags.get() & crate::object::FINALIZED == 0
                && o.class().as_type().is_some_and(|t| t.has_del.get())
            {
                order.push(o.clone());
            }
            let mut visit = |v: &Value| {
                if let Value::Obj(c) = v {
                    if seen.insert(Rc::as_ptr(c) as usize) {
                        queue.push_back((c.clone(), false));
                    }
                }
            };
            shutdown_edges(&o, &mut visit);
        }
        drop(queue);
        for o in order {
            if o.flags.get() & crate::object::FINALIZED != 0 {
                continue;
            }
            o.flags.set(o.flags.get() | crate::object::FINALIZED);
            let cls = o.class().clone();
            if let Some(del) = crate::objects::typeobj::lookup(&cls, "__del__") {
                let ov = Value::Obj(o.clone());
                let r = self
                    .bind(&del, &ov, &cls)
                    .and_then(|m| self.call(&m, &[], &[]));
                if let Err(e) = r {
                    self.report_unraisable("Exception ignored in", &del, &e);
                }
            }
            self.run_finalizers();
        }
        crate::modules::collect_garbage(self);
        // What dies from here on dies with the process: no more Python code.
        while crate::object::pop_pending().is_some() {}
    }

    /// Calls `atexit`'s registered functions, if the program imported it.
    fn run_atexit(&mut self) {
        let m = match &self.modules.payload {
            Payload::Dict(d) => d.borrow().get_str("atexit").cloned(),
            _ => None,
        };
        let Some(m) = m else { return };
        loop {
            let left = self
                .getattr_str(&m, "_ncallbacks")
                .and_then(|f| self.call(&f, &[], &[]));
            if !matches!(left, Ok(Value::Int(n)) if n > 0) {
                break;
            }
            let entry = self
                .getattr_str(&m, "_pop")
                .and_then(|f| self.call(&f, &[], &[]));
            let Ok(Value::Obj(t)) = entry else { break };
            let Payload::Tuple(parts) = &t.payload else {
                break;
            };
            let (Some(func), Some(args), Some(kwargs)) =
                (parts.first(), parts.get(1), parts.get(2))
            else {
                break;
            };
            if let Err(e) = self.call_ex(func, args, Some(kwargs)) {
                if !e.matches(&types().system_exit) {
                    self.report_unraisable("Exception ignored in atexit callback", func, &e);
                }
            }
            self.run_finalizers();
        }
    }

    /// Prints an uncaught exception (or handles `SystemExit`); returns the exit status.
    ///
    /// As CPython: the exception is recorded as `sys.last_exc` (and `last_type`, `last_value`,
    /// `last_traceback`) and handed to `sys.excepthook`, whose own failure is reported before
    /// the original exception; an uncaught `KeyboardInterrupt` ends the process by `SIGINT`.
    pub fn handle_uncaught(&mut self, e: PyErr) -> ExitStatus {
        self.frames.clear();
        if e.matches(&types().system_exit) {
            return self.system_exit_status(&e);
        }
        self.flush_stdout();
        let v = e.value();
        let cls = Value::Obj(type_of(&v).clone());
        let tb = self.getattr_str(&v, "__traceback__").unwrap_or(Value::None);
        self.set_sys_attr("last_exc", v.clone());
        self.set_sys_attr("last_type", cls.clone());
        self.set_sys_attr("last_value", v.clone());
        self.set_sys_attr("last_traceback", tb.clone());
        let status = if e.matches(&types().keyboard_interrupt) {
            ExitStatus::KEYBOARD_INTERRUPT
        } else {
            ExitStatus(1)
        };
        match self.sys_attr("excepthook") {
            None => {
                let _ = self.print_to_stderr("sys.excepthook is missing\n");
                self.print_exception_default(&v);
            }
            Some(hook) => {
                if let Err(he) = self.call(&hook, &[cls, v.clone(), tb], &[]) {
                    if he.matches(&types().system_exit) {
                        return self.system_exit_status(&he);
                    }
                    self.flush_stdout();
                    let _ = self.print_to_stderr("Error in sys.excepthook:\n");
                    self.print_exception_default(&he.value());
                    let _ = self.print_to_stderr("\nOriginal exception was:\n");
                    self.print_exception_default(&v);
                }
            }
        }
        self.flush_stdout();
        status
    }

    /// The exit status for an uncaught `SystemExit` (printing its message when it has one that
    /// is not an int).
    fn system_exit_status(&mut self, e: &PyErr) -> ExitStatus {
        let code = self.getattr_str(&e.value(), "code").unwrap_or(Value::None);
        match code {
            Value::None => ExitStatus(0),
            Value::Int(i) => ExitStatus(i as i32),
            Value::Bool(b) => ExitStatus(i32::from(b)),
            other => {
                let s = self.str_string(&other).unwrap_or_default();
                self.flush_stdout();
                let _ = self.print_to_stderr(&format!("{s}\n"));
                ExitStatus(1)
            }
        }
    }

    /// What the built-in `sys.excepthook` prints: `v` with its chain, its tracebacks cut to
    /// `sys.tracebacklimit`.
    pub(crate) fn print_exception_default(&mut self, v: &Value) {
        let limit = crate::traceback::sys_limit_innermost(self);
        let text = crate::traceback::format_exception_limited(self, v, limit, true, true);
        let _ = self.print_to_stderr(&text);
    }
}

/// The references the exit-time finalization walk follows from `o`, in the order CPython's
/// collector visits them (an instance's attributes as part of the instance, as 3.12 keeps
/// them inline; list and tuple items last to first).
fn shutdown_edges(o: &Obj, f: &mut dyn FnMut(&Value)) {
    let attrs_inline = matches!(o.payload, Payload::Instance);
    if let Some(d) = o.dict.get() {
        match (&d.payload, attrs_inline) {
            (Payload::Dict(items), true) => {
                let vals: Vec<Value> = items.borrow().iter().map(|e| e.value.clone()).collect();
                vals.iter().for_each(&mut *f);
            }
            _ => f(&Value::Obj(d.clone())),
        }
    }
    match &o.payload {
        Payload::Tuple(items) => items.iter().rev().for_each(&mut *f),
        Payload::List(items) => {
            let items: Vec<Value> = items.borrow().clone();
            items.iter().rev().for_each(&mut *f);
        }
        Payload::Dict(d) => {
            let vals: Vec<Value> = d.borrow().iter().map(|e| e.value.clone()).collect();
            vals.iter().for_each(&mut *f);
        }
        Payload::Type(_) | Payload::Module { .. } => {}
        _ => o.traverse(&mut |v| {
            if !matches!(v.payload(), Some(Payload::Module { .. })) {
                f(v)
            }
        }),
    }
}

thread_local! {
    /// `'__builtins__'` with its hash (the builtins lookup of `LoadGlobal`).
    static BUILTINS_KEY: (Value, i64) =
        (Value::str("__builtins__"), crate::objects::str::str_hash("__builtins__"));
}

thread_local! {
    /// `__getattribute__`, `__getattr__`, `__setattr__` with their hashes, for the attribute
    /// fast paths.
    static HOOKS: [(Value, i64); 3] = {
        let mk = |s: &str| (Value::str(s), crate::objects::str::str_hash(s));
        [mk("__getattribute__"), mk("__getattr__"), mk("__setattr__")]
    };
}

/// Whether class `cls` defines attribute hook `which` (0: `__getattribute__`, 1:
/// `__getattr__`, 2: `__setattr__`) in Python (not `object`'s native one).
fn overrides(cls: &Obj, which: usize) -> bool {
    HOOKS.with(|h| {
        let Some((n, hash)) = h.get(which) else {
            return true;
        };
        crate::objects::typeobj::lookup_value(cls, n, *hash)
            .is_some_and(|a| !matches!(a.payload(), Some(Payload::Builtin(_))))
    })
}

/// The shapes of the call instructions.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CallShape {
    Plain,
    Kw,
    Method,
    MethodKw,
}

/// `StopIteration(value)` (no argument for `None`).
pub(crate) fn stop_iteration(v: Value) -> PyErr {
    if v.is(&Value::None) {
        PyErr::with_args(&types().stop_iteration, Vec::new())
    } else {
        PyErr::with_args(&types().stop_iteration, vec![v])
    }
}

/// The first register that is neither a local, nor a cell, nor a free variable.
fn first_temp(code: &pyvm_compiler::code::CodeObject) -> usize {
    let cells = code
        .cellvars
        .iter()
        .filter(|c| !code.varnames.contains(c))
        .count();
    code.varnames.len() + cells + code.freevars.len()
}

fn name_str(cd: &CodeData, n: usize) -> String {
    cd.code
        .names
        .get(n)
        .map(|s| s.to_string())
        .unwrap_or_default()
}

fn unbound_local(name: &str) -> PyErr {
    PyErr::new(
        &types().unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// The error for reading an empty cell in register `reg`.
fn deref_error(code: &pyvm_compiler::code::CodeObject, reg: usize) -> PyErr {
    if let Some(n) = code.varnames.get(reg) {
        return unbound_local(n);
    }
    let cells: Vec<&Rc<str>> = code
        .cellvars
        .iter()
        .filter(|c| !code.varnames.contains(c))
        .collect();
    let idx = reg - code.varnames.len();
    if let Some(n) = cells.get(idx) {
        return unbound_local(n);
    }
    let n = code
        .freevars
        .get(idx - cells.len())
        .map(|s| s.to_string())
        .unwrap_or_default();
    name_error(format!(
        "cannot access free variable '{n}' where it is not associated with a value in enclosing scope"
    ))
}

fn check_catchable(t: &Value) -> PyResult<()> {
    let ok = |v: &Value| match v {
        Value::Obj(o) => o.as_type().is_some() && is_subtype(o, &types().base_exception),
        _ => false,
    };
    let good = match t.payload() {
        Some(Payload::Tuple(items)) => items.iter().all(ok),
        _ => ok(t),
    };
    if good {
        Ok(())
    } else {
        Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ))
    }
}

fn is_match_sequence(v: &Value) -> bool {
    matches!(
        v.payload(),
        Some(Payload::List(_) | Payload::Tuple(_) | Payload::Range(_))
    )
}

/// `ascii()` escaping of a repr.
pub(crate) fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = u32::from(c);
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// Binds call arguments to a function's parameter registers (CPython's rules and messages).
pub(crate) fn bind_arguments(
    vm: &mut Vm,
    f: &Function,
    args: &[Value],
    kw: &KwArgs,
) -> PyResult<Vec<Value>> {
    let code = &f.code.code;
    let argcount = code.argcount as usize;
    let posonly = code.posonlyargcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & flags::VARARGS != 0;
    let has_varkw = code.flags & flags::VARKEYWORDS != 0;
    let total = argcount + kwonly + usize::from(has_varargs) + usize::from(has_varkw);
    let qual = f
        .qualname
        .borrow()
        .as_pystr()
        .map(|s| s.to_rust().into_owned())
        .unwrap_or_default();
    let mut regs: Vec<Value> = vec![Value::Unbound; total];
    let npos = args.len().min(argcount);
    for (i, a) in args.iter().take(npos).enumerate() {
        regs[i] = a.clone();
    }
    if has_varargs {
        let extra: Vec<Value> = args.get(argcount..).unwrap_or(&[]).to_vec();
        regs[argcount + kwonly] = vm.new_tuple(extra);
    }
    let kwdict = if has_varkw {
        let d = crate::vm::fresh_dict();
        regs[total - 1] = Value::Obj(d.clone());
        Some(d)
    } else {
        None
    };
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kw {
        let ks = k
            .as_pystr()
            .map(|s| s.to_rust().into_owned())
            .unwrap_or_default();
        let idx = code
            .varnames
            .iter()
            .take(argcount + kwonly)
            .position(|n| **n == *ks);
        match idx {
            Some(i) if i >= posonly => {
                if !regs[i].is_unbound() {
                    return Err(type_error(format!(
                        "{qual}() got multiple values for argument '{ks}'"
                    )));
                }
                regs[i] = v.clone();
            }
            _ => match &kwdict {
                Some(d) => {
                    if idx.is_some() {
                        // A positional-only name given by keyword goes to **kwargs.
                    }
                    if vm.dict_get(d, k)?.is_some() {
                        return Err(type_error(format!(
                            "{qual}() got multiple values for argument '{ks}'"
                        )));
                    }
                    vm.dict_set(d, k.clone(), v.clone())?;
                }
                None => {
                    if idx.is_some() {
                        posonly_as_kw.push(ks);
                        continue;
                    }
                    return Err(type_error(format!(
                        "{qual}() got an unexpected keyword argument '{ks}'"
                    )));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qual,
            posonly_as_kw.join(", ")
        )));
    }
    if args.len() > argcount && !has_varargs {
        let defaults = match f.defaults.borrow().payload() {
            Some(Payload::Tuple(t)) => t.len(),
            _ => 0,
        };
        let kw_given = kw
            .iter()
            .filter(|(k, _)| {
                let ks = k
                    .as_pystr()
                    .map(|s| s.to_rust().into_owned())
                    .unwrap_or_default();
                code.varnames
                    .iter()
                    .skip(argcount)
                    .take(kwonly)
                    .any(|n| **n == *ks)
            })
            .count();
        let takes = if defaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults,
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given = args.len();
        let kwpart = if kw_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let verb = if given == 1 && kw_given == 0 {
            "was"
        } else {
            "were"
        };
        return Err(type_error(format!(
            "{qual}() takes {takes} but {given}{kwpart} {verb} given"
        )));
    }
    // Defaults.
    let defaults: Vec<Value> = match f.defaults.borrow().payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    };
    let first_default = argcount.saturating_sub(defaults.len());
    let mut missing: Vec<String> = Vec::new();
    for i in 0..argcount {
        if regs[i].is_unbound() {
            if i >= first_default {
                regs[i] = defaults[i - first_default].clone();
            } else {
                missing.push(format!(
                    "'{}'",
                    code.varnames.get(i).map(|s| &**s).unwrap_or("")
                ));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qual,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    let kwdefaults = f.kwdefaults.borrow().clone();
    #[allow(clippy::needless_range_loop)]
    for i in argcount..argcount + kwonly {
        if regs[i].is_unbound() {
            let name = code
                .varnames
                .get(i)
                .map(|s| s.to_string())
                .unwrap_or_default();
            let dv = match &kwdefaults {
                Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => match &d.payload {
                    Payload::Dict(t) => t.borrow().get_str(&name).cloned(),
                    _ => None,
                },
                _ => None,
            };
            match dv {
                Some(v) => regs[i] = v,
                None => missing.push(format!("'{name}'")),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qual,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        )));
    }
    Ok(regs)
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [init @ .., last] => format!("{}, and {}", init.join(", "), last),
    }
}

impl Vm {
    /// Compiles `source` (`compile()`): a syntax error becomes a `SyntaxError` exception.
    pub fn compile_source(
        &mut self,
        source: &str,
        filename: &str,
        mode: pyvm_parser::Mode,
    ) -> PyResult<Rc<pyvm_compiler::code::CodeObject>> {
        pyvm_compiler::compile(source, filename, mode).map_err(|e| match e {
            pyvm_compiler::CompileError::Syntax(se) => {
                PyErr::new(&types().syntax_error, se.to_string())
            }
            other => system_error(other.to_string()),
        })
    }

    /// Runs compiled module code in a fresh `__main__`-like namespace and returns it (the
    /// globals dict); used by benchmarks and embedders.
    pub fn exec_module(&mut self, code: Rc<pyvm_compiler::code::CodeObject>) -> PyResult<Value> {
        let globals = crate::vm::fresh_dict();
        if let Payload::Dict(d) = &globals.payload {
            let mut d = d.borrow_mut();
            d.set_str("__name__", Value::str("__main__"));
            d.set_str("__builtins__", Value::Obj(self.builtins_module.clone()));
        }
        self.run_code(CodeData::new(code), globals.clone())?;
        Ok(Value::Obj(globals))
    }

    /// Compiles and runs `source` as a module (`exec(source)`); returns its globals.
    pub fn exec_source(&mut self, source: &str, filename: &str) -> PyResult<Value> {
        let code = self.compile_source(source, filename, pyvm_parser::Mode::Exec)?;
        self.exec_module(code)
    }
}
