//! `bytes`.

use crate::error::{type_error, PyResult};
use crate::object::{Object, Payload};
use crate::types::types;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// A new `bytes` value.
pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Obj(Object::new(
        &types().bytes,
        Payload::Bytes(b.into_boxed_slice()),
    ))
}

/// `repr(bytes)`.
pub fn repr(b: &[u8]) -> String {
    let mut s = String::new();
    pyvm_parser::pyrepr::write_bytes_repr(&mut s, b);
    s
}

fn bytes_decode(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Bytes(b)) => match std::str::from_utf8(b) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => Err(crate::error::PyErr::new(
                &types().unicode_decode_error,
                format!(
                    "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                    b.get(e.valid_up_to()).copied().unwrap_or(0),
                    e.valid_up_to()
                ),
            )),
        },
        _ => Err(type_error("descriptor requires a 'bytes' object")),
    }
}

/// The native methods of `bytes`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("decode", bytes_decode)];
