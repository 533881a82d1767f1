import collections, collections.abc, functools, itertools, contextlib, types
for g in (collections.deque[int], collections.abc.Mapping[str, int], collections.abc.Callable, functools.partial[int], itertools.chain[str], collections.abc.Iterable[int], collections.OrderedDict, types.GenericAlias(list, (int,))):
    print(g)
print(collections.deque[int]([1, 2]), collections.abc.Sequence[int].__origin__, collections.deque[int].__args__)
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Impl(Base):
    def f(self):
        return 1
class Meta(abc.ABCMeta):
    pass
class WithMeta(metaclass=Meta):
    pass
print(Base, Impl, [Impl], {"k": Base}, f"{Impl!r} {Impl!s}", str(Base), WithMeta, type(WithMeta), Impl.__mro__)
print(collections.abc.Sized, collections.abc.MutableMapping.__mro__)
