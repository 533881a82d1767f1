//! Byte offsets to CPython's line and column numbers.

/// Maps byte offsets of a source text to 1-based line numbers and 0-based columns.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as CPython's tokenizer reads them. Columns come in
/// two units because CPython uses both: UTF-8 bytes (`ast` node `col_offset`) and characters
/// (`tokenize` positions, `SyntaxError.offset`).
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
}

impl LineIndex {
    pub fn new(source: &str) -> Self {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { line_starts }
    }

    /// Number of line starts (a text ending in a newline has an empty last line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 1-based line containing byte `offset` (an offset past the end is on the last line).
    pub fn line(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts (clamped to the last line).
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        self.line_starts[i]
    }

    /// `(line, column in bytes)` of `offset`: the `lineno`/`col_offset` of `ast` nodes.
    pub fn line_col_bytes(&self, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        (line, offset - self.line_start(line))
    }

    /// `(line, column in characters)` of `offset`: `tokenize` positions. `source` must be the
    /// text this index was built from.
    pub fn line_col_chars(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.line_start(line) as usize;
        let end = (offset as usize).min(source.len());
        let col = source
            .get(start..end)
            .map_or(end.saturating_sub(start), |s| s.chars().count());
        (line, col as u32)
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let start = self.line_start(line) as usize;
        let rest = source.get(start..).unwrap_or("");
        let end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        &rest[..end]
    }
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    #[test]
    fn lines_end_at_lf_crlf_and_cr() {
        let src = "a\nbc\r\nd\re";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col_bytes(0), (1, 0));
        assert_eq!(idx.line_col_bytes(3), (2, 1));
        assert_eq!(idx.line_col_bytes(6), (3, 0));
        assert_eq!(idx.line_col_bytes(8), (4, 0));
        assert_eq!(idx.line_text(src, 2), "bc");
        assert_eq!(idx.line_text(src, 4), "e");
    }

    #[test]
    fn character_columns_count_code_points() {
        let src = "x = 'é' + y\n";
        let idx = LineIndex::new(src);
        let y = src.find('y').unwrap() as u32;
        assert_eq!(idx.line_col_bytes(y), (1, 11));
        assert_eq!(idx.line_col_chars(src, y), (1, 10));
    }
}
