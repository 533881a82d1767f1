class C[T](Base[T]):
    x: T
    def m(self) -> T:
        return self

class __D:
    __z = 1
