//! `dict`: CPython's compact ordered table.
//!
//! An index table (`hashbrown::HashTable<u32>`) points into a dense entry vector kept in
//! insertion order; deletions leave holes that are compacted away when they reach half of the
//! vector. Lookups that need a Python-level `__eq__` cannot run while the dict is borrowed, so
//! [`Dict::probe`] reports candidate entries and the VM compares them with the borrow released.

use hashbrown::HashTable;

use crate::object::Payload;
use crate::objects::str::str_hash;
use crate::value::Value;

/// One key/value pair with the key's hash.
#[derive(Clone, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// What a lookup without Python code found.
#[derive(Debug, PartialEq, Eq)]
pub enum Probe {
    Found(usize),
    Missing,
    /// Entries with the same hash whose keys need `__eq__` to compare.
    Candidates(Vec<usize>),
}

/// The table.
#[derive(Debug, Default)]
pub struct Dict {
    indices: HashTable<u32>,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// A fresh number from [`next_version`] on every mutation: since no two mutations of any
    /// dicts share a number, equal versions mean "this very dict, unchanged", which is what the
    /// eval loop's global-name caches rely on. `0` only while the dict has never been changed.
    pub version: u64,
}

thread_local! {
    static DICT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// The next dict version, unique within the thread (dicts never cross threads).
#[inline]
fn next_version() -> u64 {
    DICT_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// Equality that needs no Python code: `Some(answer)` for identical objects and for pairs of
/// exact built-in str/bytes/number values, `None` when `__eq__` must decide.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
            Some(*x == i64::from(*y))
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(crate::objects::float::int_float_eq(*x, *y))
        }
        (Value::None, _) | (_, Value::None) => Some(false),
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) if exact_builtin(a) && exact_builtin(b) => {
                Some(s == t)
            }
            (Payload::Bytes(s), Payload::Bytes(t)) if exact_builtin(a) && exact_builtin(b) => {
                Some(s == t)
            }
            (Payload::Int(s), Payload::Int(t)) if exact_builtin(a) && exact_builtin(b) => {
                Some(s == t)
            }
            (Payload::Str(_), Payload::Int(_) | Payload::Bytes(_))
            | (Payload::Int(_) | Payload::Bytes(_), Payload::Str(_))
                if exact_builtin(a) && exact_builtin(b) =>
            {
                Some(false)
            }
            _ => None,
        },
        (Value::Obj(x), _) | (_, Value::Obj(x)) => match &x.payload {
            Payload::Str(_) | Payload::Bytes(_) | Payload::Tuple(_)
                if !x.class().as_type().is_some_and(|t| t.heap) =>
            {
                Some(false)
            }
            Payload::Int(_) if !x.class().as_type().is_some_and(|t| t.heap) => Some(false),
            _ => None,
        },
        _ => None,
    }
}

fn exact_builtin(v: &Value) -> bool {
    match v {
        Value::Obj(o) => !o.class().as_type().is_some_and(|t| t.heap),
        _ => true,
    }
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Self {
        Dict::default()
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Looks `key` up as far as possible without Python code.
    pub fn probe(&self, key: &Value, hash: i64) -> Probe {
        let mut cands = Vec::new();
        for &i in self.indices.iter_hash(hash as u64) {
            if let Some(Some(e)) = self.entries.get(i as usize) {
                if e.hash != hash {
                    continue;
                }
                match fast_eq(&e.key, key) {
                    Some(true) => return Probe::Found(i as usize),
                    Some(false) => {}
                    None => cands.push(i as usize),
                }
            }
        }
        if cands.is_empty() {
            Probe::Missing
        } else {
            Probe::Candidates(cands)
        }
    }

    /// Looks up a key whose equality needs no Python code (str names, small ints).
    pub fn get_fast(&self, key: &Value, hash: i64) -> Option<&Value> {
        match self.probe(key, hash) {
            Probe::Found(i) => self.entry(i).map(|e| &e.value),
            _ => None,
        }
    }

    /// Looks up a str key given as Rust text.
    pub fn get_str(&self, key: &str) -> Option<&Value> {
        self.get_str_hashed(key, str_hash(key))
    }

    /// As [`Self::get_str`] with the key's hash already computed (`str_hash(key)`), for
    /// callers that look one name up in several dicts (a class's MRO).
    pub fn get_str_hashed(&self, key: &str, h: i64) -> Option<&Value> {
        for &i in self.indices.iter_hash(h as u64) {
            if let Some(Some(e)) = self.entries.get(i as usize) {
                if e.hash == h && e.key.as_pystr().is_some_and(|s| s.eq_str(key)) {
                    return Some(&e.value);
                }
            }
        }
        None
    }

    /// The entry at `index`, if not deleted.
    pub fn entry(&self, index: usize) -> Option<&Entry> {
        self.entries.get(index).and_then(Option::as_ref)
    }

    /// Replaces the value at `index`.
    pub fn set_value(&mut self, index: usize, value: Value) -> Option<Value> {
        self.version = next_version();
        self.entries
            .get_mut(index)
            .and_then(Option::as_mut)
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.indices.insert_unique(hash as u64, idx, |&i| {
            entries
                .get(i as usize)
                .and_then(Option::as_ref)
                .map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
        self.version = next_version();
    }

    /// Inserts or replaces a key whose equality needs no Python code.
    pub fn insert_fast(&mut self, hash: i64, key: Value, value: Value) {
        match self.probe(&key, hash) {
            Probe::Found(i) => {
                self.set_value(i, value);
            }
            _ => self.insert_new(hash, key, value),
        }
    }

    /// Sets a str key given as Rust text.
    pub fn set_str(&mut self, key: &str, value: Value) {
        let h = str_hash(key);
        self.insert_fast(h, Value::str(key), value);
    }

    /// Removes the entry at `index`.
    pub fn remove_at(&mut self, index: usize) -> Option<Entry> {
        let e = self.entries.get_mut(index)?.take()?;
        if let Ok(found) = self
            .indices
            .find_entry(e.hash as u64, |&i| i as usize == index)
        {
            found.remove();
        }
        self.len -= 1;
        self.version = next_version();
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        self.indices.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        self.indices.clear();
        self.entries.clear();
        self.len = 0;
        self.version = next_version();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> + '_ {
        self.entries.iter().flatten()
    }

    /// Live entries with their raw positions (for [`Dict::remove_at`]).
    pub fn iter_indexed(&self) -> impl Iterator<Item = (usize, &Entry)> + '_ {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_ref().map(|e| (i, e)))
    }

    /// The entry at or after raw position `pos` and the position after it (iteration that
    /// survives the dict being modified between steps).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while let Some(slot) = self.entries.get(pos) {
            pos += 1;
            if let Some(e) = slot {
                return Some((pos, e));
            }
        }
        None
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let idx = self.entries.iter().rposition(Option::is_some)?;
        self.remove_at(idx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insertion_order_and_deletion() {
        let mut d = Dict::new();
        for i in 0..40 {
            d.insert_fast(i, Value::Int(i), Value::Int(i * 10));
        }
        for i in 0..30 {
            let Probe::Found(idx) = d.probe(&Value::Int(i), i) else {
                panic!("missing {i}");
            };
            d.remove_at(idx);
        }
        assert_eq!(d.len(), 10);
        let keys: Vec<i64> = d
            .iter()
            .map(|e| match e.key {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect();
        assert_eq!(keys, (30..40).collect::<Vec<_>>());
        assert_eq!(d.probe(&Value::Int(5), 5), Probe::Missing);
        assert!(d.get_fast(&Value::Bool(true), 1).is_none());
        d.insert_fast(1, Value::Int(1), Value::None);
        assert!(d.get_fast(&Value::Bool(true), 1).is_some());
    }
}
