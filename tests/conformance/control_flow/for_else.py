for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

for x in []:
    print("never")
else:
    print("empty loop else")

for i in range(5):
    if i == 2:
        continue
    if i == 4:
        break
    print("i =", i)
else:
    print("not reached")
