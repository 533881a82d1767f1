import dis


def total(items, start=0, *, scale=1):
    acc = start
    for x in items:
        if x % 2:
            acc += x * scale
    return acc


def outer(n):
    def inner(k):
        return n + k
    return inner


dis.dis(total)
print("----")
dis.dis(outer)
print("----")
dis.dis(outer, depth=0)
print("----")
dis.disassemble(outer.__code__)
