data = [1, 2, 3, 0, 4]
it = iter(lambda: data.pop(0), 0)
print(type(it).__name__, list(it), data)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
try:
    iter(5, 0)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
