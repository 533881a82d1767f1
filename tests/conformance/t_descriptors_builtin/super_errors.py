def f():
    return super()
try:
    f()
except RuntimeError as e:
    print(e)
class A:
    def g():
        return super()
try:
    A.g()
except RuntimeError as e:
    print(e)
try:
    super(int, "s")
except TypeError as e:
    print(e)
class B(A):
    def m(self):
        return super().missing
try:
    B().m()
except AttributeError as e:
    print(e)
