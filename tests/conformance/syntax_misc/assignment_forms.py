a = b = c = [1]
print(a is b is c)
x, y = y, x = 1, 2
print(x, y)
n = 10
n += 5; n -= 3; n *= 2; n //= 5; n **= 2; n %= 7
print(n)
m = 6
m /= 4
print(m)
bits = 0b1100
bits &= 0b1010; bits |= 0b0001; bits ^= 0b1111; bits <<= 2; bits >>= 1
print(bits)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[1:] = [20]
print(lst)
d = {"k": 1}
d["k"] += 1
d.setdefault("new", []).append(1)
print(d)
class O: pass
o = O(); o.v = 1; o.v += 1
print(o.v)
annotated: int = 5
print(annotated)
