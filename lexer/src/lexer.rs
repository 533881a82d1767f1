//! The parser's token stream: lalrpop's external-lexer contract over the layout layer.

use std::borrow::Cow;

use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use crate::error::{LexError, LexErrorKind};
use crate::layout::{Kind, LexWarning, NumKind, Scanner, Token};
use crate::raw::RawTok;
use crate::token::Tok;

/// Options of the parser's stream.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LexOptions {
    /// Recognise `# type:` comments as [`Tok::TypeComment`] / [`Tok::TypeIgnore`] (CPython's
    /// `ast.parse(..., type_comments=True)`); otherwise they are ordinary comments.
    pub type_comments: bool,
}

/// A token with its byte span, as lalrpop expects: `(start, token, end)`.
pub type Spanned<'src> = (u32, Tok<'src>, u32);

/// The token stream the parser consumes: logical lines end in [`Tok::Newline`], blocks are
/// delimited by [`Tok::Indent`]/[`Tok::Dedent`], the stream ends with [`Tok::EndOfFile`].
/// Comments and newlines inside brackets or on blank lines are dropped.
///
/// After the first error the iterator ends, except after [`LexErrorKind::InvalidSyntax`]
/// (`$`, `?`, `` ` ``, `<>`: characters CPython's tokenizer passes on and its parser rejects).
/// CPython reports a tokenizer error found anywhere in the file in preference to a parser's
/// generic syntax error; [`first_lexical_error`] finds it.
///
/// ```
/// use pyvm_lexer::{Lexer, LexOptions, Tok};
/// let toks: Vec<Tok<'_>> = Lexer::new("x = 1\n", LexOptions::default())
///     .map(|t| t.map(|(_, tok, _)| tok))
///     .collect::<Result<_, _>>()
///     .unwrap();
/// assert_eq!(toks[1], Tok::Equal);
/// assert_eq!(toks[2], Tok::Int("1"));
/// ```
pub struct Lexer<'src> {
    scanner: Scanner<'src>,
    options: LexOptions,
    /// One token read ahead (while merging f-string pieces or attaching a newline).
    lookahead: Option<Result<Token, LexError>>,
    /// A type comment stood alone on its line: CPython then ends that line with NEWLINE.
    newline_after_type_comment: bool,
    done: bool,
}

impl<'src> Lexer<'src> {
    /// The options this lexer was made with (to lex the same source again the same way).
    pub fn options(&self) -> LexOptions {
        self.options
    }

    pub fn new(source: &'src str, options: LexOptions) -> Self {
        Lexer {
            scanner: Scanner::new(source, false),
            options,
            lookahead: None,
            newline_after_type_comment: false,
            done: false,
        }
    }

    /// The `SyntaxWarning`s found so far (CPython's tokenizer warns about `\\{` and `\\}` in
    /// non-raw f-strings), emptied by this call.
    pub fn take_warnings(&mut self) -> Vec<LexWarning> {
        std::mem::take(&mut self.scanner.warnings)
    }

    fn raw_next(&mut self) -> Option<Result<Token, LexError>> {
        self.lookahead.take().or_else(|| self.scanner.next_token())
    }

    fn text(&self, start: u32, end: u32) -> &'src str {
        self.scanner
            .source()
            .get(start as usize..end as usize)
            .unwrap_or("")
    }

    /// Converts one token of the full stream; `None` for tokens the parser does not see.
    fn convert(&mut self, t: Token) -> Option<Result<Spanned<'src>, LexError>> {
        let (s, e) = (t.start, t.end);
        let tok = match t.kind {
            Kind::Name => {
                let text = self.text(s, e);
                Tok::keyword(text).unwrap_or_else(|| Tok::Name(normalize_identifier(text)))
            }
            Kind::Number(NumKind::Int) => Tok::Int(self.text(s, e)),
            Kind::Number(NumKind::Float) => Tok::Float(self.text(s, e)),
            Kind::Number(NumKind::Imaginary) => Tok::Imaginary(self.text(s, e)),
            Kind::String => Tok::String(self.text(s, e)),
            Kind::FStringStart => Tok::FStringStart(self.text(s, e)),
            Kind::FStringEnd => Tok::FStringEnd(self.text(s, e)),
            Kind::FStringMiddle { skipped } => return self.fstring_middle(s, e, skipped),
            Kind::Op(op) => match op_token(op) {
                Some(tok) => tok,
                None => {
                    return Some(Err(LexError::new(
                        LexErrorKind::InvalidSyntax,
                        s as usize,
                        e as usize,
                    )))
                }
            },
            Kind::Unknown => {
                return Some(Err(LexError::new(
                    LexErrorKind::InvalidSyntax,
                    s as usize,
                    e as usize,
                )))
            }
            Kind::Comment { blank_line } => return self.comment(s, e, blank_line),
            Kind::Nl { in_brackets } => {
                if self.newline_after_type_comment && !in_brackets {
                    self.newline_after_type_comment = false;
                    Tok::Newline
                } else {
                    return None;
                }
            }
            Kind::Newline => Tok::Newline,
            Kind::Indent => Tok::Indent,
            Kind::Dedent => Tok::Dedent,
            Kind::EndMarker => Tok::EndOfFile,
        };
        Some(Ok((s, tok, e)))
    }

    /// Joins the pieces CPython splits at doubled braces into one slice of the source.
    fn fstring_middle(
        &mut self,
        start: u32,
        end: u32,
        skipped: bool,
    ) -> Option<Result<Spanned<'src>, LexError>> {
        let mut end = end + u32::from(skipped);
        loop {
            match self.scanner.next_token() {
                Some(Ok(Token {
                    kind: Kind::FStringMiddle { skipped },
                    end: e,
                    ..
                })) => {
                    end = e + u32::from(skipped);
                }
                other => {
                    self.lookahead = other;
                    break;
                }
            }
        }
        // An empty piece is kept: CPython's tokenizer emits one before the `}` that closes a
        // format spec ending in a replacement field, and the AST keeps it as `Constant('')`.
        Some(Ok((start, Tok::FStringMiddle(self.text(start, end)), end)))
    }

    fn comment(
        &mut self,
        start: u32,
        end: u32,
        blank_line: bool,
    ) -> Option<Result<Spanned<'src>, LexError>> {
        if !self.options.type_comments {
            return None;
        }
        let text = self.text(start, end);
        let (is_ignore, offset) = classify_type_comment(text)?;
        let body_start = start + offset as u32;
        if is_ignore {
            let mut tag_end = end;
            if blank_line {
                // CPython consumes the newline after a type-ignore alone on its line, and the
                // tag then includes it.
                match self.scanner.next_token() {
                    Some(Ok(Token {
                        kind: Kind::Nl { .. },
                        end: e,
                        ..
                    })) => tag_end = e,
                    other => self.lookahead = other,
                }
            }
            return Some(Ok((
                body_start,
                Tok::TypeIgnore(self.text(body_start, tag_end)),
                end,
            )));
        }
        if blank_line {
            self.newline_after_type_comment = true;
        }
        Some(Ok((
            body_start,
            Tok::TypeComment(self.text(body_start, end)),
            end,
        )))
    }
}

impl<'src> Iterator for Lexer<'src> {
    type Item = Result<Spanned<'src>, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        loop {
            let t = match self.raw_next() {
                None => {
                    self.done = true;
                    return None;
                }
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                Some(Ok(t)) => t,
            };
            if let Some(item) = self.convert(t) {
                // `$` or `<>` is a token CPython's parser rejects, not a tokenizer error:
                // lexing goes on, so that a later tokenizer error can still be found.
                if item
                    .as_ref()
                    .is_err_and(|e| e.kind != LexErrorKind::InvalidSyntax)
                {
                    self.done = true;
                }
                return Some(item);
            }
        }
    }
}

/// The first tokenizer error in `source`, skipping the tokens only the parser rejects
/// ([`LexErrorKind::InvalidSyntax`]). CPython checks the rest of the file for such an error
/// when parsing fails, and reports it instead of a generic "invalid syntax".
pub fn first_lexical_error(source: &str) -> Option<LexError> {
    Lexer::new(source, LexOptions::default())
        .filter_map(|t| t.err())
        .find(|e| e.kind != LexErrorKind::InvalidSyntax)
}

/// NFKC-normalises a non-ASCII identifier (PEP 3131), allocating only when it changes.
fn normalize_identifier(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return Cow::Borrowed(text);
    }
    let normalized: String = text.nfkc().collect();
    if normalized == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normalized)
    }
}

/// CPython's type-comment rule: `#`, optional blanks, `type:`, and then (matched only if the
/// comment goes on) optional blanks. Returns whether it is `type: ignore...` and the byte
/// offset of the text after the prefix (after `ignore` for an ignore).
fn classify_type_comment(comment: &str) -> Option<(bool, usize)> {
    let b = comment.as_bytes();
    let mut p = 0;
    for &want in b"# type: " {
        if p >= b.len() {
            return None;
        }
        if want == b' ' {
            while matches!(b.get(p), Some(b' ' | b'\t')) {
                p += 1;
            }
        } else if b.get(p) == Some(&want) {
            p += 1;
        } else {
            return None;
        }
    }
    let rest = &b[p..];
    let is_ignore = rest.starts_with(b"ignore")
        && !rest
            .get(6)
            .is_some_and(|&c| c >= 128 || c.is_ascii_alphanumeric());
    Some((is_ignore, if is_ignore { p + 6 } else { p }))
}

/// The parser token for an operator; `None` for `<>`, which only `from __future__ import
/// barry_as_FLUFL` would accept.
fn op_token(op: RawTok) -> Option<Tok<'static>> {
    use RawTok as R;
    Some(match op {
        R::Lpar => Tok::Lpar,
        R::Rpar => Tok::Rpar,
        R::Lsqb => Tok::Lsqb,
        R::Rsqb => Tok::Rsqb,
        R::Lbrace => Tok::Lbrace,
        R::Rbrace => Tok::Rbrace,
        R::Colon => Tok::Colon,
        R::Comma => Tok::Comma,
        R::Semi => Tok::Semi,
        R::Plus => Tok::Plus,
        R::Minus => Tok::Minus,
        R::Star => Tok::Star,
        R::Slash => Tok::Slash,
        R::Vbar => Tok::Vbar,
        R::Amper => Tok::Amper,
        R::Less => Tok::Less,
        R::Greater => Tok::Greater,
        R::Equal => Tok::Equal,
        R::Dot => Tok::Dot,
        R::Percent => Tok::Percent,
        R::EqEqual => Tok::EqEqual,
        R::NotEqual => Tok::NotEqual,
        R::LessEqual => Tok::LessEqual,
        R::GreaterEqual => Tok::GreaterEqual,
        R::Tilde => Tok::Tilde,
        R::Circumflex => Tok::Circumflex,
        R::LeftShift => Tok::LeftShift,
        R::RightShift => Tok::RightShift,
        R::DoubleStar => Tok::DoubleStar,
        R::PlusEqual => Tok::PlusEqual,
        R::MinEqual => Tok::MinEqual,
        R::StarEqual => Tok::StarEqual,
        R::SlashEqual => Tok::SlashEqual,
        R::PercentEqual => Tok::PercentEqual,
        R::AmperEqual => Tok::AmperEqual,
        R::VbarEqual => Tok::VbarEqual,
        R::CircumflexEqual => Tok::CircumflexEqual,
        R::LeftShiftEqual => Tok::LeftShiftEqual,
        R::RightShiftEqual => Tok::RightShiftEqual,
        R::DoubleStarEqual => Tok::DoubleStarEqual,
        R::DoubleSlash => Tok::DoubleSlash,
        R::DoubleSlashEqual => Tok::DoubleSlashEqual,
        R::At => Tok::At,
        R::AtEqual => Tok::AtEqual,
        R::Rarrow => Tok::Rarrow,
        R::Ellipsis => Tok::Ellipsis,
        R::ColonEqual => Tok::ColonEqual,
        R::Exclamation => Tok::Exclamation,
        R::LessGreater
        | R::Newline
        | R::Comment
        | R::Backslash
        | R::Name
        | R::StringStart
        | R::FStringStart
        | R::Digit
        | R::DotDigit => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::{LexOptions, Lexer};
    use crate::token::Tok;
    use crate::Tok::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        Lexer::new(src, LexOptions::default())
            .map(|t| t.map(|(_, tok, _)| tok))
            .collect::<Result<_, _>>()
            .unwrap_or_else(|e| panic!("{src:?}: {e}"))
    }

    fn typed(src: &str) -> Vec<Tok<'_>> {
        Lexer::new(
            src,
            LexOptions {
                type_comments: true,
            },
        )
        .map(|t| t.map(|(_, tok, _)| tok))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("{src:?}: {e}"))
    }

    fn name(s: &str) -> Tok<'_> {
        Tok::Name(s.into())
    }

    #[test]
    fn blocks_produce_indent_and_dedent() {
        let src = "if x:\n    y = 1\n\n    # c\nz\n";
        assert_eq!(
            toks(src),
            vec![
                If,
                name("x"),
                Colon,
                Newline,
                Indent,
                name("y"),
                Equal,
                Int("1"),
                Newline,
                Dedent,
                name("z"),
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn dedents_at_eof_and_missing_final_newline() {
        assert_eq!(
            toks("def f():\n  pass"),
            vec![
                Def,
                name("f"),
                Lpar,
                Rpar,
                Colon,
                Newline,
                Indent,
                Pass,
                Newline,
                Dedent,
                EndOfFile
            ]
        );
        assert_eq!(toks(""), vec![EndOfFile]);
        assert_eq!(toks("  \n\n# c"), vec![EndOfFile]);
    }

    #[test]
    fn spans_are_byte_offsets() {
        let spans: Vec<_> = Lexer::new("é = 1\nif x:\n  y\n", LexOptions::default())
            .map(|t| t.map(|(s, _, e)| (s, e)))
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(spans[0], (0, 2));
        assert_eq!(spans[2], (5, 6));
        // The DEDENT sits at the end of input, zero-width.
        assert_eq!(spans[spans.len() - 2], (17, 17));
    }

    #[test]
    fn brackets_and_continuations_join_lines() {
        assert_eq!(
            toks("x = (1,\n  2) + \\\n 3\n"),
            vec![
                name("x"),
                Equal,
                Lpar,
                Int("1"),
                Comma,
                Int("2"),
                Rpar,
                Plus,
                Int("3"),
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn strings_of_every_form() {
        let src = "a = 'x' \"y\" '''a\n'b''' rb'\\'' BR\"\" u'' '\\\n'\n";
        assert_eq!(
            toks(src),
            vec![
                name("a"),
                Equal,
                String("'x'"),
                String("\"y\""),
                String("'''a\n'b'''"),
                String("rb'\\''"),
                String("BR\"\""),
                String("u''"),
                String("'\\\n'"),
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("0 0x_fF 0o17 0b1_0 1_000 1. .5 1e5 1.5E-3 1j 1.5J 0e0 00 1if 1else 2\n"),
            vec![
                Int("0"),
                Int("0x_fF"),
                Int("0o17"),
                Int("0b1_0"),
                Int("1_000"),
                Float("1."),
                Float(".5"),
                Float("1e5"),
                Float("1.5E-3"),
                Imaginary("1j"),
                Imaginary("1.5J"),
                Float("0e0"),
                Int("00"),
                Int("1"),
                If,
                Int("1"),
                Else,
                Int("2"),
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn fstrings_nest_and_keep_doubled_braces() {
        let src = "f'a{{b}}c{x!r:>{w}d}e' f\"{'q'}\" f'{f'{1}'}'\n";
        assert_eq!(
            toks(src),
            vec![
                FStringStart("f'"),
                FStringMiddle("a{{b}}c"),
                Lbrace,
                name("x"),
                Exclamation,
                name("r"),
                Colon,
                FStringMiddle(">"),
                Lbrace,
                name("w"),
                Rbrace,
                FStringMiddle("d"),
                Rbrace,
                FStringMiddle("e"),
                FStringEnd("'"),
                FStringStart("f\""),
                Lbrace,
                String("'q'"),
                Rbrace,
                FStringEnd("\""),
                FStringStart("f'"),
                Lbrace,
                FStringStart("f'"),
                Lbrace,
                Int("1"),
                Rbrace,
                FStringEnd("'"),
                Rbrace,
                FStringEnd("'"),
                Newline,
                EndOfFile
            ]
        );
        assert_eq!(
            toks("rf'''\\{a}\n{{'''\n"),
            vec![
                FStringStart("rf'''"),
                FStringMiddle("\\"),
                Lbrace,
                name("a"),
                Rbrace,
                FStringMiddle("\n{{"),
                FStringEnd("'''"),
                Newline,
                EndOfFile
            ]
        );
        assert_eq!(
            toks("f'{a:=1}{x=}\\N{DIGIT ONE}z'\n"),
            vec![
                FStringStart("f'"),
                Lbrace,
                name("a"),
                Colon,
                FStringMiddle("=1"),
                Rbrace,
                Lbrace,
                name("x"),
                Equal,
                Rbrace,
                FStringMiddle("\\N{DIGIT ONE}z"),
                FStringEnd("'"),
                Newline,
                EndOfFile
            ]
        );
    }

    #[test]
    fn identifiers_are_nfkc_normalised() {
        let t = toks("ﬁ = 1\n");
        assert_eq!(t[0], Tok::Name(std::borrow::Cow::Owned("fi".to_string())));
        assert!(matches!(
            toks("é\n")[0],
            Tok::Name(std::borrow::Cow::Borrowed("é"))
        ));
        assert_eq!(toks("match _\n")[..2], [name("match"), name("_")]);
    }

    #[test]
    fn type_comments() {
        assert_eq!(
            toks("x = 1 # type: int\n"),
            vec![name("x"), Equal, Int("1"), Newline, EndOfFile]
        );
        assert_eq!(
            typed("x = 1 # type: int\n"),
            vec![
                name("x"),
                Equal,
                Int("1"),
                TypeComment("int"),
                Newline,
                EndOfFile
            ]
        );
        assert_eq!(
            typed("x = 1 #type:ignore[x]\n"),
            vec![
                name("x"),
                Equal,
                Int("1"),
                TypeIgnore("[x]"),
                Newline,
                EndOfFile
            ]
        );
        assert_eq!(
            typed("#type: ignore\nx\n"),
            vec![TypeIgnore("\n"), name("x"), Newline, EndOfFile]
        );
        assert_eq!(typed("x # type: ignored\n")[1], TypeComment("ignored"));
        assert_eq!(typed("x # type:\n"), vec![name("x"), Newline, EndOfFile]);
        assert_eq!(
            typed("def f():\n  # type: () -> None\n  pass\n"),
            vec![
                Def,
                name("f"),
                Lpar,
                Rpar,
                Colon,
                Newline,
                TypeComment("() -> None"),
                Newline,
                Indent,
                Pass,
                Newline,
                Dedent,
                EndOfFile
            ]
        );
    }
}
