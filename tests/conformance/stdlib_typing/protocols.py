from typing import Protocol, runtime_checkable, Generic, TypeVar, Iterable, Sized, List
T = TypeVar('T')
S = TypeVar('S')
@runtime_checkable
class HasName(Protocol):
    name: str
class A:
    name = 'a'
class B:
    pass
print(isinstance(A(), HasName), isinstance(B(), HasName))
try:
    issubclass(A, HasName)
except TypeError as e:
    print(e)
@runtime_checkable
class SizedIter(Sized, Protocol):
    def __iter__(self): ...
print(isinstance([], SizedIter), isinstance(3, SizedIter))
class Box(Generic[T]):
    pass
class IntBox(Box[int]):
    pass
class Pair(Box[T], Generic[T, S]):
    pass
print(IntBox.__parameters__, Pair.__parameters__, Pair[int, str], IntBox.__orig_bases__, IntBox.__mro__)
try:
    IntBox[int]
except TypeError as e:
    print(e)
try:
    class Bad(Generic[T], Generic[S]): pass
except TypeError as e:
    print('TypeError')
def first(xs: Iterable[T]) -> T:
    return next(iter(xs))
print(first([3, 4]), first.__annotations__)
print(isinstance([1], Iterable), issubclass(list, Sized), List[T][int], Iterable[List[T]][str])
