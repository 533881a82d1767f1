//! `sys._getframe()` and the frame objects it returns, plus the `aiter`/`anext` builtins.
//!
//! pyvm's frames are records on the VM's frame stack, not objects, so a frame object is a
//! snapshot taken when it is asked for: `f_code`, `f_lineno`, `f_globals`, `f_builtins`,
//! `f_locals` (the namespace of module and class bodies, a copy of the bound locals in
//! functions) and `f_back` (the caller's snapshot, made at the same time). That covers what
//! `inspect`, `enum`, `typing` and `dataclasses` read from a frame: the caller's module and
//! names, not live updates.

use std::cell::OnceCell;

use crate::error::{type_error, value_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::int::as_int;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

thread_local! {
    /// The `frame` type, made once per thread.
    static FRAME_TYPE: OnceCell<Obj> = const { OnceCell::new() };
    /// The Python helper behind `anext(it, default)`, compiled on first use.
    static ANEXT_DEFAULT: OnceCell<Value> = const { OnceCell::new() };
}

/// The `frame` type shared by `sys._getframe()` and traceback objects' `tb_frame`.
pub(crate) fn frame_type() -> Obj {
    FRAME_TYPE.with(|c| {
        c.get_or_init(|| {
            let t = types();
            let mut ty = crate::objects::typeobj::TypeObject::builtin(
                "frame",
                Some(&t.object),
                crate::objects::typeobj::Kind::Object,
                false,
            );
            ty.instance_dict = true;
            let cls = Object::new_type_object(ty);
            if let Some(t) = cls.as_type() {
                let mut d = t.dict.borrow_mut();
                d.set_str("f_back", crate::vm::getter_property("f_back", frame_back));
                d.set_str(
                    "f_locals",
                    crate::vm::getter_property("f_locals", frame_locals),
                );
            }
            crate::types::add_methods(
                &cls,
                &[("__repr__", frame_repr)],
                crate::objects::function::BuiltinKind::Method,
            );
            cls
        })
        .clone()
    })
}

/// `repr(frame)`: `<frame at 0x..., file '...', line N, code NAME>`.
fn frame_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(f) = args.first() else {
        return Err(type_error("descriptor '__repr__' needs an argument"));
    };
    let code = vm.getattr_str(f, "f_code")?;
    let (file, name) = match code.payload() {
        Some(Payload::Code(c)) => (c.code.filename.to_string(), c.code.name.to_string()),
        _ => (String::new(), String::new()),
    };
    let line = vm.getattr_str(f, "f_lineno")?;
    let line = vm.repr_string(&line)?;
    let file = vm.repr_string(&Value::str(&file))?;
    Ok(Value::str(&format!(
        "<frame at {:#x}, file {file}, line {line}, code {name}>",
        f.id()
    )))
}

/// Registers `sys._getframe` and the `aiter`/`anext` builtins.
pub(crate) fn register(vm: &mut Vm) {
    crate::objects::slot_entries::register();
    let f = vm.new_builtin_function("_getframe", sys_getframe);
    vm.set_sys_attr("_getframe", f);
    let f = vm.new_builtin_function("aiter", builtin_aiter);
    vm.set_builtin("aiter", f);
    let f = vm.new_builtin_function("anext", builtin_anext);
    vm.set_builtin("anext", f);
    crate::types::add_methods(
        &types().code,
        &[("replace", code_replace)],
        crate::objects::function::BuiltinKind::Method,
    );
}

/// `code.replace(**changes)`: a copy with the given `co_*` fields changed (the names and
/// line fields; the bytecode itself stays pyvm's).
fn code_replace(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let _ = vm;
    let Some(Payload::Code(c)) = args.first().and_then(Value::payload) else {
        return Err(type_error("descriptor 'replace' requires a 'code' object"));
    };
    if args.len() > 1 {
        return Err(type_error(format!(
            "replace() takes 0 positional arguments but {} were given",
            args.len() - 1
        )));
    }
    let mut code = (*c.code).clone();
    for (k, v) in kw {
        let key = k
            .as_pystr()
            .map(|s| s.to_rust().into_owned())
            .unwrap_or_default();
        let text = || {
            v.as_pystr()
                .map(|s| std::rc::Rc::<str>::from(s.to_rust().as_ref()))
                .ok_or_else(|| {
                    type_error(format!(
                        "replace() argument '{key}' must be str, not {}",
                        type_name_of(v)
                    ))
                })
        };
        let number = || {
            as_int(v)
                .and_then(|i| u32::try_from(i.to_big()).ok())
                .ok_or_else(|| {
                    type_error(format!(
                        "replace() argument '{key}' must be int, not {}",
                        type_name_of(v)
                    ))
                })
        };
        match key.as_str() {
            "co_name" => code.name = text()?,
            "co_qualname" => code.qualname = text()?,
            "co_filename" => code.filename = text()?,
            "co_firstlineno" => code.firstlineno = number()?,
            "co_flags" => code.flags = number()?,
            _ => {
                return Err(type_error(format!(
                    "replace() got an unexpected keyword argument '{key}'"
                )))
            }
        }
    }
    let data = crate::objects::function::CodeData {
        code: std::rc::Rc::new(code),
        consts: c.consts.clone(),
        names: c.names.clone(),
        name_hashes: c.name_hashes.clone(),
        hidden: std::cell::Cell::new(c.hidden.get()),
        global_cache: std::cell::RefCell::new(
            vec![Default::default(); c.names.len()].into_boxed_slice(),
        ),
    };
    Ok(Value::Obj(Object::new(
        &types().code,
        Payload::Code(std::rc::Rc::new(data)),
    )))
}

/// `sys._getframe(depth=0)`.
fn sys_getframe(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("_getframe() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let depth = match args.first() {
        None => 0i64,
        Some(v) => {
            let Some(i) = as_int(v) else {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(v)
                )));
            };
            i64::try_from(i.to_big()).unwrap_or(i64::MAX)
        }
    };
    // A negative depth means the current frame, as in CPython.
    let depth = usize::try_from(depth.max(0)).unwrap_or(usize::MAX);
    let index = vm
        .frames
        .len()
        .checked_sub(1)
        .and_then(|top| top.checked_sub(depth))
        .ok_or_else(|| value_error("call stack is not deep enough"))?;
    frame_at(vm, index)
}

/// The frame object of `vm.frames[index]`. The frames below it are recorded as a chain of
/// cheap descriptors (see [`descriptor`]); `f_back` turns one into a frame object when read,
/// so `sys._getframe(1)` deep in a recursion costs no dict per frame.
fn frame_at(vm: &mut Vm, index: usize) -> PyResult<Value> {
    let mut chain = Value::None;
    for i in 0..=index {
        chain = descriptor(vm, i, chain);
    }
    make_frame(vm, &chain)
}

/// `(code, lasti, globals, locals or None, base, index, parent descriptor)` of frame `i`.
fn descriptor(vm: &Vm, i: usize, parent: Value) -> Value {
    let Some(f) = vm.frames.get(i) else {
        return Value::None;
    };
    vm.new_tuple(vec![
        Value::Obj(Object::new(&types().code, Payload::Code(f.code.clone()))),
        Value::Int(i64::try_from(f.lasti).unwrap_or(0)),
        Value::Obj(f.globals.clone()),
        f.locals.clone().unwrap_or(Value::None),
        Value::Int(i64::try_from(f.base).unwrap_or(-1)),
        Value::Int(i64::try_from(i).unwrap_or(-1)),
        parent,
    ])
}

/// The frame object a descriptor stands for (`None` for `None`).
fn make_frame(vm: &mut Vm, desc: &Value) -> PyResult<Value> {
    let Some(Payload::Tuple(parts)) = desc.payload() else {
        return Ok(Value::None);
    };
    let [code_v, lasti, globals, locals, base, index, parent] = &parts[..] else {
        return Ok(Value::None);
    };
    let Some(Payload::Code(code)) = code_v.payload() else {
        return Ok(Value::None);
    };
    let code = code.clone();
    let as_usize = |v: &Value| match v {
        Value::Int(n) => usize::try_from(*n).ok(),
        _ => None,
    };
    let lasti = as_usize(lasti).unwrap_or(0);
    let lineno = code
        .code
        .line_of(lasti)
        .map_or(Value::None, |l| Value::Int(i64::from(l)));
    // Read from the VM frame while it is still the same call (what `locals()` gives there).
    let live = match (as_usize(index), as_usize(base)) {
        (Some(i), Some(b))
            if vm
                .frames
                .get(i)
                .is_some_and(|f| f.base == b && std::rc::Rc::ptr_eq(&f.code, &code)) =>
        {
            Some(i)
        }
        _ => None,
    };
    let locals = match live {
        Some(i) => vm.locals_of_frame(i)?,
        None if matches!(locals, Value::None) => vm.new_dict(),
        None => locals.clone(),
    };
    let builtins = match globals {
        Value::Obj(g) => match vm.dict_get(g, &Value::str("__builtins__"))? {
            Some(Value::Obj(o)) => match &o.payload {
                Payload::Module { dict, .. } => Value::Obj(dict.clone()),
                Payload::Dict(_) => Value::Obj(o.clone()),
                _ => Value::Obj(vm.builtins.clone()),
            },
            _ => Value::Obj(vm.builtins.clone()),
        },
        _ => Value::Obj(vm.builtins.clone()),
    };
    let o = Object::new(&frame_type(), Payload::Instance);
    if let Some(d) = o.instance_dict_or_create() {
        if let Payload::Dict(t) = &d.payload {
            let mut t = t.borrow_mut();
            t.set_str("f_code", code_v.clone());
            t.set_str("f_lineno", lineno);
            t.set_str(
                "f_lasti",
                Value::Int(i64::try_from(lasti).unwrap_or(0).saturating_mul(2)),
            );
            t.set_str(BACK_KEY, parent.clone());
            t.set_str(
                LIVE_KEY,
                vm.new_tuple(vec![index.clone(), base.clone(), code_v.clone()]),
            );
            t.set_str("f_locals", locals);
            t.set_str("f_globals", globals.clone());
            t.set_str("f_builtins", builtins);
            t.set_str("f_trace", Value::None);
        }
    }
    Ok(Value::Obj(o))
}

/// Where a frame object keeps `(index, base, code)` of the VM frame it shows, so `f_locals`
/// can refresh from it while that call runs.
const LIVE_KEY: &str = "_pyvm_live";

/// The `f_locals` property: while the frame's call is still running, its locals refreshed now
/// (the same dict each time, as CPython 3.12); afterwards the last ones seen.
fn frame_locals(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::None);
    };
    let Some(d) = o.instance_dict_or_create().cloned() else {
        return Ok(Value::None);
    };
    let Payload::Dict(t) = &d.payload else {
        return Ok(Value::None);
    };
    let live = t.borrow().get_str(LIVE_KEY).cloned();
    if let Some(Payload::Tuple(parts)) = live.as_ref().and_then(Value::payload) {
        if let [Value::Int(i), Value::Int(b), code_v] = &parts[..] {
            let live_index = match (usize::try_from(*i), usize::try_from(*b), code_v.payload()) {
                (Ok(i), Ok(b), Some(Payload::Code(code))) => vm
                    .frames
                    .get(i)
                    .is_some_and(|f| f.base == b && std::rc::Rc::ptr_eq(&f.code, code))
                    .then_some(i),
                _ => None,
            };
            if let Some(i) = live_index {
                let l = vm.locals_of_frame(i)?;
                t.borrow_mut().set_str("f_locals", l.clone());
                return Ok(l);
            }
        }
    }
    let l = t.borrow().get_str("f_locals").cloned();
    Ok(l.unwrap_or(Value::None))
}

/// Where a frame object keeps the descriptor of its caller until `f_back` is read.
const BACK_KEY: &str = "_pyvm_back";

/// The `f_back` property: the caller's frame object, made on first read and kept.
fn frame_back(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::None);
    };
    let Some(d) = o.instance_dict_or_create() else {
        return Ok(Value::None);
    };
    let Payload::Dict(t) = &d.payload else {
        return Ok(Value::None);
    };
    let desc = t.borrow().get_str(BACK_KEY).cloned().unwrap_or(Value::None);
    if matches!(desc.payload(), Some(Payload::Tuple(_))) {
        let frame = make_frame(vm, &desc)?;
        t.borrow_mut().set_str(BACK_KEY, frame.clone());
        return Ok(frame);
    }
    Ok(desc)
}

/// A dict of the bound local variables of a function frame whose registers are `regs`:
/// parameters and locals first, then cell and free variables, as `frame.f_locals` orders them.
fn locals_of(
    vm: &mut Vm,
    code: &crate::objects::function::CodeData,
    regs: &[Value],
) -> PyResult<Value> {
    let d = crate::vm::fresh_dict();
    let cell_value = |v: Value| match v.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => v,
    };
    let mut pairs = Vec::new();
    for (j, name) in code.code.varnames.iter().enumerate() {
        let v = regs.get(j).cloned().unwrap_or(Value::Unbound);
        let v = if code.code.cellvars.contains(name) {
            cell_value(v)
        } else {
            v
        };
        if !v.is_unbound() {
            pairs.push((name.clone(), v));
        }
    }
    let first = code.code.varnames.len();
    let extra = code
        .code
        .cellvars
        .iter()
        .filter(|c| !code.code.varnames.contains(c))
        .chain(code.code.freevars.iter());
    for (j, name) in extra.enumerate() {
        if let Some(Payload::Cell(c)) = regs.get(first + j).and_then(Value::payload) {
            let v = c.borrow().clone();
            if !v.is_unbound() {
                pairs.push((name.clone(), v));
            }
        }
    }
    for (name, v) in pairs {
        vm.dict_set(&d, Value::str(&name), v)?;
    }
    Ok(Value::Obj(d))
}

/// `gi_frame` / `cr_frame` / `ag_frame`: `None` once the generator has finished; the live
/// frame's snapshot while it runs; otherwise a snapshot of its saved registers (no `f_back`:
/// a suspended generator has no caller).
pub(crate) fn generator_frame(vm: &mut Vm, g: &Obj) -> PyResult<Value> {
    use crate::objects::generator::GenStatus;
    let Payload::Generator(cell) = &g.payload else {
        return Ok(Value::None);
    };
    let status = cell.borrow().status;
    match status {
        GenStatus::Finished => return Ok(Value::None),
        GenStatus::Running => {
            let at = vm.frames.iter().rposition(|f| {
                f.generator
                    .as_ref()
                    .is_some_and(|x| std::rc::Rc::ptr_eq(x, g))
            });
            if let Some(i) = at {
                return frame_at(vm, i);
            }
            return Ok(Value::None);
        }
        GenStatus::Created | GenStatus::Suspended => {}
    }
    let (code, regs, globals, ip) = {
        let st = cell.borrow();
        (st.code.clone(), st.regs.to_vec(), st.globals.clone(), st.ip)
    };
    let locals = locals_of(vm, &code, &regs)?;
    let lasti = ip.saturating_sub(1);
    let desc = vm.new_tuple(vec![
        Value::Obj(Object::new(&types().code, Payload::Code(code.clone()))),
        Value::Int(i64::try_from(lasti).unwrap_or(0)),
        Value::Obj(globals),
        locals,
        Value::Int(-1),
        Value::Int(-1),
        Value::None,
    ]);
    let frame = make_frame(vm, &desc)?;
    if status == GenStatus::Created {
        // Not started: CPython reports the `def` line and the instruction before the body.
        if let Value::Obj(o) = &frame {
            if let Some(d) = o.instance_dict_or_create() {
                if let Payload::Dict(t) = &d.payload {
                    let mut t = t.borrow_mut();
                    t.set_str("f_lineno", Value::Int(i64::from(code.code.firstlineno)));
                    t.set_str("f_lasti", Value::Int(-1));
                }
            }
        }
    }
    Ok(frame)
}

/// `aiter(async_iterable)`.
fn builtin_aiter(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("aiter() takes no keyword arguments"));
    }
    let [obj] = args else {
        return Err(type_error(format!(
            "aiter() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let cls = crate::vm::type_of(obj).clone();
    if crate::objects::typeobj::lookup(&cls, "__aiter__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name_of(obj)
        )));
    }
    let Some(it) = vm.call_dunder(obj, "__aiter__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name_of(obj)
        )));
    };
    let icls = crate::vm::type_of(&it).clone();
    if crate::objects::typeobj::lookup(&icls, "__anext__").is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            type_name_of(&it)
        )));
    }
    Ok(it)
}

/// `anext(async_iterator[, default])`: the awaitable of `__anext__`, or one that turns
/// `StopAsyncIteration` into `default`.
fn builtin_anext(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("anext() takes no keyword arguments"));
    }
    let (obj, default) = match args {
        [o] => (o, None),
        [o, d] => (o, Some(d)),
        _ => {
            return Err(type_error(format!(
                "anext expected at least 1 argument, got {}",
                args.len()
            )))
        }
    };
    let cls = crate::vm::type_of(obj).clone();
    if crate::objects::typeobj::lookup(&cls, "__anext__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name_of(obj)
        )));
    }
    let Some(awaitable) = vm.call_dunder(obj, "__anext__", &[])? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterator",
            type_name_of(obj)
        )));
    };
    let Some(default) = default else {
        return Ok(awaitable);
    };
    let helper = match ANEXT_DEFAULT.with(|c| c.get().cloned()) {
        Some(h) => h,
        None => {
            let g = vm.exec_source(ANEXT_SOURCE, "<anext>")?;
            let h = match &g {
                Value::Obj(d) => vm.dict_get(d, &Value::str("_anext_default"))?,
                _ => None,
            }
            .ok_or_else(|| type_error("anext helper missing"))?;
            ANEXT_DEFAULT.with(|c| {
                let _ = c.set(h.clone());
            });
            h
        }
    };
    vm.call(&helper, &[awaitable, default.clone()], &[])
}

const ANEXT_SOURCE: &str = "\
async def _anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
";
