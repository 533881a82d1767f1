# PEP 695 type parameters and type aliases.
type Point = tuple[float, float]
type Pair[T] = tuple[T, T]
type Bounded[T: int, U: (str, bytes)] = dict[T, U]
type Variadic[*Ts, **P] = Callable[P, tuple[*Ts]]


def first[T](items: list[T]) -> T:
    return items[0]


def many[T: Hashable, *Ts, **P](x: T, *args: *Ts, **kwargs: P.kwargs) -> None:
    pass


async def agen[T](x: T) -> T:
    return x


class Box[T]:
    def get[U](self, other: U) -> T | U:
        ...


class Derived[K, V: object](Base[K], Generic2[V]):
    pass


type = 5
type.attr = 6
print(type)
