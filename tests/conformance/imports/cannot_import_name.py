try:
    from ipk import does_not_exist
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path.rsplit("/", 2)[-2:])
try:
    from sys import no_such_thing
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name, e.path)
