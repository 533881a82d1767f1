type Point = tuple[float, float]
print(Point, type(Point).__name__, Point.__value__)

def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__)

class Box[T]:
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box(5).get(), Box.__type_params__)

type Pair[K, V] = dict[K, V]
print(Pair.__type_params__, Pair[str, int])
