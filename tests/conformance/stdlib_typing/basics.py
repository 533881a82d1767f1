import typing as t
print(t.List, t.List[int], t.Dict[str, t.List[int]], t.Optional[int], t.Union[int, str], t.Union[int, None, str], t.Tuple[()], t.Tuple[int, ...], t.Callable[[int], str], t.Callable[..., int], t.Any, t.Literal[1,'a'], t.Final[int], t.ClassVar[int], t.Annotated[int, 'x'], t.Type[int], t.Iterable[t.Any])
print(repr(t.TypeVar('T')), t.Set, t.FrozenSet[int], t.Deque[int], t.DefaultDict, t.Callable, t.Tuple, t.Optional[t.List[int]], t.Union[int], t.Union[int, int], t.Text, t.NoReturn, t.Never, t.Self)
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str,int]), t.get_args(t.Callable[[int], str]), t.get_origin(t.Union[int,str]), t.get_origin(t.Literal[1]))
print(t.Union[int, str] == t.Union[str, int], t.List[int] == t.List[int], hash(t.List[int]) == hash(t.List[int]))
print(t.Generic, t.Protocol, t.Sequence[int], t.Mapping[str, int], t.Iterator, t.Generator[int, None, None], t.Awaitable[int])
try: t.List()
except TypeError as e: print(e)
try: isinstance([], t.List[int])
except TypeError as e: print(e)
print(isinstance([], t.List), issubclass(list, t.Sequence), isinstance({}, t.Mapping))
T = t.TypeVar('T', bound=int); K = t.TypeVar('K', int, str); print(T.__bound__, K.__constraints__, T.__name__, repr(t.TypeVar('C', covariant=True)))
try: t.Union[()]
except TypeError as e: print(e)
try: t.Optional[int, str]
except TypeError as e: print(e)
try: t.List[int, str]
except TypeError as e: print(e)
print(t.Dict[str, int].__origin__, t.List[int].__args__, t.List.__origin__, t.Union[int,str].__args__)
print(t.Optional[int] == t.Union[int, None], t.List[T], t.Dict[K, T][str, int])
class M(t.TypedDict):
    a: int
    b: str
print(type(M(a=1,b='x')), M(a=1), sorted(M.__required_keys__), M.__total__, M.__annotations__, M, M.__mro__)
class N(M, total=False):
    c: float
print(sorted(N.__required_keys__), N.__optional_keys__)
X = t.TypedDict('X', {'q': int})
print(X, X(q=1), t.is_typeddict(X), t.is_typeddict(dict))
try: isinstance({}, X)
except TypeError as e: print(e)
class P(t.NamedTuple):
    x: int
    y: int = 0
    def norm(self): return self.x + self.y
print(P(1), P(1,2).norm(), P._fields, P._field_defaults, P.__annotations__, P.__mro__, P.__module__)
Q = t.NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1,'b'), Q.__annotations__)
try:
    class Bad(t.NamedTuple):
        x: int = 0
        y: int
except TypeError as e: print(e)
UserId = t.NewType('UserId', int)
print(UserId, UserId(5), type(UserId(5)), UserId.__supertype__, repr(UserId))
class Box(t.Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box[int](3).v, Box.__orig_bases__, Box.__mro__)
try: Box[int, str]
except TypeError as e: print(e)
@t.runtime_checkable
class Closable(t.Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), issubclass(int, Closable))
class NP(t.Protocol):
    def x(self): ...
try: isinstance(1, NP)
except TypeError as e: print(e)
try: NP()
except TypeError as e: print(e)
def f(a: int, b: 'str' = 'x') -> t.List[int]: pass
print(t.get_type_hints(f))
class C:
    x: int
    y: 'P'
class D(C):
    z: t.ClassVar[int] = 3
print(t.get_type_hints(D))
print(t.cast(int, 'x'), t.TYPE_CHECKING, t.AnyStr, t.Hashable, t.Sized)
print(t.Literal[t.Literal[1,2],3], t.Union[int, t.Union[str, float]], t.Optional[t.Optional[int]], t.Union[int, None])
print(t.Callable[[int, str], None], t.Tuple[int, str], t.Type[t.Any], t.ChainMap[str,int], t.Counter[str], t.OrderedDict[str,int])
@t.overload
def g(x: int) -> int: ...
@t.overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), len(t.get_overloads(g)))
print(isinstance(3, t.SupportsInt), isinstance('x', t.SupportsInt), isinstance(3.5, t.SupportsFloat), isinstance(2, t.SupportsIndex))
print(t.get_args(t.Annotated[int, 'a', 'b']), t.get_origin(t.Annotated[int, 'a']) is t.Annotated, t.get_args(int), t.get_origin(int))
print(isinstance(1, t.Union[int, str]), issubclass(bool, t.Union[int, str]))
try: isinstance(1, t.Any)
except TypeError as e: print(e)
try: t.Any()
except TypeError as e: print(e)
for bad in (lambda: t.Generic[int], lambda: t.Callable[int], lambda: t.ClassVar[1]):
    try: bad()
    except TypeError as e: print(e)
