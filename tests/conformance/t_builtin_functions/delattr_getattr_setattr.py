class A:
    x = 1
a = A()
setattr(a, "y", 2)
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", "default"), hasattr(a, "y"), hasattr(a, "z"))
delattr(a, "y")
print(hasattr(a, "y"), getattr(a, "y", None))
for f in (lambda: getattr(a, "nope"), lambda: delattr(a, "nope"), lambda: getattr(a, 5), lambda: setattr(a, 1, 2), lambda: delattr(A, "zz"), lambda: getattr(a), lambda: setattr(1, "x", 2), lambda: getattr(None, "q")):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
setattr(A, "w", 9)
print(a.w, getattr(a, "__class__").__name__)
