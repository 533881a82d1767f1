//! The grammar's own token type.
//!
//! The lexer's [`pyvm_lexer::Tok`] is turned into this flat, `Copy` enum by
//! [`crate::soft_keywords`]: identifiers are already copied into the arena (so the parser's
//! semantic values never borrow a `Cow`), soft keywords that act as keywords have their own
//! variants, and a synthetic first token selects the parse mode inside one grammar (one set of
//! LR tables instead of four).

use crate::Mode;

/// An f-string literal part, with whether its f-string is raw (the lexer's token alone
/// does not say, and escapes must be decoded accordingly).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Middle<'src> {
    pub raw: &'src str,
    pub is_raw: bool,
}

/// A token of the grammar's input. `'a` is the arena, `'src` the source text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Token<'a, 'src> {
    // synthetic mode selectors
    StartModule,
    StartInteractive,
    StartExpression,
    StartFuncType,

    // soft keywords that the rewriting pass decided act as keywords
    SoftMatch,
    SoftCase,
    SoftType,
    /// `(` of a parenthesised `with` item list (`with (a as b, c):`).
    WithLpar,
    /// The matching `)`.
    WithRpar,

    Newline,
    Indent,
    Dedent,
    EndOfFile,

    Name(&'a str),
    Int(&'src str),
    Float(&'src str),
    Imaginary(&'src str),
    String(&'src str),
    FStringStart(&'src str),
    FStringMiddle(Middle<'src>),
    FStringEnd(&'src str),
    TypeComment(&'src str),

    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,

    Lpar,
    Rpar,
    Lsqb,
    Rsqb,
    Lbrace,
    Rbrace,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    Vbar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    EqEqual,
    NotEqual,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VbarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    Rarrow,
    Ellipsis,
    ColonEqual,
    Exclamation,
}

impl Token<'_, '_> {
    /// The synthetic first token for `mode`.
    pub(crate) fn start(mode: Mode) -> Self {
        match mode {
            Mode::Exec => Token::StartModule,
            Mode::Eval => Token::StartExpression,
            Mode::Single => Token::StartInteractive,
            Mode::FuncType => Token::StartFuncType,
        }
    }

    /// Brackets that open a nesting level (the synthetic `with` one included).
    pub(crate) fn is_open_bracket(&self) -> bool {
        matches!(
            self,
            Token::Lpar | Token::Lsqb | Token::Lbrace | Token::WithLpar
        )
    }

    /// Brackets that close a nesting level.
    pub(crate) fn is_close_bracket(&self) -> bool {
        matches!(
            self,
            Token::Rpar | Token::Rsqb | Token::Rbrace | Token::WithRpar
        )
    }

    /// Whether this token is a hard keyword (used by error analysis).
    #[allow(dead_code)]
    pub(crate) fn is_keyword(&self) -> bool {
        matches!(
            self,
            Token::False
                | Token::None
                | Token::True
                | Token::And
                | Token::As
                | Token::Assert
                | Token::Async
                | Token::Await
                | Token::Break
                | Token::Class
                | Token::Continue
                | Token::Def
                | Token::Del
                | Token::Elif
                | Token::Else
                | Token::Except
                | Token::Finally
                | Token::For
                | Token::From
                | Token::Global
                | Token::If
                | Token::Import
                | Token::In
                | Token::Is
                | Token::Lambda
                | Token::Nonlocal
                | Token::Not
                | Token::Or
                | Token::Pass
                | Token::Raise
                | Token::Return
                | Token::Try
                | Token::While
                | Token::With
                | Token::Yield
        )
    }
}
