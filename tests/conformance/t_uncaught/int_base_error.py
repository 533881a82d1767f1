values = ["10", "20", "12"]
for v in values:
    print(int(v, 2))
