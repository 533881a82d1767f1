class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")

try:
    with BadExit():
        print("body ok")
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)

try:
    with BadExit():
        raise ValueError("body failed")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))
