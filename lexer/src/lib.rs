//! A Python 3.12 lexer.
//!
//! Two layers, as in starlark-rust: a `logos`-derived scanner recognises context-free tokens
//! over `&str` without allocating, and a hand-written layout layer on top produces the stream
//! the parser consumes (NEWLINE, INDENT/DEDENT, brackets, f-string modes).
//!
//! - [`Lexer`]: the parser's stream, `(start, Tok, end)` triples with byte offsets
//!   (lalrpop's external-lexer contract).
//! - [`tokenize`]: the stream of CPython's `tokenize` module (comments, NL, ENCODING, exact
//!   positions and strings), behind `pyvm -m tokenize`.
//! - [`decode_source`]: bytes to text following PEP 263 and PEP 3120.
//!
//! Errors carry CPython's exact messages, exception classes and positions ([`LexError`]).

mod codec_tables;
mod decode;
mod error;
mod layout;
mod lexer;
pub mod line_index;
mod raw;
pub mod token;
pub mod tokenize;
mod unicode;

pub use decode::{decode_source, source_encoding, DecodeError};
pub use error::{ErrorClass, ErrorLocation, LexError, LexErrorKind};
pub use layout::LexWarning;
pub use lexer::{first_lexical_error, LexOptions, Lexer, Spanned};
pub use line_index::LineIndex;
pub use token::Tok;
