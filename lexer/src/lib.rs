//! A Python 3.12 lexer.
//!
//! Two layers, as in starlark-rust: a `logos`-derived scanner recognises context-free tokens
//! over `&str` without allocating, and a hand-written layout layer on top produces the stream
//! the parser consumes (NEWLINE, INDENT/DEDENT, brackets, f-string modes).

pub mod line_index;
pub mod token;

pub use line_index::LineIndex;
pub use token::Tok;
