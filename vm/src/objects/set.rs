//! `set` and `frozenset`: CPython's open-addressing table (linear probes of 9, then perturbed
//! jumps; resize at 60% fill) reproduced exactly, so iteration and printing order match CPython.

use crate::error::{type_error, PyResult};
use crate::object::Payload;
use crate::objects::dict::fast_eq;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Debug)]
enum Slot {
    Empty,
    Dummy,
    Active { hash: i64, key: Value },
}

/// What a lookup without Python code found.
#[derive(Debug)]
pub struct SetProbe {
    pub found: Option<usize>,
    /// Active slots with the same hash whose keys need `__eq__`.
    pub candidates: Vec<usize>,
}

/// The table.
#[derive(Clone, Debug)]
pub struct Set {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

impl Set {
    /// An empty set.
    pub fn new() -> Self {
        Set {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
        }
    }

    /// Number of items.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Visits slots in CPython's probe order until an empty one; returns that empty slot.
    fn walk(&self, hash: i64, mut visit: impl FnMut(usize, &Slot) -> bool) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        for _ in 0..(self.table.len() * 4 + 64) {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = self.table.get(j)?;
                if let Slot::Empty = slot {
                    return Some(j);
                }
                if visit(j, slot) {
                    return None;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
        None
    }

    /// Looks `key` up as far as possible without Python code.
    pub fn probe(&self, key: &Value, hash: i64) -> SetProbe {
        let mut found = None;
        let mut candidates = Vec::new();
        self.walk(hash, |j, slot| {
            if let Slot::Active { hash: h, key: k } = slot {
                if *h == hash {
                    match fast_eq(k, key) {
                        Some(true) => {
                            found = Some(j);
                            return true;
                        }
                        Some(false) => {}
                        None => candidates.push(j),
                    }
                }
            }
            false
        });
        SetProbe { found, candidates }
    }

    /// The key in slot `j`.
    pub fn key_at(&self, j: usize) -> Option<&Value> {
        match self.table.get(j) {
            Some(Slot::Active { key, .. }) => Some(key),
            _ => None,
        }
    }

    /// Inserts a key known to be absent.
    pub fn insert_new(&mut self, key: Value, hash: i64) {
        let Some(j) = self.walk(hash, |_, _| false) else {
            return;
        };
        if let Some(slot) = self.table.get_mut(j) {
            *slot = Slot::Active { hash, key };
        }
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// Inserts a key whose equality needs no Python code.
    pub fn insert_fast(&mut self, key: Value, hash: i64) {
        if self.probe(&key, hash).found.is_none() {
            self.insert_new(key, hash);
        }
    }

    /// Removes the key in slot `j`.
    pub fn remove_at(&mut self, j: usize) -> Option<Value> {
        let slot = self.table.get_mut(j)?;
        if let Slot::Active { .. } = slot {
            let old = std::mem::replace(slot, Slot::Dummy);
            self.used -= 1;
            if let Slot::Active { key, .. } = old {
                return Some(key);
            }
        }
        None
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = 0;
        self.used = 0;
        for slot in old {
            if let Slot::Active { hash, key } = slot {
                if let Some(j) = self.walk(hash, |_, _| false) {
                    if let Some(s) = self.table.get_mut(j) {
                        *s = Slot::Active { hash, key };
                    }
                    self.fill += 1;
                    self.used += 1;
                }
            }
        }
    }

    /// Removes everything.
    pub fn clear(&mut self) {
        *self = Set::new();
    }

    /// Keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active { key, .. } => Some(key),
            _ => None,
        })
    }

    /// Keys with hashes in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> + '_ {
        self.table.iter().filter_map(|s| match s {
            Slot::Active { key, hash } => Some((*hash, key)),
            _ => None,
        })
    }

    /// Removes and returns an arbitrary key (CPython scans from a moving finger; we take the
    /// first active slot, which is what CPython does on a fresh set).
    pub fn pop_first(&mut self) -> Option<Value> {
        let j = self
            .table
            .iter()
            .position(|s| matches!(s, Slot::Active { .. }))?;
        self.remove_at(j)
    }
}

fn this_set(args: &[Value]) -> PyResult<&std::cell::RefCell<Set>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::Set(s)) => Ok(s),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

/// `this_set` with CPython's wording for a method called on something else.
fn this_set_for<'a>(args: &'a [Value], method: &str) -> PyResult<&'a std::cell::RefCell<Set>> {
    this_set(args).map_err(|_| {
        type_error(format!(
            "descriptor '{method}' for 'set' objects doesn't apply to a '{}' object",
            args.first()
                .map(crate::vm::type_name_of)
                .unwrap_or_default()
        ))
    })
}

fn set_add(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this_set_for(args, "add")?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "set.add() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let item = args.get(1).cloned().unwrap_or(Value::None);
    let s = args.first().cloned().unwrap_or(Value::None);
    vm.set_add(&s, item)?;
    Ok(Value::None)
}

fn set_discard_impl(vm: &mut Vm, args: &[Value], strict: bool) -> PyResult<Value> {
    let cell = this_set(args)?;
    let mut item = args.get(1).cloned().unwrap_or(Value::None);
    // A set argument is looked up as the equal frozenset.
    if let Some(Payload::Set(s)) = item.payload() {
        let inner = s.borrow().clone();
        item = Value::Obj(crate::object::Object::new(
            &crate::types::types().frozenset,
            Payload::FrozenSet(inner),
        ));
    }
    let set = args.first().cloned().unwrap_or(Value::None);
    match vm.set_find(&set, &item)? {
        Some(j) => {
            cell.borrow_mut().remove_at(j);
        }
        None if strict => return Err(vm.key_error(item)),
        None => {}
    }
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_discard_impl(vm, args, true)
}
fn set_discard(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_discard_impl(vm, args, false)
}
fn set_pop(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let cell = this_set(args)?;
    let v = cell.borrow_mut().pop_first();
    v.ok_or_else(|| crate::error::key_error_msg("pop from an empty set"))
}
fn set_clear(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this_set(args)?.borrow_mut().clear();
    Ok(Value::None)
}
fn set_update(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this_set(args)?;
    let s = args.first().cloned().unwrap_or(Value::None);
    for other in args.iter().skip(1) {
        for item in vm.collect_iter(other)? {
            vm.set_add(&s, item)?;
        }
    }
    Ok(Value::None)
}

/// The native methods of `set`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("add", set_add),
    ("remove", set_remove),
    ("discard", set_discard),
    ("pop", set_pop),
    ("clear", set_clear),
    ("update", set_update),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(s: &Set) -> Vec<i64> {
        s.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn order_matches_cpython() {
        // CPython 3.12: adding 5, 16, 32, 0, 2 one by one gives {0, 32, 2, 5, 16}
        let mut s = Set::new();
        for i in [5, 16, 32, 0, 2] {
            s.insert_fast(Value::Int(i), i);
        }
        assert_eq!(ints(&s), vec![0, 32, 2, 5, 16]);
        let mut s = Set::new();
        for i in (1..=20).rev().step_by(3) {
            s.insert_fast(Value::Int(i), i);
        }
        assert_eq!(ints(&s), vec![2, 5, 8, 11, 14, 17, 20]);
        assert_eq!(s.len(), 7);
    }
}
