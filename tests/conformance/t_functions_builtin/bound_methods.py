class A:
    def m(self):
        return self
a = A()
b = a.m
print(b.__self__ is a, b.__func__ is A.m, b() is a, type(b).__name__, b.__name__, b.__qualname__)
print(a.m == a.m, a.m is a.m, a.m == A().m, A.m == A.m, hash(a.m) == hash(a.m))
print([].append.__self__ == [], [].append.__name__, type([].append).__name__, (1).__add__.__self__, type(len).__name__, len.__self__)
print(type(A.m).__name__, A.m(a) is a)
