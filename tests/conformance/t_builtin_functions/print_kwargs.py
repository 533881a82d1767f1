print("a", "b", "c")
print("a", "b", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print("|after")
print("x", end="!\n", sep="+")
print()
print(sep="ignored")
print(1, 2, sep=None, end=None)
print("flush", flush=True)
import sys
print("to stdout", file=sys.stdout)
print("to stdout none", file=None)
for kw in ({"sep": 5}, {"end": 1}, {"bogus": 1}, {"file": 5}):
    try:
        print("x", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
