square = lambda x: x * x
print(square(7))
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(add(1), add(1, 2, 3, z=4))
print((lambda: "no args")())
print(sorted(["ccc", "a", "bb"], key=lambda s: len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
gs = [lambda: i for i in range(3)]
print([g() for g in gs])
print((lambda *a: a)(1, 2))
print((lambda x: (lambda y: x + y))(3)(4))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5) + "!")
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
