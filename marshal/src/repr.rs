//! Text forms of values: Python's `repr`, and an exact canonical form for tests.

use crate::value::{Heap, ObjId, Value};
use crate::MAX_DEPTH;

/// Python's `repr(float)`: the shortest text that reads back to the same double, in fixed
/// notation for exponents -4..16 (with `.0` when integral), otherwise scientific.
pub fn float_repr(f: f64) -> String {
    float_text(f, true)
}

fn float_text(f: f64, add_dot_zero: bool) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0{}", if add_dot_zero { ".0" } else { "" });
    }
    // Rust's `{:e}` gives the shortest round-trip digits, as Python's repr does.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        let (int_part, frac) = if exp >= 0 {
            let point = exp as usize + 1;
            if digits.len() <= point {
                (
                    digits.clone() + &"0".repeat(point - digits.len()),
                    String::new(),
                )
            } else {
                (digits[..point].to_string(), digits[point..].to_string())
            }
        } else {
            ("0".to_string(), "0".repeat((-exp - 1) as usize) + &digits)
        };
        if frac.is_empty() {
            let tail = if add_dot_zero { ".0" } else { "" };
            format!("{sign}{int_part}{tail}")
        } else {
            format!("{sign}{int_part}.{frac}")
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        let mant = if rest.is_empty() {
            first.to_string()
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

fn complex_repr(re: f64, im: f64) -> String {
    let imag = float_text(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{imag}j");
    }
    let real = float_text(re, false);
    let sep = if imag.starts_with('-') { "" } else { "+" };
    format!("({real}{sep}{imag}j)")
}

fn str_repr(points: impl Iterator<Item = u32> + Clone) -> String {
    let has_single = points.clone().any(|c| c == u32::from(b'\''));
    let has_double = points.clone().any(|c| c == u32::from(b'"'));
    let quote = if has_single && !has_double { '"' } else { '\'' };
    let mut s = String::new();
    s.push(quote);
    for c in points {
        match c {
            0x5C => s.push_str("\\\\"),
            0x09 => s.push_str("\\t"),
            0x0A => s.push_str("\\n"),
            0x0D => s.push_str("\\r"),
            _ if c == u32::from(quote) => {
                s.push('\\');
                s.push(quote);
            }
            0x00..=0x1F | 0x7F..=0xA0 | 0xAD => s.push_str(&format!("\\x{c:02x}")),
            0xD800..=0xDFFF => s.push_str(&format!("\\u{c:04x}")),
            _ => match char::from_u32(c) {
                Some(ch) => s.push(ch),
                None => s.push_str(&format!("\\U{c:08x}")),
            },
        }
    }
    s.push(quote);
    s
}

fn bytes_repr(b: &[u8]) -> String {
    let has_single = b.contains(&b'\'');
    let has_double = b.contains(&b'"');
    let quote = if has_single && !has_double {
        b'"'
    } else {
        b'\''
    };
    let mut s = String::from("b");
    s.push(char::from(quote));
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            _ if c == quote => {
                s.push('\\');
                s.push(char::from(quote));
            }
            0x20..=0x7E => s.push(char::from(c)),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(char::from(quote));
    s
}

/// Python's `repr` of a value (printable non-ASCII characters are shown as themselves, as
/// Python does for most; code objects show name, file and line but no address).
pub fn repr(heap: &Heap, id: ObjId) -> String {
    let mut out = String::new();
    let mut active = Vec::new();
    repr_into(heap, id, &mut out, &mut active);
    out
}

fn join(heap: &Heap, items: &[ObjId], out: &mut String, active: &mut Vec<ObjId>) {
    for (i, &item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_into(heap, item, out, active);
    }
}

/// Output size after which `repr` and `canonical` stop expanding: shared references can make
/// a small heap print exponentially large.
const TEXT_LIMIT: usize = 1 << 24;

fn repr_into(heap: &Heap, id: ObjId, out: &mut String, active: &mut Vec<ObjId>) {
    if out.len() > TEXT_LIMIT {
        if !out.ends_with("...") {
            out.push_str("...");
        }
        return;
    }
    let Some(value) = heap.get(id) else {
        out.push_str("<invalid>");
        return;
    };
    let container = matches!(
        value,
        Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_)
    );
    if container && (active.contains(&id) || active.len() >= MAX_DEPTH) {
        out.push_str(match value {
            Value::List(_) => "[...]",
            Value::Tuple(_) => "(...)",
            _ => "{...}",
        });
        return;
    }
    active.push(id);
    match value {
        Value::None => out.push_str("None"),
        Value::StopIteration => out.push_str("<class 'StopIteration'>"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => out.push_str(&b.to_string()),
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Complex { re, im } => out.push_str(&complex_repr(*re, *im)),
        Value::Bytes(b) => out.push_str(&bytes_repr(b)),
        Value::Str(s) => out.push_str(&str_repr(s.code_points())),
        Value::Tuple(items) => {
            out.push('(');
            join(heap, items, out, active);
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::List(items) => {
            out.push('[');
            join(heap, items, out, active);
            out.push(']');
        }
        Value::Dict(pairs) => {
            out.push('{');
            for (i, &(k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(heap, k, out, active);
                out.push_str(": ");
                repr_into(heap, v, out, active);
            }
            out.push('}');
        }
        Value::Set(items) if items.is_empty() => out.push_str("set()"),
        Value::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
        Value::Set(items) => {
            out.push('{');
            join(heap, items, out, active);
            out.push('}');
        }
        Value::FrozenSet(items) => {
            out.push_str("frozenset({");
            join(heap, items, out, active);
            out.push_str("})");
        }
        Value::Code(code) => match code.as_cpython() {
            Some(c) => out.push_str(&format!(
                "<code object {}, file \"{}\", line {}>",
                c.name(heap),
                c.filename(heap),
                c.firstlineno
            )),
            None => out.push_str("<code object>"),
        },
    }
    active.pop();
}

/// An exact, version-independent text form used by the test fixtures (the recording scripts
/// in `tools/` produce the same from CPython objects): ints in decimal, floats as their bit
/// patterns, strings and bytes in hex, set elements sorted, a back-edge of a cycle as `...`.
pub fn canonical(heap: &Heap, id: ObjId) -> String {
    let mut out = String::new();
    canon(heap, id, &mut Vec::new(), &mut out);
    out
}

fn push_hex(out: &mut String, b: &[u8]) {
    for x in b {
        out.push_str(&format!("{x:02x}"));
    }
}

fn canon(heap: &Heap, id: ObjId, active: &mut Vec<ObjId>, out: &mut String) {
    let Some(value) = heap.get(id) else {
        out.push_str("<invalid>");
        return;
    };
    if active.contains(&id) || active.len() >= MAX_DEPTH || out.len() > TEXT_LIMIT {
        out.push_str("...");
        return;
    }
    active.push(id);
    let seq = |items: &[ObjId], active: &mut Vec<ObjId>, out: &mut String| {
        for (i, &item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            canon(heap, item, active, out);
        }
    };
    match value {
        Value::None => out.push_str("None"),
        Value::StopIteration => out.push_str("StopIteration"),
        Value::Ellipsis => out.push_str("Ellipsis"),
        Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::BigInt(b) => out.push_str(&b.to_string()),
        Value::Float(f) => out.push_str(&format!("f{:016x}", f.to_bits())),
        Value::Complex { re, im } => {
            out.push_str(&format!("c{:016x}:{:016x}", re.to_bits(), im.to_bits()))
        }
        Value::Bytes(b) => {
            out.push('b');
            push_hex(out, b);
        }
        Value::Str(s) => {
            out.push('s');
            push_hex(out, s.as_bytes());
        }
        Value::Tuple(items) => {
            out.push('(');
            seq(items, active, out);
            out.push(')');
        }
        Value::List(items) => {
            out.push('[');
            seq(items, active, out);
            out.push(']');
        }
        Value::Dict(pairs) => {
            out.push('{');
            for (i, &(k, v)) in pairs.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canon(heap, k, active, out);
                out.push(':');
                canon(heap, v, active, out);
            }
            out.push('}');
        }
        Value::Set(items) | Value::FrozenSet(items) => {
            let mut parts: Vec<String> = items
                .iter()
                .map(|&i| {
                    let mut part = String::new();
                    canon(heap, i, active, &mut part);
                    part
                })
                .collect();
            parts.sort();
            out.push_str(if matches!(value, Value::Set(_)) {
                "<"
            } else {
                "f<"
            });
            out.push_str(&parts.join(","));
            out.push('>');
        }
        Value::Code(code) => match code.as_cpython() {
            Some(c) => {
                out.push_str("code:");
                out.push_str(&c.qualname(heap));
            }
            None => out.push_str("code"),
        },
    }
    active.pop();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        for (f, want) in [
            (1.5, "1.5"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (123456.789, "123456.789"),
        ] {
            assert_eq!(float_repr(f), want, "{f}");
        }
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, -2.5), "-2.5j");
        assert_eq!(complex_repr(-0.0, 1.0), "(-0+1j)");
    }

    #[test]
    fn string_reprs() {
        let r = |s: &str| str_repr(s.chars().map(u32::from));
        assert_eq!(r("a'b"), "\"a'b\"");
        assert_eq!(r("a'\"b"), "'a\\'\"b'");
        assert_eq!(r("é\n\x00"), "'é\\n\\x00'");
        assert_eq!(str_repr([0xD800u32].into_iter()), "'\\ud800'");
        assert_eq!(bytes_repr(b"a\xff'"), "b\"a\\xff'\"");
    }
}
