print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None is None, None == None, None != 0, None == False)
def f():
    pass
print(f() is None, [].append(1) is None, print("side effect") is None)
NoneType = type(None)
print(NoneType() is None)
try:
    NoneType(1)
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    None.x = 1
except AttributeError as e:
    print(e)
print({None: "none key"}[None], [None] * 2, None in [0, None])
