//! A second look at a failed parse, for CPython's specific messages.
//!
//! CPython's PEG parser, after a failure, parses again with its `invalid_*` rules enabled and
//! reports the first one that matches ("expected ':'", "Perhaps you forgot a comma?", ...).
//! The LR parser only knows the first token it could not shift. This module re-lexes the
//! whole source into a token vector (cheap, and only on failure) and checks the tokens around
//! that point against the shapes of the common `invalid_*` rules. Where a rule needs to know
//! whether some tokens form an expression, the grammar itself is run on them in `eval` mode.
//!
//! Positions follow CPython's: a NEWLINE token is one character wide on its own line, and an
//! error at the end of the input sits after the last character of the last line, with no end.

use bumpalo::Bump;
use pyvm_lexer::{LexOptions, Lexer};

use crate::ast::Span;
use crate::builder::{Builder, PErr};
use crate::error::SyntaxErrorKind;
use crate::soft_keywords::TokenStream;
use crate::token::Token;
use crate::Mode;

type Tk<'a, 'src> = (u32, Token<'a, 'src>, u32);

/// At most this many candidate ends are tried when looking for the longest expression.
const MAX_TRIALS: usize = 64;

/// The failed parse, as the LR parser reported it.
pub(crate) struct Failure<'e, 'a, 'src> {
    pub start: u32,
    pub tok: Token<'a, 'src>,
    pub eof: bool,
    pub expected: &'e [String],
}

/// The tokens of a source and the index of the token the parser stopped at.
struct Ctx<'a, 'src> {
    source: &'src str,
    arena: &'a Bump,
    toks: Vec<Tk<'a, 'src>>,
    /// Index of the failing token (`toks.len()` at the end of input).
    fail: usize,
    /// The lexer's error that ended `toks`, if any.
    lex_error: Option<PErr>,
}

/// Looks for a CPython message more specific than "invalid syntax".
pub(crate) fn diagnose(
    source: &str,
    mode: Mode,
    options: LexOptions,
    arena: &Bump,
    failure: &Failure<'_, '_, '_>,
) -> Option<PErr> {
    let mut toks = Vec::new();
    let mut lex_error = None;
    for item in TokenStream::new(Lexer::new(source, options), mode, arena).skip(1) {
        match item {
            Ok(t) => toks.push(t),
            Err(e) => {
                lex_error = Some(e);
                break;
            }
        }
    }
    // Match the kind too: a zero-width DEDENT shares its start with the next token. Several
    // DEDENTs share one start; which of them failed is not known, so each is tried.
    let candidates: Vec<usize> = if failure.eof {
        vec![toks
            .iter()
            .position(|t| t.1 == Token::EndOfFile)
            .unwrap_or(toks.len())]
    } else {
        toks.iter()
            .enumerate()
            .filter(|(_, t)| t.0 == failure.start && t.1 == failure.tok)
            .map(|(n, _)| n)
            .collect()
    };
    let mut cx = Ctx {
        source,
        arena,
        toks,
        fail: 0,
        lex_error,
    };
    for &fail in &candidates {
        cx.fail = fail;
        let found = cx
            .unexpected_indent()
            .or_else(|| cx.expected_indented_block())
            .or_else(|| cx.header())
            .or_else(|| cx.try_without_handler())
            .or_else(|| cx.soft_keyword_statement())
            .or_else(|| cx.fstring_field())
            .or_else(|| cx.expected_else(failure.expected))
            .or_else(|| cx.named_expression_equals())
            .or_else(|| cx.walrus_statement())
            .or_else(|| cx.arguments())
            .or_else(|| cx.comprehension())
            .or_else(|| cx.dict_item())
            .or_else(|| cx.unclosed_with_items())
            .or_else(|| cx.legacy_statement())
            .or_else(|| cx.missing_comma());
        if found.is_some() {
            return found;
        }
    }
    cx.fail = *candidates.first()?;
    cx.unexpected_unindent()
}

/// A second look at an error the grammar's actions raised: `f(a.b := 1)` is "invalid
/// syntax" at `:=` to CPython (call arguments take only `NAME := value`), while the action
/// reports the target as in other places.
pub(crate) fn refine_action_error(
    source: &str,
    mode: Mode,
    options: LexOptions,
    arena: &Bump,
    perr: PErr,
) -> PErr {
    if !perr
        .msg
        .starts_with("cannot use assignment expressions with")
    {
        return perr;
    }
    let toks: Vec<Tk<'_, '_>> = TokenStream::new(Lexer::new(source, options), mode, arena)
        .skip(1)
        .map_while(Result::ok)
        .collect();
    let Some(target) = toks.iter().position(|t| t.0 == perr.start) else {
        return perr;
    };
    let cx = Ctx {
        source,
        arena,
        toks,
        fail: target,
        lex_error: None,
    };
    let in_call = cx.enclosing_open(target).is_some_and(|open| {
        cx.tok(open) == Some(Token::Lpar)
            && open > 0
            && cx.tok(open - 1).is_some_and(|t| ends_expression(&t))
    });
    let walrus = (target..cx.toks.len())
        .find(|&n| cx.tok(n) == Some(Token::ColonEqual) && cx.depth_at(n) == cx.depth_at(target));
    match walrus {
        Some(w) if in_call => cx.error_at(w, "invalid syntax"),
        _ => perr,
    }
}

/// A stray character (`$`, `?`) where CPython's grammar forces a token: `def g$et():` is
/// "expected '('" at the character, as it is an ordinary OP token there.
pub(crate) fn stray_character(
    source: &str,
    mode: Mode,
    options: LexOptions,
    arena: &Bump,
    stray: Span,
) -> Option<PErr> {
    let toks: Vec<Tk<'_, '_>> = TokenStream::new(Lexer::new(source, options), mode, arena)
        .skip(1)
        .map_while(Result::ok)
        .take_while(|t| t.0 < stray.start)
        .collect();
    let n = toks.len();
    // A block that starts with the stray character has no INDENT.
    if toks.last().is_some_and(|t| t.1 == Token::Newline) {
        let cx = Ctx {
            source,
            arena,
            toks,
            fail: n,
            lex_error: None,
        };
        let mut e = cx.expected_indented_block()?;
        e.start = stray.start;
        e.end = Some(stray.end);
        return Some(e);
    }
    let def = n.checked_sub(2)?;
    let at_stmt_start = def == 0
        || toks.get(def - 1).is_some_and(|t| {
            matches!(
                t.1,
                Token::Newline | Token::Indent | Token::Dedent | Token::Async
            )
        });
    (matches!(toks.get(def)?.1, Token::Def)
        && matches!(toks.get(def + 1)?.1, Token::Name(_))
        && at_stmt_start)
        .then(|| PErr::new("expected '('", stray))
}

fn is_opener(t: &Token<'_, '_>) -> bool {
    t.is_open_bracket()
}

fn is_closer(t: &Token<'_, '_>) -> bool {
    t.is_close_bracket()
}

fn is_line_break(t: &Token<'_, '_>) -> bool {
    matches!(t, Token::Newline | Token::Indent | Token::Dedent)
}

fn is_name(t: &Token<'_, '_>, text: &str) -> bool {
    matches!(t, Token::Name(n) if *n == text)
}

/// Tokens that can start an expression.
fn starts_expression(t: &Token<'_, '_>) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imaginary(_)
            | Token::String(_)
            | Token::FStringStart(_)
            | Token::Lpar
            | Token::Lsqb
            | Token::Lbrace
            | Token::Minus
            | Token::Plus
            | Token::Tilde
            | Token::Not
            | Token::Lambda
            | Token::Await
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
            | Token::SoftMatch
            | Token::SoftCase
            | Token::SoftType
    )
}

/// Tokens that can end an expression.
fn ends_expression(t: &Token<'_, '_>) -> bool {
    matches!(
        t,
        Token::Name(_)
            | Token::Int(_)
            | Token::Float(_)
            | Token::Imaginary(_)
            | Token::String(_)
            | Token::FStringEnd(_)
            | Token::Rpar
            | Token::Rsqb
            | Token::Rbrace
            | Token::None
            | Token::True
            | Token::False
            | Token::Ellipsis
    )
}

/// Tokens that end a `disjunction` looking backwards (what can stand just before one).
fn before_disjunction(t: &Token<'_, '_>) -> bool {
    matches!(
        t,
        Token::Comma
            | Token::Colon
            | Token::Equal
            | Token::ColonEqual
            | Token::If
            | Token::Else
            | Token::Elif
            | Token::While
            | Token::Lambda
            | Token::For
            | Token::Async
            | Token::Yield
            | Token::Return
            | Token::Assert
            | Token::Del
            | Token::Semi
            | Token::Rarrow
            | Token::At
            | Token::Star
            | Token::DoubleStar
            | Token::Newline
            | Token::Indent
            | Token::Dedent
            | Token::FStringMiddle(_)
            | Token::Exclamation
    ) || is_opener(t)
}

impl<'a, 'src> Ctx<'a, 'src> {
    fn tok(&self, i: usize) -> Option<Token<'a, 'src>> {
        self.toks.get(i).map(|t| t.1)
    }

    fn fail_tok(&self) -> Option<Token<'a, 'src>> {
        self.tok(self.fail)
    }

    /// Where CPython puts an error raised at the end of the input: after the last character
    /// of the last line.
    fn eof_error(&self, msg: impl Into<String>) -> PErr {
        let bytes = self.source.as_bytes();
        let mut at = bytes.len();
        if bytes.last() == Some(&b'\n') {
            at -= 1;
            if at > 0 && bytes.get(at - 1) == Some(&b'\r') {
                at -= 1;
            }
        } else if bytes.last() == Some(&b'\r') {
            at -= 1;
        }
        let mut e = PErr::new(msg, Span::new(at as u32, at as u32));
        e.end = Some(PErr::END_LINE_ONLY);
        e
    }

    /// An error on token `i` (CPython's NEWLINE is one character wide; the end of input has
    /// its own position).
    fn error_at(&self, i: usize, msg: impl Into<String>) -> PErr {
        // DEDENTs with nothing but DEDENTs after them are the end of the input too.
        let at_end = self.toks.get(i..).is_some_and(|rest| {
            rest.iter()
                .all(|t| matches!(t.1, Token::Dedent | Token::EndOfFile))
        });
        if at_end {
            return self.eof_error(msg);
        }
        match self.toks.get(i) {
            None | Some((_, Token::EndOfFile, _)) => self.eof_error(msg),
            Some((s, Token::Newline, _)) => {
                let mut e = PErr::new(msg, Span::new(*s, *s));
                e.end = Some(PErr::END_NEXT_COLUMN);
                e
            }
            Some((s, _, e)) => PErr::new(msg, Span::new(*s, *e)),
        }
    }

    fn range(&self, first: usize, last: usize, msg: impl Into<String>) -> Option<PErr> {
        let s = self.toks.get(first)?.0;
        let e = self.toks.get(last)?.2;
        Some(PErr::new(msg, Span::new(s, e)))
    }

    /// Index of the first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut k = i.min(self.toks.len());
        while k > 0 {
            match self.toks.get(k - 1) {
                Some((_, t, _)) if is_line_break(t) => break,
                _ => k -= 1,
            }
        }
        k
    }

    /// Bracket depth just before token `i`, counted from the start of its logical line.
    fn depth_at(&self, i: usize) -> i32 {
        let mut d = 0;
        for (_, t, _) in self.toks.get(self.line_start(i)..i).unwrap_or_default() {
            if is_opener(t) {
                d += 1;
            } else if is_closer(t) {
                d -= 1;
            }
        }
        d
    }

    /// Whether `toks[from..to]` is one complete expression, by running the grammar on it.
    fn is_expression(&self, from: usize, to: usize) -> bool {
        let Some(slice) = self.toks.get(from..to) else {
            return false;
        };
        if slice.is_empty()
            || slice
                .iter()
                .any(|t| is_line_break(&t.1) || t.1 == Token::EndOfFile)
        {
            return false;
        }
        let end = slice.last().map_or(0, |t| t.2);
        let builder = Builder::new(self.arena, self.source);
        let tokens = std::iter::once(Ok((0, Token::StartExpression, 0)))
            .chain(slice.iter().map(|t| Ok(*t)))
            .chain([
                Ok((end, Token::Newline, end)),
                Ok((end, Token::EndOfFile, end)),
            ]);
        crate::grammar::TopParser::new()
            .parse(&builder, tokens)
            .is_ok()
    }

    /// The start of the `disjunction` that ends just before token `end`.
    fn disjunction_start(&self, end: usize) -> Option<usize> {
        let mut d = 0;
        let mut k = end;
        while k > 0 {
            let t = self.tok(k - 1)?;
            if matches!(t, Token::FStringEnd(_)) {
                // A whole f-string is one atom: skip back to its start.
                let mut nest = 0;
                while k > 0 {
                    k -= 1;
                    match self.tok(k)? {
                        Token::FStringEnd(_) => nest += 1,
                        Token::FStringStart(_) => {
                            nest -= 1;
                            if nest == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                continue;
            }
            if is_closer(&t) {
                d += 1;
            } else if is_opener(&t) {
                if d == 0 {
                    break;
                }
                d -= 1;
            } else if d == 0 && before_disjunction(&t) {
                break;
            }
            k -= 1;
        }
        (k < end && self.is_expression(k, end)).then_some(k)
    }

    /// The end (exclusive) of the longest expression starting at token `start`, which
    /// stops at a token `stop` accepts at bracket depth 0.
    fn expression_end(&self, start: usize, stop: impl Fn(&Token<'_, '_>) -> bool) -> Option<usize> {
        let mut d = 0;
        let mut k = start;
        while let Some(t) = self.tok(k) {
            if is_line_break(&t) || t == Token::EndOfFile {
                break;
            }
            if is_opener(&t) {
                d += 1;
            } else if is_closer(&t) {
                if d == 0 {
                    break;
                }
                d -= 1;
            } else if d == 0 && stop(&t) {
                break;
            }
            k += 1;
        }
        if self.is_expression(start, k) {
            return Some(k);
        }
        // The grammar stops at the first token that cannot continue: the longest expression
        // usually ends right before it.
        let k = self.first_rejected(start, k).unwrap_or(k);
        (start + 1..=k)
            .rev()
            .take(MAX_TRIALS)
            .find(|&end| self.is_expression(start, end))
    }

    /// Index of the token at which the grammar, parsing `toks[from..to]` as an expression,
    /// gives up.
    fn first_rejected(&self, from: usize, to: usize) -> Option<usize> {
        let slice = self.toks.get(from..to)?;
        let end = slice.last().map_or(0, |t| t.2);
        let builder = Builder::new(self.arena, self.source);
        let tokens = std::iter::once(Ok((0, Token::StartExpression, 0)))
            .chain(slice.iter().map(|t| Ok(*t)))
            .chain([
                Ok((end, Token::Newline, end)),
                Ok((end, Token::EndOfFile, end)),
            ]);
        match crate::grammar::TopParser::new().parse(&builder, tokens) {
            Err(lalrpop_util::ParseError::UnrecognizedToken { token, .. }) => slice
                .iter()
                .position(|t| t.0 == token.0 && t.1 == token.1)
                .map(|n| from + n),
            _ => None,
        }
    }

    /// `unexpected indent`: CPython points at the end of the indentation, with no end.
    fn unexpected_indent(&self) -> Option<PErr> {
        let (_, Token::Indent, e) = *self.toks.get(self.fail)? else {
            return None;
        };
        let at = e.saturating_sub(1);
        let mut err = PErr::new("unexpected indent", Span::new(at, at));
        err.kind = SyntaxErrorKind::IndentationError;
        err.end = Some(PErr::END_LINE_ONLY);
        Some(err)
    }

    /// `expected an indented block after 'if' statement on line N` and its relatives.
    fn expected_indented_block(&self) -> Option<PErr> {
        let i = self.fail;
        if self.fail_tok() == Some(Token::Indent) || i < 2 {
            return None;
        }
        if self.tok(i - 1)? != Token::Newline {
            return None;
        }
        let mut colon = i - 2;
        if matches!(self.tok(colon)?, Token::TypeComment(_)) && colon > 0 {
            colon -= 1;
        }
        if self.tok(colon)? != Token::Colon {
            return None;
        }
        let mut k = self.line_start(colon);
        if self.tok(k)? == Token::Async {
            k += 1;
        }
        let (start, kw, _) = *self.toks.get(k)?;
        let what = match kw {
            Token::Def => "function definition".to_owned(),
            Token::Class => "class definition".to_owned(),
            Token::If => "'if' statement".to_owned(),
            Token::Elif => "'elif' statement".to_owned(),
            Token::Else => "'else' statement".to_owned(),
            Token::While => "'while' statement".to_owned(),
            Token::For => "'for' statement".to_owned(),
            Token::With => "'with' statement".to_owned(),
            Token::Try => "'try' statement".to_owned(),
            Token::Finally => "'finally' statement".to_owned(),
            Token::Except if self.tok(k + 1) == Some(Token::Star) => {
                "'except*' statement".to_owned()
            }
            Token::Except => "'except' statement".to_owned(),
            Token::SoftMatch => "'match' statement".to_owned(),
            Token::SoftCase => "'case' statement".to_owned(),
            t if is_name(&t, "match") => "'match' statement".to_owned(),
            t if is_name(&t, "case") => "'case' statement".to_owned(),
            _ => return None,
        };
        let line = line_of(self.source, start);
        let mut err = self.error_at(
            i,
            format!("expected an indented block after {what} on line {line}"),
        );
        err.kind = SyntaxErrorKind::IndentationError;
        Some(err)
    }

    /// A compound statement's header that lacks its `:` (or a `def` its `(`).
    fn header(&self) -> Option<PErr> {
        let i = self.fail;
        let mut j = self.line_start(i);
        if self.tok(j)? == Token::Async {
            j += 1;
        }
        if j > i {
            return None;
        }
        let kw = self.tok(j)?;
        let fail = self.fail_tok();
        let colon_before_fail = self.toks.get(j..i)?.iter().any(|t| t.1 == Token::Colon);
        let expected_colon = "expected ':'";
        // What must stand between the keyword and the NEWLINE for CPython's "expected ':'".
        let header_ok = || match kw {
            Token::If | Token::Elif | Token::While | Token::SoftMatch => {
                self.is_expression(j + 1, i)
            }
            Token::For => {
                i > j + 3
                    && self
                        .toks
                        .get(j + 2..i - 1)
                        .is_some_and(|ts| ts.iter().any(|t| t.1 == Token::In))
            }
            Token::With => self.with_items_ok(j + 1, i),
            Token::SoftCase => i > j + 1,
            Token::Class => matches!(self.tok(j + 1), Some(Token::Name(_))),
            Token::Except => true,
            _ => false,
        };
        match kw {
            Token::If
            | Token::Elif
            | Token::While
            | Token::For
            | Token::With
            | Token::Class
            | Token::Except
            | Token::SoftMatch
            | Token::SoftCase
                if fail == Some(Token::Newline) && !colon_before_fail && header_ok() =>
            {
                if kw == Token::Except && self.tok(j + 1) == Some(Token::Star) && i == j + 2 {
                    return Some(self.error_at(i, "expected one or more exception types"));
                }
                Some(self.error_at(i, expected_colon))
            }
            Token::Else | Token::Try | Token::Finally if i == j + 1 => {
                Some(self.error_at(i, expected_colon))
            }
            Token::Def => self.def_header(j, i),
            t if (is_name(&t, "match") || is_name(&t, "case")) && i <= j + 1 => {
                // A soft keyword left a name because its line has no `:`.
                let mut k = j;
                while let Some(t) = self.tok(k) {
                    if t == Token::Colon {
                        return None;
                    }
                    if t == Token::Newline {
                        break;
                    }
                    k += 1;
                }
                if self.tok(k) == Some(Token::Newline)
                    && k > j + 1
                    && (is_name(&t, "case") || self.is_expression(j + 1, k))
                {
                    Some(self.error_at(k, expected_colon))
                } else {
                    None
                }
            }
            _ => None,
        }
    }

    /// `def NAME [type params] (params) [-> annotation] :` with its forced tokens.
    fn def_header(&self, def: usize, i: usize) -> Option<PErr> {
        let name = def + 1;
        if !matches!(self.tok(name)?, Token::Name(_)) || i <= name {
            return None;
        }
        let mut open = name + 1;
        if self.tok(open)? == Token::Lsqb {
            match self.matching_close(open) {
                Some(close) if close < i => open = close + 1,
                _ => return Some(self.error_at(open, "expected '('")),
            }
        }
        if i == open {
            return (self.fail_tok() != Some(Token::Lpar))
                .then(|| self.error_at(i, "expected '('"));
        }
        if self.tok(open)? != Token::Lpar {
            return None;
        }
        let close = self.matching_close(open)?;
        if i <= close {
            return None;
        }
        if i == close + 1 {
            return Some(self.error_at(i, "expected ':'"));
        }
        if i == close + 2 && self.tok(close + 1)? == Token::Rarrow {
            return Some(self.error_at(close + 1, "expected ':'"));
        }
        if self.fail_tok() == Some(Token::Newline) {
            return Some(self.error_at(i, "expected ':'"));
        }
        None
    }

    /// Whether token `i` is inside the parentheses of a `def`'s parameters.
    fn in_def_parameters(&self, i: usize) -> bool {
        let mut d = 0;
        let mut k = i;
        while k > 0 {
            k -= 1;
            let Some(t) = self.tok(k) else { return false };
            if is_closer(&t) {
                d += 1;
            } else if is_opener(&t) {
                if d > 0 {
                    d -= 1;
                    continue;
                }
                let mut before = k;
                if before > 0 && self.tok(before - 1) == Some(Token::Rsqb) {
                    // `def f[T](...)`: skip the type parameters.
                    let mut dd = 0;
                    while before > 0 {
                        before -= 1;
                        match self.tok(before) {
                            Some(t) if is_closer(&t) => dd += 1,
                            Some(t) if is_opener(&t) => {
                                dd -= 1;
                                if dd == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                return t == Token::Lpar
                    && before >= 2
                    && matches!(self.tok(before - 1), Some(Token::Name(_)))
                    && self.tok(before - 2) == Some(Token::Def);
            } else if is_line_break(&t) {
                return false;
            }
        }
        false
    }

    fn matching_close(&self, open: usize) -> Option<usize> {
        let mut d = 0;
        for (k, (_, t, _)) in self.toks.iter().enumerate().skip(open) {
            if is_line_break(t) {
                return None;
            }
            if is_opener(t) {
                d += 1;
            } else if is_closer(t) {
                d -= 1;
                if d == 0 {
                    return Some(k);
                }
            }
        }
        None
    }

    /// `try:` and its block followed by neither `except` nor `finally`.
    fn try_without_handler(&self) -> Option<PErr> {
        let i = self.fail;
        if matches!(self.fail_tok(), Some(Token::Except | Token::Finally)) || i == 0 {
            return None;
        }
        // `try: stmt` on one line.
        if self.tok(i - 1)? == Token::Newline {
            let j = self.line_start(i - 1);
            if self.tok(j) == Some(Token::Try)
                && self.tok(j + 1) == Some(Token::Colon)
                && self.tok(j + 2) != Some(Token::Newline)
            {
                return Some(self.error_at(i, "expected 'except' or 'finally' block"));
            }
        }
        if self.tok(i - 1)? != Token::Dedent {
            return None;
        }
        let mut d = 0;
        let mut k = i;
        let indent = loop {
            k = k.checked_sub(1)?;
            match self.tok(k)? {
                Token::Dedent => d += 1,
                Token::Indent => {
                    d -= 1;
                    if d == 0 {
                        break k;
                    }
                }
                _ => {}
            }
        };
        let header = indent.checked_sub(3)?;
        let shape = (
            self.tok(header)?,
            self.tok(header + 1)?,
            self.tok(header + 2)?,
        );
        (shape == (Token::Try, Token::Colon, Token::Newline))
            .then(|| self.error_at(i, "expected 'except' or 'finally' block"))
    }

    /// `a if b` without `else`.
    fn expected_else(&self, expected: &[String]) -> Option<PErr> {
        let i = self.fail;
        // `for x if y`: CPython reads the target as the expression `x if y`.
        if self.fail_tok() == Some(Token::If) && i >= 2 {
            let d = self.depth_at(i);
            let for_idx = (0..i)
                .rev()
                .take_while(|&n| self.tok(n).is_some_and(|t| !is_line_break(&t)))
                .find(|&n| self.tok(n) == Some(Token::For) && self.depth_at(n) == d);
            if let Some(f) = for_idx {
                if f + 1 < i && !(f + 1..i).any(|n| self.tok(n) == Some(Token::In)) {
                    let end = self.expression_end(i + 1, |t| {
                        matches!(
                            t,
                            Token::Else | Token::Colon | Token::Comma | Token::For | Token::If
                        )
                    })?;
                    if !matches!(self.tok(end), Some(Token::Else | Token::Colon)) {
                        return self.range(f + 1, end - 1, "expected 'else' after 'if' expression");
                    }
                }
            }
        }
        // (`a if b:` is not this error: CPython's rule excludes a following `:`.)
        if !expected.iter().any(|e| e == "\"else\"")
            || matches!(self.fail_tok(), Some(Token::Else | Token::Colon))
        {
            return None;
        }
        // The `if` at this bracket depth.
        let mut d = 0;
        let mut k = i;
        let if_idx = loop {
            k = k.checked_sub(1)?;
            let t = self.tok(k)?;
            if is_closer(&t) {
                d += 1;
            } else if is_opener(&t) {
                if d == 0 {
                    return None;
                }
                d -= 1;
            } else if d == 0 && t == Token::If {
                break k;
            } else if is_line_break(&t) {
                return None;
            }
        };
        let a = self.disjunction_start(if_idx)?;
        if i <= if_idx + 1 {
            return None;
        }
        self.range(a, i - 1, "expected 'else' after 'if' expression")
    }

    /// The expression `toks[from..to]`, parsed by the grammar.
    fn parse_expression(&self, from: usize, to: usize) -> Option<crate::ast::Expr<'a>> {
        if !self.is_expression(from, to) {
            return None;
        }
        let slice = self.toks.get(from..to)?;
        let end = slice.last().map_or(0, |t| t.2);
        let builder = Builder::new(self.arena, self.source);
        let tokens = std::iter::once(Ok((0, Token::StartExpression, 0)))
            .chain(slice.iter().map(|t| Ok(*t)))
            .chain([
                Ok((end, Token::Newline, end)),
                Ok((end, Token::EndOfFile, end)),
            ]);
        match crate::grammar::TopParser::new().parse(&builder, tokens) {
            Ok(crate::ast::Mod::Expression(e)) => Some(e.body),
            _ => None,
        }
    }

    /// `NAME = value` where a named expression is parsed (`if x = 1:`, `[a = 1]`).
    fn named_expression_equals(&self) -> Option<PErr> {
        let mut i = self.fail;
        // `a, b c = d`: after a tuple element, CPython tries `c = d` as a named expression.
        let mut after_element = false;
        if matches!(self.fail_tok()?, Token::Name(_))
            && self.tok(i + 1) == Some(Token::Equal)
            && i >= 1
            && ends_expression(&self.tok(i - 1)?)
        {
            let element = self.disjunction_start(i)?;
            if self.tok(element.checked_sub(1)?)? != Token::Comma || self.depth_at(i) != 0 {
                return None;
            }
            i += 1;
            after_element = true;
        }
        if self.tok(i)? != Token::Equal || i < 2 {
            return None;
        }
        if !matches!(self.tok(i - 1)?, Token::Name(_)) {
            return self.invalid_target_equals();
        }
        let before = self.tok(i - 2)?;
        if matches!(before, Token::Dot) {
            return self.invalid_target_equals();
        }
        let context = after_element
            || matches!(
                before,
                Token::If
                    | Token::Elif
                    | Token::While
                    | Token::At
                    | Token::Lpar
                    | Token::Lsqb
                    | Token::Lbrace
                    | Token::Comma
            );
        if !context {
            return None;
        }
        let end = self.expression_end(i + 1, |t| {
            matches!(
                t,
                Token::Comma
                    | Token::Colon
                    | Token::Equal
                    | Token::ColonEqual
                    | Token::If
                    | Token::Else
                    | Token::Or
                    | Token::And
                    | Token::Not
                    | Token::In
                    | Token::Is
                    | Token::Less
                    | Token::Greater
                    | Token::EqEqual
                    | Token::NotEqual
                    | Token::LessEqual
                    | Token::GreaterEqual
                    | Token::For
                    | Token::Async
                    | Token::Lambda
                    | Token::Semi
            )
        })?;
        if matches!(self.tok(end), Some(Token::Equal | Token::ColonEqual)) {
            return None;
        }
        self.range(
            i - 1,
            end - 1,
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        )
    }

    /// `target := value` as a whole statement (`a.b := 1`, `(a, b) := 1`): CPython's
    /// `invalid_named_expression` names the target's kind, as for a parenthesised one.
    fn walrus_statement(&self) -> Option<PErr> {
        if self.fail_tok()? != Token::ColonEqual || self.depth_at(self.fail) != 0 {
            return None;
        }
        let start = self.line_start(self.fail);
        let target = self.parse_expression(start, self.fail)?;
        if matches!(target, crate::ast::Expr::Name(_)) {
            return None;
        }
        Some(PErr::new(
            format!(
                "cannot use assignment expressions with {}",
                crate::validate::expr_name(&target)
            ),
            target.span(),
        ))
    }

    /// Two expressions side by side inside brackets.
    fn missing_comma(&self) -> Option<PErr> {
        let mut i = self.fail;
        // `x[]` after an expression: CPython reads the `[]` as a second expression.
        if self.fail_tok()? == Token::Rsqb
            && i >= 2
            && self.tok(i - 1)? == Token::Lsqb
            && ends_expression(&self.tok(i - 2)?)
        {
            i -= 1;
        }
        let t = self.tok(i)?;
        if i == 0 || !starts_expression(&t) || !ends_expression(&self.tok(i - 1)?) {
            return None;
        }
        if self.depth_at(i) <= 0 || self.in_def_parameters(i) {
            return None;
        }
        // Names in `from m import (a, b)` are not expressions.
        if matches!(
            self.tok(self.line_start(i)),
            Some(Token::From | Token::Import)
        ) {
            return None;
        }
        let a = self.disjunction_start(i)?;
        let first = self.tok(a)?;
        let second = self.tok(a + 1);
        if matches!(first, Token::Name(_))
            && matches!(second, Some(Token::String(_) | Token::FStringStart(_)))
        {
            return None;
        }
        // A comprehension's `if` and `in` parts are plain disjunctions to CPython.
        if matches!(self.tok(a.checked_sub(1)?)?, Token::If | Token::In) {
            let d = self.depth_at(a);
            let in_comprehension = (0..a)
                .rev()
                .take_while(|&n| self.tok(n).is_some_and(|t| !is_line_break(&t)))
                .any(|n| self.tok(n) == Some(Token::For) && self.depth_at(n) == d);
            if in_comprehension {
                return None;
            }
        }
        if ["match", "case", "type", "_", "print", "exec"]
            .iter()
            .any(|n| is_name(&first, n))
            || matches!(first, Token::SoftMatch | Token::SoftCase | Token::SoftType)
        {
            return None;
        }
        let end = self.expression_end(i, |t| {
            matches!(
                t,
                Token::Comma
                    | Token::Colon
                    | Token::Equal
                    | Token::ColonEqual
                    | Token::For
                    | Token::Async
                    | Token::Semi
                    | Token::Exclamation
            )
        })?;
        // When the second expression runs into a tokenizer error, CPython's lookahead meets
        // that error first.
        if end == self.toks.len() {
            if let Some(e) = &self.lex_error {
                return Some(e.clone());
            }
        }
        self.range(a, end - 1, "invalid syntax. Perhaps you forgot a comma?")
    }
}

impl<'a, 'src> Ctx<'a, 'src> {
    /// Index of the innermost bracket still open just before token `i` on its line.
    fn enclosing_open(&self, i: usize) -> Option<usize> {
        let mut d = 0;
        let mut k = i;
        while k > 0 {
            k -= 1;
            let t = self.tok(k)?;
            if is_line_break(&t) {
                return None;
            }
            if is_closer(&t) {
                d += 1;
            } else if is_opener(&t) {
                if d == 0 {
                    return Some(k);
                }
                d -= 1;
            }
        }
        None
    }

    /// Statement-level soft keywords, import forms and other rules keyed on the line's first
    /// token.
    fn soft_keyword_statement(&self) -> Option<PErr> {
        let i = self.fail;
        let j = self.line_start(i);
        let first = self.tok(j)?;
        let fail = self.fail_tok()?;
        match first {
            // `case` outside `match`: CPython sees the name `case` and fails after it.
            Token::SoftCase | Token::SoftMatch if i == j => {
                Some(self.error_at(i + 1, "invalid syntax"))
            }
            Token::SoftCase => {
                let prev = self.tok(i.checked_sub(1)?)?;
                if prev == Token::As && !matches!(fail, Token::Name(_)) {
                    let end = self
                        .expression_end(i, |t| matches!(t, Token::Colon | Token::Comma | Token::If))
                        .unwrap_or(i + 1);
                    return self.range(i, end - 1, "invalid pattern target");
                }
                if matches!(prev, Token::Plus | Token::Minus)
                    && matches!(fail, Token::Int(_) | Token::Float(_) | Token::Imaginary(_))
                {
                    if i >= 2 && matches!(self.tok(i - 2)?, Token::Imaginary(_)) {
                        return Some(
                            self.error_at(i - 2, "real number required in complex literal"),
                        );
                    }
                    if !matches!(fail, Token::Imaginary(_)) {
                        return Some(
                            self.error_at(i, "imaginary number required in complex literal"),
                        );
                    }
                }
                None
            }
            Token::Except => {
                let mut k = j + 1;
                if self.tok(k) == Some(Token::Star) {
                    k += 1;
                    if i == k && matches!(fail, Token::Colon | Token::Newline) {
                        return Some(self.error_at(i, "expected one or more exception types"));
                    }
                }
                if fail == Token::Comma && i > k {
                    let colon = (i..)
                        .take_while(|&n| self.tok(n).is_some_and(|t| t != Token::Newline))
                        .find(|&n| self.tok(n) == Some(Token::Colon) && self.depth_at(n) == 0)?;
                    return self.range(
                        k,
                        colon - 1,
                        "multiple exception types must be parenthesized",
                    );
                }
                None
            }
            Token::Import if fail == Token::From && i > j + 1 => {
                let mut end = i;
                while self
                    .tok(end + 1)
                    .is_some_and(|t| !matches!(t, Token::Newline | Token::Semi))
                {
                    end += 1;
                }
                if end <= i {
                    return None;
                }
                self.range(j, end, "Did you mean to use 'from ... import ...' instead?")
            }
            Token::From
                if fail == Token::Newline
                    && self.tok(i - 1) == Some(Token::Comma)
                    && self.toks.get(j..i)?.iter().any(|t| t.1 == Token::Import) =>
            {
                Some(self.error_at(
                    i,
                    "trailing comma not allowed without surrounding parentheses",
                ))
            }
            _ => None,
        }
    }

    /// Errors inside an f-string replacement field.
    fn fstring_field(&self) -> Option<PErr> {
        let i = self.fail;
        let fail = self.fail_tok()?;
        let open = match fail {
            // An f-string ends inside a field: which field?
            Token::FStringEnd(_) => {
                let o = self.enclosing_open(i)?;
                if self.tok(o)? != Token::Lbrace {
                    return None;
                }
                let in_spec = self.toks.get(o..i)?.iter().any(|t| t.1 == Token::Colon);
                return Some(self.error_at(
                    i,
                    if in_spec {
                        "f-string: expecting '}', or format specs"
                    } else {
                        "f-string: expecting '}'"
                    },
                ));
            }
            _ => self.enclosing_open(i)?,
        };
        if self.tok(open)? != Token::Lbrace
            || !matches!(
                self.tok(open.checked_sub(1)?)?,
                Token::FStringStart(_) | Token::FStringMiddle(_) | Token::Colon | Token::Rbrace
            )
        {
            return None;
        }
        // Is this brace a replacement field? The token before it belongs to an f-string.
        let in_fstring = self
            .toks
            .get(..open)?
            .iter()
            .rev()
            .find(|t| matches!(t.1, Token::FStringStart(_) | Token::FStringEnd(_)))
            .is_some_and(|t| matches!(t.1, Token::FStringStart(_)));
        if !in_fstring {
            return None;
        }
        let first = open + 1;
        let t = self.tok(first)?;
        if matches!(
            t,
            Token::Rbrace | Token::Exclamation | Token::Equal | Token::Colon
        ) {
            let c = match t {
                Token::Rbrace => '}',
                Token::Exclamation => '!',
                Token::Equal => '=',
                _ => ':',
            };
            return Some(self.error_at(
                first,
                format!("f-string: valid expression required before '{c}'"),
            ));
        }
        if t == Token::Lambda {
            let colon = (first..i + 1).find(|&n| self.tok(n) == Some(Token::Colon))?;
            return self.range(
                first,
                colon,
                "f-string: lambda expressions are not allowed without parentheses",
            );
        }
        let Some(e) = self.expression_end(first, |t| {
            matches!(t, Token::Equal | Token::Exclamation | Token::Colon)
        }) else {
            return self.range(
                first,
                first,
                "f-string: expecting a valid expression after '{'",
            );
        };
        if e > i {
            return None;
        }
        let mut k = e;
        let after = self.tok(k)?;
        if !matches!(
            after,
            Token::Equal | Token::Exclamation | Token::Colon | Token::Rbrace
        ) {
            // Two expressions side by side are CPython's missing comma first.
            return self.missing_comma().or_else(|| {
                Some(self.error_at(k, "f-string: expecting '=', or '!', or ':', or '}'"))
            });
        }
        if after == Token::Equal {
            k += 1;
            if !matches!(
                self.tok(k)?,
                Token::Exclamation | Token::Colon | Token::Rbrace
            ) {
                return Some(self.error_at(k, "f-string: expecting '!', or ':', or '}'"));
            }
        }
        if self.tok(k)? == Token::Exclamation {
            k += 1;
            if !matches!(self.tok(k)?, Token::Name(_)) {
                return Some(self.error_at(k, "f-string: missing conversion character"));
            }
            k += 1;
            if !matches!(self.tok(k)?, Token::Colon | Token::Rbrace) {
                return Some(self.error_at(k, "f-string: expecting ':' or '}'"));
            }
        }
        None
    }

    /// Call arguments and parameters: `f(a=)`, `f(*a=1)`, `def f((a, b))`, `lambda (x): 0`.
    fn arguments(&self) -> Option<PErr> {
        let i = self.fail;
        let fail = self.fail_tok()?;
        if i < 2 {
            return None;
        }
        let prev = self.tok(i - 1)?;
        if fail == Token::Lpar
            && (prev == Token::Lambda || self.in_def_parameters(i))
            && matches!(self.tok(i + 1), Some(Token::Name(_)))
        {
            let close = self.matching_close(i)?;
            // Only plain names (`(a, b)`), as CPython's rule has it.
            let names_only =
                (i + 1..close).all(|n| matches!(self.tok(n), Some(Token::Name(_) | Token::Comma)));
            if !names_only {
                return None;
            }
            let what = if prev == Token::Lambda {
                "Lambda expression parameters cannot be parenthesized"
            } else {
                "Function parameters cannot be parenthesized"
            };
            return self.range(i, close, what);
        }
        if matches!(fail, Token::Rpar | Token::Comma)
            && prev == Token::Equal
            && matches!(self.tok(i - 2)?, Token::Name(_))
        {
            if self.in_def_parameters(i) {
                return Some(self.error_at(i - 1, "expected default value expression"));
            }
            if self.depth_at(i) > 0 {
                return self.range(i - 2, i - 1, "expected argument value expression");
            }
        }
        if fail == Token::Equal && i >= 3 && matches!(prev, Token::Name(_)) {
            let star = self.tok(i - 2)?;
            let what = match star {
                Token::Star => "cannot assign to iterable argument unpacking",
                Token::DoubleStar => "cannot assign to keyword argument unpacking",
                _ => return None,
            };
            if !matches!(self.tok(i - 3)?, Token::Lpar | Token::Comma) || self.depth_at(i) <= 0 {
                return None;
            }
            let end = self.expression_end(i + 1, |t| matches!(t, Token::Comma))?;
            return self.range(i - 2, end - 1, what);
        }
        None
    }

    /// `[*x for ...]`, `{**x for ...}`, `[x, y for ...]`.
    fn comprehension(&self) -> Option<PErr> {
        let i = self.fail;
        if !matches!(self.fail_tok()?, Token::For | Token::Async) {
            return None;
        }
        let open = self.enclosing_open(i)?;
        let opener = self.tok(open)?;
        let first = open + 1;
        if first >= i {
            return None;
        }
        match self.tok(first)? {
            Token::Star if matches!(opener, Token::Lsqb | Token::Lbrace | Token::Lpar) => {
                return self.range(
                    first,
                    i - 1,
                    "iterable unpacking cannot be used in comprehension",
                );
            }
            Token::DoubleStar if opener == Token::Lbrace => {
                return self.range(
                    first,
                    first,
                    "dict unpacking cannot be used in dict comprehension",
                );
            }
            _ => {}
        }
        if !matches!(opener, Token::Lsqb | Token::Lbrace) {
            return None;
        }
        let has_comma = (first..i)
            .any(|n| self.tok(n) == Some(Token::Comma) && self.depth_at(n) == self.depth_at(first));
        if !has_comma {
            return None;
        }
        self.range(
            first,
            i - 1,
            "did you forget parentheses around the comprehension target?",
        )
    }

    /// `print x` / `exec code`: Python 2 statements.
    fn legacy_statement(&self) -> Option<PErr> {
        let i = self.fail;
        let name = match self.tok(i.checked_sub(1)?)? {
            Token::Name(n) if n == "print" || n == "exec" => n,
            _ => return None,
        };
        let fail = self.fail_tok()?;
        if !starts_expression(&fail) || fail == Token::Lpar {
            return None;
        }
        let end = self.expression_end(i, |t| {
            matches!(t, Token::Equal | Token::Semi | Token::Colon)
        })?;
        self.range(
            i - 1,
            end - 1,
            format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
        )
    }
}

impl Ctx<'_, '_> {
    /// Dictionary displays: a key without `:`, a `:` without value, a starred value.
    fn dict_item(&self) -> Option<PErr> {
        let i = self.fail;
        let fail = self.fail_tok()?;
        let open = self.enclosing_open(i)?;
        if self.tok(open)? != Token::Lbrace || i == 0 {
            return None;
        }
        let prev = self.tok(i - 1)?;
        if prev == Token::Colon && matches!(fail, Token::Rbrace | Token::Comma) {
            return Some(self.error_at(i - 1, "expression expected after dictionary key and ':'"));
        }
        if prev == Token::Colon && fail == Token::Star {
            let end = self.expression_end(i + 1, |t| {
                matches!(t, Token::Comma | Token::Colon | Token::For)
            })?;
            return self.range(
                i,
                end - 1,
                "cannot use a starred expression in a dictionary value",
            );
        }
        if !matches!(fail, Token::Rbrace | Token::Comma) {
            return None;
        }
        // The items at this depth: the display is a dict if its first item has a `:`, and
        // the last one (ending at the failure) has none.
        let depth = self.depth_at(open + 1);
        let at_depth = |n: usize| self.depth_at(n) == depth;
        let last_comma = (open + 1..i)
            .rev()
            .find(|&n| self.tok(n) == Some(Token::Comma) && at_depth(n))?;
        let first_colon =
            (open + 1..last_comma).find(|&n| self.tok(n) == Some(Token::Colon) && at_depth(n));
        let item_colon =
            (last_comma + 1..i).any(|n| self.tok(n) == Some(Token::Colon) && at_depth(n));
        if first_colon.is_none()
            || item_colon
            || last_comma + 1 >= i
            || !self.is_expression(last_comma + 1, i)
        {
            return None;
        }
        // CPython points at the key's last character, with no end column.
        let end = self.toks.get(i - 1)?.2;
        let mut e = PErr::new(
            "':' expected after dictionary key",
            Span::new(end.saturating_sub(1), end),
        );
        e.end = Some(PErr::END_COLUMN_ZERO);
        Some(e)
    }
}

impl Ctx<'_, '_> {
    /// `with (a as b, c as d:` with its `(` never closed: CPython reads the parenthesized
    /// with-items and fails at the token that should have been `)`.
    fn unclosed_with_items(&self) -> Option<PErr> {
        let i = self.fail;
        if self.fail_tok()? != Token::As {
            return None;
        }
        let open = self.enclosing_open(i)?;
        let mut kw = self.line_start(i);
        if self.tok(kw)? == Token::Async {
            kw += 1;
        }
        if self.tok(kw)? != Token::With || open != kw + 1 || self.matching_close(open).is_some() {
            return None;
        }
        let depth = self.depth_at(open + 1);
        let stop = (i..)
            .take_while(|&n| self.tok(n).is_some_and(|t| t != Token::EndOfFile))
            .find(|&n| {
                matches!(self.tok(n), Some(Token::Colon | Token::Newline))
                    && self.depth_at(n) == depth
            })?;
        Some(self.error_at(stop, "invalid syntax"))
    }
}

impl Ctx<'_, '_> {
    /// `if f() = 1:`: CPython's "cannot assign to ... here. Maybe you meant '==' instead of
    /// '='?" for a `bitwise_or` that is not a name, where a named expression is parsed.
    fn invalid_target_equals(&self) -> Option<PErr> {
        let i = self.fail;
        let start = self.disjunction_start(i)?;
        let context = matches!(
            self.tok(start.checked_sub(1)?)?,
            Token::If
                | Token::Elif
                | Token::While
                | Token::At
                | Token::Lpar
                | Token::Lsqb
                | Token::Lbrace
                | Token::Comma
        );
        if !context {
            return None;
        }
        let target = self.parse_expression(start, i)?;
        let excluded = matches!(
            target,
            crate::ast::Expr::List(_)
                | crate::ast::Expr::Tuple(_)
                | crate::ast::Expr::GeneratorExp(_)
        ) || matches!(self.tok(start)?, Token::True | Token::False | Token::None)
            && start + 1 == i;
        if excluded || !crate::validate::is_bitwise_or_level(&target) {
            return None;
        }
        let end = self.expression_end(i + 1, |t| {
            matches!(
                t,
                Token::Comma
                    | Token::Colon
                    | Token::Equal
                    | Token::ColonEqual
                    | Token::If
                    | Token::Else
                    | Token::Or
                    | Token::And
                    | Token::Not
                    | Token::In
                    | Token::Is
                    | Token::Less
                    | Token::Greater
                    | Token::EqEqual
                    | Token::NotEqual
                    | Token::LessEqual
                    | Token::GreaterEqual
                    | Token::For
                    | Token::Async
                    | Token::Lambda
                    | Token::Semi
            )
        })?;
        if matches!(self.tok(end), Some(Token::Equal | Token::ColonEqual)) {
            return None;
        }
        let name = crate::validate::expr_name(&target);
        self.range(
            start,
            i - 1,
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
        )
    }
}

impl Ctx<'_, '_> {
    /// Whether `toks[from..to]` are with-items: `expression [as target]`, comma-separated
    /// (a parenthesized list of them is one expression to this check, which is enough).
    fn with_items_ok(&self, from: usize, to: usize) -> bool {
        if from >= to {
            return false;
        }
        let mut start = from;
        let mut d = 0i32;
        for k in from..=to {
            let t = if k == to {
                Token::Comma
            } else {
                self.tok(k).unwrap_or(Token::Comma)
            };
            if is_opener(&t) {
                d += 1;
            } else if is_closer(&t) {
                d -= 1;
            } else if d == 0 && t == Token::Comma {
                let item_end = (start..k)
                    .find(|&n| self.tok(n) == Some(Token::As))
                    .unwrap_or(k);
                if !self.is_expression(start, item_end) {
                    return false;
                }
                start = k + 1;
            }
        }
        true
    }
}

impl Ctx<'_, '_> {
    /// A DEDENT no rule accepts: CPython's "unexpected unindent".
    fn unexpected_unindent(&self) -> Option<PErr> {
        if self.fail_tok()? != Token::Dedent {
            return None;
        }
        let mut e = self.error_at(self.fail, "unexpected unindent");
        e.kind = SyntaxErrorKind::IndentationError;
        Some(e)
    }
}

/// The 1-based line of a byte offset.
fn line_of(source: &str, offset: u32) -> usize {
    let upto = source.get(..offset as usize).unwrap_or(source);
    upto.bytes().filter(|&b| b == b'\n').count() + 1
}
