//! The less common `str` methods: right-hand splitting and searching, case predicates and
//! conversions, `expandtabs`, `translate`/`maketrans`, `removeprefix`/`removesuffix`.

use crate::builtins::take_kwargs_builtin;
use crate::error::{type_error, value_error, PyResult};
use crate::object::Payload;
use crate::objects::case_tables;
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
                if matches!(v, Value::None) {
                    "None".to_string()
                } else {
                    type_name_of(v)
                }
            ))),
        },
        None => Err(type_error(format!("{what} missing"))),
    }
}

fn s(v: &str) -> Value {
    Value::str(v)
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [sep_kw, max_kw] = take_kwargs_builtin("rsplit", kw, ["sep", "maxsplit"])?;
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
    let text = cps(args)?;
    let is_space = |c: &u32| is_space_cp(*c);
    let mut parts: Vec<Vec<u32>> = Vec::new();
    match &sep {
        Value::None => {
            let mut end = text.len();
            loop {
                while end > 0 && text.get(end - 1).is_some_and(is_space) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if max >= 0 && parts.len() as i64 >= max {
                    parts.push(text.get(..end).unwrap_or_default().to_vec());
                    break;
                }
                let mut start = end;
                while start > 0 && !text.get(start - 1).is_some_and(is_space) {
                    start -= 1;
                }
                parts.push(text.get(start..end).unwrap_or_default().to_vec());
                end = start;
            }
        }
        v => {
            let sep: Vec<u32> = match v.as_pystr() {
                Some(p) => p.code_points().collect(),
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
            let mut end = text.len();
            while max < 0 || (parts.len() as i64) < max {
                match rfind_cp(&text, &sep, 0, end) {
                    Some(i) => {
                        parts.push(text.get(i + sep.len()..end).unwrap_or_default().to_vec());
                        end = i;
                    }
                    None => break,
                }
            }
            parts.push(text.get(..end).unwrap_or_default().to_vec());
        }
    }
    parts.reverse();
    let items = parts.iter().map(|p| cps_str(p)).collect();
    Ok(vm.new_list(items))
}

/// A str argument as code points (lone surrogates kept), with `str_arg`'s type check.
fn str_arg_cps(args: &[Value], i: usize, what: &str) -> PyResult<Vec<u32>> {
    str_arg(args, i, what)?;
    Ok(args
        .get(i)
        .and_then(Value::as_pystr)
        .map(|p| p.code_points().collect())
        .unwrap_or_default())
}

/// A new str from code points.
fn cps_str(c: &[u32]) -> Value {
    Value::Obj(crate::object::Object::new_str(PyStr::from_code_points(c)))
}

fn str_rpartition(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let text = cps(args)?;
    let sep = str_arg_cps(args, 1, "rpartition() argument")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match rfind_cp(&text, &sep, 0, text.len()) {
        Some(i) => vec![
            cps_str(text.get(..i).unwrap_or_default()),
            cps_str(&sep),
            cps_str(text.get(i + sep.len()..).unwrap_or_default()),
        ],
        None => vec![s(""), s(""), cps_str(&text)],
    };
    Ok(vm.new_tuple(parts))
}

/// The entry for `c` in a generated mapping table (sorted by code point).
fn lookup_mapping(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(cp, _)| cp)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, m)| m)
}

/// Whether `c` lies in one of a generated table's sorted, disjoint ranges.
fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < cp);
    table.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

fn str_istitle(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in t.chars() {
        if c.is_uppercase() || is_titlecase(c) {
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

/// First code points of the Unicode `Nd` (decimal digit) runs of ten.
const ND_STARTS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (`Nd`).
pub fn decimal_value(c: u32) -> Option<u32> {
    ND_STARTS
        .iter()
        .find(|&&s| (s..s + 10).contains(&c))
        .map(|&s| c - s)
}

fn is_decimal(c: char) -> bool {
    decimal_value(c as u32).is_some()
}

/// `str.isdigit`: decimals plus the other digit characters (superscripts, circled digits).
fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c as u32, 0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070 | 0x2074..=0x2079
            | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea
            | 0x24f5..=0x24fd | 0x24ff | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792
            | 0x10a40..=0x10a43 | 0x1f100..=0x1f10a)
}

fn str_isdigit2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, is_digit, false)
}

/// Applies a case transformation to the runs of text between lone surrogates, which have no
/// case and pass through unchanged (as in CPython; they also end words for `title` and the
/// final-sigma rule, so each run can be mapped on its own). `f` gets the run and whether it
/// starts the string.
fn case_by_runs(args: &[Value], f: impl Fn(&[char], bool) -> String) -> PyResult<Value> {
    let h = cps(args)?;
    let mut out: Vec<u32> = Vec::with_capacity(h.len());
    let mut run: Vec<char> = Vec::new();
    let mut run_start = 0;
    for (i, &c) in h.iter().enumerate() {
        match char::from_u32(c) {
            Some(ch) => {
                if run.is_empty() {
                    run_start = i;
                }
                run.push(ch);
            }
            None => {
                if !run.is_empty() {
                    out.extend(f(&run, run_start == 0).chars().map(u32::from));
                    run.clear();
                }
                out.push(c);
            }
        }
    }
    if !run.is_empty() {
        out.extend(f(&run, run_start == 0).chars().map(u32::from));
    }
    Ok(Value::Obj(crate::object::Object::new_str(
        PyStr::from_code_points(&out),
    )))
}

fn str_upper2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    case_by_runs(args, |t, _| {
        t.iter().flat_map(|c| c.to_uppercase()).collect()
    })
}

fn str_swapcase(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    case_by_runs(args, |t, _| {
        let mut out = String::with_capacity(t.len());
        for (i, &c) in t.iter().enumerate() {
            if c == 'Σ' && final_sigma(t, i) {
                out.push('ς');
            } else if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}

fn str_casefold(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    case_by_runs(args, |t, _| {
        let mut out = String::with_capacity(t.len());
        for &c in t {
            match lookup_mapping(case_tables::CASEFOLD, c) {
                Some(f) => out.push_str(f),
                None => out.extend(c.to_lowercase()),
            }
        }
        out
    })
}

fn str_lower2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    case_by_runs(args, |t, _| {
        let mut out = String::with_capacity(t.len());
        lower_with_sigma(t, &mut out, 0);
        out
    })
}

fn str_capitalize2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    case_by_runs(args, |t, first| {
        let mut out = String::with_capacity(t.len());
        match t.first() {
            Some(&f) if first => {
                out.push_str(&titlecase(f));
                lower_with_sigma(t, &mut out, 1);
            }
            _ => lower_with_sigma(t, &mut out, 0),
        }
        out
    })
}

fn str_title2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    case_by_runs(args, |chars, _| {
        let mut out = String::with_capacity(chars.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                if c == 'Σ' && final_sigma(chars, i) {
                    out.push('ς');
                } else {
                    out.extend(c.to_lowercase());
                }
            } else if is_cased(c) {
                out.push_str(&titlecase(c));
            } else {
                out.push(c);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

/// The titlecase of `c` (`ß` → `Ss`, `ǆ` → `ǅ`, `ᾀ` → `ᾈ`), for `title` and `capitalize`.
pub fn titlecase(c: char) -> String {
    match lookup_mapping(case_tables::TITLE, c) {
        Some(t) => t.to_string(),
        None => c.to_uppercase().collect(),
    }
}

fn is_titlecase(c: char) -> bool {
    matches!(c, 'ǅ' | 'ǈ' | 'ǋ' | 'ǲ')
        || matches!(c as u32, 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

fn is_cased(c: char) -> bool {
    in_ranges(case_tables::CASED, c)
}

fn case_ignorable(c: char) -> bool {
    in_ranges(case_tables::CASE_IGNORABLE, c)
}

/// Whether the `Σ` at `i` is word-final (CPython's `_PyUnicode_FinalSigma` rule).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|&&d| !case_ignorable(d));
    let after = chars
        .get(i + 1..)
        .unwrap_or_default()
        .iter()
        .find(|&&d| !case_ignorable(d));
    before.is_some_and(|&d| is_cased(d)) && !after.is_some_and(|&d| is_cased(d))
}

/// Lowercase with the final-sigma rule (`Σ` at the end of a word becomes `ς`).
fn lower_with_sigma(chars: &[char], out: &mut String, from: usize) {
    for (i, &c) in chars.iter().enumerate().skip(from) {
        if c == 'Σ' && final_sigma(chars, i) {
            out.push('ς');
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

fn str_isdecimal(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, is_decimal, false)
}

fn str_isnumeric(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    // CJK numeral ideographs have numeric values in the Unicode database too.
    all_chars(
        args,
        |c| {
            c.is_numeric()
                || matches!(
                    c,
                    '〇' | '一'
                        | '二'
                        | '三'
                        | '四'
                        | '五'
                        | '六'
                        | '七'
                        | '八'
                        | '九'
                        | '十'
                        | '百'
                        | '千'
                        | '万'
                        | '億'
                        | '兆'
                        | '零'
                        | '壱'
                        | '弐'
                        | '参'
                        | '拾'
                )
        },
        false,
    )
}

fn str_isascii(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, |c| c.is_ascii(), true)
}

/// `str.isprintable`: the same rule as `repr` (Unicode 15 categories; space is printable).
fn str_isprintable(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = cps(args)?;
    Ok(Value::Bool(h.iter().all(|&c| {
        c == 0x20 || (c != 0x7f && c >= 0x20 && pyvm_parser::pyrepr::is_printable(c))
    })))
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

pub(crate) fn is_identifier(t: &str) -> bool {
    let mut cs = t.chars();
    match cs.next() {
        Some(c) if in_ranges(case_tables::XID_START, c) => {}
        _ => return false,
    }
    cs.all(|c| in_ranges(case_tables::XID_CONTINUE, c))
}

fn str_isspace2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, |c| is_space_cp(c as u32), false)
}

/// Letters in Python's sense (`L*` categories): Rust's `is_alphabetic` also takes letter
/// numbers (`Nl`, e.g. Roman numerals), which `str.isalpha` rejects.
fn is_py_alpha(c: char) -> bool {
    c.is_alphabetic()
        && !matches!(c as u32, 0x16ee..=0x16f0 | 0x2160..=0x2188 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303a | 0x10140..=0x10174 | 0x12400..=0x1246e)
        && !is_combining(c)
}

fn str_isalpha2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, is_py_alpha, false)
}

fn str_isalnum2(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    all_chars(args, |c| is_py_alpha(c) || c.is_numeric(), false)
}

fn str_isidentifier(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = this(args)?;
    Ok(Value::Bool(is_identifier(&t)))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let t = cps(args)?;
    let [ts_kw] = take_kwargs_builtin("expandtabs", kw, ["tabsize"])?;
    let ts = match args.get(1).cloned().or(ts_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => 8,
    };
    let mut out: Vec<u32> = Vec::with_capacity(t.len());
    let mut col: i64 = 0;
    for c in t {
        match c {
            0x09 => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(0x20, n as usize));
                    col += n;
                }
            }
            0x0a | 0x0d => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(cps_str(&out))
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
    let t = cps(args)?;
    let p = str_arg_cps(args, 1, "removeprefix() argument")?;
    Ok(cps_str(t.strip_prefix(&p[..]).unwrap_or(&t)))
}

fn str_removesuffix(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let t = cps(args)?;
    let p = str_arg_cps(args, 1, "removesuffix() argument")?;
    if p.is_empty() {
        return Ok(cps_str(&t));
    }
    Ok(cps_str(t.strip_suffix(&p[..]).unwrap_or(&t)))
}

fn cps(args: &[Value]) -> PyResult<Vec<u32>> {
    match args.first().and_then(Value::as_pystr) {
        Some(s) => Ok(s.code_points().collect()),
        None => Err(type_error("descriptor requires a 'str' object")),
    }
}

/// The substring argument of find-like methods: `must be str, not int`.
fn sub_arg(args: &[Value], name: &str, min: usize) -> PyResult<Vec<u32>> {
    match args.get(1) {
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s.code_points().collect()),
            None => Err(type_error(format!("must be str, not {}", type_name_of(v)))),
        },
        None => Err(type_error(format!(
            "{name}() takes at least {min} argument{} (0 given)",
            if min == 1 { "" } else { "s" }
        ))),
    }
}

fn find_cp(h: &[u32], n: &[u32], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    (start..=end - n.len()).find(|&i| h.get(i..i + n.len()) == Some(n))
}

fn rfind_cp(h: &[u32], n: &[u32], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < n.len() {
        return None;
    }
    (start..=end - n.len())
        .rev()
        .find(|&i| h.get(i..i + n.len()) == Some(n))
}

/// `(start, end)` of a slice-like pair of optional arguments at `args[i]`, `args[i+1]`;
/// `None` when start is past the string (then nothing matches, not even "").
fn span_at(vm: &mut Vm, args: &[Value], i: usize, len: usize) -> PyResult<(usize, usize, bool)> {
    let n = len as i64;
    let mut get = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(d),
            Some(v) => crate::builtins::funcs_index(vm, v).map_err(|e| {
                if e.matches(&crate::types::types().type_error) {
                    type_error("slice indices must be integers or None or have an __index__ method")
                } else {
                    e
                }
            }),
        }
    };
    let s = get(args.get(i), 0)?;
    let e = get(args.get(i + 1), n)?;
    let s = if s < 0 { (s + n).max(0) } else { s };
    let e = if e < 0 { (e + n).max(0) } else { e.min(n) };
    Ok((s.min(n) as usize, e as usize, s > n))
}

fn find_like(vm: &mut Vm, args: &[Value], name: &str, right: bool) -> PyResult<Option<usize>> {
    let h = cps(args)?;
    let n = sub_arg(args, name, 1)?;
    let (s, e, past) = span_at(vm, args, 2, h.len())?;
    if past {
        return Ok(None);
    }
    Ok(if right {
        rfind_cp(&h, &n, s, e)
    } else {
        find_cp(&h, &n, s, e)
    })
}

fn str_find2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_like(vm, args, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn str_rfind2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(
        find_like(vm, args, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}
fn str_index2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    find_like(vm, args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}
fn str_rindex2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    find_like(vm, args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("substring not found"))
}

fn str_count2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = cps(args)?;
    let n = sub_arg(args, "count", 1)?;
    let (mut s, e, past) = span_at(vm, args, 2, h.len())?;
    if past {
        return Ok(Value::Int(0));
    }
    if n.is_empty() {
        return Ok(Value::Int(if e >= s { (e - s + 1) as i64 } else { 0 }));
    }
    let mut c = 0;
    while let Some(i) = find_cp(&h, &n, s, e) {
        c += 1;
        s = i + n.len();
    }
    Ok(Value::Int(c))
}

fn affix2(vm: &mut Vm, args: &[Value], start: bool) -> PyResult<Value> {
    let h = cps(args)?;
    let name = if start { "startswith" } else { "endswith" };
    let Some(arg) = args.get(1) else {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    };
    let (s, e, past) = span_at(vm, args, 2, h.len())?;
    let test = |p: &[u32]| -> bool {
        if past || e < s {
            return false;
        }
        let part = h.get(s..e).unwrap_or_default();
        if start {
            part.starts_with(p)
        } else {
            part.ends_with(p)
        }
    };
    let bad = |v: &Value| {
        type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name_of(v)
        ))
    };
    if let Some(Payload::Tuple(items)) = arg.payload() {
        for it in items.iter() {
            let p: Vec<u32> = match it.as_pystr() {
                Some(x) => x.code_points().collect(),
                None => {
                    return Err(type_error(format!(
                        "tuple for {name} must only contain str, not {}",
                        type_name_of(it)
                    )))
                }
            };
            if test(&p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let p: Vec<u32> = arg
        .as_pystr()
        .ok_or_else(|| bad(arg))?
        .code_points()
        .collect();
    Ok(Value::Bool(test(&p)))
}

fn str_startswith2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix2(vm, args, true)
}
fn str_endswith2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    affix2(vm, args, false)
}

fn is_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

fn from_cps(c: &[u32]) -> Value {
    Value::Obj(crate::object::Object::new_str(PyStr::from_code_points(c)))
}

fn str_splitlines2(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = cps(args)?;
    let [keep_kw] = take_kwargs_builtin("splitlines", kw, ["keepends"])?;
    let keep = match args.get(1).cloned().or(keep_kw) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut s, mut i) = (0, 0);
    while let Some(&c) = h.get(i) {
        if is_linebreak(c) {
            let mut e = i + 1;
            if c == 0x0d && h.get(i + 1) == Some(&0x0a) {
                e += 1;
            }
            out.push(from_cps(
                h.get(s..if keep { e } else { i }).unwrap_or_default(),
            ));
            s = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if s < h.len() {
        out.push(from_cps(h.get(s..).unwrap_or_default()));
    }
    Ok(vm.new_list(out))
}

/// Python's whitespace (`str.isspace`, `split()`, `strip()`).
pub(crate) fn is_space_cp(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

fn str_split2(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = cps(args)?;
    let [sep_kw, max_kw] = take_kwargs_builtin("split", kw, ["sep", "maxsplit"])?;
    let sep = args.get(1).cloned().or(sep_kw).unwrap_or(Value::None);
    let max = match args.get(2).cloned().or(max_kw) {
        Some(v) => crate::builtins::funcs_index(vm, &v)?,
        None => -1,
    };
    let mut out: Vec<Value> = Vec::new();
    if matches!(sep, Value::None) {
        let mut i = 0;
        loop {
            while h.get(i).is_some_and(|&c| is_space_cp(c)) {
                i += 1;
            }
            if i >= h.len() {
                break;
            }
            if max >= 0 && out.len() as i64 >= max {
                out.push(from_cps(h.get(i..).unwrap_or_default()));
                break;
            }
            let s = i;
            while h.get(i).is_some_and(|&c| !is_space_cp(c)) {
                i += 1;
            }
            out.push(from_cps(h.get(s..i).unwrap_or_default()));
        }
        return Ok(vm.new_list(out));
    }
    let Some(sp) = sep.as_pystr() else {
        return Err(type_error(format!(
            "must be str or None, not {}",
            type_name_of(&sep)
        )));
    };
    let n: Vec<u32> = sp.code_points().collect();
    if n.is_empty() {
        return Err(value_error("empty separator"));
    }
    let mut s = 0;
    while max < 0 || (out.len() as i64) < max {
        match find_cp(&h, &n, s, h.len()) {
            Some(i) => {
                out.push(from_cps(h.get(s..i).unwrap_or_default()));
                s = i + n.len();
            }
            None => break,
        }
    }
    out.push(from_cps(h.get(s..).unwrap_or_default()));
    Ok(vm.new_list(out))
}

fn str_replace2(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("str.replace() takes no keyword arguments"));
    }
    let h = cps(args)?;
    if args.len() < 3 {
        return Err(type_error(format!(
            "replace expected at least 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let arg = |i: usize| -> PyResult<Vec<u32>> {
        let v = args.get(i).unwrap_or(&Value::None);
        v.as_pystr()
            .map(|s| s.code_points().collect())
            .ok_or_else(|| {
                type_error(format!(
                    "replace() argument {i} must be str, not {}",
                    type_name_of(v)
                ))
            })
    };
    let old = arg(1)?;
    let new = arg(2)?;
    let count = match args.get(3) {
        Some(v) => crate::builtins::funcs_index(vm, v)?,
        None => -1,
    };
    let mut out: Vec<u32> = Vec::with_capacity(h.len());
    let mut n = 0i64;
    if old.is_empty() {
        for &c in &h {
            if count < 0 || n < count {
                out.extend_from_slice(&new);
                n += 1;
            }
            out.push(c);
        }
        if count < 0 || n < count {
            out.extend_from_slice(&new);
        }
        return Ok(from_cps(&out));
    }
    let mut s = 0;
    while count < 0 || n < count {
        match find_cp(&h, &old, s, h.len()) {
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
    Ok(from_cps(&out))
}

fn pad2(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Value> {
    let h = cps(args)?;
    let Some(w) = args.get(1) else {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    };
    let w = crate::builtins::funcs_index(vm, w)?;
    let fill = match args.get(2) {
        Some(v) => match v.as_pystr() {
            Some(f) if f.len() == 1 => f.char_at(0).unwrap_or(32),
            Some(_) => {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ))
            }
            None => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    type_name_of(v)
                )))
            }
        },
        None => 32,
    };
    let len = h.len() as i64;
    if w <= len {
        return Ok(from_cps(&h));
    }
    let total = (w - len) as usize;
    let (l, r) = match name {
        "ljust" => (0, total),
        "rjust" => (total, 0),
        _ => {
            let left = total / 2 + (total & (w as usize) & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend(h);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(from_cps(&out))
}

fn str_ljust2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad2(vm, args, "ljust")
}
fn str_rjust2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad2(vm, args, "rjust")
}
fn str_center2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    pad2(vm, args, "center")
}

fn str_zfill2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = cps(args)?;
    let Some(w) = args.get(1) else {
        return Err(type_error(
            "str.zfill() takes exactly one argument (0 given)",
        ));
    };
    let w = crate::builtins::funcs_index(vm, w)?;
    if w <= h.len() as i64 {
        return Ok(from_cps(&h));
    }
    let zeros = w as usize - h.len();
    let mut out = Vec::with_capacity(w as usize);
    let rest = match h.first() {
        Some(&c) if c == u32::from('+') || c == u32::from('-') => {
            out.push(c);
            h.get(1..).unwrap_or_default()
        }
        _ => &h[..],
    };
    out.extend(std::iter::repeat_n(u32::from('0'), zeros));
    out.extend_from_slice(rest);
    Ok(from_cps(&out))
}

fn str_partition2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let h = cps(args)?;
    let n = sub_arg(args, "partition", 1)?;
    if n.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = match find_cp(&h, &n, 0, h.len()) {
        Some(i) => vec![
            from_cps(h.get(..i).unwrap_or_default()),
            from_cps(&n),
            from_cps(h.get(i + n.len()..).unwrap_or_default()),
        ],
        None => vec![from_cps(&h), from_cps(&[]), from_cps(&[])],
    };
    Ok(vm.new_tuple(parts))
}

fn str_join2(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let sep = cps(args)?;
    let src = args.get(1).cloned().unwrap_or(Value::None);
    if !crate::builtins::is_iterable(&src) {
        return Err(type_error("can only join an iterable"));
    }
    let items = vm.collect_iter(&src)?;
    let mut out: Vec<u32> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match it.as_pystr() {
            Some(s) => out.extend(s.code_points()),
            None => {
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name_of(it)
                )))
            }
        }
    }
    Ok(from_cps(&out))
}

/// More `str` methods (registered with the ones in `str.rs`).
pub(crate) const METHODS: &[(&str, NativeFn)] = &[
    ("find", str_find2),
    ("rfind", str_rfind2),
    ("index", str_index2),
    ("count", str_count2),
    ("startswith", str_startswith2),
    ("endswith", str_endswith2),
    ("splitlines", str_splitlines2),
    ("split", str_split2),
    ("replace", str_replace2),
    ("ljust", str_ljust2),
    ("rjust", str_rjust2),
    ("center", str_center2),
    ("zfill", str_zfill2),
    ("partition", str_partition2),
    ("join", str_join2),
    ("rsplit", str_rsplit),
    ("rpartition", str_rpartition),
    ("rindex", str_rindex2),
    ("isdigit", str_isdigit2),
    ("isspace", str_isspace2),
    ("isalpha", str_isalpha2),
    ("isalnum", str_isalnum2),
    ("upper", str_upper2),
    ("lower", str_lower2),
    ("capitalize", str_capitalize2),
    ("title", str_title2),
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
        let h: Vec<u32> = "abcabc".chars().map(u32::from).collect();
        let n: Vec<u32> = "bc".chars().map(u32::from).collect();
        assert_eq!(rfind_cp(&h, &n, 0, 6), Some(4));
        assert_eq!(rfind_cp(&h, &n, 0, 4), Some(1));
        assert_eq!(rfind_cp(&h, &n, 2, 4), None);
    }
}
