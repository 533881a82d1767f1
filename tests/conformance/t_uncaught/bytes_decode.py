data = b"ok \xff not ok"
print(data[:3].decode())
print(data.decode("utf-8"))
