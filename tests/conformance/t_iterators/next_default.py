it = iter([1])
print(next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print(e)
try:
    next(it, 1, 2)
except TypeError as e:
    print(e)
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), sum(Counter()), next(Counter()))
