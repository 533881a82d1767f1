def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print("between")
print(list(g))

data = [1, 2, 3]
lazy = (d for d in data)
data.append(4)
print(list(lazy))
data2 = [1, 2]
gen2 = (d for d in data2)
data2 = [9, 9]
print(list(gen2))
