//! Python strings: Unicode text that may hold lone surrogates.
//!
//! Python's `str` is a sequence of code points, and `'\ud800'` is a valid one. Rust's `str`
//! cannot hold it, so [`PyStr`] stores *generalised UTF-8*: UTF-8 in which a surrogate code point
//! is encoded like any other three-byte sequence (`ed a0 80` for U+D800), each surrogate on its
//! own. That is exactly what CPython's marshal writes (`utf-8` with `surrogatepass`), so a
//! string goes from file to value and back without re-encoding.

use std::fmt;

/// A Python `str` value: generalised UTF-8 bytes plus CPython's "interned" bit, which marshal
/// records in the type code (`t`, `A`, `Z` versus `u`, `a`, `z`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PyStr {
    bytes: Box<[u8]>,
    interned: bool,
}

/// Why a byte string is not UTF-8, in CPython's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Utf8Error {
    pub byte: u8,
    pub position: usize,
    pub reason: &'static str,
}

impl PyStr {
    /// A non-interned string.
    pub fn new(s: &str) -> Self {
        PyStr {
            bytes: s.as_bytes().into(),
            interned: false,
        }
    }

    /// An interned string (as identifiers in code objects are).
    pub fn new_interned(s: &str) -> Self {
        PyStr {
            bytes: s.as_bytes().into(),
            interned: true,
        }
    }

    /// A string from code points; surrogates are allowed, values above 0x10FFFF are replaced
    /// by U+FFFD.
    pub fn from_code_points(points: impl IntoIterator<Item = u32>) -> Self {
        let mut bytes = Vec::new();
        for cp in points {
            push_code_point(&mut bytes, if cp > 0x10FFFF { 0xFFFD } else { cp });
        }
        PyStr {
            bytes: bytes.into(),
            interned: false,
        }
    }

    /// Decodes Latin-1 bytes (what the `a`/`A`/`z`/`Z` kinds hold: CPython does not check that
    /// they are ASCII).
    pub(crate) fn from_latin1(raw: &[u8], interned: bool) -> Self {
        let bytes = if raw.is_ascii() {
            raw.into()
        } else {
            let mut out = Vec::with_capacity(raw.len() * 2);
            for &b in raw {
                push_code_point(&mut out, u32::from(b));
            }
            out.into()
        };
        PyStr { bytes, interned }
    }

    /// Decodes UTF-8 with the `surrogatepass` error handler, as the `u`/`t` kinds require.
    pub(crate) fn from_utf8_surrogatepass(raw: &[u8], interned: bool) -> Result<Self, Utf8Error> {
        validate_generalised_utf8(raw)?;
        Ok(PyStr {
            bytes: raw.into(),
            interned,
        })
    }

    /// The text, unless it holds a lone surrogate.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The text with each surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        String::from_utf8_lossy(&self.bytes).into_owned()
    }

    /// The generalised UTF-8 bytes (identical to CPython's `s.encode('utf-8', 'surrogatepass')`).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Whether CPython would hold this string interned.
    pub fn is_interned(&self) -> bool {
        self.interned
    }

    /// Sets the interned bit.
    pub fn set_interned(&mut self, interned: bool) {
        self.interned = interned;
    }

    /// Whether every code point is below 128.
    pub fn is_ascii(&self) -> bool {
        self.bytes.is_ascii()
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { rest: &self.bytes }
    }

    /// Length in code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())?;
        if self.interned {
            f.write_str("(interned)")?;
        }
        Ok(())
    }
}

/// Iterator over the code points of a [`PyStr`].
#[derive(Clone)]
pub struct CodePoints<'a> {
    rest: &'a [u8],
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let (&first, tail) = self.rest.split_first()?;
        let (len, init) = match first {
            0x00..=0x7F => (1, u32::from(first)),
            0xC0..=0xDF => (2, u32::from(first & 0x1F)),
            0xE0..=0xEF => (3, u32::from(first & 0x0F)),
            _ => (4, u32::from(first & 0x07)),
        };
        let take = (len - 1).min(tail.len());
        let cp = tail[..take]
            .iter()
            .fold(init, |acc, &b| (acc << 6) | u32::from(b & 0x3F));
        self.rest = &tail[take..];
        Some(cp)
    }
}

fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    // Written by hand because `char` refuses surrogates.
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => {
            out.push(0xC0 | (cp >> 6) as u8);
            out.push(0x80 | (cp & 0x3F) as u8);
        }
        0x800..=0xFFFF => {
            out.push(0xE0 | (cp >> 12) as u8);
            out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            out.push(0x80 | (cp & 0x3F) as u8);
        }
        _ => {
            out.push(0xF0 | (cp >> 18) as u8);
            out.push(0x80 | ((cp >> 12) & 0x3F) as u8);
            out.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            out.push(0x80 | (cp & 0x3F) as u8);
        }
    }
}

/// Checks UTF-8 the way CPython's decoder does, but accepting encoded surrogates, and reports
/// the first error with CPython's reason text.
fn validate_generalised_utf8(raw: &[u8]) -> Result<(), Utf8Error> {
    let mut i = 0;
    while let Some(&b) = raw.get(i) {
        if b < 0x80 {
            i += 1;
            continue;
        }
        // (length, allowed range of the second byte); the surrogate range ED A0..BF is allowed
        // because of `surrogatepass`.
        let (len, lo, hi) = match b {
            0xC2..=0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            0xE1..=0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            0xF1..=0xF3 => (4, 0x80, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            _ => {
                return Err(Utf8Error {
                    byte: b,
                    position: i,
                    reason: "invalid start byte",
                })
            }
        };
        for k in 1..len {
            let (lo, hi) = if k == 1 { (lo, hi) } else { (0x80, 0xBF) };
            match raw.get(i + k) {
                None => {
                    return Err(Utf8Error {
                        byte: b,
                        position: i,
                        reason: "unexpected end of data",
                    })
                }
                Some(&c) if c < lo || c > hi => {
                    return Err(Utf8Error {
                        byte: b,
                        position: i,
                        reason: "invalid continuation byte",
                    })
                }
                Some(_) => {}
            }
        }
        i += len;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_survive() {
        let s = PyStr::from_utf8_surrogatepass(&[0xed, 0xa0, 0x80], false).unwrap();
        assert_eq!(s.as_str(), None);
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0xD800]);
        assert_eq!(PyStr::from_code_points([0xD800]), s);
        assert_eq!(s.char_len(), 1);
    }

    #[test]
    fn latin1_decodes() {
        let s = PyStr::from_latin1(&[0x61, 0xff], false);
        assert_eq!(s.as_str(), Some("aÿ"));
    }

    #[test]
    fn utf8_errors_use_cpython_reasons() {
        let e = |b: &[u8]| PyStr::from_utf8_surrogatepass(b, false).unwrap_err();
        assert_eq!(e(b"a\xff").reason, "invalid start byte");
        assert_eq!(e(b"a\xff").position, 1);
        assert_eq!(e(b"\xe2\x82").reason, "unexpected end of data");
        assert_eq!(e(b"\xe2\x28\xa1").reason, "invalid continuation byte");
        assert_eq!(e(b"\xc0\x80").reason, "invalid start byte");
        assert!(PyStr::from_utf8_surrogatepass("€😀".as_bytes(), false).is_ok());
    }
}
