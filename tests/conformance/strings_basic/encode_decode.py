s = "naïve ☃"
b = s.encode("utf-8")
print(b, len(s), len(b))
print(b.decode("utf-8") == s)
print(s.encode("ascii", errors="replace"), s.encode("ascii", errors="ignore"), s.encode("ascii", errors="backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", errors="replace"), b"abc".decode(), "abc".encode("utf-16-le"))
print("ÄÖÜ".encode("latin-1"), b"\xc4".decode("latin-1"))
