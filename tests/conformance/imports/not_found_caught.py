for name in ["no_such_mod", "ipk.no_such_sub", "ipk.a.deeper"]:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    import ipk.nope.deeper
except ImportError as e:
    print(type(e).__name__, e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))
