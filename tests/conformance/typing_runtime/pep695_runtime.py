class Box[T]:
    def __init__(self, item: T):
        self.item = item

(T,) = Box.__type_params__
print(T, type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(Box.__mro__)
print(Box[int])
print(Box[int](3).item)

def ident[U: (int, str), *Ts, **P](x: U) -> U:
    return x
U, Ts, P = ident.__type_params__
print(U, Ts, P, type(Ts).__name__, type(P).__name__)
print(U.__constraints__, U.__bound__)

class Later[V: "Fwd"]:
    pass
(V,) = Later.__type_params__
class Fwd: pass
print(V.__bound__)

type Alias = list[int]
print(Alias, Alias.__value__, Alias.__name__, Alias.__type_params__, Alias.__module__)
type Lazy = Undefined
print(Lazy.__name__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError", e)
type Pair[K, V2] = dict[K, V2]
print(Pair[str, int], Pair.__type_params__)
print(list[T], list[T].__parameters__, dict[str, T][int])
print((int | str).__parameters__)
def plain[X](a: X) -> list[X]:
    return [a]
print(plain(1), plain.__annotations__)
