w = 6
vals = [1.5, 22.25, 333.125]
for v in vals:
    print(f"|{v:>{w}.{1 if v < 10 else 2}f}|{f'{v:.0f}':^{w}}|")
print(f"{'quote\"s'}", f"{', '.join(f'{i:02}' for i in range(3))}", f"{ {'a': 1}['a'] }", f"{(lambda q: q * 2)(3)}")
