//! Python exceptions as Rust errors.
//!
//! A [`PyErr`] is the exception instance itself, so raising, catching and re-raising never
//! convert between representations.

use std::cell::RefCell;

use crate::object::{Obj, Object, Payload};
use crate::objects::exception::ExcState;
use crate::types::types;
use crate::value::Value;

/// A raised Python exception (the instance).
#[derive(Clone, Debug)]
pub struct PyErr(pub(crate) Obj);

/// Result of anything that may raise.
pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    /// A new exception of built-in class `ty` with one message argument.
    pub fn new(ty: &Obj, msg: impl Into<String>) -> PyErr {
        let arg = Value::str(&msg.into());
        PyErr::with_args(ty, vec![arg])
    }

    /// A new exception of class `ty` with `args`.
    pub fn with_args(ty: &Obj, args: Vec<Value>) -> PyErr {
        let args = Value::Obj(Object::new(
            &types().tuple,
            Payload::Tuple(args.into_boxed_slice()),
        ));
        PyErr(Object::new(
            ty,
            Payload::Exception(Box::new(RefCell::new(ExcState::new(args)))),
        ))
    }

    /// The exception instance.
    pub fn value(&self) -> Value {
        Value::Obj(self.0.clone())
    }

    /// The exception instance object.
    pub fn object(&self) -> &Obj {
        &self.0
    }

    /// The exception's class name.
    pub fn type_name(&self) -> String {
        self.0
            .class()
            .as_type()
            .map(|t| t.name.to_string())
            .unwrap_or_default()
    }

    /// Whether the exception is an instance of `ty`.
    pub fn matches(&self, ty: &Obj) -> bool {
        crate::objects::typeobj::is_subtype(self.0.class(), ty)
    }

    #[allow(dead_code)]
    pub(crate) fn state(&self) -> Option<&RefCell<ExcState>> {
        match &self.0.payload {
            Payload::Exception(s) => Some(s),
            _ => None,
        }
    }
}

macro_rules! exc_ctor {
    ($($fname:ident => $field:ident),* $(,)?) => {
        $(
            #[doc = concat!("A new `", stringify!($field), "` with a message.")]
            pub fn $fname(msg: impl Into<String>) -> PyErr {
                PyErr::new(&types().$field, msg)
            }
        )*
    };
}

exc_ctor! {
    type_error => type_error,
    value_error => value_error,
    index_error => index_error,
    key_error_msg => key_error,
    attribute_error => attribute_error,
    name_error => name_error,
    zero_division_error => zero_division_error,
    overflow_error => overflow_error,
    runtime_error => runtime_error,
    recursion_error => recursion_error,
    system_error => system_error,
    unbound_local_error => unbound_local_error,
    import_error => import_error,
    not_implemented_error => not_implemented_error,
}
