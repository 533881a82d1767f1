s = "hello world"
print(s.startswith("he"), s.startswith("wor", 6), s.startswith(("a", "h")), s.startswith(""), s.startswith("", 11), s.startswith("", 12), s.startswith("o", -5, -4), s.startswith("hello world!"))
try:
    s.startswith(3)
except TypeError as e:
    print(e)
