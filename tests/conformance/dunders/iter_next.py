class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)

class Reusable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
r = Reusable("ab")
print(list(r), list(r), sorted(r, reverse=True))
