m = __import__("ipk.sub.deep")
print(m.__name__)
m = __import__("ipk.sub.deep", fromlist=["DEEP"])
print(m.__name__)
m = __import__("ipk.sub", globals(), None, ["deep"], 0)
print(m.__name__, m.deep.__name__)
m = __import__("a", {"__name__": "ipk.b", "__package__": "ipk"}, None, ["A"], 1)
print(m.__name__, m.A)
m = __import__("", {"__name__": "ipk.sub.deep", "__package__": "ipk.sub"}, None, ["x"], 2)
print(m.__name__)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("ipk", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("ipk", fromlist=[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__("x", {"__name__": "top"}, None, [], 1)
except ImportError as e:
    print(type(e).__name__, e)
