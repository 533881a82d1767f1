def expensive(x):
    print("expensive", x)
    return x * x

results = [y for x in range(5) if (y := expensive(x)) % 2 == 0]
print(results)
print({k: v for k, v in enumerate("abc") if k != 1})
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print(sum(x for x in range(10) if x % 3 == 0), list(reversed([x for x in "abc"])))
