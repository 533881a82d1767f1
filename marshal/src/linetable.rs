//! Decoders for CPython's line tables and exception table.
//!
//! Three line-table formats exist (pyc spec, section 3.7):
//! * ≤ 3.9 `co_lnotab`: (u8 offset increment, i8 line increment) pairs;
//! * 3.10 `co_linetable` (PEP 626): (u8 range length, i8 line delta, -128 = no line) pairs;
//! * 3.11+ location table: variable-length entries carrying line, end line and columns.
//!
//! Every decoder is total: on truncated or odd tables it stops early instead of failing,
//! because these tables are hints for tracebacks, not something worth rejecting a file for.
//! The results reproduce `dis.findlinestarts` (≤ 3.9), `co_lines()` (3.10+) and
//! `co_positions()` (3.11+) of the matching interpreter.

/// A bytecode range `[start, end)` (byte offsets) and its line (`None`: no line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineRange {
    /// First byte offset.
    pub start: u32,
    /// One past the last byte offset.
    pub end: u32,
    /// The source line, if any.
    pub line: Option<i32>,
}

/// The source span of one instruction (3.11+ `co_positions()` entry).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    /// First line.
    pub line: Option<i32>,
    /// Last line.
    pub end_line: Option<i32>,
    /// Start column (UTF-8 byte offset).
    pub col: Option<i32>,
    /// End column.
    pub end_col: Option<i32>,
}

/// One entry of a 3.11+ exception table, in byte offsets (as `dis` shows them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    /// First covered byte offset.
    pub start: u32,
    /// One past the last covered byte offset.
    pub end: u32,
    /// Handler offset.
    pub target: u32,
    /// Stack depth to unwind to.
    pub depth: u32,
    /// Whether the handler gets the offset of the raising instruction pushed.
    pub lasti: bool,
}

/// `dis.findlinestarts` for the ≤ 3.9 `co_lnotab` format.
pub fn lnotab_line_starts(lnotab: &[u8], firstlineno: i32, _code_len: usize) -> Vec<(u32, i32)> {
    let mut out = Vec::new();
    let mut last: Option<i32> = None;
    let mut line = firstlineno;
    let mut addr: u32 = 0;
    for pair in lnotab.chunks_exact(2) {
        let (byte_incr, line_incr) = (pair[0], pair[1] as i8);
        if byte_incr != 0 {
            if last != Some(line) {
                out.push((addr, line));
                last = Some(line);
            }
            addr = addr.saturating_add(u32::from(byte_incr));
        }
        line = line.wrapping_add(i32::from(line_incr));
    }
    if last != Some(line) {
        out.push((addr, line));
    }
    out
}

/// Line ranges for ≤ 3.9 (which has no `co_lines()`): each line start runs to the next one,
/// the last to the end of the bytecode.
pub fn lnotab_lines(lnotab: &[u8], firstlineno: i32, code_len: usize) -> Vec<LineRange> {
    let starts = lnotab_line_starts(lnotab, firstlineno, code_len);
    let code_end = u32::try_from(code_len).unwrap_or(u32::MAX);
    let mut out = Vec::new();
    for (i, &(start, line)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(code_end, |&(s, _)| s);
        if end > start {
            out.push(LineRange {
                start,
                end,
                line: Some(line),
            });
        }
    }
    out
}

/// `co_lines()` for the 3.10 `co_linetable` format.
pub fn linetable310_lines(table: &[u8], firstlineno: i32, _code_len: usize) -> Vec<LineRange> {
    let mut out = Vec::new();
    let mut end: u32 = 0;
    let mut line = firstlineno;
    for pair in table.chunks_exact(2) {
        let start = end;
        end = end.saturating_add(u32::from(pair[0]));
        let delta = pair[1] as i8;
        let this_line = if delta == -128 {
            None
        } else {
            line = line.wrapping_add(i32::from(delta));
            Some(line)
        };
        if start != end {
            out.push(LineRange {
                start,
                end,
                line: this_line,
            });
        }
    }
    out
}

/// A cursor over a 3.11+ location table.
struct Locations<'a> {
    table: &'a [u8],
    pos: usize,
    line: i32,
    offset: u32,
}

/// One decoded location entry: its code-unit count and position.
struct LocationEntry {
    units: u32,
    pos: Position,
}

impl<'a> Locations<'a> {
    fn new(table: &'a [u8], firstlineno: i32) -> Self {
        Locations {
            table,
            pos: 0,
            line: firstlineno,
            offset: 0,
        }
    }

    fn byte(&mut self) -> i32 {
        let b = self.table.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        i32::from(b)
    }

    /// Little-endian 6-bit chunks, bit 6 = more.
    fn varint(&mut self) -> u32 {
        let mut read = self.byte() as u32;
        let mut val = read & 63;
        let mut shift = 0u32;
        while read & 64 != 0 && self.pos < self.table.len() {
            read = self.byte() as u32;
            shift += 6;
            if shift < 32 {
                val |= (read & 63) << shift;
            }
        }
        val
    }

    fn svarint(&mut self) -> i32 {
        let u = self.varint();
        if u & 1 != 0 {
            -((u >> 1) as i32)
        } else {
            (u >> 1) as i32
        }
    }

    fn next_entry(&mut self) -> Option<LocationEntry> {
        let first = *self.table.get(self.pos)?;
        self.pos += 1;
        let code = (first >> 3) & 15;
        let units = u32::from(first & 7) + 1;
        let some = |v: i32| if v < 0 { None } else { Some(v) };
        let pos = match code {
            15 => Position::default(),
            14 => {
                self.line = self.line.wrapping_add(self.svarint());
                let end_line = self.line.wrapping_add(self.varint() as i32);
                let col = (self.varint() as i32).wrapping_sub(1);
                let end_col = (self.varint() as i32).wrapping_sub(1);
                Position {
                    line: Some(self.line),
                    end_line: Some(end_line),
                    col: some(col),
                    end_col: some(end_col),
                }
            }
            13 => {
                self.line = self.line.wrapping_add(self.svarint());
                Position {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: None,
                    end_col: None,
                }
            }
            10..=12 => {
                self.line = self.line.wrapping_add(i32::from(code) - 10);
                let col = self.byte();
                let end_col = self.byte();
                Position {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: Some(col),
                    end_col: Some(end_col),
                }
            }
            _ => {
                let second = self.byte();
                let col = i32::from(code) * 8 + ((second >> 4) & 7);
                Position {
                    line: Some(self.line),
                    end_line: Some(self.line),
                    col: Some(col),
                    end_col: Some(col + (second & 15)),
                }
            }
        };
        // Skip to the next entry start (bit 7), as CPython does.
        while self.table.get(self.pos).is_some_and(|&b| b & 0x80 == 0) {
            self.pos += 1;
        }
        self.offset = self.offset.saturating_add(units * 2);
        Some(LocationEntry { units, pos })
    }
}

/// `co_lines()` for the 3.11+ location table: one range per entry in 3.11; 3.12+ merge
/// consecutive entries with the same line (`merge`).
pub fn locations_lines(table: &[u8], firstlineno: i32, merge: bool) -> Vec<LineRange> {
    let mut out: Vec<LineRange> = Vec::new();
    let mut cursor = Locations::new(table, firstlineno);
    let mut start = 0u32;
    while let Some(entry) = cursor.next_entry() {
        let end = cursor.offset;
        let line = entry.pos.line;
        match out.last_mut() {
            Some(last) if merge && last.line == line && last.end == start => last.end = end,
            _ => out.push(LineRange { start, end, line }),
        }
        start = end;
    }
    out
}

/// `co_positions()` for the 3.11+ location table: one entry per code unit.
pub fn locations_positions(table: &[u8], firstlineno: i32) -> Vec<Position> {
    let mut out = Vec::new();
    let mut cursor = Locations::new(table, firstlineno);
    while let Some(entry) = cursor.next_entry() {
        for _ in 0..entry.units {
            out.push(entry.pos);
        }
    }
    out
}

/// `dis.findlinestarts` for 3.10–3.12: the start of each range whose line differs from the
/// previous known line.
pub fn line_starts_from_ranges(ranges: &[LineRange]) -> Vec<(u32, i32)> {
    let mut out = Vec::new();
    let mut last = None;
    for r in ranges {
        if let Some(line) = r.line {
            if last != Some(line) {
                out.push((r.start, line));
                last = Some(line);
            }
        }
    }
    out
}

/// Decodes a 3.11+ exception table (big-endian 6-bit varints; bit 7 marks entry starts and is
/// ignored, as `dis` does). A truncated last entry is dropped.
pub fn parse_exception_table(table: &[u8]) -> Vec<ExceptionEntry> {
    let mut out = Vec::new();
    let mut it = table.iter().copied();
    let varint = |it: &mut dyn Iterator<Item = u8>| -> Option<u32> {
        let mut b = it.next()?;
        let mut val = u32::from(b & 63);
        while b & 64 != 0 {
            b = it.next()?;
            val = (val << 6) | u32::from(b & 63);
        }
        Some(val)
    };
    let entry = |it: &mut dyn Iterator<Item = u8>| -> Option<ExceptionEntry> {
        let start = varint(it)?.wrapping_mul(2);
        let length = varint(it)?;
        let target = varint(it)?;
        let dl = varint(it)?;
        Some(ExceptionEntry {
            start,
            end: start.wrapping_add(length.wrapping_mul(2)),
            target: target.wrapping_mul(2),
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        })
    };
    while let Some(e) = entry(&mut it) {
        out.push(e);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exception_table_example_from_cpython_notes() {
        // start 20, size 8, target 100, depth 3, lasti 0
        let e = parse_exception_table(&[0x94, 0x08, 0x41, 0x24, 0x06]);
        assert_eq!(
            e,
            vec![ExceptionEntry {
                start: 40,
                end: 56,
                target: 200,
                depth: 3,
                lasti: false
            }]
        );
    }

    #[test]
    fn tiny_311_table() {
        // `X = 1` compiled by 3.11 (spec section 1.3).
        let table = [
            0xf0, 0x03, 0x01, 0x01, 0x01, 0xd8, 0x04, 0x05, 0x80, 0x01, 0x80, 0x01, 0x80, 0x01,
        ];
        let lines = locations_lines(&table, 1, true);
        assert_eq!(lines[0].line, Some(0));
        assert_eq!(lines[1].line, Some(1));
        assert_eq!(lines.last().map(|r| r.end), Some(10));
        let pos = locations_positions(&table, 1);
        assert_eq!(pos.len(), 5);
        assert_eq!(
            pos[1],
            Position {
                line: Some(1),
                end_line: Some(1),
                col: Some(4),
                end_col: Some(5)
            }
        );
    }

    #[test]
    fn decoders_survive_garbage() {
        let junk = [0xff, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f, 0x7f];
        let _ = locations_positions(&junk, 1);
        let _ = locations_lines(&junk, i32::MAX, true);
        let _ = linetable310_lines(&junk, i32::MAX, 3);
        let _ = lnotab_line_starts(&junk, i32::MIN, 3);
        let _ = parse_exception_table(&junk);
    }
}
