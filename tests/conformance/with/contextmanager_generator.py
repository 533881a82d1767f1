class contextmanager_like:
    def __init__(self, genfunc):
        self.genfunc = genfunc
    def __call__(self, *args):
        return _GenCM(self.genfunc(*args))

class _GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        return False

@contextmanager_like
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print("handled inside generator:", e)
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("content", t)
with tag("i"):
    raise ValueError("oops")
print("continues")
