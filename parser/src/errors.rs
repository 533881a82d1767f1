//! Turning a failed parse into CPython's `SyntaxError`.
//!
//! The LR parser stops at the first token no rule accepts. CPython's PEG parser instead runs
//! a second pass with its `invalid_*` rules to find a better message. We do the same in
//! spirit: the whole token stream is lexed again (cheap, and only on failure) and the tokens
//! around the failure point are inspected for the common cases ([`analyse`]).

use lalrpop_util::ParseError;
use pyvm_lexer::{ErrorClass, LexErrorKind, LineIndex};

#[path = "diagnose.rs"]
mod diagnose;

use crate::builder::PErr;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::soft_keywords::TokenStream;
use crate::token::Token;

/// Converts the parser's error into CPython's `SyntaxError`.
pub(crate) fn to_syntax_error<'a, 'src>(
    e: ParseError<u32, Token<'a, 'src>, PErr>,
    source: &'src str,
    index: &LineIndex,
    stream: &mut TokenStream<'a, 'src>,
) -> SyntaxError {
    let e_at = match &e {
        ParseError::UnrecognizedToken { token, .. } => Some(token.0),
        ParseError::UnrecognizedEof { location, .. } => Some(stream.last_end.max(*location)),
        _ => None,
    };
    let perr = match e {
        ParseError::User { error }
            if error
                .lex
                .as_ref()
                .is_some_and(|l| l.kind == LexErrorKind::InvalidSyntax) =>
        {
            let stray = crate::ast::Span::new(error.start, error.end.unwrap_or(error.start));
            diagnose::stray_character(source, stream.mode, stream.options, stream.arena(), stray)
                .unwrap_or(error)
        }
        ParseError::User { error } => diagnose::refine_action_error(
            source,
            stream.mode,
            stream.options,
            stream.arena(),
            error,
        ),
        ParseError::UnrecognizedToken {
            token: (s, t, end),
            expected,
        } => {
            let failure = diagnose::Failure {
                start: s,
                tok: t,
                eof: t == Token::EndOfFile,
                expected: &expected,
            };
            diagnose::diagnose(
                source,
                stream.mode,
                stream.options,
                stream.arena(),
                &failure,
            )
            .unwrap_or_else(|| analyse(source, s, t, end, &expected, stream))
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let end = stream.last_end.max(location);
            let failure = diagnose::Failure {
                start: end,
                tok: Token::EndOfFile,
                eof: true,
                expected: &expected,
            };
            diagnose::diagnose(
                source,
                stream.mode,
                stream.options,
                stream.arena(),
                &failure,
            )
            .unwrap_or_else(|| analyse(source, end, Token::EndOfFile, end, &expected, stream))
        }
        ParseError::ExtraToken { token: (s, _, e) } => {
            PErr::new("invalid syntax", crate::ast::Span::new(s, e))
        }
        ParseError::InvalidToken { location } => {
            PErr::new("invalid syntax", crate::ast::Span::new(location, location))
        }
    };
    // The line CPython's parser had read to: the failing token's (its error may be earlier).
    let mut reached = match &e_at {
        Some(at) => *at,
        None => perr.start,
    };
    // A specific message comes from CPython's second pass, whose rules look one token past
    // the range they report.
    if perr.msg != "invalid syntax" {
        if let Some(end) = perr.end.filter(|&e| (e as usize) <= source.len()) {
            reached = reached.max(next_token_start(source, end));
        }
    }
    let perr = tokenizer_error_after(perr, reached, index, stream);
    perr_to_syntax_error(perr, source, index)
}

/// CPython tokenizes the rest of the source after a parser error, and an error of the
/// tokenizer wins (`_PyPegen_tokenize_full_source_to_check_for_errors`); a bracket still open
/// at the end only when it was opened on a line before the parser's error.
fn tokenizer_error_after(
    perr: PErr,
    reached: u32,
    index: &LineIndex,
    stream: &mut TokenStream<'_, '_>,
) -> PErr {
    // CPython raises "unexpected indent" without looking further.
    // (Nor after an error inside an f-string, which CPython lets propagate.)
    // A stray character (an OP token to CPython) does not stop the scan either.
    let stray = perr
        .lex
        .as_ref()
        .is_some_and(|l| l.kind == LexErrorKind::InvalidSyntax);
    if (perr.lex.is_some() && !stray)
        || perr.msg == "unexpected indent"
        || perr.msg.starts_with("f-string:")
    {
        return perr;
    }
    // A stray character (`$`, `?`) is an ordinary OP token to CPython's tokenizer: the scan
    // goes on past it.
    let later = stream.by_ref().find_map(|item| match item {
        Err(e)
            if e.lex
                .as_ref()
                .is_some_and(|l| l.kind == LexErrorKind::InvalidSyntax) =>
        {
            None
        }
        Err(e) => Some(e),
        Ok(_) => None,
    });
    let Some(later) = later else {
        return perr;
    };
    match &later.lex {
        Some(lex) if matches!(lex.kind, LexErrorKind::UnclosedBracket(_)) => {
            if index.line(reached) > index.line(lex.start) {
                later
            } else {
                perr
            }
        }
        // Errors CPython's tokenizer signals with a status code, not an exception
        // (indentation, line continuation, end of input) stop the scan and leave the parser's
        // error in place.
        Some(lex)
            if matches!(
                lex.kind,
                LexErrorKind::UnindentMismatch
                    | LexErrorKind::InconsistentTabs
                    | LexErrorKind::TooDeepIndentation
                    | LexErrorKind::LineContinuation
                    | LexErrorKind::UnexpectedEof
                    | LexErrorKind::EofInMultiLineStatement
            ) =>
        {
            perr
        }
        Some(_) => later,
        None => perr,
    }
}

pub(crate) fn perr_to_syntax_error(perr: PErr, source: &str, index: &LineIndex) -> SyntaxError {
    if let Some(lex) = &perr.lex {
        let loc = lex.location(source);
        let kind = match lex.class() {
            ErrorClass::SyntaxError => SyntaxErrorKind::SyntaxError,
            ErrorClass::IndentationError => SyntaxErrorKind::IndentationError,
            ErrorClass::TabError => SyntaxErrorKind::TabError,
        };
        return SyntaxError {
            kind,
            msg: lex.message(),
            lineno: loc.lineno,
            offset: loc.offset.max(0) as u32,
            end_lineno: Some(loc.end_lineno),
            end_offset: u32::try_from(loc.end_offset).ok(),
        };
    }
    let (lineno, col) = index.line_col_chars(source, perr.start);
    let (end_lineno, end_offset) = match perr.end {
        Some(PErr::END_LINE_ONLY) => (Some(lineno), None),
        Some(PErr::END_NEXT_COLUMN) => (Some(lineno), Some(col + 2)),
        Some(PErr::END_COLUMN_ZERO) => (Some(lineno), Some(0)),
        Some(end) if perr.end_in_bytes => {
            let before = source.get(..end as usize).unwrap_or(source);
            let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
            (Some(index.line(end)), Some(end - line_start as u32 + 1))
        }
        Some(end) => {
            let (l, c) = index.line_col_chars(source, end);
            (Some(l), Some(c + 1))
        }
        None => (None, None),
    };
    SyntaxError {
        kind: perr.kind,
        msg: perr.msg,
        lineno,
        offset: col + 1,
        end_lineno,
        end_offset,
    }
}

/// Chooses the message for a token the grammar did not accept.
fn analyse<'a, 'src>(
    _source: &'src str,
    start: u32,
    tok: Token<'a, 'src>,
    end: u32,
    expected: &[String],
    _stream: &mut TokenStream<'a, 'src>,
) -> PErr {
    let span = crate::ast::Span::new(start, end);
    if tok == Token::Indent {
        let mut e = PErr::new("unexpected indent", span);
        e.kind = SyntaxErrorKind::IndentationError;
        return e;
    }
    if expected.len() == 1 && expected.first().is_some_and(|x| x == "Indent") {
        let mut e = PErr::new("expected an indented block", span);
        e.kind = SyntaxErrorKind::IndentationError;
        return e;
    }
    let mut e = PErr::new("invalid syntax", span);
    if tok == Token::Newline {
        // CPython's NEWLINE token ends one column after its start, on its own line.
        e.end = Some(PErr::END_NEXT_COLUMN);
    }
    e
}

/// Where the next token starts at or after byte `pos` (blanks, newlines, comments and line
/// continuations skipped).
fn next_token_start(source: &str, pos: u32) -> u32 {
    let bytes = source.as_bytes();
    let mut i = pos as usize;
    loop {
        match bytes.get(i) {
            Some(b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\') => i += 1,
            Some(b'#') => {
                while bytes.get(i).is_some_and(|&b| b != b'\n' && b != b'\r') {
                    i += 1;
                }
            }
            _ => return i.min(bytes.len()) as u32,
        }
    }
}
