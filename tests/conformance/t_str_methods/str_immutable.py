s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
try:
    s.x = 1
except AttributeError as e:
    print(e)
try:
    s + 1
except TypeError as e:
    print(e)
try:
    1 + s
except TypeError as e:
    print(e)
try:
    s * 1.5
except TypeError as e:
    print(e)
