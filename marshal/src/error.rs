//! Errors of reading and writing marshal data.
//!
//! Every message is the text CPython 3.12 puts in its exception, so a VM can raise the same
//! exception type ([`ErrorKind::python_type`]) with the same message (`Display`).

use std::fmt;

/// What went wrong while reading or writing marshal data.
///
/// `Display` prints CPython's exception message; [`ErrorKind::python_type`] names its class.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input ended where a type byte was expected (`EOFError`).
    #[error("EOF read where object expected")]
    EofWhereObjectExpected,
    /// The input ended where a one-byte length was expected (`EOFError`).
    #[error("EOF read where not expected")]
    EofNotExpected,
    /// The input ended inside an object's payload (`EOFError`).
    #[error("marshal data too short")]
    TooShort,
    /// A type byte that this format does not define (`ValueError`).
    #[error("bad marshal data (unknown type code)")]
    UnknownTypeCode(u8),
    /// `TYPE_NULL` where an object is required; the payload names the container (`TypeError`).
    #[error("NULL object in marshal data for {0}")]
    NullObject(&'static str),
    /// A `TYPE_REF` index outside the table, or to an object still being built (`ValueError`).
    #[error("bad marshal data (invalid reference)")]
    InvalidReference,
    /// More than 0x7FFFFFFE flagged objects (`ValueError`).
    #[error("bad marshal data (index list too large)")]
    IndexListTooLarge,
    /// A negative or oversized length; the payload names the kind of object (`ValueError`).
    #[error("bad marshal data ({0} size out of range)")]
    SizeOutOfRange(&'static str),
    /// A `TYPE_LONG` digit outside `0..0x8000` (`ValueError`).
    #[error("bad marshal data (digit out of range in long)")]
    DigitOutOfRange,
    /// A `TYPE_LONG` whose most significant digit is zero (`ValueError`).
    #[error("bad marshal data (unnormalized long data)")]
    UnnormalizedLong,
    /// Objects nested deeper than [`crate::MAX_DEPTH`] while reading (`ValueError`).
    #[error("recursion limit exceeded")]
    RecursionLimit,
    /// The text of a version 0/1 float (`f`, `x`) is not a float (`ValueError`).
    #[error("could not convert string to float: {0}")]
    BadFloatText(String),
    /// A `TYPE_UNICODE`/`TYPE_INTERNED` payload that is not UTF-8 (surrogates allowed)
    /// (`UnicodeDecodeError`).
    #[error("'utf-8' codec can't decode byte 0x{byte:02x} in position {position}: {reason}")]
    UnicodeDecode {
        /// The first offending byte.
        byte: u8,
        /// Its position in the string payload.
        position: usize,
        /// CPython's reason text (`invalid start byte`, ...).
        reason: &'static str,
    },
    /// A dict key or set element of an unhashable type (`TypeError`).
    #[error("unhashable type: '{0}'")]
    Unhashable(&'static str),
    /// A `TYPE_CODE` object when the caller disallowed code (`ValueError`).
    #[error("unmarshalling code objects is disallowed")]
    CodeDisallowed,
    /// Writing: nesting deeper than [`crate::MAX_DEPTH`], e.g. a cycle without references
    /// (`ValueError`).
    #[error("object too deeply nested to marshal")]
    TooDeeplyNested,
    /// Writing: a value this format or version cannot express (`ValueError`).
    #[error("unmarshallable object")]
    Unmarshallable,
}

impl ErrorKind {
    /// The name of the Python exception class CPython raises for this error.
    pub fn python_type(&self) -> &'static str {
        match self {
            ErrorKind::EofWhereObjectExpected | ErrorKind::EofNotExpected | ErrorKind::TooShort => {
                "EOFError"
            }
            ErrorKind::NullObject(_) | ErrorKind::Unhashable(_) => "TypeError",
            ErrorKind::UnicodeDecode { .. } => "UnicodeDecodeError",
            _ => "ValueError",
        }
    }
}

/// A marshal error with the byte offset where it was detected (0 for write errors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, offset: usize) -> Self {
        Error { kind, offset }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// Offset in the input (reading) where the problem was noticed.
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The Python exception class name, e.g. `"ValueError"`.
    pub fn python_type(&self) -> &'static str {
        self.kind.python_type()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for Error {}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error { kind, offset: 0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_match_cpython() {
        assert_eq!(
            ErrorKind::SizeOutOfRange("tuple").to_string(),
            "bad marshal data (tuple size out of range)"
        );
        assert_eq!(
            ErrorKind::NullObject("list").to_string(),
            "NULL object in marshal data for list"
        );
        let e = ErrorKind::UnicodeDecode {
            byte: 0xff,
            position: 0,
            reason: "invalid start byte",
        };
        assert_eq!(
            e.to_string(),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
        assert_eq!(e.python_type(), "UnicodeDecodeError");
    }
}
