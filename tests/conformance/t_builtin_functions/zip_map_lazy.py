def noisy(name, n):
    for i in range(n):
        print("produce", name, i)
        yield i
z = zip(noisy("a", 3), noisy("b", 2))
print(list(z))
m = map(lambda x, y: x + y, noisy("c", 2), noisy("d", 5))
print(list(m))
