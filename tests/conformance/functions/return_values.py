def nothing():
    pass

def bare():
    return

def multiple():
    return 1, "two", [3]

def early(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    return "positive"

print(nothing(), bare())
print(multiple())
a, b, c = multiple()
print(a, b, c)
print([early(v) for v in (-1, 0, 5)])

def in_loop():
    for i in range(10):
        if i * i > 20:
            return i
    return None
print(in_loop())
