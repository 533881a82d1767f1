//! `gc`: the cycle collector's interface, and the collector itself.
//!
//! Reference counting frees everything but cycles. `gc.collect()` finds cycles with CPython's
//! algorithm ("trial deletion"): take a set of container objects, subtract from each object's
//! reference count the references coming from inside the set; what stays above zero is
//! referenced from outside (a register, a Rust structure, a module) and is reachable, with
//! everything it reaches; the rest is garbage.
//!
//! Which objects are in the set: pyvm does not keep a list of every container (that would
//! cost every list and dict creation), only of instances of `class` statements' classes, the
//! objects that user-level cycles (`a.other = b; b.other = a`, parent/child links, `self.cb =
//! self.method`) go through. The set is what those instances reach through their `__dict__`,
//! lists, tuples, dicts, sets, cells, bound methods and functions. Edges are only followed
//! where one reported edge is exactly one strong count (a closure array shared by two
//! functions is not followed), so a miss can only keep garbage alive, never free a live
//! object. Cycles made only of lists or dicts are not found.
//!
//! Garbage is handled as PEP 442 says: weak references to it are cleared (their callbacks
//! called when the weak reference itself survives), `__del__` runs once per object, objects
//! a finalizer resurrected are left alone, and the rest is broken up by emptying instance
//! dicts, lists, dicts, sets and cells.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::{new_module, set_attr};
use crate::error::{type_error, PyResult};
use crate::object::{Obj, Object, Payload, FINALIZED};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

thread_local! {
    /// Instances of user classes, weakly (the starting points of a collection).
    static TRACKED: RefCell<Vec<Weak<Object>>> = const { RefCell::new(Vec::new()) };
    /// Prune dead entries from [`TRACKED`] when it reaches this length.
    static PRUNE_AT: std::cell::Cell<usize> = const { std::cell::Cell::new(1024) };
    /// `enable()`/`disable()`, thresholds, debug flags, frozen count.
    static STATE: RefCell<GcState> = const {
        RefCell::new(GcState { enabled: true, thresholds: (700, 10, 10), debug: 0 })
    };
}

struct GcState {
    enabled: bool,
    thresholds: (i64, i64, i64),
    debug: i64,
}

/// Records a new instance of a user class for the collector.
pub(crate) fn track(o: &Obj) {
    TRACKED.with(|t| {
        let Ok(mut t) = t.try_borrow_mut() else {
            return;
        };
        t.push(Rc::downgrade(o));
        let limit = PRUNE_AT.with(|p| p.get());
        if t.len() >= limit {
            t.retain(|w| w.strong_count() > 0);
            PRUNE_AT.with(|p| p.set((t.len() * 2).max(1024)));
        }
    });
}

/// Calls `f` on each object `o` holds one strong reference to, where that is certain.
fn edges(o: &Object, f: &mut dyn FnMut(&Obj)) {
    let mut v = |x: &Value| {
        if let Value::Obj(c) = x {
            f(c);
        }
    };
    if let Some(d) = o.dict.get() {
        v(&Value::Obj(d.clone()));
    }
    match &o.payload {
        Payload::Tuple(items) => items.iter().for_each(&mut v),
        Payload::List(items) => {
            if let Ok(items) = items.try_borrow() {
                items.iter().for_each(&mut v);
            }
        }
        Payload::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                for e in d.iter() {
                    v(&e.key);
                    v(&e.value);
                }
            }
        }
        Payload::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.iter().for_each(&mut v);
            }
        }
        Payload::FrozenSet(s) => s.iter().for_each(&mut v),
        Payload::BoundMethod { func, receiver } => {
            v(func);
            v(receiver);
        }
        Payload::Cell(c) => {
            if let Ok(c) = c.try_borrow() {
                v(&c);
            }
        }
        Payload::Function(func) => {
            v(&Value::Obj(func.globals.clone()));
            if let Ok(d) = func.defaults.try_borrow() {
                v(&d);
            }
            if let Ok(d) = func.kwdefaults.try_borrow() {
                v(&d);
            }
            if let Ok(c) = func.closure.try_borrow() {
                if Rc::strong_count(&c) == 1 {
                    c.iter().for_each(&mut v);
                }
            }
        }
        Payload::ClassMethod(x) | Payload::StaticMethod(x) => v(x),
        Payload::Property { fget, fset, fdel } => {
            v(fget);
            v(fset);
            v(fdel);
        }
        Payload::WeakRef(w) => {
            if let Ok(c) = w.callback.try_borrow() {
                v(&c);
            }
        }
        _ => {}
    }
}

/// Types and modules are not entered: what they hold counts as referenced from outside.
fn is_node(o: &Obj) -> bool {
    !matches!(o.payload, Payload::Type(_) | Payload::Module { .. })
}

/// The objects reachable from the tracked instances, and which of them are unreachable from
/// outside that set.
fn find_garbage(nodes: &[Obj], index: &HashMap<usize, usize>) -> Vec<bool> {
    // Our own `nodes` vector holds one reference to each.
    let mut refs: Vec<isize> = nodes
        .iter()
        .map(|o| Rc::strong_count(o) as isize - 1)
        .collect();
    for o in nodes {
        edges(o, &mut |c| {
            if let Some(&i) = index.get(&(Rc::as_ptr(c) as usize)) {
                if let Some(r) = refs.get_mut(i) {
                    *r -= 1;
                }
            }
        });
    }
    let mut reachable = vec![false; nodes.len()];
    let mut work: Vec<usize> = (0..nodes.len())
        .filter(|&i| refs.get(i).is_some_and(|&r| r > 0))
        .collect();
    for &i in &work {
        reachable[i] = true;
    }
    while let Some(i) = work.pop() {
        let Some(o) = nodes.get(i) else { continue };
        edges(o, &mut |c| {
            if let Some(&j) = index.get(&(Rc::as_ptr(c) as usize)) {
                if let Some(r) = reachable.get_mut(j) {
                    if !*r {
                        *r = true;
                        work.push(j);
                    }
                }
            }
        });
    }
    reachable.iter().map(|r| !r).collect()
}

/// One collection; returns the number of unreachable objects found (CPython counts an
/// instance and not its dict, which 3.12 keeps inline).
pub(crate) fn collect(vm: &mut Vm) -> i64 {
    vm.run_finalizers();
    let roots: Vec<Obj> = TRACKED.with(|t| {
        let Ok(mut t) = t.try_borrow_mut() else {
            return Vec::new();
        };
        t.retain(|w| w.strong_count() > 0);
        t.iter().filter_map(Weak::upgrade).collect()
    });
    if roots.is_empty() {
        return 0;
    }
    let mut nodes: Vec<Obj> = Vec::new();
    let mut index: HashMap<usize, usize> = HashMap::new();
    for r in roots {
        let k = Rc::as_ptr(&r) as usize;
        if let std::collections::hash_map::Entry::Vacant(e) = index.entry(k) {
            e.insert(nodes.len());
            nodes.push(r);
        }
    }
    let mut i = 0;
    while let Some(o) = nodes.get(i).cloned() {
        edges(&o, &mut |c| {
            if is_node(c) {
                let k = Rc::as_ptr(c) as usize;
                if let std::collections::hash_map::Entry::Vacant(e) = index.entry(k) {
                    e.insert(nodes.len());
                    nodes.push(c.clone());
                }
            }
        });
        i += 1;
    }
    let garbage = find_garbage(&nodes, &index);
    if !garbage.iter().any(|g| *g) {
        return 0;
    }
    let dead: Vec<Obj> = nodes
        .iter()
        .zip(&garbage)
        .filter(|(_, g)| **g)
        .map(|(o, _)| o.clone())
        .collect();
    let dead_set: std::collections::HashSet<usize> =
        dead.iter().map(|o| Rc::as_ptr(o) as usize).collect();
    // Weak references first: a callback must not see an object being torn down.
    for o in &dead {
        for r in crate::objects::weakref::detach_all(o) {
            let inside = dead_set.contains(&(Rc::as_ptr(&r) as usize));
            crate::objects::weakref::clear_ref(&r, !inside);
        }
    }
    vm.run_finalizers();
    // Then finalizers, once each.
    for o in &dead {
        let has_del =
            o.flags.get() & FINALIZED == 0 && o.class().as_type().is_some_and(|t| t.has_del.get());
        if !has_del {
            continue;
        }
        o.flags.set(o.flags.get() | FINALIZED);
        let cls = o.class().clone();
        if let Some(del) = crate::objects::typeobj::lookup(&cls, "__del__") {
            let ov = Value::Obj(o.clone());
            let saved = vm.handled.clone();
            let r = vm.bind(&del, &ov, &cls).and_then(|m| vm.call(&m, &[], &[]));
            vm.handled = saved;
            if let Err(e) = r {
                vm.report_unraisable("Exception ignored in", &del, &e);
            }
        }
    }
    drop(dead);
    // A finalizer may have resurrected some: look again.
    let garbage = find_garbage(&nodes, &index);
    let instance_dicts: std::collections::HashSet<usize> = nodes
        .iter()
        .zip(&garbage)
        .filter(|(_, g)| **g)
        .filter_map(|(o, _)| o.dict.get().map(|d| Rc::as_ptr(d) as usize))
        .collect();
    let mut count = 0;
    let mut trash: Vec<Value> = Vec::new();
    for (o, g) in nodes.iter().zip(&garbage) {
        if !*g {
            continue;
        }
        if !instance_dicts.contains(&(Rc::as_ptr(o) as usize)) {
            count += 1;
        }
        match &o.payload {
            Payload::List(l) => {
                if let Ok(mut l) = l.try_borrow_mut() {
                    trash.extend(std::mem::take(&mut *l));
                }
            }
            Payload::Dict(d) => {
                if let Ok(mut d) = d.try_borrow_mut() {
                    let d = std::mem::take(&mut *d);
                    for e in d.iter() {
                        trash.push(e.key.clone());
                        trash.push(e.value.clone());
                    }
                }
            }
            Payload::Set(s) => {
                if let Ok(mut s) = s.try_borrow_mut() {
                    let s = std::mem::take(&mut *s);
                    trash.extend(s.iter().cloned());
                }
            }
            Payload::Cell(c) => {
                if let Ok(mut c) = c.try_borrow_mut() {
                    trash.push(std::mem::take(&mut *c));
                }
            }
            _ => {}
        }
    }
    drop(nodes);
    drop(index);
    drop(trash);
    vm.run_finalizers();
    count
}

/// `gc`.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "gc",
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_debug", gc_get_debug),
            ("set_debug", gc_set_debug),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("get_referents", gc_get_referents),
            ("get_referrers", gc_get_referrers),
            ("get_objects", gc_get_objects),
            ("get_stats", gc_get_stats),
            ("freeze", gc_noop),
            ("unfreeze", gc_noop),
            ("get_freeze_count", gc_zero),
        ],
    );
    let garbage = vm.new_list(Vec::new());
    set_attr(&m, "garbage", garbage);
    let callbacks = vm.new_list(Vec::new());
    set_attr(&m, "callbacks", callbacks);
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set_attr(&m, n, Value::Int(v));
    }
    Ok(m)
}

fn int_arg(v: Option<&Value>, what: &str) -> PyResult<i64> {
    match v {
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        _ => Err(type_error(format!("{what}: an integer is required"))),
    }
}

fn gc_collect(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let gen = args.first().or_else(|| kw.first().map(|(_, v)| v)).cloned();
    if let Some(g) = gen {
        let g = int_arg(Some(&g), "collect()")?;
        if !(0..=2).contains(&g) {
            return Err(crate::error::value_error("invalid generation"));
        }
    }
    Ok(Value::Int(collect(vm)))
}

fn gc_enable(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    STATE.with(|s| s.borrow_mut().enabled = true);
    Ok(Value::None)
}

fn gc_disable(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    STATE.with(|s| s.borrow_mut().enabled = false);
    Ok(Value::None)
}

fn gc_isenabled(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(STATE.with(|s| s.borrow().enabled)))
}

fn gc_get_count(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = TRACKED.with(|t| t.borrow().len()) as i64 % 700;
    Ok(vm.new_tuple(vec![Value::Int(n), Value::Int(0), Value::Int(0)]))
}

fn gc_get_threshold(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let (a, b, c) = STATE.with(|s| s.borrow().thresholds);
    Ok(vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn gc_set_threshold(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("set_threshold() takes no keyword arguments"));
    }
    if args.is_empty() || args.len() > 3 {
        return Err(type_error(format!(
            "set_threshold() takes at least 1 argument ({} given)",
            args.len()
        )));
    }
    let mut t = STATE.with(|s| s.borrow().thresholds);
    t.0 = int_arg(args.first(), "set_threshold()")?;
    if args.len() > 1 {
        t.1 = int_arg(args.get(1), "set_threshold()")?;
    }
    if args.len() > 2 {
        t.2 = int_arg(args.get(2), "set_threshold()")?;
    }
    STATE.with(|s| s.borrow_mut().thresholds = t);
    Ok(Value::None)
}

fn gc_get_debug(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(STATE.with(|s| s.borrow().debug)))
}

fn gc_set_debug(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let d = int_arg(args.first(), "set_debug()")?;
    STATE.with(|s| s.borrow_mut().debug = d);
    Ok(Value::None)
}

/// CPython tracks containers; atoms (and tuples/dicts holding only atoms, which it untracks
/// lazily) are not. pyvm answers from the type, as CPython does for a fresh object.
fn gc_is_tracked(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(Value::Obj(o)) = args.first() else {
        return Ok(Value::Bool(false));
    };
    let atomic = |v: &Value| match v {
        Value::Obj(o) => matches!(
            o.payload,
            Payload::Str(_) | Payload::Bytes(_) | Payload::Int(_) | Payload::Float(_)
        ),
        _ => true,
    };
    let tracked = match &o.payload {
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex(..)
        | Payload::Range(_)
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::ByteArray(_)
        | Payload::Builtin(_) => false,
        Payload::Tuple(items) => !items.iter().all(atomic),
        Payload::Dict(d) => !d
            .borrow()
            .iter()
            .all(|e| atomic(&e.key) && atomic(&e.value)),
        Payload::Instance => o.class().as_type().is_some_and(|t| t.heap),
        _ => true,
    };
    Ok(Value::Bool(tracked))
}

fn gc_is_finalized(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(matches!(
        args.first(),
        Some(Value::Obj(o)) if o.flags.get() & FINALIZED != 0
    )))
}

fn gc_get_referents(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for a in args {
        if let Value::Obj(o) = a {
            o.traverse(&mut |v| {
                if let Value::Obj(_) = v {
                    out.push(v.clone());
                }
            });
        }
    }
    Ok(vm.new_list(out))
}

/// The tracked objects (and what they reach) that refer to any argument.
fn gc_get_referrers(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let targets: std::collections::HashSet<usize> = args
        .iter()
        .filter_map(|a| a.as_obj().map(|o| Rc::as_ptr(o) as usize))
        .collect();
    let mut out = Vec::new();
    for o in all_objects() {
        let mut hit = false;
        edges(&o, &mut |c| {
            hit |= targets.contains(&(Rc::as_ptr(c) as usize))
        });
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(vm.new_list(out))
}

/// The tracked instances and the containers they reach.
fn all_objects() -> Vec<Obj> {
    let mut nodes: Vec<Obj> =
        TRACKED.with(|t| t.borrow().iter().filter_map(Weak::upgrade).collect());
    let mut seen: std::collections::HashSet<usize> =
        nodes.iter().map(|o| Rc::as_ptr(o) as usize).collect();
    let mut i = 0;
    while let Some(o) = nodes.get(i).cloned() {
        edges(&o, &mut |c| {
            if is_node(c) && seen.insert(Rc::as_ptr(c) as usize) {
                nodes.push(c.clone());
            }
        });
        i += 1;
    }
    nodes
}

fn gc_get_objects(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = all_objects().into_iter().map(Value::Obj).collect();
    Ok(vm.new_list(v))
}

fn gc_get_stats(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut gens = Vec::new();
    for _ in 0..3 {
        let d = vm.new_dict();
        for k in ["collections", "collected", "uncollectable"] {
            let key = Value::str(k);
            vm.setitem(&d, &key, Some(Value::Int(0)))?;
        }
        gens.push(d);
    }
    Ok(vm.new_list(gens))
}

fn gc_noop(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn gc_zero(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(0))
}
