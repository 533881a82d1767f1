def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")
    return i

find([3, 5, 7], 5)
find([3, 5, 7], 9)
n = 0
while n < 3:
    n += 1
else:
    print("loop finished normally, n =", n)
while False:
    pass
else:
    print("else of a loop that never ran")
