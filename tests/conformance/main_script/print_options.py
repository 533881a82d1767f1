import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, True, [1], {"k": (1,)})
print("to stderr", file=sys.stderr)
print("err", "parts", sep="|", file=sys.stderr, flush=True)
print("flushed", flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
try:
    print("x", end=[])
except TypeError as e:
    print(e)
sys.stdout.write("write returns nothing printed\n")
print(sys.stdout.write("abc\n"))
