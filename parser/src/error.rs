//! Syntax errors and warnings, with the fields of CPython's `SyntaxError`.

/// Which exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a `SyntaxError` subclass: the tree nests deeper than CPython turns into `ast`
    /// objects ("maximum recursion depth exceeded during ast construction"); no position.
    RecursionError,
}

impl SyntaxErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A `SyntaxError` (or `IndentationError`/`TabError`) as CPython 3.12 reports it.
///
/// Positions follow the Python exception's attributes: `lineno` is 1-based and `offset` /
/// `end_offset` are 1-based *character* columns within their line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {msg} (line {lineno})", kind.name())]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: Option<u32>,
    pub end_offset: Option<u32>,
}

/// A `SyntaxWarning` (e.g. `invalid escape sequence '\d'`), which CPython prints to stderr
/// without stopping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxWarning {
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
}
