print(abs(-5), abs(5), abs(-0.0), abs(-2.5), abs(3 - 4j), abs(-(2 ** 100)), abs(True), abs(float("-inf")), abs(-0))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
for v in ("x", None, [1]):
    try:
        abs(v)
    except TypeError as e:
        print(e)
