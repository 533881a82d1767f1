//! Methods of `object` and `type` reachable as attributes.

use crate::error::{type_error, PyResult};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn type_mro(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match args.first() {
        Some(Value::Obj(o)) => match o.as_type() {
            Some(t) => {
                let mut items = vec![Value::Obj(o.clone())];
                items.extend(t.mro.iter().cloned().map(Value::Obj));
                Ok(vm.new_list(items))
            }
            None => Err(type_error("descriptor 'mro' requires a 'type' object")),
        },
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}

/// Methods of `object`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[];
/// Methods of `type`.
pub(crate) const TYPE_METHODS: &[(&str, crate::objects::function::NativeFn)] =
    &[("mro", type_mro)];
