//! Built-in iterators over sequences, ranges, dicts and snapshots.

use crate::object::Obj;
use crate::value::Value;

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
    Seq { seq: Obj, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    Dict { dict: Obj, pos: usize, len: usize, view: DictView },
    /// Items copied out when the iterator was made (sets).
    Snapshot { items: Vec<Value>, index: usize },
    Enumerate { it: Value, count: i64 },
    Zip { its: Vec<Value> },
    Reversed { seq: Obj, index: usize },
    Done,
}

impl IterState {
    pub(crate) fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => {
                f(&Value::Obj(seq.clone()))
            }
            IterState::Dict { dict, .. } => f(&Value::Obj(dict.clone())),
            IterState::Snapshot { items, .. } => items.iter().for_each(|v| f(v)),
            IterState::Enumerate { it, .. } => f(it),
            IterState::Zip { its } => its.iter().for_each(|v| f(v)),
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}
