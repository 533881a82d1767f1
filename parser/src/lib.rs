//! A Python 3.12 parser producing an arena-allocated AST that mirrors CPython's `ast` module.
//!
//! ```ignore
//! let arena = bumpalo::Bump::new();
//! let module = pyvm_parser::parse_module("x = 1\n", &arena)?;
//! assert_eq!(module.body.len(), 1);
//! ```

pub mod ast;
mod dump;
pub mod error;
pub(crate) mod literal;
pub mod pyrepr;
pub mod report;

pub use dump::dump;
pub use error::{SyntaxError, SyntaxErrorKind, SyntaxWarning};
pub use pyvm_lexer::LineIndex;

use bumpalo::Bump;

/// What the source is parsed as (the `mode` argument of CPython's `compile`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: `ast.Module`.
    Exec,
    /// A single expression: `ast.Expression`.
    Eval,
    /// One interactive statement: `ast.Interactive`.
    Single,
    /// A function type comment `(int, str) -> bool`: `ast.FunctionType`.
    FuncType,
}

/// Options of a parse.
#[derive(Clone, Copy, Debug, Default)]
pub struct ParseOptions {
    /// Record `# type:` comments (`ast.parse(type_comments=True)`, the default of `-m ast`).
    pub type_comments: bool,
}

/// Parses `source` in `mode`. The tree lives in `arena` and does not borrow `source`.
pub fn parse<'a>(
    source: &str,
    mode: Mode,
    options: ParseOptions,
    arena: &'a Bump,
) -> Result<ast::Mod<'a>, SyntaxError> {
    let mut warnings = Vec::new();
    parse_with_warnings(source, mode, options, arena, &mut warnings)
}

/// [`parse`], also collecting the `SyntaxWarning`s CPython would print.
pub fn parse_with_warnings<'a>(
    _source: &str,
    _mode: Mode,
    _options: ParseOptions,
    _arena: &'a Bump,
    _warnings: &mut Vec<SyntaxWarning>,
) -> Result<ast::Mod<'a>, SyntaxError> {
    // Placeholder until the grammar lands.
    Err(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "the parser is not written yet".to_owned(),
        lineno: 1,
        offset: 1,
        end_lineno: None,
        end_offset: None,
    })
}

/// Parses a module (`compile(source, filename, "exec")`).
pub fn parse_module<'a>(source: &str, arena: &'a Bump) -> Result<ast::Module<'a>, SyntaxError> {
    match parse(source, Mode::Exec, ParseOptions::default(), arena)? {
        ast::Mod::Module(m) => Ok(m),
        _ => unreachable!("exec mode always yields a Module"),
    }
}
