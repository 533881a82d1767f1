s = "hello"
t = s
s += " world"
print(s, "|", t)
try:
    s[0] = "H"
except TypeError as e:
    print(e)
u = s.upper()
print(s, u)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s.x = 1
except AttributeError as e:
    print(e)
print(s.replace("l", "L") is not s, s[:] is s)
