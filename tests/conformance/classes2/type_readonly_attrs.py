class C: pass
for n in ['__dict__','__mro__','__base__','__basicsize__', '__flags__', '__doc__', '__module__', '__qualname__', '__name__']:
    try:
        setattr(C, n, "x"); print(n, 'ok')
    except Exception as e: print(n, type(e).__name__, e)
    try:
        delattr(C, n); print(n, 'del ok')
    except Exception as e: print(n, type(e).__name__, e)
print(C.__doc__, C.__module__)
