try:
    count += 1
except NameError:
    count = 1
print("counter module executed, count =", count)
