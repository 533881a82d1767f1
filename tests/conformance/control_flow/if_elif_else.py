def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 3, 99)])
x = []
if x:
    print("non-empty")
else:
    print("empty")
if not x and len(x) == 0:
    print("both")
if 0: pass
elif "": pass
else: print("fell through")
