for a, b in ((12, 10), (-12, 10), (0, 255), (2**70, 2**65 + 1)):
    print(a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 63, 1 << 100, (1 << 100) >> 99, -1 >> 100, 5 >> 10)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print({1, 2, 3} & {2, 3, 4}, {1} | {2}, {1, 2} ^ {2, 3}, {1, 2, 3} - {2})
print(0b1010 | 0o7, 0xFF ^ 0x0F)
