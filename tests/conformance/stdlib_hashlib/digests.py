import hashlib

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512"]:
    h = getattr(hashlib, name)(b"hello world")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
h.update(bytearray(b"world"))
c = h.copy()
c.update(b"!")
print(h.hexdigest() == hashlib.sha256(b"hello world").hexdigest(), c.hexdigest())
print(hashlib.md5(b"").digest(), len(hashlib.sha512(b"x" * 1000).digest()))
print(hashlib.new("SHA256", b"abc").hexdigest(), hashlib.new("md5", data=b"a").hexdigest())
print(hashlib.sha1(memoryview(b"mv")).hexdigest(), hashlib.sha256(string=b"kw").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha256", "sha3_512"}))
for bad in ["text", 42, None]:
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    h.update("str")
except TypeError as e:
    print("TypeError:", e)
import io
print(hashlib.file_digest(io.BytesIO(b"file data"), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file data"), hashlib.md5).hexdigest())
data = bytes(range(256)) * 50
print(hashlib.sha256(data).hexdigest(), hashlib.md5(data).hexdigest())
hashlib.md5("unencoded")
