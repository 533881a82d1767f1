print(iter([1, 2, 3]).__length_hint__(), iter((1,)).__length_hint__(), iter(range(10)).__length_hint__(), reversed([1, 2]).__length_hint__(), iter("abc").__length_hint__())
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__())
