import builtins
print(type(__builtins__).__name__)
print(builtins.len("abc"), builtins.__name__)
ns = {}
exec("x = len('ab')", ns)
print(ns["x"], type(ns["__builtins__"]).__name__)
restricted = {"__builtins__": {"len": len}}
print(eval("len('abcd')", restricted))
try:
    eval("print('no print')", restricted)
except NameError as e:
    print("NameError:", e)
builtins.custom_builtin = "available everywhere"
print(custom_builtin)
del builtins.custom_builtin
try:
    custom_builtin
except NameError as e:
    print(e)
