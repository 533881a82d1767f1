//! `open()` and the file objects it returns (`_io.TextIOWrapper`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, `FileIO`), plus the few `os`/`os.path`/`tempfile`
//! functions programs need to make and remove the files they open.
//!
//! File objects are plain instances of built-in classes; their state (the OS file, the text
//! decoder's buffer) lives in a per-thread table keyed by the object's address and guarded by a
//! weak reference, so the object model needs no payload of its own. Writes go straight to the OS
//! (no write buffer), so data is never lost when an object is dropped without `close()`.
//! Text reads decode the rest of the file at once and keep, for every character, the byte
//! offset just past it: `tell()` is then exact (CPython's cookie for stateless decoders).

mod codec;
mod osmod;

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::{Rc, Weak};

use codec::Codec;

use crate::builtins::take_kwargs_builtin;
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::bytes_methods::bytes_of;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::int::as_int;
use crate::objects::str::PyStr;
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// The classes of file objects, made once per thread.
struct Classes {
    text: Obj,
    reader: Obj,
    writer: Obj,
    random: Obj,
    raw: Obj,
    unsupported: Obj,
}

/// What an open (or closed) file object holds.
struct FileState {
    owner: Weak<Object>,
    file: Option<File>,
    text: bool,
    /// `FileIO` (unbuffered binary), whose messages differ from the buffered classes'.
    raw: bool,
    readable: bool,
    writable: bool,
    codec: Codec,
    errors: String,
    /// `None`: universal newlines; otherwise the `newline=` argument.
    newline: Option<String>,
    /// Decoded characters not yet consumed, each with the absolute offset just past its bytes.
    buf: Vec<(u32, u64)>,
    bpos: usize,
    base: u64,
    /// Newline kinds seen while reading: 1 `\r`, 2 `\n`, 4 `\r\n`.
    seen: u8,
}

thread_local! {
    static FILES: RefCell<HashMap<usize, FileState>> = RefCell::new(HashMap::new());
    static CLASSES: OnceCell<Rc<Classes>> = const { OnceCell::new() };
    /// The method being run, for CPython's per-method "closed file" wording.
    static OP: std::cell::Cell<&'static str> = const { std::cell::Cell::new("") };
}

fn set_op(op: &'static str) {
    OP.with(|c| c.set(op));
}

fn classes() -> Rc<Classes> {
    CLASSES.with(|c| c.get_or_init(|| Rc::new(make_classes())).clone())
}

fn make_class(
    name: &str,
    bases: &[&Obj],
    module: &str,
    methods: &[(&'static str, NativeFn)],
) -> Obj {
    let mut ty = TypeObject::builtin(name, bases.first().copied(), Kind::Object, true);
    ty.module = module.into();
    ty.instance_dict = true;
    // Heap-like, so that `repr()` dispatches to the `__repr__` below.
    ty.heap = true;
    for b in bases.iter().skip(1) {
        let mro = ty.mro.get_mut();
        if !mro.iter().any(|m| Rc::ptr_eq(m, b)) {
            let pos = mro.len().saturating_sub(1);
            mro.insert(pos, (*b).clone());
        }
    }
    let cls = Object::new_type_object(ty);
    add_methods(&cls, methods, BuiltinKind::Method);
    cls
}

fn make_classes() -> Classes {
    let t = types();
    let props: &[(&'static str, NativeFn)] = &[
        ("closed", f_closed),
        ("newlines", f_newlines),
        ("buffer", f_buffer),
        ("raw", f_raw),
    ];
    let mk = |name: &str, text: bool| {
        let cls = make_class(name, &[&t.object], "_io", METHODS);
        if let Some(ty) = cls.as_type() {
            let mut d = ty.dict.borrow_mut();
            for &(pname, f) in props {
                let is_text_only = matches!(pname, "newlines" | "buffer");
                if (pname == "raw" && text) || (is_text_only && !text) {
                    continue;
                }
                let getter = Value::Obj(Object::new(
                    &types().builtin_function,
                    Payload::Builtin(crate::objects::function::BuiltinFn {
                        name: pname,
                        func: f,
                        kind: BuiltinKind::Function,
                        owner: None,
                        sig: None,
                    }),
                ));
                let prop = Object::new(
                    &types().property,
                    Payload::Property {
                        fget: getter,
                        fset: Value::None,
                        fdel: Value::None,
                    },
                );
                d.set_str(pname, Value::Obj(prop));
            }
        }
        cls
    };
    let unsupported = make_class(
        "UnsupportedOperation",
        &[&t.os_error, &t.value_error],
        "io",
        &[],
    );
    Classes {
        text: mk("TextIOWrapper", true),
        reader: mk("BufferedReader", false),
        writer: mk("BufferedWriter", false),
        random: mk("BufferedRandom", false),
        raw: mk("FileIO", false),
        unsupported,
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("read", f_read),
    ("readline", f_readline),
    ("readlines", f_readlines),
    ("read1", f_read1),
    ("peek", f_peek),
    ("readinto", f_readinto),
    ("write", f_write),
    ("writelines", f_writelines),
    ("seek", f_seek),
    ("tell", f_tell),
    ("truncate", f_truncate),
    ("flush", f_flush),
    ("close", f_close),
    ("fileno", f_fileno),
    ("isatty", f_isatty),
    ("readable", f_readable),
    ("writable", f_writable),
    ("seekable", f_seekable),
    ("__enter__", f_enter),
    ("__exit__", f_exit),
    ("__iter__", f_iter),
    ("__next__", f_next),
    ("__repr__", f_repr),
];

/// Registers `open` (and the small `os`, `os.path`, `tempfile`, `io` modules) in a new VM.
pub(crate) fn register(vm: &mut Vm) {
    let f = vm.new_builtin_function("open", builtin_open);
    vm.set_builtin("open", f);
    osmod::register(vm, &classes().unsupported);
    osmod::patch_os_error();
    crate::objects::codecs::patch_unicode_errors();
}

// ----- errors -------------------------------------------------------------------------------

fn closed_err() -> PyErr {
    value_error("I/O operation on closed file.")
}

fn unsupported(msg: &str) -> PyErr {
    PyErr::new(&classes().unsupported, msg)
}

/// An `OSError` subclass chosen by errno, with CPython's message and attributes.
pub(crate) fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let t = types();
    let errno = e.raw_os_error().unwrap_or(0);
    let cls = match errno {
        2 => &t.file_not_found_error,
        17 => &t.file_exists_error,
        21 => &t.is_a_directory_error,
        20 => &t.not_a_directory_error,
        1 | 13 => &t.permission_error,
        _ => &t.os_error,
    };
    let full = e.to_string();
    let strerror = match full.rfind(" (os error") {
        Some(i) => full.get(..i).unwrap_or(&full).to_string(),
        None => full.clone(),
    };
    let mut args = vec![Value::Int(i64::from(errno)), Value::str(&strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    match vm.call(&Value::Obj(cls.clone()), &args, &[]) {
        Ok(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
        Ok(_) => PyErr::with_args(cls, args),
        Err(e) => e,
    }
}

fn errno_error(vm: &mut Vm, errno: i32) -> PyErr {
    os_error(vm, &std::io::Error::from_raw_os_error(errno), None)
}

// ----- state access -------------------------------------------------------------------------

fn key(v: &Value) -> PyResult<(usize, Obj)> {
    match v {
        Value::Obj(o) => Ok((Rc::as_ptr(o) as usize, o.clone())),
        _ => Err(type_error("descriptor requires a file object")),
    }
}

/// Runs `f` on the state of file object `this`; `f` must not run Python code.
fn with<R>(this: &Value, f: impl FnOnce(&mut FileState) -> Result<R, IoErr>) -> Result<R, IoErr> {
    let (k, o) = key(this).map_err(IoErr::Py)?;
    FILES.with(|m| {
        let mut m = m.borrow_mut();
        match m.get_mut(&k) {
            Some(st) if st.owner.upgrade().is_some_and(|x| Rc::ptr_eq(&x, &o)) => f(st),
            _ => Err(IoErr::Py(type_error("descriptor requires a file object"))),
        }
    })
}

/// An error from a file operation: a Python exception or an OS error still to be converted.
enum IoErr {
    Py(PyErr),
    Os(std::io::Error),
}

impl From<PyErr> for IoErr {
    fn from(e: PyErr) -> Self {
        IoErr::Py(e)
    }
}

impl From<std::io::Error> for IoErr {
    fn from(e: std::io::Error) -> Self {
        IoErr::Os(e)
    }
}

fn run<R>(
    vm: &mut Vm,
    this: &Value,
    f: impl FnOnce(&mut FileState) -> Result<R, IoErr>,
) -> PyResult<R> {
    match with(this, f) {
        Ok(r) => Ok(r),
        Err(IoErr::Py(e)) => Err(e),
        Err(IoErr::Os(e)) => Err(os_error(vm, &e, None)),
    }
}

fn this(args: &[Value]) -> Value {
    args.first().cloned().unwrap_or(Value::None)
}

fn text_value(cps: &[u32]) -> Value {
    Value::Obj(Object::new_str(PyStr::from_code_points(cps)))
}

impl FileState {
    fn file(&mut self) -> Result<&mut File, IoErr> {
        if self.file.is_none() {
            return Err(IoErr::Py(value_error(
                self.closed_message(OP.with(|c| c.get())),
            )));
        }
        self.file.as_mut().ok_or(IoErr::Py(closed_err()))
    }

    /// CPython's text for an operation on a closed file, which depends on class and method.
    fn closed_message(&self, op: &str) -> &'static str {
        const DOT: &str = "I/O operation on closed file.";
        const NO_DOT: &str = "I/O operation on closed file";
        let plain = matches!(
            op,
            "fileno" | "readable" | "writable" | "seekable" | "isatty" | "tell"
        );
        if self.text {
            return if plain && op != "tell" { NO_DOT } else { DOT };
        }
        if self.raw {
            return if matches!(
                op,
                "flush" | "readlines" | "__iter__" | "__enter__" | "writelines"
            ) {
                DOT
            } else {
                NO_DOT
            };
        }
        match op {
            "read" => "read of closed file",
            "readline" => "readline of closed file",
            "write" => "write to closed file",
            "seek" => "seek of closed file",
            "truncate" => "truncate of closed file",
            "flush" if self.writable => "flush of closed file",
            _ if plain => NO_DOT,
            _ => DOT,
        }
    }

    fn check_readable(&mut self) -> Result<(), IoErr> {
        if !self.text && !self.raw && !self.readable {
            return Err(IoErr::Py(unsupported("read")));
        }
        self.file()?;
        if self.readable {
            Ok(())
        } else {
            Err(IoErr::Py(unsupported(if self.text {
                "not readable"
            } else {
                "read"
            })))
        }
    }

    fn check_writable(&mut self) -> Result<(), IoErr> {
        if !self.text && !self.raw && !self.writable {
            return Err(IoErr::Py(unsupported("write")));
        }
        self.file()?;
        if self.writable {
            Ok(())
        } else {
            Err(IoErr::Py(unsupported(if self.text {
                "not writable"
            } else {
                "write"
            })))
        }
    }

    /// Drops decoded-but-unread text and moves the OS position back to `tell()`.
    fn sync(&mut self) -> Result<(), IoErr> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let pos = self.text_tell()?;
        self.buf.clear();
        self.bpos = 0;
        self.file()?.seek(SeekFrom::Start(pos))?;
        Ok(())
    }

    fn text_tell(&mut self) -> Result<u64, IoErr> {
        if self.bpos > 0 {
            if let Some(&(_, off)) = self.buf.get(self.bpos - 1) {
                return Ok(off);
            }
        }
        if !self.buf.is_empty() {
            return Ok(self.base);
        }
        Ok(self.file()?.stream_position()?)
    }

    /// Makes sure unread decoded text is available (empty only at end of file).
    fn fill(&mut self) -> Result<(), IoErr> {
        if self.bpos < self.buf.len() {
            return Ok(());
        }
        let codec = self.codec;
        let errors = self.errors.clone();
        let f = self.file()?;
        let base = f.stream_position()?;
        let mut raw = Vec::new();
        f.read_to_end(&mut raw)?;
        let decoded = codec::decode(codec, &raw, &errors).map_err(|e| {
            let byte = raw.get(e.start).copied().unwrap_or(0);
            IoErr::Py(PyErr::new(
                &types().unicode_decode_error,
                if e.end - e.start > 1 {
                    format!(
                        "'{}' codec can't decode bytes in position {}-{}: {}",
                        codec.name(),
                        e.start,
                        e.end - 1,
                        e.reason
                    )
                } else {
                    format!(
                        "'{}' codec can't decode byte 0x{byte:02x} in position {}: {}",
                        codec.name(),
                        e.start,
                        e.reason
                    )
                },
            ))
        })?;
        let mut out = Vec::with_capacity(decoded.len());
        let mut i = 0;
        let cr = u32::from(b'\r');
        let lf = u32::from(b'\n');
        while let Some(&(c, end)) = decoded.get(i) {
            let end = base + end as u64;
            i += 1;
            if c == cr {
                let crlf = decoded.get(i).is_some_and(|p| p.0 == lf);
                self.seen |= if crlf { 4 } else { 1 };
                if self.newline.is_none() {
                    if crlf {
                        let e2 = decoded.get(i).map_or(end, |p| base + p.1 as u64);
                        i += 1;
                        out.push((lf, e2));
                    } else {
                        out.push((lf, end));
                    }
                    continue;
                }
                if crlf && self.newline.as_deref() == Some("") {
                    // Keep `\r\n` together but counted once in `seen`.
                    out.push((c, end));
                    if let Some(&(c2, e2)) = decoded.get(i) {
                        out.push((c2, base + e2 as u64));
                    }
                    i += 1;
                    continue;
                }
            } else if c == lf {
                self.seen |= 2;
            }
            out.push((c, end));
        }
        self.buf = out;
        self.bpos = 0;
        self.base = base;
        Ok(())
    }

    /// Reads up to `n` characters (all with `None`).
    fn read_text(&mut self, n: Option<usize>) -> Result<Vec<u32>, IoErr> {
        self.check_readable()?;
        let mut out = Vec::new();
        loop {
            if n.is_some_and(|n| out.len() >= n) {
                break;
            }
            self.fill()?;
            let avail = self.buf.len() - self.bpos;
            if avail == 0 {
                break;
            }
            let take = n.map_or(avail, |n| avail.min(n - out.len()));
            out.extend(
                self.buf
                    .get(self.bpos..self.bpos + take)
                    .unwrap_or_default()
                    .iter()
                    .map(|p| p.0),
            );
            self.bpos += take;
        }
        Ok(out)
    }

    fn readline_text(&mut self, limit: Option<usize>) -> Result<Vec<u32>, IoErr> {
        self.check_readable()?;
        self.fill()?;
        let cr = u32::from(b'\r');
        let lf = u32::from(b'\n');
        let mut out = Vec::new();
        while limit.is_none_or(|l| out.len() < l) {
            let Some(&(c, _)) = self.buf.get(self.bpos) else {
                break;
            };
            self.bpos += 1;
            out.push(c);
            let done = match self.newline.as_deref() {
                None | Some("\n") => c == lf,
                Some("") => {
                    if c == cr {
                        if self.buf.get(self.bpos).is_some_and(|p| p.0 == lf) {
                            self.bpos += 1;
                            out.push(lf);
                        }
                        true
                    } else {
                        c == lf
                    }
                }
                Some("\r") => c == cr,
                _ => c == lf && out.len() >= 2 && out.get(out.len() - 2) == Some(&cr),
            };
            if done {
                break;
            }
        }
        Ok(out)
    }

    fn read_bytes(&mut self, n: Option<usize>) -> Result<Vec<u8>, IoErr> {
        self.check_readable()?;
        let f = self.file()?;
        let mut out = Vec::new();
        match n {
            None => {
                f.read_to_end(&mut out)?;
            }
            Some(n) => {
                f.take(n as u64).read_to_end(&mut out)?;
            }
        }
        Ok(out)
    }

    fn readline_bytes(&mut self, limit: Option<usize>) -> Result<Vec<u8>, IoErr> {
        self.check_readable()?;
        let f = self.file()?;
        let mut out = Vec::new();
        // Read a chunk, keep up to the newline and step back over the rest (two system calls
        // per line rather than one per byte).
        let mut chunk = vec![0u8; 4096];
        loop {
            let want = limit.map_or(chunk.len(), |l| {
                l.saturating_sub(out.len()).min(chunk.len())
            });
            if want == 0 {
                break;
            }
            let got = f.read(chunk.get_mut(..want).unwrap_or_default())?;
            if got == 0 {
                break;
            }
            let data = chunk.get(..got).unwrap_or_default();
            if let Some(i) = data.iter().position(|&b| b == b'\n') {
                out.extend_from_slice(data.get(..=i).unwrap_or_default());
                let back = (got - i - 1) as i64;
                if back > 0 {
                    f.seek(SeekFrom::Current(-back))?;
                }
                break;
            }
            out.extend_from_slice(data);
        }
        Ok(out)
    }
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let i = crate::builtins::funcs_index(vm, v)?;
            Ok(usize::try_from(i).ok())
        }
    }
}

fn is_text(this: &Value) -> PyResult<bool> {
    FILES.with(|m| {
        let (k, _) = key(this)?;
        Ok(m.borrow().get(&k).is_some_and(|s| s.text))
    })
}

// ----- methods ------------------------------------------------------------------------------

fn f_read(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("read");
    let s = this(args);
    let n = size_arg(vm, args.get(1))?;
    if is_text(&s)? {
        let t = run(vm, &s, |st| st.read_text(n))?;
        Ok(text_value(&t))
    } else {
        let b = run(vm, &s, |st| st.read_bytes(n))?;
        Ok(new_bytes(b))
    }
}

fn f_read1(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if is_text(&this(args))? {
        return Err(PyErr::new(
            &types().attribute_error,
            "'_io.TextIOWrapper' object has no attribute 'read1'",
        ));
    }
    f_read(vm, args, kw)
}

fn f_peek(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("read");
    let s = this(args);
    let b = run(vm, &s, |st| {
        st.check_readable()?;
        let f = st.file()?;
        let pos = f.stream_position()?;
        let mut out = Vec::new();
        f.take(8192).read_to_end(&mut out)?;
        f.seek(SeekFrom::Start(pos))?;
        Ok(out)
    })?;
    Ok(new_bytes(b))
}

fn f_readinto(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("read");
    let s = this(args);
    let target = args.get(1).cloned().unwrap_or(Value::None);
    let Some(Payload::ByteArray(cell)) = target.payload() else {
        return Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name_of(&target)
        )));
    };
    let n = cell.borrow().len();
    let data = run(vm, &s, |st| st.read_bytes(Some(n)))?;
    let mut b = cell.borrow_mut();
    for (dst, src) in b.iter_mut().zip(data.iter()) {
        *dst = *src;
    }
    Ok(Value::Int(data.len() as i64))
}

fn f_readline(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("readline");
    let s = this(args);
    let n = size_arg(vm, args.get(1))?;
    if is_text(&s)? {
        let t = run(vm, &s, |st| st.readline_text(n))?;
        Ok(text_value(&t))
    } else {
        let b = run(vm, &s, |st| st.readline_bytes(n))?;
        Ok(new_bytes(b))
    }
}

fn f_readlines(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("readlines");
    let s = this(args);
    let hint = size_arg(vm, args.get(1))?.filter(|&h| h > 0);
    let text = is_text(&s)?;
    run(vm, &s, |st| st.file().map(|_| ()))?;
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = if text {
            let t = run(vm, &s, |st| st.readline_text(None))?;
            if t.is_empty() {
                break;
            }
            total += t.len();
            text_value(&t)
        } else {
            let b = run(vm, &s, |st| st.readline_bytes(None))?;
            if b.is_empty() {
                break;
            }
            total += b.len();
            new_bytes(b)
        };
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(vm.new_list(lines))
}

fn write_one(vm: &mut Vm, s: &Value, data: &Value) -> PyResult<usize> {
    if is_text(s)? {
        let Some(text) = data.as_pystr() else {
            return Err(type_error(format!(
                "write() argument must be str, not {}",
                type_name_of(data)
            )));
        };
        let cps: Vec<u32> = text.code_points().collect();
        let n = cps.len();
        run(vm, s, |st| {
            st.check_writable()?;
            // As CPython's buffered layer: a write after reading lands where the read-ahead
            // stopped (here the end of the file), not at `tell()`.
            st.buf.clear();
            st.bpos = 0;
            let mut cps = cps;
            if let Some(nl) = st
                .newline
                .as_deref()
                .filter(|nl| !nl.is_empty() && *nl != "\n")
            {
                let nl: Vec<u32> = nl.chars().map(u32::from).collect();
                let mut out = Vec::with_capacity(cps.len());
                for c in cps {
                    if c == u32::from(b'\n') {
                        out.extend_from_slice(&nl);
                    } else {
                        out.push(c);
                    }
                }
                cps = out;
            }
            let codec = st.codec;
            let errors = st.errors.clone();
            let f = st.file()?;
            let bom = f.stream_position()? == 0;
            let bytes = codec::encode(codec, &cps, &errors, bom).map_err(|e| {
                let ch = cps.get(e.start).copied().unwrap_or(0);
                let chr = if ch < 0x100 {
                    format!("\\x{ch:02x}")
                } else if ch < 0x10000 {
                    format!("\\u{ch:04x}")
                } else {
                    format!("\\U{ch:08x}")
                };
                IoErr::Py(PyErr::new(
                    &types().unicode_encode_error,
                    format!(
                        "'{}' codec can't encode character '{chr}' in position {}: {}",
                        codec.name(),
                        e.start,
                        e.reason
                    ),
                ))
            })?;
            f.write_all(&bytes)?;
            Ok(n)
        })
    } else {
        let Some(bytes) = bytes_of(data) else {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(data)
            )));
        };
        run(vm, s, |st| {
            st.check_writable()?;
            st.file()?.write_all(&bytes)?;
            Ok(bytes.len())
        })
    }
}

fn f_write(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("write");
    crate::builtins::check_arity("write", args.get(1..).unwrap_or_default(), 1, 1)?;
    let n = write_one(
        vm,
        &this(args),
        &args.get(1).cloned().unwrap_or(Value::None),
    )?;
    Ok(Value::Int(n as i64))
}

fn f_writelines(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("writelines");
    let s = this(args);
    run(vm, &s, |st| st.file().map(|_| ()))?;
    let items = vm.collect_iter(&args.get(1).cloned().unwrap_or(Value::None))?;
    for it in &items {
        write_one(vm, &s, it)?;
    }
    Ok(Value::None)
}

fn f_seek(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("seek");
    let s = this(args);
    let off = match args.get(1).and_then(as_int) {
        Some(i) => i.to_big(),
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&args.get(1).cloned().unwrap_or(Value::None))
            )))
        }
    };
    let off: i64 =
        i64::try_from(&off).map_err(|_| crate::error::overflow_error("seek offset too large"))?;
    let whence = match args.get(2) {
        None => 0,
        Some(v) => as_int(v)
            .and_then(|i| i64::try_from(&i.to_big()).ok())
            .unwrap_or(-1),
    };
    let text = is_text(&s)?;
    let r = with(&s, |st| {
        st.file()?;
        if text {
            match whence {
                0 if off < 0 => {
                    return Err(IoErr::Py(value_error(format!(
                        "negative seek position {off}"
                    ))))
                }
                1 if off != 0 => {
                    return Err(IoErr::Py(unsupported(
                        "can't do nonzero cur-relative seeks",
                    )))
                }
                2 if off != 0 => {
                    return Err(IoErr::Py(unsupported(
                        "can't do nonzero end-relative seeks",
                    )))
                }
                0..=2 => {}
                _ => {
                    return Err(IoErr::Py(value_error(format!(
                        "invalid whence ({whence}, should be 0, 1 or 2)"
                    ))))
                }
            }
            if whence == 1 {
                return st.text_tell();
            }
            st.buf.clear();
            st.bpos = 0;
        }
        let target = match whence {
            0 => match u64::try_from(off) {
                Ok(o) => SeekFrom::Start(o),
                Err(_) => return Err(IoErr::Os(std::io::Error::from_raw_os_error(22))),
            },
            1 => SeekFrom::Current(off),
            2 => SeekFrom::End(off),
            _ => {
                return Err(IoErr::Py(value_error(format!(
                    "whence value {whence} unsupported"
                ))))
            }
        };
        Ok(st.file()?.seek(target)?)
    });
    match r {
        Ok(p) => Ok(Value::Int(p as i64)),
        Err(IoErr::Py(e)) => Err(e),
        Err(IoErr::Os(e)) => Err(os_error(vm, &e, None)),
    }
}

fn f_tell(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("tell");
    let s = this(args);
    let text = is_text(&s)?;
    let p = run(vm, &s, |st| {
        if text {
            st.text_tell()
        } else {
            Ok(st.file()?.stream_position()?)
        }
    })?;
    Ok(Value::Int(p as i64))
}

fn f_truncate(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("truncate");
    let s = this(args);
    let size = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            as_int(v)
                .and_then(|i| u64::try_from(&i.to_big()).ok())
                .ok_or_else(|| value_error("negative size value"))?,
        ),
    };
    let p = run(vm, &s, |st| {
        st.file()?;
        st.check_writable()?;
        st.sync()?;
        let f = st.file()?;
        let size = match size {
            Some(n) => n,
            None => f.stream_position()?,
        };
        f.set_len(size)?;
        Ok(size)
    })?;
    Ok(Value::Int(p as i64))
}

fn f_flush(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("flush");
    run(vm, &this(args), |st| st.file().map(|_| ()))?;
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    run(vm, &this(args), |st| {
        st.file = None;
        st.buf = Vec::new();
        Ok(())
    })?;
    Ok(Value::None)
}

fn f_fileno(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("fileno");
    use std::os::fd::AsRawFd;
    let fd = run(vm, &this(args), |st| Ok(st.file()?.as_raw_fd()))?;
    Ok(Value::Int(i64::from(fd)))
}

fn f_isatty(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("isatty");
    use std::io::IsTerminal;
    let t = run(vm, &this(args), |st| Ok(st.file()?.is_terminal()))?;
    Ok(Value::Bool(t))
}

fn f_readable(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("readable");
    let r = run(vm, &this(args), |st| {
        st.file()?;
        Ok(st.readable)
    })?;
    Ok(Value::Bool(r))
}

fn f_writable(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("writable");
    let r = run(vm, &this(args), |st| {
        st.file()?;
        Ok(st.writable)
    })?;
    Ok(Value::Bool(r))
}

fn f_seekable(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("seekable");
    let r = run(vm, &this(args), |st| {
        let f = st.file()?;
        Ok(f.stream_position().is_ok())
    })?;
    Ok(Value::Bool(r))
}

fn f_enter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("__enter__");
    let s = this(args);
    run(vm, &s, |st| st.file().map(|_| ()))?;
    Ok(s)
}

fn f_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    f_close(vm, args.get(..1).unwrap_or_default(), kw)
}

fn f_iter(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    set_op("__iter__");
    let s = this(args);
    run(vm, &s, |st| st.file().map(|_| ()))?;
    Ok(s)
}

fn f_next(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let line = f_readline(vm, args.get(..1).unwrap_or_default(), kw)?;
    let empty = match &line {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.is_empty(),
            Payload::Bytes(b) => b.is_empty(),
            _ => false,
        },
        _ => false,
    };
    if empty {
        return Err(PyErr::with_args(&types().stop_iteration, Vec::new()));
    }
    Ok(line)
}

fn attr(vm: &mut Vm, s: &Value, name: &str) -> Option<Value> {
    let d = s.as_obj()?.instance_dict()?.clone();
    vm.dict_get(&d, &Value::str(name)).ok().flatten()
}

fn f_repr(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let s = this(args);
    let cls = s
        .as_obj()
        .and_then(|o| o.class().as_type().map(|t| t.name.to_string()))
        .unwrap_or_default();
    let mut out = format!("<_io.{cls}");
    for a in ["name", "mode", "encoding"] {
        if let Some(v) = attr(vm, &s, a) {
            let r = vm.repr(&v)?;
            let r = r
                .as_pystr()
                .map(|p| p.to_rust().into_owned())
                .unwrap_or_default();
            out.push_str(&format!(" {a}={r}"));
        }
    }
    out.push('>');
    Ok(Value::str(&out))
}

fn f_closed(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let r = with(&this(args), |st| Ok(st.file.is_none()));
    match r {
        Ok(b) => Ok(Value::Bool(b)),
        Err(IoErr::Py(e)) => Err(e),
        Err(IoErr::Os(_)) => Ok(Value::Bool(true)),
    }
}

fn f_newlines(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let seen = run(vm, &this(args), |st| Ok(st.seen))?;
    let kinds: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(b, _)| seen & b != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds.into_iter().next().unwrap_or(Value::None),
        _ => Value::Obj(Object::new(&types().tuple, Payload::Tuple(kinds.into()))),
    })
}

/// A binary view of the same OS file (`f.buffer` / `f.raw`).
fn sub_object(vm: &mut Vm, s: &Value, raw: bool) -> PyResult<Value> {
    let (file, readable, writable) = run(vm, s, |st| {
        let f = st.file()?.try_clone()?;
        Ok((f, st.readable, st.writable))
    })?;
    let c = classes();
    let cls = if raw {
        &c.raw
    } else if readable && writable {
        &c.random
    } else if writable {
        &c.writer
    } else {
        &c.reader
    };
    let name = attr(vm, s, "name").unwrap_or(Value::None);
    let mode = attr(vm, s, "mode").unwrap_or(Value::None);
    Ok(new_file(
        cls,
        file,
        false,
        readable,
        writable,
        Codec::Utf8,
        "strict",
        None,
        &[("name", name), ("mode", mode)],
    ))
}

fn f_buffer(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    sub_object(vm, &this(args), false)
}

fn f_raw(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    sub_object(vm, &this(args), true)
}

#[allow(clippy::too_many_arguments)]
fn new_file(
    cls: &Obj,
    file: File,
    text: bool,
    readable: bool,
    writable: bool,
    codec: Codec,
    errors: &str,
    newline: Option<String>,
    attrs: &[(&str, Value)],
) -> Value {
    let raw = Rc::ptr_eq(cls, &classes().raw);
    let o = Object::new(cls, Payload::Instance);
    if let Some(d) = o.instance_dict_or_create() {
        if let Payload::Dict(d) = &d.payload {
            let mut d = d.borrow_mut();
            for (k, v) in attrs {
                d.set_str(k, v.clone());
            }
        }
    }
    let st = FileState {
        owner: Rc::downgrade(&o),
        file: Some(file),
        text,
        raw,
        readable,
        writable,
        codec,
        errors: errors.to_string(),
        newline,
        buf: Vec::new(),
        bpos: 0,
        base: 0,
        seen: 0,
    };
    FILES.with(|m| {
        let mut m = m.borrow_mut();
        // Forget files whose objects are gone (their OS files close here).
        if m.len() > 64 {
            m.retain(|_, s| s.owner.strong_count() > 0);
        }
        m.insert(Rc::as_ptr(&o) as usize, st);
    });
    Value::Obj(o)
}

// ----- open() -------------------------------------------------------------------------------

fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(Some(s.to_rust().into_owned())),
            None => Err(type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                type_name_of(v)
            ))),
        },
    }
}

/// The path (or descriptor) named by `open()`'s first argument.
pub(crate) fn fspath(vm: &mut Vm, v: &Value) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(s) = v.as_pystr() {
        return Ok(s.to_rust().into_owned().into());
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(std::ffi::OsStr::from_bytes(b).into());
    }
    if let Some(r) = vm.call_dunder(v, "__fspath__", &[])? {
        if r.as_pystr().is_some() || matches!(r.payload(), Some(Payload::Bytes(_))) {
            return fspath(vm, &r);
        }
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name_of(v)
    )))
}

fn builtin_open(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if args.len() > NAMES.len() {
        return Err(type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.len()
        )));
    }
    let kws = take_kwargs_builtin("open", kw, NAMES)?;
    let mut a: [Option<Value>; 8] = std::array::from_fn(|i| args.get(i).cloned());
    for (i, v) in kws.into_iter().enumerate() {
        if let Some(v) = v {
            if a.get(i).is_some_and(Option::is_some) {
                return Err(type_error(format!(
                    "argument for open() given by name ('{}') and position ({})",
                    NAMES.get(i).unwrap_or(&""),
                    i + 1
                )));
            }
            if let Some(slot) = a.get_mut(i) {
                *slot = Some(v);
            }
        }
    }
    let [file, mode, buffering, encoding, errors, newline, _closefd, _opener] = a;
    let Some(file) = file else {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let mode = match &mode {
        None => "r".to_string(),
        Some(v) => match v.as_pystr() {
            Some(m) => m.to_rust().into_owned(),
            None => {
                return Err(type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    type_name_of(v)
                )))
            }
        },
    };
    let encoding = opt_str(&encoding, "encoding")?;
    let errors = opt_str(&errors, "errors")?;
    let newline = opt_str(&newline, "newline")?;
    let buffering = match &buffering {
        None | Some(Value::None) => -1,
        Some(v) => as_int(v)
            .and_then(|i| i64::try_from(&i.to_big()).ok())
            .unwrap_or(-1),
    };

    // Mode validation, in CPython's order and words.
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let has = |c| mode.contains(c);
    let (creating, reading, writing, appending, updating) =
        (has('x'), has('r'), has('w'), has('a'), has('+'));
    let (text, binary) = (has('t'), has('b'));
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let kinds = [creating, reading, writing, appending]
        .iter()
        .filter(|b| **b)
        .count();
    if kinds > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if binary && buffering == 1 {
        // CPython warns (RuntimeWarning) and carries on.
    }
    if kinds == 0 {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }

    // Open the OS file.
    let readable = reading || updating;
    let writable = !reading || updating;
    let f = if let Value::Int(fd) = &file {
        if *fd < 0 {
            return Err(value_error("negative file descriptor"));
        }
        let mut o = OpenOptions::new();
        o.read(readable).write(writable).append(appending);
        match o.open(format!("/dev/fd/{fd}")) {
            Ok(f) => f,
            Err(_) => return Err(errno_error(vm, 9)),
        }
    } else {
        let path = fspath(vm, &file)?;
        let mut o = OpenOptions::new();
        o.read(readable);
        if writing {
            o.write(true).create(true).truncate(true);
        } else if appending {
            o.append(true).create(true);
        } else if creating {
            o.write(true).create_new(true);
        } else if updating {
            o.write(true);
        }
        let f = o.open(&path).map_err(|e| os_error(vm, &e, Some(&file)))?;
        if f.metadata().is_ok_and(|m| m.is_dir()) {
            return Err(os_error(
                vm,
                &std::io::Error::from_raw_os_error(21),
                Some(&file),
            ));
        }
        f
    };
    if appending {
        let mut f2 = &f;
        let _ = f2.seek(SeekFrom::End(0));
    }

    // CPython makes these checks once the OS file is open (a "w" file is truncated).
    if !binary && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline {
        if !["", "\n", "\r", "\r\n"].contains(&nl.as_str()) {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    let c = classes();
    if binary {
        let raw_mode = if creating {
            "xb"
        } else if appending {
            "ab"
        } else if readable {
            "rb"
        } else {
            "wb"
        };
        let raw_mode = format!("{raw_mode}{}", if updating { "+" } else { "" });
        let cls = if buffering == 0 {
            &c.raw
        } else if updating {
            &c.random
        } else if readable {
            &c.reader
        } else {
            &c.writer
        };
        let attrs = [("name", file.clone()), ("mode", Value::str(&raw_mode))];
        return Ok(new_file(
            cls,
            f,
            false,
            readable,
            writable,
            Codec::Utf8,
            "strict",
            None,
            &attrs,
        ));
    }
    let enc_name = encoding.unwrap_or_else(|| "UTF-8".into());
    let Some(codec) = Codec::lookup(&enc_name) else {
        return Err(PyErr::new(
            &types().lookup_error,
            format!("unknown encoding: {enc_name}"),
        ));
    };
    let errors = errors.unwrap_or_else(|| "strict".into());
    let attrs = [
        ("name", file.clone()),
        ("mode", Value::str(&mode)),
        ("encoding", Value::str(&enc_name)),
        ("errors", Value::str(&errors)),
        ("line_buffering", Value::Bool(buffering == 1)),
    ];
    Ok(new_file(
        &c.text, f, true, readable, writable, codec, &errors, newline, &attrs,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mode_validation_messages() {
        let mut vm = Vm::new();
        for (mode, msg) in [
            (
                "rw",
                "must have exactly one of create/read/write/append mode",
            ),
            ("z", "invalid mode: 'z'"),
            ("rbt", "can't have text and binary mode at once"),
        ] {
            let e = builtin_open(
                &mut vm,
                &[Value::str("/nonexistent/x"), Value::str(mode)],
                &[],
            )
            .err()
            .map(|e| e.type_name());
            assert_eq!(e.as_deref(), Some("ValueError"), "{msg}");
        }
    }

    #[test]
    fn write_then_read_text() {
        let mut vm = Vm::new();
        let dir = std::env::temp_dir().join(format!("pyvm-io-test-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let p = dir.join("t.txt");
        let ps = Value::str(&p.to_string_lossy());
        let f = builtin_open(&mut vm, &[ps.clone(), Value::str("w")], &[]).unwrap();
        write_one(&mut vm, &f, &Value::str("a\r\nb\n")).unwrap();
        f_close(&mut vm, &[f], &[]).unwrap();
        let f = builtin_open(&mut vm, &[ps], &[]).unwrap();
        let line = f_readline(&mut vm, std::slice::from_ref(&f), &[]).unwrap();
        assert_eq!(
            line.as_pystr().map(|s| s.to_rust().into_owned()).as_deref(),
            Some("a\n")
        );
        let pos = f_tell(&mut vm, &[f], &[]).unwrap();
        assert!(matches!(pos, Value::Int(3)));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
