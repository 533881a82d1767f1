print(list[int], dict[str, int], tuple[int, ...], type[int], tuple[()])
a = list[int]
print(type(a).__name__, a.__origin__, a.__args__, a == list[int], hash(a) == hash(list[int]))
print(a([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(int | str, int | None, None | int, int | int, list[int] | None)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | None))
u = int | str
print(type(u).__name__, u.__args__, u == (str | int))
def f(x: list[int] | None = None) -> dict[str, int]: pass
print(f.__annotations__)
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__ if hasattr(A, '__orig_bases__') else None)
class B:
    def __class_getitem__(cls, item):
        return f"B[{item}]"
print(B[int])
try:
    int[str]
except TypeError as e:
    print(e)
try:
    isinstance(1, 5)
except TypeError as e:
    print(e)
print(list[int].append)
