a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x = a & b | c ^ ~d << 1 >> 2
y = a < b > c <= d >= e == f != g
z = [1, 2][0:1:2], {1: 2}, (3,), ...
if (n := 10) > 5: pass
def h() -> int: ...
obj.attr.method()
x = a if b else c
x = not a and b or c
x = a is not b in c not in d
print(*args, **kwargs)
@decorator
def k(): pass
x = $ ? ! <> `
