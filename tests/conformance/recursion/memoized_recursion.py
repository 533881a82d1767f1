cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(300))
print(len(cache))
def partitions(n, max_part=None, memo={}):
    if max_part is None:
        max_part = n
    if n == 0:
        return 1
    key = (n, max_part)
    if key not in memo:
        memo[key] = sum(partitions(n - k, k) for k in range(1, min(n, max_part) + 1))
    return memo[key]
print([partitions(i) for i in range(15)], partitions(100))
