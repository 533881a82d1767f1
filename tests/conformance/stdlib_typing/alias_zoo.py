import typing as t
import collections.abc as cabc
T = t.TypeVar('T'); K = t.TypeVar('K'); V = t.TypeVar('V')
P = t.ParamSpec('P')
exprs = [
    t.Dict[str, t.Any], t.Optional[t.Callable[..., None]], t.Union[t.List[int], t.Set[str], None],
    t.Tuple[int, ...], t.Tuple[()], t.Type[T], t.Callable[[T], K], t.Mapping[K, t.List[V]][str, int],
    t.Iterator[t.Tuple[K, V]], t.Generator[T, None, None][int], t.Literal['a', 'b'], t.Optional[t.Literal[1]],
    t.ClassVar[t.List[int]], t.Final[str], t.Annotated[t.List[int], 'meta', 3], t.AsyncIterator[bytes],
    t.Awaitable[t.Optional[int]], t.Coroutine[t.Any, t.Any, int], t.DefaultDict[str, t.List[int]],
    t.Counter[str], t.Deque[t.Tuple[int, int]], t.FrozenSet[T], t.Sequence[t.Union[int, str]],
    t.MutableMapping[str, t.Any], t.AbstractSet[int], t.KeysView[str], t.ItemsView[str, int],
    t.ContextManager[int], t.Collection[T], t.Reversible[int], t.Container[str], t.Hashable, t.Sized,
    t.SupportsInt, t.SupportsFloat, t.Union[int, t.Optional[str]], t.Union[None, int],
    t.Callable[[t.Callable[[int], str]], t.List[t.Callable[..., T]]], P, T, t.AnyStr, t.Text, t.NoReturn,
    t.Optional[t.Union[int, str]], t.List['Forward'], t.Dict['K', 'V'],
]
for e in exprs:
    print(repr(e), t.get_origin(e), t.get_args(e))
print(t.Union[int, str] == t.Union[str, int], t.Optional[int] == t.Union[None, int], t.List[int] != t.List[str])
print(t.Literal[1, 2] == t.Literal[2, 1], t.Literal[1] == t.Literal[True], hash(t.Literal[1, 2]) == hash(t.Literal[2, 1]))
print(t.Callable[[int], str] == t.Callable[[int], str], t.Tuple[int, str].__args__, t.Callable[[int], str].__args__)
print(t.List[T].__parameters__, t.Dict[K, t.List[V]].__parameters__, t.Callable[[T], K].__parameters__)
