class Outer[T]:
    type Inner = list[T]
    attr: T
    def method[U](self, a: T, b: U) -> tuple[T, U]:
        return (a, b)
    class Nested[V]:
        def f(self, v: V) -> V: return v
print(Outer.Inner, Outer.Inner.__value__, Outer.__annotations__)
print(Outer.method.__type_params__, Outer.method.__annotations__)
print(Outer().method(1, "x"), Outer.Nested.__type_params__, Outer.Nested().f(3))
def deco(f):
    f.decorated = True
    return f
@deco
def gen_fn[*Ts](*args: *Ts) -> None: pass
print(gen_fn.decorated, gen_fn.__type_params__, gen_fn.__annotations__)
def with_defaults[T](x: T = 5, *, y: T = 6) -> T:
    return x + y
print(with_defaults(), with_defaults(1, y=2), with_defaults.__defaults__, with_defaults.__kwdefaults__)
class Base[T]:
    def get(self) -> T: ...
class Child(Base[int]): pass
print(Child.__mro__, Child.__orig_bases__, Base[int].__origin__ is Base)
x = 10
class UsesGlobal[T]:
    val = x
print(UsesGlobal.val)
def star_tuple(*args: *tuple[int, ...]): pass
print(star_tuple.__annotations__, list[int].__unpacked__, [*tuple[int, str]])
