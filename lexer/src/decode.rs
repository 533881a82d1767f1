//! Source bytes to text: the UTF-8 BOM, PEP 263 coding declarations, PEP 3120's UTF-8
//! default.

use std::borrow::Cow;
use std::fmt;

use crate::codec_tables::{
    SingleByteCodec, ASCII_ALIASES, LATIN_1_ALIASES, SINGLE_BYTE_CODECS, UTF_8_ALIASES,
};

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Why source bytes could not be turned into text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// No encoding declared and the bytes are not UTF-8. `line` is 1-based.
    NonUtf8 { byte: u8, line: u32 },
    /// A coding declaration names an encoding we do not know.
    UnknownEncoding(String),
    /// A file with a UTF-8 BOM declares another encoding (`encoding` is its normal name).
    BomWithEncoding(String),
    /// The bytes are invalid in the declared encoding; `position` is a byte offset.
    Decode {
        encoding: String,
        byte: u8,
        position: usize,
        reason: &'static str,
    },
    /// A coding declaration line that is not valid UTF-8 (the `tokenize` module's check).
    InvalidDeclaration,
}

impl DecodeError {
    /// The message of the `SyntaxError` CPython raises when it runs the file `filename`.
    pub fn message(&self, filename: &str) -> String {
        match self {
            DecodeError::NonUtf8 { byte, line } => format!(
                "Non-UTF-8 code starting with '\\x{byte:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details"
            ),
            DecodeError::UnknownEncoding(enc) => format!("encoding problem: {enc}"),
            DecodeError::BomWithEncoding(enc) => format!("encoding problem: {enc} with BOM"),
            DecodeError::Decode {
                encoding,
                byte,
                position,
                reason,
            } => format!(
                "'{encoding}' codec can't decode byte 0x{byte:02x} in position {position}: {reason}"
            ),
            DecodeError::InvalidDeclaration => {
                format!("invalid or missing encoding declaration for {filename:?}")
            }
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message("<file>"))
    }
}

impl std::error::Error for DecodeError {}

/// What the first two lines of a file say about its encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Detected {
    /// The name as `tokenize.detect_encoding` returns it (`utf-8`, `utf-8-sig`,
    /// `iso-8859-1`, or the declaration as written, e.g. `latin1`, `cp1252`).
    pub name: String,
    pub bom: bool,
    /// An explicit declaration was found.
    pub declared: bool,
}

/// The encoding of a Python source file, named as `tokenize.detect_encoding` names it:
/// `utf-8` by default, `utf-8-sig` with a BOM, else the normalised declaration.
pub fn source_encoding(bytes: &[u8]) -> Result<String, DecodeError> {
    detect(bytes).map(|d| d.name)
}

/// Decodes Python source bytes to text (PEP 263 declarations on line 1 or 2, a UTF-8 BOM,
/// UTF-8 by default). Borrows when the bytes are already UTF-8 (the BOM is skipped).
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    let d = match detect(bytes) {
        // The interpreter checks the BOM before it looks the codec up (`tokenize` does not).
        Err(DecodeError::UnknownEncoding(name)) if bytes.starts_with(BOM) => {
            return Err(DecodeError::BomWithEncoding(name))
        }
        other => other?,
    };
    let body = if d.bom { &bytes[BOM.len()..] } else { bytes };
    decode_with(body, &d, false)
}

/// Decodes `body` in the detected encoding; with `replace`, invalid bytes become U+FFFD (what
/// the `tokenize` module does) instead of failing.
pub(crate) fn decode_with<'b>(
    body: &'b [u8],
    d: &Detected,
    replace: bool,
) -> Result<Cow<'b, str>, DecodeError> {
    let norm = normalize_codec_name(&d.name);
    let norm = norm.strip_suffix("_sig").unwrap_or(&norm);
    if UTF_8_ALIASES.contains(&norm) {
        return match std::str::from_utf8(body) {
            Ok(s) => Ok(Cow::Borrowed(s)),
            Err(_) if replace => Ok(String::from_utf8_lossy(body)),
            Err(e) => {
                let pos = e.valid_up_to();
                let byte = body.get(pos).copied().unwrap_or(0);
                if d.declared {
                    let reason = if e.error_len().is_none() {
                        "unexpected end of data"
                    } else if (0x80..0xc0).contains(&byte) || byte >= 0xf8 {
                        "invalid start byte"
                    } else {
                        "invalid continuation byte"
                    };
                    Err(DecodeError::Decode {
                        encoding: "utf-8".into(),
                        byte,
                        position: pos,
                        reason,
                    })
                } else {
                    let line = body[..pos].iter().filter(|&&c| c == b'\n').count() as u32 + 1;
                    Err(DecodeError::NonUtf8 { byte, line })
                }
            }
        };
    }
    if body.is_ascii() {
        // Every supported codec agrees with ASCII.
        return Ok(Cow::Borrowed(std::str::from_utf8(body).unwrap_or_default()));
    }
    if LATIN_1_ALIASES.contains(&norm) {
        return Ok(Cow::Owned(body.iter().map(|&b| b as char).collect()));
    }
    if ASCII_ALIASES.contains(&norm) {
        let mut out = String::with_capacity(body.len());
        for (i, &b) in body.iter().enumerate() {
            if b < 128 {
                out.push(b as char);
            } else if replace {
                out.push('\u{fffd}');
            } else {
                return Err(DecodeError::Decode {
                    encoding: "ascii".into(),
                    byte: b,
                    position: i,
                    reason: "ordinal not in range(128)",
                });
            }
        }
        return Ok(Cow::Owned(out));
    }
    let Some(codec) = single_byte_codec(norm) else {
        return Err(DecodeError::UnknownEncoding(d.name.clone()));
    };
    let mut out = String::with_capacity(body.len() + body.len() / 4);
    for (i, &b) in body.iter().enumerate() {
        let ch = if b < 128 {
            Some(b as char)
        } else {
            codec
                .high
                .get(usize::from(b - 128))
                .and_then(|&c| char::from_u32(c))
        };
        match ch {
            Some(c) => out.push(c),
            None if replace => out.push('\u{fffd}'),
            None => {
                return Err(DecodeError::Decode {
                    encoding: codec.name.into(),
                    byte: b,
                    position: i,
                    reason: "character maps to <undefined>",
                })
            }
        }
    }
    Ok(Cow::Owned(out))
}

fn single_byte_codec(norm: &str) -> Option<&'static SingleByteCodec> {
    SINGLE_BYTE_CODECS
        .iter()
        .find(|c| c.aliases.contains(&norm))
}

/// Whether we can decode `name` (as `codecs.lookup` would succeed).
fn known_codec(name: &str) -> bool {
    let norm = normalize_codec_name(name);
    let norm = norm
        .strip_suffix("_sig")
        .filter(|n| *n == "utf_8")
        .unwrap_or(&norm);
    UTF_8_ALIASES.contains(&norm)
        || LATIN_1_ALIASES.contains(&norm)
        || ASCII_ALIASES.contains(&norm)
        || single_byte_codec(norm).is_some()
}

/// `encodings.normalize_encoding` plus lower-casing: runs of characters other than ASCII
/// letters, digits and `.` become one `_`.
fn normalize_codec_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_sep = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !out.is_empty() {
                out.push('_');
            }
            pending_sep = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending_sep = true;
        }
    }
    out
}

/// `tokenize._get_normal_name`.
fn normal_name(orig: &str) -> String {
    let enc: String = orig
        .chars()
        .take(12)
        .collect::<String>()
        .to_lowercase()
        .replace('_', "-");
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    if matches!(enc.as_str(), "latin-1" | "iso-8859-1" | "iso-latin-1")
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| enc.starts_with(p))
    {
        return "iso-8859-1".into();
    }
    orig.into()
}

/// The declared encoding in one line, following `tokenize`'s
/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
fn find_cookie(line: &[u8]) -> Option<&str> {
    let text = std::str::from_utf8(line).ok()?;
    let rest = text.trim_start_matches([' ', '\t', '\x0c']);
    let rest = rest.strip_prefix('#')?;
    let mut search = rest;
    while let Some(i) = search.find("coding") {
        let after = &search[i + 6..];
        if let Some(tail) = after.strip_prefix([':', '=']) {
            let tail = tail.trim_start_matches([' ', '\t']);
            let len = tail
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.'))
                .unwrap_or(tail.len());
            if len > 0 {
                return Some(&tail[..len]);
            }
        }
        search = &search[i + 1..];
    }
    None
}

/// A line that is blank or a comment (`tokenize`'s `blank_re`).
fn is_blank_or_comment(line: &[u8]) -> bool {
    let i = line
        .iter()
        .position(|&c| !matches!(c, b' ' | b'\t' | b'\x0c'))
        .unwrap_or(line.len());
    matches!(line.get(i), None | Some(b'#' | b'\r' | b'\n'))
}

/// `tokenize.detect_encoding`.
pub(crate) fn detect(bytes: &[u8]) -> Result<Detected, DecodeError> {
    let bom = bytes.starts_with(BOM);
    let body = if bom { &bytes[BOM.len()..] } else { bytes };
    let default = || Detected {
        name: if bom {
            "utf-8-sig".into()
        } else {
            "utf-8".into()
        },
        bom,
        declared: false,
    };
    let mut lines = body.split_inclusive(|&c| c == b'\n');
    let Some(first) = lines.next() else {
        return Ok(default());
    };
    if let Some(d) = cookie(first, bom)? {
        return Ok(d);
    }
    if !is_blank_or_comment(first) {
        return Ok(default());
    }
    let Some(second) = lines.next() else {
        return Ok(default());
    };
    Ok(cookie(second, bom)?.unwrap_or_else(default))
}

fn cookie(line: &[u8], bom: bool) -> Result<Option<Detected>, DecodeError> {
    if std::str::from_utf8(line).is_err() {
        return Err(DecodeError::InvalidDeclaration);
    }
    let Some(raw) = find_cookie(line) else {
        return Ok(None);
    };
    let name = normal_name(raw);
    if !known_codec(&name) {
        return Err(DecodeError::UnknownEncoding(name));
    }
    if bom {
        if name != "utf-8" {
            return Err(DecodeError::BomWithEncoding(name));
        }
        return Ok(Some(Detected {
            name: "utf-8-sig".into(),
            bom,
            declared: true,
        }));
    }
    Ok(Some(Detected {
        name,
        bom,
        declared: true,
    }))
}

#[cfg(test)]
mod tests {
    use super::{decode_source, source_encoding, DecodeError};

    #[test]
    fn utf8_by_default_and_bom() {
        assert_eq!(decode_source(b"x = 1\n").unwrap(), "x = 1\n");
        assert_eq!(decode_source(b"\xef\xbb\xbfx\n").unwrap(), "x\n");
        assert_eq!(source_encoding(b"\xef\xbb\xbfx\n").unwrap(), "utf-8-sig");
        assert_eq!(source_encoding(b"x\n").unwrap(), "utf-8");
    }

    #[test]
    fn coding_declarations() {
        let src = b"#!/usr/bin/python\n# -*- coding: latin-1 -*-\ns = '\xe9'\n";
        assert_eq!(source_encoding(src).unwrap(), "iso-8859-1");
        assert_eq!(decode_source(src).unwrap().lines().nth(2), Some("s = 'é'"));
        assert_eq!(
            source_encoding(b"# vim: set fileencoding=latin1 :\n").unwrap(),
            "latin1"
        );
        assert_eq!(
            decode_source(b"# coding=cp1252\n'\x80'\n").unwrap(),
            "# coding=cp1252\n'€'\n"
        );
        assert_eq!(
            decode_source(b"# coding: koi8-r\n'\xc1'\n").unwrap(),
            "# coding: koi8-r\n'а'\n"
        );
        // Only when the first line is blank or a comment does the second count.
        assert_eq!(
            source_encoding(b"x = 1\n# coding: latin-1\n").unwrap(),
            "utf-8"
        );
    }

    #[test]
    fn errors() {
        assert_eq!(
            decode_source(b"x = 1\ny = '\xe9'\n").unwrap_err(),
            DecodeError::NonUtf8 {
                byte: 0xe9,
                line: 2
            }
        );
        assert_eq!(
            decode_source(b"x = 1\ny = '\xe9'\n")
                .unwrap_err()
                .message("f.py"),
            "Non-UTF-8 code starting with '\\xe9' in file f.py on line 2, but no encoding \
             declared; see https://peps.python.org/pep-0263/ for details"
        );
        assert_eq!(
            decode_source(b"# coding: foobar\n")
                .unwrap_err()
                .message("f.py"),
            "encoding problem: foobar"
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbf# coding: latin-1\n")
                .unwrap_err()
                .message("f.py"),
            "encoding problem: iso-8859-1 with BOM"
        );
        assert_eq!(
            decode_source(b"# coding: ascii\ny = \"\xe9\"\n")
                .unwrap_err()
                .message("f.py"),
            "'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128)"
        );
    }
}
