ba = bytearray(b"hello")
ba[0] = 72
ba[1:3] = b"EY"
ba.append(33)
ba.extend(b"??")
ba.extend([49, 50])
ba += b"+"
print(ba, len(ba))
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 61)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("?"))
del ba[0]
del ba[-3:]
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, ba.copy(), bytearray(b"x") * 3)
