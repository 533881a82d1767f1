import types
print(sorted(n for n in dir(types) if not n.startswith('_')))
def f(): yield 1
print(types.FunctionType, types.GeneratorType, types.MethodType, types.ModuleType, types.SimpleNamespace, types.MappingProxyType, types.NoneType, types.CodeType, types.BuiltinFunctionType, types.CellType)
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace(r=3))
m = types.ModuleType("mymod", "doc here")
print(m.__name__, m.__doc__, repr(m))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), list(mp), "k" in mp)
try:
    mp["z"] = 2
except TypeError as e:
    print(e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x, types.resolve_bases((int,)), types.prepare_class("D")[0], types.get_original_bases(C))
class A: pass
bm = types.MethodType(lambda self, y: (type(self).__name__, y), A())
print(bm(3))
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int), type(int | None) is types.UnionType)
