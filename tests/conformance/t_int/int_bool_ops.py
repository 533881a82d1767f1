print(True + True, True * 10, -True, ~True, True & False, True | False, True ^ True, True << 3)
print(type(True & True).__name__, type(True + 0).__name__, type(True ^ False).__name__)
print(int(True), float(True), str(True), repr(False), True / 2, False // 1)
print(sum([True, True, False]), bool(0), bool(-1), bool(2 ** 100))
