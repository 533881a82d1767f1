//! The bytecode-cache cycle of issue 5 (acceptance 1), run through the `pyvm` binary in a
//! temporary directory: the first import compiles and writes `__pycache__/NAME.pyvm-312.pyc`,
//! a second process uses it (as `-v` shows), an edited source is recompiled, a corrupted pyc is
//! replaced, an unwritable `__pycache__` is ignored, the main script is never cached, `-m` is,
//! and the switches that stop writing (`-B`, `PYTHONDONTWRITEBYTECODE`,
//! `sys.dont_write_bytecode`) and move it (`PYTHONPYCACHEPREFIX`) work.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const MODULE: &str = r#"print("Importing module module.py")
var_1 = 1
def foo():
    print("In function foo")
foo()
if __name__ == '__main__':
    print("In __main__  part")
"#;

const TAG: &str = "pyvm-312";

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("pyvm-import-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir.canonicalize().expect("canonical temp dir"))
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

struct Run {
    out: String,
    err: String,
    ok: bool,
}

/// Runs pyvm in `dir` with writing allowed (the machines export PYTHONDONTWRITEBYTECODE).
fn pyvm(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pyvm"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env_remove("PYTHONPATH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().expect("run pyvm");
    Run {
        out: String::from_utf8_lossy(&output.stdout).into_owned(),
        err: String::from_utf8_lossy(&output.stderr).into_owned(),
        ok: output.status.success(),
    }
}

fn pyc_of(dir: &Path) -> PathBuf {
    dir.join("__pycache__").join(format!("module.{TAG}.pyc"))
}

#[test]
fn the_whole_cycle() {
    let tmp = TempDir::new("cycle");
    let dir = &tmp.0;
    let d = dir.display().to_string();
    fs::write(dir.join("module.py"), MODULE).expect("write module");
    let pyc = pyc_of(dir);

    // 1. First import: runs the module, writes the pyc, names it in __cached__.
    let r = pyvm(dir, &["-c", "import module; print(module.__cached__)"], &[]);
    assert!(r.ok, "{}", r.err);
    assert_eq!(
        r.out,
        format!(
            "Importing module module.py\nIn function foo\n{}\n",
            pyc.display()
        )
    );
    assert!(pyc.is_file(), "no pyc written");

    // 2. A second process takes the cached path.
    let r = pyvm(dir, &["-v", "-c", "import module"], &[]);
    assert!(r.ok, "{}", r.err);
    assert!(
        r.err.contains(&format!(
            "# {d}/__pycache__/module.{TAG}.pyc matches {d}/module.py\n# code object from '{d}/__pycache__/module.{TAG}.pyc'\n"
        )),
        "{}",
        r.err
    );
    assert!(r
        .err
        .contains("import 'module' # <_frozen_importlib_external.SourceFileLoader object at "));
    assert!(!r.err.contains(&format!("# code object from {d}/module.py")));
    assert_eq!(r.out, "Importing module module.py\nIn function foo\n");

    // 3. Editing the source (new size) recompiles and rewrites.
    fs::write(dir.join("module.py"), format!("{MODULE}var_2 = 2\n")).expect("edit");
    let r = pyvm(
        dir,
        &["-v", "-c", "import module; print(module.var_2)"],
        &[],
    );
    assert!(r.ok, "{}", r.err);
    assert!(
        r.err.contains("# bytecode is stale for 'module'\n"),
        "{}",
        r.err
    );
    assert!(r
        .err
        .contains(&format!("# code object from {d}/module.py\n")));
    assert!(r
        .err
        .contains(&format!("# created '{d}/__pycache__/module.{TAG}.pyc'\n")));
    assert!(r.out.ends_with("2\n"));
    let r = pyvm(dir, &["-v", "-c", "import module"], &[]);
    assert!(r.err.contains("# code object from '"), "{}", r.err);

    // 4. A corrupted pyc (bad magic, then a good header with a damaged body) is replaced.
    fs::write(&pyc, b"junkjunkjunkjunkjunk").expect("corrupt");
    let r = pyvm(dir, &["-v", "-c", "import module"], &[]);
    assert!(r.ok, "{}", r.err);
    assert!(
        r.err.contains("# bad magic number in 'module': b'junk'\n"),
        "{}",
        r.err
    );
    assert!(r.err.contains("# created '"));
    let good = fs::read(&pyc).expect("read pyc");
    let mut damaged = good.get(..16).expect("header").to_vec();
    damaged.extend_from_slice(b"\xff\xfe garbage");
    fs::write(&pyc, &damaged).expect("damage body");
    let r = pyvm(dir, &["-c", "import module; print(module.var_1)"], &[]);
    assert!(r.ok, "{}", r.err);
    assert!(r.out.ends_with("1\n"));
    assert_eq!(fs::read(&pyc).expect("read pyc"), good);

    // 5. An unwritable cache (a FILE named __pycache__): imports anyway, __cached__ still set.
    fs::remove_dir_all(dir.join("__pycache__")).expect("remove cache");
    fs::write(dir.join("__pycache__"), "not a directory").expect("block cache");
    let r = pyvm(
        dir,
        &["-v", "-c", "import module; print(module.__cached__)"],
        &[],
    );
    assert!(r.ok, "{}", r.err);
    assert!(
        r.err.contains(&format!(
            "# could not create '{d}/__pycache__/module.{TAG}.pyc': NotADirectoryError(20, 'Not a directory')\n"
        )),
        "{}",
        r.err
    );
    assert!(r.out.ends_with(&format!("{}\n", pyc.display())));
    fs::remove_file(dir.join("__pycache__")).expect("unblock cache");

    // 6. The main script is never cached.
    let r = pyvm(dir, &["module.py"], &[]);
    assert!(r.ok, "{}", r.err);
    assert_eq!(
        r.out,
        "Importing module module.py\nIn function foo\nIn __main__  part\n"
    );
    assert!(
        !dir.join("__pycache__").exists(),
        "the main script was cached"
    );

    // 7. ... but `-m module` is, and runs as __main__ with argv[0] the full path.
    let r = pyvm(dir, &["-m", "module", "x"], &[]);
    assert!(r.ok, "{}", r.err);
    assert_eq!(
        r.out,
        "Importing module module.py\nIn function foo\nIn __main__  part\n"
    );
    assert!(pyc.is_file(), "-m did not cache");
}

#[test]
fn switches_that_stop_or_move_writing() {
    let tmp = TempDir::new("switches");
    let dir = &tmp.0;
    fs::write(dir.join("module.py"), MODULE).expect("write module");
    let cache = dir.join("__pycache__");
    for (args, env) in [
        (vec!["-B", "-c", "import module"], vec![]),
        (
            vec!["-c", "import module"],
            vec![("PYTHONDONTWRITEBYTECODE", "1")],
        ),
        (
            vec![
                "-c",
                "import sys; sys.dont_write_bytecode = True; import module",
            ],
            vec![],
        ),
    ] {
        let r = pyvm(dir, &args, &env);
        assert!(r.ok, "{}", r.err);
        assert!(!cache.exists(), "{args:?} {env:?} wrote a pyc");
    }
    // "0" means off, as CPython parses it.
    let r = pyvm(
        dir,
        &["-c", "import module"],
        &[("PYTHONDONTWRITEBYTECODE", "0")],
    );
    assert!(r.ok && cache.exists(), "{}", r.err);
    fs::remove_dir_all(&cache).expect("clean");

    let prefix = dir.join("prefix");
    let p = prefix.display().to_string();
    let r = pyvm(
        dir,
        &[
            "-c",
            "import sys, module; print(sys.pycache_prefix); print(module.__cached__)",
        ],
        &[("PYTHONPYCACHEPREFIX", &p)],
    );
    assert!(r.ok, "{}", r.err);
    let expected = format!("{p}{}/module.{TAG}.pyc", dir.display());
    assert!(r.out.ends_with(&format!("{p}\n{expected}\n")), "{}", r.out);
    assert!(Path::new(&expected).is_file());
    assert!(!cache.exists());
}

#[test]
fn legacy_pyc_without_source_imports() {
    let tmp = TempDir::new("legacy");
    let dir = &tmp.0;
    fs::write(dir.join("module.py"), MODULE).expect("write module");
    let r = pyvm(dir, &["-c", "import module"], &[]);
    assert!(r.ok, "{}", r.err);
    let other = dir.join("other");
    fs::create_dir_all(&other).expect("mkdir");
    fs::copy(pyc_of(dir), other.join("legacy.pyc")).expect("copy pyc");
    let r = pyvm(
        &other,
        &[
            "-c",
            "import legacy; print(legacy.var_1, legacy.__file__ == legacy.__cached__)",
        ],
        &[],
    );
    assert!(r.ok, "{}", r.err);
    assert_eq!(
        r.out,
        "Importing module module.py\nIn function foo\n1 True\n"
    );
    // A pyc in __pycache__ without its source is never imported.
    fs::remove_file(dir.join("module.py")).expect("remove source");
    let r = pyvm(dir, &["-c", "import module"], &[]);
    assert!(!r.ok);
    assert!(
        r.err
            .ends_with("ModuleNotFoundError: No module named 'module'\n"),
        "{}",
        r.err
    );
}

#[test]
fn dash_m_errors_and_packages() {
    let tmp = TempDir::new("dashm");
    let dir = &tmp.0;
    fs::create_dir_all(dir.join("pkg")).expect("mkdir");
    fs::write(dir.join("pkg/__init__.py"), "print('pkg init')\n").expect("write");
    fs::write(
        dir.join("pkg/__main__.py"),
        "import sys\nprint('main of', __spec__.name, __name__, sys.argv[1:])\n",
    )
    .expect("write");
    fs::create_dir_all(dir.join("bare")).expect("mkdir");
    fs::write(dir.join("bare/__init__.py"), "").expect("write");
    let r = pyvm(dir, &["-B", "-m", "pkg", "a"], &[]);
    assert!(r.ok, "{}", r.err);
    assert_eq!(r.out, "pkg init\nmain of pkg.__main__ __main__ ['a']\n");
    let r = pyvm(dir, &["-m", "nosuch"], &[]);
    assert!(!r.ok);
    assert!(r.err.ends_with(": No module named nosuch\n"), "{}", r.err);
    let r = pyvm(dir, &["-B", "-m", "bare"], &[]);
    assert!(!r.ok);
    assert!(
        r.err.ends_with(": No module named bare.__main__; 'bare' is a package and cannot be directly executed\n"),
        "{}",
        r.err
    );
    let r = pyvm(dir, &["-m", "nosuch.sub"], &[]);
    assert!(
        r.err.ends_with(": Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')\n"),
        "{}",
        r.err
    );
}

#[test]
fn a_directory_runs_its_main_and_caches_it() {
    let tmp = TempDir::new("dirmain");
    let dir = &tmp.0;
    fs::create_dir_all(dir.join("app")).expect("mkdir");
    fs::write(
        dir.join("app/__main__.py"),
        "import sys\nprint(__name__, __spec__.name, sys.argv, sys.path[0] == __file__.rsplit('/', 1)[0])\n",
    )
    .expect("write");
    let r = pyvm(dir, &["app", "x"], &[]);
    assert!(r.ok, "{}", r.err);
    assert_eq!(r.out, "__main__ __main__ ['app', 'x'] True\n");
    assert!(dir
        .join("app/__pycache__")
        .join(format!("__main__.{TAG}.pyc"))
        .is_file());
}

#[test]
fn running_a_pyc_directly() {
    let tmp = TempDir::new("runpyc");
    let dir = &tmp.0;
    fs::write(dir.join("module.py"), MODULE).expect("write module");
    let r = pyvm(dir, &["-c", "import module"], &[]);
    assert!(r.ok, "{}", r.err);
    let pyc = pyc_of(dir).display().to_string();
    let r = pyvm(dir, &[&pyc], &[]);
    assert!(r.ok, "{}", r.err);
    assert!(r.out.ends_with("In __main__  part\n"));
    fs::write(dir.join("bad.pyc"), "garbagegarbagegarbage").expect("write");
    let r = pyvm(dir, &["bad.pyc"], &[]);
    assert!(!r.ok);
    assert_eq!(r.err, "RuntimeError: Bad magic number in .pyc file\n");
}
