//! CPython's marshal format, `.pyc` files and CPython code objects, in safe Rust.
//!
//! ```
//! use pyvm_marshal::{dumps, loads, repr, Heap, Value};
//!
//! // Build a value and write it as CPython 3.12 would.
//! let mut heap = Heap::new();
//! let one = heap.int(1);
//! let name = heap.str("a");
//! let t = heap.tuple(vec![one, name]);
//! assert_eq!(dumps(&heap, t)?, b"\xa9\x02\xe9\x01\x00\x00\x00\xfa\x01a");
//!
//! // Read it back.
//! let loaded = loads(b"\xa9\x02\xe9\x01\x00\x00\x00\xfa\x01a")?;
//! assert_eq!(repr(&loaded.heap, loaded.root), "(1, 'a')");
//! assert!(matches!(loaded.heap[loaded.root], Value::Tuple(_)));
//! # Ok::<(), pyvm_marshal::Error>(())
//! ```
//!
//! * [`loads`] / [`loads_with`] read marshal data of every version (0–4) into a [`Heap`]:
//!   an arena of [`Value`]s linked by [`ObjId`], so shared references and even cycles are
//!   represented exactly (the same id twice is the same object).
//! * [`dumps`] / [`dumps_with`] write version 0–4. With the default [`RefPolicy::CPython`] the
//!   bytes equal CPython 3.12's `marshal.dumps` for data without shared references;
//!   [`RefPolicy::Preserve`] writes a loaded `.pyc` back byte for byte.
//! * [`Pyc`] and [`PycHeader`] read and write `.pyc` files (PEP 552 header, SipHash source
//!   hashes), choosing the code-object layout from the magic number (CPython 3.6–3.13).
//! * [`CpythonCode`] exposes a code object's fields, and decodes its line table
//!   (`co_lnotab`, the 3.10 line table, the 3.11+ location table) and exception table.
//!
//! Errors carry CPython's exception type and message ([`Error::python_type`], `Display`).
//! No input makes this crate panic; the `fuzz/` directory holds the targets that check it.
//!
//! The crate knows nothing about pyvm: pyvm's own code objects will become another variant of
//! [`Code`] with its own layout.

mod code;
mod error;
mod linetable;
mod pyc;
mod pystr;
mod reader;
mod repr;
mod siphash;
pub mod types;
mod value;
mod writer;

pub use code::{
    Code, CodeLayout, CpythonCode, PythonVersion, CO_FAST_CELL, CO_FAST_FREE, CO_FAST_HIDDEN,
    CO_FAST_LOCAL, CO_FLAG_NAMES,
};
pub use error::{Error, ErrorKind};
pub use linetable::{ExceptionEntry, LineRange, Position};
pub use pyc::{
    magic_of_version, source_hash, version_of_magic, Invalidation, Pyc, PycError, PycHeader,
    FINAL_MAGICS,
};
pub use pystr::{CodePoints, PyStr};
pub use reader::{loads, loads_with, LoadOptions, Loaded};
pub use repr::{canonical, float_repr, repr};
pub use value::{Heap, ObjId, Value};
pub use writer::{dumps, dumps_with, DumpOptions, RefPolicy};

/// The marshal version CPython 3.12 writes (`marshal.version`).
pub const VERSION: u8 = 4;

/// `MAX_MARSHAL_STACK_DEPTH`: how deeply objects may nest, for reading and writing.
pub const MAX_DEPTH: usize = 2000;
