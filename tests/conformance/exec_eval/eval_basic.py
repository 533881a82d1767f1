print(eval("1 + 2 * 3"))
print(eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 5}))
print(eval("  42  "))
print(eval("'a' 'b'"))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_name_here")
except NameError as e:
    print("NameError:", e)
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval("__name__"), eval("__name__", {}))
