//! Reading marshal data of any version (0–4) into a [`Heap`].
//!
//! This follows CPython's `r_object` step by step, because its quirks are observable: which
//! objects register in the reference table and *when* (pre-order; code objects and frozensets
//! reserve a slot that stays invalid until they are complete), which error wins when several
//! apply, that a `TYPE_NULL` in a dict's value position silently ends the dict, and that the
//! depth counter counts scalars too.

use std::collections::HashSet;

use num_bigint::{BigInt, BigUint, Sign};

use crate::code::{Code, CodeLayout, CpythonCode, PythonVersion};
use crate::error::{Error, ErrorKind};
use crate::pystr::PyStr;
use crate::types::*;
use crate::value::{Heap, ObjId, Value};
use crate::MAX_DEPTH;

/// How to read marshal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadOptions {
    /// The CPython version whose code-object layout `TYPE_CODE` follows. A `.pyc` reader takes
    /// it from the magic number; plain data does not care.
    pub version: PythonVersion,
    /// Whether code objects are allowed (CPython 3.13's `allow_code`).
    pub allow_code: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            version: PythonVersion::V3_12,
            allow_code: true,
        }
    }
}

/// The result of a load: the heap, the id of the object read, and how many bytes it took
/// (`marshal.loads` ignores whatever follows; `marshal.load` leaves the file there).
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// Every object read, plus the singletons.
    pub heap: Heap,
    /// The top-level object.
    pub root: ObjId,
    /// Bytes consumed from the input.
    pub consumed: usize,
}

/// Reads one object with the default options (code objects in CPython 3.12's layout).
pub fn loads(data: &[u8]) -> Result<Loaded, Error> {
    loads_with(data, &LoadOptions::default())
}

/// Reads one object.
pub fn loads_with(data: &[u8], options: &LoadOptions) -> Result<Loaded, Error> {
    let mut r = Reader {
        data,
        pos: 0,
        heap: Heap::new(),
        refs: Vec::new(),
        options: *options,
        hashable_tuples: HashSet::new(),
    };
    let root = match r.object() {
        Ok(Some(id)) => id,
        Ok(None) => return Err(r.err(ErrorKind::NullObject("object"))),
        Err(e) => return Err(e),
    };
    Ok(Loaded {
        heap: r.heap,
        root,
        consumed: r.pos,
    })
}

/// A reference-table slot: `None` while a code object or frozenset is being read.
type RefSlot = Option<ObjId>;

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    heap: Heap,
    refs: Vec<RefSlot>,
    options: LoadOptions,
    /// Tuples already known to be hashable (see `check_hashable`).
    hashable_tuples: HashSet<ObjId>,
}

const SIZE32_MAX: i64 = 0x7FFF_FFFF;

impl Reader<'_> {
    fn err(&self, kind: ErrorKind) -> Error {
        Error::new(kind, self.pos)
    }

    fn bytes(&mut self, n: usize) -> Result<&[u8], Error> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| self.err(ErrorKind::TooShort))?;
        let out = &self.data[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn byte(&mut self) -> Option<u8> {
        let b = self.data.get(self.pos).copied()?;
        self.pos += 1;
        Some(b)
    }

    fn long(&mut self) -> Result<i32, Error> {
        let b = self.bytes(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn short(&mut self) -> Result<i16, Error> {
        let b = self.bytes(2)?;
        Ok(i16::from_le_bytes([b[0], b[1]]))
    }

    fn f64(&mut self) -> Result<f64, Error> {
        let b = self.bytes(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    /// A length: `long`, rejected when negative (CPython's "X size out of range").
    fn size(&mut self, what: &'static str) -> Result<usize, Error> {
        let n = i64::from(self.long()?);
        if !(0..=SIZE32_MAX).contains(&n) {
            return Err(self.err(ErrorKind::SizeOutOfRange(what)));
        }
        Ok(n as usize)
    }

    /// Reserves a reference slot (code objects and frozensets) when `flag` is set.
    fn reserve(&mut self, flag: bool) -> Result<Option<usize>, Error> {
        if !flag {
            return Ok(None);
        }
        if self.refs.len() >= 0x7FFF_FFFE {
            return Err(self.err(ErrorKind::IndexListTooLarge));
        }
        self.refs.push(None);
        Ok(Some(self.refs.len() - 1))
    }

    /// Registers a finished (or, for containers, just created) object.
    fn register(&mut self, flag: bool, id: ObjId) -> Result<(), Error> {
        if flag {
            if self.refs.len() >= 0x7FFF_FFFE {
                return Err(self.err(ErrorKind::IndexListTooLarge));
            }
            self.refs.push(Some(id));
            self.heap.mark_flagged(id);
        }
        Ok(())
    }

    fn fill(&mut self, slot: Option<usize>, id: ObjId) {
        if let Some(i) = slot {
            if let Some(s) = self.refs.get_mut(i) {
                *s = Some(id);
            }
            self.heap.mark_flagged(id);
        }
    }

    /// Reads one object; `Ok(None)` is `TYPE_NULL`.
    ///
    /// Containers do not recurse on the Rust stack: an explicit stack of [`Frame`]s holds the
    /// containers being filled, so 2000 levels of nesting need no more than a few hundred
    /// bytes of Rust stack per call, on any thread.
    fn object(&mut self) -> Result<Option<ObjId>, Error> {
        let mut stack: Vec<Frame> = Vec::new();
        loop {
            let Some(code) = self.byte() else {
                return Err(self.err(ErrorKind::EofWhereObjectExpected));
            };
            // CPython's depth counter: this object plus every container around it.
            if stack.len() + 1 > MAX_DEPTH {
                return Err(self.err(ErrorKind::RecursionLimit));
            }
            let mut result = match self.start(code)? {
                Start::Done(v) => v,
                Start::Open(frame) => {
                    stack.push(frame);
                    continue;
                }
            };
            // Hand the finished object to the innermost open container, closing containers
            // as they fill up.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(result);
                };
                match self.accept(top, result)? {
                    None => break,
                    Some(done) => {
                        stack.pop();
                        result = Some(done);
                    }
                }
            }
        }
    }

    fn scalar(&mut self, flag: bool, value: Value) -> Result<Start, Error> {
        let id = self.heap.add(value);
        self.register(flag, id)?;
        Ok(Start::Done(Some(id)))
    }

    /// Reads a type byte's payload: a whole scalar, or the head of a container.
    fn start(&mut self, code: u8) -> Result<Start, Error> {
        let flag = code & FLAG_REF != 0;
        let ty = code & !FLAG_REF;
        match ty {
            TYPE_NULL => Ok(Start::Done(None)),
            TYPE_NONE => Ok(Start::Done(Some(ObjId::NONE))),
            TYPE_STOPITER => Ok(Start::Done(Some(ObjId::STOP_ITERATION))),
            TYPE_ELLIPSIS => Ok(Start::Done(Some(ObjId::ELLIPSIS))),
            TYPE_FALSE => Ok(Start::Done(Some(ObjId::FALSE))),
            TYPE_TRUE => Ok(Start::Done(Some(ObjId::TRUE))),
            TYPE_INT => {
                let n = self.long()?;
                self.scalar(flag, Value::Int(i64::from(n)))
            }
            TYPE_INT64 => {
                let b = self.bytes(8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(b);
                self.scalar(flag, Value::Int(i64::from_le_bytes(a)))
            }
            TYPE_LONG => {
                let v = self.long_value()?;
                self.scalar(flag, v)
            }
            TYPE_FLOAT => {
                let f = self.text_float()?;
                self.scalar(flag, Value::Float(f))
            }
            TYPE_BINARY_FLOAT => {
                let f = self.f64()?;
                self.scalar(flag, Value::Float(f))
            }
            TYPE_COMPLEX => {
                let re = self.text_float()?;
                let im = self.text_float()?;
                self.scalar(flag, Value::Complex { re, im })
            }
            TYPE_BINARY_COMPLEX => {
                let re = self.f64()?;
                let im = self.f64()?;
                self.scalar(flag, Value::Complex { re, im })
            }
            TYPE_STRING => {
                let n = self.size("bytes object")?;
                let b = self.bytes(n)?.to_vec();
                self.scalar(flag, Value::Bytes(b))
            }
            TYPE_UNICODE | TYPE_INTERNED => {
                let n = self.size("string")?;
                let start = self.pos;
                let raw = self.bytes(n)?;
                let s = PyStr::from_utf8_surrogatepass(raw, ty == TYPE_INTERNED).map_err(|e| {
                    Error::new(
                        ErrorKind::UnicodeDecode {
                            byte: e.byte,
                            position: e.position,
                            reason: e.reason,
                        },
                        start + e.position,
                    )
                })?;
                self.scalar(flag, Value::Str(s))
            }
            TYPE_ASCII | TYPE_ASCII_INTERNED => {
                let n = self.size("string")?;
                let raw = self.bytes(n)?;
                let s = PyStr::from_latin1(raw, ty == TYPE_ASCII_INTERNED);
                self.scalar(flag, Value::Str(s))
            }
            TYPE_SHORT_ASCII | TYPE_SHORT_ASCII_INTERNED => {
                let Some(n) = self.byte() else {
                    return Err(self.err(ErrorKind::EofNotExpected));
                };
                let raw = self.bytes(usize::from(n))?;
                let s = PyStr::from_latin1(raw, ty == TYPE_SHORT_ASCII_INTERNED);
                self.scalar(flag, Value::Str(s))
            }
            TYPE_TUPLE | TYPE_SMALL_TUPLE => {
                let n = if ty == TYPE_SMALL_TUPLE {
                    match self.byte() {
                        Some(n) => usize::from(n),
                        None => return Err(self.err(ErrorKind::EofNotExpected)),
                    }
                } else {
                    self.size("tuple")?
                };
                self.open_seq(flag, n, SeqKind::Tuple)
            }
            TYPE_LIST => {
                let n = self.size("list")?;
                self.open_seq(flag, n, SeqKind::List)
            }
            TYPE_SET | TYPE_FROZENSET => {
                let n = self.size("set")?;
                if n == 0 && ty == TYPE_FROZENSET {
                    return self.scalar(flag, Value::FrozenSet(Vec::new()));
                }
                let kind = if ty == TYPE_SET {
                    SeqKind::Set
                } else {
                    SeqKind::FrozenSet
                };
                self.open_seq(flag, n, kind)
            }
            TYPE_DICT => {
                let id = self.heap.add(Value::Dict(Vec::new()));
                self.register(flag, id)?;
                Ok(Start::Open(Frame::Dict {
                    id,
                    pairs: Vec::new(),
                    key: None,
                }))
            }
            TYPE_CODE => self.open_code(flag),
            TYPE_REF => {
                let n = self.long()?;
                let slot = usize::try_from(n)
                    .ok()
                    .and_then(|i| self.refs.get(i))
                    .copied();
                match slot {
                    Some(Some(id)) => Ok(Start::Done(Some(id))),
                    _ => Err(self.err(ErrorKind::InvalidReference)),
                }
            }
            _ => Err(Error::new(
                ErrorKind::UnknownTypeCode(code),
                self.pos.saturating_sub(1),
            )),
        }
    }

    fn open_seq(&mut self, flag: bool, n: usize, kind: SeqKind) -> Result<Start, Error> {
        // Tuples, lists and sets register before their elements (a back-reference from inside
        // gets the container itself; it only keeps the id, so contents can be stored once
        // complete). Frozensets only reserve a slot, which stays invalid until they are done.
        let (id, slot) = if kind == SeqKind::FrozenSet {
            (None, self.reserve(flag)?)
        } else {
            let id = self.heap.add(kind.make(Vec::new()));
            self.register(flag, id)?;
            (Some(id), None)
        };
        if n == 0 {
            return Ok(Start::Done(id));
        }
        // Every element takes at least one byte: never trust `n` for the allocation.
        let cap = n.min(self.data.len().saturating_sub(self.pos));
        Ok(Start::Open(Frame::Seq {
            id,
            slot,
            kind,
            remaining: n,
            items: Vec::with_capacity(cap),
        }))
    }

    fn open_code(&mut self, flag: bool) -> Result<Start, Error> {
        if !self.options.allow_code {
            return Err(self.err(ErrorKind::CodeDisallowed));
        }
        let slot = self.reserve(flag)?;
        let version = self.options.version;
        let layout = version.layout();
        let argcount = self.long()?;
        let posonlyargcount = if layout == CodeLayout::A {
            0
        } else {
            self.long()?
        };
        let kwonlyargcount = self.long()?;
        let stored_nlocals = if layout == CodeLayout::C {
            None
        } else {
            Some(self.long()?)
        };
        let stacksize = self.long()?;
        let flags = self.long()? as u32;
        Ok(Start::Open(Frame::Code(Box::new(CodeFrame {
            slot,
            version,
            ints: [
                argcount,
                posonlyargcount,
                kwonlyargcount,
                stacksize,
                flags as i32,
                0,
            ],
            stored_nlocals,
            fields: Vec::with_capacity(10),
        }))))
    }

    /// Gives a finished object (or NULL) to the innermost open container. Returns the
    /// container's id when it is complete.
    fn accept(&mut self, frame: &mut Frame, item: Option<ObjId>) -> Result<Option<ObjId>, Error> {
        match frame {
            Frame::Seq {
                id,
                slot,
                kind,
                remaining,
                items,
            } => {
                let Some(item) = item else {
                    return Err(self.err(ErrorKind::NullObject(kind.name())));
                };
                if matches!(kind, SeqKind::Set | SeqKind::FrozenSet) {
                    self.check_hashable(item)?;
                }
                items.push(item);
                *remaining -= 1;
                if *remaining > 0 {
                    return Ok(None);
                }
                let value = kind.make(std::mem::take(items));
                let done = match id {
                    Some(id) => {
                        self.heap.set(*id, value);
                        *id
                    }
                    None => {
                        let id = self.heap.add(value);
                        self.fill(*slot, id);
                        id
                    }
                };
                Ok(Some(done))
            }
            Frame::Dict { id, pairs, key } => {
                // A NULL key ends the dict; so does a NULL value (a CPython quirk).
                let Some(item) = item else {
                    self.heap.set(*id, Value::Dict(std::mem::take(pairs)));
                    return Ok(Some(*id));
                };
                match key.take() {
                    None => *key = Some(item),
                    Some(k) => {
                        self.check_hashable(k)?;
                        pairs.push((k, item));
                    }
                }
                Ok(None)
            }
            Frame::Code(code) => {
                let Some(item) = item else {
                    return Err(self.err(ErrorKind::NullObject("object")));
                };
                code.fields.push(item);
                if code.fields.len() == 8 {
                    // `co_firstlineno` is a raw long between the name(s) and the line table.
                    code.ints[5] = self.long()?;
                }
                let total = if code.version.layout() == CodeLayout::C {
                    10
                } else {
                    9
                };
                if code.fields.len() < total {
                    return Ok(None);
                }
                let c = code.build();
                let id = self.heap.add(Value::Code(Box::new(Code::CPython(c))));
                self.fill(code.slot, id);
                Ok(Some(id))
            }
        }
    }

    /// CPython inserts keys and elements into real dicts and sets, so unhashable ones fail.
    ///
    /// Tuples found hashable are remembered: the same tuple used as a key many times (through
    /// references) is checked once, so the check stays linear in the input.
    fn check_hashable(&mut self, id: ObjId) -> Result<(), Error> {
        fn unhashable(
            heap: &Heap,
            id: ObjId,
            depth: usize,
            known: &mut HashSet<ObjId>,
        ) -> Option<&'static str> {
            match heap.get(id)? {
                v @ (Value::List(_) | Value::Dict(_) | Value::Set(_)) => Some(v.type_name()),
                Value::Tuple(items) if depth < MAX_DEPTH && !known.contains(&id) => {
                    let bad = items
                        .iter()
                        .find_map(|&i| unhashable(heap, i, depth + 1, known));
                    if bad.is_none() {
                        known.insert(id);
                    }
                    bad
                }
                _ => None,
            }
        }
        match unhashable(&self.heap, id, 0, &mut self.hashable_tuples) {
            Some(name) => Err(self.err(ErrorKind::Unhashable(name))),
            None => Ok(()),
        }
    }

    fn long_value(&mut self) -> Result<Value, Error> {
        let n = i64::from(self.long()?);
        if !(-SIZE32_MAX..=SIZE32_MAX).contains(&n) {
            return Err(self.err(ErrorKind::SizeOutOfRange("long")));
        }
        let count = n.unsigned_abs() as usize;
        let mut digits: Vec<u16> = Vec::with_capacity(count.min(self.data.len() / 2));
        for i in 0..count {
            let d = self.short()?;
            if d < 0 {
                return Err(self.err(ErrorKind::DigitOutOfRange));
            }
            if d == 0 && i + 1 == count {
                return Err(self.err(ErrorKind::UnnormalizedLong));
            }
            digits.push(d as u16);
        }
        let mag = digits_to_biguint(&digits);
        let sign = if n < 0 { Sign::Minus } else { Sign::Plus };
        let big = BigInt::from_biguint(sign, mag);
        Ok(match i64::try_from(&big) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(big),
        })
    }

    /// A version 0/1 float: a length byte and ASCII text.
    fn text_float(&mut self) -> Result<f64, Error> {
        let Some(n) = self.byte() else {
            return Err(self.err(ErrorKind::EofNotExpected));
        };
        let raw = self.bytes(usize::from(n))?;
        // CPython copies into a C string: text after a NUL is ignored.
        let text_bytes = raw.split(|&b| b == 0).next().unwrap_or(&[]);
        let text: String = text_bytes.iter().map(|&b| char::from(b)).collect();
        parse_float_text(&text)
            .ok_or_else(|| self.err(ErrorKind::BadFloatText(format!("'{text}'"))))
    }
}

/// What reading a type byte produced.
enum Start {
    /// A complete object (or `TYPE_NULL`).
    Done(Option<ObjId>),
    /// A container whose elements follow.
    Open(Frame),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    Tuple,
    List,
    Set,
    FrozenSet,
}

impl SeqKind {
    fn make(self, items: Vec<ObjId>) -> Value {
        match self {
            SeqKind::Tuple => Value::Tuple(items),
            SeqKind::List => Value::List(items),
            SeqKind::Set => Value::Set(items),
            SeqKind::FrozenSet => Value::FrozenSet(items),
        }
    }

    /// The container name in CPython's "NULL object in marshal data for X".
    fn name(self) -> &'static str {
        match self {
            SeqKind::Tuple => "tuple",
            SeqKind::List => "list",
            SeqKind::Set | SeqKind::FrozenSet => "set",
        }
    }
}

/// A container being read.
enum Frame {
    /// A tuple, list, set or frozenset with `remaining` elements still to come.
    Seq {
        /// The registered container (None for a frozenset, created when complete).
        id: Option<ObjId>,
        /// The frozenset's reserved reference slot.
        slot: Option<usize>,
        kind: SeqKind,
        remaining: usize,
        items: Vec<ObjId>,
    },
    /// A dict; `key` holds a key whose value has not been read yet.
    Dict {
        id: ObjId,
        pairs: Vec<(ObjId, ObjId)>,
        key: Option<ObjId>,
    },
    /// A code object whose object fields are being read.
    Code(Box<CodeFrame>),
}

struct CodeFrame {
    slot: Option<usize>,
    version: PythonVersion,
    /// argcount, posonlyargcount, kwonlyargcount, stacksize, flags, firstlineno.
    ints: [i32; 6],
    stored_nlocals: Option<i32>,
    /// The object fields in file order.
    fields: Vec<ObjId>,
}

impl CodeFrame {
    fn build(&self) -> CpythonCode {
        let f = |i: usize| self.fields.get(i).copied().unwrap_or(ObjId::NONE);
        let c = self.version.layout() == CodeLayout::C;
        CpythonCode {
            version: self.version,
            argcount: self.ints[0],
            posonlyargcount: self.ints[1],
            kwonlyargcount: self.ints[2],
            stored_nlocals: self.stored_nlocals,
            stacksize: self.ints[3],
            flags: self.ints[4] as u32,
            firstlineno: self.ints[5],
            code: f(0),
            consts: f(1),
            names: f(2),
            varnames_or_localsplus: f(3),
            localspluskinds: c.then(|| f(4)),
            freevars: (!c).then(|| f(4)),
            cellvars: (!c).then(|| f(5)),
            filename: if c { f(5) } else { f(6) },
            name: if c { f(6) } else { f(7) },
            qualname: c.then(|| f(7)),
            linetable: f(8),
            exceptiontable: c.then(|| f(9)),
        }
    }
}

/// Packs little-endian base-2^15 digits into a `BigUint`.
pub(crate) fn digits_to_biguint(digits: &[u16]) -> BigUint {
    let mut words: Vec<u32> = Vec::with_capacity(digits.len() / 2 + 1);
    let mut acc: u64 = 0;
    let mut bits = 0u32;
    for &d in digits {
        acc |= u64::from(d & 0x7FFF) << bits;
        bits += 15;
        if bits >= 32 {
            words.push(acc as u32);
            acc >>= 32;
            bits -= 32;
        }
    }
    if bits > 0 {
        words.push(acc as u32);
    }
    BigUint::new(words)
}

/// Parses float text the way `PyOS_string_to_double` does for marshal (whole string, no
/// whitespace or underscores; `inf`, `nan`, `infinity` in any case, with a sign).
fn parse_float_text(text: &str) -> Option<f64> {
    let valid_chars = text
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    if text.is_empty() || !valid_chars {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(if sign < 0.0 { -f64::NAN } else { f64::NAN }),
        _ => {}
    }
    if !body.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
        return None;
    }
    body.parse::<f64>().ok().map(|f| sign * f)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_err(data: &[u8]) -> String {
        match loads(data) {
            Ok(v) => panic!("loaded {:?}", v.heap[v.root]),
            Err(e) => format!("{}: {}", e.python_type(), e),
        }
    }

    #[test]
    fn cpython_error_table() {
        // The table of section 3.6 of the pyc spec.
        assert_eq!(load_err(b""), "EOFError: EOF read where object expected");
        assert_eq!(load_err(b"i\x01"), "EOFError: marshal data too short");
        assert_eq!(load_err(b"z\x05ab"), "EOFError: marshal data too short");
        for bad in [&b"?"[..], b"\x00", b"Q", b":NNN"] {
            assert_eq!(
                load_err(bad),
                "ValueError: bad marshal data (unknown type code)"
            );
        }
        assert_eq!(
            load_err(b"0"),
            "TypeError: NULL object in marshal data for object"
        );
        assert_eq!(
            load_err(b")\x010"),
            "TypeError: NULL object in marshal data for tuple"
        );
        assert_eq!(
            load_err(b"[\x01\x00\x00\x000"),
            "TypeError: NULL object in marshal data for list"
        );
        assert_eq!(
            load_err(b"<\x01\x00\x00\x000"),
            "TypeError: NULL object in marshal data for set"
        );
        assert_eq!(
            load_err(b"r\x00\x00\x00\x00"),
            "ValueError: bad marshal data (invalid reference)"
        );
        assert_eq!(
            load_err(b"(\xff\xff\xff\xff"),
            "ValueError: bad marshal data (tuple size out of range)"
        );
        assert_eq!(load_err(b"{N"), "EOFError: EOF read where object expected");
        assert_eq!(
            load_err(b"l\x01\x00\x00\x00\x00\x00"),
            "ValueError: bad marshal data (unnormalized long data)"
        );
        assert_eq!(
            load_err(b"l\x01\x00\x00\x00\x00\x80"),
            "ValueError: bad marshal data (digit out of range in long)"
        );
        assert_eq!(
            load_err(b"{[\x00\x00\x00\x00N0"),
            "TypeError: unhashable type: 'list'"
        );
        assert_eq!(
            load_err(b"u\x01\x00\x00\x00\xff"),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
    }

    #[test]
    fn truncations_match_cpython_312() {
        // Recorded with CPython 3.12.1.
        for (data, want) in [
            (&b"z"[..], "EOFError: EOF read where not expected"),
            (b")", "EOFError: EOF read where not expected"),
            (b"f", "EOFError: EOF read where not expected"),
            (b"(", "EOFError: marshal data too short"),
            (
                b"(\x01\x00\x00\x00",
                "EOFError: EOF read where object expected",
            ),
            (b"f\x05ab", "EOFError: marshal data too short"),
            (
                b"l\x02\x00\x00\x00\x01\x00",
                "EOFError: marshal data too short",
            ),
            (b"r\x00", "EOFError: marshal data too short"),
            (b"c", "EOFError: marshal data too short"),
            (b"{", "EOFError: EOF read where object expected"),
            (
                b"<\x02\x00\x00\x00[\x00\x00\x00\x00",
                "TypeError: unhashable type: 'list'",
            ),
            (
                b"\xbc\x01\x00\x00\x00r\x00\x00\x00\x00",
                "TypeError: unhashable type: 'set'",
            ),
            (
                b"f\x04 1.5",
                "ValueError: could not convert string to float: ' 1.5'",
            ),
            (
                b"f\x031_0",
                "ValueError: could not convert string to float: '1_0'",
            ),
            (
                b"f\x00",
                "ValueError: could not convert string to float: ''",
            ),
        ] {
            assert_eq!(load_err(data), want, "{data:?}");
        }
        for (data, want) in [
            (&b"f\x03nan"[..], "nan"),
            (b"f\x04-inf", "-inf"),
            (b"f\x02.5", "0.5"),
            (b"f\x021.", "1.0"),
            (b"f\x031e5", "100000.0"),
            (b"f\x051\x00abc", "1.0"),
            (b"u\x03\x00\x00\x00\xed\xa0\x80", "'\\ud800'"),
        ] {
            let l = loads(data).unwrap();
            assert_eq!(crate::repr(&l.heap, l.root), want);
        }
    }

    #[test]
    fn null_in_dict_value_ends_dict() {
        let l = loads(b"{N0").unwrap();
        assert_eq!(l.heap[l.root], Value::Dict(vec![]));
    }

    #[test]
    fn self_containing_tuple() {
        let l = loads(b"\xa9\x01r\x00\x00\x00\x00").unwrap();
        assert_eq!(l.heap[l.root], Value::Tuple(vec![l.root]));
    }

    #[test]
    fn flagged_none_does_not_register() {
        assert_eq!(
            load_err(b")\x02\xcer\x00\x00\x00\x00"),
            "ValueError: bad marshal data (invalid reference)"
        );
    }

    #[test]
    fn frozenset_placeholder_is_invalid_reference() {
        assert_eq!(
            load_err(b"\xbe\x01\x00\x00\x00r\x00\x00\x00\x00"),
            "ValueError: bad marshal data (invalid reference)"
        );
    }

    #[test]
    fn depth_limit_is_2000_levels() {
        let mut ok = b")\x01".repeat(1999);
        ok.push(b'N');
        assert!(loads(&ok).is_ok());
        let mut bad = b")\x01".repeat(2000);
        bad.push(b'N');
        assert_eq!(load_err(&bad), "ValueError: recursion limit exceeded");
    }

    #[test]
    fn longs_and_text_floats() {
        let l = loads(b"\xec\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00").unwrap();
        assert_eq!(l.heap[l.root], Value::Int(1 << 31));
        let l = loads(b"\xec\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04").unwrap();
        assert_eq!(l.heap[l.root], Value::BigInt(BigInt::from(1) << 70));
        let l = loads(b"l\x00\x00\x00\x00").unwrap();
        assert_eq!(l.heap[l.root], Value::Int(0));
        let l = loads(b"f\x031.5").unwrap();
        assert_eq!(l.heap[l.root], Value::Float(1.5));
        assert_eq!(
            load_err(b"f\x03abc"),
            "ValueError: could not convert string to float: 'abc'"
        );
        let l = loads(b"z\x01\xff").unwrap();
        assert_eq!(l.heap.as_str(l.root), Some("ÿ"));
    }

    #[test]
    fn shared_key_tuple_is_checked_once() {
        // A 100000-element tuple used as the key of 100000 dict entries through references:
        // quadratic without remembering that the tuple is hashable.
        let mut data = b"\xa8\xa0\x86\x01\x00".to_vec();
        data.extend(std::iter::repeat_n(b'N', 100_000));
        let mut outer = b"(\x02\x00\x00\x00".to_vec();
        outer.extend_from_slice(&data);
        outer.push(b'{');
        for _ in 0..100_000 {
            outer.extend_from_slice(b"r\x00\x00\x00\x00N");
        }
        outer.push(b'0');
        let l = loads(&outer).unwrap();
        assert_eq!(l.consumed, outer.len());
    }

    #[test]
    fn exponential_sharing_prints_bounded() {
        // t0 = (), t(k+1) = (tk, tk): 2^40 leaves when expanded.
        // The outermost tuple is written first in marshal, so build it the other way round:
        // read a list whose elements refer to earlier ones.
        let mut list = b"[\x29\x00\x00\x00\xa9\x00".to_vec();
        for k in 0..40u32 {
            list.extend_from_slice(b"\xa9\x02r");
            list.extend_from_slice(&k.to_le_bytes());
            list.push(b'r');
            list.extend_from_slice(&k.to_le_bytes());
        }
        let l = loads(&list).unwrap();
        assert!(crate::repr(&l.heap, l.root).len() < 1 << 26);
        assert!(crate::canonical(&l.heap, l.root).len() < 1 << 26);
    }

    #[test]
    fn trailing_bytes_are_ignored() {
        let l = loads(b"NNN").unwrap();
        assert_eq!(l.consumed, 1);
    }
}
