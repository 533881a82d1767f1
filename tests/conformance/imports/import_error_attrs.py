e = ImportError("message", name="modname", path="/some/path")
print(e, e.name, e.path)
e2 = ModuleNotFoundError("nope")
print(e2, e2.name, e2.path)
try:
    import totally_missing_mod
except ImportError as e3:
    print(repr(e3), e3.name, e3.path, e3.msg)
