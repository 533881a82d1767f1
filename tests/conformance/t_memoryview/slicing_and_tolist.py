m = memoryview(b"abcdefgh")
s = m[2:6]
print(s.tobytes(), s.tolist(), len(s), s[0], s[-1], s[::2].tobytes(), s[::-1].tobytes(), bytes(s[1:3]), s.nbytes, s.contiguous if hasattr(s, "contiguous") else "-")
print(m[::3].tolist(), m[5:2].tobytes(), list(m[:3]), [b for b in m[-2:]])
print(m == m, m == memoryview(b"abcdefgh"), s == b"cdef", s != b"x", bytearray(s))
