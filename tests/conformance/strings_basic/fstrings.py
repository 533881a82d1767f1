name = "Ada"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"{name} has {n} items")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}|{n:+}|{n:x}|{n:o}|{n:b}|{n:#x}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.3g} {1234567.891:,.2f} {0.25:%}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{items[0] + items[-1]} {len(items)} {'yes' if n > 40 else 'no'}")
print(f"{n=}, {pi=:.1f}, {name = }")
print(f"{{literal braces}} {'{'}{n}{'}'}")
width = 8
print(f"{name:>{width}}|{pi:.{2}f}")
print(f"{'nested ' + f'{n}'}")
print(f"{3 + 4}" f"{'x' * 3}")
print(f"{items!r:>12}")
d = {"k": "v"}
print(f"{d['k']}")
print(f"multi{
    n + 1
}line")
