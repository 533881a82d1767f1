g = lambda: (yield)
h = lambda: (yield from g())
