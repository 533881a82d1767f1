//! The context-free layer: a `logos` scanner that recognises one raw token at a time.
//!
//! It knows nothing about lines, indentation, brackets or f-string modes; the layout layer
//! ([`crate::layout`]) drives it and scans string bodies and numbers by hand, because their
//! ends depend on context (the quote that opened them, CPython's exact number-error rules).

use logos::Logos;

// Why the two callbacks below: logos compiles a repetition over multi-byte UTF-8 characters
// (`[^\r\n]*`, `[\u{80}-\u{10FFFF}]*`) into mutually recursive state functions, one call per
// character. Unoptimised builds then overflow the stack on a long non-ASCII comment or
// identifier (a few thousand characters on a 2 MiB thread), and optimised ones depend on the
// calls becoming jumps. Plain loops over the bytes have neither problem.

/// Extends a `Name` over ASCII letters, digits, `_` and any non-ASCII character, once the
/// regex has taken the first character and the ASCII run after it (a single-state loop, which
/// logos compiles to a loop). A byte below 0x80 always starts a character, so stopping there
/// stays on a character boundary.
fn name_rest(lex: &mut logos::Lexer<'_, RawTok>) -> bool {
    let rest = lex.remainder().as_bytes();
    if rest.first().is_none_or(|&b| b < 0x80) {
        return true;
    }
    let len = rest
        .iter()
        .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80))
        .unwrap_or(rest.len());
    lex.bump(len);
    true
}

/// Extends a `Comment` to the end of its line (not including the `\r` or `\n`).
fn comment_rest(lex: &mut logos::Lexer<'_, RawTok>) -> bool {
    let rest = lex.remainder().as_bytes();
    lex.bump(memchr::memchr2(b'\n', b'\r', rest).unwrap_or(rest.len()));
    true
}

/// A raw token. Operators map one-to-one onto CPython's exact token types.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
#[logos(skip r"[ \t\x0c]+")]
pub(crate) enum RawTok {
    /// `\n`, `\r\n` or a lone `\r`.
    #[regex(r"\n|\r\n?")]
    Newline,
    /// `#` up to the end of the line (the rest is found by [`comment_rest`]).
    #[token("#", comment_rest)]
    Comment,
    /// A backslash: a line continuation when a newline follows (checked by hand).
    #[token("\\")]
    Backslash,
    /// An identifier or keyword. Every non-ASCII character counts as a potential identifier
    /// character, as in CPython's tokenizer; validation happens afterwards. Only the first
    /// character and the ASCII run after it are a regex; [`name_rest`] scans the rest.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_]*", name_rest)]
    Name,
    /// The prefix and opening quote of a string or bytes literal; the body is scanned by hand.
    #[regex(r#"([rRuUbB]|[bB][rR]|[rR][bB])?["']"#)]
    StringStart,
    /// The prefix and opening quote of an f-string.
    #[regex(r#"([fF]|[fF][rR]|[rR][fF])["']"#)]
    FStringStart,
    /// The first digit of a number; the rest is scanned by hand.
    #[regex(r"[0-9]")]
    Digit,
    /// `.` followed by a digit: a float such as `.5`.
    #[regex(r"\.[0-9]")]
    DotDigit,

    #[token("(")]
    Lpar,
    #[token(")")]
    Rpar,
    #[token("[")]
    Lsqb,
    #[token("]")]
    Rsqb,
    #[token("{")]
    Lbrace,
    #[token("}")]
    Rbrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    Vbar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    /// `<>`: CPython's tokenizer knows it (PEP 401), the parser rejects it.
    #[token("<>")]
    LessGreater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    Rarrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
    #[token("!")]
    Exclamation,
}

impl RawTok {
    /// CPython's exact token name (`tokenize -e`) for an operator.
    pub(crate) fn exact_name(self) -> &'static str {
        use RawTok::*;
        match self {
            Lpar => "LPAR",
            Rpar => "RPAR",
            Lsqb => "LSQB",
            Rsqb => "RSQB",
            Lbrace => "LBRACE",
            Rbrace => "RBRACE",
            Colon => "COLON",
            Comma => "COMMA",
            Semi => "SEMI",
            Plus => "PLUS",
            Minus => "MINUS",
            Star => "STAR",
            Slash => "SLASH",
            Vbar => "VBAR",
            Amper => "AMPER",
            Less => "LESS",
            Greater => "GREATER",
            Equal => "EQUAL",
            Dot => "DOT",
            Percent => "PERCENT",
            EqEqual => "EQEQUAL",
            NotEqual => "NOTEQUAL",
            // `<>` is not in `token.EXACT_TOKEN_TYPES`.
            LessGreater => "OP",
            LessEqual => "LESSEQUAL",
            GreaterEqual => "GREATEREQUAL",
            Tilde => "TILDE",
            Circumflex => "CIRCUMFLEX",
            LeftShift => "LEFTSHIFT",
            RightShift => "RIGHTSHIFT",
            DoubleStar => "DOUBLESTAR",
            PlusEqual => "PLUSEQUAL",
            MinEqual => "MINEQUAL",
            StarEqual => "STAREQUAL",
            SlashEqual => "SLASHEQUAL",
            PercentEqual => "PERCENTEQUAL",
            AmperEqual => "AMPEREQUAL",
            VbarEqual => "VBAREQUAL",
            CircumflexEqual => "CIRCUMFLEXEQUAL",
            LeftShiftEqual => "LEFTSHIFTEQUAL",
            RightShiftEqual => "RIGHTSHIFTEQUAL",
            DoubleStarEqual => "DOUBLESTAREQUAL",
            DoubleSlash => "DOUBLESLASH",
            DoubleSlashEqual => "DOUBLESLASHEQUAL",
            At => "AT",
            AtEqual => "ATEQUAL",
            Rarrow => "RARROW",
            Ellipsis => "ELLIPSIS",
            ColonEqual => "COLONEQUAL",
            Exclamation => "EXCLAMATION",
            Newline | Comment | Backslash | Name | StringStart | FStringStart | Digit
            | DotDigit => "OP",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RawTok;
    use logos::Logos;

    fn kinds(src: &str) -> Vec<(RawTok, &str)> {
        let mut lex = RawTok::lexer(src);
        let mut out = Vec::new();
        while let Some(t) = lex.next() {
            if let Ok(t) = t {
                out.push((t, lex.slice()));
            }
        }
        out
    }

    #[test]
    fn longest_match_picks_string_prefixes_and_operators() {
        assert_eq!(
            kinds("rb'x ur\" f'"),
            vec![
                (RawTok::StringStart, "rb'"),
                (RawTok::Name, "x"),
                (RawTok::Name, "ur"),
                (RawTok::StringStart, "\""),
                (RawTok::FStringStart, "f'"),
            ]
        );
        assert_eq!(
            kinds("**= ... .5 -> <>"),
            vec![
                (RawTok::DoubleStarEqual, "**="),
                (RawTok::Ellipsis, "..."),
                (RawTok::DotDigit, ".5"),
                (RawTok::Rarrow, "->"),
                (RawTok::LessGreater, "<>"),
            ]
        );
    }

    #[test]
    fn non_ascii_characters_are_identifier_characters() {
        assert_eq!(kinds("é€x"), vec![(RawTok::Name, "é€x")]);
    }
}
