import types
m = types.ModuleType("mm", "docs")
print(m, m.__name__, m.__doc__)
m2 = types.ModuleType("nn")
print(m2.__doc__)
class MyMod(types.ModuleType):
    def hello(self): return "hi " + self.__name__
print(MyMod("zz").hello(), type(MyMod("zz")).__name__)
class A:
    def f(self, x): return (self, x)
a = A()
bm = types.MethodType(A.f, a)
print(bm(3)[1], bm.__self__ is a, bm.__func__ is A.f)
print(types.MethodType(lambda s: s * 2, 21)())
class CM(classmethod):
    pass
class SM(staticmethod):
    pass
class B:
    @CM
    def c(cls): return cls.__name__
    @SM
    def s(): return "static"
print(B.c(), B.s(), B().s())
class D(dict): pass
print({1: 2} == D({1: 2}), D({1: 2}) == {1: 2}, D(a=1) != {"a": 2})
print(list(reversed(D(a=1, b=2))), list(reversed({1: 2, 3: 4}.keys())), list(reversed({1: 2, 3: 4}.values())), list(reversed({1: 2, 3: 4}.items())))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__)
print("__call__" in type.__dict__, "__reversed__" in list.__dict__, "__reversed__" in dict.__dict__)
print("__hash__" in list.__dict__, list.__dict__["__hash__"])
print(len.__doc__)
print(print.__doc__.splitlines()[0])
print(isinstance.__doc__.splitlines()[0])
print(callable(types.FunctionType))
ts = [object, type, int, float, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview,
      type({}.keys()), type({}.values()), type({}.items()), types.FunctionType, types.BuiltinFunctionType, types.MethodType, property, classmethod, staticmethod]
for t in ts:
    d = t.__dict__
    print(t.__name__, "__hash__" in d and d["__hash__"] is None, "__call__" in d, "__reversed__" in d)
print(hash((1, 2)) == hash((1, 2)))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(e)


class L(list):
    pass


try:
    hash(L())
except TypeError as e:
    print(e)
print(list.__reversed__([1, 2, 3]).__class__.__name__, list([1, 2].__reversed__()))
print(list(range(4).__reversed__()), list({"a": 1, "b": 2}.__reversed__()))
print(len.__call__([1, 2]), (lambda x: x + 1).__call__(1), staticmethod(abs)(-3))
print(abs.__doc__)
print(sorted.__doc__)
print(repr.__doc__.splitlines()[0], getattr.__doc__.splitlines()[0])
