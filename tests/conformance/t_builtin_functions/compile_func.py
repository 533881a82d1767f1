c = compile("1 + 2", "<expr>", "eval")
print(eval(c), c.co_filename, type(c).__name__)
c2 = compile("y = 3\nprint('exec ran', y)", "<exec>", "exec")
exec(c2)
c3 = compile("z = 4", "<single>", "single")
ns = {}
exec(c3, ns)
print(ns["z"])
for args in (("1 +", "<bad>", "exec"), ("x", "<f>", "bogus"), ("x = 1", "<f>", "eval")):
    try:
        compile(*args)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, e)
print(compile(source="2*3", filename="<kw>", mode="eval").co_filename)
