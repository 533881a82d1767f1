//! pyvm's own code objects in marshal data and `.pyc` files.
//!
//! CPython's `TYPE_CODE` layout describes CPython bytecode; pyvm's register code needs other
//! fields, so a pyvm pyc holds a `TYPE_CODE` (`'c'`) object with a layout of our own, told
//! apart from CPython's by [`MAGIC`] in the PEP 552 header (a pyvm pyc is never handed to a
//! CPython-layout reader, and CPython rejects it by its magic). Leaf values (ints, floats,
//! strings, bytes, ...) are ordinary marshal objects written and read by `pyvm-marshal`, so
//! their encoding, including strings with lone surrogates (`surrogatepass` UTF-8), is
//! CPython's. The containers around them are framed here, because `pyvm-marshal`'s reader
//! only knows CPython's code layouts.
//!
//! # Layout of a pyvm code object
//!
//! `c` (0x63) followed by, in order:
//!
//! 1. `argcount`, `posonlyargcount`, `kwonlyargcount`, `nregisters`, `flags`, `firstlineno`:
//!    six raw little-endian `u32`s (no type byte, as CPython's code fields);
//! 2. instructions: a bytes object (`s` + u32 length + data) of 4-byte little-endian words,
//!    one per instruction: the opcode in the low byte, then the operands packed in declaration
//!    order (`u8` operands one byte, `u16`/`i16` two bytes little-endian), unused bytes zero;
//! 3. constants: a tuple (`(` + u32 count) of constants; leaves are marshal objects, tuples
//!    and frozensets (`(` / `>` + u32 count) are framed here so they may nest code objects;
//!    a code constant is a nested `c` object;
//! 4. `names`, `varnames`, `cellvars`, `freevars`: tuples of str;
//! 5. `filename`, `name`, `qualname`: str;
//! 6. the position table: a bytes object holding, per instruction, four unsigned LEB128
//!    numbers (line, end line, column, end column), each the value + 1, 0 for unknown;
//! 7. the exception table: a bytes object of 13-byte entries (start, end, handler as u32 LE,
//!    then the exception register);
//! 8. the inlined comprehensions' variables: a tuple of their names, then a bytes object of
//!    10-byte entries, one per name (start, end as u32 LE, the register, 1 if it holds a cell).
//!
//! # Validation
//!
//! [`code_from_marshal`] trusts nothing: every opcode, register (direct operands and the
//! register ranges an instruction implies), constant, name and variable index, jump target,
//! exception-table entry and position count is checked, and nesting is bounded by
//! [`MAX_NESTING`], so corrupt or crafted data yields a [`LoadError`], never a panic and never
//! a code object the VM could index out of range with.
//!
//! # Magic number and when it changes
//!
//! CPython has used 20121, 50428, 50823, 60202, 60717 and 62011–62211 (Python 1.5–2.7) and
//! 3000–3700 (3.x, reserved up to 3.16). pyvm uses `0x7C00 + h` (31744–31999), where `h` is a
//! byte of a hash, computed at compile time, of `instr.rs`, `code.rs` and this file: any
//! change to the instruction set, the code object or this encoding changes the magic by
//! itself, so stale pycs are never read by a newer pyvm (a change that alters only comments
//! costs one recompilation of each cached module, which is harmless). A collision among the 256
//! values is possible after an edit; [`FORMAT_VERSION`] is also hashed, and bumping it by hand
//! is the way to force a new magic.

use std::rc::Rc;

use pyvm_marshal::{Heap, ObjId, PyStr, Value};

use crate::code::{
    write_varint, CodeObject, CompLocal, Constant, ExceptionEntry, Position, PositionTable,
};
use crate::instr::{FunctionAttr, Instr};

/// Bumped by hand to force a new [`MAGIC`] (see the module documentation).
const FORMAT_VERSION: u64 = 1;

/// FNV-1a over `bytes`, continuing from `h` (const, so the magic is computed at compile time).
const fn fnv1a(mut h: u64, bytes: &[u8]) -> u64 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
        i += 1;
    }
    h
}

const LAYOUT_HASH: u64 = {
    let h = fnv1a(0xcbf2_9ce4_8422_2325, &FORMAT_VERSION.to_le_bytes());
    let h = fnv1a(h, include_bytes!("instr.rs"));
    let h = fnv1a(h, include_bytes!("code.rs"));
    fnv1a(h, include_bytes!("serialize.rs"))
};

const MAGIC_NUMBER: u16 = 0x7C00 + ((LAYOUT_HASH ^ (LAYOUT_HASH >> 32)) & 0xFF) as u16;

/// The first four bytes of a pyvm pyc: a 16-bit number (little-endian) no CPython uses, then
/// `\r\n` (see the module documentation for how it changes).
pub const MAGIC: [u8; 4] = [
    MAGIC_NUMBER.to_le_bytes()[0],
    MAGIC_NUMBER.to_le_bytes()[1],
    b'\r',
    b'\n',
];

/// `sys.implementation.cache_tag` of pyvm: pycs are named `NAME.pyvm-312.pyc` (no dot, as
/// importlib's `source_from_cache` requires), so they never collide with CPython's.
pub const CACHE_TAG: &str = "pyvm-312";

/// How deeply code objects, tuples and frozensets may nest inside one another.
pub const MAX_NESTING: usize = 400;

/// Why serialized code could not be loaded.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LoadError {
    /// The data ends in the middle of an object.
    #[error("truncated code object data")]
    Truncated,
    /// A marshal leaf value could not be read.
    #[error("bad marshal data ({0})")]
    Marshal(String),
    /// An object of the wrong type, or an unknown type code.
    #[error("bad code object data: {0}")]
    BadType(&'static str),
    /// Objects nest deeper than [`MAX_NESTING`].
    #[error("code object data nested too deeply")]
    TooDeep,
    /// Well-formed data describing a code object the VM must not run.
    #[error("invalid code object: {0}")]
    Invalid(String),
    /// Bytes left over after the top-level code object.
    #[error("trailing data after code object")]
    TrailingData,
}

/// Why a pyc could not be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PycError {
    /// Shorter than the 16-byte header.
    #[error("pyc truncated (header)")]
    Truncated,
    /// Not pyvm's magic number (another pyvm version, or CPython's).
    #[error("bad magic number")]
    BadMagic,
    /// Flags other than 0 (hash-based pycs are not written by pyvm yet).
    #[error("invalid flags {0:#x}")]
    BadFlags(u32),
    /// The source's mtime differs from the one recorded.
    #[error("bytecode is stale (mtime)")]
    StaleMtime,
    /// The source's size differs from the one recorded.
    #[error("bytecode is stale (size)")]
    StaleSize,
    /// The header matched but the body is bad.
    #[error(transparent)]
    BadData(#[from] LoadError),
}

// ---------------------------------------------------------------------------------------------
// Instruction encoding

/// Operand kinds: how an operand is stored and what it must be checked against.
mod kind {
    pub type R = u8; // register
    pub type U = u8; // plain byte (counts, flags)
    pub type NB = u8; // name index, one byte (widened by a preceding Extended)
    pub type K = u16; // constant index
    pub type C = u16; // constant index of a code object
    pub type N = u16; // name index
    pub type V = u16; // varnames index
    pub type T = u16; // jump target
    pub type X = u16; // Extended's argument
    pub type I16 = i16;
    pub type I8 = i8;
    pub type FA = crate::instr::FunctionAttr;
}

struct Enc {
    word: [u8; 4],
    at: usize,
}

impl Enc {
    fn byte(&mut self, b: u8) {
        if let Some(slot) = self.word.get_mut(self.at) {
            *slot = b;
        }
        self.at += 1;
    }
    fn u8(&mut self, v: u8) {
        self.byte(v);
    }
    fn u16(&mut self, v: u16) {
        let [a, b] = v.to_le_bytes();
        self.byte(a);
        self.byte(b);
    }
}

trait Operand: Sized + Copy {
    fn put(self, e: &mut Enc);
    fn get(d: &mut Dec) -> Option<Self>;
}

struct Dec {
    word: [u8; 4],
    at: usize,
}

impl Dec {
    fn u8(&mut self) -> Option<u8> {
        let b = *self.word.get(self.at)?;
        self.at += 1;
        Some(b)
    }
    fn u16(&mut self) -> Option<u16> {
        let a = self.u8()?;
        let b = self.u8()?;
        Some(u16::from_le_bytes([a, b]))
    }
}

impl Operand for u8 {
    fn put(self, e: &mut Enc) {
        e.u8(self);
    }
    fn get(d: &mut Dec) -> Option<Self> {
        d.u8()
    }
}
impl Operand for u16 {
    fn put(self, e: &mut Enc) {
        e.u16(self);
    }
    fn get(d: &mut Dec) -> Option<Self> {
        d.u16()
    }
}
impl Operand for i16 {
    fn put(self, e: &mut Enc) {
        e.u16(self as u16);
    }
    fn get(d: &mut Dec) -> Option<Self> {
        d.u16().map(|v| v as i16)
    }
}
impl Operand for i8 {
    fn put(self, e: &mut Enc) {
        e.u8(self as u8);
    }
    fn get(d: &mut Dec) -> Option<Self> {
        d.u8().map(|v| v as i8)
    }
}
impl Operand for FunctionAttr {
    fn put(self, e: &mut Enc) {
        e.u8(self as u8);
    }
    fn get(d: &mut Dec) -> Option<Self> {
        Some(match d.u8()? {
            0 => FunctionAttr::Defaults,
            1 => FunctionAttr::KwDefaults,
            2 => FunctionAttr::Annotations,
            3 => FunctionAttr::Closure,
            _ => return None,
        })
    }
}

/// What one operand refers to, for validation.
#[derive(Clone, Copy)]
enum Ref {
    Reg(u8),
    Const(u16),
    CodeConst(u16),
    Name(u16),
    NameByte(u8),
    Var(u16),
    Target(u16),
    None,
}

macro_rules! ref_of {
    (R, $v:expr) => {
        Ref::Reg($v)
    };
    (K, $v:expr) => {
        Ref::Const($v)
    };
    (C, $v:expr) => {
        Ref::CodeConst($v)
    };
    (N, $v:expr) => {
        Ref::Name($v)
    };
    (NB, $v:expr) => {
        Ref::NameByte($v)
    };
    (V, $v:expr) => {
        Ref::Var($v)
    };
    (T, $v:expr) => {
        Ref::Target($v)
    };
    ($other:ident, $v:expr) => {{
        let _ = $v;
        Ref::None
    }};
}

macro_rules! instr_table {
    ($( $op:literal $name:ident { $($f:ident : $k:ident),* } )*) => {
        pub(crate) fn encode_instr(i: &Instr) -> [u8; 4] {
            let mut e = Enc { word: [0; 4], at: 1 };
            match *i {
                $( Instr::$name { $($f),* } => {
                    e.word[0] = $op;
                    $( Operand::put($f, &mut e); )*
                } )*
            }
            e.word
        }

        /// Decodes one word; `None` for an unknown opcode, a bad operand or non-zero padding.
        pub(crate) fn decode_instr(word: [u8; 4]) -> Option<Instr> {
            let mut d = Dec { word, at: 1 };
            let instr = match word[0] {
                $( $op => {
                    $( let $f: kind::$k = Operand::get(&mut d)?; )*
                    Instr::$name { $($f),* }
                } )*
                _ => return None,
            };
            if word.iter().skip(d.at).any(|&b| b != 0) {
                return None;
            }
            Some(instr)
        }

        /// Whether `ok` holds for every operand of `i` (with what it refers to), in order,
        /// stopping at the first that fails. A callback, not a list: validation runs once per
        /// instruction of every loaded pyc, and must not allocate.
        fn operands_all(i: &Instr, mut ok: impl FnMut(Ref) -> bool) -> bool {
            match *i {
                $( Instr::$name { $($f),* } => true $( && ok(ref_of!($k, $f)) )*, )*
            }
        }
    };
}

instr_table! {
    0 Nop {}
    1 Extended { arg: X }
    2 Move { dst: R, src: R }
    3 LoadConst { dst: R, idx: K }
    4 LoadInt { dst: R, val: I16 }
    5 LoadNone { dst: R }
    6 LoadTrue { dst: R }
    7 LoadFalse { dst: R }
    8 DeleteFast { reg: R }
    9 CheckBound { reg: R, name: V }
    10 LoadGlobal { dst: R, name: N }
    11 StoreGlobal { src: R, name: N }
    12 DeleteGlobal { name: N }
    13 LoadName { dst: R, name: N }
    14 StoreName { src: R, name: N }
    15 DeleteName { name: N }
    16 MakeCell { reg: R }
    17 CopyFreeVars { first: U, n: U }
    18 LoadDeref { dst: R, cell: R }
    19 StoreDeref { cell: R, src: R }
    20 DeleteDeref { cell: R }
    21 LoadAttr { dst: R, obj: R, name: NB }
    22 StoreAttr { obj: R, name: NB, src: R }
    23 DeleteAttr { obj: R, name: N }
    24 LoadMethod { dst: R, name: N }
    25 Call { dst: R, func: R, argc: U }
    26 CallKw { dst: R, func: R, argc: U }
    27 CallMethod { dst: R, func: R, argc: U }
    28 CallMethodKw { dst: R, func: R, argc: U }
    29 CallEx { dst: R, func: R, haskw: U }
    30 Return { src: R }
    31 Add { dst: R, a: R, b: R }
    32 Sub { dst: R, a: R, b: R }
    33 Mul { dst: R, a: R, b: R }
    34 TrueDiv { dst: R, a: R, b: R }
    35 FloorDiv { dst: R, a: R, b: R }
    36 Mod { dst: R, a: R, b: R }
    37 Pow { dst: R, a: R, b: R }
    38 LShift { dst: R, a: R, b: R }
    39 RShift { dst: R, a: R, b: R }
    40 BitAnd { dst: R, a: R, b: R }
    41 BitOr { dst: R, a: R, b: R }
    42 BitXor { dst: R, a: R, b: R }
    43 MatMul { dst: R, a: R, b: R }
    44 InplaceAdd { dst: R, a: R, b: R }
    45 InplaceSub { dst: R, a: R, b: R }
    46 InplaceMul { dst: R, a: R, b: R }
    47 InplaceTrueDiv { dst: R, a: R, b: R }
    48 InplaceFloorDiv { dst: R, a: R, b: R }
    49 InplaceMod { dst: R, a: R, b: R }
    50 InplacePow { dst: R, a: R, b: R }
    51 InplaceLShift { dst: R, a: R, b: R }
    52 InplaceRShift { dst: R, a: R, b: R }
    53 InplaceBitAnd { dst: R, a: R, b: R }
    54 InplaceBitOr { dst: R, a: R, b: R }
    55 InplaceBitXor { dst: R, a: R, b: R }
    56 InplaceMatMul { dst: R, a: R, b: R }
    57 AddInt { dst: R, a: R, imm: I8 }
    58 SubInt { dst: R, a: R, imm: I8 }
    59 Neg { dst: R, src: R }
    60 Pos { dst: R, src: R }
    61 Invert { dst: R, src: R }
    62 Not { dst: R, src: R }
    63 Lt { dst: R, a: R, b: R }
    64 Le { dst: R, a: R, b: R }
    65 Eq { dst: R, a: R, b: R }
    66 Ne { dst: R, a: R, b: R }
    67 Gt { dst: R, a: R, b: R }
    68 Ge { dst: R, a: R, b: R }
    69 Is { dst: R, a: R, b: R }
    70 IsNot { dst: R, a: R, b: R }
    71 In { dst: R, a: R, b: R }
    72 NotIn { dst: R, a: R, b: R }
    73 JumpIfNotLt { a: R, b: R }
    74 JumpIfNotLe { a: R, b: R }
    75 JumpIfNotGt { a: R, b: R }
    76 JumpIfNotGe { a: R, b: R }
    77 JumpIfNotEq { a: R, b: R }
    78 JumpIfNotNe { a: R, b: R }
    79 Jump { target: T }
    80 JumpIfFalse { cond: R, target: T }
    81 JumpIfTrue { cond: R, target: T }
    82 JumpIfNone { src: R, target: T }
    83 JumpIfNotNone { src: R, target: T }
    84 GetIter { dst: R, src: R }
    85 ForIter { iter: R, target: T }
    86 BuildTuple { dst: R, first: U, n: U }
    87 BuildList { dst: R, first: U, n: U }
    88 BuildSet { dst: R, first: U, n: U }
    89 BuildMap { dst: R, first: U, n: U }
    90 BuildSlice { dst: R, first: U, n: U }
    91 BuildString { dst: R, first: U, n: U }
    92 ListAppend { list: R, src: R }
    93 SetAdd { set: R, src: R }
    94 MapAdd { map: R, key: R }
    95 ListExtend { list: R, src: R }
    96 SetUpdate { set: R, src: R }
    97 DictUpdate { map: R, src: R }
    98 DictMerge { map: R, src: R }
    99 ListToTuple { dst: R, src: R }
    100 Unpack { first: U, n: U, src: R }
    101 UnpackEx { reg: R, before: U, after: U }
    102 Subscript { dst: R, obj: R, key: R }
    103 StoreSubscript { obj: R, key: R, src: R }
    104 DeleteSubscript { obj: R, key: R }
    105 MakeFunction { dst: R, code: C }
    106 SetFunctionAttr { func: R, what: FA, src: R }
    107 LoadBuildClass { dst: R }
    108 Raise { src: R, cause: R, kind: U }
    109 Reraise { src: R }
    110 CheckExcMatch { dst: R, exc: R, ty: R }
    111 PushExcInfo { save: R, exc: R }
    112 PopExcInfo { saved: R }
    113 Yield { dst: R, src: R }
    114 YieldFrom { dst: R, iter: R }
    115 ImportName { dst: R, name: N }
    116 ImportFrom { dst: R, module: R, name: NB }
    117 ImportStar { module: R }
    118 FormatValue { dst: R, src: R, conv: U }
    119 SetupAnnotations {}
    120 PrintExpr { src: R }
    121 LoadAssertionError { dst: R }
    122 GetYieldFromIter { dst: R, src: R }
    123 GetAwaitable { dst: R, src: R, kind: U }
    124 GetAIter { dst: R, src: R }
    125 GetANext { dst: R, src: R }
    126 EndAsyncFor { exc: R }
    127 BeforeWith { exit: R, mgr: R }
    128 BeforeAsyncWith { exit: R, mgr: R }
    129 WithExceptStart { dst: R, exit: R, exc: R }
    130 CheckEgMatch { dst: R, exc: R, ty: R }
    131 PrepReraiseStar { dst: R, orig: R, raised: R }
    132 MatchSequence { dst: R, src: R }
    133 MatchMapping { dst: R, src: R }
    134 GetLen { dst: R, src: R }
    135 MatchKeys { dst: R, subject: R, keys: R }
    136 MatchClass { dst: R, subject: R, cls: R }
    137 CopyDictWithoutKeys { dst: R, subject: R, keys: R }
    138 LoadLocals { dst: R }
    139 CallIntrinsic { dst: R, src: R, which: U }
}

/// One past the highest register `i` reads or writes beyond its direct operands (the windows
/// of calls, builds and unpacks, and the `R[x+1]` conventions of the module table).
fn register_extent(i: &Instr) -> usize {
    let u = usize::from;
    match *i {
        // `first` is checked only through the window: with n = 0 it names no register
        Instr::CopyFreeVars { first, n } if n > 0 => u(first) + u(n),
        Instr::LoadMethod { dst, .. } => u(dst) + 2,
        Instr::Call { func, argc, .. } => u(func) + u(argc) + 1,
        Instr::CallKw { func, argc, .. } => u(func) + u(argc) + 2,
        Instr::CallMethod { func, argc, .. } => u(func) + u(argc) + 2,
        Instr::CallMethodKw { func, argc, .. } => u(func) + u(argc) + 3,
        Instr::CallEx { func, .. } => u(func) + 3,
        Instr::ForIter { iter, .. } => u(iter) + 2,
        Instr::BuildTuple { first, n, .. }
        | Instr::BuildList { first, n, .. }
        | Instr::BuildSet { first, n, .. }
        | Instr::BuildString { first, n, .. }
        | Instr::BuildSlice { first, n, .. }
            if n > 0 =>
        {
            u(first) + u(n)
        }
        Instr::BuildMap { first, n, .. } if n > 0 => u(first) + 2 * u(n),
        Instr::MapAdd { key, .. } => u(key) + 2,
        Instr::Unpack { first, n, .. } if n > 0 => u(first) + u(n),
        Instr::UnpackEx { reg, before, after } => u(reg) + u(before) + u(after) + 1,
        Instr::ImportName { dst, .. } => u(dst) + 2,
        Instr::FormatValue { src, conv, .. } if conv & 4 != 0 => u(src) + 2,
        Instr::BeforeWith { exit, .. } | Instr::BeforeAsyncWith { exit, .. } => u(exit) + 2,
        Instr::MatchClass { cls, .. } => u(cls) + 3,
        _ => 0,
    }
}

// ---------------------------------------------------------------------------------------------
// Writing

const TYPE_CODE: u8 = b'c';
const TYPE_TUPLE: u8 = b'(';
const TYPE_FROZENSET: u8 = b'>';
const TYPE_BYTES: u8 = b's';
// leaves read in place by `Reader::fast_leaf` (marshal's own codes)
const TYPE_NONE: u8 = b'N';
const TYPE_TRUE: u8 = b'T';
const TYPE_FALSE: u8 = b'F';
const TYPE_ELLIPSIS: u8 = b'.';
const TYPE_INT: u8 = b'i';
const TYPE_BINARY_FLOAT: u8 = b'g';
const TYPE_UNICODE: u8 = b'u';
const TYPE_INTERNED: u8 = b't';
const TYPE_ASCII: u8 = b'a';
const TYPE_ASCII_INTERNED: u8 = b'A';
const TYPE_SHORT_ASCII: u8 = b'z';
const TYPE_SHORT_ASCII_INTERNED: u8 = b'Z';

/// Serializes `code` (and its nested code objects) as a pyvm `TYPE_CODE` marshal object.
pub fn code_to_marshal(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    write_code(&mut out, code);
    out
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_len(out: &mut Vec<u8>, n: usize) {
    // lengths are bounded by the compiler's limits (65,536 instructions/constants)
    put_u32(out, u32::try_from(n).unwrap_or(u32::MAX));
}

fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
    out.push(TYPE_BYTES);
    put_len(out, b.len());
    out.extend_from_slice(b);
}

fn put_leaf(out: &mut Vec<u8>, heap: &Heap, id: ObjId) {
    // dumps only fails for unmarshallable values and over-deep nesting; leaves are neither
    if let Ok(bytes) = pyvm_marshal::dumps(heap, id) {
        out.extend_from_slice(&bytes);
    }
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    let mut heap = Heap::new();
    let id = heap.add(Value::Str(PyStr::new(s)));
    put_leaf(out, &heap, id);
}

fn put_str_tuple(out: &mut Vec<u8>, items: &[Rc<str>]) {
    out.push(TYPE_TUPLE);
    put_len(out, items.len());
    for s in items {
        put_str(out, s);
    }
}

fn write_code(out: &mut Vec<u8>, c: &CodeObject) {
    out.push(TYPE_CODE);
    for v in [
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        u32::from(c.nregisters),
        c.flags,
        c.firstlineno,
    ] {
        put_u32(out, v);
    }
    let mut words = Vec::with_capacity(c.instructions.len() * 4);
    for i in c.instructions.iter() {
        words.extend_from_slice(&encode_instr(i));
    }
    put_bytes(out, &words);
    out.push(TYPE_TUPLE);
    put_len(out, c.constants.len());
    for k in c.constants.iter() {
        write_constant(out, k);
    }
    for t in [&c.names, &c.varnames, &c.cellvars, &c.freevars] {
        put_str_tuple(out, t);
    }
    put_str(out, &c.filename);
    put_str(out, &c.name);
    put_str(out, &c.qualname);
    let mut pos = Vec::new();
    for p in c.positions.iter() {
        for f in [p.line, p.end_line, p.col, p.end_col] {
            write_varint(&mut pos, f.map_or(0, |v| u64::from(v) + 1));
        }
    }
    put_bytes(out, &pos);
    let mut exc = Vec::with_capacity(c.exception_table.len() * 13);
    for e in c.exception_table.iter() {
        exc.extend_from_slice(&e.start.to_le_bytes());
        exc.extend_from_slice(&e.end.to_le_bytes());
        exc.extend_from_slice(&e.handler.to_le_bytes());
        exc.push(e.exc_reg);
    }
    put_bytes(out, &exc);
    let comp_names: Vec<Rc<str>> = c.comp_locals.iter().map(|v| v.name.clone()).collect();
    put_str_tuple(out, &comp_names);
    let mut comp = Vec::with_capacity(c.comp_locals.len() * 10);
    for v in c.comp_locals.iter() {
        comp.extend_from_slice(&v.start.to_le_bytes());
        comp.extend_from_slice(&v.end.to_le_bytes());
        comp.push(v.reg);
        comp.push(u8::from(v.cell));
    }
    put_bytes(out, &comp);
}

fn write_constant(out: &mut Vec<u8>, k: &Constant) {
    let mut heap = Heap::new();
    let id = match k {
        Constant::None => ObjId::NONE,
        Constant::Ellipsis => ObjId::ELLIPSIS,
        Constant::Bool(b) => heap.bool(*b),
        Constant::Int(i) => heap.add(Value::Int(*i)),
        Constant::BigInt(digits) => match digits.parse::<num_bigint::BigInt>() {
            Ok(b) => heap.add(Value::BigInt(b)),
            Err(_) => ObjId::NONE,
        },
        Constant::Float(f) => heap.add(Value::Float(*f)),
        Constant::Complex { real, imag } => heap.add(Value::Complex {
            re: *real,
            im: *imag,
        }),
        Constant::Str(s) => heap.add(Value::Str(PyStr::new(s))),
        Constant::StrCodePoints(cps) => {
            heap.add(Value::Str(PyStr::from_code_points(cps.iter().copied())))
        }
        Constant::Bytes(b) => heap.add(Value::Bytes(b.to_vec())),
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            out.push(if matches!(k, Constant::Tuple(_)) {
                TYPE_TUPLE
            } else {
                TYPE_FROZENSET
            });
            put_len(out, items.len());
            for item in items.iter() {
                write_constant(out, item);
            }
            return;
        }
        Constant::Code(c) => {
            write_code(out, c);
            return;
        }
    };
    put_leaf(out, &heap, id);
}

// ---------------------------------------------------------------------------------------------
// Reading

/// Loads a code object written by [`code_to_marshal`], validating all of it; the data must
/// hold exactly one object.
pub fn code_from_marshal(data: &[u8]) -> Result<CodeObject, LoadError> {
    let (code, used) = code_from_marshal_prefix(data)?;
    if used != data.len() {
        return Err(LoadError::TrailingData);
    }
    Ok(code)
}

/// Reads the code object at the start of `data` and returns it with the number of bytes it
/// took; what follows is left alone (`marshal.loads` ignores it, `marshal.load` reads on).
pub fn code_from_marshal_prefix(data: &[u8]) -> Result<(CodeObject, usize), LoadError> {
    let mut r = Reader { data, pos: 0 };
    let code = r.code(0)?;
    Ok((code, r.pos))
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

/// A leaf read in place by [`Reader::fast_leaf`].
enum Fast<'a> {
    None,
    Ellipsis,
    Bool(bool),
    Int(i32),
    Float(f64),
    Str(&'a str),
}

fn invalid(msg: impl Into<String>) -> LoadError {
    LoadError::Invalid(msg.into())
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, LoadError> {
        let b = *self.data.get(self.pos).ok_or(LoadError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn u32(&mut self) -> Result<u32, LoadError> {
        let end = self.pos.checked_add(4).ok_or(LoadError::Truncated)?;
        let s = self.data.get(self.pos..end).ok_or(LoadError::Truncated)?;
        self.pos = end;
        let mut b = [0u8; 4];
        b.copy_from_slice(s);
        Ok(u32::from_le_bytes(b))
    }

    fn expect(&mut self, ty: u8, what: &'static str) -> Result<(), LoadError> {
        if self.byte()? & 0x7f == ty {
            Ok(())
        } else {
            Err(LoadError::BadType(what))
        }
    }

    fn bytes(&mut self) -> Result<&[u8], LoadError> {
        self.expect(TYPE_BYTES, "expected bytes")?;
        let n = self.u32()? as usize;
        let end = self.pos.checked_add(n).ok_or(LoadError::Truncated)?;
        let s = self.data.get(self.pos..end).ok_or(LoadError::Truncated)?;
        self.pos = end;
        Ok(s)
    }

    /// A count of items that each take at least one byte (bounds allocations by the input).
    fn count(&mut self) -> Result<usize, LoadError> {
        let n = self.u32()? as usize;
        if n > self.data.len().saturating_sub(self.pos) {
            return Err(LoadError::Truncated);
        }
        Ok(n)
    }

    /// The common leaves read in place, without `pyvm-marshal`'s general reader (which
    /// builds a heap and a reference table for each one): strings that are ASCII under an
    /// ASCII type code or valid UTF-8 under `u`/`t`, `None`, booleans, `...`, 32-bit ints and
    /// binary floats. `None` (position unchanged) for anything else, which [`Self::leaf`] then
    /// reads, so both paths give the same values.
    fn fast_leaf(&mut self) -> Option<Fast<'a>> {
        let at = self.pos;
        let ty = *self.data.get(at)? & 0x7f;
        let word = |from: usize| -> Option<[u8; 4]> {
            let end = from.checked_add(4)?;
            self.data.get(from..end)?.try_into().ok()
        };
        let (value, end) = match ty {
            TYPE_NONE => (Fast::None, at + 1),
            TYPE_TRUE => (Fast::Bool(true), at + 1),
            TYPE_FALSE => (Fast::Bool(false), at + 1),
            TYPE_ELLIPSIS => (Fast::Ellipsis, at + 1),
            TYPE_INT => (Fast::Int(i32::from_le_bytes(word(at + 1)?)), at + 5),
            TYPE_BINARY_FLOAT => {
                let end = at.checked_add(9)?;
                let raw: [u8; 8] = self.data.get(at + 1..end)?.try_into().ok()?;
                (Fast::Float(f64::from_le_bytes(raw)), end)
            }
            TYPE_SHORT_ASCII
            | TYPE_SHORT_ASCII_INTERNED
            | TYPE_ASCII
            | TYPE_ASCII_INTERNED
            | TYPE_UNICODE
            | TYPE_INTERNED => {
                let (n, start) = if ty == TYPE_SHORT_ASCII || ty == TYPE_SHORT_ASCII_INTERNED {
                    (usize::from(*self.data.get(at + 1)?), at + 2)
                } else {
                    (u32::from_le_bytes(word(at + 1)?) as usize, at + 5)
                };
                let end = start.checked_add(n)?;
                let text = std::str::from_utf8(self.data.get(start..end)?).ok()?;
                // ASCII type codes hold Latin-1 in CPython's reader: leave non-ASCII to it
                if !(ty == TYPE_UNICODE || ty == TYPE_INTERNED || text.is_ascii()) {
                    return None;
                }
                (Fast::Str(text), end)
            }
            _ => return None,
        };
        self.pos = end;
        Some(value)
    }

    /// One marshal leaf, read by `pyvm-marshal`.
    fn leaf(&mut self) -> Result<Value, LoadError> {
        let ty = *self.data.get(self.pos).ok_or(LoadError::Truncated)? & 0x7f;
        // only scalar type codes are handed to the marshal reader: containers and code
        // objects are framed by this module
        if !b"NTF.ilgyszauAZt".contains(&ty) {
            return Err(LoadError::BadType("unknown type code"));
        }
        let rest = self.data.get(self.pos..).ok_or(LoadError::Truncated)?;
        let loaded = pyvm_marshal::loads(rest).map_err(|e| LoadError::Marshal(e.to_string()))?;
        self.pos += loaded.consumed;
        let v = loaded
            .heap
            .get(loaded.root)
            .cloned()
            .ok_or(LoadError::BadType("bad leaf"))?;
        Ok(v)
    }

    fn str(&mut self) -> Result<Rc<str>, LoadError> {
        let at = self.pos;
        match self.fast_leaf() {
            Some(Fast::Str(s)) => return Ok(Rc::from(s)),
            Some(_) => {
                self.pos = at;
                return Err(LoadError::BadType("expected str"));
            }
            None => {}
        }
        match self.leaf()? {
            Value::Str(s) => s
                .as_str()
                .map(Rc::from)
                .ok_or(LoadError::BadType("name with lone surrogates")),
            _ => Err(LoadError::BadType("expected str")),
        }
    }

    fn str_tuple(&mut self) -> Result<Box<[Rc<str>]>, LoadError> {
        self.expect(TYPE_TUPLE, "expected tuple of str")?;
        let n = self.count()?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.str()?);
        }
        Ok(v.into_boxed_slice())
    }

    fn constant(&mut self, depth: usize) -> Result<Constant, LoadError> {
        if depth > MAX_NESTING {
            return Err(LoadError::TooDeep);
        }
        let ty = *self.data.get(self.pos).ok_or(LoadError::Truncated)? & 0x7f;
        match ty {
            TYPE_CODE => Ok(Constant::Code(Rc::new(self.code(depth + 1)?))),
            TYPE_TUPLE | TYPE_FROZENSET => {
                self.pos += 1;
                let n = self.count()?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.constant(depth + 1)?);
                }
                let items = items.into_boxed_slice();
                Ok(if ty == TYPE_TUPLE {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                })
            }
            _ => {
                if let Some(fast) = self.fast_leaf() {
                    return Ok(match fast {
                        Fast::None => Constant::None,
                        Fast::Ellipsis => Constant::Ellipsis,
                        Fast::Bool(b) => Constant::Bool(b),
                        Fast::Int(i) => Constant::Int(i64::from(i)),
                        Fast::Float(f) => Constant::Float(f),
                        Fast::Str(s) => Constant::Str(s.into()),
                    });
                }
                self.constant_leaf()
            }
        }
    }

    fn constant_leaf(&mut self) -> Result<Constant, LoadError> {
        Ok(match self.leaf()? {
            Value::None => Constant::None,
            Value::Ellipsis => Constant::Ellipsis,
            Value::Bool(b) => Constant::Bool(b),
            Value::Int(i) => Constant::Int(i),
            Value::BigInt(b) => match i64::try_from(&b) {
                Ok(i) => Constant::Int(i),
                Err(_) => Constant::BigInt(b.to_string().into()),
            },
            Value::Float(f) => Constant::Float(f),
            Value::Complex { re, im } => Constant::Complex { real: re, imag: im },
            Value::Bytes(b) => Constant::Bytes(b.into()),
            Value::Str(s) => match s.as_str() {
                Some(s) => Constant::Str(s.into()),
                None => Constant::StrCodePoints(s.code_points().collect()),
            },
            _ => return Err(LoadError::BadType("unexpected constant type")),
        })
    }

    fn code(&mut self, depth: usize) -> Result<CodeObject, LoadError> {
        if depth > MAX_NESTING {
            return Err(LoadError::TooDeep);
        }
        self.expect(TYPE_CODE, "expected code object")?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let nregisters =
            u16::try_from(self.u32()?).map_err(|_| invalid("register count out of range"))?;
        let flags = self.u32()?;
        let firstlineno = self.u32()?;
        let words = self.bytes()?;
        if words.len() % 4 != 0 {
            return Err(invalid("instruction bytes not a multiple of 4"));
        }
        let mut instructions = Vec::with_capacity(words.len() / 4);
        for (n, w) in words.chunks_exact(4).enumerate() {
            let word = [w[0], w[1], w[2], w[3]];
            instructions
                .push(decode_instr(word).ok_or_else(|| invalid(format!("bad instruction {n}")))?);
        }
        self.expect(TYPE_TUPLE, "expected constants tuple")?;
        let nconsts = self.count()?;
        let mut constants = Vec::with_capacity(nconsts);
        for _ in 0..nconsts {
            constants.push(self.constant(depth + 1)?);
        }
        let names = self.str_tuple()?;
        let varnames = self.str_tuple()?;
        let cellvars = self.str_tuple()?;
        let freevars = self.str_tuple()?;
        let filename = self.str()?;
        let name = self.str()?;
        let qualname = self.str()?;
        let positions = read_positions(self.bytes()?)?;
        let exc = self.bytes()?;
        if exc.len() % 13 != 0 {
            return Err(invalid("exception table length not a multiple of 13"));
        }
        let exception_table = exc
            .chunks_exact(13)
            .map(|e| {
                let u = |i: usize| u32::from_le_bytes([e[i], e[i + 1], e[i + 2], e[i + 3]]);
                ExceptionEntry {
                    start: u(0),
                    end: u(4),
                    handler: u(8),
                    exc_reg: e[12],
                }
            })
            .collect();
        let comp_names = self.str_tuple()?;
        let comp = self.bytes()?;
        if comp_names.len().checked_mul(10) != Some(comp.len()) {
            return Err(invalid("comprehension variable table length mismatch"));
        }
        let comp_locals = comp
            .chunks_exact(10)
            .zip(comp_names.iter())
            .map(|(e, name)| {
                let u = |i: usize| u32::from_le_bytes([e[i], e[i + 1], e[i + 2], e[i + 3]]);
                CompLocal {
                    name: name.clone(),
                    start: u(0),
                    end: u(4),
                    reg: e[8],
                    cell: e[9] != 0,
                }
            })
            .collect();
        let code = CodeObject {
            instructions: instructions.into_boxed_slice(),
            constants: constants.into_boxed_slice(),
            names,
            nregisters,
            varnames,
            cellvars,
            freevars,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            name,
            qualname,
            filename,
            firstlineno,
            positions,
            exception_table,
            comp_locals,
        };
        validate(&code)?;
        Ok(code)
    }
}

fn read_varint(bytes: &[u8], pos: &mut usize) -> Result<u64, LoadError> {
    let mut v = 0u64;
    let mut shift = 0u32;
    loop {
        let b = *bytes.get(*pos).ok_or(LoadError::Truncated)?;
        *pos += 1;
        if shift >= 35 {
            return Err(invalid("position number too large"));
        }
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
        shift += 7;
    }
}

fn read_positions(bytes: &[u8]) -> Result<PositionTable, LoadError> {
    let mut table = PositionTable::default();
    let mut pos = 0;
    while pos < bytes.len() {
        let mut f = [None; 4];
        for slot in &mut f {
            let v = read_varint(bytes, &mut pos)?;
            *slot = match v.checked_sub(1) {
                None => None,
                Some(x) => Some(u32::try_from(x).map_err(|_| invalid("position out of range"))?),
            };
        }
        let [line, end_line, col, end_col] = f;
        table.push(Position {
            line,
            end_line,
            col,
            end_col,
        });
    }
    Ok(table)
}

/// Checks every index a code object holds (its nested code objects were checked when read).
fn validate(c: &CodeObject) -> Result<(), LoadError> {
    let len = c.instructions.len();
    let nregs = usize::from(c.nregisters);
    if len == 0 {
        return Err(invalid("no instructions"));
    }
    if len > usize::from(u16::MAX) + 1 {
        return Err(invalid("too many instructions"));
    }
    if c.positions.len() != len {
        return Err(invalid(
            "position table length differs from instruction count",
        ));
    }
    if c.varnames.len() > nregs {
        return Err(invalid("more local variables than registers"));
    }
    if c.total_args() > c.varnames.len() || c.posonlyargcount > c.argcount {
        return Err(invalid("argument counts exceed local variables"));
    }
    let mut extended: Option<u16> = None;
    for (at, i) in c.instructions.iter().enumerate() {
        let bad = |what: &str| invalid(format!("instruction {at}: {what}"));
        let operand_in_range = |r: Ref| match r {
            Ref::Reg(x) => usize::from(x) < nregs,
            Ref::Const(x) => usize::from(x) < c.constants.len(),
            Ref::CodeConst(x) => {
                matches!(c.constants.get(usize::from(x)), Some(Constant::Code(_)))
            }
            Ref::Name(x) => usize::from(x) < c.names.len(),
            Ref::NameByte(x) => {
                let full = (usize::from(extended.unwrap_or(0)) << 8) | usize::from(x);
                full < c.names.len()
            }
            Ref::Var(x) => usize::from(x) < c.varnames.len(),
            Ref::Target(x) => usize::from(x) < len,
            Ref::None => true,
        };
        if !operands_all(i, operand_in_range) {
            return Err(bad(&format!("operand out of range in {i:?}")));
        }
        if register_extent(i) > nregs {
            return Err(bad("register window out of range"));
        }
        let operand_ok = match *i {
            Instr::Raise { kind, .. } => kind <= 2,
            Instr::FormatValue { conv, .. } => conv < 8,
            Instr::CallEx { haskw, .. } => haskw <= 1,
            Instr::GetAwaitable { kind, .. } => kind <= 2,
            Instr::BuildSlice { n, .. } => n == 2 || n == 3,
            Instr::JumpIfNotLt { .. }
            | Instr::JumpIfNotLe { .. }
            | Instr::JumpIfNotGt { .. }
            | Instr::JumpIfNotGe { .. }
            | Instr::JumpIfNotEq { .. }
            | Instr::JumpIfNotNe { .. } => {
                matches!(c.instructions.get(at + 1), Some(Instr::Jump { .. }))
            }
            Instr::Extended { .. } => at + 1 < len,
            _ => true,
        };
        if !operand_ok {
            return Err(bad("bad operand"));
        }
        extended = match *i {
            Instr::Extended { arg } => Some(arg),
            _ => None,
        };
    }
    for e in c.exception_table.iter() {
        if e.start > e.end
            || e.end as usize > len
            || e.handler as usize >= len
            || usize::from(e.exc_reg) >= nregs
        {
            return Err(invalid("exception table entry out of range"));
        }
    }
    for v in c.comp_locals.iter() {
        if v.start > v.end || v.end as usize > len || usize::from(v.reg) >= nregs {
            return Err(invalid("comprehension variable entry out of range"));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// pyc files

/// A pyvm pyc: the 16-byte PEP 552 header (magic, flags 0, source mtime and size, both as
/// CPython masks them to 32 bits) followed by the serialized code object.
pub fn pyc_bytes(code: &CodeObject, source_mtime: u32, source_size: u32) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC);
    put_u32(&mut out, 0);
    put_u32(&mut out, source_mtime);
    put_u32(&mut out, source_size);
    write_code(&mut out, code);
    out
}

/// Reads a pyc written by [`pyc_bytes`], checking the header against the source's mtime and
/// size (in this order, as importlib: magic, flags, mtime, size, then the body).
pub fn code_from_pyc(
    bytes: &[u8],
    expected_mtime: u32,
    expected_size: u32,
) -> Result<CodeObject, PycError> {
    let header = bytes.get(..16).ok_or(PycError::Truncated)?;
    let word =
        |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    if header[..4] != MAGIC {
        return Err(PycError::BadMagic);
    }
    let flags = word(4);
    if flags != 0 {
        return Err(PycError::BadFlags(flags));
    }
    if word(8) != expected_mtime {
        return Err(PycError::StaleMtime);
    }
    if word(12) != expected_size {
        return Err(PycError::StaleSize);
    }
    Ok(code_from_marshal(&bytes[16..])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn magic_is_outside_cpython_ranges() {
        let n = u16::from_le_bytes([MAGIC[0], MAGIC[1]]);
        assert!((0x7C00..=0x7CFF).contains(&n));
        assert_eq!(&MAGIC[2..], b"\r\n");
        assert!(!CACHE_TAG.contains('.'));
    }

    /// The in-place leaf reader agrees with `pyvm-marshal`'s, and declines what it must
    /// leave to it (Latin-1 under an ASCII code, surrogates, other types).
    #[test]
    fn fast_leaves_agree_with_marshal() {
        let cases: &[&[u8]] = &[
            b"N",
            b"T",
            b"F",
            b".",
            b"i\xff\xff\xff\xff",
            b"i\x00\x00\x00\x80",
            b"g\x00\x00\x00\x00\x00\x00\xf8\x7f",
            b"g\x00\x00\x00\x00\x00\x00\x00\x80",
            b"z\x03abc",
            b"\xda\x01x",
            b"a\x02\x00\x00\x00hi",
            b"A\x00\x00\x00\x00",
            b"u\x02\x00\x00\x00\xc3\xa9",
            b"t\x04\x00\x00\x00\xf0\x9f\x98\x80",
            b"z\x01\xe9",
            b"u\x03\x00\x00\x00\xed\xa0\x80",
            b"l\x01\x00\x00\x00\x05\x00",
            b"z\x05ab",
            b"i\x01\x00",
        ];
        for &data in cases {
            let fast = Reader { data, pos: 0 }.constant(0);
            let mut slow_reader = Reader { data, pos: 0 };
            let slow = slow_reader.constant_leaf();
            match (&fast, &slow) {
                // NaN != NaN: compare the bits
                (Ok(Constant::Float(a)), Ok(Constant::Float(b))) => {
                    assert_eq!(a.to_bits(), b.to_bits())
                }
                _ => assert_eq!(fast, slow, "{data:?}"),
            }
            let mut r = Reader { data, pos: 0 };
            if r.fast_leaf().is_some() {
                assert_eq!(r.pos, slow_reader.pos, "{data:?}");
            } else {
                assert_eq!(r.pos, 0);
            }
        }
        assert!(Reader {
            data: b"z\x01\xe9",
            pos: 0
        }
        .fast_leaf()
        .is_none());
        assert!(Reader {
            data: b"u\x03\x00\x00\x00\xed\xa0\x80",
            pos: 0
        }
        .fast_leaf()
        .is_none());
        let mut r = Reader {
            data: b"i\x01\x00\x00\x00",
            pos: 0,
        };
        assert!(r.str().is_err());
    }

    #[test]
    fn every_opcode_round_trips() {
        for op in 0..=255u8 {
            for w in [[op, 1, 0, 0], [op, 1, 2, 0], [op, 1, 2, 3], [op, 0, 0, 0]] {
                if let Some(i) = decode_instr(w) {
                    assert_eq!(encode_instr(&i), w);
                }
            }
        }
        assert!(decode_instr([140, 0, 0, 0]).is_none());
        assert!(decode_instr([0, 1, 0, 0]).is_none());
    }

    #[test]
    fn small_module_round_trips() {
        let code = crate::compile(
            "def f(a, *b, **c):\n    return (a, b, c, 1.5, 2j, 10**30, b'x', ...)\nx = f(1)\n",
            "<t>",
            pyvm_parser::Mode::Exec,
        )
        .expect("compiles");
        let bytes = code_to_marshal(&code);
        assert_eq!(code_from_marshal(&bytes).as_ref(), Ok(&*code));
        let pyc = pyc_bytes(&code, 7, 9);
        assert_eq!(code_from_pyc(&pyc, 7, 9).as_ref(), Ok(&*code));
        assert_eq!(code_from_pyc(&pyc, 8, 9), Err(PycError::StaleMtime));
        assert_eq!(code_from_pyc(&pyc, 7, 8), Err(PycError::StaleSize));
        assert_eq!(code_from_pyc(&pyc[..10], 7, 9), Err(PycError::Truncated));
    }

    #[test]
    fn comprehension_variables_round_trip() {
        let code = crate::compile(
            "def f():\n    return [[a, b] for a in 'x' for b in 'y']\n",
            "<t>",
            pyvm_parser::Mode::Exec,
        )
        .expect("compiles");
        let Some(Constant::Code(f)) = code.constants.first() else {
            panic!("no function")
        };
        assert_eq!(f.comp_locals.len(), 2);
        let bytes = code_to_marshal(&code);
        assert_eq!(code_from_marshal(&bytes).as_ref(), Ok(&*code));
        // An entry naming a register outside the frame is rejected.
        let mut bad = (**f).clone();
        if let Some(v) = bad.comp_locals.first_mut() {
            v.reg = 250;
        }
        assert!(code_from_marshal(&code_to_marshal(&bad)).is_err());
    }

    #[test]
    fn nesting_is_bounded() {
        let nested = |depth: usize| {
            let mut k = Constant::Int(1);
            for _ in 0..depth {
                k = Constant::Tuple(vec![k].into_boxed_slice());
            }
            let mut b = crate::code::CodeBuilder::new("<module>", "<t>").locals(&[], 1);
            let idx = b.constant(k);
            b.emit(Instr::LoadConst { dst: 0, idx });
            b.emit(Instr::Return { src: 0 });
            b.build().expect("builds")
        };
        let ok = nested(MAX_NESTING - 2);
        assert_eq!(code_from_marshal(&code_to_marshal(&ok)).as_ref(), Ok(&ok));
        let deep = nested(MAX_NESTING + 10);
        assert_eq!(
            code_from_marshal(&code_to_marshal(&deep)),
            Err(LoadError::TooDeep)
        );
    }

    #[test]
    fn crafted_operands_are_rejected() {
        let mut b = crate::code::CodeBuilder::new("<module>", "<t>").locals(&[], 2);
        b.emit(Instr::LoadNone { dst: 1 });
        b.emit(Instr::Return { src: 1 });
        let good = b.build().expect("builds");
        let bytes = code_to_marshal(&good);
        assert_eq!(code_from_marshal(&bytes).as_ref(), Ok(&good));
        // the instruction words start after 'c', six u32s, 's' and the length
        let first = 1 + 24 + 5;
        let patch = |word: [u8; 4]| {
            let mut b = bytes.clone();
            b[first..first + 4].copy_from_slice(&word);
            code_from_marshal(&b)
        };
        assert!(patch([5, 1, 0, 0]).is_ok());
        assert!(patch([5, 2, 0, 0]).is_err(), "register out of range");
        assert!(patch([3, 0, 0, 0]).is_err(), "constant out of range");
        assert!(patch([79, 2, 0, 0]).is_err(), "jump out of range");
        assert!(patch([10, 0, 0, 0]).is_err(), "name out of range");
        assert!(patch([105, 0, 0, 0]).is_err(), "not a code constant");
        assert!(patch([255, 0, 0, 0]).is_err(), "unknown opcode");
        assert!(
            patch([1, 0, 0, 0]).is_ok(),
            "Extended followed by an instruction"
        );
    }
}
