//! Writing a [`Heap`] value as marshal data, versions 0–4.
//!
//! The only freedom a marshal writer has is *which objects get `FLAG_REF`*: CPython flags an
//! object when its reference count is above one, which a Rust program cannot observe. The
//! [`RefPolicy`] chooses how to decide instead; all policies number references in pre-order,
//! as every reader expects.

use std::cell::RefCell;
use std::collections::HashMap;

use num_bigint::{BigInt, Sign};

use crate::code::{Code, CodeLayout, CpythonCode};
use crate::error::{Error, ErrorKind};
use crate::pystr::PyStr;
use crate::types::*;
use crate::value::{Heap, ObjId, Value};
use crate::MAX_DEPTH;

/// How the writer decides which objects get `FLAG_REF` (versions ≥ 3 only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RefPolicy {
    /// Produce what CPython 3.12's `marshal.dumps(x)` produces for freshly built data held in
    /// a variable: the top-level object, every object reachable more than once, every set
    /// element, and the objects CPython 3.12 keeps as immortal singletons (ints -5..=256,
    /// interned strings, `''`, one-character Latin-1 strings, `b''`, one-byte bytes, `()`)
    /// are flagged. `''` is written as interned, as CPython's is. Set and frozenset elements are sorted by their own encoding, as CPython 3.11+ does.
    #[default]
    CPython,
    /// Flag what was flagged when the heap was read (plus anything shared), and keep set
    /// order: a `.pyc` written by CPython comes back byte for byte.
    Preserve,
    /// Flag only objects reachable more than once: the smallest output that keeps identity.
    Shared,
}

/// How to write marshal data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DumpOptions {
    /// Format version, 0–4 (larger values mean 4, as in CPython 3.12).
    pub version: u8,
    /// Which objects get `FLAG_REF`.
    pub policy: RefPolicy,
}

impl Default for DumpOptions {
    fn default() -> Self {
        DumpOptions {
            version: crate::VERSION,
            policy: RefPolicy::CPython,
        }
    }
}

/// Writes `root` in version 4 with [`RefPolicy::CPython`], like `marshal.dumps(root)`.
pub fn dumps(heap: &Heap, root: ObjId) -> Result<Vec<u8>, Error> {
    dumps_with(heap, root, &DumpOptions::default())
}

/// Writes `root` with the given options.
pub fn dumps_with(heap: &Heap, root: ObjId, options: &DumpOptions) -> Result<Vec<u8>, Error> {
    let version = options.version.min(crate::VERSION);
    let info = RefInfo::compute(heap, root, options.policy);
    let key_cache = RefCell::new(HashMap::new());
    let mut w = Writer {
        heap,
        out: Vec::new(),
        version,
        policy: options.policy,
        info: &info,
        table: HashMap::new(),
        next_ref: 0,
        depth: 0,
        set_nesting: 0,
        standalone_root: None,
        key_cache: &key_cache,
    };
    w.object(root)?;
    Ok(w.out)
}

/// Reference counts as the policies see them.
struct RefInfo {
    /// Incoming edges from reachable objects, plus one for the caller's reference to the root.
    count: Vec<u32>,
    /// Whether the object is an element of some set or frozenset.
    set_element: Vec<bool>,
    root: ObjId,
}

impl RefInfo {
    fn compute(heap: &Heap, root: ObjId, policy: RefPolicy) -> Self {
        let mut count = vec![0u32; heap.len()];
        let mut set_element = vec![false; heap.len()];
        let mut seen = vec![false; heap.len()];
        let mut stack = vec![root];
        if let Some(c) = count.get_mut(root.index()) {
            *c = 1;
        }
        while let Some(id) = stack.pop() {
            match seen.get_mut(id.index()) {
                Some(s) if !*s => *s = true,
                _ => continue,
            }
            let Some(value) = heap.get(id) else { continue };
            let in_set = matches!(value, Value::Set(_) | Value::FrozenSet(_));
            for child in value.children() {
                if let Some(c) = count.get_mut(child.index()) {
                    *c = c.saturating_add(1);
                }
                if in_set && policy == RefPolicy::CPython {
                    if let Some(s) = set_element.get_mut(child.index()) {
                        *s = true;
                    }
                }
                stack.push(child);
            }
        }
        RefInfo {
            count,
            set_element,
            root,
        }
    }
}

struct Writer<'a> {
    heap: &'a Heap,
    out: Vec<u8>,
    version: u8,
    policy: RefPolicy,
    info: &'a RefInfo,
    /// The reference index assigned to each object written with `FLAG_REF`.
    table: HashMap<ObjId, u32>,
    next_ref: u32,
    depth: usize,
    /// How many set sort-key encodings enclose this writer.
    set_nesting: usize,
    /// For the standalone encodings used as set sort keys: the element being encoded, which
    /// CPython holds by one reference fewer at that moment.
    standalone_root: Option<ObjId>,
    /// Standalone encodings of set elements (sort keys), shared by all sub-writers.
    key_cache: &'a RefCell<HashMap<ObjId, Vec<u8>>>,
}

/// Whether CPython 3.12 holds this value as an immortal singleton (so its refcount is never 1).
fn is_immortal(value: &Value) -> bool {
    match value {
        Value::Int(i) => (-5..=256).contains(i),
        Value::Str(s) => s.is_interned() || s.as_bytes().is_empty() || is_latin1_char(s),
        Value::Bytes(b) => b.len() <= 1,
        Value::Tuple(items) => items.is_empty(),
        _ => false,
    }
}

fn is_latin1_char(s: &PyStr) -> bool {
    let mut points = s.code_points();
    matches!((points.next(), points.next()), (Some(c), None) if c < 256)
}

impl Writer<'_> {
    fn err(&self, kind: ErrorKind) -> Error {
        Error::new(kind, self.out.len())
    }

    fn should_flag(&self, id: ObjId, value: &Value) -> bool {
        if self.version < 3 {
            return false;
        }
        let count = self.info.count.get(id.index()).copied().unwrap_or(0);
        match self.policy {
            RefPolicy::Shared => count > 1,
            RefPolicy::Preserve => count > 1 || self.heap.was_flagged(id),
            RefPolicy::CPython => {
                let root = match self.standalone_root {
                    Some(r) => r == id,
                    None => self.info.root == id,
                };
                let set_element = self.standalone_root != Some(id)
                    && self
                        .info
                        .set_element
                        .get(id.index())
                        .copied()
                        .unwrap_or(false);
                (root && self.standalone_root.is_none())
                    || count > 1
                    || set_element
                    || is_immortal(value)
            }
        }
    }

    fn long(&mut self, n: i32) {
        self.out.extend_from_slice(&n.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> Result<(), Error> {
        let n = i32::try_from(n).map_err(|_| self.err(ErrorKind::Unmarshallable))?;
        self.long(n);
        Ok(())
    }

    /// Writes `root`. Containers do not recurse on the Rust stack: their children become
    /// [`Task`]s on an explicit stack, so 2000 levels of nesting are fine on any thread.
    fn object(&mut self, root: ObjId) -> Result<(), Error> {
        let mut tasks = vec![Task::Obj(root)];
        while let Some(task) = tasks.pop() {
            match task {
                Task::Obj(id) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(self.err(ErrorKind::TooDeeplyNested));
                    }
                    let before = tasks.len();
                    self.object_head(id, &mut tasks)?;
                    if tasks.len() == before {
                        self.depth -= 1;
                    } else {
                        // Children go first (the stack is LIFO), then leave this level.
                        tasks.insert(before, Task::Leave);
                    }
                }
                Task::Leave => self.depth -= 1,
                Task::Long(n) => self.long(n),
                Task::Byte(b) => self.out.push(b),
            }
        }
        Ok(())
    }

    /// Writes an object's type byte and scalar payload, or a reference to it; pushes the
    /// tasks for a container's contents in reverse order.
    fn object_head(&mut self, id: ObjId, tasks: &mut Vec<Task>) -> Result<(), Error> {
        let heap = self.heap;
        let Some(value) = heap.get(id) else {
            return Err(self.err(ErrorKind::Unmarshallable));
        };
        let simple = match value {
            Value::None => Some(TYPE_NONE),
            Value::StopIteration => Some(TYPE_STOPITER),
            Value::Ellipsis => Some(TYPE_ELLIPSIS),
            Value::Bool(true) => Some(TYPE_TRUE),
            Value::Bool(false) => Some(TYPE_FALSE),
            _ => None,
        };
        if let Some(t) = simple {
            self.out.push(t);
            return Ok(());
        }
        let mut flag = 0;
        if self.should_flag(id, value) {
            if let Some(&index) = self.table.get(&id) {
                let index = index as i32;
                self.out.push(TYPE_REF);
                self.long(index);
                return Ok(());
            }
            if self.next_ref >= 0x7FFF_FFFF {
                return Err(self.err(ErrorKind::Unmarshallable));
            }
            self.table.insert(id, self.next_ref);
            self.next_ref += 1;
            flag = FLAG_REF;
        }
        self.complex(value, flag, tasks)
    }

    fn complex(&mut self, value: &Value, flag: u8, tasks: &mut Vec<Task>) -> Result<(), Error> {
        let push_all = |tasks: &mut Vec<Task>, items: &[ObjId]| {
            tasks.extend(items.iter().rev().map(|&i| Task::Obj(i)));
        };
        match value {
            Value::Int(i) => match i32::try_from(*i) {
                Ok(small) => {
                    self.out.push(TYPE_INT | flag);
                    self.long(small);
                }
                Err(_) => self.py_long(&BigInt::from(*i), flag)?,
            },
            Value::BigInt(b) => match i32::try_from(b) {
                Ok(small) => {
                    self.out.push(TYPE_INT | flag);
                    self.long(small);
                }
                Err(_) => self.py_long(b, flag)?,
            },
            Value::Float(f) => {
                if self.version > 1 {
                    self.out.push(TYPE_BINARY_FLOAT | flag);
                    self.out.extend_from_slice(&f.to_le_bytes());
                } else {
                    self.out.push(TYPE_FLOAT | flag);
                    self.float_text(*f);
                }
            }
            Value::Complex { re, im } => {
                if self.version > 1 {
                    self.out.push(TYPE_BINARY_COMPLEX | flag);
                    self.out.extend_from_slice(&re.to_le_bytes());
                    self.out.extend_from_slice(&im.to_le_bytes());
                } else {
                    self.out.push(TYPE_COMPLEX | flag);
                    self.float_text(*re);
                    self.float_text(*im);
                }
            }
            Value::Bytes(b) => {
                self.out.push(TYPE_STRING | flag);
                self.size(b.len())?;
                self.out.extend_from_slice(b);
            }
            Value::Str(s) => self.str(s, flag)?,
            Value::Tuple(items) => {
                if self.version >= 4 && items.len() < 256 {
                    self.out.push(TYPE_SMALL_TUPLE | flag);
                    self.out.push(items.len() as u8);
                } else {
                    self.out.push(TYPE_TUPLE | flag);
                    self.size(items.len())?;
                }
                push_all(tasks, items);
            }
            Value::List(items) => {
                self.out.push(TYPE_LIST | flag);
                self.size(items.len())?;
                push_all(tasks, items);
            }
            Value::Dict(pairs) => {
                self.out.push(TYPE_DICT | flag);
                tasks.push(Task::Byte(TYPE_NULL));
                for &(k, v) in pairs.iter().rev() {
                    tasks.push(Task::Obj(v));
                    tasks.push(Task::Obj(k));
                }
            }
            Value::Set(items) | Value::FrozenSet(items) => {
                let ty = if matches!(value, Value::Set(_)) {
                    TYPE_SET
                } else {
                    TYPE_FROZENSET
                };
                self.out.push(ty | flag);
                self.size(items.len())?;
                let ordered = self.set_order(items)?;
                push_all(tasks, &ordered);
            }
            Value::Code(code) => match code.as_ref() {
                Code::CPython(c) => self.cpython_code(c, flag, tasks),
            },
            Value::None | Value::StopIteration | Value::Ellipsis | Value::Bool(_) => {
                return Err(self.err(ErrorKind::Unmarshallable))
            }
        }
        Ok(())
    }

    /// CPython 3.11+ writes set elements sorted by their standalone `marshal.dumps` bytes, so
    /// output does not depend on hash randomisation.
    fn set_order(&self, items: &[ObjId]) -> Result<Vec<ObjId>, Error> {
        if self.policy == RefPolicy::Preserve || items.len() < 2 {
            return Ok(items.to_vec());
        }
        // Each nested set re-encodes its elements on the Rust stack; CPython does the same
        // (and takes exponential time on deep nests), so a modest cap loses nothing real.
        if self.set_nesting >= MAX_SET_NESTING {
            return Err(self.err(ErrorKind::TooDeeplyNested));
        }
        let mut keyed = Vec::with_capacity(items.len());
        for &item in items {
            // An element's standalone encoding does not depend on where it is met: cache it,
            // or nested sets sharing elements would take exponential time.
            let cached = self.key_cache.borrow().get(&item).cloned();
            let key = match cached {
                Some(k) => k,
                None => {
                    let mut sub = Writer {
                        heap: self.heap,
                        out: Vec::new(),
                        version: self.version,
                        policy: self.policy,
                        info: self.info,
                        table: HashMap::new(),
                        next_ref: 0,
                        depth: 0,
                        set_nesting: self.set_nesting + 1,
                        standalone_root: Some(item),
                        key_cache: self.key_cache,
                    };
                    sub.object(item)?;
                    self.key_cache.borrow_mut().insert(item, sub.out.clone());
                    sub.out
                }
            };
            keyed.push((key, item));
        }
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(keyed.into_iter().map(|(_, id)| id).collect())
    }

    fn py_long(&mut self, v: &BigInt, flag: u8) -> Result<(), Error> {
        let (sign, mag) = v.to_u32_digits();
        // Split the magnitude into 15-bit digits, least significant first.
        let mut digits: Vec<u16> = Vec::new();
        let mut acc: u64 = 0;
        let mut bits = 0u32;
        for word in mag {
            acc |= u64::from(word) << bits;
            bits += 32;
            while bits >= 15 {
                digits.push((acc & 0x7FFF) as u16);
                acc >>= 15;
                bits -= 15;
            }
        }
        if bits > 0 {
            digits.push((acc & 0x7FFF) as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let n = i32::try_from(digits.len()).map_err(|_| self.err(ErrorKind::Unmarshallable))?;
        self.out.push(TYPE_LONG | flag);
        self.long(if sign == Sign::Minus { -n } else { n });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    fn float_text(&mut self, f: f64) {
        let text = format_g17(f);
        // At most 24 characters ("-1.2345678901234567e-308"), always fits the length byte.
        self.out.push(text.len() as u8);
        self.out.extend_from_slice(text.as_bytes());
    }

    fn str(&mut self, s: &PyStr, flag: u8) -> Result<(), Error> {
        // CPython's empty string is an interned singleton.
        let interned =
            s.is_interned() || (self.policy == RefPolicy::CPython && s.as_bytes().is_empty());
        let bytes = s.as_bytes();
        if self.version >= 4 && s.is_ascii() {
            if bytes.len() < 256 {
                let t = if interned {
                    TYPE_SHORT_ASCII_INTERNED
                } else {
                    TYPE_SHORT_ASCII
                };
                self.out.push(t | flag);
                self.out.push(bytes.len() as u8);
            } else {
                let t = if interned {
                    TYPE_ASCII_INTERNED
                } else {
                    TYPE_ASCII
                };
                self.out.push(t | flag);
                self.size(bytes.len())?;
            }
        } else {
            let t = if interned && self.version >= 3 {
                TYPE_INTERNED
            } else {
                TYPE_UNICODE
            };
            self.out.push(t | flag);
            self.size(bytes.len())?;
        }
        self.out.extend_from_slice(bytes);
        Ok(())
    }

    fn cpython_code(&mut self, c: &CpythonCode, flag: u8, tasks: &mut Vec<Task>) {
        let layout = c.layout();
        self.out.push(TYPE_CODE | flag);
        self.long(c.argcount);
        if layout != CodeLayout::A {
            self.long(c.posonlyargcount);
        }
        self.long(c.kwonlyargcount);
        if layout != CodeLayout::C {
            self.long(c.stored_nlocals.unwrap_or(0));
        }
        self.long(c.stacksize);
        self.long(c.flags as i32);
        let mut fields = vec![
            Task::Obj(c.code),
            Task::Obj(c.consts),
            Task::Obj(c.names),
            Task::Obj(c.varnames_or_localsplus),
        ];
        if layout == CodeLayout::C {
            fields.push(Task::Obj(c.localspluskinds.unwrap_or(ObjId::NONE)));
        } else {
            fields.push(Task::Obj(c.freevars.unwrap_or(ObjId::NONE)));
            fields.push(Task::Obj(c.cellvars.unwrap_or(ObjId::NONE)));
        }
        fields.push(Task::Obj(c.filename));
        fields.push(Task::Obj(c.name));
        if layout == CodeLayout::C {
            fields.push(Task::Obj(c.qualname.unwrap_or(c.name)));
        }
        fields.push(Task::Long(c.firstlineno));
        fields.push(Task::Obj(c.linetable));
        if layout == CodeLayout::C {
            fields.push(Task::Obj(c.exceptiontable.unwrap_or(ObjId::NONE)));
        }
        tasks.extend(fields.into_iter().rev());
    }
}

/// A unit of pending output.
enum Task {
    /// Write an object.
    Obj(ObjId),
    /// A container's contents are done: leave its nesting level.
    Leave,
    /// A raw `long` (a code object's `co_firstlineno`).
    Long(i32),
    /// A raw byte (a dict's `TYPE_NULL` terminator).
    Byte(u8),
}

/// How many sets may nest inside set elements when sorting by encoding.
const MAX_SET_NESTING: usize = 100;

/// C's `%.17g`, which marshal versions 0 and 1 use for float text.
pub(crate) fn format_g17(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0".into()
        } else {
            "0".into()
        };
    }
    let sci = format!("{:.16e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if (-4..17).contains(&exp) {
        let (int_part, frac) = if exp >= 0 {
            let split = (exp as usize + 1).min(digits.len());
            (digits[..split].to_string(), digits[split..].to_string())
        } else {
            ("0".to_string(), "0".repeat((-exp - 1) as usize) + &digits)
        };
        let frac = frac.trim_end_matches('0');
        if frac.is_empty() {
            format!("{sign}{int_part}")
        } else {
            format!("{sign}{int_part}.{frac}")
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let rest = rest.trim_end_matches('0');
        let esign = if exp < 0 { '-' } else { '+' };
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reader::loads;

    fn hex(b: &[u8]) -> String {
        b.iter()
            .map(|x| format!("{x:02x}"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn g17_matches_c() {
        assert_eq!(format_g17(1.5), "1.5");
        assert_eq!(format_g17(0.1), "0.10000000000000001");
        assert_eq!(format_g17(1e17), "1e+17");
        assert_eq!(format_g17(1e16), "10000000000000000");
        assert_eq!(format_g17(-2.5e-5), "-2.5000000000000001e-05");
        assert_eq!(format_g17(0.0001), "0.0001");
        assert_eq!(format_g17(-0.0), "-0");
        assert_eq!(format_g17(f64::INFINITY), "inf");
    }

    #[test]
    fn examples_from_cpython_312() {
        // Recorded with CPython 3.12 (`l = [x]; marshal.dumps(l[0])`).
        let mut heap = Heap::new();
        let cases: Vec<(ObjId, &str)> = vec![
            (heap.str(""), "da 00"),
            (heap.str("a"), "fa 01 61"),
            (heap.add(Value::Str(PyStr::new_interned("a"))), "da 01 61"),
            (heap.str("é"), "f5 02 00 00 00 c3 a9"),
            (heap.add(Value::Bytes(vec![])), "f3 00 00 00 00"),
            (heap.tuple(vec![]), "a9 00"),
            (heap.int(-6), "e9 fa ff ff ff"),
            (heap.int(1i64 << 31), "ec 03 00 00 00 00 00 00 00 02 00"),
            (heap.int(-(1i64 << 31)), "e9 00 00 00 80"),
            (
                heap.int(BigInt::from(1) << 70),
                "ec 05 00 00 00 00 00 00 00 00 00 00 00 00 04",
            ),
            (heap.add(Value::Float(1.5)), "e7 00 00 00 00 00 00 f8 3f"),
        ];
        for (id, want) in cases {
            assert_eq!(hex(&dumps(&heap, id).unwrap()), want);
        }
    }

    #[test]
    fn shared_object_becomes_ref() {
        let mut heap = Heap::new();
        let x = heap.int(1004);
        let l = heap.add(Value::List(vec![x, x]));
        assert_eq!(
            hex(&dumps(&heap, l).unwrap()),
            "db 02 00 00 00 e9 ec 03 00 00 72 01 00 00 00"
        );
    }

    #[test]
    fn sets_sorted_and_elements_flagged() {
        let mut heap = Heap::new();
        let a = heap.add(Value::Float(3.5));
        let t = heap.int(1004);
        let tup = heap.tuple(vec![t]);
        let s = heap.add(Value::FrozenSet(vec![a, tup]));
        assert_eq!(
            hex(&dumps(&heap, s).unwrap()),
            "be 02 00 00 00 a9 01 69 ec 03 00 00 e7 00 00 00 00 00 00 0c 40"
        );
    }

    #[test]
    fn cycle_roundtrips_and_v2_fails_cleanly() {
        let mut heap = Heap::new();
        let l = heap.add(Value::List(vec![]));
        heap.set(l, Value::List(vec![l]));
        let bytes = dumps(&heap, l).unwrap();
        assert_eq!(hex(&bytes), "db 01 00 00 00 72 00 00 00 00");
        let back = loads(&bytes).unwrap();
        assert_eq!(back.heap[back.root], Value::List(vec![back.root]));
        let v2 = DumpOptions {
            version: 2,
            policy: RefPolicy::CPython,
        };
        let e = dumps_with(&heap, l, &v2).unwrap_err();
        assert_eq!(e.to_string(), "object too deeply nested to marshal");
    }

    #[test]
    fn nested_sets_with_shared_elements_stay_fast() {
        // Without caching sort keys this takes 2^45 steps.
        let mut heap = Heap::new();
        let mut prev = heap.add(Value::FrozenSet(vec![]));
        for i in 0..45 {
            let x = heap.int(1000 + i);
            let inner = heap.add(Value::FrozenSet(vec![prev, x]));
            prev = heap.add(Value::FrozenSet(vec![prev, inner]));
        }
        let bytes = dumps(&heap, prev).unwrap();
        let back = loads(&bytes).unwrap();
        assert_eq!(dumps(&back.heap, back.root).unwrap(), bytes);
    }

    #[test]
    fn old_versions() {
        let mut heap = Heap::new();
        let s = heap.add(Value::Str(PyStr::new_interned("abc")));
        let f = heap.add(Value::Float(1.5));
        let t = heap.tuple(vec![s, s, f]);
        let opts = |version| DumpOptions {
            version,
            policy: RefPolicy::CPython,
        };
        assert_eq!(
            hex(&dumps_with(&heap, t, &opts(0)).unwrap()),
            "28 03 00 00 00 75 03 00 00 00 61 62 63 75 03 00 00 00 61 62 63 66 03 31 2e 35"
        );
        assert_eq!(
            hex(&dumps_with(&heap, t, &opts(3)).unwrap()),
            "a8 03 00 00 00 f4 03 00 00 00 61 62 63 72 01 00 00 00 67 00 00 00 00 00 00 f8 3f"
        );
    }
}
