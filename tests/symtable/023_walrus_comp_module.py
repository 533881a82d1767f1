[(m := i) for i in range(3)]
print(m)
