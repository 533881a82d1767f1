//! The text CPython 3.12 prints for an uncaught `SyntaxError`.
//!
//! A script that does not parse never runs, so the first thing a user sees of the interpreter is
//! often this report; it has to be byte-for-byte CPython's. CPython builds it in C
//! (`Python/pythonrun.c`, `print_exception_file_and_line` and `print_error_text`), not with
//! `traceback.py`, and the C rules differ in small ways that show: leading blanks of the source
//! line are dropped and the caret moved with them, the caret run is clipped to the line, a range
//! over several lines is drawn to the end of its first line, the subclasses `IndentationError` and
//! `TabError` never get more than one caret, and the source line is read back from the file with
//! a fixed 1000-byte buffer. [`format_syntax_error`] reproduces those rules from the error and the
//! source text; [`for_file_input`] adjusts an error's position the way CPython's file tokenizer
//! reports it, since that is how `python FILE` sees a script.

use crate::error::{SyntaxError, SyntaxErrorKind, SyntaxWarning};
use pyvm_lexer::LineIndex;

/// CPython reads the offending line back with a `char linebuf[1000]` (`err_programtext` in
/// `Python/errors.c`): a longer line is cut after this many bytes.
const LINE_BUFFER_BYTES: usize = 999;

/// Formats `err` exactly as CPython 3.12 prints an uncaught `SyntaxError` raised while compiling
/// the script `filename` whose decoded text is `source`:
///
/// ```text
///   File "x.py", line 1
///     x = = 1
///         ^
/// SyntaxError: invalid syntax
/// ```
///
/// The source line is taken from `source` (CPython re-reads it from the file). An error with
/// `lineno == 0` has no location (CPython's decoding errors, such as `encoding problem: foobar`)
/// and prints as its last line alone. The result ends with a newline.
pub fn format_syntax_error(err: &SyntaxError, filename: &str, source: &str) -> String {
    let mut out = String::new();
    if err.lineno > 0 {
        out.push_str(&format!("  File \"{filename}\", line {}\n", err.lineno));
        if let Some(text) = error_line(source, err.lineno) {
            let (offset, end_offset) = caret_range(err, &text);
            push_error_text(&mut out, offset, end_offset, &text);
        }
    }
    out.push_str(err.kind.name());
    if !err.msg.is_empty() {
        out.push_str(": ");
        out.push_str(&err.msg);
    }
    out.push('\n');
    out
}

/// Formats `warning` as CPython prints a `SyntaxWarning` met while compiling the script
/// `filename` (the `warnings` module's default format): the location and message, then the
/// source line stripped of surrounding blanks, when there is one.
///
/// ```text
/// x.py:1: SyntaxWarning: invalid escape sequence '\d'
///   x = '\d'
/// ```
pub fn format_syntax_warning(warning: &SyntaxWarning, filename: &str, source: &str) -> String {
    let mut out = format!(
        "{filename}:{}: SyntaxWarning: {}\n",
        warning.lineno, warning.msg
    );
    let index = LineIndex::new(source);
    if warning.lineno > 0 && warning.lineno as usize <= index.line_count() {
        let line = index.line_text(source, warning.lineno).trim();
        if !line.is_empty() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The position CPython reports for `err` when the script is compiled from a file (as
/// `python FILE` does) rather than from a string (as `ast.parse` and our parser do).
///
/// The two tokenizers agree everywhere but at the very end of the input: an error that the
/// string tokenizer places just past the last line (the end-of-file token, which has no column
/// and no end position) gets column 0 from the file tokenizer, whose buffer is empty there. With
/// column 0 CPython prints the source line without a caret. The one tokenizer error of that shape
/// (a line continuation at end of file) keeps its column when the file lacks a final newline.
pub fn for_file_input(err: &SyntaxError, source: &str) -> SyntaxError {
    let mut adjusted = err.clone();
    if at_end_of_file(err, source) {
        adjusted.offset = 0;
    }
    adjusted
}

/// Whether `err` is reported on the end-of-file token: no end position, a column just past the
/// end of its line, and nothing but blank space after that line.
fn at_end_of_file(err: &SyntaxError, source: &str) -> bool {
    if err.end_offset.is_some() || err.lineno == 0 {
        return false;
    }
    let eof_message = err.msg.starts_with("expected an indented block")
        || err.msg == "expected 'except' or 'finally' block"
        || (err.msg == "unexpected EOF while parsing" && ends_with_newline(source));
    if !eof_message {
        return false;
    }
    let index = LineIndex::new(source);
    if err.lineno as usize > index.line_count() {
        return false;
    }
    let line = index.line_text(source, err.lineno);
    let past_end = err.offset as usize > line.chars().count();
    let line_end = index.line_start(err.lineno) as usize + line.len();
    let rest = source.get(line_end..).unwrap_or("");
    past_end
        && rest
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '\x0c' | '\r' | '\n'))
}

fn ends_with_newline(source: &str) -> bool {
    source.ends_with('\n') || source.ends_with('\r')
}

/// The source line CPython shows for 1-based `lineno`, as its `text` attribute holds it: the
/// line with a `\n` ending (CPython reads with universal newlines), cut at 999 bytes when longer,
/// and, being a C string on the way to the screen, cut at the first NUL.
fn error_line(source: &str, lineno: u32) -> Option<String> {
    let index = LineIndex::new(source);
    if lineno as usize > index.line_count() {
        return None;
    }
    let line = index.line_text(source, lineno);
    let line_end = index.line_start(lineno) as usize + line.len();
    let has_newline = line_end < source.len();
    let mut text = String::with_capacity(line.len() + 1);
    text.push_str(line);
    if has_newline {
        text.push('\n');
    }
    if text.len() > LINE_BUFFER_BYTES {
        // CPython decodes the cut bytes with errors="replace": a character split by the cut
        // becomes U+FFFD.
        let cut = String::from_utf8_lossy(&text.as_bytes()[..LINE_BUFFER_BYTES]).into_owned();
        text = cut;
    }
    if let Some(nul) = text.find('\0') {
        text.truncate(nul);
    }
    Some(text)
}

/// `offset` and `end_offset` as `print_exception_file_and_line` hands them to
/// `print_error_text`: 1-based character columns, `-1` for "none".
fn caret_range(err: &SyntaxError, text: &str) -> (i64, i64) {
    let offset = i64::from(err.offset);
    let (end_lineno, end_offset) = match err.kind {
        // Only the exact class `SyntaxError` shows its end position.
        SyntaxErrorKind::SyntaxError => (
            err.end_lineno.unwrap_or(err.lineno),
            err.end_offset.map_or(-1, i64::from),
        ),
        SyntaxErrorKind::IndentationError
        | SyntaxErrorKind::TabError
        | SyntaxErrorKind::RecursionError => (err.lineno, -1),
    };
    // The size CPython measures is in UTF-8 bytes, though the offsets count characters.
    let line_size = text.len() as i64;
    let mut end_offset = if end_lineno > err.lineno {
        // A multi-line range is drawn to the end of its first line.
        line_size
    } else {
        end_offset
    };
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    (offset, end_offset)
}

/// `print_error_text`: the stripped source line, then the caret line.
fn push_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.len() - stripped.len()) as i64;
    let len = stripped.strip_suffix('\n').unwrap_or(stripped).len() as i64;
    offset = offset.min(len);

    out.push_str("    ");
    out.push_str(stripped);
    if !stripped.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.extend(std::iter::repeat_n(' ', offset as usize));
    out.extend(std::iter::repeat_n('^', carets as usize));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(
        kind: SyntaxErrorKind,
        msg: &str,
        (lineno, offset): (u32, u32),
        end: Option<(u32, u32)>,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.to_owned(),
            lineno,
            offset,
            end_lineno: end.map(|e| e.0),
            end_offset: end.map(|e| e.1),
        }
    }

    fn syntax(msg: &str, start: (u32, u32), end: Option<(u32, u32)>) -> SyntaxError {
        error(SyntaxErrorKind::SyntaxError, msg, start, end)
    }

    #[test]
    fn single_caret() {
        let err = syntax("invalid syntax", (1, 5), Some((1, 6)));
        assert_eq!(
            format_syntax_error(&err, "x.py", "x = = 1\n"),
            "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn caret_run_covers_the_range() {
        let err = syntax("cannot assign to function call", (1, 1), Some((1, 4)));
        let text = format_syntax_error(&err, "x.py", "f() = 1\n");
        assert!(text.contains("\n    f() = 1\n    ^^^\n"), "{text}");
    }

    #[test]
    fn leading_blanks_are_stripped_and_caret_moves() {
        let err = syntax("invalid syntax", (2, 8), Some((2, 9)));
        let text = format_syntax_error(&err, "x.py", "if x:\n\ty = 1 2\n");
        assert!(text.contains("\n    y = 1 2\n          ^\n"), "{text}");
        let err = syntax("invalid syntax", (2, 10), Some((2, 11)));
        let text = format_syntax_error(&err, "x.py", "if x:\n \x0c y = 1 2\n");
        assert!(text.contains("\n    y = 1 2\n          ^\n"), "{text}");
    }

    #[test]
    fn offsets_count_characters() {
        let err = syntax("invalid syntax", (1, 21), Some((1, 22)));
        let text = format_syntax_error(&err, "x.py", "s = 'héllo wörld' $ 1\n");
        assert!(text.ends_with("\n    s = 'héllo wörld' $ 1\n                        ^\nSyntaxError: invalid syntax\n"), "{text}");
    }

    #[test]
    fn caret_run_is_clipped_to_the_line() {
        // end_offset beyond the line: at most one caret past the last character.
        let err = syntax("'(' was never closed", (1, 5), Some((1, 40)));
        let text = format_syntax_error(&err, "x.py", "x = (1, 2\n");
        assert!(text.contains("\n    x = (1, 2\n        ^^^^^^\n"), "{text}");
        // An offset past the end is clipped to the end of the line.
        let err = syntax("invalid syntax", (1, 30), Some((1, 31)));
        let text = format_syntax_error(&err, "x.py", "x = 1 +\n");
        assert!(text.contains("\n    x = 1 +\n           ^\n"), "{text}");
    }

    #[test]
    fn end_offset_zero_or_before_offset_gives_one_caret() {
        let err = syntax("'(' was never closed", (1, 5), Some((1, 0)));
        let text = format_syntax_error(&err, "x.py", "x = (1, 2\n");
        assert!(
            text.contains("\n    x = (1, 2\n        ^\nSyntaxError"),
            "{text}"
        );
    }

    #[test]
    fn multi_line_range_runs_to_the_end_of_the_first_line() {
        let err = syntax("invalid syntax", (1, 5), Some((2, 3)));
        let text = format_syntax_error(&err, "x.py", "x = [1,\n 2]\n");
        assert!(
            text.contains("\n    x = [1,\n        ^^^\nSyntaxError"),
            "{text}"
        );
        // The range ends with the line's newline, so a range starting on the last character
        // gets one caret.
        let err = syntax("invalid syntax", (3, 5), Some((4, 6)));
        let source = "x = [\n    1,\n    2\n    3,\n]\n";
        let text = format_syntax_error(&err, "x.py", source);
        assert!(text.contains("\n    2\n    ^\nSyntaxError"), "{text}");
    }

    #[test]
    fn indentation_errors_get_one_caret() {
        let err = error(
            SyntaxErrorKind::IndentationError,
            "expected an indented block after 'if' statement on line 1",
            (2, 1),
            Some((2, 5)),
        );
        let text = format_syntax_error(&err, "x.py", "if x:\npass\n");
        assert_eq!(
            text,
            "  File \"x.py\", line 2\n    pass\n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n"
        );
    }

    #[test]
    fn caret_left_of_the_text_is_not_drawn() {
        let err = error(
            SyntaxErrorKind::IndentationError,
            "unexpected indent",
            (1, 2),
            None,
        );
        assert_eq!(
            format_syntax_error(&err, "x.py", "  x = 1\n"),
            "  File \"x.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n"
        );
    }

    #[test]
    fn line_without_newline_and_line_past_the_end() {
        let err = syntax("invalid syntax", (2, 4), Some((2, 5)));
        let text = format_syntax_error(&err, "x.py", "x = (1 +\n2) 3");
        assert!(text.contains("\n    2) 3\n       ^\n"), "{text}");
        let err = syntax("unexpected EOF while parsing", (9, 1), None);
        assert_eq!(
            format_syntax_error(&err, "x.py", "x\n"),
            "  File \"x.py\", line 9\nSyntaxError: unexpected EOF while parsing\n"
        );
    }

    #[test]
    fn crlf_and_cr_line_endings() {
        let err = syntax("invalid syntax", (2, 7), Some((2, 8)));
        for source in ["x = 1\r\ny = 2 3\r\n", "x = 1\ry = 2 3\r"] {
            let text = format_syntax_error(&err, "x.py", source);
            assert!(text.contains("\n    y = 2 3\n          ^\n"), "{text:?}");
        }
    }

    #[test]
    fn text_is_cut_at_a_nul() {
        let err = syntax(
            "source code cannot contain null bytes",
            (1, 0),
            Some((1, 0)),
        );
        assert_eq!(
            format_syntax_error(&err, "x.py", "x = 'a\0b'\n"),
            "  File \"x.py\", line 1\n    x = 'a\nSyntaxError: source code cannot contain null bytes\n"
        );
    }

    #[test]
    fn long_lines_are_cut_at_999_bytes() {
        let source = format!("x = {} $\n", "é".repeat(600));
        let err = syntax("invalid syntax", (1, 606), Some((1, 607)));
        let text = format_syntax_error(&err, "x.py", &source);
        let shown = text.lines().nth(1).unwrap_or_default();
        // 4 spaces of indent, "x = ", then 497 two-byte characters and half of one.
        assert_eq!(shown.len(), 4 + 4 + 497 * 2 + "\u{fffd}".len(), "{shown}");
        assert!(shown.ends_with('\u{fffd}'));
    }

    #[test]
    fn no_location_prints_the_message_alone() {
        let err = syntax("encoding problem: foobar", (0, 0), None);
        assert_eq!(
            format_syntax_error(&err, "x.py", ""),
            "SyntaxError: encoding problem: foobar\n"
        );
    }

    #[test]
    fn empty_message_prints_the_class_alone() {
        let err = syntax("", (1, 1), Some((1, 2)));
        assert!(format_syntax_error(&err, "x.py", "x\n").ends_with("    ^\nSyntaxError\n"));
    }

    #[test]
    fn warnings_show_the_stripped_line() {
        let warning = SyntaxWarning {
            msg: "invalid escape sequence '\\d'".to_owned(),
            lineno: 2,
            offset: 9,
        };
        assert_eq!(
            format_syntax_warning(&warning, "x.py", "if x:\n    y = '\\d'  \n"),
            "x.py:2: SyntaxWarning: invalid escape sequence '\\d'\n  y = '\\d'\n"
        );
        let past_the_end = SyntaxWarning {
            lineno: 7,
            ..warning
        };
        assert_eq!(
            format_syntax_warning(&past_the_end, "x.py", "x\n"),
            "x.py:7: SyntaxWarning: invalid escape sequence '\\d'\n"
        );
    }

    #[test]
    fn file_input_moves_end_of_file_errors_to_column_zero() {
        let msg = "expected an indented block after function definition on line 1";
        let err = error(SyntaxErrorKind::IndentationError, msg, (1, 9), None);
        assert_eq!(for_file_input(&err, "def f():\n").offset, 0);
        assert_eq!(for_file_input(&err, "def f():").offset, 0);
        let err = syntax("unexpected EOF while parsing", (1, 10), None);
        assert_eq!(for_file_input(&err, "x = 1 + \\").offset, 10);
        let err = syntax("unexpected EOF while parsing", (2, 2), None);
        assert_eq!(for_file_input(&err, "x = 1\n\\\n").offset, 0);
        // Errors with an end position, or followed by more code, stay where they are.
        let err = syntax("invalid syntax", (1, 8), Some((1, 9)));
        assert_eq!(for_file_input(&err, "x = 1 +\n").offset, 8);
        let err = error(SyntaxErrorKind::IndentationError, msg, (1, 9), None);
        assert_eq!(for_file_input(&err, "def f():\nx = 1\n").offset, 9);
    }
}
