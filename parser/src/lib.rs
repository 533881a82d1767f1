//! A Python 3.12 parser producing an arena-allocated AST that mirrors CPython's `ast` module.
//!
//! ```ignore
//! let arena = bumpalo::Bump::new();
//! let module = pyvm_parser::parse_module("x = 1\n", &arena)?;
//! assert_eq!(module.body.len(), 1);
//! ```

pub mod ast;
mod builder;
mod bytes;
mod depth;
mod dump;
pub mod error;
mod errors;
pub(crate) mod literal;
pub mod pyrepr;
pub mod report;
mod soft_keywords;
mod token;
mod validate;

#[allow(
    clippy::all,
    clippy::pedantic,
    clippy::unwrap_used,
    unused,
    unused_parens,
    unused_qualifications,
    rust_2018_idioms
)]
mod grammar {
    include!(concat!(env!("OUT_DIR"), "/grammar.rs"));
}

pub use bytes::parse_bytes;
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
    source: &str,
    mode: Mode,
    options: ParseOptions,
    arena: &'a Bump,
    warnings: &mut Vec<SyntaxWarning>,
) -> Result<ast::Mod<'a>, SyntaxError> {
    let builder = builder::Builder::new(arena, source);
    let lexer = pyvm_lexer::Lexer::new(
        source,
        pyvm_lexer::LexOptions {
            type_comments: options.type_comments,
        },
    );
    let mut stream = soft_keywords::TokenStream::new(lexer, mode, arena);
    let result = grammar::TopParser::new().parse(&builder, stream.by_ref());
    // Line numbers are only needed for warnings, `# type: ignore` and errors: most parses
    // never build the index (it was 3-4% of parsing a clean file).
    let line_index = std::cell::OnceCell::new();
    let index = || line_index.get_or_init(|| LineIndex::new(source));
    // Warnings come from the lexer (`\{` in f-strings) and from literal decoding; CPython
    // reports them in source order.
    let mut found: Vec<(u32, String)> = stream
        .lex_warnings()
        .into_iter()
        .map(|w| (w.offset, w.message))
        .collect();
    found.extend(
        builder
            .warnings
            .take()
            .into_iter()
            .map(|w| (w.offset, w.msg)),
    );
    found.sort_by_key(|w| w.0);
    for (offset, msg) in found {
        let (lineno, col) = index().line_col_chars(source, offset);
        warnings.push(SyntaxWarning {
            msg,
            lineno,
            offset: col + 1,
        });
    }
    match result {
        Ok(mut m) => {
            if let ast::Mod::Interactive(i) = &m {
                if let Some(e) = stream.interactive_error(source, i.body.is_empty(), index()) {
                    return Err(e);
                }
            }
            if depth::exceeds(&m, depth::MAX_DEPTH) {
                return Err(SyntaxError {
                    kind: SyntaxErrorKind::RecursionError,
                    msg: "maximum recursion depth exceeded during ast construction".into(),
                    lineno: 0,
                    offset: 0,
                    end_lineno: None,
                    end_offset: None,
                });
            }
            if let ast::Mod::Module(module) = &mut m {
                if !stream.type_ignores.is_empty() {
                    let ignores = arena.alloc_slice_fill_iter(stream.type_ignores.iter().map(
                        |(offset, tag)| ast::TypeIgnore {
                            lineno: index().line(*offset),
                            tag: arena.alloc_str(tag),
                        },
                    ));
                    module.type_ignores = ignores;
                }
            }
            Ok(m)
        }
        Err(e) => {
            let mut err = errors::to_syntax_error(e, source, index(), &mut stream);
            if matches!(mode, Mode::Eval | Mode::Single) && generic_error_at_end(&err, source) {
                // CPython's tokenizer adds no final newline for these modes, so the generic
                // error lands on the end-of-file token, which has no column: 0 and 0.
                err.offset = 0;
                err.end_offset = Some(0);
            }
            Err(err)
        }
    }
}

/// Whether `err` is the generic "invalid syntax" reported just past the end of a source that
/// has no final newline (the only shape whose position differs between the modes).
fn generic_error_at_end(err: &SyntaxError, source: &str) -> bool {
    if err.msg != "invalid syntax" || source.ends_with('\n') || source.ends_with('\r') {
        return false;
    }
    let last_line = source.rsplit(['\n', '\r']).next().unwrap_or(source);
    let line_count = 1 + source.matches('\n').count() as u32;
    err.lineno == line_count
        && err.end_lineno.is_none_or(|l| l == err.lineno)
        && err.offset as usize > last_line.chars().count()
}

/// Parses a module (`compile(source, filename, "exec")`).
pub fn parse_module<'a>(source: &str, arena: &'a Bump) -> Result<ast::Module<'a>, SyntaxError> {
    match parse(source, Mode::Exec, ParseOptions::default(), arena)? {
        ast::Mod::Module(m) => Ok(m),
        _ => unreachable!("exec mode always yields a Module"),
    }
}
