result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)

count = 0
while True:
    count += 1
    if count % 2 == 0:
        continue
    if count > 7:
        break
    print("odd", count)
print("final", count)

found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v * v > 10:
            found = v
            break
    if found is not None:
        break
print(found)
