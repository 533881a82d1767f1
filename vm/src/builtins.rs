//! The `builtins` module: built-in classes, exceptions and functions.
//!
//! Pattern for adding a built-in function: write a [`NativeFn`] (`fn(&mut Vm, &[Value],
//! &KwArgs) -> PyResult<Value>`), add it to [`FUNCTIONS`]; use the argument helpers below so
//! arity errors carry CPython's wording. Methods of built-in types go in the `METHODS` table of
//! their `objects/*.rs` file instead (registered by `types::populate`).

mod funcs;
mod math;

use crate::error::{type_error, PyResult};
use crate::object::Payload;
use crate::objects::function::NativeFn;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// Built-in functions registered in the `builtins` module.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("hasattr", builtin_hasattr),
    ("delattr", builtin_delattr),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("id", builtin_id),
    ("hash", builtin_hash),
    ("callable", builtin_callable),
    ("__build_class__", builtin_build_class),
    ("globals", builtin_globals),
    ("locals", builtin_locals),
    ("__import__", builtin_import),
];

/// Fills the builtins namespace of a new VM.
pub(crate) fn register(vm: &mut Vm) {
    let t = types();
    let classes = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("BaseException", &t.base_exception),
    ];
    for (name, cls) in classes {
        vm.set_builtin(name, Value::Obj(cls.clone()));
    }
    for (name, cls) in t.exception_list() {
        vm.set_builtin(name, Value::Obj(cls.clone()));
    }
    vm.set_builtin("None", Value::None);
    vm.set_builtin("True", Value::Bool(true));
    vm.set_builtin("False", Value::Bool(false));
    vm.set_builtin("NotImplemented", Value::Obj(t.not_implemented.clone()));
    vm.set_builtin("Ellipsis", Value::Obj(t.ellipsis.clone()));
    vm.set_builtin("__name__", Value::str("builtins"));
    vm.set_builtin("__debug__", Value::Bool(true));
    for &(name, f) in FUNCTIONS.iter().chain(funcs::FUNCTIONS) {
        let v = vm.new_builtin_function(name, f);
        vm.set_builtin(name, v);
    }
    funcs::register_classes(vm);
    crate::objects::extra::register();
    crate::objects::bytearray::register(vm);
    crate::objects::dictview::register();
    math::register(vm);
    crate::io::register(vm);
    crate::objects::memoryview::register(vm);
}

// ----- argument helpers ---------------------------------------------------------------------

/// Checks the positional argument count: `name() takes exactly one argument (2 given)` etc.
pub fn check_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    if min == max {
        return Err(match min {
            0 => type_error(format!("{name}() takes no arguments ({n} given)")),
            1 => type_error(format!("{name}() takes exactly one argument ({n} given)")),
            _ => type_error(format!("{name} expected {min} arguments, got {n}")),
        });
    }
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    Err(type_error(format!(
        "{name} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    )))
}

/// Rejects keyword arguments: `name() takes no keyword arguments`.
pub fn no_kwargs(name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// The keyword argument `key`, if given (and `TypeError` for unknown ones).
pub fn take_kwargs<const N: usize>(
    fname: &str,
    kw: &KwArgs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    match_kwargs(kw, names, |ks| {
        type_error(format!(
            "{fname}() got an unexpected keyword argument '{ks}'"
        ))
    })
}

/// Sorts `kw` into the slots of `names`; `unknown` makes the error for any other keyword (its
/// wording differs between CPython's argument parsers).
pub(crate) fn match_kwargs<const N: usize>(
    kw: &KwArgs,
    names: [&str; N],
    unknown: impl Fn(&str) -> crate::error::PyErr,
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kw {
        let ks = k
            .as_pystr()
            .map(|s| s.to_rust().into_owned())
            .unwrap_or_default();
        match names.iter().position(|n| *n == ks) {
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v.clone());
                }
            }
            None => return Err(unknown(&ks)),
        }
    }
    Ok(out)
}

/// `operator.index(v)` as `i64` (`OverflowError` past the C `ssize_t` range).
pub(crate) fn funcs_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = funcs::index_big(vm, v)?;
    num_traits::ToPrimitive::to_i64(&b)
        .ok_or_else(|| crate::error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// Like [`take_kwargs`], with the wording of C functions parsed by `PyArg_ParseTupleAndKeywords`
/// (`'x' is an invalid keyword argument for print()`).
pub fn take_kwargs_builtin<const N: usize>(
    fname: &str,
    kw: &KwArgs,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    take_kwargs(fname, kw, names).map_err(|e| {
        match kw.iter().find_map(|(k, _)| {
            let ks = k.as_pystr()?.to_rust().into_owned();
            (!names.contains(&ks.as_str())).then_some(ks)
        }) {
            Some(bad) => type_error(format!(
                "'{bad}' is an invalid keyword argument for {fname}()"
            )),
            None => e,
        }
    })
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

fn attr_name(v: &Value, _what: &str) -> PyResult<String> {
    match v.as_pystr() {
        Some(s) => Ok(s.to_rust().into_owned()),
        None => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(v)
        ))),
    }
}

// ----- functions ------------------------------------------------------------------------------

fn builtin_print(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [sep, end, file, flush] =
        take_kwargs_builtin("print", kw, ["sep", "end", "file", "flush"])?;
    let text_arg = |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None | Some(Value::None) => Ok(default.to_string()),
            Some(v) => match v.as_pystr() {
                Some(s) => Ok(s.to_rust().into_owned()),
                None => {
                    let _ = vm;
                    Err(type_error(format!(
                        "{what} must be None or a string, not {}",
                        type_name_of(&v)
                    )))
                }
            },
        }
    };
    let sep = text_arg(vm, sep, " ", "sep")?;
    let end = text_arg(vm, end, "\n", "end")?;
    if let Some(f) = file.as_ref().filter(|f| !matches!(f, Value::None)) {
        // CPython writes each piece with its own file.write() call.
        let f = f.clone();
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                vm.call_method(&f, "write", &[Value::str(&sep)])?;
            }
            let text = vm.str(a)?;
            vm.call_method(&f, "write", &[text])?;
        }
        vm.call_method(&f, "write", &[Value::str(&end)])?;
        if let Some(fl) = &flush {
            if vm.truthy(fl)? {
                vm.call_method(&f, "flush", &[])?;
            }
        }
        return Ok(Value::None);
    }
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_string(a)?);
    }
    out.push_str(&end);
    match file {
        None | Some(Value::None) => vm.print_to_stdout(&out)?,
        Some(f) => {
            vm.call_method(&f, "write", &[Value::str(&out)])?;
            if flush.as_ref().is_some_and(|v| vm.truthy_fast(v)) {
                vm.call_method(&f, "flush", &[])?;
            }
        }
    }
    Ok(Value::None)
}

fn builtin_len(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("len", kw)?;
    check_arity("len", args, 1, 1)?;
    let n = vm.len(&arg(args, 0))?;
    Ok(Value::Int(n as i64))
}

fn builtin_repr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("repr", kw)?;
    check_arity("repr", args, 1, 1)?;
    vm.repr(&arg(args, 0))
}

fn builtin_isinstance(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("isinstance", kw)?;
    check_arity("isinstance", args, 2, 2)?;
    vm.isinstance(&arg(args, 0), &arg(args, 1)).map(Value::Bool)
}

fn builtin_issubclass(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("issubclass", kw)?;
    check_arity("issubclass", args, 2, 2)?;
    vm.issubclass(&arg(args, 0), &arg(args, 1)).map(Value::Bool)
}

fn builtin_getattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("getattr", kw)?;
    check_arity("getattr", args, 2, 3)?;
    let name = attr_name(&arg(args, 1), "getattr()")?;
    let obj = arg(args, 0);
    match args.get(2) {
        None => vm.getattr_str(&obj, &name),
        Some(default) => match vm.getattr_opt(&obj, &name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default.clone()),
            Err(e) if e.matches(&types().attribute_error) => Ok(default.clone()),
            Err(e) => Err(e),
        },
    }
}

fn builtin_setattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("setattr", kw)?;
    check_arity("setattr", args, 3, 3)?;
    let name = attr_name(&arg(args, 1), "setattr()")?;
    vm.setattr(&arg(args, 0), &name, arg(args, 2))?;
    Ok(Value::None)
}

fn builtin_delattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("delattr", kw)?;
    check_arity("delattr", args, 2, 2)?;
    let name = attr_name(&arg(args, 1), "delattr()")?;
    vm.delattr(&arg(args, 0), &name)?;
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("hasattr", kw)?;
    check_arity("hasattr", args, 2, 2)?;
    let name = attr_name(&arg(args, 1), "hasattr()")?;
    match vm.getattr_opt(&arg(args, 0), &name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if e.matches(&types().attribute_error) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn builtin_iter(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("iter", kw)?;
    check_arity("iter", args, 1, 2)?;
    if let Some(sentinel) = args.get(1) {
        let func = arg(args, 0);
        if !is_callable(&func) {
            return Err(type_error(
                "iter(object, sentinel): object must be callable",
            ));
        }
        return Ok(Value::Obj(crate::object::Object::new(
            &types().callable_iterator,
            Payload::Iter(Box::new(std::cell::RefCell::new(
                crate::objects::iter::IterState::Callable {
                    func,
                    sentinel: sentinel.clone(),
                },
            ))),
        )));
    }
    vm.iter(&arg(args, 0))
}

fn builtin_next(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("next", kw)?;
    check_arity("next", args, 1, 2)?;
    let it = arg(args, 0);
    let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
        || crate::objects::typeobj::lookup(crate::vm::type_of(&it), "__next__").is_some();
    if !is_iter {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name_of(&it)
        )));
    }
    match args.get(1) {
        None => vm.next_or_stop(&it),
        Some(default) => Ok(vm.next(&it)?.unwrap_or_else(|| default.clone())),
    }
}

fn builtin_id(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("id", kw)?;
    check_arity("id", args, 1, 1)?;
    Ok(Value::Int(arg(args, 0).id()))
}

fn builtin_hash(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("hash", kw)?;
    check_arity("hash", args, 1, 1)?;
    vm.hash(&arg(args, 0)).map(Value::Int)
}

/// Whether a value can be called.
pub fn is_callable(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod { .. }
            | Payload::StaticMethod(_)
            | Payload::Type(_),
        ) => true,
        _ => crate::objects::typeobj::lookup(crate::vm::type_of(v), "__call__").is_some(),
    }
}

fn builtin_callable(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_kwargs("callable", kw)?;
    check_arity("callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(&arg(args, 0))))
}

fn builtin_build_class(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    vm.build_class(args, kw)
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the `import` statement's
/// machinery; `globals` gives the package a relative import starts from.
fn builtin_import(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [k_name, k_globals, _k_locals, k_fromlist, k_level] = take_kwargs(
        "__import__",
        kw,
        ["name", "globals", "locals", "fromlist", "level"],
    )?;
    if args.len() > 5 {
        return Err(type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.len()
        )));
    }
    let Some(name) = args.first().cloned().or(k_name) else {
        return Err(type_error(
            "__import__() missing required argument 'name' (pos 1)",
        ));
    };
    let Some(n) = name.as_pystr().map(|s| s.to_rust().into_owned()) else {
        return Err(type_error("module name must be a string"));
    };
    let globals = args.get(1).cloned().or(k_globals).unwrap_or(Value::None);
    let fromlist = args.get(3).cloned().or(k_fromlist).unwrap_or(Value::None);
    let level = args.get(4).cloned().or(k_level).unwrap_or(Value::Int(0));
    let level = match level {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b),
        other => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::vm::type_name_of(&other)
            )))
        }
    };
    crate::import::import_module_level(vm, &n, &globals, &fromlist, level)
}

fn builtin_globals(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("globals", args, 0, 0)?;
    Ok(vm.current_globals())
}

fn builtin_locals(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    check_arity("locals", args, 0, 0)?;
    vm.current_locals()
}

/// Whether `iter(v)` could succeed without calling it (for error messages).
pub fn is_iterable(v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Range(_)
            | Payload::Iter(_)
            | Payload::Generator(_),
        ) => true,
        _ => {
            let cls = crate::vm::type_of(v);
            crate::objects::typeobj::lookup(cls, "__iter__").is_some()
                || crate::objects::typeobj::lookup(cls, "__getitem__").is_some()
        }
    }
}

/// The attribute names `dir(obj)` lists (sorted), used by `dir()` and suggestions.
pub fn dir_names(vm: &mut Vm, obj: &Value) -> PyResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &crate::objects::dict::Dict, names: &mut Vec<String>| {
        for e in d.iter() {
            if let Some(s) = e.key.as_pystr() {
                names.push(s.to_rust().into_owned());
            }
        }
    };
    if let Some(o) = obj.as_obj() {
        if let Some(d) = o.instance_dict() {
            if let Payload::Dict(t) = &d.payload {
                add_dict(&t.borrow(), &mut names);
            }
        }
        if let Payload::Module { dict, .. } = &o.payload {
            if let Payload::Dict(t) = &dict.payload {
                add_dict(&t.borrow(), &mut names);
            }
        }
    }
    let classes: Vec<crate::object::Obj> = match obj.payload() {
        Some(Payload::Type(t)) => {
            let mut v = vec![obj
                .as_obj()
                .cloned()
                .unwrap_or_else(|| types().object.clone())];
            v.extend(t.mro().iter().cloned());
            v
        }
        Some(Payload::Module { .. }) => Vec::new(),
        _ => {
            let cls = crate::vm::type_of(obj).clone();
            let mut v = vec![cls.clone()];
            if let Some(t) = cls.as_type() {
                v.extend(t.mro().iter().cloned());
            }
            v
        }
    };
    for c in classes {
        if let Some(t) = c.as_type() {
            add_dict(&t.dict.borrow(), &mut names);
            names.extend(
                crate::special::class_getset_names(t)
                    .iter()
                    .map(|n| n.to_string()),
            );
            if std::rc::Rc::ptr_eq(&c, &types().base_exception) {
                // BaseException's getset descriptors (answered natively here).
                names.extend(
                    [
                        "__cause__",
                        "__context__",
                        "__dict__",
                        "__suppress_context__",
                        "__traceback__",
                        "args",
                    ]
                    .iter()
                    .map(|n| n.to_string()),
                );
            }
        }
    }
    let _ = vm;
    if !matches!(obj.payload(), Some(Payload::Module { .. })) {
        names.push("__class__".to_string());
        names.push("__doc__".to_string());
        let cls = crate::vm::type_of(obj);
        let heap_instance = !matches!(obj.payload(), Some(Payload::Type(_)))
            && cls.as_type().is_some_and(|t| t.heap && t.instance_dict);
        if heap_instance {
            names.push("__dict__".to_string());
            names.push("__weakref__".to_string());
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}
