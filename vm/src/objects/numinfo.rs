//! The numeric parts of `sys`: `float_info`, `int_info`, `hash_info` (struct sequences with
//! CPython's fields and values for a 64-bit build) and `get_int_max_str_digits` /
//! `set_int_max_str_digits`, plus `float.__getformat__`.

use crate::error::{type_error, value_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::int::{as_int, max_str_digits, set_max_str_digits};
use crate::types::{add_classmethods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// A struct sequence: a tuple subclass named `sys.<name>` whose fields are class attributes
/// (each of these types has a single instance) and whose repr names them.
fn struct_seq(vm: &mut Vm, name: &str, fields: &[(&str, Value)]) -> Value {
    let items: Vec<Value> = fields.iter().map(|(_, v)| v.clone()).collect();
    let ns = crate::vm::fresh_dict();
    if let Payload::Dict(d) = &ns.payload {
        let mut d = d.borrow_mut();
        d.set_str("__module__", Value::str("sys"));
        for (field, v) in fields {
            d.set_str(field, v.clone());
        }
        let names = fields.iter().map(|(f, _)| Value::str(f)).collect();
        d.set_str("_fields", vm.new_tuple(names));
        d.set_str("n_fields", Value::Int(fields.len() as i64));
        d.set_str(
            "__repr__",
            vm.new_builtin_function("__repr__", struct_seq_repr),
        );
    }
    let t = types();
    match vm.new_class(&t.type_, name, vec![t.tuple.clone()], &Value::Obj(ns), &[]) {
        Ok(Value::Obj(cls)) => Value::Obj(Object::new(&cls, Payload::Tuple(items.into()))),
        _ => vm.new_tuple(items),
    }
}

fn struct_seq_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Some(Payload::Tuple(items)) = this.payload() else {
        return Err(type_error("descriptor requires a struct sequence"));
    };
    let items = items.clone();
    let names = vm.getattr(&this, &Value::str("_fields"))?;
    let names = vm.collect_iter(&names)?;
    let mut parts = Vec::with_capacity(items.len());
    for (n, v) in names.iter().zip(items.iter()) {
        let n = vm.str_string(n)?;
        parts.push(format!("{n}={}", vm.repr_string(v)?));
    }
    Ok(Value::str(&format!(
        "sys.{}({})",
        type_name_of(&this),
        parts.join(", ")
    )))
}

fn get_int_max_str_digits(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(max_str_digits() as i64))
}

fn set_int_max_str_digits(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [kw_v] = crate::builtins::take_kwargs("set_int_max_str_digits", kw, ["maxdigits"])?;
    let v = args.first().cloned().or(kw_v).ok_or_else(|| {
        type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
    })?;
    let n = match as_int(&v) {
        Some(i) => i.to_big(),
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&v)
            )))
        }
    };
    match num_traits::ToPrimitive::to_usize(&n) {
        Some(0) => set_max_str_digits(0),
        Some(n) if n >= 640 => set_max_str_digits(n),
        _ => return Err(value_error("maxdigits must be 0 or larger than 640")),
    }
    Ok(Value::None)
}

fn float_getformat(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.get(1).cloned().unwrap_or(Value::None);
    let Some(s) = v.as_pystr() else {
        return Err(type_error(format!(
            "float.__getformat__() argument must be str, not {}",
            type_name_of(&v)
        )));
    };
    match &*s.to_rust() {
        "double" | "float" => Ok(Value::str("IEEE, little-endian")),
        _ => Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

/// Adds the numeric attributes to `sys` (called once `sys` exists).
pub(crate) fn register_sys(vm: &mut Vm) {
    add_classmethods(&types().float, &[("__getformat__", float_getformat)]);
    let float_info = struct_seq(
        vm,
        "float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(1024)),
            ("max_10_exp", Value::Int(308)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(-1021)),
            ("min_10_exp", Value::Int(-307)),
            ("dig", Value::Int(15)),
            ("mant_dig", Value::Int(53)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    );
    let int_info = struct_seq(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    let hash_info = struct_seq(
        vm,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1i64 << 61) - 1)),
            ("inf", Value::Int(314_159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1_000_003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    vm.set_sys_attr("float_info", float_info);
    vm.set_sys_attr("int_info", int_info);
    vm.set_sys_attr("hash_info", hash_info);
    let get = vm.new_builtin_function("get_int_max_str_digits", get_int_max_str_digits);
    vm.set_sys_attr("get_int_max_str_digits", get);
    let set = vm.new_builtin_function("set_int_max_str_digits", set_int_max_str_digits);
    vm.set_sys_attr("set_int_max_str_digits", set);
}
