//! `compileall`: byte-compile directory trees to pyvm pycs, with CPython's listing output.
//!
//! The walk, the up-to-date check and the compilation are native. The walk runs first on the
//! interpreter's thread and records what CPython would print and in which order (`Listing
//! '...'...`, `Can't list '...'`, then one entry per file); the files are then compiled by a
//! few worker threads (each job reads, compiles and writes one pyc with
//! [`super::py_compile::compile_file`], which touches no VM object), and finally the recorded
//! events are printed in walk order with each file's outcome. The output is therefore exactly
//! the sequential one, whatever the number of threads. A Python-level `rx` (an object with a
//! `search` method) is consulted on the interpreter's thread during the walk.
//!
//! Up-to-date rule (CPython's): unless `force`, a file is skipped when the first 12 bytes of
//! each of its pycs are `MAGIC + flags 0 + source mtime`; the size is not compared.

use std::path::{Path, PathBuf};

use crate::builtins::take_kwargs;
use crate::error::{type_error, value_error, PyResult};
use crate::object::Obj;
use crate::value::Value;
use crate::vm::{KwArgs, Vm};

use super::new_module;
use super::py_compile::{cache_path, compile_file as compile_one, path_arg, CompileFailure};

/// Builds the `compileall` module.
pub(crate) fn init(vm: &mut Vm) -> PyResult<Obj> {
    let m = new_module(
        vm,
        "compileall",
        &[
            ("compile_dir", ca_compile_dir),
            ("compile_file", ca_compile_file),
            ("compile_path", ca_compile_path),
            ("main", ca_main),
            ("_main", ca_main_exit),
        ],
    );
    let all = vm.new_list(vec![
        Value::str("compile_dir"),
        Value::str("compile_file"),
        Value::str("compile_path"),
    ]);
    super::set_attr(&m, "__all__", all);
    Ok(m)
}

/// Options shared by `compile_dir` and `compile_file`.
#[derive(Clone, Default)]
struct Options {
    ddir: Option<String>,
    force: bool,
    rx: Option<Value>,
    quiet: i64,
    legacy: bool,
    optimize: Vec<i64>,
    stripdir: Option<String>,
    prependdir: Option<String>,
}

/// What the walk recorded, in the order CPython prints it.
enum Event {
    Listing(String),
    CantList(String),
    /// A file to compile: index into the job list.
    Job(usize),
}

/// One file to compile.
struct Job {
    fullname: String,
    cfiles: Vec<PathBuf>,
    dfile: String,
}

/// How a job ended.
enum Outcome {
    UpToDate,
    Compiled,
    /// `PyCompileError`: its message.
    CompileError(String),
    /// `OSError` and friends: `Class: str(e)`.
    OtherError(String),
}

/// `os.path.join` of two POSIX paths.
fn join(a: &str, b: &str) -> String {
    if b.starts_with('/') || a.is_empty() {
        b.to_string()
    } else if a.ends_with('/') {
        format!("{a}{b}")
    } else {
        format!("{a}/{b}")
    }
}

fn basename(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}

impl Options {
    /// The job for `fullname`, or `None` when CPython would skip it silently (matched by
    /// `rx`, not a file, not `.py`).
    fn job(&self, vm: &mut Vm, fullname: &str) -> PyResult<Option<Job>> {
        if let Some(rx) = &self.rx {
            let mo = vm.call_method(rx, "search", &[Value::str(fullname)])?;
            if !mo.is(&Value::None) && vm.truthy(&mo)? {
                return Ok(None);
            }
        }
        let name = basename(fullname);
        let mut dfile: Option<String> = self.ddir.as_ref().map(|d| join(d, name));
        if let Some(strip) = &self.stripdir {
            let full_parts: Vec<&str> = fullname.split('/').collect();
            let mut parts: Vec<&str> = full_parts.clone();
            for (s, o) in strip.split('/').zip(full_parts.iter()) {
                if s == *o {
                    if let Some(i) = parts.iter().position(|p| p == o) {
                        parts.remove(i);
                    }
                }
            }
            dfile = Some(parts.iter().fold(String::new(), |acc, p| join(&acc, p)));
        }
        if let Some(pre) = &self.prependdir {
            dfile = Some(match dfile {
                None => join(pre, fullname),
                Some(d) => join(pre, &d),
            });
        }
        if !Path::new(fullname).is_file() || !name.ends_with(".py") {
            return Ok(None);
        }
        let mut cfiles = Vec::new();
        for &level in &self.optimize {
            if self.legacy {
                cfiles.push(PathBuf::from(format!("{fullname}c")));
            } else {
                let opt = if level >= 0 { level } else { 0 };
                cfiles.push(cache_path(fullname, opt).map_err(value_error)?);
            }
        }
        Ok(Some(Job {
            fullname: fullname.to_string(),
            cfiles,
            dfile: dfile.unwrap_or_else(|| fullname.to_string()),
        }))
    }
}

/// Whether every pyc of `job` starts with the header a fresh compile would write.
fn up_to_date(job: &Job) -> bool {
    let Ok(meta) = std::fs::metadata(&job.fullname) else {
        return false;
    };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    let mut expect = Vec::with_capacity(12);
    expect.extend_from_slice(&pyvm_compiler::serialize::MAGIC);
    expect.extend_from_slice(&0u32.to_le_bytes());
    expect.extend_from_slice(&mtime.to_le_bytes());
    job.cfiles.iter().all(|c| {
        use std::io::Read;
        let mut head = [0u8; 12];
        std::fs::File::open(c)
            .and_then(|mut f| f.read_exact(&mut head))
            .is_ok()
            && head[..] == expect[..]
    })
}

/// `str(OSError)` for an I/O error about `path`, with its class name.
fn os_error_text(e: &std::io::Error, path: &Path) -> String {
    let errno = e.raw_os_error().unwrap_or(0);
    let cls = match errno {
        2 => "FileNotFoundError",
        17 => "FileExistsError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        _ => "OSError",
    };
    let full = e.to_string();
    let strerror = match full.rfind(" (os error") {
        Some(i) => full.get(..i).unwrap_or(&full).to_string(),
        None => full.clone(),
    };
    let p = path.to_string_lossy();
    format!("{cls}: [Errno {errno}] {strerror}: {}", quote(&p))
}

/// `repr()` of a str without lone surrogates (CPython's quoting rules).
fn quote(s: &str) -> String {
    crate::objects::str::PyStr::from_str(s).repr()
}

/// Runs one job: its outcome and the `SyntaxWarning` text its compilation printed.
fn run_job(job: &Job, force: bool) -> (Outcome, String) {
    let mut warnings = String::new();
    let outcome = run_job_into(job, force, &mut warnings);
    (outcome, warnings)
}

fn run_job_into(job: &Job, force: bool, warnings: &mut String) -> Outcome {
    if !force && up_to_date(job) {
        return Outcome::UpToDate;
    }
    for cfile in &job.cfiles {
        match compile_one(Path::new(&job.fullname), cfile, &job.dfile, warnings) {
            Ok(()) => {}
            Err(CompileFailure::Compile { msg }) => return Outcome::CompileError(msg),
            Err(CompileFailure::Read(e)) => {
                return Outcome::OtherError(os_error_text(&e, Path::new(&job.fullname)))
            }
            Err(CompileFailure::Write(e)) => return Outcome::OtherError(os_error_text(&e, cfile)),
        }
    }
    Outcome::Compiled
}

/// Runs every job, on worker threads when there are several.
fn run_jobs(jobs: &[Job], force: bool) -> Vec<(Outcome, String)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(jobs.len())
        .min(8);
    if threads <= 1 {
        return jobs.iter().map(|j| run_job(j, force)).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: std::sync::Mutex<Vec<Option<(Outcome, String)>>> =
        std::sync::Mutex::new((0..jobs.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..threads {
            let spawned = std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(s, || loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(job) = jobs.get(i) else { break };
                    let out = run_job(job, force);
                    if let Ok(mut r) = results.lock() {
                        if let Some(slot) = r.get_mut(i) {
                            *slot = Some(out);
                        }
                    }
                });
            if spawned.is_err() {
                break;
            }
        }
    });
    let collected = results.into_inner().unwrap_or_default();
    // A job no thread reached (a spawn failed) runs here.
    collected
        .into_iter()
        .zip(jobs)
        .map(|(r, j)| r.unwrap_or_else(|| run_job(j, force)))
        .collect()
}

/// Prints the events in order with the outcomes; returns overall success.
fn report(
    vm: &mut Vm,
    events: &[Event],
    jobs: &[Job],
    outcomes: &[(Outcome, String)],
    quiet: i64,
) -> PyResult<bool> {
    let mut success = true;
    let mut out = String::new();
    for ev in events {
        match ev {
            Event::Listing(d) => {
                if quiet == 0 {
                    out.push_str(&format!("Listing {}...\n", quote(d)));
                }
            }
            Event::CantList(d) => {
                if quiet < 2 {
                    out.push_str(&format!("Can't list {}\n", quote(d)));
                }
            }
            Event::Job(i) => {
                let (Some(job), Some((outcome, warnings))) = (jobs.get(*i), outcomes.get(*i))
                else {
                    continue;
                };
                if matches!(outcome, Outcome::UpToDate) {
                    continue;
                }
                if quiet == 0 {
                    out.push_str(&format!("Compiling {}...\n", quote(&job.fullname)));
                }
                if !warnings.is_empty() {
                    // The warnings module writes these to stderr while the file compiles.
                    vm.print_to_stdout(&out)?;
                    out.clear();
                    vm.print_to_stderr(warnings)?;
                }
                let err = match outcome {
                    Outcome::CompileError(m) | Outcome::OtherError(m) => m,
                    _ => continue,
                };
                success = false;
                if quiet >= 2 {
                    continue;
                }
                if quiet > 0 {
                    out.push_str(&format!(
                        "*** Error compiling {}...\n",
                        quote(&job.fullname)
                    ));
                } else {
                    out.push_str("*** ");
                }
                out.push_str(err);
                out.push('\n');
            }
        }
        if out.len() > 1 << 16 {
            vm.print_to_stdout(&out)?;
            out.clear();
        }
    }
    if !out.is_empty() {
        vm.print_to_stdout(&out)?;
    }
    Ok(success)
}

/// CPython's `_walk_dir`, recording events and jobs.
fn walk(
    vm: &mut Vm,
    dir: &str,
    maxlevels: i64,
    opts: &Options,
    events: &mut Vec<Event>,
    jobs: &mut Vec<Job>,
) -> PyResult<()> {
    events.push(Event::Listing(dir.to_string()));
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => {
            events.push(Event::CantList(dir.to_string()));
            Vec::new()
        }
    };
    names.sort();
    for name in names {
        if name == "__pycache__" {
            continue;
        }
        let fullname = join(dir, &name);
        let p = Path::new(&fullname);
        if !p.is_dir() {
            if let Some(job) = opts.job(vm, &fullname)? {
                events.push(Event::Job(jobs.len()));
                jobs.push(job);
            }
        } else if maxlevels > 0
            && name != "."
            && name != ".."
            && !std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink())
        {
            walk(vm, &fullname, maxlevels - 1, opts, events, jobs)?;
        }
    }
    Ok(())
}

fn compile_dir(vm: &mut Vm, dir: &str, maxlevels: Option<i64>, opts: &Options) -> PyResult<bool> {
    let maxlevels = match maxlevels {
        Some(m) => m,
        None => i64::try_from(vm.recursion_limit).unwrap_or(1000),
    };
    let mut events = Vec::new();
    let mut jobs = Vec::new();
    walk(vm, dir, maxlevels, opts, &mut events, &mut jobs)?;
    let outcomes = run_jobs(&jobs, opts.force);
    report(vm, &events, &jobs, &outcomes, opts.quiet)
}

fn compile_file(vm: &mut Vm, fullname: &str, opts: &Options) -> PyResult<bool> {
    let Some(job) = opts.job(vm, fullname)? else {
        return Ok(true);
    };
    let outcome = run_job(&job, opts.force);
    report(vm, &[Event::Job(0)], &[job], &[outcome], opts.quiet)
}

// ----- Python-level functions -------------------------------------------------------------

fn opt_str(vm: &mut Vm, v: Option<Value>) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(path_arg(vm, &v)?)),
    }
}

fn int_of(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(Value::Bool(b)) => Ok(i64::from(b)),
        Some(Value::Int(i)) => Ok(i),
        Some(v) => crate::builtins::funcs_index(vm, &v),
    }
}

fn optimize_levels(vm: &mut Vm, v: Option<Value>) -> PyResult<Vec<i64>> {
    let mut levels = match v {
        None | Some(Value::None) => vec![-1],
        Some(Value::Int(i)) => vec![i],
        Some(v) => {
            let items = vm.collect_iter(&v)?;
            let mut out = Vec::new();
            for it in items {
                out.push(int_of(vm, Some(it), -1)?);
            }
            out
        }
    };
    levels.sort_unstable();
    levels.dedup();
    Ok(levels)
}

/// Binds positional and keyword arguments to `names` (CPython's signature order).
fn bind<const N: usize>(
    fname: &str,
    args: &[Value],
    kw: &KwArgs,
    names: [&str; N],
    npos: usize,
) -> PyResult<[Option<Value>; N]> {
    if args.len() > npos {
        return Err(type_error(format!(
            "{fname}() takes from 1 to {npos} positional arguments but {} were given",
            args.len()
        )));
    }
    let mut out = take_kwargs(fname, kw, names)?;
    for (i, a) in args.iter().enumerate() {
        if let Some(slot) = out.get_mut(i) {
            if slot.is_some() {
                return Err(type_error(format!(
                    "{fname}() got multiple values for argument '{}'",
                    names[i]
                )));
            }
            *slot = Some(a.clone());
        }
    }
    Ok(out)
}

fn truthy(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(&v),
    }
}

fn ca_compile_dir(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [dir, maxlevels, ddir, force, rx, quiet, legacy, optimize, workers, _ivm, stripdir, prependdir, _limit, _hl] =
        bind(
            "compile_dir",
            args,
            kw,
            [
                "dir",
                "maxlevels",
                "ddir",
                "force",
                "rx",
                "quiet",
                "legacy",
                "optimize",
                "workers",
                "invalidation_mode",
                "stripdir",
                "prependdir",
                "limit_sl_dest",
                "hardlink_dupes",
            ],
            10,
        )?;
    let Some(dir) = dir else {
        return Err(type_error(
            "compile_dir() missing 1 required positional argument: 'dir'",
        ));
    };
    let dir = path_arg(vm, &dir)?;
    let mut opts = Options {
        ddir: opt_str(vm, ddir)?,
        force: truthy(vm, force)?,
        rx: rx.filter(|r| !r.is(&Value::None)),
        quiet: int_of(vm, quiet, 0)?,
        legacy: truthy(vm, legacy)?,
        optimize: optimize_levels(vm, optimize)?,
        stripdir: opt_str(vm, stripdir)?,
        prependdir: opt_str(vm, prependdir)?,
    };
    if opts.ddir.is_some() && (opts.stripdir.is_some() || opts.prependdir.is_some()) {
        return Err(value_error(
            "Destination dir (ddir) cannot be used in combination with stripdir or prependdir",
        ));
    }
    if let Some(d) = opts.ddir.take() {
        opts.stripdir = Some(dir.clone());
        opts.prependdir = Some(d);
    }
    if int_of(vm, workers, 1)? < 0 {
        return Err(value_error("workers must be greater or equal to 0"));
    }
    let maxlevels = match maxlevels {
        None | Some(Value::None) => None,
        Some(v) => Some(int_of(vm, Some(v), 0)?),
    };
    Ok(Value::Bool(compile_dir(vm, &dir, maxlevels, &opts)?))
}

fn ca_compile_file(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [fullname, ddir, force, rx, quiet, legacy, optimize, _ivm, stripdir, prependdir, _limit, _hl] =
        bind(
            "compile_file",
            args,
            kw,
            [
                "fullname",
                "ddir",
                "force",
                "rx",
                "quiet",
                "legacy",
                "optimize",
                "invalidation_mode",
                "stripdir",
                "prependdir",
                "limit_sl_dest",
                "hardlink_dupes",
            ],
            8,
        )?;
    let Some(fullname) = fullname else {
        return Err(type_error(
            "compile_file() missing 1 required positional argument: 'fullname'",
        ));
    };
    let fullname = path_arg(vm, &fullname)?;
    let opts = Options {
        ddir: opt_str(vm, ddir)?,
        force: truthy(vm, force)?,
        rx: rx.filter(|r| !r.is(&Value::None)),
        quiet: int_of(vm, quiet, 0)?,
        legacy: truthy(vm, legacy)?,
        optimize: optimize_levels(vm, optimize)?,
        stripdir: opt_str(vm, stripdir)?,
        prependdir: opt_str(vm, prependdir)?,
    };
    if opts.ddir.is_some() && (opts.stripdir.is_some() || opts.prependdir.is_some()) {
        return Err(value_error(
            "Destination dir (ddir) cannot be used in combination with stripdir or prependdir",
        ));
    }
    Ok(Value::Bool(compile_file(vm, &fullname, &opts)?))
}

fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    let Some(p) = vm.sys_attr("path") else {
        return Ok(Vec::new());
    };
    let items = vm.collect_iter(&p)?;
    Ok(items
        .iter()
        .filter_map(|v| v.as_pystr().map(|s| s.to_rust().into_owned()))
        .collect())
}

fn compile_path(vm: &mut Vm, skip_curdir: bool, maxlevels: i64, opts: &Options) -> PyResult<bool> {
    let mut success = true;
    for dir in sys_path(vm)? {
        if (dir.is_empty() || dir == ".") && skip_curdir {
            if opts.quiet < 2 {
                vm.print_to_stdout("Skipping current directory\n")?;
            }
        } else {
            success = compile_dir(vm, &dir, Some(maxlevels), opts)? && success;
        }
    }
    Ok(success)
}

fn ca_compile_path(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let [skip_curdir, maxlevels, force, quiet, legacy, optimize, _ivm] = bind(
        "compile_path",
        args,
        kw,
        [
            "skip_curdir",
            "maxlevels",
            "force",
            "quiet",
            "legacy",
            "optimize",
            "invalidation_mode",
        ],
        7,
    )?;
    let skip = match skip_curdir {
        None => true,
        Some(v) => vm.truthy(&v)?,
    };
    let maxlevels = int_of(vm, maxlevels, 0)?;
    let opts = Options {
        force: truthy(vm, force)?,
        quiet: int_of(vm, quiet, 0)?,
        legacy: truthy(vm, legacy)?,
        optimize: optimize_levels(vm, optimize)?,
        ..Options::default()
    };
    Ok(Value::Bool(compile_path(vm, skip, maxlevels, &opts)?))
}

// ----- command line -----------------------------------------------------------------------

const USAGE: &str = "usage: compileall.py [-h] [-l] [-r RECURSION] [-f] [-q] [-b] [-d DESTDIR]
                     [-s STRIPDIR] [-p PREPENDDIR] [-x REGEXP] [-i FILE]
                     [-j WORKERS]
                     [--invalidation-mode {checked-hash,timestamp,unchecked-hash}]
                     [-o OPT_LEVELS] [-e DIR] [--hardlink-dupes]
                     [FILE|DIR ...]
";

/// A command-line error: argparse's usage + message, exit status 2.
fn usage_error(vm: &mut Vm, msg: &str) -> PyResult<Value> {
    vm.print_to_stderr(&format!("{USAGE}compileall.py: error: {msg}\n"))?;
    Err(crate::error::PyErr::with_args(
        &crate::types::types().system_exit,
        vec![Value::Int(2)],
    ))
}

/// `compileall.main()`: parses `sys.argv[1:]`, returns success as a bool.
fn ca_main(vm: &mut Vm, _args: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let argv: Vec<String> = match vm.sys_attr("argv") {
        Some(a) => vm
            .collect_iter(&a)?
            .iter()
            .skip(1)
            .filter_map(|v| v.as_pystr().map(|s| s.to_rust().into_owned()))
            .collect(),
        None => Vec::new(),
    };
    let mut maxlevels: Option<i64> = None;
    let mut recursion: Option<i64> = None;
    let mut opts = Options {
        optimize: Vec::new(),
        ..Options::default()
    };
    let mut rx_text: Option<String> = None;
    let mut flist: Option<String> = None;
    let mut dests: Vec<String> = Vec::new();
    let mut i = 0;
    let mut only_positional = false;
    while i < argv.len() {
        let a = argv[i].clone();
        i += 1;
        if only_positional || a == "-" || !a.starts_with('-') {
            dests.push(a);
            continue;
        }
        if a == "--" {
            only_positional = true;
            continue;
        }
        if a == "--hardlink-dupes" {
            continue;
        }
        if let Some(rest) = a.strip_prefix("--") {
            let (name, inline) = match rest.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (rest, None),
            };
            match name {
                "help" => {
                    vm.print_to_stdout(USAGE)?;
                    return Err(crate::error::PyErr::with_args(
                        &crate::types::types().system_exit,
                        vec![Value::Int(0)],
                    ));
                }
                "workers" | "invalidation-mode" => {
                    let v = match inline {
                        Some(v) => Some(v),
                        None => {
                            i += 1;
                            argv.get(i - 1).cloned()
                        }
                    };
                    if v.is_none() {
                        return usage_error(
                            vm,
                            &format!("argument --{name}: expected one argument"),
                        );
                    }
                }
                _ => return usage_error(vm, &format!("unrecognized arguments: {a}")),
            }
            continue;
        }
        // A cluster of short options; one taking a value ends the cluster.
        let chars: Vec<char> = a.chars().skip(1).collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            k += 1;
            match c {
                'l' => maxlevels = Some(0),
                'f' => opts.force = true,
                'q' => opts.quiet += 1,
                'b' => opts.legacy = true,
                'h' => {
                    vm.print_to_stdout(USAGE)?;
                    return Err(crate::error::PyErr::with_args(
                        &crate::types::types().system_exit,
                        vec![Value::Int(0)],
                    ));
                }
                'r' | 'd' | 's' | 'p' | 'x' | 'i' | 'j' | 'o' | 'e' => {
                    let rest: String = chars[k..].iter().collect();
                    let value = if !rest.is_empty() {
                        Some(rest)
                    } else {
                        i += 1;
                        argv.get(i - 1).cloned()
                    };
                    k = chars.len();
                    let metavar = match c {
                        'r' => "-r",
                        'd' => "-d",
                        's' => "-s",
                        'p' => "-p",
                        'x' => "-x",
                        'i' => "-i",
                        'j' => "-j/--workers",
                        'o' => "-o",
                        _ => "-e",
                    };
                    let Some(value) = value else {
                        return usage_error(
                            vm,
                            &format!("argument {metavar}: expected one argument"),
                        );
                    };
                    let int = |v: &str| v.trim().parse::<i64>().ok();
                    match c {
                        'r' => match int(&value) {
                            Some(n) => recursion = Some(n),
                            None => {
                                return usage_error(
                                    vm,
                                    &format!("argument -r: invalid int value: {}", quote(&value)),
                                )
                            }
                        },
                        'o' => match int(&value) {
                            Some(n) => opts.optimize.push(n),
                            None => {
                                return usage_error(
                                    vm,
                                    &format!("argument -o: invalid int value: {}", quote(&value)),
                                )
                            }
                        },
                        'j' if int(&value).is_none() => {
                            return usage_error(
                                vm,
                                &format!(
                                    "argument -j/--workers: invalid int value: {}",
                                    quote(&value)
                                ),
                            );
                        }
                        'd' => opts.ddir = Some(value),
                        's' => opts.stripdir = Some(value),
                        'p' => opts.prependdir = Some(value),
                        'x' => rx_text = Some(value),
                        'i' => flist = Some(value),
                        _ => {}
                    }
                }
                _ => return usage_error(vm, &format!("unrecognized arguments: {a}")),
            }
        }
    }
    if let Some(r) = recursion {
        maxlevels = Some(r);
    }
    if opts.optimize.is_empty() {
        opts.optimize.push(-1);
    }
    opts.optimize.sort_unstable();
    opts.optimize.dedup();
    if opts.ddir.is_some() && (opts.stripdir.is_some() || opts.prependdir.is_some()) {
        return usage_error(vm, "-d cannot be used in combination with -s or -p");
    }
    if let Some(pattern) = rx_text.filter(|p| !p.is_empty()) {
        let re = vm.import_name("re", &Value::None, &Value::Int(0))?;
        let compiled = vm.call_method(&re, "compile", &[Value::str(&pattern)])?;
        opts.rx = Some(compiled);
    }
    if let Some(fl) = flist {
        let text = if fl == "-" {
            let mut s = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut s);
            Some(s)
        } else {
            std::fs::read_to_string(&fl).ok()
        };
        match text {
            Some(t) => dests.extend(t.lines().map(|l| l.trim().to_string())),
            None => {
                if opts.quiet < 2 {
                    vm.print_to_stdout(&format!("Error reading file list {fl}\n"))?;
                }
                return Ok(Value::Bool(false));
            }
        }
    }
    let mut success = true;
    if dests.is_empty() {
        let maxlevels = 0;
        success = compile_path(vm, true, maxlevels, &opts)?;
        return Ok(Value::Bool(success));
    }
    for dest in dests {
        if Path::new(&dest).is_file() {
            if !compile_file(vm, &dest, &opts)? {
                success = false;
            }
        } else {
            let mut o = opts.clone();
            if let Some(d) = o.ddir.take() {
                o.stripdir = Some(dest.clone());
                o.prependdir = Some(d);
            }
            if !compile_dir(vm, &dest, maxlevels, &o)? {
                success = false;
            }
        }
    }
    Ok(Value::Bool(success))
}

/// `python -m compileall`: `sys.exit(int(not main()))`.
fn ca_main_exit(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let ok = ca_main(vm, args, kw)?;
    let status = i64::from(!vm.truthy(&ok)?);
    Err(crate::error::PyErr::with_args(
        &crate::types::types().system_exit,
        vec![Value::Int(status)],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_like_posixpath() {
        assert_eq!(join("a", "b"), "a/b");
        assert_eq!(join("a/", "b"), "a/b");
        assert_eq!(join("a", "/b"), "/b");
        assert_eq!(basename("x/y/z.py"), "z.py");
    }
}
