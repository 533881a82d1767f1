ba = bytearray(b"abc")
for f in (lambda: ba.__setitem__(0, 256), lambda: ba.__setitem__(0, -1), lambda: ba.__setitem__(0, b"x"), lambda: ba.__setitem__(5, 1), lambda: ba.append(300), lambda: ba.append("a"),
          lambda: ba.remove(120), lambda: bytearray().pop(), lambda: ba.pop(10), lambda: ba.extend(5), lambda: ba.extend([1, 999]), lambda: ba.insert(0, 256), lambda: ba.__setitem__(slice(0, 1), 5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
