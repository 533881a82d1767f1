//! `repr()` and `str()` of the built-in types.

use crate::error::PyResult;
use crate::object::{Obj, Payload};
use crate::objects::float;
use crate::value::Value;
use crate::vm::{type_of, Vm};

/// `repr` of values that need neither Python code nor recursion.
pub(crate) fn builtin_repr_fast(v: &Value) -> Option<String> {
    match v {
        Value::None => Some("None".into()),
        Value::Bool(true) => Some("True".into()),
        Value::Bool(false) => Some("False".into()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(float::repr(*f)),
        Value::Unbound => Some("<NULL>".into()),
        Value::Obj(o) => {
            if o.class().as_type().is_some_and(|t| t.heap) {
                return None;
            }
            match &o.payload {
                Payload::Str(s) => Some(s.repr()),
                Payload::Int(b) => {
                    Some(b.to_string()).filter(|s| !crate::objects::int::over_digit_limit(s))
                }
                Payload::Float(f) => Some(float::repr(*f)),
                Payload::Bytes(b) => Some(crate::objects::bytes::repr(b)),
                _ => None,
            }
        }
    }
}

fn type_name(o: &Obj) -> String {
    o.class()
        .as_type()
        .map(|t| t.name.to_string())
        .unwrap_or_default()
}

/// Qualified name for function reprs.
fn qualname_of(v: &Value) -> String {
    match v.payload() {
        Some(Payload::Function(f)) => f
            .qualname
            .borrow()
            .as_pystr()
            .map(|s| s.to_rust().into_owned())
            .unwrap_or_default(),
        Some(Payload::Builtin(b)) => match &b.owner {
            Some(t) => format!("{}.{}", t, b.name),
            None => b.name.to_string(),
        },
        _ => String::new(),
    }
}

fn complex_part(x: f64) -> String {
    let r = float::repr(x);
    match r.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => r,
    }
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = if im.is_nan() || im.is_infinite() {
        float::repr(im)
    } else {
        complex_part(im)
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = complex_part(re);
    let sign = if im.is_sign_negative() || imag.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({real}{sign}{imag}j)")
}

/// `repr` of built-in objects (containers recurse through the VM).
pub(crate) fn builtin_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = builtin_repr_fast(v) {
        return Ok(s);
    }
    let Value::Obj(o) = v else {
        return Ok(String::new());
    };
    let addr = o.as_ref() as *const _ as usize;
    let container = matches!(
        o.payload,
        Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Tuple(_)
    );
    if container {
        if vm.repr_stack.contains(&addr) {
            return Ok(match &o.payload {
                Payload::List(_) => "[...]".into(),
                Payload::Dict(_) => "{...}".into(),
                _ => format!("{}(...)", type_name(o)),
            });
        }
        vm.repr_stack.push(addr);
        let r = container_repr(vm, o);
        vm.repr_stack.pop();
        return r;
    }
    Ok(match &o.payload {
        Payload::Str(s) => s.repr(),
        Payload::Int(b) => {
            let s = b.to_string();
            if crate::objects::int::over_digit_limit(&s) {
                return Err(crate::error::value_error(format!(
                    "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                    crate::objects::int::max_str_digits()
                )));
            }
            s
        }
        Payload::Float(f) => float::repr(*f),
        Payload::Complex(re, im) => complex_repr(*re, *im),
        Payload::DictView { .. } => return crate::objects::dictview::repr(vm, v),
        Payload::ByteArray(b) => format!(
            "{}({})",
            crate::vm::type_name_of(v),
            crate::objects::bytearray::repr_body(&b.borrow())
        ),
        Payload::Bytes(b) => crate::objects::bytes::repr(b),
        Payload::Range(r) => r.repr(),
        Payload::Slice(parts) => {
            let a = vm.repr_string(&parts[0])?;
            let b = vm.repr_string(&parts[1])?;
            let c = vm.repr_string(&parts[2])?;
            format!("slice({a}, {b}, {c})")
        }
        Payload::Function(_) => format!("<function {} at {:#x}>", qualname_of(v), addr),
        Payload::Builtin(b) => match &b.owner {
            Some(t) if is_slot_name(b.name) => {
                format!("<slot wrapper '{}' of '{}' objects>", b.name, t)
            }
            Some(t) => format!("<method '{}' of '{}' objects>", b.name, t),
            None => format!("<built-in function {}>", b.name),
        },
        Payload::BoundMethod { func, receiver } => {
            if let Some(Payload::Builtin(b)) = func.payload().filter(|_| {
                // A bound slot wrapper is a method-wrapper (`obj.__init__`).
                !matches!(func.payload(), Some(Payload::Builtin(b)) if b.owner.is_some() && is_slot_name(b.name))
            }) {
                format!(
                    "<built-in method {} of {} object at {:#x}>",
                    b.name,
                    crate::vm::type_name_of(receiver),
                    receiver.id()
                )
            } else if let Some(Payload::Builtin(b)) = func.payload() {
                format!(
                    "<method-wrapper '{}' of {} object at {:#x}>",
                    b.name,
                    crate::vm::type_name_of(receiver),
                    receiver.id()
                )
            } else {
                let r = vm.repr_string(receiver)?;
                format!("<bound method {} of {}>", qualname_of(func), r)
            }
        }
        Payload::Type(t) => {
            let module = match t.own_lookup("__module__") {
                Some(m) => m.as_pystr().map(|s| s.to_rust().into_owned()),
                None => Some(t.module.to_string()),
            };
            match module.as_deref() {
                Some("builtins") | None => format!("<class '{}'>", t.current_qualname()),
                Some(m) => format!("<class '{}.{}'>", m, t.current_qualname()),
            }
        }
        Payload::Module { name, .. } => {
            if let Some(r) = crate::import::spec::module_repr(o) {
                return Ok(r);
            }
            if &**name == "sys" || &**name == "builtins" {
                format!("<module '{name}' (built-in)>")
            } else {
                let file = match &o.payload {
                    Payload::Module { dict, .. } => match &dict.payload {
                        Payload::Dict(d) => d.borrow().get_str("__file__").cloned(),
                        _ => None,
                    },
                    _ => None,
                };
                match file.as_ref().and_then(Value::as_pystr) {
                    Some(f) => format!("<module '{}' from '{}'>", name, f.to_rust()),
                    None => format!("<module '{name}'>"),
                }
            }
        }
        Payload::Cell(c) => {
            let inner = c.borrow().clone();
            if inner.is_unbound() {
                format!("<cell at {addr:#x}: empty>")
            } else {
                format!(
                    "<cell at {:#x}: {} object at {:#x}>",
                    addr,
                    crate::vm::type_name_of(&inner),
                    inner.id()
                )
            }
        }
        Payload::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.code.name, addr, c.code.filename, c.code.firstlineno
        ),
        Payload::Generator(g) => {
            let q = g
                .borrow()
                .qualname
                .as_pystr()
                .map(|s| s.to_rust().into_owned())
                .unwrap_or_default();
            format!("<{} object {} at {:#x}>", type_name(o), q, addr)
        }
        Payload::Exception(st) => {
            let items = st.borrow().arg_items();
            let name = type_name(o);
            if items.len() == 1 {
                let a = vm.repr_string(items.first().unwrap_or(&Value::None))?;
                format!("{name}({a})")
            } else {
                let mut parts = Vec::new();
                for it in &items {
                    parts.push(vm.repr_string(it)?);
                }
                format!("{}({})", name, parts.join(", "))
            }
        }
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Property { .. } => format!("<property object at {addr:#x}>"),
        Payload::ClassMethod(f) => {
            let r = vm.repr_string(f)?;
            format!("<classmethod({r})>")
        }
        Payload::StaticMethod(f) => {
            let r = vm.repr_string(f)?;
            format!("<staticmethod({r})>")
        }
        Payload::Member(m) => format!("<member '{}' of '{}' objects>", m.name, m.owner_name),
        Payload::Super { this, obj } => {
            let tn = this
                .as_type()
                .map(|t| t.name.to_string())
                .unwrap_or_default();
            if obj.is_unbound() {
                format!("<super: <class '{tn}'>, NULL>")
            } else {
                format!(
                    "<super: <class '{}'>, <{} object>>",
                    tn,
                    crate::vm::type_name_of(obj)
                )
            }
        }
        Payload::Traceback(_) => format!("<traceback object at {addr:#x}>"),
        _ => default_repr(o),
    })
}

/// `object.__repr__`: `<module.Class object at 0x...>`.
pub(crate) fn default_repr(o: &Obj) -> String {
    let cls = o.class();
    let (module, qual) = match cls.as_type() {
        Some(t) => {
            let m = match t.own_lookup("__module__") {
                Some(m) => m.as_pystr().map(|s| s.to_rust().into_owned()),
                None => Some(t.module.to_string()),
            };
            (m, t.current_qualname().to_string())
        }
        None => (None, String::new()),
    };
    let addr = o.as_ref() as *const _ as usize;
    match module.as_deref() {
        Some("builtins") | None => format!("<{qual} object at {addr:#x}>"),
        Some(m) => format!("<{m}.{qual} object at {addr:#x}>"),
    }
}

fn container_repr(vm: &mut Vm, o: &Obj) -> PyResult<String> {
    let v = Value::Obj(o.clone());
    let heap_name = if o.class().as_type().is_some_and(|t| t.heap) {
        Some(type_name(o))
    } else {
        None
    };
    let items_repr = |vm: &mut Vm, items: &[Value]| -> PyResult<Vec<String>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(vm.repr_string(it)?);
        }
        Ok(out)
    };
    match &o.payload {
        Payload::List(l) => {
            let items = l.borrow().clone();
            Ok(format!("[{}]", items_repr(vm, &items)?.join(", ")))
        }
        Payload::Tuple(t) => {
            let items = t.to_vec();
            let parts = items_repr(vm, &items)?;
            if parts.len() == 1 {
                Ok(format!("({},)", parts.join("")))
            } else {
                Ok(format!("({})", parts.join(", ")))
            }
        }
        Payload::Dict(_) => {
            let mut parts = Vec::new();
            for (k, val) in vm.dict_items(o) {
                let ks = vm.repr_string(&k)?;
                let vs = vm.repr_string(&val)?;
                parts.push(format!("{ks}: {vs}"));
            }
            let body = format!("{{{}}}", parts.join(", "));
            Ok(match heap_name {
                Some(_) => body,
                None => body,
            })
        }
        Payload::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().cloned().collect();
            let name = heap_name.unwrap_or_else(|| "set".into());
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            let body = format!("{{{}}}", items_repr(vm, &items)?.join(", "));
            Ok(if name == "set" {
                body
            } else {
                format!("{name}({body})")
            })
        }
        Payload::FrozenSet(s) => {
            let items: Vec<Value> = s.iter().cloned().collect();
            let name = heap_name.unwrap_or_else(|| "frozenset".into());
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            Ok(format!(
                "{}({{{}}})",
                name,
                items_repr(vm, &items)?.join(", ")
            ))
        }
        _ => vm.repr_string(&v),
    }
}

/// `str(exception)`: the single argument's `str`, or the args tuple's repr.
pub(crate) fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Some(Payload::Exception(st)) = v.payload() else {
        return Ok(String::new());
    };
    let items = st.borrow().arg_items();
    let cls = type_of(v).clone();
    if crate::exc_group::is_group(v)
        || crate::objects::typeobj::is_subtype(&cls, &crate::types::types().syntax_error)
        || crate::objects::typeobj::is_subtype(&cls, &crate::types::types().os_error)
        || crate::objects::typeobj::is_subtype(&cls, &crate::types::types().unicode_encode_error)
        || crate::objects::typeobj::is_subtype(&cls, &crate::types::types().unicode_decode_error)
    {
        let r = vm.call_dunder(v, "__str__", &[])?;
        return Ok(r
            .and_then(|r| r.as_pystr().map(|s| s.to_rust().into_owned()))
            .unwrap_or_default());
    }
    if crate::objects::typeobj::is_subtype(&cls, &crate::types::types().key_error)
        && items.len() == 1
    {
        return vm.repr_string(items.first().unwrap_or(&Value::None));
    }
    match items.len() {
        0 => Ok(String::new()),
        1 => vm.str_string(items.first().unwrap_or(&Value::None)),
        _ => {
            let args = st.borrow().args.clone();
            vm.repr_string(&args)
        }
    }
}

/// Whether a built-in dunder is one of CPython's type slots (shown as a slot wrapper, or a
/// method-wrapper once bound) rather than an ordinary method such as `__format__`.
pub(crate) fn is_slot_name(name: &str) -> bool {
    name.starts_with("__")
        && name.ends_with("__")
        && !matches!(
            name,
            "__new__"
                | "__init_subclass__"
                | "__subclasshook__"
                | "__format__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__sizeof__"
                | "__dir__"
                | "__getstate__"
                | "__class_getitem__"
                | "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__getnewargs__"
                | "__reversed__"
        )
}
