b = b"abracadabra"
print(b.count(b"a"), b.count(97), b.find(b"bra"), b.find(98, 2), b.rfind(b"a"), b.index(b"c"), b.rindex(b"bra"), b.find(b""), b.rfind(b"z"))
print(b.startswith(b"abr"), b.endswith((b"x", b"bra")), b.startswith(b"a", 3), b.endswith(b"cad", 0, 7))
try:
    b.index(b"z")
except ValueError as e:
    print(e)
try:
    b.find("a")
except TypeError as e:
    print(e)
