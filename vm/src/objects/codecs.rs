//! The built-in codecs of `str.encode` and `bytes.decode` (UTF-8/16/32, ASCII, Latin-1) over
//! code points, so lone surrogates take part as in CPython, with the standard error handlers,
//! and `UnicodeEncodeError`/`UnicodeDecodeError` carrying `encoding`, `object`, `start`, `end`
//! and `reason` with CPython's wording.

use std::cell::RefCell;

use crate::error::{type_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::exception::ExcState;
use crate::objects::function::BuiltinKind;
use crate::objects::str::PyStr;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// The codecs we know, by CPython's normalised name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Utf8Sig,
    Utf16 { le: bool, bom: bool },
    Utf32 { le: bool, bom: bool },
    Ascii,
    Latin1,
}

impl Codec {
    fn lookup(enc: &str) -> PyResult<Codec> {
        let norm = enc.to_ascii_lowercase().replace(['-', '_', ' '], "");
        Ok(match norm.as_str() {
            "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
            "utf8sig" => Codec::Utf8Sig,
            "utf16" | "u16" => Codec::Utf16 {
                le: true,
                bom: true,
            },
            "utf16le" => Codec::Utf16 {
                le: true,
                bom: false,
            },
            "utf16be" => Codec::Utf16 {
                le: false,
                bom: false,
            },
            "utf32" | "u32" => Codec::Utf32 {
                le: true,
                bom: true,
            },
            "utf32le" => Codec::Utf32 {
                le: true,
                bom: false,
            },
            "utf32be" => Codec::Utf32 {
                le: false,
                bom: false,
            },
            "ascii" | "usascii" | "646" => Codec::Ascii,
            "latin1" | "iso88591" | "l1" | "latin" | "8859" | "cp819" => Codec::Latin1,
            _ => {
                return Err(PyErr::new(
                    &types().lookup_error,
                    format!("unknown encoding: {enc}"),
                ))
            }
        })
    }

    /// The name CPython's messages use.
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 | Codec::Utf8Sig => "utf-8",
            Codec::Utf16 {
                le: true,
                bom: false,
            } => "utf-16-le",
            Codec::Utf16 { le: false, .. } => "utf-16-be",
            Codec::Utf16 { .. } => "utf-16",
            Codec::Utf32 {
                le: true,
                bom: false,
            } => "utf-32-le",
            Codec::Utf32 { le: false, .. } => "utf-32-be",
            Codec::Utf32 { .. } => "utf-32",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn is_surrogate(cp: u32) -> bool {
    (0xd800..=0xdfff).contains(&cp)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as CPython escapes one code point.
fn escape_cp(cp: u32) -> String {
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        &types().lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its five attributes set.
fn unicode_error(
    cls: &Obj,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let items = vec![
        Value::str(encoding),
        object,
        Value::Int(start as i64),
        Value::Int(end as i64),
        Value::str(reason),
    ];
    let args = Value::Obj(Object::new(
        &types().tuple,
        Payload::Tuple(items.clone().into()),
    ));
    let exc = Object::new(
        cls,
        Payload::Exception(Box::new(RefCell::new(ExcState::new(args)))),
    );
    set_attrs(&exc, &items);
    PyErr(exc)
}

const ATTRS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

fn set_attrs(exc: &Obj, items: &[Value]) {
    if let Some(d) = exc.instance_dict_or_create() {
        if let Payload::Dict(d) = &d.payload {
            let mut d = d.borrow_mut();
            for (name, v) in ATTRS.iter().zip(items) {
                d.set_str(name, v.clone());
            }
        }
    }
}

/// Encodes code points; `Err` carries CPython's exception.
pub(crate) fn encode(cps: &[u32], enc: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(enc)?;
    let mut out = Vec::with_capacity(cps.len());
    match codec {
        Codec::Utf8Sig => out.extend_from_slice(&[0xef, 0xbb, 0xbf]),
        Codec::Utf16 { bom: true, .. } => out.extend_from_slice(&[0xff, 0xfe]),
        Codec::Utf32 { bom: true, .. } => out.extend_from_slice(&[0xff, 0xfe, 0, 0]),
        _ => {}
    }
    let (limit, reason) = match codec {
        Codec::Ascii => (0x80, "ordinal not in range(128)"),
        Codec::Latin1 => (0x100, "ordinal not in range(256)"),
        _ => (0x11_0000, "surrogates not allowed"),
    };
    let unencodable = |cp: u32| cp >= limit || (limit > 0x100 && is_surrogate(cp));
    let mut i = 0;
    while let Some(&cp) = cps.get(i) {
        if !unencodable(cp) {
            put(codec, cp, &mut out);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while cps.get(j).is_some_and(|&c| unencodable(c)) {
            j += 1;
        }
        let bad = cps.get(i..j).unwrap_or_default();
        let utf_wide = matches!(codec, Codec::Utf16 { .. } | Codec::Utf32 { .. });
        let fail = |at: usize, end: usize| {
            let object = Value::Obj(Object::new_str(PyStr::from_code_points(cps)));
            unicode_error(
                &types().unicode_encode_error,
                codec.name(),
                object,
                at,
                end,
                reason,
            )
        };
        // The replacement text of the text-producing handlers is itself encoded.
        let replacement = |text: &str, out: &mut Vec<u8>| {
            for c in text.chars() {
                put(codec, u32::from(c), out);
            }
        };
        match errors {
            "ignore" => {}
            "replace" => replacement(&"?".repeat(bad.len()), &mut out),
            "backslashreplace" => {
                let text: String = bad.iter().map(|&c| escape_cp(c)).collect();
                replacement(&text, &mut out);
            }
            "xmlcharrefreplace" => {
                let text: String = bad.iter().map(|&c| format!("&#{c};")).collect();
                replacement(&text, &mut out);
            }
            "surrogatepass" if limit > 0x100 => {
                for &c in bad {
                    put_raw(codec, c, &mut out);
                }
            }
            // Escaped bytes only go back into byte-oriented codecs.
            "surrogateescape" if !utf_wide => {
                for (k, &c) in bad.iter().enumerate() {
                    if !(0xdc80..=0xdcff).contains(&c) {
                        return Err(fail(i + k, i + k + 1));
                    }
                    out.push((c - 0xdc00) as u8);
                }
            }
            "strict" | "surrogatepass" | "surrogateescape" => {
                // CPython reports the whole run, except UTF-16/32 which report one character.
                return Err(fail(i, if utf_wide { i + 1 } else { j }));
            }
            other => return Err(unknown_handler(other)),
        }
        i = j;
    }
    Ok(out)
}

/// Appends one encodable code point.
fn put(codec: Codec, cp: u32, out: &mut Vec<u8>) {
    match codec {
        Codec::Ascii | Codec::Latin1 => out.push(cp as u8),
        _ => put_raw(codec, cp, out),
    }
}

/// Appends a code point in a UTF form without checking for surrogates (`surrogatepass`).
fn put_raw(codec: Codec, cp: u32, out: &mut Vec<u8>) {
    match codec {
        Codec::Utf16 { le, .. } => {
            let mut units = [0u16; 2];
            let n = match char::from_u32(cp) {
                Some(c) => c.encode_utf16(&mut units).len(),
                None => {
                    units[0] = cp as u16;
                    1
                }
            };
            for u in units.iter().take(n) {
                out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
            }
        }
        Codec::Utf32 { le, .. } => out.extend_from_slice(&if le {
            cp.to_le_bytes()
        } else {
            cp.to_be_bytes()
        }),
        _ => match char::from_u32(cp) {
            Some(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            None => {
                // A surrogate in UTF-8's three-byte form.
                out.push(0xe0 | (cp >> 12) as u8);
                out.push(0x80 | ((cp >> 6) & 0x3f) as u8);
                out.push(0x80 | (cp & 0x3f) as u8);
            }
        },
    }
}

/// Decodes bytes to code points; `Err` carries CPython's exception.
pub(crate) fn decode(data: &[u8], enc: &str, errors: &str) -> PyResult<Vec<u32>> {
    let codec = Codec::lookup(enc)?;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    let whole = data;
    let mut data = data;
    let mut codec = codec;
    match codec {
        Codec::Utf8Sig => {
            data = data.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(data);
            codec = Codec::Utf8;
        }
        Codec::Utf16 { bom: true, .. } => {
            if let Some(rest) = data.strip_prefix(&[0xff, 0xfe]) {
                data = rest;
            } else if let Some(rest) = data.strip_prefix(&[0xfe, 0xff]) {
                data = rest;
                codec = Codec::Utf16 {
                    le: false,
                    bom: true,
                };
            }
        }
        Codec::Utf32 { bom: true, .. } => {
            if let Some(rest) = data.strip_prefix(&[0xff, 0xfe, 0, 0]) {
                data = rest;
            } else if let Some(rest) = data.strip_prefix(&[0, 0, 0xfe, 0xff]) {
                data = rest;
                codec = Codec::Utf32 {
                    le: false,
                    bom: true,
                };
            }
        }
        _ => {}
    }
    while i < data.len() {
        // One step: Ok(code point, length) or Err(bad length, reason).
        let step: Result<(u32, usize), (usize, &str)> = match codec {
            Codec::Ascii => match data.get(i) {
                Some(&b) if b < 0x80 => Ok((u32::from(b), 1)),
                _ => Err((1, "ordinal not in range(128)")),
            },
            Codec::Latin1 => Ok((u32::from(data.get(i).copied().unwrap_or(0)), 1)),
            Codec::Utf8 | Codec::Utf8Sig => utf8_step(data.get(i..).unwrap_or_default()),
            Codec::Utf16 { le, .. } => utf16_step(data.get(i..).unwrap_or_default(), le),
            Codec::Utf32 { le, .. } => {
                let rest = data.get(i..).unwrap_or_default();
                match rest.get(..4) {
                    Some(q) => {
                        let q = [q[0], q[1], q[2], q[3]];
                        let u = if le {
                            u32::from_le_bytes(q)
                        } else {
                            u32::from_be_bytes(q)
                        };
                        if u > 0x10ffff {
                            Err((4, "code point not in range(0x110000)"))
                        } else if is_surrogate(u) {
                            Err((
                                4,
                                "code point in surrogate code point range(0xd800, 0xe000)",
                            ))
                        } else {
                            Ok((u, 4))
                        }
                    }
                    None => Err((rest.len(), "truncated data")),
                }
            }
        };
        match step {
            Ok((cp, n)) => {
                out.push(cp);
                i += n;
            }
            Err((n, reason)) => {
                let bad = data.get(i..i + n).unwrap_or_default();
                match errors {
                    "ignore" => {}
                    "replace" => out.push(0xfffd),
                    "backslashreplace" => {
                        for &b in bad {
                            out.extend(format!("\\x{b:02x}").chars().map(u32::from));
                        }
                    }
                    "surrogateescape" if bad.iter().all(|&b| b >= 0x80) => {
                        out.extend(bad.iter().map(|&b| 0xdc00 + u32::from(b)));
                    }
                    "surrogatepass"
                        if codec == Codec::Utf8 && is_utf8_surrogate(bad, data.get(i..)) =>
                    {
                        let s = data.get(i..i + 3).unwrap_or_default();
                        let cp = (u32::from(s[0] & 0x0f) << 12)
                            | (u32::from(s[1] & 0x3f) << 6)
                            | u32::from(s[2] & 0x3f);
                        out.push(cp);
                        i += 3;
                        continue;
                    }
                    "strict" | "surrogateescape" | "surrogatepass" => {
                        let object = crate::objects::bytes::new_bytes(whole.to_vec());
                        // Positions count from the start of the input, BOM included.
                        let base = whole.len() - data.len();
                        let name = match codec {
                            Codec::Utf16 { le, .. } => {
                                if le {
                                    "utf-16-le"
                                } else {
                                    "utf-16-be"
                                }
                            }
                            Codec::Utf32 { le, .. } => {
                                if le {
                                    "utf-32-le"
                                } else {
                                    "utf-32-be"
                                }
                            }
                            _ => codec.name(),
                        };
                        return Err(unicode_error(
                            &types().unicode_decode_error,
                            name,
                            object,
                            base + i,
                            base + i + n,
                            reason,
                        ));
                    }
                    other => return Err(unknown_handler(other)),
                }
                i += n.max(1);
            }
        }
    }
    Ok(out)
}

/// Whether the bytes at an error are a UTF-8-encoded surrogate (`ED A0..BF xx`).
fn is_utf8_surrogate(_bad: &[u8], rest: Option<&[u8]>) -> bool {
    matches!(rest, Some([0xed, 0xa0..=0xbf, 0x80..=0xbf, ..]))
}

/// One UTF-8 character, or the length of the maximal invalid subpart and CPython's reason.
fn utf8_step(s: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
    let Some(&b) = s.first() else {
        return Err((0, "unexpected end of data"));
    };
    if b < 0x80 {
        return Ok((u32::from(b), 1));
    }
    let (n, lo, hi) = match b {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xe1..=0xef => (3, 0x80, 0xbf),
        0xf0 => (4, 0x90, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        0xf1..=0xf3 => (4, 0x80, 0xbf),
        _ => return Err((1, "invalid start byte")),
    };
    let mut cp = u32::from(b) & (0x7f >> n);
    for k in 1..n {
        let Some(&c) = s.get(k) else {
            return Err((k, "unexpected end of data"));
        };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xbf) };
        if !(l..=h).contains(&c) {
            return Err((k, "invalid continuation byte"));
        }
        cp = (cp << 6) | u32::from(c & 0x3f);
    }
    Ok((cp, n))
}

/// One UTF-16 code point (a pair of surrogates joined), or the bad length and reason.
fn utf16_step(s: &[u8], le: bool) -> Result<(u32, usize), (usize, &'static str)> {
    let unit = |k: usize| -> Option<u32> {
        let p = s.get(k..k + 2)?;
        let pair = [p[0], p[1]];
        Some(u32::from(if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }))
    };
    let Some(u) = unit(0) else {
        return Err((s.len(), "truncated data"));
    };
    if !is_surrogate(u) {
        return Ok((u, 2));
    }
    if u >= 0xdc00 {
        return Err((2, "illegal encoding"));
    }
    match unit(2) {
        Some(v) if (0xdc00..=0xdfff).contains(&v) => {
            Ok((0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00), 4))
        }
        Some(_) => Err((2, "illegal UTF-16 surrogate")),
        None => Err((s.len(), "unexpected end of data")),
    }
}

// ----- the exception classes' text ------------------------------------------------------------

fn attr(vm: &mut Vm, this: &Value, name: &str) -> PyResult<Value> {
    Ok(vm.getattr_opt(this, name)?.unwrap_or(Value::None))
}

fn unicode_error_init(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let rest = args.get(1..).unwrap_or_default();
    if let Some(Payload::Exception(s)) = this.payload() {
        let a = vm.new_tuple(rest.to_vec());
        s.borrow_mut().args = a;
    }
    if rest.len() == 5 {
        if let Value::Obj(o) = &this {
            set_attrs(o, rest);
        }
    } else if !rest.is_empty() {
        return Err(type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            rest.len()
        )));
    }
    Ok(Value::None)
}

/// `str()` of an error made with a plain message (not the five attributes): the
/// message, as any exception.
fn plain_str(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let items = match this.payload() {
        Some(Payload::Exception(st)) => st.borrow().arg_items(),
        _ => Vec::new(),
    };
    match items.as_slice() {
        [] => Ok(Value::str("")),
        [one] => vm.str(one),
        _ => {
            let t = vm.new_tuple(items);
            vm.repr(&t)
        }
    }
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        _ => 0,
    }
}

fn text_of(v: &Value) -> String {
    v.as_pystr()
        .map(|s| s.to_rust().into_owned())
        .unwrap_or_default()
}

fn encode_error_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let object = attr(vm, &this, "object")?;
    let Some(obj) = object.as_pystr() else {
        return plain_str(vm, &this);
    };
    let (start, end) = (
        int_of(&attr(vm, &this, "start")?),
        int_of(&attr(vm, &this, "end")?),
    );
    let enc = text_of(&attr(vm, &this, "encoding")?);
    let reason = text_of(&attr(vm, &this, "reason")?);
    let cp = usize::try_from(start)
        .ok()
        .and_then(|s| obj.code_points().nth(s));
    let msg = match cp {
        Some(cp) if end == start + 1 => format!(
            "'{enc}' codec can't encode character '{}' in position {start}: {reason}",
            escape_cp(cp)
        ),
        _ => format!(
            "'{enc}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    };
    Ok(Value::str(&msg))
}

fn decode_error_str(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let object = attr(vm, &this, "object")?;
    let Some(data) = crate::objects::bytes_methods::bytes_of(&object) else {
        return plain_str(vm, &this);
    };
    let (start, end) = (
        int_of(&attr(vm, &this, "start")?),
        int_of(&attr(vm, &this, "end")?),
    );
    let enc = text_of(&attr(vm, &this, "encoding")?);
    let reason = text_of(&attr(vm, &this, "reason")?);
    let byte = usize::try_from(start)
        .ok()
        .and_then(|s| data.get(s).copied());
    let msg = match byte {
        Some(b) if end == start + 1 => {
            format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        }
        _ => format!(
            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ),
    };
    Ok(Value::str(&msg))
}

/// Gives the two exception classes their constructor and CPython's message.
pub(crate) fn patch_unicode_errors() {
    let t = types();
    add_methods(
        &t.unicode_encode_error,
        &[
            ("__init__", unicode_error_init),
            ("__str__", encode_error_str),
        ],
        BuiltinKind::Method,
    );
    add_methods(
        &t.unicode_decode_error,
        &[
            ("__init__", unicode_error_init),
            ("__str__", decode_error_str),
        ],
        BuiltinKind::Method,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_steps() {
        assert_eq!(utf8_step(b"\xc3\xa9"), Ok((0xe9, 2)));
        assert_eq!(utf8_step(b"\xff"), Err((1, "invalid start byte")));
        assert_eq!(utf8_step(b"\xe2\x82"), Err((2, "unexpected end of data")));
        assert_eq!(
            utf8_step(b"\xe2\x41"),
            Err((1, "invalid continuation byte"))
        );
    }

    #[test]
    fn utf16_pairs() {
        assert_eq!(
            utf16_step(&[0x3d, 0xd8, 0x42, 0xde], true),
            Ok((0x1f642, 4))
        );
        assert_eq!(
            utf16_step(&[0x00, 0xdc], true),
            Err((2, "illegal encoding"))
        );
    }
}
