class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__, ev)
            return True
        return None

with Suppress(KeyError, IndexError):
    {}["missing"]
    print("not reached")
print("after first block")
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("propagated", e)

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string is truthy"
with Truthy():
    raise RuntimeError("swallowed")
print("truthy return suppresses")
