import inspect
for f in [len, print, sorted, getattr, pow, round, sum, open, isinstance, compile, globals, max, divmod, format, abs, iter, __import__]:
    try: print(f.__name__, inspect.signature(f), [p.kind.name[:6] for p in inspect.signature(f).parameters.values()])
    except Exception as e: print(f.__name__, type(e).__name__, e)
print(len.__text_signature__, max.__text_signature__)
print(inspect.signature(print).parameters["end"].default == "\n")
