//! Parsing source *bytes* as `compile(bytes, ...)` and `ast.parse(bytes)` do.
//!
//! Running a file and compiling bytes decode differently in CPython. A file is checked as a
//! whole (invalid UTF-8 anywhere is "Non-UTF-8 code starting with ..."). Bytes given to
//! `compile` are decoded token by token: invalid UTF-8 in a comment is harmless, and in a
//! string literal it is a `(unicode error)` at that literal. A bad coding declaration has no
//! position at all, and a NUL byte is rejected before anything else.

use bumpalo::Bump;
use pyvm_lexer::{DecodeError, LexOptions, Lexer, LineIndex};

use crate::ast::Mod;
use crate::error::{SyntaxError, SyntaxErrorKind, SyntaxWarning};
use crate::soft_keywords::TokenStream;
use crate::token::Token;
use crate::{parse_with_warnings, Mode, ParseOptions};

/// One invalid UTF-8 sequence, replaced by U+FFFD in the text the parser sees.
struct Invalid {
    /// Byte offset of the replacement character in the decoded text.
    at: usize,
    byte: u8,
    reason: &'static str,
}

/// Parses `bytes` in `mode` as `ast.parse(bytes)` would, collecting `SyntaxWarning`s.
pub fn parse_bytes<'a>(
    bytes: &[u8],
    mode: Mode,
    options: ParseOptions,
    arena: &'a Bump,
    warnings: &mut Vec<SyntaxWarning>,
) -> Result<Mod<'a>, SyntaxError> {
    if bytes.contains(&0) {
        return Err(positionless("source code string cannot contain null bytes"));
    }
    match pyvm_lexer::decode_source(bytes) {
        Ok(text) => parse_with_warnings(&text, mode, options, arena, warnings),
        // (`InvalidDeclaration` is the file check of the first two lines, which `compile`
        // does not make.)
        Err(DecodeError::NonUtf8 { .. } | DecodeError::InvalidDeclaration) => {
            parse_lossy(bytes, mode, options, arena, warnings)
        }
        // With a BOM, any declaration but UTF-8 is "encoding problem: X with BOM".
        Err(DecodeError::UnknownEncoding(name)) if bytes.starts_with(b"\xef\xbb\xbf") => {
            Err(positionless(format!("encoding problem: {name} with BOM")))
        }
        Err(DecodeError::UnknownEncoding(name)) => {
            Err(positionless(format!("unknown encoding: {name}")))
        }
        Err(e) => Err(positionless(e.message("<string>"))),
    }
}

fn positionless(msg: impl Into<String>) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        lineno: 0,
        offset: 0,
        end_lineno: None,
        end_offset: None,
    }
}

/// UTF-8 (no declaration) with invalid sequences: parse the text with U+FFFD in their place,
/// and report the first one that lands inside a token as CPython's `(unicode error)`.
fn parse_lossy<'a>(
    bytes: &[u8],
    mode: Mode,
    options: ParseOptions,
    arena: &'a Bump,
    warnings: &mut Vec<SyntaxWarning>,
) -> Result<Mod<'a>, SyntaxError> {
    let body = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let (text, invalid) = decode_lossy(body);
    let parsed = parse_with_warnings(&text, mode, options, arena, warnings);
    let Some(err) = unicode_error(&text, &invalid, mode, options, arena) else {
        return parsed;
    };
    match parsed {
        // A syntax error before the bad bytes comes first, as CPython's tokenizer meets it
        // first.
        Err(e) if (e.lineno, e.offset) < (err.lineno, err.offset) && e.lineno > 0 => Err(e),
        _ => Err(err),
    }
}

/// `body` with each invalid sequence replaced by U+FFFD (as Python's `errors="replace"`
/// does, one per maximal invalid subpart), and where they were.
fn decode_lossy(body: &[u8]) -> (String, Vec<Invalid>) {
    let mut out = String::with_capacity(body.len() + 8);
    let mut invalid = Vec::new();
    let mut rest = body;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                let (head, tail) = rest.split_at(good);
                out.push_str(std::str::from_utf8(head).unwrap_or_default());
                let byte = tail.first().copied().unwrap_or(0);
                let bad = e.error_len().unwrap_or(tail.len()).max(1);
                let reason = match (byte, e.error_len()) {
                    (0x80..=0xc1 | 0xf5..=0xff, _) => "invalid start byte",
                    (_, None) => "unexpected end of data",
                    _ => "invalid continuation byte",
                };
                invalid.push(Invalid {
                    at: out.len(),
                    byte,
                    reason,
                });
                out.push('\u{fffd}');
                rest = tail.get(bad..).unwrap_or_default();
            }
        }
    }
    (out, invalid)
}

/// The `(unicode error)` for the first invalid sequence inside a token (those in comments do
/// not matter), if any.
fn unicode_error(
    text: &str,
    invalid: &[Invalid],
    mode: Mode,
    options: ParseOptions,
    arena: &Bump,
) -> Option<SyntaxError> {
    let lexer = Lexer::new(
        text,
        LexOptions {
            type_comments: options.type_comments,
        },
    );
    let tokens: Vec<(u32, Token<'_, '_>, u32)> = TokenStream::new(lexer, mode, arena)
        .map_while(Result::ok)
        .collect();
    let index = LineIndex::new(text);
    for bad in invalid {
        let at = bad.at as u32;
        let Some(&(start, tok, end)) = tokens.iter().find(|t| t.0 <= at && at < t.2) else {
            continue;
        };
        let (lineno, col) = index.line_col_chars(text, start);
        let body_start = match tok {
            Token::String(raw) => start as usize + literal_body_offset(raw),
            _ => start as usize,
        };
        let msg = format!(
            "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
            bad.byte,
            bad.at.saturating_sub(body_start),
            bad.reason
        );
        if !matches!(tok, Token::String(_) | Token::FStringMiddle(_)) {
            // Outside a literal the tokenizer itself fails, at the start of the line.
            return Some(SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                msg,
                lineno,
                offset: 1,
                end_lineno: Some(lineno),
                end_offset: None,
            });
        }
        let (end_lineno, end_col) = index.line_col_chars(text, end);
        return Some(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg,
            lineno,
            offset: col + 1,
            end_lineno: Some(end_lineno),
            end_offset: Some(end_col + 1),
        });
    }
    None
}

/// Where a string literal's contents start: after its prefix and opening quotes.
fn literal_body_offset(raw: &str) -> usize {
    let prefix = raw.bytes().take_while(|b| b.is_ascii_alphabetic()).count();
    let rest = raw.get(prefix..).unwrap_or_default();
    let quotes = if rest.starts_with("'''") || rest.starts_with("\"\"\"") {
        3
    } else {
        1
    };
    prefix + quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(bytes: &[u8]) -> SyntaxError {
        let arena = Bump::new();
        let mut warnings = Vec::new();
        match parse_bytes(
            bytes,
            Mode::Exec,
            ParseOptions::default(),
            &arena,
            &mut warnings,
        ) {
            Ok(_) => panic!("parsed {bytes:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn invalid_utf8_in_a_comment_is_harmless() {
        let arena = Bump::new();
        let mut warnings = Vec::new();
        let parsed = parse_bytes(
            b"x = 1  # \xf6\n",
            Mode::Exec,
            ParseOptions::default(),
            &arena,
            &mut warnings,
        );
        assert!(parsed.is_ok());
    }

    #[test]
    fn invalid_utf8_in_a_string_is_a_unicode_error_there() {
        let e = error(b"print(\"b\xf6se\")\n");
        assert_eq!(
            e.msg,
            "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte"
        );
        assert_eq!(
            (e.lineno, e.offset, e.end_lineno, e.end_offset),
            (1, 7, Some(1), Some(13))
        );
    }

    #[test]
    fn declarations_and_nul_bytes_have_no_position() {
        assert_eq!(
            error(b"x = 1\0\n").msg,
            "source code string cannot contain null bytes"
        );
        let e = error(b"# coding: foobar\nx = 1\n");
        assert_eq!(e.msg, "unknown encoding: foobar");
        assert_eq!((e.lineno, e.offset), (0, 0));
    }
}
