print(", ".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), "|".join(("1",)), " ".join(x for x in "ab"), "é".join(["α", "β"]))
print(repr("x".join({"k": 1})))
for arg in (["a", 1], [b"a"], 5, [None]):
    try:
        print("-".join(arg))
    except TypeError as e:
        print(e)
