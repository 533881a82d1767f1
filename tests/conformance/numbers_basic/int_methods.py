n = 255
print(n.bit_length(), (0).bit_length(), (-1).bit_length(), n.bit_count())
print(n.to_bytes(2, "big"), n.to_bytes(2, "little"), int.from_bytes(b"\x01\x00", "big"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
print((7).__add__(3), (7).__radd__(3), (7).__sub__(10), (7).__truediv__(2))
print(int.__name__, int("101", base=2), int(), int(-0))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
