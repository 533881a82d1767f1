//! `posix`: the operating-system calls that `os` re-exports (CPython's `posixmodule.c`).
//!
//! The calls are Rust (`std::fs`, `std::env`, raw descriptors through `std::os::fd`); the
//! record types (`stat_result`, `DirEntry`, `uname_result`, `times_result`) and the keyword
//! handling are a short Python prelude run in the module's namespace, because named tuple-like
//! records read best in Python. Every failure is an `OSError` subclass picked by errno, with
//! CPython's `[Errno N] text: 'name'` message (see [`crate::io::os_error`]).
//!
//! pyvm links no C library crate, so the few calls `std` does not offer are approximated:
//! `access` checks permission bits, `umask` is not provided, `get_terminal_size` reports
//! `ENOTTY` (as CPython does when standard output is not a terminal).

use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{new_module, run_prelude, set_attr};
use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::io::{fspath, os_error};
use crate::object::{Obj, Payload};
use crate::objects::bytes::new_bytes;
use crate::objects::int::as_int;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

/// The record types and keyword-taking wrappers, run in the module's namespace.
const PRELUDE: &str = include_str!("posix_prelude.py");

/// Builds the module (on first `import posix`, i.e. on first `import os`).
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "posix",
        &[
            ("_stat", p_stat),
            ("_fstat", p_fstat),
            ("_scandir", p_scandir),
            ("listdir", p_listdir),
            ("_mkdir", p_mkdir),
            ("rmdir", p_rmdir),
            ("remove", p_remove),
            ("unlink", p_remove),
            ("rename", p_rename),
            ("replace", p_rename),
            ("getcwd", p_getcwd),
            ("getcwdb", p_getcwdb),
            ("chdir", p_chdir),
            ("_environ", p_environ),
            ("putenv", p_putenv),
            ("unsetenv", p_unsetenv),
            ("getpid", p_getpid),
            ("urandom", p_urandom),
            ("strerror", p_strerror),
            ("_open", p_open),
            ("read", p_read),
            ("write", p_write),
            ("close", p_close),
            ("lseek", p_lseek),
            ("_access", p_access),
            ("_symlink", p_symlink),
            ("readlink", p_readlink),
            ("_utime", p_utime),
            ("cpu_count", p_cpu_count),
            ("get_terminal_size", p_get_terminal_size),
            ("_uname", p_uname),
            ("chmod", p_chmod),
            ("isatty", p_isatty),
        ],
    );
    for (n, v) in [
        ("O_RDONLY", 0),
        ("O_WRONLY", 1),
        ("O_RDWR", 2),
        ("O_CREAT", 0o100),
        ("O_EXCL", 0o200),
        ("O_NOCTTY", 0o400),
        ("O_TRUNC", 0o1000),
        ("O_APPEND", 0o2000),
        ("O_NONBLOCK", 0o4000),
        ("O_DIRECTORY", 0o200000),
        ("O_NOFOLLOW", 0o400000),
        ("O_CLOEXEC", 0o2000000),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("F_OK", 0),
        ("X_OK", 1),
        ("W_OK", 2),
        ("R_OK", 4),
    ] {
        set_attr(&m, n, Value::Int(v));
    }
    run_prelude(vm, &m, PRELUDE, "posix")?;
    Ok(m)
}

fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

fn is_bytes(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Bytes(_)))
}

/// A path result in the type the caller used: bytes for a bytes argument, str otherwise.
fn path_out(as_bytes: bool, p: &std::ffi::OsStr) -> Value {
    if as_bytes {
        new_bytes(p.as_bytes().to_vec())
    } else {
        Value::str(&p.to_string_lossy())
    }
}

fn int_arg(v: &Value, func: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        _ => match as_int(v) {
            Some(_) => Err(crate::error::overflow_error(format!(
                "{func}(): integer out of range"
            ))),
            None => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(v)
            ))),
        },
    }
}

fn fd_arg(v: &Value) -> PyResult<i32> {
    let i = int_arg(v, "fd")?;
    i32::try_from(i).map_err(|_| crate::error::overflow_error("fd is greater than maximum"))
}

fn bad_fd(vm: &mut Vm) -> PyErr {
    os_error(vm, &std::io::Error::from_raw_os_error(9), None)
}

/// Runs `f` on descriptor `fd` without taking ownership of it.
fn with_fd<T>(
    vm: &mut Vm,
    fd: i32,
    f: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    if fd < 0 {
        return Err(bad_fd(vm));
    }
    // SAFETY: the File is never dropped (ManuallyDrop), so the descriptor stays open and owned
    // by the Python program; an invalid descriptor makes the calls fail with EBADF.
    let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f(&mut file).map_err(|e| os_error(vm, &e, None))
}

/// An `OSError` naming two paths (`rename`, `symlink`), as CPython's `'a' -> 'b'`.
fn os_error2(vm: &mut Vm, e: &std::io::Error, a: &Value, b: &Value) -> PyErr {
    let t = types();
    let errno = e.raw_os_error().unwrap_or(0);
    let args = [
        Value::Int(i64::from(errno)),
        Value::str(&strerror_text(errno)),
        a.clone(),
        Value::None,
        b.clone(),
    ];
    match vm.call(&Value::Obj(t.os_error.clone()), &args, &[]) {
        Ok(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => PyErr(o),
        Ok(_) => PyErr::with_args(&t.os_error, args.to_vec()),
        Err(e) => e,
    }
}

fn strerror_text(errno: i32) -> String {
    let full = std::io::Error::from_raw_os_error(errno).to_string();
    match full.rfind(" (os error") {
        Some(i) => full.get(..i).unwrap_or(&full).to_string(),
        None => full,
    }
}

fn time_parts(t: i64, nsec: i64) -> (Value, Value, Value) {
    let ns = i128::from(t) * 1_000_000_000 + i128::from(nsec);
    let f = t as f64 + nsec as f64 * 1e-9;
    let ns_v = match i64::try_from(ns) {
        Ok(n) => Value::Int(n),
        Err(_) => crate::objects::int::from_big(num_bigint::BigInt::from(ns)),
    };
    (Value::Int(t), Value::Float(f), ns_v)
}

fn meta_tuple(vm: &Vm, m: &std::fs::Metadata) -> Value {
    let u = |x: u64| Value::Int(i64::try_from(x).unwrap_or(i64::MAX));
    let (ai, af, an) = time_parts(m.atime(), m.atime_nsec());
    let (mi, mf, mn) = time_parts(m.mtime(), m.mtime_nsec());
    let (ci, cf, cn) = time_parts(m.ctime(), m.ctime_nsec());
    vm.new_tuple(vec![
        Value::Int(i64::from(m.mode())),
        u(m.ino()),
        u(m.dev()),
        u(m.nlink()),
        Value::Int(i64::from(m.uid())),
        Value::Int(i64::from(m.gid())),
        u(m.size()),
        ai,
        mi,
        ci,
        af,
        mf,
        cf,
        an,
        mn,
        cn,
        u(m.blksize()),
        u(m.blocks()),
        u(m.rdev()),
    ])
}

/// `_stat(path, follow_symlinks)`: the raw fields behind `stat_result`.
fn p_stat(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    if matches!(a, Value::Int(_)) {
        return p_fstat(vm, args, &[]);
    }
    let p = fspath(vm, &a)?;
    let follow = vm.truthy(&arg(args, 1))?;
    let r = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    match r {
        Ok(m) => Ok(meta_tuple(vm, &m)),
        Err(e) => Err(os_error(vm, &e, Some(&a))),
    }
}

fn p_fstat(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let fd = fd_arg(&arg(args, 0))?;
    let m = with_fd(vm, fd, |f| f.metadata())?;
    Ok(meta_tuple(vm, &m))
}

/// `_scandir(path)`: a list of `(name, path, d_type)` with d_type 1 dir, 2 file, 3 link, 0 other.
fn p_scandir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = match args.first() {
        Some(Value::None) | None => Value::str("."),
        Some(v) => v.clone(),
    };
    let as_bytes = is_bytes(&a);
    let p = fspath(vm, &a)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    let mut out = Vec::new();
    for e in rd.flatten() {
        let kind = match e.file_type() {
            Ok(t) if t.is_symlink() => 3,
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            _ => 0,
        };
        let name = e.file_name();
        out.push(vm.new_tuple(vec![path_out(as_bytes, &name), Value::Int(kind)]));
    }
    Ok(vm.new_list(out))
}

fn p_listdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = match args.first() {
        Some(Value::None) | None => Value::str("."),
        Some(v) => v.clone(),
    };
    let as_bytes = is_bytes(&a);
    let p = fspath(vm, &a)?;
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    let mut names = Vec::new();
    for e in rd.flatten() {
        names.push(path_out(as_bytes, &e.file_name()));
    }
    Ok(vm.new_list(names))
}

fn path_op(
    vm: &mut Vm,
    args: &[Value],
    op: impl FnOnce(&std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    op(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::None)
}

fn p_mkdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mode = match args.get(1) {
        Some(v) => u32::try_from(int_arg(v, "mkdir")? & 0o7777).unwrap_or(0o777),
        None => 0o777,
    };
    path_op(vm, args, |p| {
        std::fs::DirBuilder::new().mode(mode).create(p)
    })
}

fn p_rmdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    path_op(vm, args, |p| std::fs::remove_dir(p))
}

fn p_remove(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    // unlink(2) on a directory reports EISDIR on Linux; std reports it the same way.
    std::fs::remove_file(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::None)
}

fn p_rename(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let b = arg(args, 1);
    let pa = fspath(vm, &a)?;
    let pb = fspath(vm, &b)?;
    std::fs::rename(&pa, &pb).map_err(|e| os_error2(vm, &e, &a, &b))?;
    Ok(Value::None)
}

fn p_getcwd(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(path_out(false, p.as_os_str())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn p_getcwdb(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => Ok(path_out(true, p.as_os_str())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn p_chdir(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    path_op(vm, args, |p| std::env::set_current_dir(p))
}

/// `_environ()`: the process environment as a list of `(bytes, bytes)` pairs.
fn p_environ(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mut out = Vec::new();
    for (k, v) in std::env::vars_os() {
        out.push(vm.new_tuple(vec![new_bytes(k.into_vec()), new_bytes(v.into_vec())]));
    }
    Ok(vm.new_list(out))
}

fn env_name(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::OsString> {
    let p = fspath(vm, v)?;
    Ok(p.into_os_string())
}

fn p_putenv(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let k = env_name(vm, &arg(args, 0))?;
    let v = env_name(vm, &arg(args, 1))?;
    if k.is_empty() || k.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    if k.as_bytes().contains(&0) || v.as_bytes().contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn p_unsetenv(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let k = env_name(vm, &arg(args, 0))?;
    if k.is_empty() || k.as_bytes().contains(&b'=') || k.as_bytes().contains(&0) {
        return Err(value_error("illegal environment variable name"));
    }
    std::env::remove_var(k);
    Ok(Value::None)
}

fn p_getpid(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(i64::from(std::process::id())))
}

fn p_urandom(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = int_arg(&arg(args, 0), "urandom")?;
    let n = usize::try_from(n).map_err(|_| value_error("negative argument not allowed"))?;
    let mut buf = vec![0u8; n];
    File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(vm, &e, None))?;
    Ok(new_bytes(buf))
}

fn p_strerror(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let n = int_arg(&arg(args, 0), "strerror")?;
    let n = i32::try_from(n).unwrap_or(-1);
    Ok(Value::str(&strerror_text(n)))
}

/// `_open(path, flags, mode)`.
fn p_open(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    let flags = int_arg(&arg(args, 1), "open")?;
    let mode = match args.get(2) {
        Some(v) => int_arg(v, "open")?,
        None => 0o777,
    };
    let mut o = std::fs::OpenOptions::new();
    match flags & 3 {
        0 => o.read(true),
        1 => o.write(true),
        _ => o.read(true).write(true),
    };
    if flags & 0o100 != 0 {
        if flags & 0o200 != 0 {
            o.create_new(true);
        } else {
            o.create(true);
        }
    }
    if flags & 0o1000 != 0 {
        o.truncate(true);
    }
    if flags & 0o2000 != 0 {
        o.append(true);
    }
    let extra = flags & !(3 | 0o100 | 0o200 | 0o1000 | 0o2000);
    o.custom_flags(i32::try_from(extra).unwrap_or(0));
    o.mode(u32::try_from(mode & 0o7777).unwrap_or(0o777));
    let f = o.open(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::Int(i64::from(f.into_raw_fd())))
}

fn p_read(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let fd = fd_arg(&arg(args, 0))?;
    let n = int_arg(&arg(args, 1), "read")?;
    let n = usize::try_from(n).map_err(|_| value_error("negative length not allowed"))?;
    let mut buf = vec![0u8; n.min(1 << 30)];
    let got = with_fd(vm, fd, |f| f.read(&mut buf))?;
    buf.truncate(got);
    Ok(new_bytes(buf))
}

fn p_write(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let fd = fd_arg(&arg(args, 0))?;
    let data = arg(args, 1);
    let bytes: Vec<u8> = match data.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(&data)
            )))
        }
    };
    let n = with_fd(vm, fd, |f| f.write(&bytes))?;
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn p_close(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let fd = fd_arg(&arg(args, 0))?;
    if fd < 0 {
        return Err(bad_fd(vm));
    }
    // Check the descriptor is open first: dropping a File on a closed one would abort.
    with_fd(vm, fd, |f| f.metadata().map(|_| ()))?;
    // SAFETY: the descriptor is open (checked above) and the program gives it up by closing.
    drop(unsafe { File::from_raw_fd(fd) });
    Ok(Value::None)
}

fn p_lseek(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let fd = fd_arg(&arg(args, 0))?;
    let pos = int_arg(&arg(args, 1), "lseek")?;
    let how = int_arg(&arg(args, 2), "lseek")?;
    let from = match how {
        0 => SeekFrom::Start(u64::try_from(pos).unwrap_or(u64::MAX)),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None)),
    };
    if how == 0 && pos < 0 {
        return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), None));
    }
    let r = with_fd(vm, fd, |f| f.seek(from))?;
    Ok(Value::Int(i64::try_from(r).unwrap_or(i64::MAX)))
}

/// `_access(path, mode)`: existence, then the permission bits (root may read and write
/// anything, and execute anything with an x bit).
fn p_access(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let p = fspath(vm, &arg(args, 0))?;
    let mode = int_arg(&arg(args, 1), "access")?;
    let Ok(m) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    let bits = m.permissions().mode();
    let root = std::fs::metadata("/proc/self")
        .map(|s| s.uid() == 0)
        .unwrap_or(false);
    let ok = |want: i64, mask: u32| mode & want == 0 || root && want != 1 || bits & mask != 0;
    Ok(Value::Bool(ok(4, 0o444) && ok(2, 0o222) && ok(1, 0o111)))
}

fn p_symlink(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let b = arg(args, 1);
    let pa = fspath(vm, &a)?;
    let pb = fspath(vm, &b)?;
    std::os::unix::fs::symlink(&pa, &pb).map_err(|e| os_error2(vm, &e, &a, &b))?;
    Ok(Value::None)
}

fn p_readlink(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let p = fspath(vm, &a)?;
    let t = std::fs::read_link(&p).map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(path_out(is_bytes(&a), t.as_os_str()))
}

fn ns_to_time(ns: &Value) -> PyResult<SystemTime> {
    let n: i128 = match ns {
        Value::Int(i) => i128::from(*i),
        Value::Float(f) => (*f * 1e9) as i128,
        _ => return Err(type_error("utime: times must be numbers")),
    };
    let base = UNIX_EPOCH;
    let r = if n >= 0 {
        base.checked_add(Duration::from_nanos(u64::try_from(n).unwrap_or(u64::MAX)))
    } else {
        base.checked_sub(Duration::from_nanos(u64::try_from(-n).unwrap_or(u64::MAX)))
    };
    r.ok_or_else(|| crate::error::overflow_error("timestamp out of range"))
}

/// `_utime(path, atime_ns, mtime_ns)` (None for both: now).
fn p_utime(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let a = arg(args, 0);
    let p: PathBuf = fspath(vm, &a)?;
    let (at, mt) = match (arg(args, 1), arg(args, 2)) {
        (Value::None, _) | (_, Value::None) => (SystemTime::now(), SystemTime::now()),
        (x, y) => (ns_to_time(&x)?, ns_to_time(&y)?),
    };
    let times = std::fs::FileTimes::new().set_accessed(at).set_modified(mt);
    File::open(&p)
        .and_then(|f| f.set_times(times))
        .map_err(|e| os_error(vm, &e, Some(&a)))?;
    Ok(Value::None)
}

fn p_cpu_count(_: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(i64::try_from(n.get()).unwrap_or(1)),
        Err(_) => Value::None,
    })
}

fn p_get_terminal_size(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    Err(os_error(vm, &std::io::Error::from_raw_os_error(25), None))
}

fn p_isatty(_: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    let Ok(fd) = fd_arg(&arg(args, 0)) else {
        return Ok(Value::Bool(false));
    };
    if fd < 0 {
        return Ok(Value::Bool(false));
    }
    // SAFETY: borrowed only for the check, never closed (see `with_fd`).
    let f = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    Ok(Value::Bool(f.is_terminal()))
}

/// `_uname()`: (sysname, nodename, release, version, machine) from /proc.
fn p_uname(vm: &mut Vm, _: &[Value], _: &KwArgs) -> PyResult<Value> {
    let read = |n: &str, d: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{n}"))
            .map(|s| s.trim_end_matches('\n').to_string())
            .unwrap_or_else(|_| d.to_string())
    };
    Ok(vm.new_tuple(vec![
        Value::str(&read("ostype", "Linux")),
        Value::str(&read("hostname", "localhost")),
        Value::str(&read("osrelease", "")),
        Value::str(&read("version", "")),
        Value::str(std::env::consts::ARCH),
    ]))
}

fn p_chmod(vm: &mut Vm, args: &[Value], _: &KwArgs) -> PyResult<Value> {
    let mode = int_arg(&arg(args, 1), "chmod")?;
    let mode = u32::try_from(mode & 0o7777).unwrap_or(0);
    path_op(vm, args, |p| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strerror_strips_the_rust_suffix() {
        assert_eq!(strerror_text(2), "No such file or directory");
    }

    #[test]
    fn times_split_into_seconds_float_and_ns() {
        let (i, f, n) = time_parts(3, 500_000_000);
        assert!(matches!(i, Value::Int(3)));
        assert!(matches!(f, Value::Float(x) if (x - 3.5).abs() < 1e-9));
        assert!(matches!(n, Value::Int(3_500_000_000)));
    }
}
