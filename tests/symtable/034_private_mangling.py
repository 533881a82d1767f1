class Foo:
    __x = 1
    def __m(self, __a):
        self.__b = __a
        return __x, __dunder__
    import __mod
    class __Inner:
        __y = 2
