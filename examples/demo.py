"""A small tour of what pyvm runs: `cargo run --release -p pyvm-cli -- examples/demo.py`."""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"


class Square(Shape):
    def __init__(self, side):
        super().__init__(f"{side}x{side}")
        self.side = side

    def area(self):
        return self.side ** 2


def squares(limit):
    n = 0
    while n * n < limit:
        yield n * n
        n += 1


print("fib(20) =", fib(20))
print("2 ** 100 =", 2 ** 100)
print(sorted([Square(3), Square(1), Square(2)], key=lambda s: s.area()))
print({word: len(word) for word in "the quick brown fox".split()})
print(list(squares(50)))
match {"op": "add", "args": [2, 3]}:
    case {"op": "add", "args": [a, b]}:
        print("matched add:", a + b)
try:
    {}["missing"]
except KeyError as exc:
    print("caught", repr(exc))
print(f"{'done':*^20}")
