def faulty():
    yield 1
    raise ValueError("inside generator")
    yield 2

g = faulty()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "exhausted after error"))
def wrapper():
    try:
        yield from faulty()
    except ValueError as e:
        yield f"wrapper caught {e}"
print(list(wrapper()))
