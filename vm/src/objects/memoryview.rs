//! `memoryview`: a one-dimensional view of a `bytes` or `bytearray` (or of another view's
//! exporter) with a stride and a native `struct` format (`cast`). Views of a bytearray see and
//! make changes live and, while not released, forbid resizing it (`BufferError`), as CPython.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::error::{index_error, type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::function::{BuiltinFn, BuiltinKind, NativeFn};
use crate::objects::int::as_int;
use crate::objects::iter::IterState;
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// The state of a `memoryview`.
#[derive(Debug)]
pub struct MemView {
    /// The exporter: a `bytes` or `bytearray` object.
    pub(crate) obj: Value,
    /// Byte offset of item 0.
    start: usize,
    /// Number of items.
    len: usize,
    /// Distance in bytes between items (negative for reversed views).
    stride: isize,
    /// The `struct` format letter of the items.
    format: char,
    /// Whether the format was given as `@X` (kept in `m.format`, as CPython).
    native_prefix: bool,
    itemsize: usize,
    readonly: bool,
    released: Cell<bool>,
}

thread_local! {
    /// Live (unreleased) views per exporting bytearray, by object address.
    static EXPORTS: RefCell<HashMap<usize, usize>> = RefCell::new(HashMap::new());
}

fn obj_key(v: &Value) -> Option<usize> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => {
            Some(std::rc::Rc::as_ptr(o) as usize)
        }
        _ => None,
    }
}

fn export(v: &Value, delta: isize) {
    if let Some(k) = obj_key(v) {
        EXPORTS.with(|e| {
            let mut e = e.borrow_mut();
            let n = e.entry(k).or_insert(0);
            *n = n.saturating_add_signed(delta);
            if *n == 0 {
                e.remove(&k);
            }
        });
    }
}

/// `Err(BufferError)` when views of bytearray `obj` are alive: it cannot change size.
pub(crate) fn check_resizable(obj: &Value) -> PyResult<()> {
    let exported = obj_key(obj)
        .is_some_and(|k| EXPORTS.with(|e| e.borrow().get(&k).copied().unwrap_or(0) > 0));
    if exported {
        return Err(PyErr::new(
            &types().buffer_error,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(())
}

impl Drop for MemView {
    fn drop(&mut self) {
        if !self.released.get() {
            export(&self.obj, -1);
        }
    }
}

/// The size of a native `struct` format letter we support.
fn format_size(f: char) -> Option<usize> {
    Some(match f {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' | 'e' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'N' | 'n' | 'd' | 'P' => 8,
        _ => return None,
    })
}

fn is_byte_format(f: char) -> bool {
    matches!(f, 'B' | 'b' | 'c')
}

fn released_error() -> PyErr {
    value_error("operation forbidden on released memoryview object")
}

impl MemView {
    fn whole(obj: Value, len: usize, readonly: bool) -> MemView {
        export(&obj, 1);
        MemView {
            obj,
            start: 0,
            len,
            stride: 1,
            format: 'B',
            native_prefix: false,
            itemsize: 1,
            readonly,
            released: Cell::new(false),
        }
    }

    /// A view sharing this one's exporter, with other geometry.
    fn derived(
        &self,
        start: usize,
        len: usize,
        stride: isize,
        format: char,
        itemsize: usize,
    ) -> MemView {
        export(&self.obj, 1);
        MemView {
            obj: self.obj.clone(),
            start,
            len,
            stride,
            format,
            native_prefix: self.native_prefix && format == self.format,
            itemsize,
            readonly: self.readonly,
            released: Cell::new(false),
        }
    }

    fn check(&self) -> PyResult<()> {
        if self.released.get() {
            Err(released_error())
        } else {
            Ok(())
        }
    }

    /// Runs `f` on the exporter's whole buffer.
    fn with_buffer<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self.obj.payload() {
            Some(Payload::Bytes(b)) => f(b),
            Some(Payload::ByteArray(b)) => f(&b.borrow()),
            _ => f(&[]),
        }
    }

    /// Byte offset of item `i` (in `0..len`).
    fn offset(&self, i: usize) -> usize {
        (self.start as isize + i as isize * self.stride).max(0) as usize
    }

    /// The viewed bytes, in item order.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        self.with_buffer(|buf| {
            let mut out = Vec::with_capacity(self.len * self.itemsize);
            for i in 0..self.len {
                let o = self.offset(i);
                out.extend_from_slice(buf.get(o..o + self.itemsize).unwrap_or_default());
            }
            out
        })
    }

    /// Item `i` (in `0..len`) as a Python value.
    fn item(&self, i: usize) -> Value {
        let raw = self.with_buffer(|buf| {
            let o = self.offset(i);
            buf.get(o..o + self.itemsize).unwrap_or_default().to_vec()
        });
        decode_item(self.format, &raw)
    }
}

fn decode_item(format: char, raw: &[u8]) -> Value {
    let mut q = [0u8; 8];
    for (d, s) in q.iter_mut().zip(raw) {
        *d = *s;
    }
    let u = u64::from_le_bytes(q);
    let n = raw.len() as u32 * 8;
    let signed = |u: u64| -> i64 {
        if n == 64 {
            u as i64
        } else {
            let shift = 64 - n;
            ((u << shift) as i64) >> shift
        }
    };
    match format {
        'c' => crate::objects::bytes::new_bytes(raw.to_vec()),
        '?' => Value::Bool(u != 0),
        'b' | 'h' | 'i' | 'l' | 'q' | 'n' => Value::Int(signed(u)),
        'f' => Value::Float(f64::from(f32::from_le_bytes([q[0], q[1], q[2], q[3]]))),
        'd' => Value::Float(f64::from_le_bytes(q)),
        'e' => Value::Float(half_to_f64(u as u16)),
        _ => match i64::try_from(u) {
            Ok(v) => Value::Int(v),
            Err(_) => crate::objects::int::from_big(num_bigint::BigInt::from(u)),
        },
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let frac = f64::from(h & 0x3ff);
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e - 15),
    }
}

/// The bytes of `v` stored as one item of `format`, or CPython's error.
fn encode_item(vm: &mut Vm, format: char, v: &Value) -> PyResult<Vec<u8>> {
    let invalid = || value_error(format!("memoryview: invalid value for format '{format}'"));
    let size = format_size(format).unwrap_or(1);
    match format {
        'c' => match crate::objects::bytes_methods::bytes_of(v) {
            Some(b) if b.len() == 1 => Ok(b),
            _ => Err(invalid()),
        },
        'f' | 'd' | 'e' => {
            let x = match v {
                Value::Float(f) => *f,
                _ => match as_int(v) {
                    Some(i) => num_traits::ToPrimitive::to_f64(&i.to_big()).unwrap_or(f64::NAN),
                    None => {
                        return Err(type_error(format!(
                            "memoryview: invalid type for format '{format}'"
                        )))
                    }
                },
            };
            Ok(match format {
                'f' => (x as f32).to_le_bytes().to_vec(),
                _ => x.to_le_bytes().to_vec(),
            })
        }
        '?' => Ok(vec![u8::from(vm.truthy(v)?)]),
        _ => {
            let Some(i) = as_int(v) else {
                return Err(type_error(format!(
                    "memoryview: invalid type for format '{format}'"
                )));
            };
            let big = i.to_big();
            let bits = size as u32 * 8;
            let signed = matches!(format, 'b' | 'h' | 'i' | 'l' | 'q' | 'n');
            let (lo, hi) = if signed {
                (
                    -(num_bigint::BigInt::from(1) << (bits - 1)),
                    (num_bigint::BigInt::from(1) << (bits - 1)) - 1,
                )
            } else {
                (
                    num_bigint::BigInt::from(0),
                    (num_bigint::BigInt::from(1) << bits) - 1,
                )
            };
            if big < lo || big > hi {
                return Err(invalid());
            }
            let bytes = big.to_signed_bytes_le();
            let fill = if big.sign() == num_bigint::Sign::Minus {
                0xff
            } else {
                0
            };
            let mut out = vec![fill; size];
            for (d, s) in out.iter_mut().zip(bytes) {
                *d = s;
            }
            Ok(out)
        }
    }
}

fn view(v: &Value) -> PyResult<&MemView> {
    match v.payload() {
        Some(Payload::MemoryView(m)) => Ok(m),
        _ => Err(type_error("descriptor requires a 'memoryview' object")),
    }
}

fn this(args: &[Value]) -> PyResult<&MemView> {
    let m = view(args.first().unwrap_or(&Value::None))?;
    m.check()?;
    Ok(m)
}

fn new_view(m: MemView) -> Value {
    Value::Obj(Object::new(
        &types().memoryview,
        Payload::MemoryView(Box::new(m)),
    ))
}

/// `memoryview(obj)` for a bytes-like object, or `None`.
pub(crate) fn memoryview_of(src: &Value) -> PyResult<Option<Value>> {
    Ok(match src.payload() {
        Some(Payload::Bytes(b)) => Some(new_view(MemView::whole(src.clone(), b.len(), true))),
        Some(Payload::ByteArray(b)) => {
            let n = b.borrow().len();
            Some(new_view(MemView::whole(src.clone(), n, false)))
        }
        Some(Payload::MemoryView(m)) => {
            m.check()?;
            Some(new_view(
                m.derived(m.start, m.len, m.stride, m.format, m.itemsize),
            ))
        }
        _ => None,
    })
}

fn mv_new(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [obj_kw] = crate::builtins::take_kwargs_builtin("memoryview", kw, ["object"])?;
    let src = args
        .get(1)
        .cloned()
        .or(obj_kw)
        .ok_or_else(|| type_error("memoryview() missing required argument 'object' (pos 1)"))?;
    match memoryview_of(&src)? {
        Some(v) => Ok(v),
        None => Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name_of(&src)
        ))),
    }
}

fn mv_tobytes(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(crate::objects::bytes::new_bytes(this(args)?.to_bytes()))
}

fn mv_tolist(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    let items = (0..m.len).map(|i| m.item(i)).collect();
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = crate::objects::bytes::new_bytes(this(args)?.to_bytes());
    let mut a = vec![b];
    a.extend_from_slice(args.get(1..).unwrap_or_default());
    crate::objects::bytes_methods::m_hex(vm, &a, kw)
}

fn mv_release(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = view(args.first().unwrap_or(&Value::None))?;
    if !m.released.replace(true) {
        export(&m.obj, -1);
    }
    Ok(Value::None)
}

fn mv_enter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(args)?;
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn mv_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    mv_release(vm, args, kw)?;
    Ok(Value::Bool(false))
}

fn mv_len(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.len as i64))
}

/// An item index: an int (or `__index__`), normalised, or CPython's errors.
fn item_index(vm: &mut Vm, m: &MemView, key: &Value) -> PyResult<Option<usize>> {
    let i = match as_int(key) {
        Some(i) => i.to_big(),
        None => match vm.call_dunder(key, "__index__", &[])? {
            Some(r) => match as_int(&r) {
                Some(i) => i.to_big(),
                None => return Err(type_error("memoryview: invalid slice key")),
            },
            None => return Ok(None),
        },
    };
    let len = num_bigint::BigInt::from(m.len);
    let j = if i < num_bigint::BigInt::from(0) {
        i + &len
    } else {
        i
    };
    match num_traits::ToPrimitive::to_usize(&j) {
        Some(j) if j < m.len => Ok(Some(j)),
        _ => Err(index_error("index out of bounds on dimension 1")),
    }
}

/// The view `m[slice]`.
fn sliced(vm: &mut Vm, m: &MemView, parts: &[Value; 3]) -> PyResult<MemView> {
    let (a, b, c) = crate::subscript::slice_indices(vm, parts, m.len)?;
    let n = if c > 0 {
        if b > a {
            (b - a - 1) / c + 1
        } else {
            0
        }
    } else if a > b {
        (a - b - 1) / (-c) + 1
    } else {
        0
    };
    let start = if n == 0 {
        m.start
    } else {
        m.offset(a.max(0) as usize)
    };
    Ok(m.derived(
        start,
        n.max(0) as usize,
        m.stride * c as isize,
        m.format,
        m.itemsize,
    ))
}

fn mv_getitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    let key = args.get(1).cloned().unwrap_or(Value::None);
    if let Some(Payload::Slice(parts)) = key.payload() {
        let parts = (**parts).clone();
        return Ok(new_view(sliced(vm, m, &parts)?));
    }
    match item_index(vm, m, &key)? {
        Some(i) => Ok(m.item(i)),
        None => Err(type_error("memoryview: invalid slice key")),
    }
}

fn mv_setitem(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    let key = args.get(1).cloned().unwrap_or(Value::None);
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let Some(Payload::ByteArray(buf)) = m.obj.payload() else {
        return Err(type_error("cannot modify read-only memory"));
    };
    if let Some(Payload::Slice(parts)) = key.payload() {
        let parts = (**parts).clone();
        let target = sliced(vm, m, &parts)?;
        let Some(src) = crate::objects::bytes_methods::bytes_of(&value) else {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&value)
            )));
        };
        if src.len() != target.len * target.itemsize {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut b = buf.borrow_mut();
        for (i, chunk) in src.chunks(target.itemsize.max(1)).enumerate() {
            let o = target.offset(i);
            if let Some(dst) = b.get_mut(o..o + chunk.len()) {
                dst.copy_from_slice(chunk);
            }
        }
        return Ok(Value::None);
    }
    let Some(i) = item_index(vm, m, &key)? else {
        return Err(type_error("memoryview: invalid slice key"));
    };
    let bytes = encode_item(vm, m.format, &value)?;
    let o = m.offset(i);
    if let Some(dst) = buf.borrow_mut().get_mut(o..o + bytes.len()) {
        dst.copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

fn mv_iter(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(args)?;
    let Some(Value::Obj(o)) = args.first() else {
        return Err(type_error("descriptor requires a 'memoryview' object"));
    };
    Ok(Value::Obj(Object::new(
        &types().memory_iterator,
        Payload::Iter(Box::new(RefCell::new(IterState::Seq {
            seq: o.clone(),
            index: 0,
        }))),
    )))
}

/// The viewed bytes of an unreleased view (`bytes(m)`, comparisons, `bytearray(m)`).
pub(crate) fn view_bytes(m: &MemView) -> Option<Vec<u8>> {
    (!m.released.get()).then(|| m.to_bytes())
}

/// Item `i` of a view for iteration (`None` past the end or once released).
pub(crate) fn iter_item(o: &Obj, i: usize) -> Option<Value> {
    match &o.payload {
        Payload::MemoryView(m) if !m.released.get() && i < m.len => Some(m.item(i)),
        _ => None,
    }
}

/// A bytes-like value for comparison: its format letter, its bytes and its items.
fn comparable(v: &Value) -> Option<(char, Vec<u8>, Vec<Value>)> {
    match v.payload() {
        Some(Payload::MemoryView(m)) if !m.released.get() => Some((
            m.format,
            m.to_bytes(),
            (0..m.len).map(|i| m.item(i)).collect(),
        )),
        Some(Payload::MemoryView(_)) => None,
        _ => crate::objects::bytes_methods::bytes_of(v).map(|b| {
            let items = b.iter().map(|&x| Value::Int(i64::from(x))).collect();
            ('B', b, items)
        }),
    }
}

fn mv_eq_impl(vm: &mut Vm, args: &[Value]) -> PyResult<Option<bool>> {
    let (a, b) = (
        args.first().cloned().unwrap_or(Value::None),
        args.get(1).cloned().unwrap_or(Value::None),
    );
    if a.is(&b) {
        return Ok(Some(true));
    }
    let (Some(x), Some(y)) = (comparable(&a), comparable(&b)) else {
        let either_view = |v: &Value| matches!(v.payload(), Some(Payload::MemoryView(_)));
        return Ok(
            if either_view(&b) || crate::objects::bytes_methods::bytes_of(&b).is_some() {
                Some(false)
            } else {
                None
            },
        );
    };
    // The same format compares bytes; different formats compare the unpacked values.
    if x.0 == y.0 {
        return Ok(Some(x.1 == y.1));
    }
    let (xs, ys) = (x.2, y.2);
    if xs.len() != ys.len() {
        return Ok(Some(false));
    }
    for (p, q) in xs.iter().zip(&ys) {
        if !vm.eq(p, q)? {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn mv_eq(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn mv_ne(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match mv_eq_impl(vm, args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(types().not_implemented.clone()),
    })
}

fn mv_hash(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(m.format) {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let b = crate::objects::bytes::new_bytes(m.to_bytes());
    Ok(Value::Int(vm.hash(&b)?))
}

fn mv_cast(_: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    let [fmt_kw, _shape] = crate::builtins::take_kwargs_builtin("cast", kw, ["format", "shape"])?;
    let fmt = args.get(1).cloned().or(fmt_kw).unwrap_or(Value::None);
    let Some(f) = fmt.as_pystr() else {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name_of(&fmt)
        )));
    };
    let text = f.to_rust();
    let letter = text.strip_prefix('@').unwrap_or(&text);
    let mut chars = letter.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let Some(size) = format_size(c) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if m.stride != m.itemsize as isize && m.len > 1 {
        return Err(type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    if !is_byte_format(c) && !is_byte_format(m.format) {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let mut v = m.derived(m.start, nbytes / size, size as isize, c, size);
    v.native_prefix = text.starts_with('@');
    Ok(new_view(v))
}

fn mv_nbytes(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    Ok(Value::Int((m.len * m.itemsize) as i64))
}

fn mv_readonly(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.readonly))
}

fn mv_format(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    let prefix = if m.native_prefix { "@" } else { "" };
    Ok(Value::str(&format!("{prefix}{}", m.format)))
}

fn mv_itemsize(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.itemsize as i64))
}

fn mv_ndim(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    this(args)?;
    Ok(Value::Int(1))
}

fn mv_shape(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = this(args)?.len as i64;
    Ok(vm.new_tuple(vec![Value::Int(n)]))
}

fn mv_strides(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args)?.stride as i64;
    Ok(vm.new_tuple(vec![Value::Int(s)]))
}

fn mv_obj(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(this(args)?.obj.clone())
}

fn mv_contiguous(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let m = this(args)?;
    Ok(Value::Bool(m.len <= 1 || m.stride == m.itemsize as isize))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("tobytes", mv_tobytes),
    ("tolist", mv_tolist),
    ("hex", mv_hex),
    ("cast", mv_cast),
    ("release", mv_release),
    ("__enter__", mv_enter),
    ("__exit__", mv_exit),
    ("__len__", mv_len),
    ("__getitem__", mv_getitem),
    ("__setitem__", mv_setitem),
    ("__iter__", mv_iter),
    ("__eq__", mv_eq),
    ("__ne__", mv_ne),
    ("__hash__", mv_hash),
];

const PROPERTIES: &[(&str, NativeFn)] = &[
    ("nbytes", mv_nbytes),
    ("readonly", mv_readonly),
    ("format", mv_format),
    ("itemsize", mv_itemsize),
    ("ndim", mv_ndim),
    ("shape", mv_shape),
    ("strides", mv_strides),
    ("obj", mv_obj),
    ("contiguous", mv_contiguous),
    ("c_contiguous", mv_contiguous),
    ("f_contiguous", mv_contiguous),
];

/// Fills the `memoryview` type and registers it as a builtin.
pub(crate) fn register(vm: &mut Vm) {
    let t = &types().memoryview;
    add_methods(t, METHODS, BuiltinKind::Method);
    add_methods(t, &[("__new__", mv_new)], BuiltinKind::Function);
    if let Some(ty) = t.as_type() {
        let mut d = ty.dict.borrow_mut();
        for &(name, func) in PROPERTIES {
            let getter = Object::new(
                &types().builtin_function,
                Payload::Builtin(BuiltinFn {
                    name,
                    func,
                    kind: BuiltinKind::Function,
                    owner: Some(ty.name.clone()),
                    sig: None,
                }),
            );
            let prop = Object::new(
                &types().property,
                Payload::Property {
                    fget: Value::Obj(getter),
                    fset: Value::None,
                    fdel: Value::None,
                },
            );
            d.set_str(name, Value::Obj(prop));
        }
    }
    vm.set_builtin("memoryview", Value::Obj(t.clone()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_decode() {
        assert!(matches!(decode_item('B', &[200]), Value::Int(200)));
        assert!(matches!(decode_item('b', &[200]), Value::Int(-56)));
        assert!(matches!(decode_item('h', &[0xff, 0xff]), Value::Int(-1)));
        assert!(matches!(decode_item('I', &[1, 0, 0, 0]), Value::Int(1)));
        assert_eq!(half_to_f64(0x3c00), 1.0);
    }
}
