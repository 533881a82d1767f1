a = [0] * 1000
print(len(a), sum(a), len([1, 2] * 500), ([None] * 3)[1])
try:
    [1] * (2 ** 62)
except MemoryError:
    print("MemoryError")
try:
    [1] * (2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
