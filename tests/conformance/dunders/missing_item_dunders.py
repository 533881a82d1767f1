class OnlyGet:
    def __getitem__(self, k):
        return k
o = OnlyGet()
print(o[3])
try:
    o[1] = 2
except TypeError as e:
    print(e)
try:
    del o[1]
except TypeError as e:
    print(e)
t = (1, 2)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(e)
try:
    five = 5
    five[0]
except TypeError as e:
    print(e)
n = None
try:
    n["k"]
except TypeError as e:
    print(e)
fs = frozenset()
try:
    fs[0]
except TypeError as e:
    print(e)
