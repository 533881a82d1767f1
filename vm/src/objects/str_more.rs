//! The less common `str` methods: right-hand splitting and searching, case predicates and
//! conversions, `expandtabs`, `translate`/`maketrans`, `removeprefix`/`removesuffix`.

use crate::builtins::take_kwargs;
use crate::error::{type_error, value_error, PyResult};
use crate::object::Payload;
use crate::objects::function::NativeFn;
use crate::objects::int::{as_int, IntRef};
use crate::objects::str::PyStr;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

fn this(args: &[Value]) -> PyResult<String> {
    match args.first().and_then(Value::as_pystr) {
        Some(s) => Ok(s.to_rust().into_owned()),
        None => Err(type_error("descriptor requires a 'str' object")),
    }
}

fn str_arg(args: &[Value], i: usize, what: &str) -> PyResult<String> {
    match args.get(i) {
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s.to_rust().into_owned()),
            None => Err(type_error(format!(
                "{what} must be str, not {}",
                type_name_of(v)
            ))),
        },
        None => Err(type_error(format!("{what} missing"))),
    }
}

fn s(v: &str) -> Value {
    Value::str(v)
}

fn is_py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let text = this(args)?;
    let [sep_kw, max_kw] = take_kwargs("rsplit", kw, ["sep", "maxsplit"])?;
    let sep = args.get(1).cloned().or(sep_kw).unwrap_or(Value::None);
    let maxsplit = args.get(2).cloned().or(max_kw).unwrap_or(Value::Int(-1));
    let max = match as_int(&maxsplit) {
        Some(IntRef::Small(i)) => i,
        _ => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&maxsplit)
            )))
        }
    };
    let mut parts: Vec<String> = Vec::new();
    match &sep {
        Value::None => {
            let mut rest = text.trim_end_matches(is_py_space);
            while !rest.is_empty() {
                if max >= 0 && parts.len() as i64 >= max {
                    parts.push(rest.to_string());
                    break;
                }
                let start = rest
                    .rfind(is_py_space)
                    .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
                let start = start.unwrap_or(0);
                parts.push(rest[start..].to_string());
                rest = rest[..start].trim_end_matches(is_py_space);
            }
        }
        v => {
            let sep = match v.as_pystr() {
                Some(p) => p.to_rust().into_owned(),
                None => {
                    return Err(type_error(format!(
                        "must be str or None, not {}",
                        type_name_of(v)
                    )))
                }
            };
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if max < 0 {
                parts = text.rsplit(&*sep).map(str::to_string).collect();
            } else {
                parts = text
                    .rsplitn(max as usize + 1, &*sep)
                    .map(str::to_string)
                    .collect();
            }
        }
    }
    parts.reverse();
    let items = parts.iter().map(|p| s(p)).collect();
    Ok(vm.new_list(items))
}

fn str_rpartition(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let text = this(args)?;
    let sep = str_arg(args, 1, "rpartition() argument")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match text.rfind(&sep) {
        Some(i) => vec![s(&text[..i]), s(&sep), s(&text[i + sep.len()..])],
        None => vec![s(""), s(""), s(&text)],
    };
    Ok(vm.new_tuple(parts))
}

/// Start/end arguments of `find`-like methods as char indices.
fn bounds(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |vm: &mut Vm, v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = crate::builtins::funcs_index(vm, v)?;
                let n = len as i64;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) } as usize)
            }
        }
    };
    let start = norm(vm, args.get(2), 0)?;
    let end = norm(vm, args.get(3), len)?;
    Ok((start, end))
}

fn rfind_chars(hay: &[char], needle: &[char], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    let mut i = end - needle.len();
    loop {
        if hay.get(i..i + needle.len()) == Some(needle) {
            return Some(i);
        }
        if i == start {
            return None;
        }
        i -= 1;
    }
}

fn str_rindex(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let text: Vec<char> = this(args)?.chars().collect();
    let needle: Vec<char> = str_arg(args, 1, "rindex() argument")?.chars().collect();
    let (start, end) = bounds(vm, args, text.len())?;
    match rfind_chars(&text, &needle, start, end) {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_swapcase(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if c.is_uppercase() {
            out.extend(c.to_lowercase());
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(s(&out))
}

fn str_casefold(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let out: String = t
        .chars()
        .flat_map(|c| {
            let v: Vec<char> = match c {
                'ß' => vec!['s', 's'],
                'ς' => vec!['σ'],
                _ => c.to_lowercase().collect(),
            };
            v
        })
        .collect();
    Ok(s(&out))
}

fn str_istitle(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

fn all_chars(args: &[Value], f: impl Fn(char) -> bool, empty: bool) -> PyResult<Value> {
    let t = this(args)?;
    if t.is_empty() {
        return Ok(Value::Bool(empty));
    }
    Ok(Value::Bool(t.chars().all(f)))
}

fn is_decimal(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(c as u32, 0x660..=0x669 | 0x6f0..=0x6f9 | 0x966..=0x96f | 0xff10..=0xff19)
}

fn str_isdecimal(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, is_decimal, false)
}

fn str_isnumeric(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, char::is_numeric, false)
}

fn str_isascii(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, |c| c.is_ascii(), true)
}

fn str_isprintable(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(
        args,
        |c| {
            if c == ' ' {
                return true;
            }
            !(c.is_control()
                || c.is_whitespace()
                || matches!(c as u32, 0xad | 0x200b..=0x200f | 0x2028..=0x202e | 0x2060..=0x206f | 0xfeff | 0xd800..=0xdfff | 0xe000..=0xf8ff))
        },
        true,
    )
}

fn is_identifier(t: &str) -> bool {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    cs.all(|c| c == '_' || c.is_alphanumeric())
}

fn str_isidentifier(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    Ok(Value::Bool(is_identifier(&t)))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let [ts_kw] = take_kwargs("expandtabs", kw, ["tabsize"])?;
    let ts = match args.get(1).cloned().or(ts_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => 8,
    };
    let mut out = String::with_capacity(t.len());
    let mut col: i64 = 0;
    for c in t.chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(s(&out))
}

fn str_translate(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(pystr) = args.first().and_then(Value::as_pystr) else {
        return Err(type_error("descriptor requires a 'str' object"));
    };
    let cps: Vec<u32> = pystr.code_points().collect();
    let table = args
        .get(1)
        .cloned()
        .ok_or_else(|| type_error("translate() takes exactly one argument (0 given)"))?;
    let mut out: Vec<u32> = Vec::with_capacity(cps.len());
    for c in cps {
        match vm.getitem(&table, &Value::Int(i64::from(c))) {
            Ok(Value::None) => {}
            Ok(v) => {
                if let Some(i) = as_int(&v) {
                    match i {
                        IntRef::Small(n) if (0..=0x10ffff).contains(&n) => out.push(n as u32),
                        _ => {
                            return Err(value_error("character mapping must be in range(0x110000)"))
                        }
                    }
                } else if let Some(r) = v.as_pystr() {
                    out.extend(r.code_points());
                } else {
                    return Err(type_error(
                        "character mapping must return integer, None or str",
                    ));
                }
            }
            Err(e) if e.matches(&types().lookup_error) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(Value::Obj(crate::object::Object::new_str(
        PyStr::from_code_points(&out),
    )))
}

fn str_maketrans(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    // Called as a static method: no `self`.
    let d = vm.new_dict();
    let Some(dobj) = d.as_obj().cloned() else {
        return Ok(d);
    };
    match args.len() {
        1 => {
            let x = args.first().cloned().unwrap_or(Value::None);
            let Some(Payload::Dict(_)) = x.payload() else {
                return Err(type_error(
                    "if you give only one argument to maketrans it must be a dict",
                ));
            };
            let items = x.as_obj().map(|o| vm.dict_items(o)).unwrap_or_default();
            for (k, v) in items {
                let key = if let Some(ks) = k.as_pystr() {
                    if ks.len() != 1 {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ));
                    }
                    Value::Int(i64::from(ks.char_at(0).unwrap_or(0)))
                } else if as_int(&k).is_some() {
                    k
                } else {
                    return Err(type_error(
                        "keys in translate table must be strings or integers",
                    ));
                };
                vm.dict_set(&dobj, key, v)?;
            }
        }
        2 | 3 => {
            let x = str_arg(args, 0, "maketrans() argument 1")?;
            let y = str_arg(args, 1, "maketrans() argument 2")?;
            let (xs, ys): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
            if xs.len() != ys.len() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in xs.iter().zip(ys.iter()) {
                vm.dict_set(
                    &dobj,
                    Value::Int(i64::from(u32::from(*a))),
                    Value::Int(i64::from(u32::from(*b))),
                )?;
            }
            if args.len() == 3 {
                let z = str_arg(args, 2, "maketrans() argument 3")?;
                for c in z.chars() {
                    vm.dict_set(&dobj, Value::Int(i64::from(u32::from(c))), Value::None)?;
                }
            }
        }
        n => {
            return Err(type_error(format!(
                "maketrans expected at most 3 arguments, got {n}"
            )))
        }
    }
    Ok(d)
}

fn str_removeprefix(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let p = str_arg(args, 1, "removeprefix() argument")?;
    Ok(s(t.strip_prefix(&*p).unwrap_or(&t)))
}

fn str_removesuffix(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let p = str_arg(args, 1, "removesuffix() argument")?;
    if p.is_empty() {
        return Ok(s(&t));
    }
    Ok(s(t.strip_suffix(&*p).unwrap_or(&t)))
}

/// More `str` methods (registered with the ones in `str.rs`).
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("rsplit", str_rsplit),
    ("rpartition", str_rpartition),
    ("rindex", str_rindex),
    ("swapcase", str_swapcase),
    ("casefold", str_casefold),
    ("istitle", str_istitle),
    ("isdecimal", str_isdecimal),
    ("isnumeric", str_isnumeric),
    ("isascii", str_isascii),
    ("isprintable", str_isprintable),
    ("isidentifier", str_isidentifier),
    ("expandtabs", str_expandtabs),
    ("translate", str_translate),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
];

/// Static methods of `str`.
pub(crate) const STATIC: &[(&str, NativeFn)] = &[("maketrans", str_maketrans)];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        assert!(is_identifier("_a1"));
        assert!(!is_identifier("1a"));
        assert!(!is_identifier(""));
    }

    #[test]
    fn rfind() {
        let h: Vec<char> = "abcabc".chars().collect();
        let n: Vec<char> = "bc".chars().collect();
        assert_eq!(rfind_chars(&h, &n, 0, 6), Some(4));
        assert_eq!(rfind_chars(&h, &n, 0, 4), Some(1));
        assert_eq!(rfind_chars(&h, &n, 2, 4), None);
    }
}
