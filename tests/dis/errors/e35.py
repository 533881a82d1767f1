x = 1
print(x is 1, x is not "a", x is -1, x is ())
assert (x, "m")
y = [1, 2] [0, 1]
z = "abc"[1.5]
w = (1)(2)
q = {1}[0]
if x is 5: pass
print(f"{x}"(1))
