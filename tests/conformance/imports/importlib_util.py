import sys
import importlib.util as u
tag = sys.implementation.cache_tag
print(u.cache_from_source("/a/b/mod.py").replace(tag, "TAG"))
print(u.cache_from_source("pkg/__init__.py").replace(tag, "TAG"))
print(u.cache_from_source("/a/b.py", optimization=2).replace(tag, "TAG"))
print(u.source_from_cache("/a/__pycache__/mod.xyz-1.pyc"))
try:
    u.source_from_cache("/a/mod.pyc")
except ValueError as e:
    print(type(e).__name__, e)
print(len(u.MAGIC_NUMBER), u.MAGIC_NUMBER[2:])
print(u.find_spec("no_such_module_here"))
s = u.find_spec("ipk.sub.deep")
print(s.name, s.parent, s.has_location, s.origin.rsplit("/", 3)[-3:])
print(u.resolve_name(".a", "ipk"))
