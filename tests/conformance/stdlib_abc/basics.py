import abc
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import (Iterable, Iterator, Sized, Container, Hashable, Callable, Sequence,
                             MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator,
                             Collection, Reversible, KeysView, ItemsView, ValuesView)

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    @property
    @abstractmethod
    def sides(self): ...

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, isinstance(Shape, ABCMeta))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)

class Square(Half):
    def name(self):
        return "square"
    sides = 4
print(Square().name(), Square().sides, Square.__abstractmethods__)

class Duck:
    def quack(self):
        return "quack"

class Quacker(metaclass=ABCMeta):
    pass

print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker))
Quacker.register(Duck)
print(issubclass(Duck, Quacker), isinstance(Duck(), Quacker), Quacker.register(int) is int, isinstance(3, Quacker))

@Quacker.register
class Robot:
    pass
print(issubclass(Robot, Quacker), issubclass(bool, Quacker))
try:
    Quacker.register(5)
except TypeError as e:
    print("TypeError", e)
try:
    Shape.register(Shape)
except RuntimeError as e:
    print("RuntimeError", e)

class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, "hook")
        return NotImplemented
class HasHook:
    hook = 1
print(issubclass(HasHook, Hook), issubclass(int, Hook), isinstance(HasHook(), Hook))
token = abc.get_cache_token()
class Other(ABC):
    pass
Other.register(float)
print(abc.get_cache_token() != token, issubclass(float, Other))

class Legacy(ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Legacy.__abstractmethods__))

class Later(ABC):
    @abstractmethod
    def f(self): ...
Later.f = lambda self: 1
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().f())

print([isinstance([], t) for t in (Iterable, Sized, Container, Sequence, MutableSequence, Mapping, Hashable, Reversible, Collection)])
print([isinstance({}, t) for t in (Iterable, Mapping, MutableMapping, Sequence, Hashable)])
print([isinstance(x, Set) for x in (set(), frozenset(), {}.keys(), {}.items(), [])], isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet))
print(isinstance("s", Sequence), isinstance(b"b", Sequence), isinstance((1,), Hashable), isinstance(range(3), Sequence))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance(len, Callable), isinstance(1, Iterable))

class Evens(Sequence):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return 2 * i
e = Evens(4)
print(list(e), 4 in e, e.index(6), e.count(2), list(reversed(e)), isinstance(e, Reversible))

class Bag(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
b = Bag()
b.update({"a": 1}, b=2)
b.setdefault("c", 3)
print(dict(b), b.pop("a"), b.get("zz", 0), "b" in b, list(b.keys()), list(b.values()), list(b.items()), b == {"b": 2, "c": 3})
print(b.popitem(), len(b), isinstance(b.keys(), KeysView), isinstance(b.items(), ItemsView), isinstance(b.values(), ValuesView))

class Bits(Set):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
x, y = Bits([1, 2, 3]), Bits([2, 3, 4])
print(list(x & y), list(x | y), list(x - y), list(x ^ y), x <= Bits([1, 2, 3, 4]), x == Bits([3, 2, 1]), x.isdisjoint([7]))
try:
    Sequence()
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(Mapping):
        pass
    Bad()
except TypeError as e:
    print("TypeError", e)
