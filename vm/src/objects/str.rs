//! `str`: PEP 393 storage (one, two or four bytes per code point, chosen by the widest code
//! point), so `len`, indexing and slicing are O(1) and lone surrogates are representable.
//! The hash is cached; it is SipHash-1-3 over the same bytes CPython hashes (the code units in
//! native little-endian order), so dict and set layouts agree with CPython's.

use std::borrow::Cow;
use std::cell::Cell;

use crate::error::{type_error, value_error, PyResult};
use crate::hash::hash_bytes;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// The code units of a string, in the narrowest width that holds them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StrData {
    Ascii(Box<str>),
    Latin1(Box<[u8]>),
    Ucs2(Box<[u16]>),
    Ucs4(Box<[u32]>),
}

/// A Python string.
#[derive(Debug)]
pub struct PyStr {
    data: StrData,
    /// Cached hash; `-1` until computed.
    hash: Cell<i64>,
}

impl PartialEq for PyStr {
    fn eq(&self, other: &Self) -> bool {
        if self.len() != other.len() {
            return false;
        }
        match (&self.data, &other.data) {
            (StrData::Ascii(a), StrData::Ascii(b)) => a == b,
            _ => self.code_points().eq(other.code_points()),
        }
    }
}

/// Hash of a Rust string as a Python str (no allocation when ASCII).
pub fn str_hash(s: &str) -> i64 {
    if s.is_ascii() {
        hash_bytes(s.as_bytes())
    } else {
        PyStr::from_str(s).hash()
    }
}

impl PyStr {
    /// A string from Rust text.
    #[allow(clippy::should_implement_trait)]
    pub fn from_str(s: &str) -> Self {
        if s.is_ascii() {
            return PyStr::new(StrData::Ascii(s.into()));
        }
        let cps: Vec<u32> = s.chars().map(u32::from).collect();
        PyStr::from_code_points(&cps)
    }

    /// A string from code points (lone surrogates allowed).
    pub fn from_code_points(cps: &[u32]) -> Self {
        let max = cps.iter().copied().max().unwrap_or(0);
        let data = if max < 0x80 {
            StrData::Ascii(
                cps.iter()
                    .map(|&c| c as u8 as char)
                    .collect::<String>()
                    .into(),
            )
        } else if max < 0x100 {
            StrData::Latin1(cps.iter().map(|&c| c as u8).collect())
        } else if max < 0x10000 {
            StrData::Ucs2(cps.iter().map(|&c| c as u16).collect())
        } else {
            StrData::Ucs4(cps.into())
        };
        PyStr::new(data)
    }

    fn new(data: StrData) -> Self {
        PyStr {
            data,
            hash: Cell::new(-1),
        }
    }

    /// Number of code points.
    pub fn len(&self) -> usize {
        match &self.data {
            StrData::Ascii(s) => s.len(),
            StrData::Latin1(b) => b.len(),
            StrData::Ucs2(b) => b.len(),
            StrData::Ucs4(b) => b.len(),
        }
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The code point at `i`, if in range.
    pub fn char_at(&self, i: usize) -> Option<u32> {
        match &self.data {
            StrData::Ascii(s) => s.as_bytes().get(i).map(|&b| u32::from(b)),
            StrData::Latin1(b) => b.get(i).map(|&b| u32::from(b)),
            StrData::Ucs2(b) => b.get(i).map(|&b| u32::from(b)),
            StrData::Ucs4(b) => b.get(i).copied(),
        }
    }

    /// The code points.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        (0..self.len()).filter_map(move |i| self.char_at(i))
    }

    /// The text as `&str` when it is ASCII.
    pub fn as_ascii(&self) -> Option<&str> {
        match &self.data {
            StrData::Ascii(s) => Some(s),
            _ => None,
        }
    }

    /// The text as Rust text (lone surrogates become U+FFFD).
    pub fn to_rust(&self) -> Cow<'_, str> {
        match &self.data {
            StrData::Ascii(s) => Cow::Borrowed(s),
            _ => Cow::Owned(
                self.code_points()
                    .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                    .collect(),
            ),
        }
    }

    /// Whether this equals Rust text.
    pub fn eq_str(&self, s: &str) -> bool {
        match &self.data {
            StrData::Ascii(a) => &**a == s,
            _ => self.code_points().eq(s.chars().map(u32::from)),
        }
    }

    /// The cached SipHash of the code units.
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = match &self.data {
            StrData::Ascii(s) => hash_bytes(s.as_bytes()),
            StrData::Latin1(b) => hash_bytes(b),
            StrData::Ucs2(b) => {
                let bytes: Vec<u8> = b.iter().flat_map(|u| u.to_le_bytes()).collect();
                hash_bytes(&bytes)
            }
            StrData::Ucs4(b) => {
                let bytes: Vec<u8> = b.iter().flat_map(|u| u.to_le_bytes()).collect();
                hash_bytes(&bytes)
            }
        };
        self.hash.set(h);
        h
    }

    /// The code points in `start..stop` stepping by `step` (already clamped indices).
    pub fn slice(&self, indices: impl Iterator<Item = usize>) -> PyStr {
        let cps: Vec<u32> = indices.filter_map(|i| self.char_at(i)).collect();
        PyStr::from_code_points(&cps)
    }

    /// `self + other`.
    pub fn concat(&self, other: &PyStr) -> PyStr {
        if let (StrData::Ascii(a), StrData::Ascii(b)) = (&self.data, &other.data) {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            return PyStr::new(StrData::Ascii(s.into()));
        }
        let cps: Vec<u32> = self.code_points().chain(other.code_points()).collect();
        PyStr::from_code_points(&cps)
    }

    /// Lexicographic comparison by code point.
    #[allow(clippy::should_implement_trait)]
    pub fn cmp(&self, other: &PyStr) -> std::cmp::Ordering {
        self.code_points().cmp(other.code_points())
    }

    /// `repr(self)`.
    pub fn repr(&self) -> String {
        let mut out = String::with_capacity(self.len() + 2);
        let (mut has_single, mut has_double) = (false, false);
        for cp in self.code_points() {
            has_single |= cp == u32::from(b'\'');
            has_double |= cp == u32::from(b'"');
        }
        let quote = if has_single && !has_double { '"' } else { '\'' };
        out.push(quote);
        for cp in self.code_points() {
            use std::fmt::Write;
            match cp {
                0x5C => out.push_str("\\\\"),
                0x09 => out.push_str("\\t"),
                0x0A => out.push_str("\\n"),
                0x0D => out.push_str("\\r"),
                _ if cp == quote as u32 => {
                    out.push('\\');
                    out.push(quote);
                }
                0x20..=0x7E => out.push(cp as u8 as char),
                0..=0x7F => {
                    let _ = write!(out, "\\x{cp:02x}");
                }
                _ if pyvm_parser::pyrepr::is_printable(cp) => {
                    out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'))
                }
                0x80..=0xFF => {
                    let _ = write!(out, "\\x{cp:02x}");
                }
                0x100..=0xFFFF => {
                    let _ = write!(out, "\\u{cp:04x}");
                }
                _ => {
                    let _ = write!(out, "\\U{cp:08x}");
                }
            }
        }
        out.push(quote);
        out
    }

    /// Finds `needle` at or after code point `start`, returning the code point index.
    pub fn find(&self, needle: &PyStr, start: usize, end: usize) -> Option<usize> {
        let n = needle.len();
        let end = end.min(self.len());
        if n == 0 {
            return (start <= end).then_some(start);
        }
        let first = needle.char_at(0)?;
        let mut i = start;
        while i + n <= end {
            if self.char_at(i) == Some(first)
                && (1..n).all(|k| self.char_at(i + k) == needle.char_at(k))
            {
                return Some(i);
            }
            i += 1;
        }
        None
    }
}

// ---- methods -------------------------------------------------------------------------------

fn this(args: &[Value]) -> PyResult<&PyStr> {
    args.first()
        .and_then(Value::as_pystr)
        .ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

fn arg_str<'a>(args: &'a [Value], i: usize, what: &str) -> PyResult<&'a PyStr> {
    match args.get(i) {
        Some(v) => v
            .as_pystr()
            .ok_or_else(|| type_error(format!("{what} arg must be None or str"))),
        None => Err(type_error(format!("{what} expected an argument"))),
    }
}

fn new_str(s: &str) -> Value {
    Value::str(s)
}

fn map_rust(args: &[Value], f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = this(args)?;
    Ok(new_str(&f(&s.to_rust())))
}

fn str_upper(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_rust(args, str::to_uppercase)
}
fn str_lower(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_rust(args, str::to_lowercase)
}
fn str_capitalize(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_rust(args, |s| {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
            None => String::new(),
        }
    })
}
fn str_title(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    map_rust(args, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

/// `strip`/`lstrip`/`rstrip` over code points (lone surrogates survive; Python's whitespace).
fn strip_impl(args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let s = this(args)?;
    let text: Vec<u32> = s.code_points().collect();
    let set: Option<Vec<u32>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            v.as_pystr()
                .ok_or_else(|| {
                    let name = match (left, right) {
                        (true, true) => "strip",
                        (true, false) => "lstrip",
                        _ => "rstrip",
                    };
                    type_error(format!("{name} arg must be None or str"))
                })?
                .code_points()
                .collect(),
        ),
    };
    let strip = |c: &u32| match &set {
        None => crate::objects::str_more::is_space_cp(*c),
        Some(set) => set.contains(c),
    };
    let mut a = 0;
    let mut b = text.len();
    if left {
        while a < b && text.get(a).is_some_and(strip) {
            a += 1;
        }
    }
    if right {
        while b > a && text.get(b - 1).is_some_and(strip) {
            b -= 1;
        }
    }
    Ok(Value::Obj(crate::object::Object::new_str(
        PyStr::from_code_points(text.get(a..b).unwrap_or_default()),
    )))
}
fn str_strip(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_impl(args, true, true)
}
fn str_lstrip(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_impl(args, true, false)
}
fn str_rstrip(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    strip_impl(args, false, true)
}

fn str_split(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = this(args)?;
    let text = s.to_rust();
    let mut sep = args.get(1).cloned().unwrap_or(Value::None);
    let mut maxsplit = args.get(2).cloned().unwrap_or(Value::Int(-1));
    for (k, v) in kw {
        match k.as_pystr().map(|k| k.to_rust().into_owned()).as_deref() {
            Some("sep") => sep = v.clone(),
            Some("maxsplit") => maxsplit = v.clone(),
            _ => return Err(type_error("split() got an unexpected keyword argument")),
        }
    }
    let max = match maxsplit {
        Value::Int(i) => i,
        Value::Bool(b) => i64::from(b),
        _ => return Err(type_error("'maxsplit' must be an integer")),
    };
    let parts: Vec<Value> = match &sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = text.trim_start();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 >= max {
                    out.push(new_str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(new_str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
        v => {
            let sep = v
                .as_pystr()
                .ok_or_else(|| type_error("must be str or None"))?
                .to_rust();
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if max < 0 {
                text.split(&*sep).map(new_str).collect()
            } else {
                text.splitn(max as usize + 1, &*sep).map(new_str).collect()
            }
        }
    };
    Ok(vm.new_list(parts))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?;
    let keep = args.get(1).is_some_and(|v| vm.truthy_fast(v));
    let text = s.to_rust();
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (pos, c) = bytes[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && bytes.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            out.push(new_str(if keep {
                &text[start..end]
            } else {
                &text[start..pos]
            }));
            start = end;
        }
        i += 1;
    }
    if start < text.len() {
        out.push(new_str(&text[start..]));
    }
    Ok(vm.new_list(out))
}

fn str_join(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let sep = this(args)?.to_rust().into_owned();
    let items = vm.collect_iter(args.get(1).unwrap_or(&Value::None))?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_pystr() {
            Some(s) => out.push_str(&s.to_rust()),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(new_str(&out))
}

fn str_replace(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.to_rust();
    let old = arg_str(args, 1, "replace()")?.to_rust();
    let new = arg_str(args, 2, "replace()")?.to_rust();
    let count = match args.get(3) {
        Some(Value::Int(i)) => *i,
        _ => -1,
    };
    if count < 0 {
        Ok(new_str(&s.replace(&*old, &new)))
    } else {
        Ok(new_str(&s.replacen(&*old, &new, count as usize)))
    }
}

fn affix(args: &[Value], start: bool) -> PyResult<Value> {
    let s = this(args)?.to_rust();
    let test = |p: &Value| -> PyResult<bool> {
        let p = p.as_pystr().ok_or_else(|| {
            type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                if start { "startswith" } else { "endswith" },
                crate::vm::type_name_of(p)
            ))
        })?;
        let p = p.to_rust();
        Ok(if start {
            s.starts_with(&*p)
        } else {
            s.ends_with(&*p)
        })
    };
    let arg = args
        .get(1)
        .ok_or_else(|| type_error("expected an argument"))?;
    if let Some(Payload::Tuple(items)) = arg.payload() {
        for it in items.iter() {
            if test(it)? {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(test(arg)?))
}
fn str_startswith(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix(args, true)
}
fn str_endswith(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix(args, false)
}

fn find_impl(args: &[Value]) -> PyResult<Option<usize>> {
    let s = this(args)?;
    let needle = arg_str(args, 1, "find()")?;
    let len = s.len() as i64;
    let norm = |v: Option<&Value>, default: i64| -> i64 {
        let i = match v {
            Some(Value::Int(i)) => *i,
            _ => default,
        };
        if i < 0 {
            (i + len).max(0)
        } else {
            i.min(len)
        }
    };
    let start = norm(args.get(2), 0) as usize;
    let end = norm(args.get(3), len) as usize;
    Ok(s.find(needle, start, end))
}
fn str_find(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(args)?.map_or(-1, |i| i as i64)))
}
fn str_index(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    match find_impl(args)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn str_rfind(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?;
    let needle = arg_str(args, 1, "rfind()")?;
    let n = needle.len();
    let len = s.len();
    let mut i = len.checked_sub(n).map(|x| x as i64).unwrap_or(-1);
    while i >= 0 {
        let iu = i as usize;
        if (0..n).all(|k| s.char_at(iu + k) == needle.char_at(k)) {
            return Ok(Value::Int(i));
        }
        i -= 1;
    }
    Ok(Value::Int(-1))
}
fn str_count(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.to_rust();
    let needle = arg_str(args, 1, "count()")?.to_rust();
    if needle.is_empty() {
        return Ok(Value::Int(s.chars().count() as i64 + 1));
    }
    Ok(Value::Int(s.matches(&*needle).count() as i64))
}

fn pred(args: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this(args)?.to_rust();
    Ok(Value::Bool(!s.is_empty() && s.chars().all(f)))
}
fn str_isdigit(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, |c| c.is_ascii_digit() || c.is_numeric())
}
fn str_isalpha(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, char::is_alphabetic)
}
fn str_isalnum(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, char::is_alphanumeric)
}
fn str_isspace(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pred(args, char::is_whitespace)
}
fn str_isupper(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.to_rust();
    Ok(Value::Bool(
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase),
    ))
}
fn str_islower(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.to_rust();
    Ok(Value::Bool(
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase),
    ))
}

fn pad(args: &[Value], how: u8) -> PyResult<Value> {
    let s = this(args)?;
    let width = match args.get(1) {
        Some(Value::Int(i)) => *i,
        _ => return Err(type_error("integer argument expected")),
    };
    let fill = match args.get(2) {
        Some(v) => {
            let f = v
                .as_pystr()
                .ok_or_else(|| type_error("The fill character must be a unicode character"))?;
            if f.len() != 1 {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            f.char_at(0).unwrap_or(32)
        }
        None => 32,
    };
    let len = s.len() as i64;
    if width <= len {
        return Ok(Value::str(&s.to_rust()));
    }
    let total = (width - len) as usize;
    let (left, right) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            // CPython: left = marg / 2 + (marg & width & 1)
            let left = total / 2 + (total & (width as usize) & 1);
            (left, total - left)
        }
    };
    let mut cps = vec![fill; left];
    cps.extend(s.code_points());
    cps.extend(std::iter::repeat_n(fill, right));
    Ok(Value::Obj(crate::object::Object::new_str(
        PyStr::from_code_points(&cps),
    )))
}
fn str_ljust(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(args, b'l')
}
fn str_rjust(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(args, b'r')
}
fn str_center(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad(args, b'c')
}
fn str_zfill(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.to_rust().into_owned();
    let width = match args.get(1) {
        Some(Value::Int(i)) => *i as usize,
        _ => return Err(type_error("integer argument expected")),
    };
    let n = s.chars().count();
    if width <= n {
        return Ok(new_str(&s));
    }
    let zeros = "0".repeat(width - n);
    let out = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    Ok(new_str(&out))
}

fn str_partition(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.to_rust().into_owned();
    let sep = arg_str(args, 1, "partition()")?.to_rust().into_owned();
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match s.find(&sep) {
        Some(i) => vec![
            new_str(&s[..i]),
            new_str(&sep),
            new_str(&s[i + sep.len()..]),
        ],
        None => vec![new_str(&s), new_str(""), new_str("")],
    };
    Ok(vm.new_tuple(parts))
}

/// A str argument of `encode()`/`decode()`, with CPython's message for anything else.
pub(crate) fn codec_arg(
    func: &str,
    name: &str,
    v: Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s.to_rust().into_owned()),
            None => Err(type_error(format!(
                "{func}() argument '{name}' must be str, not {}",
                crate::vm::type_name_of(&v)
            ))),
        },
    }
}

fn str_encode(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let cps: Vec<u32> = this(args)?.code_points().collect();
    let [enc_kw, err_kw] =
        crate::builtins::take_kwargs_builtin("encode", kw, ["encoding", "errors"])?;
    let enc = codec_arg(
        "encode",
        "encoding",
        args.get(1).cloned().or(enc_kw),
        "utf-8",
    )?;
    let errors = codec_arg(
        "encode",
        "errors",
        args.get(2).cloned().or(err_kw),
        "strict",
    )?;
    let data = crate::objects::codecs::encode(&cps, &enc, &errors)?;
    Ok(crate::objects::bytes::new_bytes(data))
}

/// The native methods of `str`.
pub(crate) const METHODS: &[(&str, crate::objects::function::NativeFn)] = &[
    ("upper", str_upper),
    ("format", crate::objects::format::str_format),
    ("format_map", crate::objects::format::str_format_map),
    ("__format__", crate::objects::format::str_format_dunder),
    ("__mod__", crate::objects::format::str_mod),
    ("lower", str_lower),
    ("capitalize", str_capitalize),
    ("title", str_title),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("split", str_split),
    ("splitlines", str_splitlines),
    ("join", str_join),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("count", str_count),
    ("isdigit", str_isdigit),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("center", str_center),
    ("zfill", str_zfill),
    ("partition", str_partition),
    ("encode", str_encode),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pep393_widths() {
        assert!(matches!(PyStr::from_str("abc").data, StrData::Ascii(_)));
        assert!(matches!(PyStr::from_str("é").data, StrData::Latin1(_)));
        assert!(matches!(PyStr::from_str("€").data, StrData::Ucs2(_)));
        assert!(matches!(PyStr::from_str("😀").data, StrData::Ucs4(_)));
        let s = PyStr::from_code_points(&[0x61, 0xD800]);
        assert_eq!(s.len(), 2);
        assert_eq!(s.char_at(1), Some(0xD800));
        assert_eq!(s.repr(), "'a\\ud800'");
    }

    #[test]
    fn repr_quotes_like_cpython() {
        assert_eq!(PyStr::from_str("it's").repr(), "\"it's\"");
        assert_eq!(PyStr::from_str("a'\"").repr(), "'a\\'\"'");
        assert_eq!(PyStr::from_str("\n\x01é").repr(), "'\\n\\x01é'");
    }

    #[test]
    fn equality_across_widths_and_find() {
        assert_eq!(
            PyStr::from_str("abc"),
            PyStr::from_code_points(&[97, 98, 99])
        );
        let h = PyStr::from_str("hello world");
        assert_eq!(h.find(&PyStr::from_str("o w"), 0, 11), Some(4));
        assert_eq!(h.find(&PyStr::from_str("z"), 0, 11), None);
    }
}
