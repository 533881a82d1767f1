n = 5
pascal = [[1]]
for _ in range(n - 1):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)
primes = [p for p in range(2, 50) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)
flat = [c for word in ["ab", "cd"] for c in word for _ in range(2)]
print(flat)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3) if (r + c) % 2 == 0}
print(grid)
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
