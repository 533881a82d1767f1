o = object()
print(type(o) is object, isinstance(o, object), object() is not object(), len(dir(object)) > 10, object.__new__(object).__class__.__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class A:
    def __init__(self, x):
        self.x = x
try:
    object.__new__(A).x
except AttributeError as e:
    print(e)
