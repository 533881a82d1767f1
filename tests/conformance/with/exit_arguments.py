class Inspect:
    def __enter__(self):
        return "target value"
    def __exit__(self, exc_type, exc_value, traceback):
        print("type:", exc_type)
        print("value:", repr(exc_value))
        print("traceback type:", type(traceback).__name__)
        print("same as __traceback__:", exc_value is None or traceback is exc_value.__traceback__)
        return True

with Inspect() as t:
    print(t)
with Inspect():
    raise KeyError("k")
