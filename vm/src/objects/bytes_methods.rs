//! The `bytes` constructor and methods: the str-like methods on ASCII semantics (`split`,
//! `strip`, `replace`, `find`, case conversions, padding, predicates), `hex`/`fromhex`,
//! `decode`, `join` and `%`-formatting.

use crate::builtins::take_kwargs_builtin;
use crate::error::{type_error, value_error, PyResult};
use crate::object::{Object, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::function::NativeFn;
use crate::objects::int::as_int;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// The bytes of a bytes-like value.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        Some(Payload::MemoryView(m)) => crate::objects::memoryview::view_bytes(m),
        _ => None,
    }
}

fn this(args: &[Value]) -> PyResult<Vec<u8>> {
    args.first()
        .and_then(bytes_of)
        .ok_or_else(|| type_error("descriptor requires a 'bytes' object"))
}

fn arg_bytes(args: &[Value], i: usize) -> PyResult<Vec<u8>> {
    match args.get(i) {
        Some(v) => bytes_of(v).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(v)
            ))
        }),
        None => Err(type_error("missing argument")),
    }
}

fn b(v: Vec<u8>) -> Value {
    new_bytes(v)
}

/// `bytes(...)`: from an int size, a str with an encoding, bytes, or an iterable of ints.
pub(crate) fn construct(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Vec<u8>> {
    construct_named(vm, args, kw, "bytes")
}

/// `bytes(...)` or `bytearray(...)` (`what` names the type in messages).
pub(crate) fn construct_named(
    vm: &mut Vm,
    args: &[Value],
    kw: &KwArgs,
    what: &str,
) -> PyResult<Vec<u8>> {
    if what == "bytearray" {
        crate::objects::native_sig::check_sig!(
            "(source=b'', encoding='utf-8', errors='strict')",
            "bytearray",
            args,
            kw
        )?;
    } else {
        crate::objects::native_sig::check_sig!(
            "(source=b'', encoding='utf-8', errors='strict')",
            "bytes",
            args,
            kw
        )?;
    }
    let [src_kw, enc_kw, err_kw] =
        take_kwargs_builtin("bytes", kw, ["source", "encoding", "errors"])?;
    let src = args.first().cloned().or(src_kw);
    let enc = args.get(1).cloned().or(enc_kw);
    let errors = args.get(2).cloned().or(err_kw);
    let Some(src) = src else {
        if enc.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errors.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    if let Some(s) = src.as_pystr() {
        let Some(enc) = enc else {
            return Err(type_error("string argument without an encoding"));
        };
        let enc = enc
            .as_pystr()
            .map(|e| e.to_rust().into_owned())
            .unwrap_or_default();
        let errors = errors
            .and_then(|e| e.as_pystr().map(|x| x.to_rust().into_owned()))
            .unwrap_or_else(|| "strict".to_string());
        return encode(&s.to_rust(), &enc, &errors);
    }
    if enc.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    if let Some(d) = bytes_of(&src) {
        return Ok(d);
    }
    if let Some(r) = vm.call_dunder(&src, "__bytes__", &[])? {
        return bytes_of(&r).ok_or_else(|| {
            type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name_of(&r)
            ))
        });
    }
    let src = if as_int(&src).is_none() {
        match vm.call_dunder(&src, "__index__", &[])? {
            Some(i) if as_int(&i).is_some() => i,
            _ => src,
        }
    } else {
        src
    };
    if let Some(i) = as_int(&src) {
        let n = i.to_big();
        if num_traits::Signed::is_negative(&n) {
            return Err(value_error("negative count"));
        }
        let n = num_traits::ToPrimitive::to_usize(&n).ok_or_else(|| {
            crate::error::overflow_error("cannot fit 'int' into an index-sized integer")
        })?;
        return Ok(vec![0; n]);
    }
    if src.as_pystr().is_none() && !crate::builtins::is_iterable(&src) {
        return Err(type_error(format!(
            "cannot convert '{}' object to {what}",
            type_name_of(&src)
        )));
    }
    let items = vm.collect_iter(&src)?;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let Some(i) = as_int(&it) else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&it)
            )));
        };
        match num_traits::ToPrimitive::to_u8(&i.to_big()) {
            Some(x) => out.push(x),
            None => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `str.encode(encoding, errors)` of Rust text (see `codecs::encode` for code points).
pub fn encode(s: &str, enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    crate::objects::codecs::encode(&cps, enc, errors)
}

fn bytes_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (cls, rest) = match args.split_first() {
        Some((Value::Obj(c), rest)) if c.as_type().is_some() => (c.clone(), rest),
        _ => (types().bytes.clone(), args),
    };
    let data = construct(vm, rest, kw)?;
    Ok(Value::Obj(Object::new(
        &cls,
        Payload::Bytes(data.into_boxed_slice()),
    )))
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn find_sub(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    (start..=end - n.len()).find(|&i| h.get(i..i + n.len()) == Some(n))
}

fn rfind_sub(h: &[u8], n: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    (start..=end - n.len())
        .rev()
        .find(|&i| h.get(i..i + n.len()) == Some(n))
}

fn needle(args: &[Value]) -> PyResult<Vec<u8>> {
    match args.get(1) {
        Some(v) => {
            if let Some(i) = as_int(v) {
                return match num_traits::ToPrimitive::to_u8(&i.to_big()) {
                    Some(x) => Ok(vec![x]),
                    None => Err(value_error("byte must be in range(0, 256)")),
                };
            }
            bytes_of(v).ok_or_else(|| {
                type_error(format!(
                    "argument should be integer or bytes-like object, not '{}'",
                    type_name_of(v)
                ))
            })
        }
        None => Err(type_error("find() takes at least 1 argument (0 given)")),
    }
}

fn span(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |vm: &mut Vm, v: Option<&Value>, d: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(v) => {
                let i = crate::builtins::funcs_index(vm, v)?;
                let n = len as i64;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
            }
        }
    };
    Ok((norm(vm, args.get(2), 0)?, norm(vm, args.get(3), len)?))
}

pub(crate) fn m_find(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let n = needle(args)?;
    let (s, e) = span(vm, args, h.len())?;
    Ok(Value::Int(find_sub(&h, &n, s, e).map_or(-1, |i| i as i64)))
}

pub(crate) fn m_rfind(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let n = needle(args)?;
    let (s, e) = span(vm, args, h.len())?;
    Ok(Value::Int(rfind_sub(&h, &n, s, e).map_or(-1, |i| i as i64)))
}

pub(crate) fn m_index(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let n = needle(args)?;
    let (s, e) = span(vm, args, h.len())?;
    find_sub(&h, &n, s, e)
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("subsection not found"))
}

pub(crate) fn m_rindex(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let n = needle(args)?;
    let (s, e) = span(vm, args, h.len())?;
    rfind_sub(&h, &n, s, e)
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("subsection not found"))
}

pub(crate) fn m_count(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let n = needle(args)?;
    let (mut s, e) = span(vm, args, h.len())?;
    if n.is_empty() {
        return Ok(Value::Int((e.saturating_sub(s) + 1) as i64));
    }
    let mut c = 0;
    while let Some(i) = find_sub(&h, &n, s, e) {
        c += 1;
        s = i + n.len();
    }
    Ok(Value::Int(c))
}

fn affix(vm: &mut Vm, args: &[Value], start: bool) -> PyResult<Value> {
    let h = this(args)?;
    let (s, e) = span(vm, args, h.len())?;
    let part = h.get(s..e.max(s)).unwrap_or_default();
    let test = |p: &[u8]| {
        if start {
            part.starts_with(p)
        } else {
            part.ends_with(p)
        }
    };
    match args.get(1).and_then(Value::payload) {
        Some(Payload::Tuple(items)) => {
            for it in items.iter() {
                let Some(p) = bytes_of(it) else {
                    return Err(type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        type_name_of(it)
                    )));
                };
                if test(&p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let p = args.get(1).and_then(bytes_of).ok_or_else(|| {
                type_error(format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    if start { "startswith" } else { "endswith" },
                    args.get(1).map(type_name_of).unwrap_or_default()
                ))
            })?;
            Ok(Value::Bool(test(&p)))
        }
    }
}

pub(crate) fn m_startswith(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix(vm, args, true)
}

pub(crate) fn m_endswith(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix(vm, args, false)
}

fn split_impl(vm: &mut Vm, args: &[Value], kw: &KwArgs, right: bool) -> PyResult<Value> {
    let h = this(args)?;
    let [sep_kw, max_kw] = take_kwargs_builtin("split", kw, ["sep", "maxsplit"])?;
    let sep = args.get(1).cloned().or(sep_kw).unwrap_or(Value::None);
    let max = match args.get(2).cloned().or(max_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    if matches!(sep, Value::None) {
        let words: Vec<(usize, usize)> = {
            let mut v = Vec::new();
            let mut i = 0;
            while i < h.len() {
                while h.get(i).is_some_and(|&c| is_space(c)) {
                    i += 1;
                }
                if i >= h.len() {
                    break;
                }
                let s = i;
                while h.get(i).is_some_and(|&c| !is_space(c)) {
                    i += 1;
                }
                v.push((s, i));
            }
            v
        };
        let n = words.len();
        if max < 0 || (max as usize) >= n {
            parts = words
                .iter()
                .map(|&(s, e)| h.get(s..e).unwrap_or_default().to_vec())
                .collect();
        } else if !right {
            let m = max as usize;
            for &(s, e) in words.iter().take(m) {
                parts.push(h.get(s..e).unwrap_or_default().to_vec());
            }
            if let Some(&(s, _)) = words.get(m) {
                let rest = h.get(s..).unwrap_or_default();
                let end = rest
                    .iter()
                    .rposition(|&c| !is_space(c))
                    .map_or(0, |p| p + 1);
                parts.push(rest.get(..end).unwrap_or_default().to_vec());
            }
        } else {
            let m = max as usize;
            let keep = n - m;
            if let Some(&(_, e)) = words.get(keep - 1) {
                parts.push(h.get(..e).unwrap_or_default().to_vec());
            }
            for &(s, e) in words.iter().skip(keep) {
                parts.push(h.get(s..e).unwrap_or_default().to_vec());
            }
        }
    } else {
        let sep = bytes_of(&sep).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&sep)
            ))
        })?;
        if sep.is_empty() {
            return Err(value_error("empty separator"));
        }
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut s = 0;
        while let Some(i) = find_sub(&h, &sep, s, h.len()) {
            pieces.push((s, i));
            s = i + sep.len();
        }
        pieces.push((s, h.len()));
        let total_splits = pieces.len() - 1;
        let limit = if max < 0 {
            total_splits
        } else {
            (max as usize).min(total_splits)
        };
        if !right {
            for &(a, e) in pieces.iter().take(limit) {
                parts.push(h.get(a..e).unwrap_or_default().to_vec());
            }
            let start = pieces.get(limit).map_or(h.len(), |p| p.0);
            parts.push(h.get(start..).unwrap_or_default().to_vec());
        } else {
            let first_kept = pieces.len() - limit;
            let end = pieces.get(first_kept - 1).map_or(0, |p| p.1);
            parts.push(h.get(..end).unwrap_or_default().to_vec());
            for &(a, e) in pieces.iter().skip(first_kept) {
                parts.push(h.get(a..e).unwrap_or_default().to_vec());
            }
        }
    }
    let items = parts.into_iter().map(b).collect();
    Ok(vm.new_list(items))
}

pub(crate) fn m_split(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, false)
}

pub(crate) fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    split_impl(vm, args, kw, true)
}

pub(crate) fn m_join(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let sep = this(args)?;
    let items = vm.collect_iter(args.get(1).unwrap_or(&Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(it) {
            Some(d) => out.extend(d),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    type_name_of(it)
                )))
            }
        }
    }
    Ok(b(out))
}

fn strip_impl(args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let h = this(args)?;
    let chars: Option<Vec<u8>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(_) => Some(arg_bytes(args, 1)?),
    };
    let strip = |c: u8| match &chars {
        None => is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut s = 0;
    let mut e = h.len();
    if left {
        while s < e && h.get(s).is_some_and(|&c| strip(c)) {
            s += 1;
        }
    }
    if right {
        while e > s && h.get(e - 1).is_some_and(|&c| strip(c)) {
            e -= 1;
        }
    }
    Ok(b(h.get(s..e).unwrap_or_default().to_vec()))
}

pub(crate) fn m_strip(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_impl(args, true, true)
}
pub(crate) fn m_lstrip(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_impl(args, true, false)
}
pub(crate) fn m_rstrip(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_impl(args, false, true)
}

pub(crate) fn m_replace(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let old = arg_bytes(args, 1)?;
    let new = arg_bytes(args, 2)?;
    let count = match args.get(3) {
        Some(v) => crate::builtins::funcs_index(vm, v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(h.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &c) in h.iter().enumerate() {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
            let _ = i;
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
        }
        return Ok(b(out));
    }
    let mut s = 0;
    while count < 0 || n < count {
        match find_sub(&h, &old, s, h.len()) {
            Some(i) => {
                out.extend_from_slice(h.get(s..i).unwrap_or_default());
                out.extend_from_slice(&new);
                s = i + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(h.get(s..).unwrap_or_default());
    Ok(b(out))
}

fn map_bytes(args: &[Value], f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let h = this(args)?;
    Ok(b(f(&h)))
}

pub(crate) fn m_upper(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_bytes(args, |h| h.to_ascii_uppercase())
}
pub(crate) fn m_lower(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_bytes(args, |h| h.to_ascii_lowercase())
}
pub(crate) fn m_swapcase(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_bytes(args, |h| {
        h.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
pub(crate) fn m_capitalize(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_bytes(args, |h| {
        h.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
pub(crate) fn m_title(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_bytes(args, |h| {
        let mut prev = false;
        h.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn pred(args: &[Value], f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let h = this(args)?;
    Ok(Value::Bool(!h.is_empty() && h.iter().all(|&c| f(c))))
}
pub(crate) fn m_isalpha(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, |c| c.is_ascii_alphabetic())
}
pub(crate) fn m_isdigit(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, |c| c.is_ascii_digit())
}
pub(crate) fn m_isalnum(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, |c| c.is_ascii_alphanumeric())
}
pub(crate) fn m_isspace(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, is_space)
}
pub(crate) fn m_istitle(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let (mut cased, mut prev) = (false, false);
    for &c in &h {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(Value::Bool(false));
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(Value::Bool(cased))
}

pub(crate) fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let [ts_kw] = take_kwargs_builtin("expandtabs", kw, ["tabsize"])?;
    let ts = match args.get(1).cloned().or(ts_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => 8,
    };
    let mut out = Vec::with_capacity(h.len());
    let mut col: i64 = 0;
    for &c in &h {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(b(out))
}

pub(crate) fn m_isascii(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    Ok(Value::Bool(h.is_ascii()))
}
pub(crate) fn m_isupper(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    Ok(Value::Bool(
        h.iter().any(u8::is_ascii_uppercase) && !h.iter().any(u8::is_ascii_lowercase),
    ))
}
pub(crate) fn m_islower(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    Ok(Value::Bool(
        h.iter().any(u8::is_ascii_lowercase) && !h.iter().any(u8::is_ascii_uppercase),
    ))
}

fn pad(vm: &mut Vm, args: &[Value], how: u8) -> PyResult<Value> {
    let h = this(args)?;
    let w = crate::builtins::funcs_index(vm, args.get(1).unwrap_or(&Value::None))?;
    let fill = match args.get(2) {
        Some(v) => match bytes_of(v) {
            Some(f) if f.len() == 1 => f.first().copied().unwrap_or(b' '),
            _ => {
                return Err(type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    match how {
                        b'l' => "ljust",
                        b'r' => "rjust",
                        _ => "center",
                    },
                    type_name_of(v)
                )))
            }
        },
        None => b' ',
    };
    let len = h.len() as i64;
    if w <= len {
        return Ok(b(h));
    }
    let total = (w - len) as usize;
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & (w as usize) & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend(h);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(b(out))
}
pub(crate) fn m_ljust(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(vm, args, b'l')
}
pub(crate) fn m_rjust(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(vm, args, b'r')
}
pub(crate) fn m_center(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(vm, args, b'c')
}
pub(crate) fn m_zfill(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let w = crate::builtins::funcs_index(vm, args.get(1).unwrap_or(&Value::None))?;
    if w <= h.len() as i64 {
        return Ok(b(h));
    }
    let zeros = w as usize - h.len();
    let mut out = Vec::with_capacity(w as usize);
    let (sign, rest) = match h.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), h.get(1..).unwrap_or_default()),
        _ => (None, &h[..]),
    };
    if let Some(c) = sign {
        out.push(c);
    }
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(rest);
    Ok(b(out))
}

fn partition_impl(vm: &mut Vm, args: &[Value], right: bool) -> PyResult<Value> {
    let h = this(args)?;
    let sep = arg_bytes(args, 1)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if right {
        rfind_sub(&h, &sep, 0, h.len())
    } else {
        find_sub(&h, &sep, 0, h.len())
    };
    let parts = match found {
        Some(i) => vec![
            b(h.get(..i).unwrap_or_default().to_vec()),
            b(sep.clone()),
            b(h.get(i + sep.len()..).unwrap_or_default().to_vec()),
        ],
        None if right => vec![b(Vec::new()), b(Vec::new()), b(h)],
        None => vec![b(h), b(Vec::new()), b(Vec::new())],
    };
    Ok(vm.new_tuple(parts))
}
pub(crate) fn m_partition(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
pub(crate) fn m_rpartition(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

pub(crate) fn m_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let [sep_kw, bps_kw] = take_kwargs_builtin("hex", kw, ["sep", "bytes_per_sep"])?;
    let sep = args.get(1).cloned().or(sep_kw);
    let bps = match args.get(2).cloned().or(bps_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => 1,
    };
    let digits: Vec<String> = h.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(Value::str(&digits.concat()));
    };
    let sep = match (sep.as_pystr(), bytes_of(&sep)) {
        (Some(s), _) => s.to_rust().into_owned(),
        (None, Some(bs)) => String::from_utf8_lossy(&bs).into_owned(),
        _ if crate::vm::builtin_len(&sep).is_none() => {
            return Err(type_error(format!(
                "object of type '{}' has no len()",
                type_name_of(&sep)
            )))
        }
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    if !sep.is_ascii() {
        return Err(value_error("sep must be ASCII."));
    }
    if bps == 0 {
        return Ok(Value::str(&digits.concat()));
    }
    let group = bps.unsigned_abs() as usize;
    let n = digits.len();
    let mut groups: Vec<String> = Vec::new();
    if bps > 0 {
        // Groups counted from the right.
        let first = n % group;
        if first > 0 {
            groups.push(digits.get(..first).unwrap_or_default().concat());
        }
        let mut i = first;
        while i < n {
            groups.push(
                digits
                    .get(i..(i + group).min(n))
                    .unwrap_or_default()
                    .concat(),
            );
            i += group;
        }
    } else {
        let mut i = 0;
        while i < n {
            groups.push(
                digits
                    .get(i..(i + group).min(n))
                    .unwrap_or_default()
                    .concat(),
            );
            i += group;
        }
    }
    Ok(Value::str(&groups.join(&sep)))
}

pub(crate) fn m_fromhex(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = match args.get(1).and_then(Value::as_pystr) {
        Some(s) => s.to_rust().into_owned(),
        None => {
            return Err(type_error(format!(
                "fromhex() argument must be str, not {}",
                args.get(1).map(type_name_of).unwrap_or_default()
            )))
        }
    };
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes.get(i).copied().unwrap_or(0);
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = (c as char).to_digit(16);
        let lo = bytes.get(i + 1).and_then(|&d| (d as char).to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (Some(_), None) if i + 1 >= bytes.len() => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            (Some(_), None) => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
        }
    }
    Ok(b(out))
}

pub(crate) fn m_decode(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let [enc_kw, err_kw] = take_kwargs_builtin("decode", kw, ["encoding", "errors"])?;
    let arg = crate::objects::str::codec_arg;
    let enc = arg(
        "decode",
        "encoding",
        args.get(1).cloned().or(enc_kw),
        "utf-8",
    )?;
    let errors = arg(
        "decode",
        "errors",
        args.get(2).cloned().or(err_kw),
        "strict",
    )?;
    let cps = crate::objects::codecs::decode(&h, &enc, &errors)?;
    Ok(Value::Obj(Object::new_str(
        crate::objects::str::PyStr::from_code_points(&cps),
    )))
}

pub(crate) fn m_removeprefix(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let p = arg_bytes(args, 1)?;
    Ok(b(h.strip_prefix(&p[..]).unwrap_or(&h).to_vec()))
}

pub(crate) fn m_removesuffix(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let p = arg_bytes(args, 1)?;
    if p.is_empty() {
        return Ok(b(h));
    }
    Ok(b(h.strip_suffix(&p[..]).unwrap_or(&h).to_vec()))
}

pub(crate) fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let [keep_kw] = take_kwargs_builtin("splitlines", kw, ["keepends"])?;
    let keep = match args.get(1).cloned().or(keep_kw) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut s = 0;
    let mut i = 0;
    while i < h.len() {
        let c = h.get(i).copied().unwrap_or(0);
        if c == b'\n' || c == b'\r' {
            let mut e = i + 1;
            if c == b'\r' && h.get(i + 1) == Some(&b'\n') {
                e += 1;
            }
            let end = if keep { e } else { i };
            out.push(b(h.get(s..end).unwrap_or_default().to_vec()));
            s = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if s < h.len() {
        out.push(b(h.get(s..).unwrap_or_default().to_vec()));
    }
    Ok(vm.new_list(out))
}

pub(crate) fn m_mod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let fmt: String = h.iter().map(|&c| char::from(c)).collect();
    let a = args.get(1).cloned().unwrap_or(Value::None);
    // The str engine in bytes mode, on latin-1 text standing for the bytes.
    let s = crate::objects::format::percent_format_mode(vm, &fmt, &a, true)?;
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        out.push(u8::try_from(u32::from(c)).unwrap_or(b'?'));
    }
    Ok(b(out))
}

pub(crate) fn m_maketrans(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    // Called as a static method: no `self`.
    let (Some(a), Some(bb)) = (
        args.first().and_then(bytes_of),
        args.get(1).and_then(bytes_of),
    ) else {
        return Err(type_error(
            "maketrans() arguments must be bytes-like objects",
        ));
    };
    if a.len() != bb.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (x, y) in a.iter().zip(bb.iter()) {
        if let Some(slot) = table.get_mut(usize::from(*x)) {
            *slot = *y;
        }
    }
    Ok(b(table))
}

pub(crate) fn m_translate(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = this(args)?;
    let [del_kw] = take_kwargs_builtin("translate", kw, ["delete"])?;
    let table = match args.get(1) {
        None | Some(Value::None) => None,
        Some(t) => {
            let t = bytes_of(t).ok_or_else(|| {
                type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(t)
                ))
            })?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match args.get(2).cloned().or(del_kw) {
        Some(d) => bytes_of(&d).unwrap_or_default(),
        None => Vec::new(),
    };
    let out: Vec<u8> = h
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| match &table {
            Some(t) => t.get(usize::from(c)).copied().unwrap_or(c),
            None => c,
        })
        .collect();
    Ok(b(out))
}

/// Static `bytes.__new__`.
pub(crate) const STATIC: &[(&str, NativeFn)] = &[("__new__", bytes_new)];

/// Class methods of `bytes`.
pub(crate) const CLASSMETHODS: &[(&str, NativeFn)] = &[("fromhex", m_fromhex)];

/// The methods of `bytes`.
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("find", m_find),
    ("rfind", m_rfind),
    ("index", m_index),
    ("rindex", m_rindex),
    ("count", m_count),
    ("startswith", m_startswith),
    ("endswith", m_endswith),
    ("split", m_split),
    ("rsplit", m_rsplit),
    ("join", m_join),
    ("strip", m_strip),
    ("lstrip", m_lstrip),
    ("rstrip", m_rstrip),
    ("replace", m_replace),
    ("upper", m_upper),
    ("lower", m_lower),
    ("swapcase", m_swapcase),
    ("capitalize", m_capitalize),
    ("title", m_title),
    ("isalpha", m_isalpha),
    ("isdigit", m_isdigit),
    ("isalnum", m_isalnum),
    ("isspace", m_isspace),
    ("isascii", m_isascii),
    ("istitle", m_istitle),
    ("expandtabs", m_expandtabs),
    ("isupper", m_isupper),
    ("islower", m_islower),
    ("ljust", m_ljust),
    ("rjust", m_rjust),
    ("center", m_center),
    ("zfill", m_zfill),
    ("partition", m_partition),
    ("rpartition", m_rpartition),
    ("hex", m_hex),
    ("decode", m_decode),
    ("removeprefix", m_removeprefix),
    ("removesuffix", m_removesuffix),
    ("splitlines", m_splitlines),
    ("translate", m_translate),
    ("__mod__", m_mod),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching() {
        assert_eq!(find_sub(b"abcabc", b"bc", 0, 6), Some(1));
        assert_eq!(rfind_sub(b"abcabc", b"bc", 0, 6), Some(4));
        assert_eq!(find_sub(b"abc", b"", 3, 3), Some(3));
    }

    #[test]
    fn encodes() {
        assert_eq!(encode("é", "latin-1", "strict").ok(), Some(vec![0xe9]));
        assert_eq!(encode("é", "ascii", "replace").ok(), Some(vec![b'?']));
        assert!(encode("é", "ascii", "strict").is_err());
    }
}
