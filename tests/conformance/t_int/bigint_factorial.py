n = 1
for i in range(1, 61):
    n *= i
    if i % 10 == 0:
        print(i, n)
print(len(str(n)))
print(n % 1000003)
