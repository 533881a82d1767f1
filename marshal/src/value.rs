//! The value model: a [`Heap`] of [`Value`]s that refer to each other by [`ObjId`].
//!
//! Marshal data is a graph, not a tree: `TYPE_REF` makes one object appear in several places
//! (CPython relies on that identity, e.g. interned names shared by many code objects), and a
//! list may even contain itself. An arena with indices represents both without `Rc` cycles,
//! interior mutability or infinite recursion in `Drop`/`Debug`: the same `ObjId` twice *is*
//! the shared object, and a cycle is just an index pointing back.

use num_bigint::BigInt;

use crate::code::Code;
use crate::pystr::PyStr;

/// Index of a value inside its [`Heap`]. Only meaningful for the heap that produced it,
/// except for the five singleton ids ([`ObjId::NONE`] ...) which are valid in every heap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(u32);

impl ObjId {
    /// `None`, present in every heap.
    pub const NONE: ObjId = ObjId(0);
    /// The `StopIteration` class, present in every heap.
    pub const STOP_ITERATION: ObjId = ObjId(1);
    /// `...`, present in every heap.
    pub const ELLIPSIS: ObjId = ObjId(2);
    /// `False`, present in every heap.
    pub const FALSE: ObjId = ObjId(3);
    /// `True`, present in every heap.
    pub const TRUE: ObjId = ObjId(4);

    /// The position of this value in its heap.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One Python object as marshal knows it.
///
/// Integers are split in two for speed: [`Value::Int`] for everything that fits an `i64`, and
/// [`Value::BigInt`] (a `num_bigint::BigInt`, never in `i64` range when built by the reader)
/// for the rest. Dicts keep their pairs in file order and sets their elements in file order;
/// duplicates are not merged (that needs Python equality, which belongs to the VM).
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `None`.
    None,
    /// The `StopIteration` class object.
    StopIteration,
    /// `Ellipsis`.
    Ellipsis,
    /// `True` or `False`.
    Bool(bool),
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` outside the `i64` range.
    BigInt(BigInt),
    /// A `float`.
    Float(f64),
    /// A `complex`.
    Complex {
        /// Real part.
        re: f64,
        /// Imaginary part.
        im: f64,
    },
    /// A `bytes` object.
    Bytes(Vec<u8>),
    /// A `str`, possibly holding lone surrogates, with its interned bit.
    Str(PyStr),
    /// A `tuple`.
    Tuple(Vec<ObjId>),
    /// A `list`.
    List(Vec<ObjId>),
    /// A `dict`: (key, value) pairs in insertion order.
    Dict(Vec<(ObjId, ObjId)>),
    /// A `set`.
    Set(Vec<ObjId>),
    /// A `frozenset`.
    FrozenSet(Vec<ObjId>),
    /// A code object.
    Code(Box<Code>),
}

impl Value {
    /// The Python type name, as CPython spells it in messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::StopIteration => "type",
            Value::Ellipsis => "ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Complex { .. } => "complex",
            Value::Bytes(_) => "bytes",
            Value::Str(_) => "str",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Code(_) => "code",
        }
    }

    /// The string, if this is a `str` without lone surrogates.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => s.as_str(),
            _ => None,
        }
    }

    /// The items of a tuple.
    pub fn as_tuple(&self) -> Option<&[ObjId]> {
        match self {
            Value::Tuple(items) => Some(items),
            _ => None,
        }
    }

    /// The contents of a bytes object.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Bytes(b) => Some(b),
            _ => None,
        }
    }

    /// The code object.
    pub fn as_code(&self) -> Option<&Code> {
        match self {
            Value::Code(c) => Some(c),
            _ => None,
        }
    }

    /// The direct children of this value, in marshal order (dict: key, value, key, ...).
    pub(crate) fn children(&self) -> Vec<ObjId> {
        match self {
            Value::Tuple(v) | Value::List(v) | Value::Set(v) | Value::FrozenSet(v) => v.clone(),
            Value::Dict(pairs) => pairs.iter().flat_map(|&(k, v)| [k, v]).collect(),
            Value::Code(c) => c.children(),
            _ => Vec::new(),
        }
    }
}

/// An arena of values. Every heap starts with the five singletons at the fixed ids
/// [`ObjId::NONE`], [`ObjId::STOP_ITERATION`], [`ObjId::ELLIPSIS`], [`ObjId::FALSE`] and
/// [`ObjId::TRUE`].
///
/// Besides the values, the heap remembers which ones carried `FLAG_REF` when they were read,
/// so that [`crate::RefPolicy::Preserve`] can write a loaded `.pyc` back byte for byte.
#[derive(Clone, Debug, PartialEq)]
pub struct Heap {
    values: Vec<Value>,
    flagged: Vec<bool>,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// A heap holding only the singletons.
    pub fn new() -> Self {
        let values = vec![
            Value::None,
            Value::StopIteration,
            Value::Ellipsis,
            Value::Bool(false),
            Value::Bool(true),
        ];
        let flagged = vec![false; values.len()];
        Heap { values, flagged }
    }

    /// Number of values, singletons included.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// A heap always holds the singletons, so it is never empty.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// Adds a value and returns its id. Singletons are not deduplicated here: use
    /// [`Heap::bool`] and the `ObjId` constants to share them.
    pub fn add(&mut self, value: Value) -> ObjId {
        let id = ObjId(u32::try_from(self.values.len()).unwrap_or(u32::MAX));
        self.values.push(value);
        self.flagged.push(false);
        id
    }

    /// The value with this id, or `None` for an id from a bigger heap.
    pub fn get(&self, id: ObjId) -> Option<&Value> {
        self.values.get(id.index())
    }

    /// Mutable access, e.g. to fill a container after creating it (needed for cycles).
    pub fn get_mut(&mut self, id: ObjId) -> Option<&mut Value> {
        self.values.get_mut(id.index())
    }

    /// Replaces a value in place (other values pointing at `id` now see the new one).
    pub fn set(&mut self, id: ObjId, value: Value) {
        if let Some(slot) = self.values.get_mut(id.index()) {
            *slot = value;
        }
    }

    /// The id of `True` or `False`.
    pub fn bool(&self, b: bool) -> ObjId {
        if b {
            ObjId::TRUE
        } else {
            ObjId::FALSE
        }
    }

    /// Adds an `int`, choosing [`Value::Int`] or [`Value::BigInt`] by magnitude.
    pub fn int(&mut self, v: impl Into<BigInt>) -> ObjId {
        let big: BigInt = v.into();
        let value = match i64::try_from(&big) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::BigInt(big),
        };
        self.add(value)
    }

    /// Adds a (non-interned) `str`.
    pub fn str(&mut self, s: &str) -> ObjId {
        self.add(Value::Str(PyStr::new(s)))
    }

    /// Adds a tuple.
    pub fn tuple(&mut self, items: Vec<ObjId>) -> ObjId {
        self.add(Value::Tuple(items))
    }

    /// Whether the value carried `FLAG_REF` when it was read.
    pub fn was_flagged(&self, id: ObjId) -> bool {
        self.flagged.get(id.index()).copied().unwrap_or(false)
    }

    pub(crate) fn mark_flagged(&mut self, id: ObjId) {
        if let Some(f) = self.flagged.get_mut(id.index()) {
            *f = true;
        }
    }

    /// The string value of `id`, if it is a `str` without lone surrogates.
    pub fn as_str(&self, id: ObjId) -> Option<&str> {
        self.get(id).and_then(Value::as_str)
    }

    /// Iterates over every value with its id.
    pub fn iter(&self) -> impl Iterator<Item = (ObjId, &Value)> {
        self.values
            .iter()
            .enumerate()
            .map(|(i, v)| (ObjId(i as u32), v))
    }
}

impl std::ops::Index<ObjId> for Heap {
    type Output = Value;

    /// # Panics
    /// If `id` does not belong to this heap (a programming error, never caused by input data:
    /// every id the reader hands out is valid in the heap it returns).
    fn index(&self, id: ObjId) -> &Value {
        match self.values.get(id.index()) {
            Some(v) => v,
            None => panic!("ObjId {} does not belong to this heap", id.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singletons_have_fixed_ids() {
        let heap = Heap::new();
        assert_eq!(heap[ObjId::NONE], Value::None);
        assert_eq!(heap[ObjId::TRUE], Value::Bool(true));
        assert_eq!(heap[ObjId::FALSE], Value::Bool(false));
        assert_eq!(heap[ObjId::ELLIPSIS], Value::Ellipsis);
        assert_eq!(heap[ObjId::STOP_ITERATION], Value::StopIteration);
    }

    #[test]
    fn int_picks_representation() {
        let mut heap = Heap::new();
        let a = heap.int(5);
        let b = heap.int(BigInt::from(1) << 70);
        assert_eq!(heap[a], Value::Int(5));
        assert!(matches!(heap[b], Value::BigInt(_)));
    }

    #[test]
    fn cycles_are_plain_indices() {
        let mut heap = Heap::new();
        let l = heap.add(Value::List(vec![]));
        heap.set(l, Value::List(vec![l]));
        assert_eq!(heap[l].children(), vec![l]);
    }
}
