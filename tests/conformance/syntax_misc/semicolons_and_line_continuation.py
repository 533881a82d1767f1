a = 1; b = 2; c = a + b; print(c)
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,
    2,  # trailing comma and comment
]
print(values)
if a == 1: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def inline(): return "inline def"
print(inline())
class Inline: x = 5
print(Inline.x)
