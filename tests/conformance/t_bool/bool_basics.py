print(True, False, repr(True), str(False), type(True).__name__, bool.__mro__)
print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(0j))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0, True is True)
try:
    class B(bool):
        pass
except TypeError as e:
    print(e)
