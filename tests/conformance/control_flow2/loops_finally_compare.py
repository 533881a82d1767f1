for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
else:
    print("else not reached")
for i in range(2):
    pass
else:
    print("else reached", i)
for x in []:
    pass
else:
    print("empty else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    try:
        break
    finally:
        print("finally on break")
def f():
    for i in range(3):
        try:
            return i
        finally:
            print("fin", i)
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            if i == 1:
                return "from finally"
    return "end"
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    while True:
        try:
            raise ValueError
        finally:
            break
    return "swallowed"
print(k())
data = [1, 2, 3, 0, 4]
it = iter(data)
while (x := next(it)) != 0:
    print("walrus", x)
print("after", x)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == 1:
            continue
        print(i, j)
    else:
        print("inner else", i)
def calls(v, tag):
    print("eval", tag)
    return v
print(calls(1, "a") < calls(2, "b") < calls(3, "c"))
print(calls(1, "a") < calls(0, "b") < calls(3, "c"))
print(1 < 2 > 1 == 1 != 2 <= 2 >= 2 is not None)
x = 5
print(0 < x < 10, 10 < x < 20, 'a' in 'abc' in ['abc'])
print(0 or "", [] or None, 1 and 2, 0 and 1, "x" or 1/0, None and 1/0)
print(not 0, not [], not "a")
print("yes" if [] else "no", "a" if 1 else "b" if 0 else "c")
class Weird:
    def __bool__(self):
        print("bool called")
        return False
w = Weird()
print((w or 5), (w and 5) is w)
if not w:
    print("not w")
class BadBool:
    def __bool__(self): return 1
try:
    if BadBool(): pass
except TypeError as e:
    print(e)
class LenBool:
    def __len__(self): return 0
print(bool(LenBool()), "t" if LenBool() else "f")
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
i = 0
while i < 10:
    i += 1
    if i % 2: continue
    if i > 6: break
    print("w", i)
else:
    print("no")
try:
    for i in range(3):
        pass
    else:
        raise KeyError("from else")
except KeyError as e:
    print("caught", e)
