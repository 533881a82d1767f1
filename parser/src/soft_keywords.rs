//! The token-rewriting pass between the lexer and the grammar.
//!
//! CPython's PEG parser decides whether `match`, `case` and `type` are keywords by trying the
//! statement that would start with them. An LR parser cannot backtrack, so this pass looks
//! ahead on the logical line instead and hands the grammar distinct tokens:
//!
//! - `match` at the start of a statement whose logical line ends with `:` starts a `match`
//!   statement (no simple statement can end with a colon); `match = 1`, `match(x)` and
//!   `match.foo` stay names.
//! - `case` follows the same rule (it only appears that way inside a `match` block).
//! - `type` at the start of a statement followed by a name is a type alias (`type X = ...`,
//!   `type X[T] = ...`): two names in a row cannot start anything else.
//! - `with (` whose matching `)` is followed by `:` uses CPython's parenthesised with-item
//!   form, unless the parentheses hold something only an expression can be (a generator, a
//!   starred item, a walrus, `yield`, nothing). Its brackets become [`Token::WithLpar`] /
//!   [`Token::WithRpar`], which spares the grammar an LR conflict with parenthesised
//!   expressions.
//!
//! The pass also copies identifiers into the arena, tells f-string middles whether their
//! f-string is raw, collects `# type: ignore` comments, and injects the synthetic first token
//! that selects the parse mode.

use std::collections::VecDeque;

use bumpalo::Bump;
use pyvm_lexer::{LexWarning, Lexer, Tok};

use crate::builder::PErr;
use crate::token::{Middle, Token};
use crate::Mode;

type Item<'a, 'src> = Result<(u32, Token<'a, 'src>, u32), PErr>;

/// The rewritten token stream.
pub(crate) struct TokenStream<'a, 'src> {
    inner: Lexer<'src>,
    arena: &'a Bump,
    /// Converted tokens not yet handed out (look-ahead).
    buf: VecDeque<Item<'a, 'src>>,
    start: Option<Token<'a, 'src>>,
    at_stmt_start: bool,
    /// Whether each open f-string is raw.
    fstring_raw: Vec<bool>,
    /// `# type: ignore` comments: byte offset and the text after `ignore`.
    pub type_ignores: Vec<(u32, &'src str)>,
    /// End of the last token handed out.
    pub last_end: u32,
    done: bool,
    /// How the stream was made, for the error path to lex the source again.
    pub mode: Mode,
    pub options: pyvm_lexer::LexOptions,
    /// In `single` mode, where the one statement ends (see [`Single`]).
    single: Option<Single>,
    /// Indentation depth of the tokens handed out, and the depths of the blocks of the
    /// `match` statements around them: a statement directly in such a block is a `case`
    /// clause even when it fits on one line (`case 1: pass`).
    depth: u32,
    match_blocks: Vec<u32>,
    match_pending: bool,
}

/// CPython's interactive input is one statement: its parser stops after it, turning the first
/// end of input into a NEWLINE (which ends a compound statement), and then checks that only
/// blanks and comments follow. The stream ends where CPython's parser would stop, so the
/// grammar sees only that statement.
#[derive(Default)]
struct Single {
    started: bool,
    compound: bool,
    depth: i32,
    eof_converted: bool,
    ended: bool,
    /// The previous token was a NEWLINE or a DEDENT at depth 0.
    after_newline: bool,
    after_dedent: bool,
    /// The span of the NEWLINE that ended the statement.
    last_newline: Option<(u32, u32)>,
}

impl<'a, 'src> TokenStream<'a, 'src> {
    pub(crate) fn new(inner: Lexer<'src>, mode: Mode, arena: &'a Bump) -> Self {
        let options = inner.options();
        TokenStream {
            single: (mode == Mode::Single).then(Single::default),
            depth: 0,
            match_blocks: Vec::new(),
            match_pending: false,
            mode,
            options,
            inner,
            arena,
            buf: VecDeque::new(),
            start: Some(Token::start(mode)),
            at_stmt_start: true,
            fstring_raw: Vec::new(),
            type_ignores: Vec::new(),
            last_end: 0,
            done: false,
        }
    }

    /// The arena the stream copies identifiers into.
    pub(crate) fn arena(&self) -> &'a Bump {
        self.arena
    }

    /// The lexer's warnings so far.
    pub(crate) fn lex_warnings(&mut self) -> Vec<LexWarning> {
        self.inner.take_warnings()
    }

    /// Pulls one token from the lexer into the buffer; `false` at the end of input.
    fn fill_one(&mut self) -> bool {
        if self.done {
            return false;
        }
        loop {
            let Some(item) = self.inner.next() else {
                self.done = true;
                return false;
            };
            let (s, tok, e) = match item {
                Ok(t) => t,
                Err(err) => {
                    // The lexer goes on after a stray character (CPython's tokenizer makes it
                    // an OP token); the tokens after it matter for the error path.
                    self.done = err.kind != pyvm_lexer::LexErrorKind::InvalidSyntax;
                    self.buf.push_back(Err(PErr::from_lex(err)));
                    return true;
                }
            };
            let t = match tok {
                Tok::TypeIgnore(text) => {
                    self.type_ignores.push((s, text));
                    continue;
                }
                other => self.convert(other),
            };
            self.buf.push_back(Ok((s, t, e)));
            return true;
        }
    }

    /// The `n`th buffered token (0 = next), reading ahead as needed.
    fn peek(&mut self, n: usize) -> Option<&Item<'a, 'src>> {
        while self.buf.len() <= n {
            if !self.fill_one() {
                return None;
            }
        }
        self.buf.get(n)
    }

    fn peek_tok(&mut self, n: usize) -> Option<Token<'a, 'src>> {
        match self.peek(n) {
            Some(Ok((_, t, _))) => Some(*t),
            _ => None,
        }
    }

    fn convert(&mut self, tok: Tok<'src>) -> Token<'a, 'src> {
        match tok {
            Tok::Newline => Token::Newline,
            Tok::Indent => Token::Indent,
            Tok::Dedent => Token::Dedent,
            Tok::EndOfFile => Token::EndOfFile,
            Tok::Name(n) => Token::Name(self.arena.alloc_str(&n)),
            Tok::Int(s) => Token::Int(s),
            Tok::Float(s) => Token::Float(s),
            Tok::Imaginary(s) => Token::Imaginary(s),
            Tok::String(s) => Token::String(s),
            Tok::FStringStart(s) => {
                self.fstring_raw
                    .push(s.bytes().any(|c| c == b'r' || c == b'R'));
                Token::FStringStart(s)
            }
            Tok::FStringMiddle(s) => Token::FStringMiddle(Middle {
                raw: s,
                is_raw: self.fstring_raw.last().copied().unwrap_or(false),
            }),
            Tok::FStringEnd(s) => {
                self.fstring_raw.pop();
                Token::FStringEnd(s)
            }
            Tok::TypeComment(s) => Token::TypeComment(s),
            // Filtered out by `fill_one`; kept total for safety.
            Tok::TypeIgnore(s) => Token::TypeComment(s),
            Tok::False => Token::False,
            Tok::None => Token::None,
            Tok::True => Token::True,
            Tok::And => Token::And,
            Tok::As => Token::As,
            Tok::Assert => Token::Assert,
            Tok::Async => Token::Async,
            Tok::Await => Token::Await,
            Tok::Break => Token::Break,
            Tok::Class => Token::Class,
            Tok::Continue => Token::Continue,
            Tok::Def => Token::Def,
            Tok::Del => Token::Del,
            Tok::Elif => Token::Elif,
            Tok::Else => Token::Else,
            Tok::Except => Token::Except,
            Tok::Finally => Token::Finally,
            Tok::For => Token::For,
            Tok::From => Token::From,
            Tok::Global => Token::Global,
            Tok::If => Token::If,
            Tok::Import => Token::Import,
            Tok::In => Token::In,
            Tok::Is => Token::Is,
            Tok::Lambda => Token::Lambda,
            Tok::Nonlocal => Token::Nonlocal,
            Tok::Not => Token::Not,
            Tok::Or => Token::Or,
            Tok::Pass => Token::Pass,
            Tok::Raise => Token::Raise,
            Tok::Return => Token::Return,
            Tok::Try => Token::Try,
            Tok::While => Token::While,
            Tok::With => Token::With,
            Tok::Yield => Token::Yield,
            Tok::Lpar => Token::Lpar,
            Tok::Rpar => Token::Rpar,
            Tok::Lsqb => Token::Lsqb,
            Tok::Rsqb => Token::Rsqb,
            Tok::Lbrace => Token::Lbrace,
            Tok::Rbrace => Token::Rbrace,
            Tok::Colon => Token::Colon,
            Tok::Comma => Token::Comma,
            Tok::Semi => Token::Semi,
            Tok::Plus => Token::Plus,
            Tok::Minus => Token::Minus,
            Tok::Star => Token::Star,
            Tok::Slash => Token::Slash,
            Tok::Vbar => Token::Vbar,
            Tok::Amper => Token::Amper,
            Tok::Less => Token::Less,
            Tok::Greater => Token::Greater,
            Tok::Equal => Token::Equal,
            Tok::Dot => Token::Dot,
            Tok::Percent => Token::Percent,
            Tok::EqEqual => Token::EqEqual,
            Tok::NotEqual => Token::NotEqual,
            Tok::LessEqual => Token::LessEqual,
            Tok::GreaterEqual => Token::GreaterEqual,
            Tok::Tilde => Token::Tilde,
            Tok::Circumflex => Token::Circumflex,
            Tok::LeftShift => Token::LeftShift,
            Tok::RightShift => Token::RightShift,
            Tok::DoubleStar => Token::DoubleStar,
            Tok::PlusEqual => Token::PlusEqual,
            Tok::MinEqual => Token::MinEqual,
            Tok::StarEqual => Token::StarEqual,
            Tok::SlashEqual => Token::SlashEqual,
            Tok::PercentEqual => Token::PercentEqual,
            Tok::AmperEqual => Token::AmperEqual,
            Tok::VbarEqual => Token::VbarEqual,
            Tok::CircumflexEqual => Token::CircumflexEqual,
            Tok::LeftShiftEqual => Token::LeftShiftEqual,
            Tok::RightShiftEqual => Token::RightShiftEqual,
            Tok::DoubleStarEqual => Token::DoubleStarEqual,
            Tok::DoubleSlash => Token::DoubleSlash,
            Tok::DoubleSlashEqual => Token::DoubleSlashEqual,
            Tok::At => Token::At,
            Tok::AtEqual => Token::AtEqual,
            Tok::Rarrow => Token::Rarrow,
            Tok::Ellipsis => Token::Ellipsis,
            Tok::ColonEqual => Token::ColonEqual,
            Tok::Exclamation => Token::Exclamation,
        }
    }

    /// Whether the logical line starting at buffer index `from` ends with `:` (at bracket
    /// depth 0, ignoring a trailing type comment).
    fn line_ends_with_colon(&mut self, from: usize) -> bool {
        let mut depth = 0usize;
        let mut last: Option<Token<'a, 'src>> = None;
        let mut i = from;
        loop {
            let Some(t) = self.peek_tok(i) else {
                return false;
            };
            match t {
                Token::Newline | Token::EndOfFile if depth == 0 => {
                    return last == Some(Token::Colon);
                }
                Token::TypeComment(_) => {}
                t if t.is_open_bracket() => {
                    depth += 1;
                    last = Some(t);
                }
                t if t.is_close_bracket() => {
                    depth = depth.saturating_sub(1);
                    last = Some(t);
                }
                t => last = Some(t),
            }
            i += 1;
        }
    }

    /// Decides whether a `with` whose next token (buffer index `open`) is `(` uses the
    /// parenthesised with-item form; if so returns the index of the matching `)`.
    fn with_parens(&mut self, open: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut i = open;
        let mut prev: Option<Token<'a, 'src>> = None;
        let mut expression_only = false;
        loop {
            let t = self.peek_tok(i)?;
            if t.is_open_bracket() {
                depth += 1;
            } else if t.is_close_bracket() {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            } else if depth == 1 {
                match t {
                    Token::For | Token::Yield | Token::ColonEqual => expression_only = true,
                    Token::Star | Token::DoubleStar
                        if matches!(prev, Some(Token::Lpar) | Some(Token::Comma)) =>
                    {
                        expression_only = true
                    }
                    Token::Newline | Token::EndOfFile => return None,
                    _ => {}
                }
            }
            prev = Some(t);
            i += 1;
        }
        if i == open + 1 || expression_only {
            return None;
        }
        (self.peek_tok(i + 1)? == Token::Colon).then_some(i)
    }

    fn rewrite_front(&mut self) {
        let Some(Ok((_, t, _))) = self.peek(0) else {
            return;
        };
        let t = *t;
        match t {
            Token::Name(n) if self.at_stmt_start => {
                let soft = match n {
                    "match" if self.line_ends_with_colon(1) => Some(Token::SoftMatch),
                    "case"
                        if self.match_blocks.last() == Some(&self.depth)
                            || self.line_ends_with_colon(1) =>
                    {
                        Some(Token::SoftCase)
                    }
                    "type" if matches!(self.peek_tok(1), Some(Token::Name(_))) => {
                        Some(Token::SoftType)
                    }
                    _ => None,
                };
                if let (Some(soft), Some(Ok((_, slot, _)))) = (soft, self.buf.get_mut(0)) {
                    *slot = soft;
                }
            }
            Token::With if self.peek_tok(1) == Some(Token::Lpar) => {
                if let Some(close) = self.with_parens(1) {
                    if let Some(Ok((_, slot, _))) = self.buf.get_mut(1) {
                        *slot = Token::WithLpar;
                    }
                    if let Some(Ok((_, slot, _))) = self.buf.get_mut(close) {
                        *slot = Token::WithRpar;
                    }
                }
            }
            _ => {}
        }
    }
}

impl<'a, 'src> TokenStream<'a, 'src> {
    /// `single` mode: passes the statement's tokens and ends after it.
    fn next_single(&mut self) -> Option<Item<'a, 'src>> {
        let ended = self.single.as_ref().is_none_or(|s| s.ended);
        if ended {
            return None;
        }
        let item = self.next_token()?;
        let Some(s) = self.single.as_mut() else {
            return Some(item);
        };
        let Ok((start, mut tok, end)) = item else {
            return Some(item);
        };
        if tok == Token::EndOfFile && s.started && !s.eof_converted {
            s.eof_converted = true;
            tok = Token::Newline;
        }
        match tok {
            Token::StartInteractive | Token::EndOfFile => {}
            Token::Indent => s.depth += 1,
            Token::Dedent => s.depth -= 1,
            Token::Newline => {}
            other if !s.started => {
                s.started = true;
                s.compound = matches!(
                    other,
                    Token::If
                        | Token::While
                        | Token::For
                        | Token::Try
                        | Token::With
                        | Token::Def
                        | Token::Class
                        | Token::Async
                        | Token::At
                        | Token::SoftMatch
                );
            }
            _ => {}
        }
        if tok == Token::Newline && s.depth == 0 {
            if !s.compound || s.after_newline || s.after_dedent {
                s.ended = true;
                s.last_newline = Some((start, end));
            }
            s.after_newline = true;
        } else {
            s.after_newline = false;
        }
        s.after_dedent = tok == Token::Dedent && s.depth == 0;
        Some(Ok((start, tok, end)))
    }

    /// After a successful `single` parse: CPython's errors for empty input and for more than
    /// one statement.
    pub(crate) fn interactive_error(
        &self,
        source: &str,
        empty: bool,
        index: &pyvm_lexer::LineIndex,
    ) -> Option<crate::SyntaxError> {
        let s = self.single.as_ref()?;
        let error = |lineno: u32, offset: u32, end_offset: u32, msg: &str| crate::SyntaxError {
            kind: crate::SyntaxErrorKind::SyntaxError,
            msg: msg.to_owned(),
            lineno,
            offset,
            end_lineno: Some(lineno),
            end_offset: Some(end_offset),
        };
        if empty {
            let lineno = u32::from(!source.is_empty());
            return Some(error(lineno, 0, 0, "invalid syntax"));
        }
        let (start, end) = s.last_newline?;
        let rest = source.get(end as usize..).unwrap_or_default();
        let mut in_comment = false;
        let more = rest.chars().any(|c| {
            if in_comment {
                in_comment = c != '\n';
                return false;
            }
            match c {
                ' ' | '\t' | '\n' | '\x0c' | '\r' => false,
                '#' => {
                    in_comment = true;
                    false
                }
                _ => true,
            }
        });
        if !more {
            return None;
        }
        let (lineno, col) = index.line_col_chars(source, start);
        Some(error(
            lineno,
            col + 1,
            col + 2,
            "multiple statements found while compiling a single statement",
        ))
    }
}

impl<'a, 'src> Iterator for TokenStream<'a, 'src> {
    type Item = Item<'a, 'src>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.single.is_some() {
            return self.next_single();
        }
        self.next_token()
    }
}

impl<'a, 'src> TokenStream<'a, 'src> {
    fn next_token(&mut self) -> Option<Item<'a, 'src>> {
        if let Some(s) = self.start.take() {
            return Some(Ok((0, s, 0)));
        }
        if self.buf.is_empty() && !self.fill_one() {
            return None;
        }
        self.rewrite_front();
        let item = self.buf.pop_front()?;
        if let Ok((_, t, e)) = &item {
            let t = *t;
            self.last_end = *e;
            let boundary = matches!(t, Token::Newline | Token::Indent | Token::Dedent);
            if boundary {
                if t == Token::Indent {
                    self.depth += 1;
                    if std::mem::take(&mut self.match_pending) {
                        self.match_blocks.push(self.depth);
                    }
                } else if t == Token::Dedent {
                    self.depth = self.depth.saturating_sub(1);
                    while self.match_blocks.last().is_some_and(|&d| d > self.depth) {
                        self.match_blocks.pop();
                    }
                }
            } else if self.at_stmt_start {
                self.match_pending = t == Token::SoftMatch;
            }
            self.at_stmt_start = boundary;
        }
        Some(item)
    }
}
