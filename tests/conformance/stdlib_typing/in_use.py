import dataclasses
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, NamedTuple, Optional,
                    Protocol, Tuple, TypeVar, Union, get_type_hints, overload)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))


s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(list(s), s.pop(), Stack[str], Stack.__parameters__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair[str, int], Pair.__parameters__, Pair('a', 1).v)


@dataclasses.dataclass
class Config:
    name: str
    retries: int = 3
    tags: List[str] = dataclasses.field(default_factory=list)
    registry: ClassVar[Dict[str, int]] = {}
    parent: 'Optional[Config]' = None


c = Config('x')
print(c, [f.name for f in dataclasses.fields(Config)], Config.registry)
print(get_type_hints(Config))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def describe(self) -> str:
        return f'{self.name}#{self.id}'


e = Employee('ann')
print(e, e.describe(), e._replace(id=5), Employee._make(['bob', 9]), e._asdict())
print(get_type_hints(Employee))


def apply(f: 'Callable[[int], int]', xs: List[int]) -> 'List[int]':
    return [f(x) for x in xs]


print(apply(lambda x: x * 2, [1, 2]), apply.__annotations__)
print(get_type_hints(apply))


class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return 'hello ' + name


def welcome(g: Greeter) -> str:
    return g.greet('bob')


print(welcome(English()))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2


print(double(2), double('ab'))
Vector = List[float]
Matrix = List[Vector]
print(Vector, Matrix, Tuple[int, Any])
