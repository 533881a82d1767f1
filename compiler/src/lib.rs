//! Compiles the `pyvm-parser` AST to pyvm's register bytecode (not written yet).
