ns = {}
exec("a = 1\ndef f(x):\n    return x + a\nb = f(10)", ns)
print(ns["a"], ns["b"], sorted(k for k in ns if k != "__builtins__"))
loc = {}
exec("c = 5", {}, loc)
print(loc)
print(exec("1"), exec("print('inside exec')"))
try:
    exec("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("raise KeyError('k')")
except KeyError as e:
    print("KeyError", e)
code = compile("q = 7", "<s>", "exec")
exec(code, ns)
print(ns["q"])
