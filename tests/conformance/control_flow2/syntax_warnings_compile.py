# Compile-time SyntaxWarnings: in the script itself and from compile()/exec()/eval().
x = 5
print(x is 1)
print(1 < 2 > 1 == 1 != 2 <= 2 >= 2 is not None)
print(x == 1 is 1)
print(x is not "a")
print(() is ())
code = compile("y = 2\ny is 2\n", "<s>", "exec")
exec("z = 3\nprint(z is 3)")
print(eval("1 is 1"))
exec("[1, 2] [0, 1]") if False else None
try:
    exec("(1, 2)(3)")
except TypeError as e:
    print(e)
print("done")
