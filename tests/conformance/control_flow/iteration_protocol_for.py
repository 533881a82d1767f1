class Trace:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        print("__iter__")
        return self
    def __next__(self):
        print("__next__", self.i)
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

for v in Trace(2):
    print("body", v)

it = iter([10, 20, 30])
for v in it:
    print(v)
    if v == 10:
        print("skip", next(it))
print(list(it))
