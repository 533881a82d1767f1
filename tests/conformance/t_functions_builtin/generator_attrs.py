def gen():
    x = yield 1
    yield x
g = gen()
print(g.__name__, g.__qualname__, type(g).__name__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_suspended if hasattr(g, "gi_suspended") else "-")
print(next(g), g.send("sent"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(g.gi_frame, g.gi_running)
print(list(g), next(g, "exhausted"))
