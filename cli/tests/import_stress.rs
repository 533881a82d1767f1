//! The bytecode cache under concurrent use (issue 5, acceptance 4, short form of
//! `tools/stress_import.py`): 4 `pyvm` processes import a package of 50 modules in a loop
//! while this test keeps rewriting the modules' sources for 4 seconds.
//!
//! Every importer reads each module's source version before and after `import pkg` and checks
//! that it ran code no older than the source it saw (and no code mixing two versions); every
//! edit makes the file strictly longer than all its earlier versions (the cache check compares
//! size and 32-bit mtime, so a stale pyc is always detectable) and is written to a temporary
//! file renamed into place. Afterwards every file in `__pycache__` must be a whole pyvm pyc,
//! and a run with `-v` must take every module from the cache.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pyvm_compiler::serialize::{code_from_marshal, MAGIC};

const MODULES: usize = 50;
const IMPORTERS: usize = 4;
const EDIT_FOR: Duration = Duration::from_secs(4);

/// Run by pyvm: prints `OK 50` or `BAD ...` with what went wrong.
const WORKER: &str = r#"
import sys
root = sys.argv[1]
count = int(sys.argv[2])
names = ["m%02d" % i for i in range(count)]

def versions():
    out = []
    for name in names:
        with open(root + "/pkg/" + name + ".py") as f:
            first = f.readline()
        out.append(int(first.split("=")[1]))
    return out

before = versions()
import pkg
after = versions()
bad = []
for i, name in enumerate(names):
    m = getattr(pkg, name)
    v = m.VERSION
    if not before[i] <= v <= after[i]:
        bad.append("%s: source said %d before and %d after, module has %d" % (name, before[i], after[i], v))
    if m.tag() != "v%d" % v or m.Box().twice() != 2 * v or m.TABLE[-1] != v:
        bad.append("%s: code disagrees with VERSION %d" % (name, v))
if bad:
    print("BAD " + "; ".join(bad))
else:
    print("OK %d" % len(names))
"#;

/// Module `index` at `version`, padded with a comment to at least `min_len` bytes.
fn module_text(index: usize, version: u64, min_len: usize) -> String {
    let prev = if index == 0 {
        "prev = None\n".to_owned()
    } else {
        format!("from . import m{:02} as prev\n", index - 1)
    };
    let mut text = format!(
        "VERSION = {version}\n{prev}TABLE = [i * {version} for i in range(3)] + [{version}]\n\
         def tag():\n    return 'v{version}'\n\
         class Box:\n    def __init__(self):\n        self.n = {version}\n\
         \x20   def twice(self):\n        return self.n * 2\n"
    );
    if text.len() < min_len {
        text.push_str(&"#".repeat(min_len - text.len() - 1));
        text.push('\n');
    }
    text
}

fn write_atomic(path: &Path, text: &str) {
    let tmp = path.with_extension("py.tmp");
    std::fs::write(&tmp, text).expect("write temporary source");
    std::fs::rename(&tmp, path).expect("rename source into place");
}

struct Tree {
    root: PathBuf,
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn make_tree() -> (Tree, Vec<usize>) {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let root =
        std::env::temp_dir().join(format!("pyvm-import-stress-{}-{nanos}", std::process::id()));
    let pkg = root.join("pkg");
    std::fs::create_dir_all(&pkg).expect("create package directory");
    let names: Vec<String> = (0..MODULES).map(|i| format!("m{i:02}")).collect();
    std::fs::write(
        pkg.join("__init__.py"),
        format!("from . import {}\n", names.join(", ")),
    )
    .expect("write __init__");
    let mut sizes = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let text = module_text(i, 1, 0);
        write_atomic(&pkg.join(format!("{name}.py")), &text);
        sizes.push(text.len());
    }
    std::fs::write(root.join("worker.py"), WORKER).expect("write worker");
    (Tree { root }, sizes)
}

fn run_worker(root: &Path, verbose: bool) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyvm"));
    if verbose {
        cmd.arg("-v");
    }
    cmd.arg(root.join("worker.py"))
        .arg(root)
        .arg(MODULES.to_string())
        .current_dir(root)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .output()
        .expect("start pyvm")
}

/// `None` if the run printed the worker's OK line and nothing else, else what went wrong.
fn problem(out: &Output, allow_stderr: bool) -> Option<String> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let ok = out.status.success()
        && stdout == format!("OK {MODULES}\n")
        && (allow_stderr || stderr.is_empty());
    (!ok).then(|| format!("{}: stdout {stdout:?}, stderr {stderr:?}", out.status))
}

/// Whether `bytes` is a whole pyvm pyc: header (magic, flags 0) and a valid code object.
fn pyc_problem(bytes: &[u8]) -> Option<String> {
    let Some(header) = bytes.get(..16) else {
        return Some("shorter than the header".into());
    };
    if header[..4] != MAGIC || header[4..8] != [0; 4] {
        return Some(format!("bad header {header:02x?}"));
    }
    code_from_marshal(&bytes[16..]).err().map(|e| e.to_string())
}

#[test]
fn importers_never_see_stale_code_or_torn_pycs() {
    let (tree, mut sizes) = make_tree();
    let root = tree.root.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let runs = Arc::new(AtomicUsize::new(0));
    let failures = Arc::new(Mutex::new(Vec::<String>::new()));
    let importers: Vec<_> = (0..IMPORTERS)
        .map(|_| {
            let (root, stop, runs, failures) =
                (root.clone(), stop.clone(), runs.clone(), failures.clone());
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let out = run_worker(&root, false);
                    runs.fetch_add(1, Ordering::Relaxed);
                    if let Some(p) = problem(&out, false) {
                        failures.lock().map(|mut f| f.push(p)).ok();
                    }
                }
            })
        })
        .collect();

    // The editor: a small deterministic generator picks the module to rewrite.
    let mut versions = [1u64; MODULES];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut edits = 0;
    let start = Instant::now();
    while start.elapsed() < EDIT_FOR {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let i = (state % MODULES as u64) as usize;
        versions[i] += 1;
        let text = module_text(i, versions[i], sizes[i] + 1 + (state >> 32) as usize % 4);
        assert!(text.len() > sizes[i]);
        sizes[i] = text.len();
        write_atomic(&root.join("pkg").join(format!("m{i:02}.py")), &text);
        edits += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    stop.store(true, Ordering::Relaxed);
    for t in importers {
        t.join().expect("importer thread");
    }
    let failures = failures.lock().map(|f| f.clone()).unwrap_or_default();
    let runs = runs.load(Ordering::Relaxed);
    eprintln!("{runs} runs, {edits} edits, {} failures", failures.len());
    assert!(runs >= IMPORTERS, "too few runs: {runs}");
    assert!(
        failures.is_empty(),
        "failed runs: {:#?}",
        &failures[..failures.len().min(5)]
    );

    // Edits over: one run refreshes the cache, the next takes every module from it.
    assert_eq!(problem(&run_worker(&root, false), false), None);
    let verbose = run_worker(&root, true);
    assert_eq!(problem(&verbose, true), None);
    let trace = String::from_utf8_lossy(&verbose.stderr);
    let lines = || trace.lines();
    let from_cache = lines()
        .filter(|l| l.starts_with("# code object from ") && l.contains(".pyc"))
        .count();
    assert_eq!(from_cache, MODULES + 1, "{trace}");
    assert_eq!(
        lines().filter(|l| l.starts_with("# created ")).count(),
        0,
        "{trace}"
    );

    let cache = root.join("pkg").join("__pycache__");
    let mut pycs = 0;
    for entry in std::fs::read_dir(&cache).expect("__pycache__ exists") {
        let path = entry.expect("directory entry").path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_default();
        assert!(
            name.ends_with(".pyvm-312.pyc"),
            "left in __pycache__: {name}"
        );
        let bytes = std::fs::read(&path).expect("read pyc");
        assert_eq!(pyc_problem(&bytes), None, "{name}");
        pycs += 1;
    }
    assert_eq!(pycs, MODULES + 1);
}
