class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o): return V(self.x + o.x) if isinstance(o, V) else V(self.x + o)
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, o): return V(self.x * o)
    def __truediv__(self, o): return V(self.x / o)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __pow__(self, o, mod=None): return V(pow(self.x, o, mod))
    def __matmul__(self, o): return self.x * o.x
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)

a, b = V(7), V(3)
print(a + b, a + 1, a - b, a * 2, a / 2, a // 2, a % 4, a ** 2, pow(a, 2, 5))
print(a @ b, a << 2, a >> 1, a & 3, a | 8, a ^ 5)
print(divmod(a, 2), -a, +a, abs(V(-4)), ~a)
