//! The pyvm virtual machine: object model, eval loop, frames, exceptions, classes, builtins and
//! the `sys` module.
//!
//! The public face is small: [`Vm::new`], [`Vm::run_main`] (run a compiled module as
//! `__main__` and report an uncaught exception as CPython does) and the [`Value`] type that
//! native functions take and return.

#![allow(clippy::too_many_lines)]

pub mod attr;
pub mod builtins;
pub mod class;
pub mod error;
pub mod eval;
pub mod exc_group;
pub mod exec;
pub(crate) mod frame;
pub mod hash;
pub(crate) mod import;
pub(crate) mod io;
pub(crate) mod modules;
pub mod object;
pub mod objects;
pub mod ops;
pub mod repr;
pub(crate) mod special;
pub mod subscript;
pub mod sysmod;
pub mod traceback;
pub mod types;
mod typing;
pub mod value;
pub mod vm;
mod wide_chars;

pub use error::{PyErr, PyResult};
pub use import::ImportConfig;
pub use value::Value;
pub use vm::{KwArgs, Vm};
