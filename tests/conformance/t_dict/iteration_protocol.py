d = {"a": 1, "b": 2, "c": 3}
it = iter(d)
print(type(it).__name__, next(it), list(it))
print(type(iter(d.values())).__name__, type(iter(d.items())).__name__, type(reversed(d)).__name__)
print([k for k in d], [(k, v) for k, v in d.items()], sum(d.values()), max(d), min(d, key=d.get), sorted(d, key=lambda k: -d[k]))
print(list(enumerate(d)), dict(zip(d.values(), d)))
