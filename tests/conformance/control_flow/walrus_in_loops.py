data = iter(["alpha", "beta", "", "gamma"])
while chunk := next(data):
    print("chunk", chunk)
print("stopped")

nums = [5, 12, 7, 20]
if any((big := n) > 10 for n in nums):
    print("first big", big)
filtered = [m for n in nums if (m := n * 3) % 2 == 0]
print(filtered)
print([(y := i, y ** 2) for i in range(3)])
