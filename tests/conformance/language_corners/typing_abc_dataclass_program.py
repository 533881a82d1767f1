from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Generic, TypeVar, Protocol, Optional, Union, Callable
import enum

T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        return self._items.pop()
s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)

class Shape(ABC):
    @abstractmethod
    def area(self) -> float: ...
    def describe(self) -> str:
        return f"{type(self).__name__} with area {self.area():.2f}"
@dataclass(order=True)
class Rect(Shape):
    w: float
    h: float = 1.0
    tags: list[str] = field(default_factory=list, compare=False)
    def area(self) -> float:
        return self.w * self.h
r = Rect(2, 3)
print(r, r.describe(), Rect(1) < Rect(2), isinstance(r, Shape))
try:
    Shape()
except TypeError as e:
    print(e)
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED, Color(2), [c.name for c in Color], Color.RED in Color)
def opt(x: Optional[int] = None, y: Union[int, str] = 0, f: Callable[[int], int] | None = None) -> int | None:
    return x
print(opt.__annotations__)
class Greeter(Protocol):
    def greet(self) -> str: ...
print(list[int] | None, dict[str, list[int]], tuple[int, ...] == tuple[int, ...])
def first[T](xs: list[T]) -> T | None:
    return xs[0] if xs else None
print(first([9]), first([]), first.__type_params__)
class Pair[A, B]:
    def __init__(self, a: A, b: B): self.a, self.b = a, b
    def swap(self) -> "Pair[B, A]": return Pair(self.b, self.a)
p = Pair(1, "x").swap()
print(p.a, p.b, Pair.__type_params__, Pair[int, str])
type Json = dict[str, "Json"] | list["Json"] | str | int | None
print(Json.__value__)
