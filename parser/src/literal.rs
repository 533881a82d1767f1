//! Decoding of literal tokens into constant values, as CPython 3.12 does it.
//!
//! The lexer hands the parser literal tokens exactly as written; this module turns them into
//! [`ConstantValue`]s: string and bytes escapes (`Parser/string_parser.c` and the
//! `unicode_escape` codec), f-string literal parts, and numbers (`Objects/longobject.c`,
//! `Python/pystrtod.c`). Values are allocated in the parse arena, so the tree never borrows the
//! source text.
//!
//! Error and warning texts are CPython's, byte for byte, because `SyntaxError.msg` is visible
//! to programs. Two CPython quirks are reproduced on purpose:
//! - positions in `unicodeescape` error messages count every non-ASCII character as 10 bytes,
//!   because CPython rewrites such characters to `\UXXXXXXXX` before running the codec;
//! - only the *first* invalid escape of a literal produces a `SyntaxWarning`.

// The grammar actions that call this module land separately; until then only tests use it.
#![allow(dead_code)]

#[rustfmt::skip] // generated
mod name_aliases;

use std::borrow::Cow;

use bumpalo::Bump;

use crate::ast::{push_code_point, ConstantValue, IntValue, StrValue};

/// A decoded non-f string or bytes literal.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum DecodedString<'a> {
    /// A `str`; `is_u` is set for a lowercase `u` prefix, the only case where CPython sets
    /// `Constant.kind = 'u'` (`U"x"` has no kind).
    Str {
        value: StrValue<'a>,
        is_u: bool,
    },
    Bytes(&'a [u8]),
}

/// A literal that CPython rejects with a `SyntaxError`.
///
/// CPython reports every literal-decoding error on the whole token, so `offset` is 0 (the token
/// start) except for malformed number tokens, where it points at the offending character.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LiteralError {
    pub msg: String,
    /// Byte offset within the raw token.
    pub offset: usize,
}

/// A `SyntaxWarning` raised while decoding (invalid escape sequences).
///
/// CPython attaches the warning to the token, so `offset` is 0, the token start. (For
/// f-string parts CPython 3.12 reports the line where the whole f-string ends.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LiteralWarning {
    pub msg: String,
    /// Byte offset within the raw token.
    pub offset: usize,
}

impl LiteralError {
    fn at_token(msg: impl Into<String>) -> Self {
        LiteralError {
            msg: msg.into(),
            offset: 0,
        }
    }
}

/// CPython's `sys.int_info.default_max_str_digits`: longer decimal literals are rejected.
const MAX_STR_DIGITS: usize = 4300;

// ---------------------------------------------------------------------------------------------
// Strings
// ---------------------------------------------------------------------------------------------

/// What the prefix of a string token says.
#[derive(Clone, Copy, Debug, Default)]
struct Prefix {
    raw: bool,
    bytes: bool,
    lower_u: bool,
    len: usize,
}

fn parse_prefix(raw: &str) -> Result<Prefix, LiteralError> {
    let mut p = Prefix::default();
    let mut u = false;
    for (i, c) in raw.char_indices() {
        match c {
            'r' | 'R' if !p.raw && !u => p.raw = true,
            'b' | 'B' if !p.bytes && !u => p.bytes = true,
            'u' | 'U' if !u && !p.raw && !p.bytes => {
                u = true;
                p.lower_u = c == 'u';
            }
            '\'' | '"' => {
                p.len = i;
                return Ok(p);
            }
            _ => {
                return Err(LiteralError {
                    msg: "invalid string prefix".to_owned(),
                    offset: i,
                })
            }
        }
    }
    Err(LiteralError::at_token("unterminated string literal"))
}

/// Splits `raw` (prefix already skipped) into the body between its quotes.
fn strip_quotes(raw: &str, prefix_len: usize) -> Result<&str, LiteralError> {
    let rest = raw.get(prefix_len..).unwrap_or("");
    let quote = rest.as_bytes().first().copied().unwrap_or(b'"');
    let triple = [quote; 3];
    let qlen = if rest.len() >= 6 && rest.as_bytes().starts_with(&triple) {
        3
    } else {
        1
    };
    let closing = &triple[..qlen];
    if rest.len() < 2 * qlen || !rest.as_bytes().ends_with(closing) {
        return Err(LiteralError::at_token("unterminated string literal"));
    }
    rest.get(qlen..rest.len() - qlen)
        .ok_or_else(|| LiteralError::at_token("unterminated string literal"))
}

/// CPython translates `\r\n` and lone `\r` to `\n` before tokenising, so a literal spanning
/// lines (triple-quoted, or continued with a backslash) only ever contains `\n`.
fn translate_newlines(body: &str) -> Cow<'_, str> {
    if !body.contains('\r') {
        return Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Decodes a complete non-f string or bytes token (prefix, quotes and body).
pub(crate) fn decode_string<'a>(
    raw: &str,
    arena: &'a Bump,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<DecodedString<'a>, LiteralError> {
    let prefix = parse_prefix(raw)?;
    let body = translate_newlines(strip_quotes(raw, prefix.len)?);
    if prefix.bytes {
        if !body.is_ascii() {
            return Err(LiteralError::at_token(
                "bytes can only contain ASCII literal characters",
            ));
        }
        let bytes = if prefix.raw || !body.contains('\\') {
            arena.alloc_slice_copy(body.as_bytes())
        } else {
            let decoded = decode_bytes_escapes(body.as_bytes(), warnings)?;
            arena.alloc_slice_copy(&decoded)
        };
        return Ok(DecodedString::Bytes(bytes));
    }
    let value = if prefix.raw || !body.contains('\\') {
        StrValue::new(arena.alloc_str(&body))
    } else {
        decode_str_escapes_in(&body, arena, warnings)?
    };
    Ok(DecodedString::Str {
        value,
        is_u: prefix.lower_u,
    })
}

/// Decodes the literal text of an f-string between replacement fields (or inside a format
/// spec): `{{` and `}}` become single braces, and escapes are decoded unless the f-string is
/// raw.
pub(crate) fn decode_fstring_middle<'a>(
    raw: &str,
    is_raw: bool,
    arena: &'a Bump,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<StrValue<'a>, LiteralError> {
    let text = translate_newlines(raw);
    let text: Cow<'_, str> = if text.contains("{{") || text.contains("}}") {
        Cow::Owned(text.replace("{{", "{").replace("}}", "}"))
    } else {
        text
    };
    if is_raw || !text.contains('\\') {
        Ok(StrValue::new(arena.alloc_str(&text)))
    } else {
        decode_str_escapes_in(&text, arena, warnings)
    }
}

fn decode_str_escapes_in<'a>(
    body: &str,
    arena: &'a Bump,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<StrValue<'a>, LiteralError> {
    let decoded = decode_str_escapes(body, warnings)?;
    let bytes = arena.alloc_slice_copy(&decoded);
    StrValue::from_generalized_utf8(bytes)
        .ok_or_else(|| LiteralError::at_token("(unicode error) malformed string literal"))
}

/// The first invalid escape of a literal, which CPython turns into a `SyntaxWarning`.
#[derive(Default)]
struct FirstInvalid(Option<String>);

impl FirstInvalid {
    fn note(&mut self, msg: impl FnOnce() -> String) {
        if self.0.is_none() {
            self.0 = Some(msg());
        }
    }

    fn emit(self, warnings: &mut Vec<LiteralWarning>) {
        if let Some(msg) = self.0 {
            warnings.push(LiteralWarning { msg, offset: 0 });
        }
    }
}

/// A `unicodeescape` decoding failure at CPython buffer positions `start..end`.
fn unicode_error(start: usize, end: usize, reason: &str) -> LiteralError {
    let msg = if end <= start + 1 {
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}")
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    LiteralError::at_token(msg)
}

/// How many bytes a character occupies in the buffer CPython hands to the `unicodeescape`
/// codec: ASCII stays, anything else is rewritten as a 10-byte `\UXXXXXXXX` escape.
fn codec_width(c: char) -> usize {
    if c.is_ascii() {
        1
    } else {
        10
    }
}

/// Decodes the escapes of a `str` literal body into generalised UTF-8.
fn decode_str_escapes(
    body: &str,
    warnings: &mut Vec<LiteralWarning>,
) -> Result<Vec<u8>, LiteralError> {
    let mut out = Vec::with_capacity(body.len());
    let mut first_invalid = FirstInvalid::default();
    let mut chars = body.chars().peekable();
    // Position in CPython's rewritten buffer, for error messages.
    let mut pos = 0usize;
    let mut buf = [0u8; 4];
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            pos += codec_width(c);
            continue;
        }
        let start = pos;
        let Some(&e) = chars.peek() else {
            // A trailing backslash (only possible in an f-string part before `{`): CPython
            // keeps it literally; the lexer reports the `\{` warning.
            out.push(b'\\');
            break;
        };
        if !e.is_ascii() {
            // CPython rewrites `\` + non-ASCII to `\u005c`: a literal backslash, no warning.
            out.push(b'\\');
            pos += 6;
            continue;
        }
        chars.next();
        pos += 2;
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some(b'\\')),
            '\'' => Some(Some(b'\'')),
            '"' => Some(Some(b'"')),
            'b' => Some(Some(0x08)),
            'f' => Some(Some(0x0c)),
            't' => Some(Some(b'\t')),
            'n' => Some(Some(b'\n')),
            'r' => Some(Some(b'\r')),
            'v' => Some(Some(0x0b)),
            'a' => Some(Some(0x07)),
            _ => None,
        };
        if let Some(byte) = simple {
            out.extend(byte);
            continue;
        }
        match e {
            '0'..='7' => {
                let mut value = e as u32 - '0' as u32;
                let mut text = String::from(e);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&d @ '0'..='7') => {
                            chars.next();
                            pos += 1;
                            value = value * 8 + (d as u32 - '0' as u32);
                            text.push(d);
                        }
                        _ => break,
                    }
                }
                if value > 0o377 {
                    first_invalid.note(|| format!("invalid octal escape sequence '\\{text}'"));
                }
                push_code_point(&mut out, value);
            }
            'x' | 'u' | 'U' => {
                let (count, reason) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut value = 0u32;
                for _ in 0..count {
                    match chars.peek().and_then(|d| d.to_digit(16)) {
                        Some(d) => {
                            chars.next();
                            pos += 1;
                            value = (value << 4) | d;
                        }
                        None => return Err(unicode_error(start, pos, reason)),
                    }
                }
                if value > 0x10FFFF {
                    return Err(unicode_error(start, pos, "illegal Unicode character"));
                }
                push_code_point(&mut out, value);
            }
            'N' => {
                let malformed = "malformed \\N character escape";
                if chars.peek() != Some(&'{') {
                    return Err(unicode_error(start, pos, malformed));
                }
                chars.next();
                pos += 1;
                let mut name = String::new();
                let mut closed = false;
                for n in chars.by_ref() {
                    if n == '}' {
                        closed = true;
                        break;
                    }
                    name.push(n);
                    pos += codec_width(n);
                }
                if !closed || name.is_empty() {
                    return Err(unicode_error(start, pos, malformed));
                }
                pos += 1;
                match lookup_name(&name) {
                    Some(cp) => push_code_point(&mut out, cp),
                    None => {
                        return Err(unicode_error(start, pos, "unknown Unicode character name"))
                    }
                }
            }
            _ => {
                first_invalid.note(|| format!("invalid escape sequence '\\{e}'"));
                out.push(b'\\');
                out.push(e as u8);
            }
        }
    }
    first_invalid.emit(warnings);
    Ok(out)
}

/// Decodes the escapes of a `bytes` literal body (ASCII only, checked by the caller).
fn decode_bytes_escapes(
    body: &[u8],
    warnings: &mut Vec<LiteralWarning>,
) -> Result<Vec<u8>, LiteralError> {
    let mut out = Vec::with_capacity(body.len());
    let mut first_invalid = FirstInvalid::default();
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = body.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let start = i - 1;
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            i += 1;
                            value = value * 8 + u32::from(d - b'0');
                        }
                        _ => break,
                    }
                }
                if value > 0o377 {
                    let text = String::from_utf8_lossy(body.get(start..i).unwrap_or_default());
                    first_invalid.note(|| format!("invalid octal escape sequence '\\{text}'"));
                }
                out.push((value & 0xFF) as u8);
            }
            b'x' => {
                let hex = |k: usize| body.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(LiteralError::at_token(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        )))
                    }
                }
            }
            _ => {
                first_invalid.note(|| format!("invalid escape sequence '\\{}'", e as char));
                out.push(b'\\');
                // The escaped character is read again as an ordinary one.
                i -= 1;
            }
        }
    }
    first_invalid.emit(warnings);
    Ok(out)
}

/// Looks up `\N{name}` as CPython's `unicodedata` does: the exact character name or name
/// alias, ignoring case (no loose matching), in the Unicode 15.0 database of CPython 3.12.
fn lookup_name(name: &str) -> Option<u32> {
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = name_aliases::ALIASES.binary_search_by(|(alias, _)| (*alias).cmp(upper.as_str()))
    {
        return name_aliases::ALIASES.get(i).map(|&(_, cp)| cp);
    }
    let c = unicode_names2::character(&upper)?;
    // `unicode_names2` matches loosely (`latinsmalllettera`); CPython wants the real name.
    let canonical = unicode_names2::name(c)?.to_string();
    if canonical != upper {
        return None;
    }
    // `unicode_names2` knows newer Unicode versions than CPython 3.12's 15.0.
    if unicode_general_category::get_general_category(c)
        == unicode_general_category::GeneralCategory::Unassigned
    {
        return None;
    }
    Some(c as u32)
}

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

/// Decodes an `Int`, `Float` or `Imaginary` token.
pub(crate) fn decode_number<'a>(
    raw: &str,
    arena: &'a Bump,
) -> Result<ConstantValue<'a>, LiteralError> {
    if let Some(mantissa) = raw.strip_suffix(['j', 'J']) {
        let imag = decode_float(mantissa)?;
        return Ok(ConstantValue::Complex { real: 0.0, imag });
    }
    let bytes = raw.as_bytes();
    let radix = match bytes {
        [b'0', b'x' | b'X', ..] => Some(16),
        [b'0', b'o' | b'O', ..] => Some(8),
        [b'0', b'b' | b'B', ..] => Some(2),
        _ => None,
    };
    match radix {
        Some(radix) => decode_int(raw, 2, radix, arena),
        None if raw.contains(['.', 'e', 'E']) => decode_float(raw).map(ConstantValue::Float),
        None => decode_int(raw, 0, 10, arena),
    }
}

/// Decodes the digits of `raw` after a `skip`-byte base prefix.
fn decode_int<'a>(
    raw: &str,
    skip: usize,
    radix: u32,
    arena: &'a Bump,
) -> Result<ConstantValue<'a>, LiteralError> {
    let mut digits = String::with_capacity(raw.len());
    for (i, c) in raw.char_indices().skip(skip) {
        if c == '_' {
            continue;
        }
        if !c.is_digit(radix) {
            let kind = match radix {
                16 => "hexadecimal",
                8 => "octal",
                2 => "binary",
                _ => "decimal",
            };
            return Err(LiteralError {
                msg: format!("invalid digit '{c}' in {kind} literal"),
                offset: i,
            });
        }
        digits.push(c);
    }
    if digits.is_empty() {
        return Err(LiteralError::at_token("invalid number literal"));
    }
    if radix == 10 && digits.len() > MAX_STR_DIGITS {
        return Err(LiteralError::at_token(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value \
             has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
             hexadecimal for huge integer literals to avoid decimal conversion limits.",
            digits.len()
        )));
    }
    match i64::from_str_radix(&digits, radix) {
        Ok(v) => Ok(ConstantValue::Int(IntValue::Small(v))),
        Err(_) => Ok(ConstantValue::Int(IntValue::Big {
            digits: arena.alloc_str(&digits),
            radix,
        })),
    }
}

/// Decodes a float literal (underscores allowed), correctly rounded as CPython's `strtod`.
fn decode_float(raw: &str) -> Result<f64, LiteralError> {
    if let Some((i, c)) = raw
        .char_indices()
        .find(|&(_, c)| !matches!(c, '0'..='9' | '_' | '.' | 'e' | 'E' | '+' | '-'))
    {
        return Err(LiteralError {
            msg: format!("invalid character '{c}' in number literal"),
            offset: i,
        });
    }
    let text: Cow<'_, str> = if raw.contains('_') {
        Cow::Owned(raw.replace('_', ""))
    } else {
        Cow::Borrowed(raw)
    };
    text.parse::<f64>()
        .map_err(|_| LiteralError::at_token("invalid decimal literal"))
}

#[cfg(test)]
mod tests;
