//! `_sre`: the regular expression engine under `lib/re/`.
//!
//! Everything that is about *matching* is here, in Rust: the pattern parser (CPython's syntax
//! and error messages, [`parse`]) and a backtracking machine over a compiled program
//! ([`matcher`]). Everything that is about *objects* (`Pattern`, `Match`, `RegexFlag`,
//! templates, `split`/`sub`) is Python in `lib/re/__init__.py`, calling the few functions
//! here. Compiled programs are not Python objects: they live in a per-thread table and
//! Python holds their index, which keeps the object model free of a payload for one module.
//!
//! A subject `str` is turned into code points once and kept while the same object is searched
//! again, so `finditer`/`sub` over a long string stay linear.

mod matcher;
mod parse;

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use super::{new_module, set_attr};
use crate::error::{type_error, PyResult};
use crate::object::Object;
use crate::object::{Obj, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::bytes_methods::bytes_of;
use crate::objects::int::{as_int, IntRef};
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

use matcher::{execute, Mode, Program};

struct Compiled {
    prog: Program,
    is_text: bool,
}

#[derive(Default)]
struct Registry {
    progs: Vec<Rc<Compiled>>,
    by_key: HashMap<(Vec<u32>, bool, u32), (usize, Value)>,
    /// The last subject converted to code points, kept while that object is searched again.
    subject: Option<(Obj, Rc<Vec<u32>>)>,
}

thread_local! {
    static REG: RefCell<Registry> = RefCell::new(Registry::default());
}

/// The code points of a pattern or subject, and whether it is text.
fn units(v: &Value) -> Option<(Vec<u32>, bool)> {
    if let Some(s) = v.as_pystr() {
        return Some((s.code_points().collect(), true));
    }
    bytes_of(v).map(|b| (b.into_iter().map(u32::from).collect(), false))
}

fn int_arg(args: &[Value], i: usize, default: i64) -> i64 {
    match args.get(i).and_then(as_int) {
        Some(IntRef::Small(n)) => n,
        Some(IntRef::Big(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => default,
    }
}

/// `compile(pattern, flags)` -> `(id, groups, [(name, index)], flags, [warning])`, or on a bad pattern
/// `(None, message, position or None, kind)` with kind 0 = re.error, 1 = OverflowError,
/// 2 = ValueError (raised by `re` itself, which knows the exception classes).
fn sre_compile(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let pat = args.first().cloned().unwrap_or(Value::None);
    let flags = u32::try_from(int_arg(args, 1, 0)).unwrap_or(0);
    let Some((src, is_text)) = units(&pat) else {
        return Err(type_error(
            "first argument must be string or compiled pattern",
        ));
    };
    let key = (src, is_text, flags);
    if let Some(v) = REG.with(|r| r.borrow().by_key.get(&key).map(|(_, v)| v.clone())) {
        return Ok(v);
    }
    let parsed = match parse::parse(&key.0, is_text, flags) {
        Ok(p) => p,
        Err(e) => {
            let kind = if e.overflow {
                1
            } else if e.pos.is_none()
                && (e.msg.starts_with("cannot use") || e.msg.starts_with("ASCII and"))
            {
                2
            } else {
                0
            };
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            let warnings = e.warnings.iter().map(|w| Value::str(w)).collect();
            let warnings = vm.new_list(warnings);
            return Ok(vm.new_tuple(vec![
                Value::None,
                Value::str(&e.msg),
                pos,
                Value::Int(kind),
                warnings,
            ]));
        }
    };
    let prog = match matcher::compile(&parsed.node, parsed.groups, &parsed.group_widths) {
        Ok(p) => p,
        Err(_) => {
            return Ok(vm.new_tuple(vec![
                Value::None,
                Value::str("pattern too large"),
                Value::None,
                Value::Int(1),
                vm.new_list(Vec::new()),
            ]))
        }
    };
    let names: Vec<Value> = parsed
        .names
        .iter()
        .map(|(n, g)| vm.new_tuple(vec![Value::str(n), Value::Int(*g as i64)]))
        .collect();
    let names = vm.new_list(names);
    let id = REG.with(|r| {
        let mut r = r.borrow_mut();
        r.progs.push(Rc::new(Compiled { prog, is_text }));
        r.progs.len() - 1
    });
    let warnings = parsed.warnings.iter().map(|w| Value::str(w)).collect();
    let warnings = vm.new_list(warnings);
    let out = vm.new_tuple(vec![
        Value::Int(id as i64),
        Value::Int(parsed.groups as i64),
        names,
        Value::Int(i64::from(parsed.flags)),
        warnings,
    ]);
    REG.with(|r| r.borrow_mut().by_key.insert(key, (id, out.clone())));
    Ok(out)
}

fn program(args: &[Value]) -> PyResult<Rc<Compiled>> {
    let id = int_arg(args, 0, -1);
    REG.with(|r| {
        usize::try_from(id)
            .ok()
            .and_then(|i| r.borrow().progs.get(i).cloned())
    })
    .ok_or_else(|| type_error("invalid compiled pattern"))
}

/// The subject's code points (cached for immutable subjects) and whether it is text.
fn subject(v: &Value, want_text: bool) -> PyResult<Rc<Vec<u32>>> {
    let is_text = v.as_pystr().is_some();
    let is_bytes_like = !is_text && bytes_of(v).is_some();
    if !is_text && !is_bytes_like {
        return Err(type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name_of(v)
        )));
    }
    if want_text && !is_text {
        return Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        ));
    }
    if !want_text && is_text {
        return Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        ));
    }
    let obj = v.as_obj().cloned();
    let cacheable = matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_)));
    if cacheable {
        if let Some(o) = &obj {
            let hit = REG.with(|r| {
                r.borrow()
                    .subject
                    .as_ref()
                    .filter(|(c, _)| Rc::ptr_eq(c, o))
                    .map(|(_, t)| t.clone())
            });
            if let Some(t) = hit {
                return Ok(t);
            }
        }
    }
    let text = Rc::new(units(v).map(|u| u.0).unwrap_or_default());
    if let (true, Some(o)) = (cacheable, obj) {
        REG.with(|r| r.borrow_mut().subject = Some((o, text.clone())));
    }
    Ok(text)
}

/// CPython's clamping of `pos`/`endpos`.
fn bounds(args: &[Value], pi: usize, len: usize) -> (usize, usize) {
    let clamp = |n: i64| -> usize { usize::try_from(n.max(0)).unwrap_or(usize::MAX).min(len) };
    let pos = clamp(int_arg(args, pi, 0));
    let endpos = match args.get(pi + 1) {
        None | Some(Value::None) => len,
        Some(_) => clamp(int_arg(args, pi + 1, len as i64)),
    };
    (pos, endpos)
}

fn found_value(vm: &Vm, f: &matcher::Found) -> Value {
    let mut items: Vec<Value> = f
        .spans
        .iter()
        .map(|&s| {
            if s == usize::MAX {
                Value::Int(-1)
            } else {
                Value::Int(s as i64)
            }
        })
        .collect();
    items.push(f.lastindex.map_or(Value::None, |l| Value::Int(l as i64)));
    vm.new_tuple(items)
}

/// `match(id, string, pos, endpos, mode, must_advance)`: mode 0 match, 1 search, 2 fullmatch.
/// Returns None or `(start0, end0, start1, end1, ..., lastindex)` with -1 for unset groups.
fn sre_match(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = program(args)?;
    let s = args.get(1).cloned().unwrap_or(Value::None);
    let text = subject(&s, c.is_text)?;
    let (pos, endpos) = bounds(args, 2, text.len());
    let mode = match int_arg(args, 4, 1) {
        0 => Mode::Match,
        2 => Mode::Full,
        _ => Mode::Search,
    };
    let must_advance = int_arg(args, 5, 0) != 0;
    if pos > endpos {
        return Ok(Value::None);
    }
    let t = text.get(..endpos).unwrap_or(&[]);
    Ok(match execute(&c.prog, t, pos, mode, must_advance) {
        Some(f) => found_value(vm, &f),
        None => Value::None,
    })
}

/// Every match from `pos` on, as CPython's iteration finds them (an empty match right after
/// a match is allowed; after an empty match the next one must not be empty at the same place).
fn all_matches(c: &Compiled, t: &[u32], pos: usize, limit: usize) -> Vec<matcher::Found> {
    matches_from(c, t, pos, limit, false)
}

fn matches_from(
    c: &Compiled,
    t: &[u32],
    pos: usize,
    limit: usize,
    must_advance: bool,
) -> Vec<matcher::Found> {
    let mut out = Vec::new();
    let mut at = pos;
    let mut must_advance = must_advance;
    while out.len() < limit && at <= t.len() {
        let Some(f) = execute(&c.prog, t, at, Mode::Search, must_advance) else {
            break;
        };
        let (s, e) = (
            f.spans.first().copied().unwrap_or(0),
            f.spans.get(1).copied().unwrap_or(0),
        );
        must_advance = s == e;
        at = e;
        out.push(f);
    }
    out
}

/// `scan(id, string, pos, endpos, limit, must_advance)`: the match tuples of the next `limit`
/// matches (all when `limit` <= 0), for `finditer` (in chunks) and `sub` with a function.
fn sre_scan(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = program(args)?;
    let s = args.get(1).cloned().unwrap_or(Value::None);
    let text = subject(&s, c.is_text)?;
    let (pos, endpos) = bounds(args, 2, text.len());
    let limit = match int_arg(args, 4, 0) {
        n if n <= 0 => usize::MAX,
        n => usize::try_from(n).unwrap_or(usize::MAX),
    };
    if pos > endpos {
        return Ok(vm.new_list(Vec::new()));
    }
    let t = text.get(..endpos).unwrap_or(&[]);
    let found = matches_from(&c, t, pos, limit, int_arg(args, 5, 0) != 0);
    let items = found.iter().map(|f| found_value(vm, f)).collect();
    Ok(vm.new_list(items))
}

fn piece(t: &[u32], s: usize, e: usize, is_text: bool) -> Value {
    let cps = t.get(s..e).unwrap_or(&[]);
    if is_text {
        Value::Obj(Object::new_str(PyStr::from_code_points(cps)))
    } else {
        new_bytes(cps.iter().map(|&c| c as u8).collect())
    }
}

/// `findall(id, string, pos, endpos)`, with `re.findall`'s group rules.
fn sre_findall(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = program(args)?;
    let s = args.get(1).cloned().unwrap_or(Value::None);
    let text = subject(&s, c.is_text)?;
    let (pos, endpos) = bounds(args, 2, text.len());
    if pos > endpos {
        return Ok(vm.new_list(Vec::new()));
    }
    let t = text.get(..endpos).unwrap_or(&[]);
    let groups = c.prog.groups;
    let found = all_matches(&c, t, pos, usize::MAX);
    let mut out = Vec::with_capacity(found.len());
    for f in &found {
        let get = |g: usize| {
            let s = f.spans.get(2 * g).copied().unwrap_or(usize::MAX);
            let e = f.spans.get(2 * g + 1).copied().unwrap_or(usize::MAX);
            if s == usize::MAX || e == usize::MAX {
                piece(t, 0, 0, c.is_text)
            } else {
                piece(t, s, e, c.is_text)
            }
        };
        let v = match groups {
            0 => get(0),
            1 => get(1),
            n => {
                let items = (1..=n).map(get).collect();
                vm.new_tuple(items)
            }
        };
        out.push(v);
    }
    Ok(vm.new_list(out))
}

/// The group span `g` of a match, if the group took part.
fn span_of(f: &matcher::Found, g: usize) -> Option<(usize, usize)> {
    let s = f.spans.get(2 * g).copied()?;
    let e = f.spans.get(2 * g + 1).copied()?;
    (s != usize::MAX && e != usize::MAX).then_some((s, e))
}

/// `split(id, string, maxsplit)`: `Pattern.split` (maxsplit 0 = no limit; negative: none).
fn sre_split(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = program(args)?;
    let s = args.get(1).cloned().unwrap_or(Value::None);
    let text = subject(&s, c.is_text)?;
    let limit = match int_arg(args, 2, 0) {
        0 => usize::MAX,
        n if n < 0 => 0,
        n => usize::try_from(n).unwrap_or(usize::MAX),
    };
    let t: &[u32] = &text;
    let found = if limit == 0 {
        Vec::new()
    } else {
        all_matches(&c, t, 0, limit)
    };
    let mut out = Vec::new();
    let mut last = 0;
    for f in &found {
        let (s0, e0) = span_of(f, 0).unwrap_or((last, last));
        out.push(piece(t, last, s0, c.is_text));
        for g in 1..=c.prog.groups {
            out.push(match span_of(f, g) {
                Some((a, b)) => piece(t, a, b, c.is_text),
                None => Value::None,
            });
        }
        last = e0;
    }
    out.push(piece(t, last, t.len(), c.is_text));
    Ok(vm.new_list(out))
}

/// `subt(id, string, template, count)`: `Pattern.subn` with a parsed template (a list of
/// literals and group numbers). Returns `(result, n)`; the result is None when nothing matched
/// (so that Python can return the original object).
fn sre_subt(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = program(args)?;
    let s = args.get(1).cloned().unwrap_or(Value::None);
    let text = subject(&s, c.is_text)?;
    let template = match args.get(2) {
        Some(v) => vm.collect_iter(v)?,
        None => Vec::new(),
    };
    enum Item {
        Lit(Vec<u32>),
        Group(usize),
    }
    let items: Vec<Item> = template
        .iter()
        .map(|v| match v {
            Value::Int(g) => Item::Group(usize::try_from(*g).unwrap_or(0)),
            other => Item::Lit(units(other).map(|u| u.0).unwrap_or_default()),
        })
        .collect();
    let limit = match int_arg(args, 3, 0) {
        n if n <= 0 => usize::MAX,
        n => usize::try_from(n).unwrap_or(usize::MAX),
    };
    let t: &[u32] = &text;
    let found = all_matches(&c, t, 0, limit);
    if found.is_empty() {
        return Ok(vm.new_tuple(vec![Value::None, Value::Int(0)]));
    }
    let mut out: Vec<u32> = Vec::with_capacity(t.len());
    let mut last = 0;
    for f in &found {
        let (s0, e0) = span_of(f, 0).unwrap_or((last, last));
        out.extend_from_slice(t.get(last..s0).unwrap_or(&[]));
        for it in &items {
            match it {
                Item::Lit(l) => out.extend_from_slice(l),
                Item::Group(g) => {
                    if let Some((a, b)) = span_of(f, *g) {
                        out.extend_from_slice(t.get(a..b).unwrap_or(&[]));
                    }
                }
            }
        }
        last = e0;
    }
    out.extend_from_slice(t.get(last..).unwrap_or(&[]));
    let n = found.len();
    let result = piece(&out, 0, out.len(), c.is_text);
    Ok(vm.new_tuple(vec![result, Value::Int(n as i64)]))
}

pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "_sre",
        &[
            ("compile", sre_compile),
            ("match", sre_match),
            ("scan", sre_scan),
            ("findall", sre_findall),
            ("split", sre_split),
            ("subt", sre_subt),
        ],
    );
    set_attr(&m, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64));
    set_attr(&m, "MAXGROUPS", Value::Int(1_073_741_823));
    Ok(m)
}
