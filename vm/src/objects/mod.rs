//! The built-in types, one file each.

pub mod bytearray;
pub mod bytes;
pub mod bytes_methods;
pub mod complex;
pub mod ctor;
pub mod dict;
pub mod dict_methods;
pub mod dictview;
pub mod exception;
pub mod extra;
pub mod float;
pub mod format;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod object_methods;
pub mod range;
pub mod set;
pub mod set_ops;
pub mod str;
pub mod str_more;
pub mod tuple;
pub mod type_docs;
pub mod typeobj;
