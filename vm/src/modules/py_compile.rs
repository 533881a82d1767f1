//! `py_compile`: compile one source file to a pyvm pyc (`__pycache__/NAME.pyvm-312.pyc`).
//!
//! As CPython's, `py_compile.compile` writes even when `sys.dont_write_bytecode` or
//! `PYTHONDONTWRITEBYTECODE` is set, and reports compile errors as `PyCompileError` (raised
//! with `doraise`, printed otherwise). The file work is native; the exception class, the
//! argument handling and `main()` are a Python prelude (`py_compile_prelude.py`).
//! [`compile_file`] is the whole compile-and-write step in plain Rust, with no VM objects, so
//! `compileall` can run it on several threads.
//!
//! pyvm writes timestamp pycs only: `invalidation_mode` is accepted and ignored.

use std::path::Path;

use pyvm_compiler::pyc_cache;

use crate::error::{type_error, value_error, PyErr, PyResult};
use crate::object::{Obj, Object, Payload};
use crate::objects::function::CodeData;
use crate::types::types;
use crate::value::Value;
use crate::vm::{type_name_of, KwArgs, Vm};

use super::{new_module, run_prelude};

const PRELUDE: &str = include_str!("py_compile_prelude.py");

/// Builds the `py_compile` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "py_compile",
        &[
            ("_cache_from_source", pc_cache_from_source),
            ("_check_target", pc_check_target),
            ("_read", pc_read),
            ("_compile_bytes", pc_compile_bytes),
            ("_write", pc_write),
            ("_format_exception_only", pc_format_exception_only),
            ("_source_date_epoch", pc_source_date_epoch),
        ],
    );
    run_prelude(vm, &m, PRELUDE, "py_compile")?;
    Ok(m)
}

/// Why [`compile_file`] failed.
#[derive(Debug)]
pub(crate) enum CompileFailure {
    /// The source could not be read.
    Read(std::io::Error),
    /// The source is not valid text, or not valid Python: what CPython's `PyCompileError`
    /// message would be (`format_exception_only` text for a `SyntaxError`, `Sorry: T: msg`
    /// for the others).
    Compile { msg: String },
    /// The pyc could not be written.
    Write(std::io::Error),
}

/// The source's mtime and size as a pyc header records them (masked to 32 bits).
fn stamp(meta: &std::fs::Metadata) -> (u32, u32) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    (mtime, meta.len() as u32)
}

type CodeRc = std::rc::Rc<pyvm_compiler::code::CodeObject>;

/// Parses and compiles `source` as `compile(source, dfile, 'exec')` does, with the text of the
/// `SyntaxWarning`s CPython would print to stderr (even when compilation then fails).
fn compile_with_warnings(
    source: &str,
    dfile: &str,
) -> (Result<CodeRc, pyvm_compiler::CompileError>, String) {
    // One arena per thread, reset between files: its chunks stay mapped, so compiling a tree
    // does not fault in (and have the kernel zero) fresh pages for every file's AST.
    thread_local! {
        static ARENA: std::cell::RefCell<bumpalo::Bump> =
            std::cell::RefCell::new(bumpalo::Bump::new());
    }
    let mut warnings = Vec::new();
    let mut run = |arena: &bumpalo::Bump| {
        let parsed = pyvm_parser::parse_with_warnings(
            source,
            pyvm_parser::Mode::Exec,
            pyvm_parser::ParseOptions::default(),
            arena,
            &mut warnings,
        );
        parsed
            .map_err(pyvm_compiler::CompileError::Syntax)
            .and_then(|m| {
                pyvm_compiler::compile_mod_with_warnings(&m, source, dfile, &mut warnings)
            })
    };
    let result = ARENA.with(|cell| match cell.try_borrow_mut() {
        Ok(mut arena) => {
            arena.reset();
            run(&arena)
        }
        Err(_) => run(&bumpalo::Bump::new()),
    });
    let text = warnings
        .iter()
        .map(|w| pyvm_parser::report::format_syntax_warning(w, dfile, source))
        .collect();
    (result, text)
}

/// Compiles `source` (read from `path`) under the name `dfile`; the error as
/// [`CompileFailure::Compile`]. `warnings` receives the `SyntaxWarning` text.
fn compile_source(
    bytes: &[u8],
    dfile: &str,
    warnings: &mut String,
) -> Result<CodeRc, CompileFailure> {
    let source = match pyvm_lexer::decode_source(bytes) {
        Ok(s) => s,
        Err(e) => {
            return Err(CompileFailure::Compile {
                msg: format!("Sorry: SyntaxError: {e:?}"),
            })
        }
    };
    let (result, text) = compile_with_warnings(&source, dfile);
    warnings.push_str(&text);
    match result {
        Ok(code) => Ok(code),
        Err(pyvm_compiler::CompileError::Syntax(se)) => {
            let (type_name, exact) = match se.kind {
                pyvm_parser::SyntaxErrorKind::IndentationError => ("IndentationError", false),
                pyvm_parser::SyntaxErrorKind::TabError => ("TabError", false),
                pyvm_parser::SyntaxErrorKind::RecursionError => ("RecursionError", false),
                _ => ("SyntaxError", true),
            };
            let msg = if exact {
                pyvm_parser::report::format_syntax_error(&se, dfile, &source)
            } else if se.lineno > 0 && type_name != "RecursionError" {
                format!(
                    "Sorry: {type_name}: {} ({}, line {})",
                    se.msg,
                    Path::new(dfile)
                        .file_name()
                        .map_or_else(|| dfile.to_string(), |f| f.to_string_lossy().into_owned()),
                    se.lineno
                )
            } else {
                format!("Sorry: {type_name}: {}", se.msg)
            };
            Err(CompileFailure::Compile { msg })
        }
        Err(other) => Err(CompileFailure::Compile {
            msg: format!("Sorry: SystemError: {other}"),
        }),
    }
}

/// Reads `source_path`, compiles it under the name `dfile` and writes the pyc to `cfile`
/// atomically; `warnings` receives the text of the `SyntaxWarning`s. Touches no VM state
/// (safe on any thread).
pub(crate) fn compile_file(
    source_path: &Path,
    cfile: &Path,
    dfile: &str,
    warnings: &mut String,
) -> Result<(), CompileFailure> {
    let bytes = std::fs::read(source_path).map_err(CompileFailure::Read)?;
    let meta = std::fs::metadata(source_path).map_err(CompileFailure::Read)?;
    let (mtime, size) = stamp(&meta);
    let code = compile_source(&bytes, dfile, warnings)?;
    pyc_cache::write_pyc_atomically(source_path, cfile, &code, mtime, size)
        .map_err(CompileFailure::Write)
}

/// The pyc path of `file` for optimization level `optimize` (`-1`: the interpreter's, 0).
pub(crate) fn cache_path(file: &str, optimize: i64) -> Result<std::path::PathBuf, String> {
    let opt = if optimize >= 1 {
        Some(optimize.to_string())
    } else {
        None
    };
    pyc_cache::cache_from_source(Path::new(file), opt.as_deref(), None).map_err(|e| e.0)
}

/// A path argument (`str`, `bytes` or an object with `__fspath__`).
pub(crate) fn path_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s.to_rust().into_owned()),
        Some(Payload::Bytes(b)) => Ok(String::from_utf8_lossy(b).into_owned()),
        _ => match vm.call_method(v, "__fspath__", &[]) {
            Ok(p) if p.as_pystr().is_some() => Ok(p
                .as_pystr()
                .map(|s| s.to_rust().into_owned())
                .unwrap_or_default()),
            _ => Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name_of(v)
            ))),
        },
    }
}

fn arg<'a>(args: &'a [Value], i: usize, fname: &str) -> PyResult<&'a Value> {
    args.get(i)
        .ok_or_else(|| type_error(format!("{fname}() missing argument {}", i + 1)))
}

fn pc_cache_from_source(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let file = path_arg(vm, arg(args, 0, "_cache_from_source")?)?;
    let optimize = match args.get(1) {
        Some(Value::Int(i)) => *i,
        _ => -1,
    };
    match cache_path(&file, optimize) {
        Ok(p) => Ok(Value::str(&p.to_string_lossy())),
        Err(msg) => Err(value_error(msg)),
    }
}

fn pc_check_target(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let cfile = path_arg(vm, arg(args, 0, "_check_target")?)?;
    let p = Path::new(&cfile);
    let what = match std::fs::symlink_metadata(p) {
        Ok(m) if m.file_type().is_symlink() => Some("a symlink"),
        Ok(m) if !m.is_file() => Some("a non-regular file"),
        _ => None,
    };
    if let Some(what) = what {
        let kind = if what == "a symlink" {
            "a regular file"
        } else {
            "a regular one"
        };
        return Err(PyErr::new(
            &types().file_exists_error,
            format!(
                "{cfile} is {what} and will be changed into {kind} if import writes a \
                 byte-compiled file to it"
            ),
        ));
    }
    Ok(Value::None)
}

fn pc_read(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = arg(args, 0, "_read")?.clone();
    let file = path_arg(vm, &v)?;
    match std::fs::read(&file) {
        Ok(b) => Ok(crate::objects::bytes::new_bytes(b)),
        Err(e) => Err(crate::io::os_error(vm, &e, Some(&v))),
    }
}

fn pc_compile_bytes(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let bytes = match arg(args, 0, "_compile_bytes")?.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ => return Err(type_error("_compile_bytes() expects bytes")),
    };
    let dfile = path_arg(vm, arg(args, 1, "_compile_bytes")?)?;
    let source = match pyvm_lexer::decode_source(&bytes) {
        Ok(s) => s.into_owned(),
        Err(e) => return Err(PyErr::new(&types().syntax_error, format!("{e:?}"))),
    };
    let (result, warnings) = compile_with_warnings(&source, &dfile);
    if !warnings.is_empty() {
        vm.print_to_stderr(&warnings)?;
    }
    match result {
        Ok(code) => Ok(Value::Obj(Object::new(
            &types().code,
            Payload::Code(CodeData::new(code)),
        ))),
        Err(pyvm_compiler::CompileError::Syntax(se)) => {
            Err(crate::exec::syntax_error(vm, &se, &dfile, &source))
        }
        Err(other) => Err(PyErr::new(&types().system_error, other.to_string())),
    }
}

fn pc_write(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let file = path_arg(vm, arg(args, 0, "_write")?)?;
    let cfile_v = arg(args, 1, "_write")?.clone();
    let cfile = path_arg(vm, &cfile_v)?;
    let code = match arg(args, 2, "_write")?.payload() {
        Some(Payload::Code(c)) => c.code.clone(),
        _ => return Err(type_error("_write() expects a code object")),
    };
    let (mtime, size) = match std::fs::metadata(&file) {
        Ok(m) => stamp(&m),
        Err(e) => return Err(crate::io::os_error(vm, &e, Some(&Value::str(&file)))),
    };
    match pyc_cache::write_pyc_atomically(Path::new(&file), Path::new(&cfile), &code, mtime, size) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(crate::io::os_error(vm, &e, Some(&cfile_v))),
    }
}

fn pc_format_exception_only(vm: &mut Vm, args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let v = arg(args, 0, "_format_exception_only")?;
    Ok(Value::str(&crate::traceback::exception_only(vm, v)))
}

fn pc_source_date_epoch(_vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(
        std::env::var_os("SOURCE_DATE_EPOCH").is_some_and(|v| !v.is_empty()),
    ))
}
