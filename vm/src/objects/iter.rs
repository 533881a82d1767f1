//! Built-in iterators over sequences, ranges, dicts and snapshots.

use std::cell::RefCell;

use crate::error::{PyErr, PyResult};
use crate::object::{Obj, Payload};
use crate::types::types;
use crate::value::Value;
use crate::vm::Vm;

/// Which view of a dict an iterator walks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// The state of a built-in iterator.
#[derive(Debug)]
pub enum IterState {
    /// A list, tuple, str or bytes by index (re-reading the length each step, as CPython).
    Seq {
        seq: Obj,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose bounds or length do not fit `i64` (`longrange_iterator`).
    BigRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        left: num_bigint::BigInt,
    },
    Dict {
        dict: Obj,
        pos: usize,
        /// The dict's size when the iterator was made.
        len: usize,
        /// Items still expected: finding more (a key deleted and another added, same size)
        /// is CPython's "dictionary keys changed during iteration".
        left: usize,
        view: DictView,
    },
    /// A `set`: items copied out when the iterator was made, and the set's size then, to
    /// raise "Set changed size during iteration" as CPython does.
    Set {
        set: Obj,
        items: Vec<Value>,
        index: usize,
        len: usize,
    },
    /// Items copied out when the iterator was made (sets).
    Snapshot {
        items: Vec<Value>,
        index: usize,
    },
    Enumerate {
        it: Value,
        /// The next index: an int value (big once past `i64`).
        count: Value,
    },
    Zip {
        its: Vec<Value>,
    },
    /// `zip(..., strict=True)`.
    ZipStrict {
        its: Vec<Value>,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Obj,
        index: usize,
    },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until `IndexError`.
    GetItem {
        obj: Value,
        index: i64,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    Done,
}

impl IterState {
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => {
                f(&Value::Obj(seq.clone()))
            }
            IterState::Dict { dict, .. } => f(&Value::Obj(dict.clone())),
            IterState::Snapshot { items, .. } => items.iter().for_each(&mut *f),
            IterState::Set { set, items, .. } => {
                f(&Value::Obj(set.clone()));
                items.iter().for_each(&mut *f);
            }
            IterState::Enumerate { it, count } => {
                f(it);
                f(count);
            }
            IterState::Zip { its } | IterState::ZipStrict { its } => its.iter().for_each(&mut *f),
            IterState::Map { func, its } => {
                f(func);
                its.iter().for_each(&mut *f);
            }
            IterState::Filter { func, it } => {
                f(func);
                f(it);
            }
            IterState::GetItem { obj, .. } => f(obj),
            IterState::Callable { func, sentinel } => {
                f(func);
                f(sentinel);
            }
            IterState::Range { .. } | IterState::BigRange { .. } | IterState::Done => {}
        }
    }
}

/// The class of a fresh built-in iterator, named as CPython names them (`list_iterator`,
/// `dict_keyiterator`, ...).
pub(crate) fn class_for(st: &IterState) -> &'static Obj {
    let t = types();
    match st {
        IterState::Seq { seq, .. } => match &seq.payload {
            Payload::List(_) => &t.list_iterator,
            Payload::Tuple(_) => &t.tuple_iterator,
            Payload::Str(s) if s.as_ascii().is_some() => &t.str_ascii_iterator,
            Payload::Str(_) => &t.str_iterator,
            Payload::Bytes(_) => &t.bytes_iterator,
            Payload::ByteArray(_) => &t.bytearray_iterator,
            Payload::MemoryView(_) => &t.memory_iterator,
            _ => &t.iterator,
        },
        IterState::Range { .. } => &t.range_iterator,
        IterState::BigRange { .. } => &t.longrange_iterator,
        IterState::Dict { view, .. } => match view {
            DictView::Keys => &t.dict_keyiterator,
            DictView::Values => &t.dict_valueiterator,
            DictView::Items => &t.dict_itemiterator,
        },
        IterState::Snapshot { .. } | IterState::Set { .. } => &t.set_iterator,
        IterState::Reversed { seq, .. } => match &seq.payload {
            Payload::List(_) => &t.list_reverseiterator,
            _ => &t.reversed,
        },
        _ => &t.iterator,
    }
}

fn seq_item(seq: &Obj, index: usize) -> Option<Value> {
    match &seq.payload {
        Payload::List(l) => l.borrow().get(index).cloned(),
        Payload::Tuple(t) => t.get(index).cloned(),
        Payload::Str(s) => s.char_at(index).map(|c| {
            Value::Obj(crate::object::Object::new_str(
                crate::objects::str::PyStr::from_code_points(&[c]),
            ))
        }),
        Payload::Bytes(b) => b.get(index).map(|&x| Value::Int(i64::from(x))),
        Payload::ByteArray(b) => b.borrow().get(index).map(|&x| Value::Int(i64::from(x))),
        Payload::MemoryView(_) => crate::objects::memoryview::iter_item(seq, index),
        _ => None,
    }
}

/// One step of a built-in iterator; `Ok(None)` when exhausted.
pub(crate) fn builtin_next(vm: &mut Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    let mut st = state.borrow_mut();
    match &mut *st {
        IterState::Seq { seq, index } => match seq_item(seq, *index) {
            Some(v) => {
                *index += 1;
                Ok(Some(v))
            }
            None => {
                *st = IterState::Done;
                Ok(None)
            }
        },
        IterState::Range { next, stop, step } => {
            let more = if *step > 0 {
                *next < *stop
            } else {
                *next > *stop
            };
            if !more {
                return Ok(None);
            }
            let v = *next;
            match next.checked_add(*step) {
                Some(n) => *next = n,
                None => *next = *stop,
            }
            Ok(Some(Value::Int(v)))
        }
        IterState::Dict {
            dict,
            pos,
            len,
            left,
            view,
        } => {
            let Payload::Dict(d) = &dict.payload else {
                return Ok(None);
            };
            let d = d.borrow();
            if d.len() != *len {
                *len = usize::MAX;
                return Err(PyErr::new(
                    &types().runtime_error,
                    "dictionary changed size during iteration",
                ));
            }
            match d.next_from(*pos) {
                Some((p, e)) => {
                    if *left == 0 {
                        *len = usize::MAX;
                        return Err(PyErr::new(
                            &types().runtime_error,
                            "dictionary keys changed during iteration",
                        ));
                    }
                    *left -= 1;
                    *pos = p;
                    let v = match view {
                        DictView::Keys => e.key.clone(),
                        DictView::Values => e.value.clone(),
                        DictView::Items => vm.new_tuple(vec![e.key.clone(), e.value.clone()]),
                    };
                    Ok(Some(v))
                }
                None => Ok(None),
            }
        }
        IterState::BigRange { next, step, left } => {
            if num_traits::Zero::is_zero(left) {
                return Ok(None);
            }
            *left -= 1u32;
            let v = next.clone();
            *next += &*step;
            Ok(Some(crate::objects::int::from_big(v)))
        }
        IterState::Set {
            set,
            items,
            index,
            len,
        } => {
            let now = match &set.payload {
                Payload::Set(s) => s.borrow().len(),
                _ => *len,
            };
            if now != *len {
                *len = usize::MAX;
                return Err(PyErr::new(
                    &types().runtime_error,
                    "Set changed size during iteration",
                ));
            }
            let v = items.get(*index).cloned();
            if v.is_some() {
                *index += 1;
            }
            Ok(v)
        }
        IterState::Snapshot { items, index } => {
            let v = items.get(*index).cloned();
            if v.is_some() {
                *index += 1;
            }
            Ok(v)
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                return Ok(None);
            }
            *index -= 1;
            Ok(seq_item(seq, *index))
        }
        IterState::Enumerate { it, count } => {
            let it = it.clone();
            let c = count.clone();
            *count = match &c {
                Value::Int(i) => match i.checked_add(1) {
                    Some(n) => Value::Int(n),
                    None => crate::objects::int::from_big(num_bigint::BigInt::from(*i) + 1),
                },
                other => crate::objects::int::from_big(
                    crate::objects::int::as_int(other)
                        .map(|i| i.to_big())
                        .unwrap_or_default()
                        + 1,
                ),
            };
            drop(st);
            match vm.next(&it)? {
                Some(v) => Ok(Some(vm.new_tuple(vec![c, v]))),
                None => Ok(None),
            }
        }
        IterState::Zip { its } => {
            let its = its.clone();
            drop(st);
            let mut out = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => return Ok(None),
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterState::ZipStrict { its } => {
            let its = its.clone();
            drop(st);
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        *state.borrow_mut() = IterState::Done;
                        if i > 0 {
                            let plural = if i == 1 { " " } else { "s 1-" };
                            return Err(crate::error::value_error(format!(
                                "zip() argument {} is shorter than argument{plural}{}",
                                i + 1,
                                i
                            )));
                        }
                        for (j, other) in its.iter().enumerate().skip(1) {
                            if vm.next(other)?.is_some() {
                                let plural = if j == 1 { " " } else { "s 1-" };
                                return Err(crate::error::value_error(format!(
                                    "zip() argument {} is longer than argument{plural}{}",
                                    j + 1,
                                    j
                                )));
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if its.is_empty() {
                return Ok(None);
            }
            Ok(Some(vm.new_tuple(out)))
        }
        IterState::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, &args, &[]).map(Some)
        }
        IterState::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(st);
            loop {
                let Some(v) = vm.next(&it)? else {
                    return Ok(None);
                };
                let keep = if matches!(func, Value::None) {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&func, std::slice::from_ref(&v), &[])?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        IterState::GetItem { obj, index } => {
            let obj = obj.clone();
            let i = *index;
            *index += 1;
            drop(st);
            match vm.getitem(&obj, &Value::Int(i)) {
                Ok(v) => Ok(Some(v)),
                Err(e) if e.matches(&types().index_error) || e.matches(&types().stop_iteration) => {
                    *state.borrow_mut() = IterState::Done;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            let v = vm.call(&func, &[], &[])?;
            if vm.eq(&v, &sentinel)? {
                *state.borrow_mut() = IterState::Done;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Done => Ok(None),
    }
}
