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
    /// Async generators: `None` until first iterated, then the `sys` finalizer hook in force at
    /// that moment (`Value::None` if there was none), called instead of closing it when it dies.
    pub finalizer: Option<Value>,
}

impl GenState {
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.regs.iter().for_each(&mut *f);
        f(&self.handled);
        if let Some(fin) = &self.finalizer {
            f(fin);
        }
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
    let [_, v] = args else {
        return Err(type_error(format!(
            "{}.send() takes exactly one argument ({} given)",
            crate::vm::type_name_of(&Value::Obj(g)),
            args.len().saturating_sub(1)
        )));
    };
    vm.gen_send(&g, v.clone())
}

fn gen_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn gen_throw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    let e = throw_args(vm, args.get(1..).unwrap_or(&[]), "throw")?;
    vm.gen_throw_err(&g, e)
}

/// The exception `throw(typ[, val[, tb]])` raises: the one-argument form takes a class or an
/// instance; the deprecated three-argument form (a `DeprecationWarning` since 3.12) builds the
/// instance from a class and a value, as `raise` did in Python 2.
pub(crate) fn throw_args(vm: &mut Vm, rest: &[Value], method: &str) -> PyResult<PyErr> {
    let typ = match rest {
        [] => return Err(type_error("throw expected at least 1 argument, got 0")),
        [t] => return vm.throw_arg(t),
        [t, ..] if rest.len() <= 3 => t,
        _ => {
            return Err(type_error(format!(
                "throw expected at most 3 arguments, got {}",
                rest.len()
            )))
        }
    };
    vm.warn(
        &types().deprecation_warning,
        &format!(
            "the (type, exc, tb) signature of {method}() is deprecated, use the single-arg signature instead."
        ),
    )?;
    let val = rest.get(1).cloned().unwrap_or(Value::None);
    let tb = rest.get(2).cloned().unwrap_or(Value::None);
    if !tb.is(&Value::None) && !matches!(tb.payload(), Some(Payload::Traceback(_))) {
        return Err(type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let exc_class = match typ {
        Value::Obj(o) => {
            o.as_type().is_some() && crate::objects::typeobj::is_subtype(o, &types().base_exception)
        }
        _ => false,
    };
    if exc_class {
        if let (Value::Obj(t), Value::Obj(v)) = (typ, &val) {
            if matches!(v.payload, Payload::Exception(_))
                && crate::objects::typeobj::is_subtype(crate::vm::type_of(&val), t)
            {
                return Ok(PyErr(v.clone()));
            }
        }
        let args = match val.payload() {
            _ if val.is(&Value::None) => Vec::new(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![val],
        };
        let inst = vm.call(typ, &args, &[])?;
        return match inst {
            Value::Obj(e) if matches!(e.payload, Payload::Exception(_)) => Ok(PyErr(e)),
            other => Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::repr::builtin_repr_fast(typ).unwrap_or_else(|| crate::vm::type_name_of(typ)),
                crate::vm::type_name_of(&other)
            ))),
        };
    }
    if matches!(typ.payload(), Some(Payload::Exception(_))) {
        if !val.is(&Value::None) {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        return vm.throw_arg(typ);
    }
    Err(type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {}",
        crate::vm::type_name_of(typ)
    )))
}

/// The native methods of `generator` and `coroutine`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("send", gen_send),
    ("close", gen_close),
    ("throw", gen_throw),
];

fn gen_next(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = this(args)?.clone();
    vm.gen_send(&g, Value::None)
}

fn gen_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(this(args)?.clone()))
}

/// The iterator protocol, which generators have and coroutines do not.
pub(crate) const GEN_ONLY_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("__next__", gen_next), ("__iter__", gen_iter)];

// ----- coroutine.__await__() ----------------------------------------------------------------
//
// `coro.__await__()` is a `coroutine_wrapper`: an iterator over the coroutine (so a custom
// awaitable can `return other_coro.__await__()`), forwarding send/throw/close to it.

const K_CORO: &str = " coro";

thread_local! {
    static CORO_WRAPPER: Obj = {
        let mut t = TypeObject::builtin("coroutine_wrapper", Some(&types().object), Kind::Object, false);
        t.heap = true;
        let cls = Object::new_type_object(t);
        add_methods(&cls, WRAPPER_METHODS, crate::objects::function::BuiltinKind::Method);
        cls
    };
}

fn coro_await(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let coro = this(args)?.clone();
    let cls = CORO_WRAPPER.with(Obj::clone);
    let o = Object::new(&cls, Payload::Instance);
    put(&o, K_CORO, Value::Obj(coro));
    Ok(Value::Obj(o))
}

/// `coroutine.__await__`.
pub(crate) const CORO_ONLY_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("__await__", coro_await)];

fn wrapped_coro(args: &[Value]) -> PyResult<Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Instance) => match get(o, K_CORO) {
            Value::Obj(c) if matches!(c.payload, Payload::Generator(_)) => Ok(c),
            _ => Err(type_error(
                "descriptor requires a 'coroutine_wrapper' object",
            )),
        },
        _ => Err(type_error(
            "descriptor requires a 'coroutine_wrapper' object",
        )),
    }
}

fn cw_send(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = wrapped_coro(args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    vm.gen_send(&c, v)
}

fn cw_next(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = wrapped_coro(args)?;
    vm.gen_send(&c, Value::None)
}

fn cw_throw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = wrapped_coro(args)?;
    let e = throw_args(vm, args.get(1..).unwrap_or(&[]), "throw")?;
    vm.gen_throw_err(&c, e)
}

fn cw_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let c = wrapped_coro(args)?;
    vm.gen_close(&c)?;
    Ok(Value::None)
}

fn cw_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    wrapped_coro(args)?;
    Ok(args.first().cloned().unwrap_or(Value::None))
}

const WRAPPER_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("send", cw_send),
    ("throw", cw_throw),
    ("close", cw_close),
    ("__next__", cw_next),
    ("__iter__", cw_iter),
];

// ----- async generators -------------------------------------------------------------------
//
// An async generator is a `Payload::Generator` of class `async_generator`. Its `__anext__`,
// `asend`, `athrow` and `aclose` return awaitables (`async_generator_asend` /
// `async_generator_athrow`) that resume it once per `send`: a suspension at `yield x` finishes
// the awaitable with `StopIteration(x)`, one inside an `await` is handed to the driver. Their
// state lives in the object's hidden dict under keys that are not identifiers.

use crate::error::PyErr;
use crate::eval::AgenStep;
use crate::object::Object;
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};

const K_GEN: &str = " agen";
const K_VALUE: &str = " value";
const K_STATE: &str = " state";
const K_MODE: &str = " mode";

/// Awaitable states (CPython's `AWAITABLE_STATE_*`).
const INIT: i64 = 0;
const ITER: i64 = 1;
const CLOSED: i64 = 2;
/// What an athrow awaitable does: `athrow(exc)` or `aclose()`.
const MODE_SEND: i64 = 0;
const MODE_THROW: i64 = 1;
const MODE_CLOSE: i64 = 2;

struct AwaitableTypes {
    asend: Obj,
    athrow: Obj,
}

fn awaitable_type(name: &str) -> Obj {
    let mut t = TypeObject::builtin(name, Some(&types().object), Kind::Object, false);
    // Heap: the VM dispatches `__repr__` and the iterator protocol through the namespace.
    t.heap = true;
    let cls = Object::new_type_object(t);
    add_methods(
        &cls,
        AWAITABLE_METHODS,
        crate::objects::function::BuiltinKind::Method,
    );
    cls
}

thread_local! {
    static AWAITABLES: Rc<AwaitableTypes> = Rc::new(AwaitableTypes {
        asend: awaitable_type("async_generator_asend"),
        athrow: awaitable_type("async_generator_athrow"),
    });
}

fn get(o: &Obj, key: &str) -> Value {
    match &o.hidden_dict().payload {
        Payload::Dict(d) => d.borrow().get_str(key).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn put(o: &Obj, key: &str, v: Value) {
    if let Payload::Dict(d) = &o.hidden_dict().payload {
        d.borrow_mut().set_str(key, v);
    }
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}

fn new_awaitable(agen: &Obj, mode: i64, value: Value) -> Value {
    let tys = AWAITABLES.with(Rc::clone);
    let cls = if mode == MODE_SEND {
        &tys.asend
    } else {
        &tys.athrow
    };
    let o = Object::new(cls, Payload::Instance);
    put(&o, K_GEN, Value::Obj(agen.clone()));
    put(&o, K_VALUE, value);
    put(&o, K_STATE, Value::Int(INIT));
    put(&o, K_MODE, Value::Int(mode));
    Value::Obj(o)
}

fn agen_this(args: &[Value]) -> PyResult<&Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o),
        _ => Err(type_error(
            "descriptor requires an 'async_generator' object",
        )),
    }
}

/// CPython's `async_gen_init_hooks`: on the first `__anext__`/`asend`/`athrow`/`aclose`, the
/// generator keeps the current finalizer hook and the firstiter hook is called with it.
fn init_hooks(vm: &mut Vm, agen: &Obj) -> PyResult<()> {
    let Payload::Generator(st) = &agen.payload else {
        return Ok(());
    };
    if st.borrow().finalizer.is_some() {
        return Ok(());
    }
    let (firstiter, finalizer) = vm.asyncgen_hooks.clone();
    st.borrow_mut().finalizer = Some(finalizer);
    if !matches!(firstiter, Value::None) {
        vm.call(&firstiter, &[Value::Obj(agen.clone())], &[])?;
    }
    Ok(())
}

fn agen_aiter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(agen_this(args)?.clone()))
}

fn agen_anext(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = agen_this(args)?;
    init_hooks(vm, g)?;
    Ok(new_awaitable(g, MODE_SEND, Value::None))
}

fn agen_asend(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let g = agen_this(args)?;
    init_hooks(vm, g)?;
    Ok(new_awaitable(g, MODE_SEND, v))
}

fn agen_athrow(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let g = agen_this(args)?;
    init_hooks(vm, g)?;
    Ok(new_awaitable(g, MODE_THROW, v))
}

fn agen_aclose(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let g = agen_this(args)?;
    init_hooks(vm, g)?;
    Ok(new_awaitable(g, MODE_CLOSE, Value::None))
}

/// The native methods of `async_generator`.
pub(crate) const ASYNC_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("__aiter__", agen_aiter),
    ("__anext__", agen_anext),
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
];

fn awaitable_this(args: &[Value]) -> PyResult<Obj> {
    match args.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Instance) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires an awaitable object")),
    }
}

fn stop_async() -> PyErr {
    PyErr::with_args(&types().stop_async_iteration, Vec::new())
}

/// One `send`/`throw` on an awaitable (`throw`: the exception to raise in the generator).
fn awaitable_step(vm: &mut Vm, me: &Obj, v: Value, throw: Option<PyErr>) -> PyResult<Value> {
    let mode = int_of(&get(me, K_MODE));
    let state = int_of(&get(me, K_STATE));
    if state == CLOSED {
        return Err(crate::error::runtime_error(if mode == MODE_SEND {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        }));
    }
    let Value::Obj(agen) = get(me, K_GEN) else {
        return Err(type_error("bad async generator awaitable"));
    };
    let (v, throw) = if state == INIT {
        put(me, K_STATE, Value::Int(ITER));
        match mode {
            MODE_SEND => (
                if v.is(&Value::None) {
                    get(me, K_VALUE)
                } else {
                    v
                },
                throw,
            ),
            MODE_THROW if throw.is_none() => {
                let exc = get(me, K_VALUE);
                let e = vm.throw_arg(&exc)?;
                (Value::None, Some(e))
            }
            MODE_CLOSE if throw.is_none() => (
                Value::None,
                Some(PyErr::with_args(&types().generator_exit, Vec::new())),
            ),
            _ => (v, throw),
        }
    } else {
        (v, throw)
    };
    let r = vm.agen_resume(&agen, v, throw);
    match r {
        Ok(AgenStep::Await(x)) => Ok(x),
        Ok(AgenStep::Value(x)) => {
            put(me, K_STATE, Value::Int(CLOSED));
            if mode == MODE_CLOSE {
                return Err(crate::error::runtime_error(
                    "async generator ignored GeneratorExit",
                ));
            }
            Err(crate::eval::stop_iteration(x))
        }
        Ok(AgenStep::Done) => {
            put(me, K_STATE, Value::Int(CLOSED));
            if mode == MODE_CLOSE {
                Err(crate::eval::stop_iteration(Value::None))
            } else {
                Err(stop_async())
            }
        }
        Err(e) => {
            put(me, K_STATE, Value::Int(CLOSED));
            if mode == MODE_CLOSE
                && (e.matches(&types().generator_exit) || e.matches(&types().stop_async_iteration))
            {
                return Err(crate::eval::stop_iteration(Value::None));
            }
            Err(e)
        }
    }
}

fn aw_send(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = awaitable_this(args)?;
    let v = args.get(1).cloned().unwrap_or(Value::None);
    awaitable_step(vm, &me, v, None)
}

fn aw_next(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = awaitable_this(args)?;
    awaitable_step(vm, &me, Value::None, None)
}

fn aw_throw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = awaitable_this(args)?;
    let exc = args.get(1).cloned().unwrap_or(Value::None);
    let e = vm.throw_arg(&exc)?;
    awaitable_step(vm, &me, Value::None, Some(e))
}

fn aw_close(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let me = awaitable_this(args)?;
    put(&me, K_STATE, Value::Int(CLOSED));
    Ok(Value::None)
}

fn aw_self(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(awaitable_this(args)?))
}

const AWAITABLE_METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("send", aw_send),
    ("throw", aw_throw),
    ("close", aw_close),
    ("__next__", aw_next),
    ("__iter__", aw_self),
    ("__await__", aw_self),
];
