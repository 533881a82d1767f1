print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, type(...)() is Ellipsis, type(NotImplemented)() is NotImplemented)
class A:
    def __eq__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
a = A()
print(a == a, a == 1, a != 2)
try:
    a + 1
except TypeError as e:
    print(e)
print(type(NotImplemented).__name__, NotImplemented is NotImplemented)
