//! importlib's path rules with pyvm's cache tag; expectations recorded from CPython 3.12 by
//! `tools/record_pyc_paths.py` (which sets `sys.implementation.cache_tag = "pyvm-312"`).

use std::path::Path;

use pyvm_compiler::pyc_cache::{cache_from_source, source_from_cache};

fn cfs(p: &str, opt: Option<&str>, prefix: Option<&str>) -> Result<String, String> {
    cache_from_source(Path::new(p), opt, prefix.map(Path::new))
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| e.to_string())
}

fn sfc(p: &str, prefix: Option<&str>) -> Result<String, String> {
    source_from_cache(Path::new(p), prefix.map(Path::new))
        .map(|p| p.to_string_lossy().into_owned())
        .map_err(|e| e.to_string())
}

#[test]
fn cache_from_source_matches_importlib() {
    let ok = |s: &str| Ok::<String, String>(s.to_owned());
    assert_eq!(
        cfs("/a/b/c.py", None, None),
        ok("/a/b/__pycache__/c.pyvm-312.pyc")
    );
    assert_eq!(
        cfs("c.tar.py", None, None),
        ok("__pycache__/c.tar.pyvm-312.pyc")
    );
    assert_eq!(
        cfs(".hidden", None, None),
        ok("__pycache__/hidden.pyvm-312.pyc")
    );
    assert_eq!(
        cfs("noext", None, None),
        ok("__pycache__/noextpyvm-312.pyc")
    );
    assert_eq!(cfs("x.pyw", None, None), ok("__pycache__/x.pyvm-312.pyc"));
    assert_eq!(
        cfs("/a/b/c.py", Some("1"), None),
        ok("/a/b/__pycache__/c.pyvm-312.opt-1.pyc")
    );
    assert_eq!(
        cfs("/a/b/c.py", Some(""), None),
        ok("/a/b/__pycache__/c.pyvm-312.pyc")
    );
    assert_eq!(
        cfs("/a/b/c.py", Some("x-1"), None),
        Err("'x-1' is not alphanumeric".to_owned())
    );
    assert_eq!(
        cfs("rel/x.py", None, None),
        ok("rel/__pycache__/x.pyvm-312.pyc")
    );
    assert_eq!(cfs("/x.py", None, None), ok("__pycache__/x.pyvm-312.pyc"));
    assert_eq!(
        cfs("/srv/app/h.py", None, Some("/pfx")),
        ok("/pfx/srv/app/h.pyvm-312.pyc")
    );
    // relative sources are made absolute with the current directory (CPython, cwd /srv:
    // /pfx/srv/rel/x.pyvm-312.pyc)
    let cwd = std::env::current_dir().expect("cwd");
    let cwd = cwd.to_string_lossy();
    assert_eq!(
        cfs("rel/x.py", None, Some("/pfx")),
        Ok(format!(
            "/pfx/{}/rel/x.pyvm-312.pyc",
            cwd.trim_start_matches('/')
        ))
    );
}

#[test]
fn source_from_cache_matches_importlib() {
    let ok = |s: &str| Ok::<String, String>(s.to_owned());
    let err = |s: &str| Err::<String, String>(s.to_owned());
    assert_eq!(
        sfc("/pfx/srv/app/h.pyvm-312.pyc", Some("/pfx")),
        ok("/srv/app/h.py")
    );
    assert_eq!(sfc("/a/__pycache__/c.pyvm-312.pyc", None), ok("/a/c.py"));
    assert_eq!(sfc("/a/__pycache__/c.cpython-39.pyc", None), ok("/a/c.py"));
    assert_eq!(
        sfc("/a/b/c.pyvm-312.pyc", None),
        err("__pycache__ not bottom-level directory in '/a/b/c.pyvm-312.pyc'")
    );
    assert_eq!(
        sfc("/a/__pycache__/c.pyc", None),
        err("expected only 2 or 3 dots in 'c.pyc'")
    );
    assert_eq!(
        sfc("/a/__pycache__/c.pyvm-312.opt-1.pyc", None),
        ok("/a/c.py")
    );
    assert_eq!(
        sfc("/a/__pycache__/c.pyvm-312.x-1.pyc", None),
        err("optimization portion of filename does not start with 'opt-'")
    );
    assert_eq!(
        sfc("/a/__pycache__/c.pyvm-312.opt-!.pyc", None),
        err("optimization level 'opt-!' is not an alphanumeric value")
    );
    assert_eq!(
        sfc("/a/__pycache__/c.d.e.f.pyc", None),
        err("expected only 2 or 3 dots in 'c.d.e.f.pyc'")
    );
    assert_eq!(sfc("__pycache__/c.pyvm-312.pyc", None), ok("c.py"));
}
