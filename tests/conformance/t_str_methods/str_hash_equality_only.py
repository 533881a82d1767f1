a = "hello"
b = "".join(["hel", "lo"])
print(a == b, hash(a) == hash(b), a is not b or True, {a: 1}[b], b in {a}, hash("") == hash(""), hash("x") != -1)
