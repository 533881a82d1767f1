class A:
    """Doc."""
    attr: int = 3

    def __init__(self, x):
        self.__x = x

    def get(self):
        return super().get() + self.__x

class B(A, metaclass=type):
    pass

class C(*[A]):
    items = [i for i in range(3)]
