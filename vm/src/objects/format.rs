//! The format mini-language (`format(x, spec)`, f-string specs, `str.format`) and printf-style
//! `%` formatting, for `int`, `float` and `str`.
//!
//! Everything works on Rust `String`s of already-converted digits: the number is rendered once
//! (Rust's float formatting is correctly rounded, as CPython's `PyOS_double_to_string`), then the
//! sign, prefix, grouping and padding rules of CPython's `formatter_unicode.c` are applied.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::error::{index_error, overflow_error, type_error, value_error, PyErr, PyResult};
use crate::object::Payload;
use crate::objects::int::{as_int, IntRef};
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// A parsed format specification.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub z: bool,
    pub alt: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn invalid(spec: &str, tyname: &str) -> PyErr {
    value_error(format!(
        "Invalid format specifier '{spec}' for object of type '{tyname}'"
    ))
}

/// Parses `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
pub fn parse_spec(spec: &str, tyname: &str, default_align: char) -> PyResult<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut s = Spec::default();
    let mut i = 0;
    let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
    if c.len() >= 2 && c.get(1).copied().is_some_and(is_align) {
        s.fill = c.first().copied();
        s.align = c.get(1).copied();
        i = 2;
    } else if c.first().copied().is_some_and(is_align) {
        s.align = c.first().copied();
        i = 1;
    }
    if let Some(&ch) = c.get(i) {
        if matches!(ch, '+' | '-' | ' ') {
            s.sign = Some(ch);
            i += 1;
        }
    }
    if c.get(i) == Some(&'z') {
        s.z = true;
        i += 1;
    }
    if c.get(i) == Some(&'#') {
        s.alt = true;
        i += 1;
    }
    if s.fill.is_none() && c.get(i) == Some(&'0') {
        s.fill = Some('0');
        if s.align.is_none() && default_align == '>' {
            s.align = Some('=');
        }
        i += 1;
    }
    let start = i;
    while c.get(i).is_some_and(|ch| ch.is_ascii_digit()) {
        i += 1;
    }
    if i > start {
        let digits: String = c.get(start..i).unwrap_or_default().iter().collect();
        s.width = digits
            .parse()
            .map_err(|_| value_error("Too many decimal digits in format string"))?;
    }
    if let Some(&ch) = c.get(i) {
        if ch == ',' || ch == '_' {
            s.grouping = Some(ch);
            i += 1;
            if let Some(&ch2) = c.get(i) {
                if ch2 == ',' || ch2 == '_' {
                    if ch2 == ch {
                        return Err(value_error(format!("Cannot specify '{ch}' with '{ch}'.")));
                    }
                    return Err(value_error("Cannot specify both ',' and '_'."));
                }
            }
        }
    }
    if c.get(i) == Some(&'.') {
        i += 1;
        let start = i;
        while c.get(i).is_some_and(|ch| ch.is_ascii_digit()) {
            i += 1;
        }
        if i == start {
            return Err(value_error("Format specifier missing precision"));
        }
        let digits: String = c.get(start..i).unwrap_or_default().iter().collect();
        s.precision = Some(
            digits
                .parse()
                .map_err(|_| value_error("Too many decimal digits in format string"))?,
        );
    }
    let rest = c.len().saturating_sub(i);
    if rest > 1 {
        return Err(invalid(spec, tyname));
    }
    if rest == 1 {
        s.ty = c.get(i).copied();
    }
    if let Some(g) = s.grouping {
        let ok = match s.ty {
            None => true,
            Some(t) => {
                matches!(t, 'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F')
                    || (g == '_' && matches!(t, 'b' | 'o' | 'x' | 'X'))
            }
        };
        if !ok {
            let t = s.ty.unwrap_or(' ');
            return Err(value_error(format!("Cannot specify '{g}' with '{t}'.")));
        }
    }
    Ok(s)
}

/// Pads `body` (already including sign/prefix) to the spec's width.
fn pad(s: &Spec, sign_prefix: &str, body: &str, default_align: char) -> String {
    let len = sign_prefix.chars().count() + body.chars().count();
    let fill = s.fill.unwrap_or(' ');
    let align = s.align.unwrap_or(default_align);
    if len >= s.width {
        return format!("{sign_prefix}{body}");
    }
    let n = s.width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign_prefix}{body}{}", fills(n)),
        '^' => format!("{}{sign_prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign_prefix}{}{body}", fills(n)),
        _ => format!("{}{sign_prefix}{body}", fills(n)),
    }
}

/// Inserts `sep` every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let chars: Vec<char> = digits.chars().collect();
    let mut out = String::with_capacity(chars.len() * 2);
    for (i, ch) in chars.iter().enumerate() {
        let left = chars.len() - i;
        if i > 0 && left % every == 0 {
            out.push(sep);
        }
        out.push(*ch);
    }
    out
}

/// Groups the digits, zero-padding inside the grouping when the fill is `0` with `=` alignment
/// (`format(1234, '08,')` is `'0,001,234'`).
fn group_padded(s: &Spec, digits: &str, every: usize, used: usize) -> String {
    let Some(sep) = s.grouping else {
        return digits.to_string();
    };
    let zero_pad = s.fill == Some('0') && s.align == Some('=');
    let mut d = digits.to_string();
    let mut g = group(&d, sep, every);
    if zero_pad {
        let min = s.width.saturating_sub(used);
        while g.chars().count() < min {
            d.insert(0, '0');
            g = group(&d, sep, every);
        }
    }
    g
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

/// `format(int, spec)`.
pub fn format_int(v: &BigInt, spec: &str, tyname: &str) -> PyResult<String> {
    let s = parse_spec(spec, tyname, '>')?;
    match s.ty {
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = v
                .to_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| overflow_error("int too large to convert to float"))?;
            return format_float_spec(f, &s);
        }
        Some('s') | Some(_) if !matches!(s.ty, Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c')) => {
            return Err(value_error(format!(
                "Unknown format code '{}' for object of type '{tyname}'",
                s.ty.unwrap_or(' ')
            )));
        }
        _ => {}
    }
    if s.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.ty == Some('c') {
        if s.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alt {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        if v.to_i64().is_none() {
            return Err(overflow_error("Python int too large to convert to C long"));
        }
        let ch = v
            .to_u32()
            .filter(|&c| c <= 0x10ffff)
            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
        let ch = char::from_u32(ch).unwrap_or('\u{fffd}');
        return Ok(pad(&s, "", &ch.to_string(), '>'));
    }
    let neg = v.is_negative();
    let mag = v.abs();
    let (digits, prefix, every) = match s.ty {
        Some('b') => (mag.to_str_radix(2), "0b", 4),
        Some('o') => (mag.to_str_radix(8), "0o", 4),
        Some('x') => (mag.to_str_radix(16), "0x", 4),
        Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X", 4),
        _ => (mag.to_string(), "", 3),
    };
    let mut head = sign_str(neg, s.sign).to_string();
    if s.alt {
        head.push_str(prefix);
    }
    let body = group_padded(&s, &digits, every, head.chars().count());
    Ok(pad(&s, &head, &body, '>'))
}

/// Renders `x >= 0` (finite) in exponent notation with `prec` digits after the point.
fn exp_digits(x: f64, prec: usize, upper: bool) -> String {
    let r = format!("{:.*e}", prec, x);
    let (mant, exp) = r.split_once('e').unwrap_or((&r, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let sign = if e < 0 { '-' } else { '+' };
    let out = format!("{mant}e{sign}{:02}", e.abs());
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

fn strip_zeros(s: &str) -> String {
    if let Some((mant, exp)) = s.split_once(['e', 'E']) {
        let m = if mant.contains('.') {
            mant.trim_end_matches('0').trim_end_matches('.')
        } else {
            mant
        };
        let sep = if s.contains('E') { 'E' } else { 'e' };
        format!("{m}{sep}{exp}")
    } else if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// `%g`-style rendering of `x >= 0` with `prec` significant digits.
fn general(x: f64, prec: usize, alt: bool, upper: bool) -> String {
    general_ex(x, prec, alt, upper, false)
}

/// `general` with CPython's `Py_DTSF_ADD_DOT_0` rule (no type letter): exponent notation
/// starts one digit earlier.
fn general_ex(x: f64, prec: usize, alt: bool, upper: bool, add_dot_0: bool) -> String {
    let p = prec.max(1);
    if x == 0.0 {
        let mut s = if alt {
            format!("{:.*}", p - 1, 0.0)
        } else {
            "0".to_string()
        };
        if alt && p == 1 {
            s.push('.');
        }
        return s;
    }
    let e = exp_digits(x, p - 1, false);
    let exp: i32 = e
        .split_once('e')
        .and_then(|(_, x)| x.parse().ok())
        .unwrap_or(0);
    let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
    let out = if exp >= -4 && (exp as i64) < limit {
        let decimals = (p as i64 - 1 - exp as i64).max(0) as usize;
        let mut s = format!("{:.*}", decimals, x);
        if alt && !s.contains('.') {
            s.push('.');
        }
        s
    } else {
        let mut s = e;
        if alt && !s.split('e').next().unwrap_or("").contains('.') {
            s = s.replacen('e', ".e", 1);
        }
        s
    };
    let out = if alt { out } else { strip_zeros(&out) };
    if upper {
        out.to_uppercase()
    } else {
        out
    }
}

/// Renders the magnitude of a finite or special float for a format type; returns the body.
fn float_body(x: f64, s: &Spec) -> String {
    let upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    if x.is_nan() || x.is_infinite() {
        let t = if x.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        return if s.ty == Some('%') {
            format!("{t}%")
        } else {
            t
        };
    }
    match s.ty {
        Some('f' | 'F') => {
            let mut r = format!("{:.*}", s.precision.unwrap_or(6), x);
            if s.alt && !r.contains('.') {
                r.push('.');
            }
            r
        }
        Some('%') => {
            let mut r = format!("{:.*}", s.precision.unwrap_or(6), x * 100.0);
            if s.alt && !r.contains('.') {
                r.push('.');
            }
            r.push('%');
            r
        }
        Some('e' | 'E') => {
            let p = s.precision.unwrap_or(6);
            let mut r = exp_digits(x, p, upper);
            if s.alt && p == 0 {
                r = r.replacen(['e', 'E'], if upper { ".E" } else { ".e" }, 1);
            }
            r
        }
        Some('g' | 'G' | 'n') => general(x, s.precision.unwrap_or(6), s.alt, upper),
        _ => match s.precision {
            None => {
                let r = crate::objects::float::repr(x);
                r.trim_start_matches('-').to_string()
            }
            Some(p) => {
                let mut r = general_ex(x, p, s.alt, false, true);
                if !r.contains(['.', 'e', 'n', 'i']) {
                    r.push_str(".0");
                }
                r
            }
        },
    }
}

fn format_float_spec(f: f64, s: &Spec) -> PyResult<String> {
    let mut neg = f.is_sign_negative() && !f.is_nan();
    let body = float_body(f.abs(), s);
    if s.z
        && neg
        && body
            .chars()
            .all(|c| matches!(c, '0' | '.' | 'e' | 'E' | '+' | '-' | '%'))
    {
        neg = false;
    }
    let head = sign_str(neg, s.sign);
    // Grouping applies to the integer part only.
    let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => body.split_at(i),
        None => (body.as_str(), ""),
    };
    let special = !f.is_finite();
    let grouped = if special {
        int_part.to_string()
    } else {
        group_padded(s, int_part, 3, head.chars().count() + rest.chars().count())
    };
    Ok(pad(s, head, &format!("{grouped}{rest}"), '>'))
}

/// `format(float, spec)`.
pub fn format_float(f: f64, spec: &str, tyname: &str) -> PyResult<String> {
    let s = parse_spec(spec, tyname, '>')?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type '{tyname}'"
            )))
        }
    }
    format_float_spec(f, &s)
}

/// `format(complex, spec)`: both parts with the float rules, the imaginary part always signed,
/// parentheses only without a type letter; padding applies to the whole.
pub fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let s = parse_spec(spec, "complex", '>')?;
    if s.fill == Some('0') && s.align == Some('=') && !spec.contains('=') {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type 'complex'"
            )))
        }
    }
    let part = |x: f64, sign: Option<char>| -> PyResult<String> {
        let sub = Spec {
            sign,
            z: s.z,
            alt: s.alt,
            grouping: s.grouping,
            precision: s.precision,
            ty: s.ty,
            ..Spec::default()
        };
        if sub.ty.is_none() && sub.precision.is_none() {
            let r = crate::objects::float::repr(x);
            let r = r.strip_suffix(".0").map(str::to_string).unwrap_or(r);
            let neg = r.starts_with('-');
            let body = r.trim_start_matches('-');
            return Ok(format!("{}{body}", sign_str(neg, sign)));
        }
        let sub = Spec {
            ty: sub.ty.or(Some('g')),
            ..sub
        };
        format_float_spec(x, &sub)
    };
    let no_type = s.ty.is_none();
    let real_zero = re == 0.0 && re.is_sign_positive();
    let body = if no_type && real_zero {
        format!("{}j", part(im, s.sign)?)
    } else {
        let r = part(re, s.sign)?;
        let i = part(im, Some('+'))?;
        if no_type {
            format!("({r}{i}j)")
        } else {
            format!("{r}{i}j")
        }
    };
    Ok(pad(&s, "", &body, '>'))
}

/// `format(str, spec)`.
pub fn format_str(text: &str, spec: &str) -> PyResult<String> {
    let s = parse_spec(spec, "str", '<')?;
    match s.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )))
        }
    }
    if s.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if s.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if s.z {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in format specifier",
        ));
    }
    if s.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    if let Some(g) = s.grouping {
        return Err(value_error(format!("Cannot specify '{g}' with 's'.")));
    }
    let body: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(&s, "", &body, '<'))
}

// ----- __format__ methods -------------------------------------------------------------------

fn spec_arg(args: &[Value], tyname: &str) -> PyResult<String> {
    match args.get(1) {
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s.to_rust().into_owned()),
            None => Err(type_error(format!(
                "{tyname}.__format__() argument must be str, not {}",
                type_name_of(v)
            ))),
        },
        None => Err(type_error(format!(
            "{tyname}.__format__() takes exactly one argument (0 given)"
        ))),
    }
}

pub(crate) fn int_format(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let spec = spec_arg(args, "int")?;
    if spec.is_empty() {
        return vm.str(&v);
    }
    let Some(i) = as_int(&v) else {
        return Err(type_error(
            "descriptor '__format__' requires an 'int' object",
        ));
    };
    let tyname = type_name_of(&v);
    Ok(Value::str(&format_int(&i.to_big(), &spec, &tyname)?))
}

pub(crate) fn float_format(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let spec = spec_arg(args, "float")?;
    if spec.is_empty() {
        return vm.str(&v);
    }
    let f = match &v {
        Value::Float(f) => *f,
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => *f,
            _ => {
                return Err(type_error(
                    "descriptor '__format__' requires a 'float' object",
                ))
            }
        },
        _ => {
            return Err(type_error(
                "descriptor '__format__' requires a 'float' object",
            ))
        }
    };
    let tyname = type_name_of(&v);
    Ok(Value::str(&format_float(f, &spec, &tyname)?))
}

pub(crate) fn str_format_dunder(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    let spec = spec_arg(args, "str")?;
    let Some(s) = v.as_pystr() else {
        return Err(type_error(
            "descriptor '__format__' requires a 'str' object",
        ));
    };
    if spec.is_empty() {
        return vm.str(&v);
    }
    Ok(Value::str(&format_str(&s.to_rust(), &spec)?))
}

// ----- str.format ---------------------------------------------------------------------------

enum Auto {
    Unknown,
    Next(usize),
    Manual,
}

struct Formatter<'a> {
    /// `format_map`: positional fields are an error.
    map_only: bool,
    args: &'a [Value],
    kwargs: Option<&'a Value>,
    auto: Auto,
}

impl Formatter<'_> {
    fn lookup_field(&mut self, vm: &mut Vm, field: &str) -> PyResult<Value> {
        // Split the first name from the attribute/index chain.
        let end = field.find(['.', '[']).unwrap_or(field.len());
        let (first, mut rest) = field.split_at(end);
        let mut obj = if first.is_empty() {
            if self.map_only {
                return Err(value_error("Format string contains positional fields"));
            }
            let n = match self.auto {
                Auto::Manual => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Auto::Unknown => 0,
                Auto::Next(n) => n,
            };
            self.auto = Auto::Next(n + 1);
            self.positional(n)?
        } else if let Ok(n) = first.parse::<usize>() {
            if self.map_only {
                return Err(value_error("Format string contains positional fields"));
            }
            if let Auto::Next(_) = self.auto {
                return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.auto = Auto::Manual;
            self.positional(n)?
        } else {
            let key = Value::str(first);
            match self.kwargs {
                Some(m) => {
                    let m = m.clone();
                    vm.getitem(&m, &key)?
                }
                None => return Err(vm.key_error(key)),
            }
        };
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                let (name, r2) = r.split_at(end);
                if name.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                obj = vm.getattr_str(&obj, name)?;
                rest = r2;
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(close) = r.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let (key, r2) = r.split_at(close);
                if key.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let k = match key.parse::<i64>() {
                    Ok(i) if key.bytes().all(|b| b.is_ascii_digit()) => Value::Int(i),
                    _ => Value::str(key),
                };
                obj = vm.getitem(&obj, &k)?;
                rest = r2.get(1..).unwrap_or("");
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            } else {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        Ok(obj)
    }

    fn positional(&self, n: usize) -> PyResult<Value> {
        self.args.get(n).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {n} out of range for positional args tuple"
            ))
        })
    }

    fn run(&mut self, vm: &mut Vm, fmt: &[char], depth: usize) -> PyResult<String> {
        if depth >= 2 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let mut out = String::new();
        let mut i = 0;
        while let Some(&c) = fmt.get(i) {
            if c == '}' {
                if fmt.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if fmt.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' (nested braces allowed in the spec).
            let mut j = i + 1;
            let mut level = 1;
            let mut bracket = false;
            while let Some(&d) = fmt.get(j) {
                if d == '[' {
                    bracket = true;
                } else if d == ']' {
                    bracket = false;
                } else if d == '{' && !bracket {
                    level += 1;
                } else if d == '}' && !bracket {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if level != 0 {
                return Err(value_error(if bracket {
                    "expected '}' before end of string"
                } else if fmt.get(i + 1..).is_some_and(|r| r.contains(&'}')) {
                    "unmatched '{' in format spec"
                } else if i + 1 >= fmt.len() {
                    "Single '{' encountered in format string"
                } else {
                    "expected '}' before end of string"
                }));
            }
            let inner: String = fmt.get(i + 1..j).unwrap_or_default().iter().collect();
            i = j + 1;
            // field_name [! conversion] [: spec]
            let mut field_end = inner.len();
            let mut in_br = false;
            for (k, ch) in inner.char_indices() {
                match ch {
                    '[' => in_br = true,
                    ']' => in_br = false,
                    '!' | ':' if !in_br => {
                        field_end = k;
                        break;
                    }
                    _ => {}
                }
            }
            let (field, tail) = inner.split_at(field_end);
            let mut conv = None;
            let mut spec = "";
            if let Some(t) = tail.strip_prefix('!') {
                let mut cs = t.chars();
                let cv = cs.next();
                let after = cs.as_str();
                if cv.is_none() {
                    return Err(value_error("unmatched '{' in format spec"));
                }
                if !(after.is_empty() || after.starts_with(':')) {
                    if after.is_empty() {
                        return Err(value_error(
                            "end of string while looking for conversion specifier",
                        ));
                    }
                    return Err(value_error("expected ':' after conversion specifier"));
                }
                conv = cv;
                spec = after.strip_prefix(':').unwrap_or("");
            } else if let Some(t) = tail.strip_prefix(':') {
                spec = t;
            }
            let obj = self.lookup_field(vm, field)?;
            let obj = match conv {
                None => obj,
                Some('r') => vm.repr(&obj)?,
                Some('s') => vm.str(&obj)?,
                Some('a') => {
                    let r = vm.repr_string(&obj)?;
                    Value::str(&ascii_escape(&r))
                }
                Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec_chars: Vec<char> = spec.chars().collect();
            let spec = if spec.contains('{') {
                self.run(vm, &spec_chars, depth + 1)?
            } else {
                spec.to_string()
            };
            let r = vm.format(&obj, &Value::str(&spec))?;
            if let Some(s) = r.as_pystr() {
                out.push_str(&s.to_rust());
            }
        }
        Ok(out)
    }
}

/// `ascii()` escaping of an already-computed repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `str.format(*args, **kwargs)`.
pub(crate) fn str_format(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(Value::as_pystr) else {
        return Err(type_error("descriptor 'format' requires a 'str' object"));
    };
    let fmt: Vec<char> = fmt.to_rust().chars().collect();
    let kwargs = if kw.is_empty() {
        None
    } else {
        let d = vm.new_dict();
        if let Some(o) = d.as_obj() {
            for (k, v) in kw {
                vm.dict_set(o, k.clone(), v.clone())?;
            }
        }
        Some(d)
    };
    let mut f = Formatter {
        map_only: false,
        args: args.get(1..).unwrap_or_default(),
        kwargs: kwargs.as_ref(),
        auto: Auto::Unknown,
    };
    let s = f.run(vm, &fmt, 0)?;
    Ok(Value::str(&s))
}

/// `str.format_map(mapping)`.
pub(crate) fn str_format_map(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(Value::as_pystr) else {
        return Err(type_error(
            "descriptor 'format_map' requires a 'str' object",
        ));
    };
    let Some(m) = args.get(1) else {
        return Err(type_error(
            "str.format_map() takes exactly one argument (0 given)",
        ));
    };
    let fmt: Vec<char> = fmt.to_rust().chars().collect();
    let mut f = Formatter {
        map_only: true,
        args: &[],
        kwargs: Some(m),
        auto: Auto::Unknown,
    };
    let s = f.run(vm, &fmt, 0)?;
    Ok(Value::str(&s))
}

// ----- printf-style formatting ----------------------------------------------------------------

/// The number to format for `%d`-style conversions.
fn percent_int(vm: &mut Vm, v: &Value, ch: char) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if matches!(ch, 'd' | 'i' | 'u') {
        if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big());
            }
        }
        if let Some(r) = crate::objects::float::as_f64(v) {
            let f = r?;
            return match crate::objects::int::float_to_int(f)? {
                Value::Int(i) => Ok(BigInt::from(i)),
                other => Ok(as_int(&other).map(|i| i.to_big()).unwrap_or_default()),
            };
        }
        if let Some(r) = vm.call_dunder(v, "__int__", &[])? {
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big());
            }
        }
        return Err(type_error(format!(
            "%{ch} format: a real number is required, not {}",
            type_name_of(v)
        )));
    }
    if let Some(r) = vm.call_dunder(v, "__index__", &[])? {
        if let Some(i) = as_int(&r) {
            return Ok(i.to_big());
        }
    }
    Err(type_error(format!(
        "%{ch} format: an integer is required, not {}",
        type_name_of(v)
    )))
}

fn percent_float(vm: &mut Vm, v: &Value, ch: char) -> PyResult<f64> {
    if let Some(r) = crate::objects::float::as_f64(v) {
        return r;
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        if let Some(f) = crate::objects::float::as_f64(&r) {
            return f;
        }
    }
    let _ = ch;
    Err(type_error(format!(
        "must be real number, not {}",
        type_name_of(v)
    )))
}

/// `fmt % args` for str — returns the formatted text.
pub(crate) fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_format_mode(vm, fmt, args, false)
}

/// Latin-1 text of bytes (each byte one code point), how `bytes % args` carries bytes through
/// the shared engine.
fn latin1_text(d: &[u8]) -> String {
    d.iter().map(|&c| char::from(c)).collect()
}

/// The engine of `str % args` and (`bytes_mode`) `bytes % args`. In bytes mode `fmt` and the
/// result are latin-1 text standing for bytes, mapping keys are bytes, `%s`/`%b` take
/// bytes-like objects (or `__bytes__`), `%r`/`%a` give `ascii()`, and `%c` takes a byte.
pub(crate) fn percent_format_mode(
    vm: &mut Vm,
    fmt: &str,
    args: &Value,
    bytes_mode: bool,
) -> PyResult<String> {
    let is_tuple = matches!(args.payload(), Some(Payload::Tuple(_)));
    let items: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.clone()],
    };
    let is_mapping = !is_tuple
        && args.as_pystr().is_none()
        && !matches!(args.payload(), Some(Payload::Bytes(_)))
        && (matches!(args.payload(), Some(Payload::Dict(_)))
            || crate::objects::typeobj::lookup(crate::vm::type_of(args), "__getitem__").is_some());
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut argi = 0usize;
    let mut used_mapping = false;
    let mut i = 0;
    let next_arg = |argi: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*argi)
            .cloned()
            .ok_or_else(|| type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while let Some(&c) = chars.get(i) {
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut key_arg = None;
        if chars.get(i) == Some(&'(') {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let kstart = i + 1;
            i += 1;
            while let Some(&d) = chars.get(i) {
                if d == '(' {
                    depth += 1;
                } else if d == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                i += 1;
            }
            if depth != 0 {
                return Err(value_error("incomplete format key"));
            }
            let key: String = chars.get(kstart..i).unwrap_or_default().iter().collect();
            i += 1;
            used_mapping = true;
            // As CPython: after a `%(key)` the mapping is no longer a positional argument, so
            // a later plain `%s` finds nothing left.
            argi = items.len();
            let key = if bytes_mode {
                crate::objects::bytes::new_bytes(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::str(&key)
            };
            key_arg = Some(vm.getitem(args, &key)?);
        }
        let (mut left, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        while let Some(&f) = chars.get(i) {
            match f {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width = 0usize;
        if chars.get(i) == Some(&'*') {
            let w = next_arg(&mut argi)?;
            let Some(IntRef::Small(n)) = as_int(&w) else {
                return Err(type_error("* wants int"));
            };
            if n < 0 {
                left = true;
            }
            width = n.unsigned_abs() as usize;
            i += 1;
        } else {
            while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                width = width * 10 + d as usize;
                i += 1;
            }
        }
        let mut prec = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            if chars.get(i) == Some(&'*') {
                let w = next_arg(&mut argi)?;
                let Some(IntRef::Small(n)) = as_int(&w) else {
                    return Err(type_error("* wants int"));
                };
                prec = Some(n.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
                    p = p * 10 + d as usize;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err(value_error("incomplete format"));
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let mut take = |argi: &mut usize| -> PyResult<Value> {
            match key_arg.take() {
                Some(v) => Ok(v),
                None => next_arg(argi),
            }
        };
        let v = take(&mut argi)?;
        let sign_of = |neg: bool| -> &'static str {
            if neg {
                "-"
            } else if plus {
                "+"
            } else if space {
                " "
            } else {
                ""
            }
        };
        let (head, body, numeric): (String, String, bool) = match conv {
            's' | 'b' if bytes_mode => {
                let d = match crate::objects::bytes_methods::bytes_of(&v) {
                    Some(d) => d,
                    None => match vm.call_dunder(&v, "__bytes__", &[])? {
                        Some(r) if matches!(r.payload(), Some(Payload::Bytes(_))) => {
                            crate::objects::bytes_methods::bytes_of(&r).unwrap_or_default()
                        }
                        _ => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                type_name_of(&v)
                            )))
                        }
                    },
                };
                (String::new(), latin1_text(&d), false)
            }
            'r' | 'a' if bytes_mode => (String::new(), ascii_escape(&vm.repr_string(&v)?), false),
            'c' if bytes_mode => {
                let byte = if let Some(d) = crate::objects::bytes_methods::bytes_of(&v)
                    .filter(|_| !matches!(v, Value::Int(_) | Value::Bool(_)))
                    .filter(|d| d.len() == 1)
                {
                    d.first().copied().unwrap_or(0)
                } else if let Some(n) = as_int(&v).map(|i| i.to_big()) {
                    n.to_u8()
                        .ok_or_else(|| overflow_error("%c arg not in range(256)"))?
                } else {
                    return Err(type_error(
                        "%c requires an integer in range(256) or a single byte",
                    ));
                };
                (String::new(), char::from(byte).to_string(), false)
            }
            's' => (String::new(), vm.str_string(&v)?, false),
            'r' => (String::new(), vm.repr_string(&v)?, false),
            'a' => (String::new(), ascii_escape(&vm.repr_string(&v)?), false),
            'c' => {
                let s = if let Some(s) = v.as_pystr() {
                    if s.len() != 1 {
                        return Err(type_error("%c requires int or char"));
                    }
                    s.to_rust().into_owned()
                } else if let Some(n) = as_int(&v).map(|i| i.to_big()).or_else(|| {
                    vm.call_dunder(&v, "__index__", &[])
                        .ok()
                        .flatten()
                        .and_then(|r| as_int(&r).map(|i| i.to_big()))
                }) {
                    let ch = n
                        .to_u32()
                        .filter(|&c| c <= 0x10ffff)
                        .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
                    char::from_u32(ch).unwrap_or('\u{fffd}').to_string()
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                (String::new(), s, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = percent_int(vm, &v, conv)?;
                let mag = n.abs();
                let mut digits = match conv {
                    'o' => mag.to_str_radix(8),
                    'x' => mag.to_str_radix(16),
                    'X' => mag.to_str_radix(16).to_uppercase(),
                    _ => mag.to_string(),
                };
                if let Some(p) = prec {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let mut head = sign_of(n.is_negative()).to_string();
                if alt {
                    match conv {
                        'o' => head.push_str("0o"),
                        'x' => head.push_str("0x"),
                        'X' => head.push_str("0X"),
                        _ => {}
                    }
                }
                (head, digits, true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = percent_float(vm, &v, conv)?;
                let spec = Spec {
                    alt,
                    precision: Some(prec.unwrap_or(6)),
                    ty: Some(conv),
                    ..Spec::default()
                };
                let body = float_body(f.abs(), &spec);
                let neg = f.is_sign_negative() && !f.is_nan();
                (sign_of(neg).to_string(), body, f.is_finite())
            }
            _ => {
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    conv,
                    conv as u32,
                    i - 1
                )))
            }
        };
        let _ = start;
        let body = if !numeric {
            match prec {
                Some(p) if matches!(conv, 's' | 'r' | 'a' | 'b') => body.chars().take(p).collect(),
                _ => body,
            }
        } else {
            body
        };
        let len = head.chars().count() + body.chars().count();
        if len >= width {
            out.push_str(&head);
            out.push_str(&body);
        } else if left {
            out.push_str(&head);
            out.push_str(&body);
            out.extend(std::iter::repeat_n(' ', width - len));
        } else if zero && numeric {
            out.push_str(&head);
            out.extend(std::iter::repeat_n('0', width - len));
            out.push_str(&body);
        } else {
            out.extend(std::iter::repeat_n(' ', width - len));
            out.push_str(&head);
            out.push_str(&body);
        }
    }
    if argi < items.len() && !used_mapping && !(is_mapping && argi == 0) {
        return Err(type_error(if bytes_mode {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

/// `str.__mod__`.
pub(crate) fn str_mod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let Some(fmt) = args.first().and_then(Value::as_pystr) else {
        return Ok(Value::Obj(types().not_implemented.clone()));
    };
    let fmt = fmt.to_rust().into_owned();
    let a = args.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::str(&percent_format(vm, &fmt, &a)?))
}

/// `int` as `BigInt` for callers that only need the value (zero for non-ints).
pub fn big_of(v: &Value) -> BigInt {
    as_int(v).map(|i| i.to_big()).unwrap_or_else(BigInt::zero)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints() {
        let f = |v: i64, s: &str| format_int(&BigInt::from(v), s, "int").unwrap_or_default();
        assert_eq!(f(1234567, ","), "1,234,567");
        assert_eq!(f(1234, "08,"), "0,001,234");
        assert_eq!(f(255, "#x"), "0xff");
        assert_eq!(f(-42, "=+8"), "-     42");
        assert_eq!(f(42, "^7"), "  42   ");
        assert_eq!(f(255, "_b"), "1111_1111");
    }

    #[test]
    fn floats() {
        let f = |v: f64, s: &str| format_float(v, s, "float").unwrap_or_default();
        assert_eq!(f(2.25, ".1f"), "2.2");
        assert_eq!(f(1234.5, ",.1f"), "1,234.5");
        assert_eq!(f(0.000123, "g"), "0.000123");
        assert_eq!(f(1e20, "g"), "1e+20");
        assert_eq!(f(12345.678, ".3e"), "1.235e+04");
        assert_eq!(f(0.5, ".0%"), "50%");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(2.5, "08.2f"), "00002.50");
    }

    #[test]
    fn strs() {
        assert_eq!(format_str("ab", ">5").unwrap_or_default(), "   ab");
        assert_eq!(format_str("abcdef", ".3").unwrap_or_default(), "abc");
        assert_eq!(format_str("ab", "*^6").unwrap_or_default(), "**ab**");
        assert!(format_str("ab", "+").is_err());
    }
}
