import sys
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(900))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
print(sys.getrecursionlimit())
