class A:
    def __call__(self):
        pass
class B:
    pass
def f():
    pass
print(callable(f), callable(A), callable(A()), callable(B()), callable(len), callable(1), callable("s"), callable(lambda: 0), callable(str.upper), callable([].append), callable(type), callable(None))
b = B()
b.__call__ = lambda: 1
print(callable(b))
