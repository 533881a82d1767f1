class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"

print(Box[int])
print(Box["x", 1])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
print(list[int]([1, 2]))
try:
    int[str]
except TypeError as e:
    print(e)
print(list[int].__origin__, list[int].__args__)
