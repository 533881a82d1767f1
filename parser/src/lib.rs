//! A Python 3.12 parser producing an arena-allocated AST that mirrors CPython's `ast` module.

pub mod ast;
