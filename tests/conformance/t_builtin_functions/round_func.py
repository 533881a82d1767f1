print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.25, 1), round(1.35, 1), round(12345, -2), round(2.675, 2), round(7), round(7.0, 0), round(-0.0))
print(round(number=1.5), round(1.5, ndigits=None), round(True), type(round(True)).__name__, round(1e16 + 1.0))
class R:
    def __round__(self, n=None):
        return ("rounded", n)
print(round(R()), round(R(), 3))
