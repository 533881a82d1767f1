//! `_struct`: packing Python values into C structs and back (`lib/struct.py` re-exports it).
//!
//! Native because a test program's traceback through `struct.pack` must show no Python frame
//! of ours (CPython's functions are built-ins), and because packing is byte twiddling that
//! Python would do slowly. A format is parsed into a list of [`Item`]s on every call; formats
//! are short, so a cache would cost more code than it saves.
//!
//! Layout rules follow CPython on x86-64 Linux: `@` (the default) uses native sizes *and*
//! alignment, `=`/`<`/`>`/`!` use the standard sizes without alignment. `n`, `N` and `P`
//! exist only in native mode.

use std::cell::OnceCell;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::{new_module, run_prelude, set_attr};
use crate::error::{overflow_error, type_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::bytes_methods::bytes_of;
use crate::objects::float::as_f64;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::int::{as_int, from_big};
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

thread_local! {
    /// `struct.error`, created by the module's prelude.
    static ERROR: OnceCell<Obj> = const { OnceCell::new() };
    /// The `Struct` class.
    static STRUCT_CLASS: OnceCell<Obj> = const { OnceCell::new() };
}

/// A `struct.error` with `msg` (a `RuntimeError` if the module was never initialised, which
/// cannot happen: every entry point lives in the module).
fn error(msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    ERROR.with(|e| match e.get() {
        Some(cls) => PyErr::new(cls, msg),
        None => crate::error::runtime_error(msg),
    })
}

/// Byte order and layout mode of a format.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mode {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `=`, `<`: little-endian standard sizes.
    Little,
    /// `>`, `!`: big-endian standard sizes.
    Big,
}

/// One format code with its repeat count, at its offset in the packed bytes.
#[derive(Clone, Copy, Debug)]
struct Item {
    code: u8,
    /// Repeat count (`s`/`p`: the byte length; `x`: pad bytes).
    count: usize,
    /// Size of one value of this code.
    size: usize,
    offset: usize,
}

/// A parsed format: its items, total size and number of Python values it packs.
#[derive(Debug)]
struct Layout {
    mode: Mode,
    items: Vec<Item>,
    size: usize,
    nvalues: usize,
}

/// Size of one `code` value in `mode` (`None`: not a format character there).
fn code_size(code: u8, mode: Mode) -> Option<usize> {
    let native = mode == Mode::Native;
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse_format(fmt: &[u8]) -> PyResult<Layout> {
    let (mode, body) = match fmt.first() {
        Some(b'@') => (Mode::Native, fmt.get(1..).unwrap_or(&[])),
        Some(b'=' | b'<') => (Mode::Little, fmt.get(1..).unwrap_or(&[])),
        Some(b'>' | b'!') => (Mode::Big, fmt.get(1..).unwrap_or(&[])),
        _ => (Mode::Native, fmt),
    };
    let too_long = || error("total struct size too long");
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues: usize = 0;
    let mut i = 0;
    while let Some(&c) = body.get(i) {
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let (count, code) = if c.is_ascii_digit() {
            let mut n = usize::from(c - b'0');
            loop {
                match body.get(i) {
                    Some(&d) if d.is_ascii_digit() => {
                        n = n
                            .checked_mul(10)
                            .and_then(|n| n.checked_add(usize::from(d - b'0')))
                            .filter(|&n| n <= isize::MAX as usize)
                            .ok_or_else(too_long)?;
                        i += 1;
                    }
                    Some(&d) => {
                        i += 1;
                        break (n, d);
                    }
                    None => return Err(error("repeat count given without format specifier")),
                }
            }
        } else {
            (1, c)
        };
        let one = code_size(code, mode).ok_or_else(|| error("bad char in struct format"))?;
        if mode == Mode::Native && one > 1 {
            size = size.div_ceil(one).checked_mul(one).ok_or_else(too_long)?;
        }
        let bytes = match code {
            b's' | b'p' => {
                nvalues += 1;
                count
            }
            b'x' => count,
            _ => {
                nvalues += count;
                count.checked_mul(one).ok_or_else(too_long)?
            }
        };
        items.push(Item {
            code,
            count,
            size: one,
            offset: size,
        });
        size = size
            .checked_add(bytes)
            .filter(|&s| s <= isize::MAX as usize)
            .ok_or_else(too_long)?;
    }
    Ok(Layout {
        mode,
        items,
        size,
        nvalues,
    })
}

/// The format argument: a str or bytes.
fn format_arg(v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => {
            if let Some(s) = v.as_pystr() {
                return Ok(s.to_rust().into_owned().into_bytes());
            }
            if let Some(Payload::Bytes(b)) = v.payload() {
                return Ok(b.to_vec());
            }
            Err(type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                type_name_of(v)
            )))
        }
        None => Err(type_error(
            "Struct() missing required argument 'format' (pos 1)",
        )),
    }
}

/// A readable buffer argument.
fn buffer_arg(v: Option<&Value>) -> PyResult<Vec<u8>> {
    let v = v.unwrap_or(&Value::None);
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))
    })
}

/// The integer value of a pack argument (`__index__` is honoured).
fn int_value(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(i) = as_int(v) {
        return Ok(i.to_big());
    }
    if let Value::Float(_) = v {
        return Err(error("required argument is not an integer"));
    }
    match vm.call_dunder(v, "__index__", &[])? {
        Some(r) => match as_int(&r) {
            Some(i) => Ok(i.to_big()),
            None => Err(type_error(format!(
                "__index__ returned non-int (type {})",
                type_name_of(&r)
            ))),
        },
        None => Err(error("required argument is not an integer")),
    }
}

/// The float value of a pack argument (`__float__`, then `__index__`, as `PyFloat_AsDouble`).
///
/// A NaN comes back as the default quiet NaN (sign kept): pyvm gives each `float('nan')` its
/// own payload (see design notes), which must not leak into packed bytes.
fn float_value(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    let x = float_value_raw(vm, v)?;
    if x.is_nan() {
        let sign = x.to_bits() & (1u64 << 63);
        return Ok(f64::from_bits(sign | 0x7ff8_0000_0000_0000));
    }
    Ok(x)
}

fn float_value_raw(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_f64(v) {
        return f;
    }
    if let Some(r) = vm.call_dunder(v, "__float__", &[])? {
        return match as_f64(&r) {
            Some(f) => f,
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(v),
                type_name_of(&r)
            ))),
        };
    }
    if vm.call_dunder(v, "__index__", &[])?.is_some() {
        let i = from_big(int_value(vm, v)?);
        return as_f64(&i).unwrap_or(Ok(0.0));
    }
    Err(error("required argument is not a float"))
}

/// Writes the `size`-byte two's complement form of `n` (already range-checked).
fn put_int(out: &mut [u8], n: &BigInt, little: bool) {
    let mut bytes = n.to_signed_bytes_le();
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    bytes.resize(out.len().max(bytes.len()), fill);
    bytes.truncate(out.len());
    if !little {
        bytes.reverse();
    }
    out.copy_from_slice(&bytes);
}

fn get_int(b: &[u8], signed: bool, little: bool) -> Value {
    let mut le = b.to_vec();
    if !little {
        le.reverse();
    }
    if le.len() <= 8 {
        let mut buf = [0u8; 8];
        if let Some(dst) = buf.get_mut(..le.len()) {
            dst.copy_from_slice(&le);
        }
        let u = u64::from_le_bytes(buf);
        let bits = le.len() * 8;
        if signed {
            let shift = 64 - bits;
            let v = if shift == 64 {
                0
            } else {
                ((u << shift) as i64) >> shift
            };
            return Value::Int(v);
        }
        return match i64::try_from(u) {
            Ok(v) => Value::Int(v),
            Err(_) => from_big(BigInt::from(u)),
        };
    }
    if signed {
        from_big(BigInt::from_signed_bytes_le(&le))
    } else {
        from_big(BigInt::from_bytes_le(Sign::Plus, &le))
    }
}

/// `f64` to IEEE half precision with round-half-even (CPython's `PyFloat_Pack2`).
fn pack_half(x: f64) -> PyResult<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Ok(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Ok(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Ok(sign);
    }
    let raw = a.to_bits();
    let biased = ((raw >> 52) & 0x7ff) as i32;
    if biased == 0 {
        // Subnormal doubles are far below half precision's smallest value.
        return Ok(sign);
    }
    let mut e = biased - 1023;
    // 1 <= f < 2
    let mut f = f64::from_bits((raw & 0x000f_ffff_ffff_ffff) | (1023u64 << 52));
    let overflow = || overflow_error("float too large to pack with e format");
    if e >= 16 {
        return Err(overflow());
    } else if e < -25 {
        f = 0.0;
        e = 0;
    } else if e < -14 {
        f *= 2f64.powi(14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    let mut bits = f as u16;
    let rest = f - f64::from(bits);
    if rest > 0.5 || (rest == 0.5 && bits % 2 == 1) {
        bits += 1;
        if bits == 1024 {
            bits = 0;
            e += 1;
            if e == 31 {
                return Err(overflow());
            }
        }
    }
    Ok(sign | ((e as u16) << 10) | bits)
}

fn unpack_half(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let e = i32::from((h >> 10) & 0x1f);
    let f = f64::from(h & 0x3ff);
    let v = if e == 0x1f {
        if f == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if e == 0 {
        f / 1024.0 * 2f64.powi(-14)
    } else {
        (1.0 + f / 1024.0) * 2f64.powi(e - 15)
    };
    if negative {
        -v
    } else {
        v
    }
}

/// The inclusive range of an integer code of `size` bytes.
fn int_range(code: u8, size: usize) -> (BigInt, BigInt) {
    let bits = size * 8;
    if code.is_ascii_uppercase() {
        (BigInt::zero(), (BigInt::from(1u8) << bits) - 1)
    } else {
        let half = BigInt::from(1u8) << (bits - 1);
        (-half.clone(), half - 1)
    }
}

/// Packs `values` by `layout` into `out` (which has `layout.size` bytes).
fn pack_values(vm: &mut Vm, layout: &Layout, values: &[Value], out: &mut [u8]) -> PyResult<()> {
    let little = layout.mode != Mode::Big;
    let mut vals = values.iter();
    let mut next = || vals.next().cloned().unwrap_or(Value::None);
    for item in &layout.items {
        let start = item.offset;
        match item.code {
            b'x' => {}
            b's' | b'p' => {
                let v = next();
                let data = match v.payload() {
                    Some(Payload::Bytes(b)) => b.to_vec(),
                    Some(Payload::ByteArray(b)) => b.borrow().clone(),
                    _ => {
                        return Err(error(format!(
                            "argument for '{}' must be a bytes object",
                            char::from(item.code)
                        )))
                    }
                };
                let field = out
                    .get_mut(start..start + item.count)
                    .ok_or_else(|| error("internal error: field out of range"))?;
                if item.code == b's' {
                    let n = data.len().min(item.count);
                    field[..n].copy_from_slice(&data[..n]);
                } else if item.count == 0 {
                    // CPython's `p` with a zero count writes a length byte of 255 into the
                    // next field (its length computes as -1); copied so outputs agree.
                    if let Some(b) = out.get_mut(start) {
                        *b = 0xff;
                    }
                } else if let Some((len_byte, rest)) = field.split_first_mut() {
                    let n = data.len().min(rest.len()).min(255);
                    rest[..n].copy_from_slice(&data[..n]);
                    *len_byte = n as u8;
                }
            }
            code => {
                for k in 0..item.count {
                    let v = next();
                    let at = start + k * item.size;
                    let field = out
                        .get_mut(at..at + item.size)
                        .ok_or_else(|| error("internal error: field out of range"))?;
                    pack_one(vm, code, layout.mode, &v, field, little)?;
                }
            }
        }
    }
    Ok(())
}

fn pack_one(
    vm: &mut Vm,
    code: u8,
    mode: Mode,
    v: &Value,
    field: &mut [u8],
    little: bool,
) -> PyResult<()> {
    match code {
        b'c' => {
            let b = match v.payload() {
                Some(Payload::Bytes(b)) if b.len() == 1 => b.first().copied(),
                _ => None,
            };
            let b = b.ok_or_else(|| error("char format requires a bytes object of length 1"))?;
            field.copy_from_slice(&[b]);
        }
        b'?' => {
            let t = vm.truthy(v)?;
            field.copy_from_slice(&[u8::from(t)]);
        }
        b'e' => {
            let h = pack_half(float_value(vm, v)?)?;
            field.copy_from_slice(&if little {
                h.to_le_bytes()
            } else {
                h.to_be_bytes()
            });
        }
        b'f' => {
            let x = float_value(vm, v)?;
            let y = x as f32;
            if mode != Mode::Native && y.is_infinite() && !x.is_infinite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            field.copy_from_slice(&if little {
                y.to_le_bytes()
            } else {
                y.to_be_bytes()
            });
        }
        b'd' => {
            let x = float_value(vm, v)?;
            field.copy_from_slice(&if little {
                x.to_le_bytes()
            } else {
                x.to_be_bytes()
            });
        }
        b'P' => {
            let n = int_value(vm, v)?;
            let lo = -(BigInt::from(1u8) << 63u32);
            let hi = (BigInt::from(1u8) << 64u32) - 1;
            if n < lo || n > hi {
                return Err(error("int too large to convert"));
            }
            put_int(field, &n, little);
        }
        _ => {
            let n = int_value(vm, v)?;
            let (lo, hi) = int_range(code, field.len());
            if n < lo || n > hi {
                return Err(error(format!(
                    "'{}' format requires {lo} <= number <= {hi}",
                    char::from(code)
                )));
            }
            put_int(field, &n, little);
        }
    }
    Ok(())
}

/// Unpacks `data` (exactly `layout.size` bytes) into a tuple.
fn unpack_values(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let little = layout.mode != Mode::Big;
    let mut out = Vec::with_capacity(layout.nvalues);
    for item in &layout.items {
        let start = item.offset;
        match item.code {
            b'x' => {}
            b's' => {
                let b = data.get(start..start + item.count).unwrap_or(&[]);
                out.push(new_bytes(b.to_vec()));
            }
            b'p' if item.count == 0 => {
                return Err(crate::error::system_error(
                    "Negative size passed to PyBytes_FromStringAndSize",
                ));
            }
            b'p' => {
                let b = data.get(start..start + item.count).unwrap_or(&[]);
                let v = match b.split_first() {
                    Some((&n, rest)) => rest.get(..usize::from(n).min(rest.len())).unwrap_or(&[]),
                    None => &[],
                };
                out.push(new_bytes(v.to_vec()));
            }
            code => {
                for k in 0..item.count {
                    let at = start + k * item.size;
                    let b = data.get(at..at + item.size).unwrap_or(&[]);
                    out.push(unpack_one(code, b, little));
                }
            }
        }
    }
    Ok(vm.new_tuple(out))
}

fn unpack_one(code: u8, b: &[u8], little: bool) -> Value {
    let arr = |n: usize| -> Vec<u8> {
        let mut v = b.get(..n).unwrap_or(&[]).to_vec();
        v.resize(n, 0);
        if !little {
            v.reverse();
        }
        v
    };
    match code {
        b'c' => new_bytes(b.to_vec()),
        b'?' => Value::Bool(b.iter().any(|&x| x != 0)),
        b'e' => {
            let a = arr(2);
            Value::Float(unpack_half(u16::from_le_bytes([a[0], a[1]])))
        }
        b'f' => {
            let a = arr(4);
            Value::Float(f64::from(f32::from_le_bytes([a[0], a[1], a[2], a[3]])))
        }
        b'd' => {
            let a = arr(8);
            let mut x = [0u8; 8];
            x.copy_from_slice(&a);
            Value::Float(f64::from_le_bytes(x))
        }
        b'P' => get_int(b, false, little),
        c => get_int(b, c.is_ascii_lowercase(), little),
    }
}

/// Parses the format in `args[0]`.
fn layout_of(args: &[Value]) -> PyResult<Layout> {
    parse_format(&format_arg(args.first())?)
}

fn pack_with(vm: &mut Vm, layout: &Layout, values: &[Value]) -> PyResult<Value> {
    if values.len() != layout.nvalues {
        return Err(error(format!(
            "pack expected {} items for packing (got {})",
            layout.nvalues,
            values.len()
        )));
    }
    let mut out = vec![0u8; layout.size];
    pack_values(vm, layout, values, &mut out)?;
    Ok(new_bytes(out))
}

fn unpack_with(vm: &mut Vm, layout: &Layout, buf: Option<&Value>) -> PyResult<Value> {
    let data = buffer_arg(buf)?;
    if data.len() != layout.size {
        return Err(error(format!(
            "unpack requires a buffer of {} bytes",
            layout.size
        )));
    }
    unpack_values(vm, layout, &data)
}

/// An `isize` offset argument.
fn offset_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    let Some(v) = v else { return Ok(0) };
    let n = match as_int(v) {
        Some(i) => i.to_big(),
        None => match vm
            .call_dunder(v, "__index__", &[])?
            .as_ref()
            .and_then(as_int)
        {
            Some(i) => i.to_big(),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(v)
                )))
            }
        },
    };
    n.to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// Resolves a possibly negative `offset` into `len` bytes for a `size`-byte access.
fn resolve_offset(offset: i64, len: usize, size: usize, packing: bool) -> PyResult<usize> {
    let len_i = len as i64;
    let size_i = size as i64;
    let mut off = offset;
    if off < 0 {
        if off + len_i < 0 {
            return Err(error(format!(
                "offset {offset} out of range for {len}-byte buffer"
            )));
        }
        if off + size_i > 0 {
            return Err(error(if packing {
                format!("no space to pack {size} bytes at offset {offset}")
            } else {
                format!("not enough data to unpack {size} bytes at offset {offset}")
            }));
        }
        off += len_i;
    }
    if len_i - off < size_i {
        return Err(error(if packing {
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {off} (actual buffer size is {len})",
                size_i + off
            )
        } else {
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {off} (actual buffer size is {len})",
                size_i + off
            )
        }));
    }
    Ok(off as usize)
}

/// `kw` value named `name`, if given.
fn kwarg<'a>(kw: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kw.iter()
        .find(|(k, _)| k.as_pystr().is_some_and(|s| s.eq_str(name)))
        .map(|(_, v)| v)
}

fn unpack_from_with(vm: &mut Vm, layout: &Layout, rest: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let buf = rest.first().or_else(|| kwarg(kw, "buffer"));
    let data = buffer_arg(buf)?;
    let off = offset_arg(vm, rest.get(1).or_else(|| kwarg(kw, "offset")))?;
    let at = resolve_offset(off, data.len(), layout.size, false)?;
    let slice = data.get(at..at + layout.size).unwrap_or(&[]);
    unpack_values(vm, layout, slice)
}

fn pack_into_with(vm: &mut Vm, layout: &Layout, rest: &[Value]) -> PyResult<Value> {
    let Some(buf) = rest.first() else {
        return Err(error("pack_into expected buffer argument"));
    };
    let Some(off) = rest.get(1) else {
        return Err(error("pack_into expected offset argument"));
    };
    let values = rest.get(2..).unwrap_or(&[]);
    if values.len() != layout.nvalues {
        return Err(error(format!(
            "pack_into expected {} items for packing (got {})",
            layout.nvalues,
            values.len()
        )));
    }
    let Some(Payload::ByteArray(cell)) = buf.payload() else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name_of(buf)
        )));
    };
    let off = offset_arg(vm, Some(off))?;
    let len = cell.borrow().len();
    let at = resolve_offset(off, len, layout.size, true)?;
    let mut out = vec![0u8; layout.size];
    pack_values(vm, layout, values, &mut out)?;
    let mut b = cell.borrow_mut();
    if let Some(dst) = b.get_mut(at..at + layout.size) {
        dst.copy_from_slice(&out);
    }
    Ok(Value::None)
}

fn iter_unpack_with(vm: &mut Vm, layout: &Layout, buf: Option<&Value>) -> PyResult<Value> {
    let data = buffer_arg(buf)?;
    if layout.size == 0 {
        return Err(error("cannot iteratively unpack with a struct of length 0"));
    }
    if data.len() % layout.size != 0 {
        return Err(error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            layout.size
        )));
    }
    let mut tuples = Vec::with_capacity(data.len() / layout.size);
    for c in data.chunks_exact(layout.size) {
        tuples.push(unpack_values(vm, layout, c)?);
    }
    let list = vm.new_list(tuples);
    vm.iter(&list)
}

// ----- module functions --------------------------------------------------------------------

fn s_pack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let layout = layout_of(args)?;
    pack_with(vm, &layout, args.get(1..).unwrap_or(&[]))
}

fn s_unpack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "unpack expected 2 arguments, got {}",
            args.len()
        )));
    }
    let layout = layout_of(args)?;
    unpack_with(vm, &layout, args.get(1))
}

fn s_unpack_from(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let layout = layout_of(args)?;
    unpack_from_with(vm, &layout, args.get(1..).unwrap_or(&[]), kw)
}

fn s_pack_into(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let layout = layout_of(args)?;
    pack_into_with(vm, &layout, args.get(1..).unwrap_or(&[]))
}

fn s_iter_unpack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "iter_unpack expected 2 arguments, got {}",
            args.len()
        )));
    }
    let layout = layout_of(args)?;
    iter_unpack_with(vm, &layout, args.get(1))
}

fn s_calcsize(_vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "calcsize() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(Value::Int(layout_of(args)?.size as i64))
}

fn s_clearcache(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

// ----- the Struct class ----------------------------------------------------------------------

/// The layout of a `Struct` instance (re-parsed from its `format` attribute).
fn self_layout(vm: &mut Vm, args: &[Value]) -> PyResult<Layout> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let fmt = vm.getattr_str(&this, "format")?;
    parse_format(&format_arg(Some(&fmt))?)
}

fn st_init(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let fmt_v = args.get(1).or_else(|| kwarg(kw, "format"));
    let fmt = format_arg(fmt_v)?;
    let layout = parse_format(&fmt)?;
    let text = String::from_utf8_lossy(&fmt).into_owned();
    vm.setattr(&this, "format", Value::str(&text))?;
    vm.setattr(&this, "size", Value::Int(layout.size as i64))?;
    Ok(Value::None)
}

fn st_pack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let layout = self_layout(vm, args)?;
    pack_with(vm, &layout, args.get(1..).unwrap_or(&[]))
}

fn st_unpack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let layout = self_layout(vm, args)?;
    unpack_with(vm, &layout, args.get(1))
}

fn st_unpack_from(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let layout = self_layout(vm, args)?;
    unpack_from_with(vm, &layout, args.get(1..).unwrap_or(&[]), kw)
}

fn st_pack_into(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let layout = self_layout(vm, args)?;
    pack_into_with(vm, &layout, args.get(1..).unwrap_or(&[]))
}

fn st_iter_unpack(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let layout = self_layout(vm, args)?;
    iter_unpack_with(vm, &layout, args.get(1))
}

fn struct_class() -> Obj {
    STRUCT_CLASS.with(|c| {
        c.get_or_init(|| {
            let t = types();
            let cls = Object::new_type_object({
                let mut ty = TypeObject::builtin("Struct", Some(&t.object), Kind::Object, true);
                ty.module = "_struct".into();
                ty.instance_dict = true;
                ty.heap = true;
                ty
            });
            let methods: &[(&'static str, NativeFn)] = &[
                ("__init__", st_init),
                ("pack", st_pack),
                ("unpack", st_unpack),
                ("unpack_from", st_unpack_from),
                ("pack_into", st_pack_into),
                ("iter_unpack", st_iter_unpack),
            ];
            add_methods(&cls, methods, BuiltinKind::Method);
            cls
        })
        .clone()
    })
}

const PRELUDE: &str = "class error(Exception):\n    __module__ = 'struct'\n";

/// Builds the `_struct` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "_struct",
        &[
            ("pack", s_pack),
            ("unpack", s_unpack),
            ("unpack_from", s_unpack_from),
            ("pack_into", s_pack_into),
            ("iter_unpack", s_iter_unpack),
            ("calcsize", s_calcsize),
            ("_clearcache", s_clearcache),
        ],
    );
    run_prelude(vm, &m, PRELUDE, "_struct")?;
    let err = vm.getattr_str(&Value::Obj(m.clone()), "error")?;
    if let Value::Obj(cls) = &err {
        ERROR.with(|e| {
            let _ = e.set(cls.clone());
        });
    }
    set_attr(&m, "Struct", Value::Obj(struct_class()));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_alignment_and_standard_sizes() {
        let l = parse_format(b"bi").map_err(|_| ()).expect("valid");
        assert_eq!(l.size, 8);
        let l = parse_format(b"<bi").map_err(|_| ()).expect("valid");
        assert_eq!(l.size, 5);
        let l = parse_format(b"3s2xq").map_err(|_| ()).expect("valid");
        assert_eq!((l.size, l.nvalues), (16, 2));
        let l = parse_format(b">l").map_err(|_| ()).expect("valid");
        assert_eq!(l.size, 4);
    }

    #[test]
    fn half_floats_round_trip() {
        for &(x, bits) in &[
            (1.0, 0x3c00u16),
            (-2.0, 0xc000),
            (65504.0, 0x7bff),
            (5.960464477539063e-08, 0x0001),
            (0.0, 0),
        ] {
            assert_eq!(pack_half(x).map_err(|_| ()), Ok(bits));
            assert_eq!(unpack_half(bits), x);
        }
        assert!(pack_half(65520.0).is_err());
    }
}
