//! Indexing, slicing and membership of the built-in containers.

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::int::{as_int, IntRef};
use crate::objects::range::Range;
use crate::objects::str::PyStr;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, Vm};

/// An index value as `i64` (`__index__` of built-in ints only); `None` if not an int.
fn small_index(v: &Value) -> Option<PyResult<i64>> {
    match as_int(v)? {
        IntRef::Small(i) => Some(Ok(i)),
        IntRef::Big(_) => Some(Err(index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name_of(v)
        )))),
    }
}

/// Normalises `i` against `len` for item access.
fn norm(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    (0..len).contains(&j).then_some(j as usize)
}

/// `slice.indices(len)`: clamped start, stop, step.
pub fn slice_indices(vm: &mut Vm, parts: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let get = |vm: &mut Vm, v: &Value| -> PyResult<Option<i64>> {
        if v.is(&Value::None) {
            return Ok(None);
        }
        match as_int(v) {
            Some(IntRef::Small(i)) => Ok(Some(i)),
            Some(IntRef::Big(b)) => Ok(Some(if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            })),
            None => match vm.call_dunder(v, "__index__", &[])? {
                Some(r) => match as_int(&r) {
                    Some(IntRef::Small(i)) => Ok(Some(i)),
                    _ => Ok(Some(0)),
                },
                None => Err(type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let step = get(vm, &parts[2])?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |x: Option<i64>, default: i64| -> i64 {
        match x {
            None => default,
            Some(x) if x < 0 => (x.saturating_add(len)).max(lower),
            Some(x) => x.min(upper),
        }
    };
    let start = clamp(get(vm, &parts[0])?, if step < 0 { upper } else { lower });
    let stop = clamp(get(vm, &parts[1])?, if step < 0 { lower } else { upper });
    Ok((start, stop, step))
}

/// The indices a slice selects.
fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

/// `obj[key]` for built-in containers; `None` when `obj` is not one.
pub(crate) fn builtin_getitem(vm: &mut Vm, obj: &Value, key: &Value) -> Option<PyResult<Value>> {
    let Value::Obj(o) = obj else { return None };
    let seq_name = || type_name_of(obj);
    match &o.payload {
        Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) => {
            let len = crate::vm::builtin_len(obj).unwrap_or(0);
            if let Some(Payload::Slice(parts)) = key.payload() {
                let parts = (**parts).clone();
                let (start, stop, step) = match slice_indices(vm, &parts, len) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                let pos = slice_positions(start, stop, step);
                // CPython returns an exact str, tuple or bytes itself for a whole forward slice
                // (`s[:] is s`); lists are always copied.
                let t = crate::types::types();
                let exact_immutable = [&t.str, &t.tuple, &t.bytes]
                    .iter()
                    .any(|c| std::rc::Rc::ptr_eq(c, o.class()));
                if exact_immutable && step == 1 && pos.len() == len {
                    return Some(Ok(obj.clone()));
                }
                return Some(Ok(match &o.payload {
                    Payload::List(l) => {
                        let l = l.borrow();
                        vm.new_list(pos.iter().filter_map(|&i| l.get(i).cloned()).collect())
                    }
                    Payload::Tuple(t) => {
                        vm.new_tuple(pos.iter().filter_map(|&i| t.get(i).cloned()).collect())
                    }
                    Payload::Str(s) => Value::Obj(Object::new_str(s.slice(pos.into_iter()))),
                    Payload::Bytes(b) => crate::objects::bytes::new_bytes(
                        pos.iter().filter_map(|&i| b.get(i).copied()).collect(),
                    ),
                    _ => Value::None,
                }));
            }
            let i = match small_index(key) {
                Some(Ok(i)) => i,
                Some(Err(e)) => return Some(Err(e)),
                None => {
                    if let Some(r) = index_via_dunder(vm, key) {
                        match r {
                            Ok(i) => i,
                            Err(e) => return Some(Err(e)),
                        }
                    } else {
                        let what = match &o.payload {
                            Payload::List(_) => "list",
                            Payload::Tuple(_) => "tuple",
                            Payload::Str(_) => {
                                return Some(Err(type_error(format!(
                                    "string indices must be integers, not '{}'",
                                    type_name_of(key)
                                ))))
                            }
                            _ => "byte",
                        };
                        return Some(Err(type_error(format!(
                            "{what} indices must be integers or slices, not {}",
                            type_name_of(key)
                        ))));
                    }
                }
            };
            let Some(j) = norm(i, len) else {
                let what = match &o.payload {
                    Payload::List(_) => "list",
                    Payload::Tuple(_) => "tuple",
                    Payload::Str(_) => "string",
                    _ => "index",
                };
                let _ = seq_name;
                return Some(Err(index_error(if what == "index" {
                    "index out of range".to_string()
                } else {
                    format!("{what} index out of range")
                })));
            };
            Some(Ok(match &o.payload {
                Payload::List(l) => l.borrow().get(j).cloned().unwrap_or(Value::None),
                Payload::Tuple(t) => t.get(j).cloned().unwrap_or(Value::None),
                Payload::Str(s) => Value::Obj(Object::new_str(PyStr::from_code_points(&[s
                    .char_at(j)
                    .unwrap_or(0)]))),
                Payload::Bytes(b) => Value::Int(b.get(j).copied().map_or(0, i64::from)),
                _ => Value::None,
            }))
        }
        Payload::Dict(table) => {
            let h = match vm.hash(key) {
                Ok(h) => h,
                Err(e) => return Some(Err(e)),
            };
            match vm.dict_find(table, key, h) {
                Ok(Some((_, v))) => Some(Ok(v)),
                Ok(None) => {
                    if o.class().as_type().is_some_and(|t| t.heap) {
                        match vm.call_dunder(obj, "__missing__", std::slice::from_ref(key)) {
                            Ok(Some(v)) => return Some(Ok(v)),
                            Ok(None) => {}
                            Err(e) => return Some(Err(e)),
                        }
                    }
                    Some(Err(vm.key_error(key.clone())))
                }
                Err(e) => Some(Err(e)),
            }
        }
        Payload::Range(r) => Some(range_getitem(vm, r, key)),
        _ => None,
    }
}

/// An int (or `__index__`) value as a big integer, for range indexing and slicing.
fn big_index(vm: &mut Vm, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
    if let Some(i) = as_int(v) {
        return Ok(Some(i.to_big()));
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        return match as_int(&r) {
            Some(i) => Ok(Some(i.to_big())),
            None => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name_of(&r)
            ))),
        };
    }
    Ok(None)
}

/// `range[key]`: exact for any bounds.
fn range_getitem(vm: &mut Vm, r: &Range, key: &Value) -> PyResult<Value> {
    if let Some(Payload::Slice(parts)) = key.payload() {
        let parts = (**parts).clone();
        let mut ints = Vec::with_capacity(3);
        for p in &parts {
            if matches!(p, Value::None) {
                ints.push(None);
                continue;
            }
            match big_index(vm, p)? {
                Some(i) => ints.push(Some(i)),
                None => {
                    return Err(type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ))
                }
            }
        }
        let mut it = ints.into_iter();
        let (a, b, c) = (
            it.next().flatten(),
            it.next().flatten(),
            it.next().flatten(),
        );
        let nr = r
            .slice(a, b, c)
            .ok_or_else(|| value_error("slice step cannot be zero"))?;
        return Ok(Value::Obj(Object::new(&types().range, Payload::Range(nr))));
    }
    let Some(i) = big_index(vm, key)? else {
        return Err(type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name_of(key)
        )));
    };
    match r.item(&i) {
        Some(v) => Ok(crate::objects::int::from_big(v)),
        None => Err(index_error("range object index out of range")),
    }
}

fn index_via_dunder(vm: &mut Vm, key: &Value) -> Option<PyResult<i64>> {
    if !type_of_heap(key) {
        return None;
    }
    match vm.call_dunder(key, "__index__", &[]) {
        Ok(Some(r)) if as_int(&r).is_none() => Some(Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name_of(&r)
        )))),
        Ok(Some(r)) => small_index(&r),
        Ok(None) => None,
        Err(e) => Some(Err(e)),
    }
}

fn type_of_heap(v: &Value) -> bool {
    crate::vm::type_of(v).as_type().is_some_and(|t| t.heap)
}

/// `obj[key] = value` / `del obj[key]` for built-in containers.
pub(crate) fn builtin_setitem(
    vm: &mut Vm,
    obj: &Value,
    key: &Value,
    value: Option<Value>,
) -> Option<PyResult<()>> {
    let Value::Obj(o) = obj else { return None };
    match &o.payload {
        Payload::List(l) => {
            let len = l.borrow().len();
            if let Some(Payload::Slice(parts)) = key.payload() {
                let parts = (**parts).clone();
                let (start, stop, step) = match slice_indices(vm, &parts, len) {
                    Ok(x) => x,
                    Err(e) => return Some(Err(e)),
                };
                return Some(match value {
                    Some(v) => {
                        let items = match vm.collect_iter(&v) {
                            Ok(x) => x,
                            Err(e) if e.matches(&types().type_error) => {
                                return Some(Err(type_error("can only assign an iterable")))
                            }
                            Err(e) => return Some(Err(e)),
                        };
                        if step == 1 {
                            let stop = stop.max(start);
                            let mut lb = l.borrow_mut();
                            let (s, e) = (start as usize, (stop as usize).min(lb.len()));
                            let old: Vec<Value> = lb.splice(s..e, items).collect();
                            drop(lb);
                            drop(old);
                            Ok(())
                        } else {
                            let pos = slice_positions(start, stop, step);
                            if pos.len() != items.len() {
                                return Some(Err(value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {}",
                                    items.len(),
                                    pos.len()
                                ))));
                            }
                            let mut lb = l.borrow_mut();
                            for (p, it) in pos.into_iter().zip(items) {
                                if let Some(slot) = lb.get_mut(p) {
                                    *slot = it;
                                }
                            }
                            Ok(())
                        }
                    }
                    None => {
                        let mut pos = slice_positions(start, stop, step);
                        pos.sort_unstable();
                        let mut lb = l.borrow_mut();
                        let mut removed = Vec::new();
                        for p in pos.into_iter().rev() {
                            if p < lb.len() {
                                removed.push(lb.remove(p));
                            }
                        }
                        drop(lb);
                        drop(removed);
                        Ok(())
                    }
                });
            }
            let i = match small_index(key) {
                Some(Ok(i)) => i,
                Some(Err(e)) => return Some(Err(e)),
                None => match index_via_dunder(vm, key) {
                    Some(Ok(i)) => i,
                    Some(Err(e)) => return Some(Err(e)),
                    None => {
                        return Some(Err(type_error(format!(
                            "list indices must be integers or slices, not {}",
                            type_name_of(key)
                        ))))
                    }
                },
            };
            let Some(j) = norm(i, len) else {
                return Some(Err(index_error("list assignment index out of range")));
            };
            let old = match value {
                Some(v) => l.borrow_mut().get_mut(j).map(|s| std::mem::replace(s, v)),
                None => Some(l.borrow_mut().remove(j)),
            };
            drop(old);
            Some(Ok(()))
        }
        Payload::Dict(_) => Some(match value {
            Some(v) => vm.dict_set(o, key.clone(), v),
            None => match vm.dict_remove(o, key) {
                Ok(Some(_)) => Ok(()),
                Ok(None) => Err(vm.key_error(key.clone())),
                Err(e) => Err(e),
            },
        }),
        _ => None,
    }
}

/// `item in container` for built-in containers.
pub(crate) fn builtin_contains(
    vm: &mut Vm,
    container: &Value,
    item: &Value,
) -> Option<PyResult<bool>> {
    let Value::Obj(o) = container else {
        return None;
    };
    match &o.payload {
        Payload::List(_) | Payload::Tuple(_) => {
            let items = vm.collect_iter(container).ok()?;
            for x in &items {
                match vm.eq(x, item) {
                    Ok(true) => return Some(Ok(true)),
                    Ok(false) => {}
                    Err(e) => return Some(Err(e)),
                }
            }
            Some(Ok(false))
        }
        Payload::Str(s) => match item.as_pystr() {
            Some(needle) => Some(Ok(s.find(needle, 0, s.len()).is_some())),
            None => Some(Err(type_error(format!(
                "'in <string>' requires string as left operand, not {}",
                type_name_of(item)
            )))),
        },
        Payload::Bytes(b) => match (as_int(item), crate::objects::bytes_methods::bytes_of(item)) {
            (Some(IntRef::Small(i)), _) if (0..256).contains(&i) => {
                Some(Ok(b.iter().any(|&x| i64::from(x) == i)))
            }
            (Some(_), _) => Some(Err(value_error("byte must be in range(0, 256)"))),
            (_, Some(n)) => Some(Ok(n.is_empty() || b.windows(n.len()).any(|w| w == &n[..]))),
            _ => Some(Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(item)
            )))),
        },
        Payload::Dict(table) => {
            let h = match vm.hash(item) {
                Ok(h) => h,
                Err(e) => return Some(Err(e)),
            };
            Some(vm.dict_find(table, item, h).map(|r| r.is_some()))
        }
        Payload::Set(_) | Payload::FrozenSet(_) => {
            // A set item is looked up as the equal frozenset (set_find hashes it so).
            if !matches!(item.payload(), Some(Payload::Set(_))) {
                if let Err(e) = vm.hash(item) {
                    return Some(Err(e));
                }
            }
            Some(vm.set_find(container, item).map(|r| r.is_some()))
        }
        Payload::Range(r) => Some(crate::objects::extra::range_contains(vm, r, item)),
        _ => None,
    }
}
