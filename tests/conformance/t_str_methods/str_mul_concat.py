s = "ab"
print(s * 3, s * 0, s * -5, s * True, 0 * s, s + "", "" + "", ("x" "y"), "a" + "b" * 2)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), "+".join(parts[1:]))
acc = ""
for c in "hello":
    acc = c + acc
print(acc)
