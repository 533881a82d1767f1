ba = bytearray(range(10))
ba[2:5] = b""
print(list(ba))
ba[::2] = b"\xaa" * 4
print(list(ba))
ba[1:1] = [7, 7, 7]
print(list(ba))
try:
    ba[::2] = b"x"
except ValueError as e:
    print(e)
del ba[::3]
print(list(ba))
ba[len(ba):] = bytearray(b"\x01\x02")
ba[:] = ba
print(list(ba))
ba[-2:] = range(3)
print(list(ba))
