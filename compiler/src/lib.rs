//! Compiles the `pyvm-parser` AST to pyvm's register bytecode.
//!
//! The pipeline is CPython's: parse, build symbol tables, then walk the tree once per code object
//! emitting [`instr::Instr`]s through a [`code::CodeBuilder`]. The result is an immutable
//! [`code::CodeObject`] tree (nested functions and classes are constants of their parent).
//! `docs/vm-design.md` §11 lists the conventions the VM relies on (register layout, class
//! bodies, exception table); the table at the top of [`instr`] gives each instruction's meaning.
//!
//! ```
//! let code = pyvm_compiler::compile("print(1 + 2)\n", "<test>", pyvm_parser::Mode::Exec).unwrap();
//! assert!(pyvm_compiler::disassemble(&code).contains("CALL"));
//! ```

use std::rc::Rc;

pub mod code;
mod codegen;
pub mod dis;
mod fold;
pub mod instr;
pub mod pyc_cache;
mod scope;
pub mod serialize;

use code::CodeObject;

/// Why a source could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// A `SyntaxError` from the parser, the symbol table or the code generator (CPython raises
    /// the same exception for all three).
    #[error(transparent)]
    Syntax(pyvm_parser::SyntaxError),
    /// A limit of the register bytecode was exceeded (more than 256 registers in one frame,
    /// more than 65,536 instructions or constants): CPython has no such limit, so this is
    /// reported separately (the VM raises `SystemError`).
    #[error("code too complex to compile ({what}, line {lineno})")]
    TooLarge { what: &'static str, lineno: u32 },
}

impl From<pyvm_parser::SyntaxError> for CompileError {
    fn from(e: pyvm_parser::SyntaxError) -> Self {
        CompileError::Syntax(e)
    }
}

/// Parses and compiles `source` (`compile(source, filename, mode)`).
pub fn compile(
    source: &str,
    filename: &str,
    mode: pyvm_parser::Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    let arena = bumpalo::Bump::new();
    let module = pyvm_parser::parse(source, mode, pyvm_parser::ParseOptions::default(), &arena)?;
    compile_mod(&module, source, filename)
}

/// Compiles an already parsed module; `source` is the text it was parsed from (for positions).
pub fn compile_mod(
    module: &pyvm_parser::ast::Mod<'_>,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, CompileError> {
    let mut warnings = Vec::new();
    compile_mod_with_warnings(module, source, filename, &mut warnings)
}

/// [`compile_mod`], also collecting the `SyntaxWarning`s CPython's compiler emits (`'int'
/// object is not callable; perhaps you missed a comma?`, `"is" with 'str' literal. Did you mean
/// "=="?`, ...), in order; a script runner prints them (after the parser's) with
/// `pyvm_parser::report::format_syntax_warning`, even when compilation then fails.
pub fn compile_mod_with_warnings(
    module: &pyvm_parser::ast::Mod<'_>,
    source: &str,
    filename: &str,
    warnings: &mut Vec<pyvm_parser::SyntaxWarning>,
) -> Result<Rc<CodeObject>, CompileError> {
    codegen::compile_mod(module, source, filename, warnings).map(Rc::new)
}

/// The disassembly of `code` and, recursively, of the code objects among its constants, in the
/// layout of CPython's `dis.dis`.
pub fn disassemble(code: &CodeObject) -> String {
    dis::disassemble(code)
}
pub mod symtable;
