//! `_hashlib`: message digests for `lib/hashlib.py` (MD5, SHA-1, SHA-2, SHA-3) computed by
//! the RustCrypto crates, behind CPython's `_hashlib.HASH` interface.
//!
//! Native so that the constructors and `update` are built-ins, as CPython's are: a bad
//! argument's traceback shows only the caller's frame. A `HASH` object keeps the bytes fed to
//! it (in a `bytearray` in its instance dict) and digests them when asked; that keeps the
//! object model free of a payload per hash algorithm, at the cost of memory proportional to
//! the data, which test programs never notice.

use std::cell::OnceCell;

use md5::Md5;
use sha1::Sha1;
use sha2::{Digest, Sha224, Sha256, Sha384, Sha512};
use sha3::{Sha3_224, Sha3_256, Sha3_384, Sha3_512};

use super::new_module;
use crate::error::{type_error, value_error, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::function::{BuiltinKind, NativeFn};
use crate::objects::typeobj::{Kind, TypeObject};
use crate::types::{add_methods, types};
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

/// `(name, digest size, block size)` of every algorithm, in `algorithms_guaranteed` order.
const ALGORITHMS: &[(&str, usize, usize)] = &[
    ("md5", 16, 64),
    ("sha1", 20, 64),
    ("sha224", 28, 64),
    ("sha256", 32, 64),
    ("sha384", 48, 128),
    ("sha512", 64, 128),
    ("sha3_224", 28, 144),
    ("sha3_256", 32, 136),
    ("sha3_384", 48, 104),
    ("sha3_512", 64, 72),
];

fn compute(name: &str, data: &[u8]) -> Option<Vec<u8>> {
    Some(match name {
        "md5" => Md5::digest(data).to_vec(),
        "sha1" => Sha1::digest(data).to_vec(),
        "sha224" => Sha224::digest(data).to_vec(),
        "sha256" => Sha256::digest(data).to_vec(),
        "sha384" => Sha384::digest(data).to_vec(),
        "sha512" => Sha512::digest(data).to_vec(),
        "sha3_224" => Sha3_224::digest(data).to_vec(),
        "sha3_256" => Sha3_256::digest(data).to_vec(),
        "sha3_384" => Sha3_384::digest(data).to_vec(),
        "sha3_512" => Sha3_512::digest(data).to_vec(),
        _ => return None,
    })
}

thread_local! {
    static HASH_CLASS: OnceCell<Obj> = const { OnceCell::new() };
}

/// The bytes of a data argument, with CPython's errors for str and non-buffers.
fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_pystr().is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    crate::objects::bytes_methods::bytes_of(v)
        .ok_or_else(|| type_error("object supporting the buffer API required"))
}

fn hash_class() -> Obj {
    HASH_CLASS.with(|c| {
        c.get_or_init(|| {
            let t = types();
            let cls = Object::new_type_object({
                let mut ty = TypeObject::builtin("HASH", Some(&t.object), Kind::Object, false);
                ty.module = "_hashlib".into();
                ty.instance_dict = true;
                ty.heap = true;
                ty
            });
            let methods: &[(&'static str, NativeFn)] = &[
                ("update", h_update),
                ("digest", h_digest),
                ("hexdigest", h_hexdigest),
                ("copy", h_copy),
                ("__repr__", h_repr),
            ];
            add_methods(&cls, methods, BuiltinKind::Method);
            cls
        })
        .clone()
    })
}

/// A new HASH object for algorithm `name` holding `data`.
fn new_hash(vm: &mut Vm, name: &str, data: Vec<u8>) -> PyResult<Value> {
    let Some(&(_, digest_size, block_size)) = ALGORITHMS.iter().find(|(n, _, _)| *n == name) else {
        return Err(value_error(format!("unsupported hash type {name}")));
    };
    let obj = Value::Obj(Object::new(&hash_class(), Payload::Instance));
    vm.setattr(&obj, "name", Value::str(name))?;
    vm.setattr(&obj, "digest_size", Value::Int(digest_size as i64))?;
    vm.setattr(&obj, "block_size", Value::Int(block_size as i64))?;
    let buf = Object::new(
        &types().bytearray,
        Payload::ByteArray(std::cell::RefCell::new(data)),
    );
    vm.setattr(&obj, "_data", Value::Obj(buf))?;
    Ok(obj)
}

/// `(name, bytes so far)` of the HASH object in `args[0]`.
fn state(vm: &mut Vm, args: &[Value]) -> PyResult<(String, Obj)> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let name = vm.getattr_str(&this, "name")?;
    let name = name
        .as_pystr()
        .map(|s| s.to_rust().into_owned())
        .ok_or_else(|| type_error("HASH object is damaged"))?;
    match vm.getattr_str(&this, "_data")? {
        Value::Obj(o) if matches!(o.payload, Payload::ByteArray(_)) => Ok((name, o)),
        _ => Err(type_error("HASH object is damaged")),
    }
}

fn digest_of(vm: &mut Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let (name, buf) = state(vm, args)?;
    let Payload::ByteArray(cell) = &buf.payload else {
        return Err(type_error("HASH object is damaged"));
    };
    let data = cell.borrow();
    compute(&name, &data).ok_or_else(|| value_error(format!("unsupported hash type {name}")))
}

fn h_update(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let data = data_arg(args.get(1).unwrap_or(&Value::None))?;
    let (_, buf) = state(vm, args)?;
    if let Payload::ByteArray(cell) = &buf.payload {
        cell.borrow_mut().extend_from_slice(&data);
    }
    Ok(Value::None)
}

fn h_digest(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(new_bytes(digest_of(vm, args)?))
}

fn h_hexdigest(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = digest_of(vm, args)?;
    let hex: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(Value::str(&hex))
}

fn h_copy(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (name, buf) = state(vm, args)?;
    let data = match &buf.payload {
        Payload::ByteArray(cell) => cell.borrow().clone(),
        _ => Vec::new(),
    };
    new_hash(vm, &name, data)
}

fn h_repr(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (name, _) = state(vm, args)?;
    Ok(Value::str(&format!(
        "<{name} _hashlib.HASH object @ {:#x}>",
        this.id()
    )))
}

/// The optional data argument of a constructor (`data` or the older `string` keyword).
fn ctor_data(args: &[Value], kw: &KwArgs, first: usize) -> PyResult<Vec<u8>> {
    let mut data = args.get(first).cloned();
    for (k, v) in kw {
        match k.as_pystr().map(|s| s.to_rust().into_owned()).as_deref() {
            Some("data") | Some("string") => data = Some(v.clone()),
            Some("usedforsecurity") => {}
            Some(other) => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for this function"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    match data {
        Some(v) => data_arg(&v),
        None => Ok(Vec::new()),
    }
}

macro_rules! constructors {
    ($($fname:ident => $alg:literal),* $(,)?) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
                let data = ctor_data(args, kw, 0)?;
                new_hash(vm, $alg, data)
            }
        )*
    };
}

constructors! {
    c_md5 => "md5",
    c_sha1 => "sha1",
    c_sha224 => "sha224",
    c_sha256 => "sha256",
    c_sha384 => "sha384",
    c_sha512 => "sha512",
    c_sha3_224 => "sha3_224",
    c_sha3_256 => "sha3_256",
    c_sha3_384 => "sha3_384",
    c_sha3_512 => "sha3_512",
}

/// `new(name, data=b'')`.
fn c_new(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let name = match args.first() {
        Some(v) => match v.as_pystr() {
            Some(s) => s.to_rust().to_lowercase(),
            None => {
                return Err(type_error(format!(
                    "new() argument 'name' must be str, not {}",
                    crate::vm::type_name_of(v)
                )))
            }
        },
        None => return Err(type_error("new() missing required argument 'name' (pos 1)")),
    };
    let data = ctor_data(args, kw, 1)?;
    new_hash(vm, &name, data)
}

/// Builds the `_hashlib` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "_hashlib",
        &[
            ("new", c_new),
            ("openssl_md5", c_md5),
            ("openssl_sha1", c_sha1),
            ("openssl_sha224", c_sha224),
            ("openssl_sha256", c_sha256),
            ("openssl_sha384", c_sha384),
            ("openssl_sha512", c_sha512),
            ("openssl_sha3_224", c_sha3_224),
            ("openssl_sha3_256", c_sha3_256),
            ("openssl_sha3_384", c_sha3_384),
            ("openssl_sha3_512", c_sha3_512),
        ],
    );
    super::set_attr(&m, "HASH", Value::Obj(hash_class()));
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_digests() {
        let hex = |v: Vec<u8>| v.iter().map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(
            compute("md5", b"").map(hex).as_deref(),
            Some("d41d8cd98f00b204e9800998ecf8427e")
        );
        assert_eq!(
            compute("sha256", b"abc").map(hex).as_deref(),
            Some("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        );
        assert!(compute("nope", b"").is_none());
    }
}
