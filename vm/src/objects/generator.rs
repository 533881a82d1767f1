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

fn agen_aiter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Obj(agen_this(args)?.clone()))
}

fn agen_anext(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(new_awaitable(agen_this(args)?, MODE_SEND, Value::None))
}

fn agen_asend(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    Ok(new_awaitable(agen_this(args)?, MODE_SEND, v))
}

fn agen_athrow(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    Ok(new_awaitable(agen_this(args)?, MODE_THROW, v))
}

fn agen_aclose(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(new_awaitable(agen_this(args)?, MODE_CLOSE, Value::None))
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
