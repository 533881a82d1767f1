//! Compiles the `pyvm-parser` AST to pyvm's register bytecode (code generation not written yet).

pub mod code;
pub mod instr;
pub mod symtable;
