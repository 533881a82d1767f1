//! The tokens the layout layer hands to the parser.
//!
//! Payloads borrow the source (`&'src str`); only identifiers that NFKC normalisation changes
//! own their text. Literal *values* are not decoded here: the parser decodes string escapes and
//! numbers from the raw slice, so the lexer stays allocation-free on the common path.

use std::borrow::Cow;

/// A token of the parser's stream (comments and non-logical newlines are not in it; see
/// [`crate::tokenize`] for the full `tokenize`-module stream).
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'src> {
    // --- layout -------------------------------------------------------------------------------
    /// End of a logical line (CPython's NEWLINE).
    Newline,
    Indent,
    Dedent,
    /// End of input (CPython's ENDMARKER).
    EndOfFile,

    // --- atoms --------------------------------------------------------------------------------
    /// An identifier, NFKC-normalised. Soft keywords (`match`, `case`, `type`, `_`) arrive as
    /// `Name`; the parser decides from context.
    Name(Cow<'src, str>),
    /// An integer literal as written (`0x_FF`, `1_000`).
    Int(&'src str),
    /// A float literal as written (`1.5e-3`, `1_0.`).
    Float(&'src str),
    /// An imaginary literal as written, including its `j`/`J`.
    Imaginary(&'src str),
    /// A complete non-f string or bytes literal as written: prefix, quotes and body.
    String(&'src str),
    /// The prefix and opening quote of an f-string (`f"`, `rf'''`).
    FStringStart(&'src str),
    /// Literal text between replacement fields (or inside a format spec), raw as written:
    /// escapes undecoded, `{{`/`}}` still doubled.
    FStringMiddle(&'src str),
    /// The closing quote of an f-string.
    FStringEnd(&'src str),
    /// The text after `# type:` in a type comment (only when type comments are enabled).
    TypeComment(&'src str),
    /// `# type: ignore...`: the text after `ignore` (only when type comments are enabled).
    TypeIgnore(&'src str),

    // --- keywords -----------------------------------------------------------------------------
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

    // --- operators and delimiters (CPython's exact token names in comments) -------------------
    /// `(` LPAR
    Lpar,
    /// `)` RPAR
    Rpar,
    /// `[` LSQB
    Lsqb,
    /// `]` RSQB
    Rsqb,
    /// `{` LBRACE
    Lbrace,
    /// `}` RBRACE
    Rbrace,
    /// `:` COLON
    Colon,
    /// `,` COMMA
    Comma,
    /// `;` SEMI
    Semi,
    /// `+` PLUS
    Plus,
    /// `-` MINUS
    Minus,
    /// `*` STAR
    Star,
    /// `/` SLASH
    Slash,
    /// `|` VBAR
    Vbar,
    /// `&` AMPER
    Amper,
    /// `<` LESS
    Less,
    /// `>` GREATER
    Greater,
    /// `=` EQUAL
    Equal,
    /// `.` DOT
    Dot,
    /// `%` PERCENT
    Percent,
    /// `==` EQEQUAL
    EqEqual,
    /// `!=` NOTEQUAL
    NotEqual,
    /// `<=` LESSEQUAL
    LessEqual,
    /// `>=` GREATEREQUAL
    GreaterEqual,
    /// `~` TILDE
    Tilde,
    /// `^` CIRCUMFLEX
    Circumflex,
    /// `<<` LEFTSHIFT
    LeftShift,
    /// `>>` RIGHTSHIFT
    RightShift,
    /// `**` DOUBLESTAR
    DoubleStar,
    /// `+=` PLUSEQUAL
    PlusEqual,
    /// `-=` MINEQUAL
    MinEqual,
    /// `*=` STAREQUAL
    StarEqual,
    /// `/=` SLASHEQUAL
    SlashEqual,
    /// `%=` PERCENTEQUAL
    PercentEqual,
    /// `&=` AMPEREQUAL
    AmperEqual,
    /// `|=` VBAREQUAL
    VbarEqual,
    /// `^=` CIRCUMFLEXEQUAL
    CircumflexEqual,
    /// `<<=` LEFTSHIFTEQUAL
    LeftShiftEqual,
    /// `>>=` RIGHTSHIFTEQUAL
    RightShiftEqual,
    /// `**=` DOUBLESTAREQUAL
    DoubleStarEqual,
    /// `//` DOUBLESLASH
    DoubleSlash,
    /// `//=` DOUBLESLASHEQUAL
    DoubleSlashEqual,
    /// `@` AT
    At,
    /// `@=` ATEQUAL
    AtEqual,
    /// `->` RARROW
    Rarrow,
    /// `...` ELLIPSIS
    Ellipsis,
    /// `:=` COLONEQUAL
    ColonEqual,
    /// `!` EXCLAMATION (f-string conversions)
    Exclamation,
}

impl Tok<'_> {
    /// The keyword token for `word`, if it is one of Python's 35 hard keywords.
    pub fn keyword(word: &str) -> Option<Tok<'static>> {
        Some(match word {
            "False" => Tok::False,
            "None" => Tok::None,
            "True" => Tok::True,
            "and" => Tok::And,
            "as" => Tok::As,
            "assert" => Tok::Assert,
            "async" => Tok::Async,
            "await" => Tok::Await,
            "break" => Tok::Break,
            "class" => Tok::Class,
            "continue" => Tok::Continue,
            "def" => Tok::Def,
            "del" => Tok::Del,
            "elif" => Tok::Elif,
            "else" => Tok::Else,
            "except" => Tok::Except,
            "finally" => Tok::Finally,
            "for" => Tok::For,
            "from" => Tok::From,
            "global" => Tok::Global,
            "if" => Tok::If,
            "import" => Tok::Import,
            "in" => Tok::In,
            "is" => Tok::Is,
            "lambda" => Tok::Lambda,
            "nonlocal" => Tok::Nonlocal,
            "not" => Tok::Not,
            "or" => Tok::Or,
            "pass" => Tok::Pass,
            "raise" => Tok::Raise,
            "return" => Tok::Return,
            "try" => Tok::Try,
            "while" => Tok::While,
            "with" => Tok::With,
            "yield" => Tok::Yield,
            _ => return None,
        })
    }
}
