//! Lexical errors, with CPython's exact messages, exception classes and positions.

use std::fmt;

/// The exception class CPython raises for an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorClass {
    /// The Python name of the class.
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// What went wrong. Each variant renders as CPython 3.12's message ([`LexError::message`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LexErrorKind {
    /// `'abc` — the line number is where the end of the line was found.
    UnterminatedString { detected_at: u32 },
    /// `'''abc` up to the end of the file.
    UnterminatedTripleQuotedString { detected_at: u32 },
    /// `f'abc`.
    UnterminatedFString { detected_at: u32 },
    /// `f'''abc` up to the end of the file.
    UnterminatedTripleQuotedFString { detected_at: u32 },
    /// A line indented with tabs and spaces whose meaning depends on the tab size.
    InconsistentTabs,
    /// A dedent to a column that no enclosing block uses.
    UnindentMismatch,
    /// More than 100 nested indentation levels.
    TooDeepIndentation,
    /// `invalid decimal literal` and friends; the payload is the kind of literal.
    InvalidLiteral(&'static str),
    /// `invalid digit '8' in octal literal`.
    InvalidDigit { digit: char, base: &'static str },
    /// `012`: old-style octal.
    LeadingZeros,
    /// A printable character that cannot appear in an identifier.
    InvalidCharacter(char),
    /// A non-printable character that cannot appear in an identifier.
    NonPrintableCharacter(char),
    /// A backslash followed by something other than a newline.
    LineContinuation,
    /// A backslash continuation at the end of the file.
    UnexpectedEof,
    /// A closing bracket with nothing open.
    Unmatched(char),
    /// A closing bracket of the wrong kind; `open_line` is set when the opening bracket is on
    /// another line.
    MismatchedBracket {
        close: char,
        open: char,
        open_line: Option<u32>,
    },
    /// A bracket closing a replacement field's `{` in an f-string (`f"{)"`).
    FStringUnmatched(char),
    /// A bracket still open at the end of the file.
    UnclosedBracket(char),
    /// More than 200 nested brackets.
    TooManyNestedBrackets,
    /// An f-string replacement field not closed before the string ends.
    FStringExpectingBrace,
    /// A lone `}` in the literal part of an f-string.
    FStringSingleBrace,
    /// Replacement fields nested more than CPython allows.
    FStringTooDeep,
    /// A NUL character in the source.
    NullByte,
    /// More f-strings nested in replacement fields than CPython allows.
    TooManyNestedFStrings,
    /// End of file inside brackets or after a backslash, as the `tokenize` module reports
    /// it (the compiler reports [`LexErrorKind::UnclosedBracket`] or
    /// [`LexErrorKind::UnexpectedEof`] instead).
    EofInMultiLineStatement,
    /// A character or operator the tokenizer knows but no grammar rule accepts (`$`, `?`, `<>`).
    InvalidSyntax,
}

/// A lexical error: its kind and the byte range it concerns.
///
/// `start`/`end` are byte offsets into the source; [`LexError::location`] turns them into the
/// position CPython reports, which for some errors is not the offending text itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub start: u32,
    pub end: u32,
    /// Where CPython's line buffer started when the error was found: the `tokenize` module
    /// counts some error columns from there.
    pub(crate) line_buffer: u32,
}

/// A position as `SyntaxError` carries it: 1-based line, 1-based character offset, and the end
/// (CPython uses `0` and `-1` as end offsets for some errors, reproduced here).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorLocation {
    pub lineno: u32,
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
}

impl LexError {
    pub(crate) fn new(kind: LexErrorKind, start: usize, end: usize) -> Self {
        LexError {
            kind,
            start: start as u32,
            end: end as u32,
            line_buffer: 0,
        }
    }

    pub(crate) fn at(kind: LexErrorKind, pos: usize) -> Self {
        LexError::new(kind, pos, pos)
    }

    /// CPython's message for this error.
    pub fn message(&self) -> String {
        use LexErrorKind::*;
        match &self.kind {
            UnterminatedString { detected_at } => {
                format!("unterminated string literal (detected at line {detected_at})")
            }
            UnterminatedTripleQuotedString { detected_at } => {
                format!("unterminated triple-quoted string literal (detected at line {detected_at})")
            }
            UnterminatedFString { detected_at } => {
                format!("unterminated f-string literal (detected at line {detected_at})")
            }
            UnterminatedTripleQuotedFString { detected_at } => format!(
                "unterminated triple-quoted f-string literal (detected at line {detected_at})"
            ),
            InconsistentTabs => "inconsistent use of tabs and spaces in indentation".into(),
            UnindentMismatch => "unindent does not match any outer indentation level".into(),
            TooDeepIndentation => "too many levels of indentation".into(),
            InvalidLiteral(kind) => format!("invalid {kind} literal"),
            InvalidDigit { digit, base } => format!("invalid digit '{digit}' in {base} literal"),
            LeadingZeros => "leading zeros in decimal integer literals are not permitted; \
                             use an 0o prefix for octal integers"
                .into(),
            InvalidCharacter(c) => format!("invalid character '{c}' (U+{:04X})", *c as u32),
            NonPrintableCharacter(c) => {
                format!("invalid non-printable character U+{:04X}", *c as u32)
            }
            LineContinuation => "unexpected character after line continuation character".into(),
            UnexpectedEof => "unexpected EOF while parsing".into(),
            Unmatched(c) => format!("unmatched '{c}'"),
            MismatchedBracket { close, open, open_line: None } => {
                format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
            }
            MismatchedBracket { close, open, open_line: Some(line) } => format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line}"
            ),
            UnclosedBracket(c) => format!("'{c}' was never closed"),
            FStringUnmatched(c) => format!("f-string: unmatched '{c}'"),
            TooManyNestedBrackets => "too many nested parentheses".into(),
            FStringExpectingBrace => "f-string: expecting '}'".into(),
            FStringSingleBrace => "f-string: single '}' is not allowed".into(),
            FStringTooDeep => "f-string: expressions nested too deeply".into(),
            NullByte => "source code cannot contain null bytes".into(),
            TooManyNestedFStrings => "too many nested f-strings".into(),
            EofInMultiLineStatement => "unexpected EOF in multi-line statement".into(),
            InvalidSyntax => "invalid syntax".into(),
        }
    }

    /// The exception class CPython raises.
    pub fn class(&self) -> ErrorClass {
        match self.kind {
            LexErrorKind::InconsistentTabs => ErrorClass::TabError,
            LexErrorKind::UnindentMismatch | LexErrorKind::TooDeepIndentation => {
                ErrorClass::IndentationError
            }
            _ => ErrorClass::SyntaxError,
        }
    }

    /// The `lineno`/`offset`/`end_lineno`/`end_offset` CPython's `compile()` reports. `source`
    /// must be the text that was lexed.
    pub fn location(&self, source: &str) -> ErrorLocation {
        let (line, col) = line_col(source, self.start as usize);
        let (end_line, end_col) = line_col(source, self.end as usize);
        let (line, col, end_line, end_col) = (line, col as i64, end_line, end_col as i64);
        use LexErrorKind::*;
        match self.kind {
            // Reported at the start of the line, with no end.
            InconsistentTabs | TooDeepIndentation => ErrorLocation {
                lineno: line,
                offset: 1,
                end_lineno: line,
                end_offset: 0,
            },
            // The tokenizer has read the whole line when it notices: the offset is the line's
            // length including its newline.
            UnindentMismatch => ErrorLocation {
                lineno: line,
                offset: line_len_with_newline(source, self.start as usize) as i64,
                end_lineno: line,
                end_offset: -1,
            },
            // `start` is the backslash. CPython measures the column in bytes from the start of
            // its line buffer (which may begin on an earlier line of the statement), then
            // applies it to the current line, clamped to its length.
            LineContinuation => {
                let bytes = (self.start as usize + 1).saturating_sub(self.line_buffer as usize);
                let line_start = source
                    .get(..self.start as usize)
                    .and_then(|s| s.rfind(['\n', '\r']))
                    .map_or(0, |i| i + 1);
                let rest = source.as_bytes().get(line_start..).unwrap_or_default();
                let line_len = rest
                    .iter()
                    .position(|&c| c == b'\n')
                    .map_or(rest.len(), |i| i + 1);
                let prefix = rest.get(..bytes.min(line_len)).unwrap_or_default();
                ErrorLocation {
                    lineno: line,
                    offset: String::from_utf8_lossy(prefix).chars().count() as i64 + 1,
                    end_lineno: line,
                    end_offset: 0,
                }
            }
            // Reported by the tokenizer itself with byte columns (as is a character no
            // token starts with, like `$`).
            LeadingZeros | InvalidSyntax => {
                let line_start = |pos: usize| {
                    source
                        .get(..pos)
                        .and_then(|s| s.rfind(['\n', '\r']))
                        .map_or(0, |i| i + 1)
                };
                let (s, e) = (self.start as usize, self.end as usize);
                ErrorLocation {
                    lineno: line,
                    offset: (s - line_start(s)) as i64 + 1,
                    end_lineno: end_line,
                    end_offset: (e - line_start(e)) as i64 + 1,
                }
            }
            // `start` is the start of the last line; the offset counts that line and its
            // (possibly implicit) newline.
            UnexpectedEof => ErrorLocation {
                lineno: line,
                offset: line_len_with_newline(source, self.start as usize) as i64,
                end_lineno: line,
                end_offset: -1,
            },
            UnclosedBracket(_) => ErrorLocation {
                lineno: line,
                offset: col + 1,
                end_lineno: line,
                end_offset: 0,
            },
            _ => ErrorLocation {
                lineno: line,
                offset: col + 1,
                end_lineno: end_line,
                end_offset: end_col + 1,
            },
        }
    }
}

impl fmt::Display for LexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for LexError {}

/// 1-based line and 0-based character column of byte `pos` (lines end at `\n`, `\r\n`, `\r`).
pub(crate) fn line_col(source: &str, pos: usize) -> (u32, u32) {
    let pos = pos.min(source.len());
    let bytes = source.as_bytes();
    let mut line = 1u32;
    let mut line_start = 0usize;
    let mut i = 0usize;
    while i < pos {
        match bytes[i] {
            b'\n' => {
                line += 1;
                line_start = i + 1;
            }
            // A `\r` right before `\n` is part of one CRLF line ending.
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => {
                line += 1;
                line_start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    let col = source
        .get(line_start..pos)
        .map_or(pos - line_start, |s| s.chars().count());
    (line, col as u32)
}

/// Characters in the line containing `pos`, counting its line ending as one character (an
/// implicit newline at the end of the file counts too, as CPython appends one).
fn line_len_with_newline(source: &str, pos: usize) -> usize {
    let pos = pos.min(source.len());
    let start = source
        .get(..pos)
        .and_then(|s| s.rfind(['\n', '\r']))
        .map_or(0, |i| i + 1);
    let rest = source.get(start..).unwrap_or("");
    let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
    rest.get(..end).map_or(0, |s| s.chars().count()) + 1
}
