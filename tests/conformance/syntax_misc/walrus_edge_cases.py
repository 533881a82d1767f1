print((x := 5), x)
print([y := 1, y + 1])
def f(a=(b := 10)):
    return a
print(f(), b)
data = {"k": 3}
if (v := data.get("k")) is not None and v > 2:
    print("v is", v)
print((z := [1, 2]).append(3), z)
try:
    compile("x := 1", "<w>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("(a.b := 1)", "<w>", "exec")
except SyntaxError as e:
    print(e.msg)
