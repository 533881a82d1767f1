"""Records importlib's cache_from_source/source_from_cache results with pyvm's cache tag, for
compiler/tests/pyc_cache_paths.rs (run with CPython 3.12; prints Rust test rows)."""
import sys, importlib.util, os
sys.implementation.cache_tag = "pyvm-312"
os.chdir("/srv") if os.path.isdir("/srv") else os.chdir("/")
def r(f, *a, **k):
    try:
        return "Ok(%r)" % f(*a, **k)
    except ValueError as e:
        return "Err(%r)" % str(e)
for p, opt in [("/a/b/c.py", None), ("c.tar.py", None), (".hidden", None), ("noext", None),
               ("x.pyw", None), ("/a/b/c.py", "1"), ("/a/b/c.py", "x-1"), ("rel/x.py", None), ("/x.py", None)]:
    print("C", repr(p), repr(opt), None, r(importlib.util.cache_from_source, p, optimization=opt if opt is not None else ''))
sys.pycache_prefix = "/pfx"
for p in ["/srv/app/h.py", "rel/x.py"]:
    print("C", repr(p), None, "/pfx", r(importlib.util.cache_from_source, p, optimization=''))
print("S", "/pfx/srv/app/h.pyvm-312.pyc", "/pfx", r(importlib.util.source_from_cache, "/pfx/srv/app/h.pyvm-312.pyc"))
sys.pycache_prefix = None
for p in ["/a/__pycache__/c.pyvm-312.pyc", "/a/__pycache__/c.cpython-39.pyc", "/a/b/c.pyvm-312.pyc",
          "/a/__pycache__/c.pyc", "/a/__pycache__/c.pyvm-312.opt-1.pyc", "/a/__pycache__/c.pyvm-312.x-1.pyc",
          "/a/__pycache__/c.pyvm-312.opt-!.pyc", "/a/__pycache__/c.d.e.f.pyc", "__pycache__/c.pyvm-312.pyc"]:
    print("S", p, None, r(importlib.util.source_from_cache, p))
