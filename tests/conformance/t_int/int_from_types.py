print(int(), int(3.99), int(-3.99), int(True), int(False), int(1e20), int(-0.0))
print(int(b"42"), int(bytearray(b" 17 ")), int("٣"), int("  \t12\n"))
class A:
    def __index__(self):
        return 7
class B:
    def __int__(self):
        return 9
class C:
    def __trunc__(self):
        return 11
print(int(B()))
try:
    print(int(A()))
except TypeError as e:
    print(e)
print(int(2 ** 80 + 0.0))
