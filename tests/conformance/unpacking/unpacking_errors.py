cases = [
    "a, b = [1, 2, 3]",
    "a, b, c = (1, 2)",
    "a, b = 1",
    "a, *b, c = [1]",
    "a, b = 'xyz'",
    "(a, b), c = [1, 2], 3",
    "a, b = {'k': 1}",
    "a, b, c = iter([1])",
    "[a] = []",
    "a, b = None",
]
for src in cases:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(f"{src:<25} {type(e).__name__}: {e}")
def gen():
    yield 1
    yield 2
    yield 3
try:
    a, b = gen()
except ValueError as e:
    print(e)
