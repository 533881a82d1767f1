x = "outer"
result = [x for x in range(3)]
print(result, x)

y = 5
print([y * i for i in range(3)])

total = [i + j for i in range(2) for j in range(i, 3)]
print(total)

def f():
    items = [k for k in "abc"]
    try:
        return k
    except NameError as e:
        return "NameError: " + str(e)
print(f())

class C:
    vals = [1, 2]
    try:
        doubled = [v * 2 for v in vals]
    except NameError as e:
        doubled = str(e)
    scale = 3
    try:
        scaled = [v * scale for v in vals]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(C.doubled, C.scaled)
