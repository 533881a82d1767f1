print(int(1e300) % 1000, float(2 ** 1023), float(-(2 ** 60) - 1))
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
print(float(2 ** 1024 - 2 ** 970) if False else float(2 ** 1023 + 2 ** 971))
print(int(-1e-10), int(2.5), int(-2.5), int(1e16 + 1))
print(float(True), float(" 7 "), float(b"1.5"), float(bytearray(b"2")))
