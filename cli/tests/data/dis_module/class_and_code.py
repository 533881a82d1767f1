import dis


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def make(cls):
        return cls(1, 2)

    size = 2


dis.dis(Point)
print("----")
dis.dis(Point(1, 2).norm)
print("----")
code = compile("def g(a):\n    return [a * i for i in range(3)]\nprint(g(2))\n", "<golden>", "exec")
dis.dis(code)
print("----")
dis.dis("x + 1")
print("----")
dis.dis("y = x + 1\nprint(y)")


def gen():
    yield 1


print("----")
dis.dis(gen())
