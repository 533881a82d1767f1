//! Marshal type codes (the low 7 bits of a type byte) and the reference flag.

/// Bit 7 of a type byte: register this object in the reference table.
pub const FLAG_REF: u8 = 0x80;

/// "No object": ends a dict; an error anywhere else.
pub const TYPE_NULL: u8 = b'0';
/// `None`.
pub const TYPE_NONE: u8 = b'N';
/// `False`.
pub const TYPE_FALSE: u8 = b'F';
/// `True`.
pub const TYPE_TRUE: u8 = b'T';
/// The `StopIteration` class.
pub const TYPE_STOPITER: u8 = b'S';
/// `...`.
pub const TYPE_ELLIPSIS: u8 = b'.';
/// A signed 32-bit int.
pub const TYPE_INT: u8 = b'i';
/// A signed 64-bit int (read only; Python 3 never writes it).
pub const TYPE_INT64: u8 = b'I';
/// A float as text (versions 0 and 1).
pub const TYPE_FLOAT: u8 = b'f';
/// A float as an IEEE-754 double.
pub const TYPE_BINARY_FLOAT: u8 = b'g';
/// A complex as two texts (versions 0 and 1).
pub const TYPE_COMPLEX: u8 = b'x';
/// A complex as two doubles.
pub const TYPE_BINARY_COMPLEX: u8 = b'y';
/// An int in base-2^15 digits.
pub const TYPE_LONG: u8 = b'l';
/// A bytes object.
pub const TYPE_STRING: u8 = b's';
/// An interned str in UTF-8.
pub const TYPE_INTERNED: u8 = b't';
/// A back-reference.
pub const TYPE_REF: u8 = b'r';
/// A tuple with a 32-bit count.
pub const TYPE_TUPLE: u8 = b'(';
/// A list.
pub const TYPE_LIST: u8 = b'[';
/// A dict.
pub const TYPE_DICT: u8 = b'{';
/// A code object.
pub const TYPE_CODE: u8 = b'c';
/// A str in UTF-8 (surrogatepass).
pub const TYPE_UNICODE: u8 = b'u';
/// Never valid in data (written by CPython only alongside an error).
pub const TYPE_UNKNOWN: u8 = b'?';
/// A set.
pub const TYPE_SET: u8 = b'<';
/// A frozenset.
pub const TYPE_FROZENSET: u8 = b'>';
/// An ASCII str with a 32-bit length.
pub const TYPE_ASCII: u8 = b'a';
/// An interned ASCII str with a 32-bit length.
pub const TYPE_ASCII_INTERNED: u8 = b'A';
/// A tuple with an 8-bit count.
pub const TYPE_SMALL_TUPLE: u8 = b')';
/// An ASCII str with an 8-bit length.
pub const TYPE_SHORT_ASCII: u8 = b'z';
/// An interned ASCII str with an 8-bit length.
pub const TYPE_SHORT_ASCII_INTERNED: u8 = b'Z';
