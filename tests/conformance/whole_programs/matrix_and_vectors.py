class Vector:
    def __init__(self, *comps):
        self.comps = tuple(comps)
    def __len__(self):
        return len(self.comps)
    def __iter__(self):
        return iter(self.comps)
    def __add__(self, other):
        if len(self) != len(other):
            raise ValueError("dimension mismatch")
        return Vector(*(a + b for a, b in zip(self, other)))
    def __sub__(self, other):
        return self + (-1) * other
    def __mul__(self, k):
        return Vector(*(k * a for a in self))
    __rmul__ = __mul__
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))
    def __abs__(self):
        return (self @ self) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vector) and self.comps == other.comps
    def __hash__(self):
        return hash(self.comps)
    def __repr__(self):
        return f"Vector{self.comps}"

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v + w, w - v, 2 * v, v * 3, v @ w, abs(Vector(3, 4)))
print(v == Vector(1, 2, 3), len({v, Vector(1, 2, 3)}))
try:
    v + Vector(1)
except ValueError as e:
    print(e)
a = [[1, 2], [3, 4]]
print(matmul(a, a), matmul(a, identity(2)) == a)
print(det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(identity(4)))
