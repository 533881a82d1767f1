from typing import TypeVar, Generic
T = TypeVar("T")
print(list[T], list[T].__parameters__)
print(list[T][int], dict[str, T][int])
class Box(Generic[T]): pass
print(Box[int], list[Box[T]])
print(list[Box[T]][str], list[Box[T]].__parameters__, (int | T), dict[T, list[T]][bytes])
print(list[int | T][str], (int | T)[str], (list[T] | None)[int], dict[str, int | T][int])
def f[U](x: U | None) -> list[U]: ...
print(f.__annotations__)
