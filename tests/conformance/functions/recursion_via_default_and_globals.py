def countdown(n, acc=None):
    acc = [] if acc is None else acc
    if n == 0:
        return acc
    acc.append(n)
    return countdown(n - 1, acc)
print(countdown(5))
def apply_n(f, n, x):
    return x if n == 0 else apply_n(f, n - 1, f(x))
print(apply_n(lambda v: v * 2, 10, 1))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
