//! `list` methods. Borrows of the vector are never held across calls into Python code.

use std::cell::RefCell;

use crate::error::{index_error, type_error, value_error, PyResult};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

fn this(args: &[Value]) -> PyResult<&RefCell<Vec<Value>>> {
    match args.first().and_then(Value::payload) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let l = this(args)?;
    let v = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("list.append() takes exactly one argument (0 given)"))?;
    l.borrow_mut().push(v);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let l = this(args)?;
    let items = vm.collect_iter(args.get(1).unwrap_or(&Value::None))?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let l = this(args)?;
    let i = match args.get(1) {
        Some(x) => crate::builtins::funcs_index(vm, x)?,
        None => -1,
    };
    let mut v = l.borrow_mut();
    if v.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    let len = v.len() as i64;
    let idx = if i < 0 { i + len } else { i };
    if !(0..len).contains(&idx) {
        return Err(index_error("pop index out of range"));
    }
    Ok(v.remove(idx as usize))
}

fn list_insert(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let l = this(args)?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let i = match args.get(1) {
        Some(Value::Int(i)) => *i,
        Some(v) => crate::builtins::funcs_index(vm, v)?,
        None => 0,
    };
    let v = args.get(2).cloned().unwrap_or(Value::None);
    let mut vec = l.borrow_mut();
    let len = vec.len() as i64;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
    vec.insert(idx as usize, v);
    Ok(Value::None)
}

fn position(vm: &mut Vm, args: &[Value]) -> PyResult<Option<usize>> {
    let l = this(args)?;
    let Some(target) = args.get(1).cloned() else {
        return Err(type_error("index expected at least 1 argument, got 0"));
    };
    let len = l.borrow().len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = crate::builtins::funcs_index(vm, v)?;
                Ok(if i < 0 { (i + len).max(0) } else { i.min(len) })
            }
        }
    };
    let mut i = bound(vm, args.get(2), 0)? as usize;
    let stop = bound(vm, args.get(3), len)? as usize;
    loop {
        if i >= stop {
            return Ok(None);
        }
        let item = match l.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(None),
        };
        if item.is(&target) || vm.eq(&item, &target)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn list_index(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match position(vm, args)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr_string(args.get(1).unwrap_or(&Value::None))?;
            Err(value_error(format!("{r} is not in list")))
        }
    }
}

fn list_remove(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match position(vm, args)? {
        Some(i) => {
            let l = this(args)?;
            let mut v = l.borrow_mut();
            if i < v.len() {
                v.remove(i);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn list_count(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let l = this(args)?;
    let target = args.get(1).cloned().unwrap_or(Value::None);
    let items: Vec<Value> = l.borrow().clone();
    let mut n = 0;
    for it in &items {
        if it.is(&target) || vm.eq(it, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_reverse(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut old = std::mem::take(&mut *this(args)?.borrow_mut());
    // Last to first, as CPython releases them (visible through `__del__` order).
    old.reverse();
    drop(old);
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let items = this(args)?.borrow().clone();
    Ok(vm.new_list(items))
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let l = this(args)?;
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw {
        match k.as_pystr().map(|s| s.to_rust().into_owned()).as_deref() {
            Some("key") => key = v.clone(),
            Some("reverse") => reverse = vm.truthy(v)?,
            other => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    other.unwrap_or("")
                )))
            }
        }
    }
    let items = std::mem::take(&mut *l.borrow_mut());
    let result = vm.sort_values(items, &key, reverse);
    match result {
        Ok(sorted) => {
            let modified = !l.borrow().is_empty();
            *l.borrow_mut() = sorted;
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err((items, e)) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

/// CPython's sort for fewer than 64 items: the initial run (reversed if strictly
/// descending), then binary insertion of the rest, with the same `<` calls in the same order.
pub(crate) fn small_sort(vm: &mut Vm, idx: &mut [usize], keys: &[Value]) -> PyResult<()> {
    let n = idx.len();
    if n < 2 {
        return Ok(());
    }
    let key = |i: usize| keys.get(i).cloned().unwrap_or(Value::None);
    let lt = |vm: &mut Vm, a: usize, b: usize| -> PyResult<bool> { vm.lt(&key(a), &key(b)) };
    // count_run
    let mut run = 2;
    let first = idx.first().copied().unwrap_or(0);
    let second = idx.get(1).copied().unwrap_or(0);
    if lt(vm, second, first)? {
        while run < n {
            let (a, b) = (idx[run], idx[run - 1]);
            if !lt(vm, a, b)? {
                break;
            }
            run += 1;
        }
        idx[..run].reverse();
    } else {
        while run < n {
            let (a, b) = (idx[run], idx[run - 1]);
            if lt(vm, a, b)? {
                break;
            }
            run += 1;
        }
    }
    // binarysort
    for start in run..n {
        let pivot = idx[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if lt(vm, pivot, idx[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        idx.copy_within(l..start, l + 1);
        idx[l] = pivot;
    }
    Ok(())
}

/// The native methods of `list`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("pop", list_pop),
    ("insert", list_insert),
    ("index", list_index),
    ("remove", list_remove),
    ("count", list_count),
    ("reverse", list_reverse),
    ("clear", list_clear),
    ("copy", list_copy),
    ("sort", list_sort),
];
