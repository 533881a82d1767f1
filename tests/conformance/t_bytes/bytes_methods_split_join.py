b = b"  a b\tc  "
print(b.split(), b.split(b" "), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip(), b"xxaxx".strip(b"x"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(True))
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"))
try:
    b"-".join([b"a", "b"])
except TypeError as e:
    print(e)
