s = "hello.py"
print(s.endswith(".py"), s.endswith("py", 0, 5), s.endswith(("x", ".py")), s.endswith(""), s.endswith("", 10), s.endswith("hello", 0, 5), s.endswith("o", -4, -3))
print("".endswith(""), "a".endswith(()), s.endswith(".py", -3), s.endswith("y", None, None))
try:
    s.endswith(["py"])
except TypeError as e:
    print(e)
try:
    s.endswith(("a", 1))
except TypeError as e:
    print(e)
