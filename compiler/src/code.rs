//! Code objects: what the compiler produces and the VM executes.
//!
//! A [`CodeObject`] is immutable once built. It carries the instructions, the constants, the names
//! used by global/attribute instructions, the register count, CPython's variable tables and
//! argument counts (so `inspect`-style introspection and argument-binding errors match CPython),
//! a compact per-instruction position table and a zero-cost exception table.
//!
//! [`CodeBuilder`] assembles code objects by hand, with labels for forward jumps; the compiler and
//! the VM's tests both use it.

use std::rc::Rc;

use crate::instr::Instr;

/// `co_flags` bits, with CPython's values where the meaning is the same.
pub mod flags {
    /// Locals live in registers (every function body; not module or class bodies).
    pub const OPTIMIZED: u32 = 0x1;
    /// A new locals namespace is created per call.
    pub const NEWLOCALS: u32 = 0x2;
    /// The function has a `*args` parameter.
    pub const VARARGS: u32 = 0x4;
    /// The function has a `**kwargs` parameter.
    pub const VARKEYWORDS: u32 = 0x8;
    /// The function is nested in another function.
    pub const NESTED: u32 = 0x10;
    /// Calling the function creates a generator.
    pub const GENERATOR: u32 = 0x20;
    /// `async def`.
    pub const COROUTINE: u32 = 0x80;
    /// A generator decorated with `types.coroutine`.
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// `async def` containing `yield`.
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    /// An int that fits `i64`; larger ones are [`Constant::BigInt`] (never the other way round).
    Int(i64),
    /// Decimal digits of an int outside `i64`, with a leading `-` when negative.
    BigInt(Box<str>),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    /// A string without lone surrogates.
    Str(Rc<str>),
    /// A string given as code points because it holds lone surrogates.
    StrCodePoints(Box<[u32]>),
    Bytes(Box<[u8]>),
    Tuple(Box<[Constant]>),
    FrozenSet(Box<[Constant]>),
    Code(Rc<CodeObject>),
}

/// Source position of one instruction: 1-based lines, 0-based UTF-8 byte columns, as CPython's
/// `co_positions()`. `None` fields are unknown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: Option<u32>,
    pub end_line: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

/// Per-instruction positions, compressed: each entry is four unsigned LEB128 numbers (line delta
/// from the previous entry zigzag-encoded, end line minus line, column + 1, end column + 1; 0
/// means unknown). Lookups scan from the start, which only tracebacks and `dis` do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PositionTable {
    bytes: Vec<u8>,
    len: usize,
    last_line: i64,
}

impl PositionTable {
    /// Appends the position of the next instruction.
    pub fn push(&mut self, pos: Position) {
        let line = pos.line.map_or(0, i64::from);
        let delta = if pos.line.is_some() {
            line - self.last_line
        } else {
            0
        };
        // zigzag, then +1 so that 0 stays free to mean "unknown line"
        let zz = if pos.line.is_some() {
            (((delta << 1) ^ (delta >> 63)) as u64) + 1
        } else {
            0
        };
        write_varint(&mut self.bytes, zz);
        let span = match (pos.line, pos.end_line) {
            (Some(l), Some(e)) if e >= l => u64::from(e - l) + 1,
            _ => 0,
        };
        write_varint(&mut self.bytes, span);
        write_varint(&mut self.bytes, pos.col.map_or(0, |c| u64::from(c) + 1));
        write_varint(&mut self.bytes, pos.end_col.map_or(0, |c| u64::from(c) + 1));
        if pos.line.is_some() {
            self.last_line = line;
        }
        self.len += 1;
    }

    /// Number of entries (one per instruction).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Iterates over the positions in instruction order.
    pub fn iter(&self) -> impl Iterator<Item = Position> + '_ {
        let mut pos = 0usize;
        let mut line: i64 = 0;
        std::iter::from_fn(move || {
            if pos >= self.bytes.len() {
                return None;
            }
            let zz = read_varint(&self.bytes, &mut pos)?;
            let span = read_varint(&self.bytes, &mut pos)?;
            let col = read_varint(&self.bytes, &mut pos)?;
            let end_col = read_varint(&self.bytes, &mut pos)?;
            let this_line = if zz == 0 {
                None
            } else {
                let z = zz - 1;
                let delta = ((z >> 1) as i64) ^ -((z & 1) as i64);
                line += delta;
                u32::try_from(line).ok()
            };
            let end_line = match (this_line, span) {
                (Some(l), s) if s > 0 => u32::try_from(u64::from(l) + s - 1).ok(),
                _ => None,
            };
            Some(Position {
                line: this_line,
                end_line,
                col: col.checked_sub(1).and_then(|c| u32::try_from(c).ok()),
                end_col: end_col.checked_sub(1).and_then(|c| u32::try_from(c).ok()),
            })
        })
    }

    /// The position of instruction `index`, if recorded.
    pub fn get(&self, index: usize) -> Option<Position> {
        self.iter().nth(index)
    }
}

/// LEB128-style unsigned varint, the unit of the position table (also used by `serialize`).
pub(crate) fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn read_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    let mut shift = 0u32;
    loop {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        if shift < 64 {
            v |= u64::from(b & 0x7f) << shift;
        }
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
    }
}

/// One zero-cost exception handler: an exception raised by an instruction in `start..end` stores
/// the exception in register `exc_reg` and continues at `handler`. Entries are searched in order,
/// so the compiler lists inner handlers before outer ones.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub exc_reg: u8,
}

/// A variable of an inlined comprehension (PEP 709): while instructions `start..end` run, the
/// name `name` lives in register `reg` (inside a cell when `cell`). Comprehension variables
/// live in temporary registers so that the enclosing scope's variable of the same name is
/// untouched; this table lets `locals()`, `vars()`, `dir()`, frame objects and `dis` name
/// them as CPython does. Only those slow paths read it, so the eval loop pays nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompLocal {
    pub name: Rc<str>,
    pub reg: u8,
    pub cell: bool,
    pub start: u32,
    pub end: u32,
}

/// A compiled function, class body or module.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeObject {
    pub instructions: Box<[Instr]>,
    pub constants: Box<[Constant]>,
    /// Names used by global, attribute, method and import instructions.
    pub names: Box<[Rc<str>]>,
    /// Registers the frame needs: parameters first, then other locals, then temporaries.
    pub nregisters: u16,
    /// Names of the local variables; `varnames[i]` lives in register `i`.
    pub varnames: Box<[Rc<str>]>,
    /// Locals captured by nested functions.
    pub cellvars: Box<[Rc<str>]>,
    /// Variables captured from enclosing functions.
    pub freevars: Box<[Rc<str>]>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Bits from [`flags`].
    pub flags: u32,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    pub positions: PositionTable,
    pub exception_table: Box<[ExceptionEntry]>,
    /// Variables of inlined comprehensions, ordered by `start` (an enclosing comprehension's
    /// entries come before those of comprehensions nested in it).
    pub comp_locals: Box<[CompLocal]>,
}

impl CodeObject {
    /// The source line of instruction `index`, for tracebacks.
    pub fn line_of(&self, index: usize) -> Option<u32> {
        self.positions.get(index).and_then(|p| p.line)
    }

    /// Number of parameter registers (positional, keyword-only, `*args`, `**kwargs`).
    pub fn total_args(&self) -> usize {
        let mut n = self.argcount as usize + self.kwonlyargcount as usize;
        if self.flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }

    /// The comprehension variables visible at instruction `index`, outermost first (a later
    /// entry with the same name shadows an earlier one).
    pub fn comp_locals_at(&self, index: usize) -> impl Iterator<Item = &CompLocal> + '_ {
        self.comp_locals
            .iter()
            .filter(move |c| (c.start as usize) <= index && index < c.end as usize)
    }
}

/// A forward or backward jump destination handed out by [`CodeBuilder::label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(usize);

/// Errors from [`CodeBuilder::build`].
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BuildError {
    #[error("label used but never bound")]
    UnboundLabel,
    #[error("code object too large: {0}")]
    TooLarge(&'static str),
}

/// Assembles a [`CodeObject`] instruction by instruction.
#[derive(Debug)]
pub struct CodeBuilder {
    code: CodeObject,
    instrs: Vec<Instr>,
    constants: Vec<Constant>,
    names: Vec<Rc<str>>,
    labels: Vec<Option<usize>>,
    fixups: Vec<(usize, Label)>,
    handlers: Vec<(Label, Label, Label, u8)>,
    /// Handler entries given by instruction indices (the compiler's ranges).
    ranges: Vec<(usize, usize, Label, u8)>,
    comp_locals: Vec<CompLocal>,
    line: Option<u32>,
}

impl CodeBuilder {
    /// A builder for a code object called `name` from `filename`, starting at line 1.
    pub fn new(name: &str, filename: &str) -> Self {
        CodeBuilder {
            code: CodeObject {
                instructions: Box::new([]),
                constants: Box::new([]),
                names: Box::new([]),
                nregisters: 0,
                varnames: Box::new([]),
                cellvars: Box::new([]),
                freevars: Box::new([]),
                argcount: 0,
                posonlyargcount: 0,
                kwonlyargcount: 0,
                flags: 0,
                name: name.into(),
                qualname: name.into(),
                filename: filename.into(),
                firstlineno: 1,
                positions: PositionTable::default(),
                exception_table: Box::new([]),
                comp_locals: Box::new([]),
            },
            instrs: Vec::new(),
            constants: Vec::new(),
            names: Vec::new(),
            labels: Vec::new(),
            fixups: Vec::new(),
            handlers: Vec::new(),
            ranges: Vec::new(),
            comp_locals: Vec::new(),
            line: Some(1),
        }
    }

    /// Sets the qualified name (defaults to the name).
    pub fn qualname(mut self, q: &str) -> Self {
        self.code.qualname = q.into();
        self
    }

    /// Declares the local variables (parameters first) and the total register count.
    pub fn locals(mut self, varnames: &[&str], nregisters: u16) -> Self {
        self.code.varnames = varnames.iter().map(|s| Rc::from(*s)).collect();
        self.code.nregisters = nregisters.max(varnames.len() as u16);
        self
    }

    /// Sets the positional, positional-only and keyword-only parameter counts.
    pub fn args(mut self, argcount: u32, posonly: u32, kwonly: u32) -> Self {
        self.code.argcount = argcount;
        self.code.posonlyargcount = posonly;
        self.code.kwonlyargcount = kwonly;
        self
    }

    /// Sets `co_flags` (see [`flags`]).
    pub fn flags(mut self, f: u32) -> Self {
        self.code.flags = f;
        self
    }

    /// Sets the cell and free variable names.
    pub fn cells(mut self, cellvars: &[&str], freevars: &[&str]) -> Self {
        self.code.cellvars = cellvars.iter().map(|s| Rc::from(*s)).collect();
        self.code.freevars = freevars.iter().map(|s| Rc::from(*s)).collect();
        self
    }

    /// Sets the first line number and the line of following instructions.
    pub fn firstlineno(mut self, line: u32) -> Self {
        self.code.firstlineno = line;
        self.line = Some(line);
        self
    }

    /// Sets the source line recorded for the instructions emitted next.
    pub fn set_line(&mut self, line: u32) {
        self.line = Some(line);
    }

    /// Adds a constant and returns its index.
    pub fn constant(&mut self, c: Constant) -> u16 {
        if let Some(i) = self.constants.iter().position(|k| const_same(k, &c)) {
            return i as u16;
        }
        self.constants.push(c);
        (self.constants.len() - 1) as u16
    }

    /// Adds (or finds) a name and returns its index.
    pub fn name(&mut self, n: &str) -> u16 {
        if let Some(i) = self.names.iter().position(|k| &**k == n) {
            return i as u16;
        }
        self.names.push(n.into());
        (self.names.len() - 1) as u16
    }

    /// Appends an instruction and returns its index.
    pub fn emit(&mut self, i: Instr) -> usize {
        self.instrs.push(i);
        self.code.positions.push(Position {
            line: self.line,
            end_line: self.line,
            col: None,
            end_col: None,
        });
        self.instrs.len() - 1
    }

    /// Appends an instruction with an explicit source position and returns its index.
    pub fn emit_at(&mut self, i: Instr, pos: Position) -> usize {
        self.instrs.push(i);
        self.code.positions.push(pos);
        self.instrs.len() - 1
    }

    /// Makes the jump instruction at `at` target label `l` (patched at build time).
    pub fn fixup(&mut self, at: usize, l: Label) {
        self.fixups.push((at, l));
    }

    /// Registers an exception handler for the instructions `start..end` (indices).
    pub fn handler_at(&mut self, start: usize, end: usize, handler: Label, exc_reg: u8) {
        self.ranges.push((start, end, handler, exc_reg));
    }

    /// Records that `name` lives in register `reg` while instructions `start..end` run (an
    /// inlined comprehension's variable, see [`CompLocal`]).
    pub fn comp_local(&mut self, name: Rc<str>, reg: u8, cell: bool, start: usize, end: usize) {
        let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
            return;
        };
        self.comp_locals.push(CompLocal {
            name,
            reg,
            cell,
            start,
            end,
        });
    }

    /// Number of constants so far.
    pub fn constants_len(&self) -> usize {
        self.constants.len()
    }

    /// Number of names so far.
    pub fn names_len(&self) -> usize {
        self.names.len()
    }

    /// Whether a `SetupAnnotations` was emitted.
    pub fn has_setup_annotations(&self) -> bool {
        self.instrs
            .iter()
            .any(|i| matches!(i, Instr::SetupAnnotations))
    }

    /// Sets `co_flags` in place.
    pub fn set_flags(&mut self, f: u32) {
        self.code.flags = f;
    }

    /// Sets the argument counts in place.
    pub fn set_args(&mut self, argcount: u32, posonly: u32, kwonly: u32) {
        self.code.argcount = argcount;
        self.code.posonlyargcount = posonly;
        self.code.kwonlyargcount = kwonly;
    }

    /// Index the next instruction will have.
    pub fn here(&self) -> usize {
        self.instrs.len()
    }

    /// A new, unbound label.
    pub fn label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() - 1)
    }

    /// Binds `l` to the next instruction.
    pub fn bind(&mut self, l: Label) {
        if let Some(slot) = self.labels.get_mut(l.0) {
            *slot = Some(self.instrs.len());
        }
    }

    /// Emits a jump-carrying instruction whose target is `l` (patched at build time).
    pub fn emit_jump(&mut self, i: Instr, l: Label) -> usize {
        let at = self.emit(i);
        self.fixups.push((at, l));
        at
    }

    /// Registers an exception handler covering instructions from label `start` up to `end`.
    pub fn handler(&mut self, start: Label, end: Label, handler: Label, exc_reg: u8) {
        self.handlers.push((start, end, handler, exc_reg));
    }

    fn resolve(&self, l: Label) -> Result<usize, BuildError> {
        self.labels
            .get(l.0)
            .copied()
            .flatten()
            .ok_or(BuildError::UnboundLabel)
    }

    /// Finishes the code object, patching jumps.
    pub fn build(mut self) -> Result<CodeObject, BuildError> {
        for &(at, l) in &self.fixups {
            let t = self.resolve(l)?;
            let t = u16::try_from(t).map_err(|_| BuildError::TooLarge("jump target"))?;
            if let Some(slot) = self.instrs.get_mut(at) {
                *slot = slot.with_target(t);
            }
        }
        thread_jumps(&mut self.instrs);
        let mut table = Vec::new();
        for &(s, e, h, r) in &self.ranges {
            table.push(ExceptionEntry {
                start: s as u32,
                end: e as u32,
                handler: self.resolve(h)? as u32,
                exc_reg: r,
            });
        }
        for &(s, e, h, r) in &self.handlers {
            table.push(ExceptionEntry {
                start: self.resolve(s)? as u32,
                end: self.resolve(e)? as u32,
                handler: self.resolve(h)? as u32,
                exc_reg: r,
            });
        }
        if self.instrs.len() > usize::from(u16::MAX) + 1 {
            return Err(BuildError::TooLarge("instructions"));
        }
        if self.constants.len() > usize::from(u16::MAX) + 1 {
            return Err(BuildError::TooLarge("constants"));
        }
        if self.names.len() > usize::from(u16::MAX) + 1 {
            return Err(BuildError::TooLarge("names"));
        }
        self.code.instructions = self.instrs.into_boxed_slice();
        self.code.constants = self.constants.into_boxed_slice();
        self.code.names = self.names.into_boxed_slice();
        self.code.exception_table = table.into_boxed_slice();
        // Stable: entries of one comprehension keep their order.
        self.comp_locals.sort_by_key(|c| c.start);
        self.code.comp_locals = self.comp_locals.into_boxed_slice();
        Ok(self.code)
    }
}

/// Jump threading: a jump whose target is an unconditional `Jump` goes straight to that
/// jump's target (as CPython's optimizer does), so `if`/`else` at the end of a loop body costs
/// one jump, not two. Instructions are only retargeted, never removed, so indices (positions,
/// exception table) stay valid.
fn thread_jumps(instrs: &mut [Instr]) {
    for i in 0..instrs.len() {
        let Some(mut t) = instrs.get(i).and_then(Instr::jump_target) else {
            continue;
        };
        // follow chains of unconditional jumps, with a bound against cycles (`while True: pass`)
        for _ in 0..8 {
            match instrs.get(usize::from(t)) {
                Some(Instr::Jump { target }) if *target != t => t = *target,
                _ => break,
            }
        }
        if let Some(slot) = instrs.get_mut(i) {
            *slot = slot.with_target(t);
        }
    }
}

/// Constant identity for deduplication: like `==` but `0.0` and `-0.0`, `1` and `True`, differ.
fn const_same(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Code(x), Constant::Code(y)) => Rc::ptr_eq(x, y),
        (Constant::Tuple(_), _) | (Constant::FrozenSet(_), _) | (Constant::Complex { .. }, _) => {
            false
        }
        _ => std::mem::discriminant(a) == std::mem::discriminant(b) && a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip() {
        let mut t = PositionTable::default();
        let ps = [
            Position {
                line: Some(3),
                end_line: Some(4),
                col: Some(0),
                end_col: Some(7),
            },
            Position::default(),
            Position {
                line: Some(1),
                end_line: Some(1),
                col: Some(300),
                end_col: None,
            },
            Position {
                line: Some(100_000),
                end_line: Some(100_000),
                col: None,
                end_col: None,
            },
        ];
        for p in ps {
            t.push(p);
        }
        assert_eq!(t.iter().collect::<Vec<_>>(), ps.to_vec());
        assert_eq!(t.get(2), Some(ps[2]));
        assert_eq!(t.get(4), None);
    }

    #[test]
    fn builder_patches_labels_and_dedups() {
        let mut b = CodeBuilder::new("f", "<test>").locals(&["x"], 2);
        let top = b.label();
        let end = b.label();
        b.bind(top);
        b.emit_jump(Instr::JumpIfFalse { cond: 0, target: 0 }, end);
        b.emit_jump(Instr::Jump { target: 0 }, top);
        b.bind(end);
        b.emit(Instr::Return { src: 0 });
        assert_eq!(b.constant(Constant::Int(1)), 0);
        assert_eq!(b.constant(Constant::Bool(true)), 1);
        assert_eq!(b.constant(Constant::Int(1)), 0);
        assert_eq!(b.name("a"), 0);
        assert_eq!(b.name("a"), 0);
        let code = b.build().expect("build");
        assert_eq!(
            &code.instructions[..2],
            &[
                Instr::JumpIfFalse { cond: 0, target: 2 },
                Instr::Jump { target: 0 }
            ]
        );
        assert_eq!(code.line_of(1), Some(1));
    }

    #[test]
    fn unbound_label_is_an_error() {
        let mut b = CodeBuilder::new("f", "<test>");
        let l = b.label();
        b.emit_jump(Instr::Jump { target: 0 }, l);
        assert_eq!(b.build().err(), Some(BuildError::UnboundLabel));
    }
}
