//! The layout layer: turns raw tokens into CPython's token stream.
//!
//! This is a port of the *behaviour* of CPython 3.12's `tok_get` (Parser/tokenizer.c): an
//! indent stack compared in two tab sizes (8 and 1) to detect `TabError`, a bracket stack that
//! turns newlines into NL tokens, and a stack of f-string states (PEP 701 lets f-strings nest
//! inside replacement fields). It produces the *full* stream, comments and NL included, so
//! that the parser's stream ([`crate::Lexer`]) and the `tokenize` stream
//! ([`crate::tokenize`]) are two filters over one implementation.
//!
//! Positions are byte offsets into the source. Nothing here allocates per token: the queue
//! of pending tokens and the three stacks are reused.

use std::collections::VecDeque;

use logos::Logos;

use crate::error::{line_col, LexError, LexErrorKind};
use crate::raw::RawTok;

/// Columns of a tab in the primary indentation measure.
const TABSIZE: u32 = 8;
/// CPython's MAXINDENT: nested indentation levels.
const MAX_INDENT: usize = 100;
/// CPython's MAXLEVEL: nested brackets.
const MAX_LEVEL: usize = 200;
/// CPython's MAX_EXPR_NESTING: replacement fields nested in format specs.
const MAX_EXPR_NESTING: i32 = 3;
/// CPython's MAXFSTRINGLEVEL: f-strings nested in replacement fields.
const MAX_FSTRING_LEVEL: usize = 150;

/// The kind of a numeric literal, decided while scanning it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumKind {
    Int,
    Float,
    Imaginary,
}

/// A token of the full stream. The text is always `source[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Name,
    Number(NumKind),
    String,
    FStringStart,
    /// Literal text of an f-string. `skipped` is set when the piece ends at a doubled brace
    /// (`{{`/`}}`): the piece holds the first brace and the second one, right after `end`,
    /// belongs to no token (exactly as CPython splits them).
    FStringMiddle {
        skipped: bool,
    },
    FStringEnd,
    Op(RawTok),
    /// A character CPython's tokenizer passes through as an operator nobody accepts (`$`).
    Unknown,
    /// A comment; `blank_line` when nothing but whitespace precedes it on its line.
    Comment {
        blank_line: bool,
    },
    /// A newline that does not end a logical line: it ends a blank line, or it is inside
    /// brackets (`in_brackets`).
    Nl {
        in_brackets: bool,
    },
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
}

/// The state of one f-string being scanned (CPython's `tokenizer_mode`).
#[derive(Clone, Copy, Debug)]
struct FString {
    quote: u8,
    triple: bool,
    raw: bool,
    /// Offset of the f-string's prefix, where "unterminated" errors point.
    start: u32,
    /// In a replacement field (regular tokens) rather than in literal text.
    in_expr: bool,
    /// Brackets opened and not closed inside this f-string's replacement fields.
    curly_depth: i32,
    /// Replacement fields open (−1 in the top-level literal text, 0 in a field, more in
    /// fields nested in format specs).
    expr_start_depth: i32,
}

impl FString {
    fn quote_size(&self) -> usize {
        if self.triple {
            3
        } else {
            1
        }
    }
}

/// The layout state machine. See the module docs.
pub(crate) struct Scanner<'src> {
    src: &'src str,
    bytes: &'src [u8],
    pos: usize,
    /// CPython's `extra_tokens` (the `tokenize` module): numbers and identifiers are not
    /// validated, unmatched brackets and unknown characters are passed through.
    extra_tokens: bool,
    queue: VecDeque<Token>,
    at_bol: bool,
    /// The current line holds only whitespace and comments.
    blankline: bool,
    /// Start of the current physical line.
    line_begin: usize,
    /// Indentation stack: `(column with tabsize 8, column with tabsize 1)`.
    indents: Vec<(u32, u32)>,
    /// Open brackets: the character and its offset.
    brackets: Vec<(u8, u32)>,
    fstrings: Vec<FString>,
    implicit_newline_done: bool,
    finished: bool,
    /// Where CPython's line buffer starts: the first line read since the last token ended a
    /// line (the `tokenize` module reports some error columns relative to it).
    buffer_begin: usize,
    /// The last continuation was inside a line (not in the indentation).
    mid_line_continuation: bool,
    /// `SyntaxWarning`s CPython's tokenizer emits.
    pub(crate) warnings: Vec<LexWarning>,
}

/// A `SyntaxWarning` raised while lexing (CPython's tokenizer warns about `\{` and `\}` in
/// f-strings).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexWarning {
    /// Byte offset of what is warned about (the backslash, the number).
    pub offset: u32,
    pub message: String,
}

fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl<'src> Scanner<'src> {
    pub(crate) fn new(src: &'src str, extra_tokens: bool) -> Self {
        Scanner {
            src,
            bytes: src.as_bytes(),
            pos: 0,
            extra_tokens,
            queue: VecDeque::new(),
            at_bol: true,
            blankline: false,
            line_begin: 0,
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            fstrings: Vec::new(),
            implicit_newline_done: false,
            finished: false,
            buffer_begin: 0,
            mid_line_continuation: false,
            warnings: Vec::new(),
        }
    }

    pub(crate) fn source(&self) -> &'src str {
        self.src
    }

    /// The next token, an error (after which the stream ends), or `None` after `EndMarker`.
    pub(crate) fn next_token(&mut self) -> Option<Result<Token, LexError>> {
        loop {
            if let Some(t) = self.queue.pop_front() {
                return Some(Ok(t));
            }
            if self.finished {
                return None;
            }
            match self.step() {
                Ok(Some(t)) => return Some(Ok(t)),
                Ok(None) => {}
                Err(mut e) => {
                    self.finished = true;
                    self.queue.clear();
                    e.line_buffer = self.buffer_begin as u32;
                    return Some(Err(e));
                }
            }
        }
    }

    fn push(&mut self, kind: Kind, start: usize, end: usize) {
        self.queue.push_back(Token {
            kind,
            start: start as u32,
            end: end as u32,
        });
    }

    /// Scans one step: returns a token directly (the common case, no queue round trip), or
    /// queues tokens, or only changes state (an f-string mode switch).
    fn step(&mut self) -> Result<Option<Token>, LexError> {
        if let Some(f) = self.fstrings.last() {
            if !f.in_expr {
                self.fstring_literal()?;
                return Ok(None);
            }
        }
        if self.at_bol {
            self.at_bol = false;
            self.line_start()?;
            if !self.queue.is_empty() {
                return Ok(None);
            }
        }
        self.normal()
    }

    // --- lines and indentation ------------------------------------------------------------

    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens.
    fn line_start(&mut self) -> Result<(), LexError> {
        let mut col = 0u32;
        let mut altcol = 0u32;
        let mut cont_col = 0u32;
        loop {
            match self.bytes.get(self.pos) {
                Some(b' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some(b'\t') => {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                Some(b'\\') => {
                    // Indentation cannot be split over lines with backslashes: the first
                    // backslash decides the level of what comes next.
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    self.mid_line_continuation = false;
                    self.continuation(self.pos)?;
                    if self.fstrings.is_empty() {
                        self.buffer_begin = self.pos;
                    }
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let at_eof = self.pos >= self.bytes.len();
        // CPython appends a newline to a last line that lacks one: such a line counts as
        // blank when it holds only whitespace.
        let implicit_eol = at_eof && self.pos > self.line_begin;
        self.blankline =
            implicit_eol || matches!(self.bytes.get(self.pos), Some(b'#' | b'\n' | b'\r'));
        if self.blankline || !self.brackets.is_empty() {
            return Ok(());
        }
        if cont_col != 0 {
            col = cont_col;
            altcol = cont_col;
        }
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if altcol != alttop {
                return Err(LexError::at(LexErrorKind::InconsistentTabs, self.pos));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(LexError::at(LexErrorKind::TooDeepIndentation, self.pos));
            }
            if altcol <= alttop {
                return Err(LexError::at(LexErrorKind::InconsistentTabs, self.pos));
            }
            self.indents.push((col, altcol));
            self.push(Kind::Indent, self.line_begin, self.pos);
        } else {
            while self.indents.len() > 1 {
                match self.indents.last() {
                    Some(&(c, _)) if col < c => {
                        self.indents.pop();
                        self.push(Kind::Dedent, self.pos, self.pos);
                    }
                    _ => break,
                }
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return Err(LexError::at(LexErrorKind::UnindentMismatch, self.pos));
            }
            if altcol != alttop {
                return Err(LexError::at(LexErrorKind::InconsistentTabs, self.pos));
            }
        }
        Ok(())
    }

    /// Consumes a backslash at `bs` and the newline after it.
    fn continuation(&mut self, bs: usize) -> Result<(), LexError> {
        let mut i = bs + 1;
        match self.bytes.get(i) {
            Some(b'\n') => i += 1,
            Some(b'\r') => {
                i += 1;
                if self.bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            // CPython appends a newline to the last line: a final backslash continues it.
            None => {}
            Some(_) => return Err(LexError::at(LexErrorKind::LineContinuation, bs)),
        }
        if i >= self.bytes.len() {
            return Err(self.eof_error(self.line_begin, true));
        }
        self.pos = i;
        self.line_begin = i;
        Ok(())
    }

    /// The error for an end of file in the middle of a statement.
    fn eof_error(&self, line_start: usize, in_continuation: bool) -> LexError {
        if self.extra_tokens {
            // `start` is where CPython's line buffer begins (the column counts from there),
            // or the end when the buffer was emptied before reading the end of file.
            let from =
                if (in_continuation && self.mid_line_continuation) || !self.fstrings.is_empty() {
                    self.buffer_begin
                } else {
                    self.bytes.len()
                };
            return LexError::new(
                LexErrorKind::EofInMultiLineStatement,
                from,
                self.bytes.len(),
            );
        }
        match self.brackets.last() {
            Some(&(c, at)) => LexError::at(LexErrorKind::UnclosedBracket(c as char), at as usize),
            None => LexError::at(LexErrorKind::UnexpectedEof, line_start),
        }
    }

    // --- regular mode ---------------------------------------------------------------------

    fn normal(&mut self) -> Result<Option<Token>, LexError> {
        let rest = self.src.get(self.pos..).unwrap_or("");
        let mut lex = RawTok::lexer(rest);
        let Some(result) = lex.next() else {
            self.eof()?;
            return Ok(None);
        };
        let span = lex.span();
        let start = self.pos + span.start;
        let mut end = self.pos + span.end;
        let Ok(tok) = result else {
            self.unknown(start)?;
            return Ok(None);
        };
        let kind = match tok {
            RawTok::Newline => {
                let kind = self.newline_kind();
                self.at_bol = true;
                self.blankline = false;
                self.line_begin = end;
                if self.fstrings.is_empty() {
                    self.buffer_begin = end;
                }
                kind
            }
            RawTok::Comment => Kind::Comment {
                blank_line: self.blankline,
            },
            RawTok::Backslash => {
                self.mid_line_continuation = true;
                self.continuation(start)?;
                return Ok(None);
            }
            RawTok::Name => {
                if !self.extra_tokens {
                    self.verify_identifier(start, end)?;
                }
                Kind::Name
            }
            RawTok::StringStart => {
                let quote = self.bytes.get(end - 1).copied().unwrap_or(b'"');
                let triple =
                    self.bytes.get(end) == Some(&quote) && self.bytes.get(end + 1) == Some(&quote);
                let body = if triple { end + 2 } else { end };
                end = self.string_body(start, body, quote, triple)?;
                Kind::String
            }
            RawTok::FStringStart => {
                self.fstring_start(start, end)?;
                return Ok(None);
            }
            RawTok::Digit | RawTok::DotDigit => return self.number(start).map(Some),
            RawTok::Lpar | RawTok::Lsqb | RawTok::Lbrace => {
                if self.brackets.len() >= MAX_LEVEL {
                    return Err(LexError::at(LexErrorKind::TooManyNestedBrackets, start));
                }
                let c = self.bytes.get(start).copied().unwrap_or(b'(');
                self.brackets.push((c, start as u32));
                if let Some(f) = self.fstrings.last_mut() {
                    f.curly_depth += 1;
                }
                Kind::Op(tok)
            }
            RawTok::Rpar | RawTok::Rsqb | RawTok::Rbrace => {
                self.close_bracket(tok, start)?;
                Kind::Op(tok)
            }
            RawTok::Colon | RawTok::ColonEqual => {
                // In a replacement field, a top-level `:` starts the format spec (even in
                // `{a:=1}`, where the spec is `=1`).
                if let Some(f) = self.fstrings.last_mut() {
                    if f.curly_depth - 1 == f.expr_start_depth {
                        f.in_expr = false;
                        end = start + 1;
                        self.pos = end;
                        return Ok(Some(Token {
                            kind: Kind::Op(RawTok::Colon),
                            start: start as u32,
                            end: end as u32,
                        }));
                    }
                }
                Kind::Op(tok)
            }
            _ => Kind::Op(tok),
        };
        self.pos = end;
        Ok(Some(Token {
            kind,
            start: start as u32,
            end: end as u32,
        }))
    }

    fn newline_kind(&self) -> Kind {
        if !self.brackets.is_empty() {
            Kind::Nl { in_brackets: true }
        } else if self.blankline {
            Kind::Nl { in_brackets: false }
        } else {
            Kind::Newline
        }
    }

    fn close_bracket(&mut self, tok: RawTok, start: usize) -> Result<(), LexError> {
        let c = self.bytes.get(start).copied().unwrap_or(b')');
        if let Some(f) = self.fstrings.last() {
            if f.curly_depth == 0 && c == b'}' {
                return Err(LexError::at(LexErrorKind::FStringSingleBrace, start));
            }
        }
        match self.brackets.pop() {
            None => {
                if !self.extra_tokens {
                    return Err(LexError::at(LexErrorKind::Unmatched(c as char), start));
                }
            }
            Some((open, open_at)) => {
                let matches = matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matches && !self.extra_tokens {
                    if let Some(f) = self.fstrings.last() {
                        // The bracket closes a replacement field's own `{`.
                        if open == b'{' && f.curly_depth - 1 == f.expr_start_depth {
                            return Err(LexError::at(
                                LexErrorKind::FStringUnmatched(c as char),
                                start,
                            ));
                        }
                    }
                    let open_line = line_col(self.src, open_at as usize).0;
                    let here = line_col(self.src, start).0;
                    return Err(LexError::at(
                        LexErrorKind::MismatchedBracket {
                            close: c as char,
                            open: open as char,
                            open_line: (open_line != here).then_some(open_line),
                        },
                        start,
                    ));
                }
            }
        }
        let _ = tok;
        if let Some(f) = self.fstrings.last_mut() {
            f.curly_depth -= 1;
            if c == b'}' && f.curly_depth == f.expr_start_depth {
                f.expr_start_depth -= 1;
                f.in_expr = false;
            }
        }
        Ok(())
    }

    fn eof(&mut self) -> Result<(), LexError> {
        let len = self.bytes.len();
        self.pos = len;
        if !self.implicit_newline_done && len > self.line_begin {
            // The last line has no newline: CPython appends one.
            self.implicit_newline_done = true;
            let kind = self.newline_kind();
            self.push(kind, len, len);
            self.at_bol = true;
            self.blankline = false;
            self.line_begin = len;
            return Ok(());
        }
        if !self.brackets.is_empty() {
            return Err(self.eof_error(self.line_begin, false));
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Kind::Dedent, len, len);
        }
        self.push(Kind::EndMarker, len, len);
        self.finished = true;
        Ok(())
    }

    /// A character no raw token starts with.
    fn unknown(&mut self, start: usize) -> Result<(), LexError> {
        let ch = self
            .src
            .get(start..)
            .and_then(|s| s.chars().next())
            .unwrap_or('\0');
        let end = start + ch.len_utf8();
        if ch == '\0' {
            return Err(LexError::at(LexErrorKind::NullByte, start));
        }
        if !crate::unicode::is_printable(ch) {
            return Err(LexError::at(LexErrorKind::NonPrintableCharacter(ch), start));
        }
        self.push(Kind::Unknown, start, end);
        self.pos = end;
        Ok(())
    }

    /// CPython's `verify_identifier`: the first character must be XID_Start or `_`, the
    /// others XID_Continue.
    fn verify_identifier(&self, start: usize, end: usize) -> Result<(), LexError> {
        let Some(text) = self.src.get(start..end) else {
            return Ok(());
        };
        if text.is_ascii() {
            return Ok(());
        }
        for (i, ch) in text.char_indices() {
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !ok {
                let kind = if crate::unicode::is_printable(ch) {
                    LexErrorKind::InvalidCharacter(ch)
                } else {
                    LexErrorKind::NonPrintableCharacter(ch)
                };
                return Err(LexError::at(kind, start + i));
            }
        }
        Ok(())
    }

    // --- strings --------------------------------------------------------------------------

    /// Finds the end of a string whose body starts at `body`; returns the offset after the
    /// closing quote(s).
    fn string_body(
        &self,
        start: usize,
        body: usize,
        quote: u8,
        triple: bool,
    ) -> Result<usize, LexError> {
        let b = self.bytes;
        let quote_size = if triple { 3 } else { 1 };
        let mut end_quotes = 0;
        let mut i = body;
        while end_quotes != quote_size {
            // Jump to the next byte that matters: a quote, a backslash, or (in a one-line
            // string) a line end. Docstrings make this the hottest loop of the lexer.
            if end_quotes == 0 {
                let rest = b.get(i..).unwrap_or_default();
                let skip = if triple {
                    memchr::memchr2(quote, b'\\', rest)
                } else {
                    memchr::memchr3(quote, b'\\', b'\n', rest)
                        .map(|n| rest[..n].iter().position(|&c| c == b'\r').unwrap_or(n))
                };
                i += skip.unwrap_or(rest.len());
            }
            let Some(&c) = b.get(i) else {
                return Err(self.unterminated_string(start, quote, triple, b.len().max(1) - 1));
            };
            i += 1;
            if !triple && (c == b'\n' || c == b'\r') {
                return Err(self.unterminated_string(start, quote, triple, i - 1));
            }
            if c == quote {
                end_quotes += 1;
            } else {
                end_quotes = 0;
                if c == b'\\' {
                    match b.get(i) {
                        Some(b'\r') => {
                            i += 1;
                            if b.get(i) == Some(&b'\n') {
                                i += 1;
                            }
                        }
                        Some(_) => i += 1,
                        None => {}
                    }
                }
            }
        }
        Ok(i)
    }

    fn unterminated_string(&self, start: usize, quote: u8, triple: bool, at: usize) -> LexError {
        if let Some(f) = self.fstrings.last() {
            // A string that starts with the enclosing f-string's own quote and never ends:
            // really a replacement field missing its `}`.
            if f.in_expr && f.quote == quote && f.triple == triple {
                return LexError::at(LexErrorKind::FStringExpectingBrace, start);
            }
        }
        let detected_at = line_col(self.src, at).0;
        let kind = if triple {
            LexErrorKind::UnterminatedTripleQuotedString { detected_at }
        } else {
            LexErrorKind::UnterminatedString { detected_at }
        };
        LexError::at(kind, start)
    }

    // --- f-strings ------------------------------------------------------------------------

    fn fstring_start(&mut self, start: usize, end: usize) -> Result<(), LexError> {
        let quote = self.bytes.get(end - 1).copied().unwrap_or(b'"');
        let mut stop = end;
        let triple =
            self.bytes.get(stop) == Some(&quote) && self.bytes.get(stop + 1) == Some(&quote);
        if triple {
            stop += 2;
        }
        if self.fstrings.len() + 1 >= MAX_FSTRING_LEVEL {
            // CPython points at the last character of the FSTRING_START token (its quote).
            return Err(LexError::at(
                LexErrorKind::TooManyNestedFStrings,
                stop.saturating_sub(1),
            ));
        }
        let raw = self
            .bytes
            .get(start..end)
            .is_some_and(|p| p.iter().any(|&c| c == b'r' || c == b'R'));
        self.fstrings.push(FString {
            quote,
            triple,
            raw,
            start: start as u32,
            in_expr: false,
            curly_depth: 0,
            expr_start_depth: -1,
        });
        self.push(Kind::FStringStart, start, stop);
        self.pos = stop;
        Ok(())
    }

    /// Literal text of the innermost f-string: one FSTRING_MIDDLE piece, the FSTRING_END, or
    /// a switch to regular mode at a replacement field.
    fn fstring_literal(&mut self) -> Result<(), LexError> {
        let b = self.bytes;
        let start = self.pos;
        let Some(mut f) = self.fstrings.last().copied() else {
            return Ok(());
        };
        let quote_size = f.quote_size();
        if b.get(start) == Some(&b'{') && b.get(start + 1) != Some(&b'{') {
            return self.enter_field(f, start);
        }
        if b.get(start..start + quote_size)
            .is_some_and(|q| q.iter().all(|&c| c == f.quote))
        {
            self.fstrings.pop();
            self.push(Kind::FStringEnd, start, start + quote_size);
            self.pos = start + quote_size;
            return Ok(());
        }
        let in_spec = f.expr_start_depth >= 0;
        let mut end_quotes = 0;
        let mut unicode_escape = false;
        let mut i = start;
        while end_quotes != quote_size {
            let c = b.get(i).copied();
            // At the end of a last line without newline, CPython reads the newline it
            // appended.
            let implicit_newline = c.is_none() && !b.is_empty() && !b.ends_with(b"\n");
            let is_newline = matches!(c, Some(b'\n' | b'\r')) || implicit_newline;
            if c.is_none() || (!f.triple && is_newline) {
                if in_spec && is_newline {
                    // A format spec ends at a newline; the regular tokenizer takes over.
                    return self.middle_then_expr(f, start, i);
                }
                let at = if c.is_none() { b.len().max(1) - 1 } else { i };
                let detected_at = line_col(self.src, at).0;
                let kind = if f.triple {
                    LexErrorKind::UnterminatedTripleQuotedFString { detected_at }
                } else {
                    LexErrorKind::UnterminatedFString { detected_at }
                };
                return Err(LexError::at(kind, f.start as usize));
            }
            let c = c.unwrap_or(0);
            i += 1;
            if c == f.quote {
                end_quotes += 1;
                continue;
            }
            end_quotes = 0;
            match c {
                b'{' => {
                    if b.get(i) != Some(&b'{') || in_spec {
                        f.expr_start_depth += 1;
                        if f.expr_start_depth >= MAX_EXPR_NESTING {
                            return Err(LexError::at(
                                LexErrorKind::FStringTooDeep,
                                i.saturating_sub(2),
                            ));
                        }
                        self.push(Kind::FStringMiddle { skipped: false }, start, i - 1);
                        f.in_expr = true;
                        self.store_fstring(f);
                        self.pos = i - 1;
                    } else {
                        self.push(Kind::FStringMiddle { skipped: true }, start, i);
                        self.pos = i + 1;
                    }
                    return Ok(());
                }
                b'}' => {
                    if unicode_escape {
                        self.push(Kind::FStringMiddle { skipped: false }, start, i);
                        self.pos = i;
                    } else if b.get(i) == Some(&b'}') && !in_spec {
                        self.push(Kind::FStringMiddle { skipped: true }, start, i);
                        self.pos = i + 1;
                    } else {
                        return self.middle_then_expr(f, start, i - 1);
                    }
                    return Ok(());
                }
                b'\\' => {
                    let mut peek = b.get(i).copied();
                    if peek.is_some() {
                        i += 1;
                    }
                    if peek == Some(b'\r') {
                        peek = b.get(i).copied();
                        if peek.is_some() {
                            i += 1;
                        }
                    }
                    if let Some(brace @ (b'{' | b'}')) = peek {
                        // `\{`: the brace is processed as a brace (CPython warns).
                        if !f.raw {
                            self.warnings.push(LexWarning {
                                offset: (i - 2) as u32,
                                message: format!("invalid escape sequence '\\{}'", brace as char),
                            });
                        }
                        i -= 1;
                        continue;
                    }
                    if !f.raw && peek == Some(b'N') && b.get(i) == Some(&b'{') {
                        i += 1;
                        unicode_escape = true;
                    }
                }
                _ => {}
            }
        }
        // The closing quotes: the text before them is the last piece.
        let end = i - quote_size;
        self.push(Kind::FStringMiddle { skipped: false }, start, end);
        self.pos = end;
        Ok(())
    }

    /// Emits the literal piece `start..end` and hands `end..` to the regular tokenizer.
    fn middle_then_expr(
        &mut self,
        mut f: FString,
        start: usize,
        end: usize,
    ) -> Result<(), LexError> {
        self.push(Kind::FStringMiddle { skipped: false }, start, end);
        f.in_expr = true;
        self.store_fstring(f);
        self.pos = end;
        Ok(())
    }

    /// A replacement field starts right at `start` (no literal text before it).
    fn enter_field(&mut self, mut f: FString, start: usize) -> Result<(), LexError> {
        f.expr_start_depth += 1;
        if f.expr_start_depth >= MAX_EXPR_NESTING {
            return Err(LexError::at(
                LexErrorKind::FStringTooDeep,
                start.saturating_sub(1),
            ));
        }
        f.in_expr = true;
        self.store_fstring(f);
        self.pos = start;
        Ok(())
    }

    fn store_fstring(&mut self, f: FString) {
        if let Some(top) = self.fstrings.last_mut() {
            *top = f;
        }
    }

    // --- numbers --------------------------------------------------------------------------

    fn number(&mut self, start: usize) -> Result<Token, LexError> {
        let mut scan = NumberScan {
            b: self.bytes,
            start,
            i: start,
            extra_tokens: self.extra_tokens,
            warning: None,
        };
        let kind = scan.scan()?;
        if let Some(what) = scan.warning {
            self.warnings.push(LexWarning {
                offset: start as u32,
                message: format!("invalid {what} literal"),
            });
        }
        let end = scan.i.min(self.bytes.len());
        self.pos = end;
        Ok(Token {
            kind: Kind::Number(kind),
            start: start as u32,
            end: end as u32,
        })
    }
}

/// CPython's number scanner, reading one character at a time with backups. Past the end of
/// the source it reads `\n` (CPython appends a newline to the last line).
struct NumberScan<'a> {
    b: &'a [u8],
    /// Where the number starts.
    start: usize,
    i: usize,
    extra_tokens: bool,
    /// A keyword right after the number (`0x1for`): CPython warns "invalid ... literal".
    warning: Option<&'static str>,
}

impl NumberScan<'_> {
    fn nextc(&mut self) -> u8 {
        let c = self.b.get(self.i).copied().unwrap_or(b'\n');
        self.i += 1;
        c
    }

    fn backup(&mut self) {
        self.i = self.i.saturating_sub(1);
    }

    /// An error CPython reports at its read position: the offset is the column of the
    /// character just before it.
    fn error(&self, kind: LexErrorKind) -> LexError {
        LexError::at(kind, self.i.saturating_sub(1))
    }

    fn scan(&mut self) -> Result<NumKind, LexError> {
        let c = self.nextc();
        if c == b'.' {
            let c = self.nextc();
            return self.fraction(c);
        }
        if c != b'0' {
            let c = self.decimal_tail()?;
            return self.after_integer_part(c, false);
        }
        let c = self.nextc();
        match c {
            b'x' | b'X' => self.radix(|c| c.is_ascii_hexdigit(), "hexadecimal"),
            b'o' | b'O' => self.radix(|c| (b'0'..b'8').contains(&c), "octal"),
            b'b' | b'B' => self.radix(|c| c == b'0' || c == b'1', "binary"),
            _ => {
                let mut c = c;
                loop {
                    if c == b'_' {
                        c = self.nextc();
                        if !c.is_ascii_digit() {
                            self.backup();
                            return Err(self.error(LexErrorKind::InvalidLiteral("decimal")));
                        }
                    }
                    if c != b'0' {
                        break;
                    }
                    c = self.nextc();
                }
                let zeros_end = self.i;
                let mut nonzero = false;
                if c.is_ascii_digit() {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if nonzero && !self.extra_tokens && !matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
                    return Err(LexError::new(
                        LexErrorKind::LeadingZeros,
                        self.start,
                        zeros_end - 1,
                    ));
                }
                self.after_integer_part(c, false)
            }
        }
    }

    fn after_integer_part(&mut self, c: u8, _float: bool) -> Result<NumKind, LexError> {
        match c {
            b'.' => {
                let c = self.nextc();
                self.fraction(c)
            }
            b'e' | b'E' => self.exponent(c, NumKind::Int),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.verify_end(c, "decimal")?;
                self.backup();
                Ok(NumKind::Int)
            }
        }
    }

    fn fraction(&mut self, c: u8) -> Result<NumKind, LexError> {
        let mut c = c;
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        match c {
            b'e' | b'E' => self.exponent(c, NumKind::Float),
            b'j' | b'J' => self.imaginary(),
            _ => {
                self.verify_end(c, "decimal")?;
                self.backup();
                Ok(NumKind::Float)
            }
        }
    }

    fn exponent(&mut self, e: u8, so_far: NumKind) -> Result<NumKind, LexError> {
        let mut c = self.nextc();
        if c == b'+' || c == b'-' {
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error(LexErrorKind::InvalidLiteral("decimal")));
            }
        } else if !c.is_ascii_digit() {
            // `1e`, `1else`: the number ends before the `e`.
            self.backup();
            self.verify_end(e, "decimal")?;
            self.backup();
            return Ok(so_far);
        }
        let c = self.decimal_tail()?;
        if c == b'j' || c == b'J' {
            return self.imaginary();
        }
        self.verify_end(c, "decimal")?;
        self.backup();
        Ok(NumKind::Float)
    }

    fn imaginary(&mut self) -> Result<NumKind, LexError> {
        let c = self.nextc();
        self.verify_end(c, "imaginary")?;
        self.backup();
        Ok(NumKind::Imaginary)
    }

    /// Digits with single underscores between them; returns the first character after.
    fn decimal_tail(&mut self) -> Result<u8, LexError> {
        loop {
            let mut c = self.nextc();
            while c.is_ascii_digit() {
                c = self.nextc();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.nextc();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error(LexErrorKind::InvalidLiteral("decimal")));
            }
        }
    }

    /// Hexadecimal, octal or binary digits after the `0x`/`0o`/`0b` prefix.
    fn radix(&mut self, is_digit: fn(u8) -> bool, name: &'static str) -> Result<NumKind, LexError> {
        let checks_decimal = name != "hexadecimal";
        let mut c = self.nextc();
        loop {
            if c == b'_' {
                c = self.nextc();
            }
            if !is_digit(c) {
                if checks_decimal && c.is_ascii_digit() {
                    return Err(self.error(LexErrorKind::InvalidDigit {
                        digit: c as char,
                        base: name,
                    }));
                }
                self.backup();
                return Err(self.error(LexErrorKind::InvalidLiteral(name)));
            }
            c = self.nextc();
            while is_digit(c) {
                c = self.nextc();
            }
            if c != b'_' {
                break;
            }
        }
        if checks_decimal && c.is_ascii_digit() {
            return Err(self.error(LexErrorKind::InvalidDigit {
                digit: c as char,
                base: name,
            }));
        }
        self.verify_end(c, name)?;
        self.backup();
        Ok(NumKind::Int)
    }

    /// CPython's `verify_end_of_number`: `c` (just read) must not continue the number as an
    /// identifier would, except for the keywords that may follow a number (a warning there).
    fn verify_end(&mut self, c: u8, kind: &'static str) -> Result<(), LexError> {
        if self.extra_tokens {
            return Ok(());
        }
        let allowed = match c {
            b'a' => self.lookahead(b"nd"),
            b'e' => self.lookahead(b"lse"),
            b'f' => self.lookahead(b"or"),
            b'i' => matches!(self.b.get(self.i), Some(b'f' | b'n' | b's')),
            b'o' => self.lookahead(b"r"),
            b'n' => self.lookahead(b"ot"),
            _ => false,
        };
        if allowed {
            self.warning = Some(kind);
        } else if c < 128 && is_ident_char(c) {
            self.backup();
            return Err(self.error(LexErrorKind::InvalidLiteral(kind)));
        }
        Ok(())
    }

    fn lookahead(&self, rest: &[u8]) -> bool {
        let end = self.i + rest.len();
        self.b.get(self.i..end) == Some(rest) && !self.b.get(end).is_some_and(|&c| is_ident_char(c))
    }
}
