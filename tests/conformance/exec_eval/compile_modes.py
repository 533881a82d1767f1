c = compile("3 * 7", "<expr>", "eval")
print(type(c).__name__, c.co_filename, eval(c))
s = compile("a = 5\nb = a * 2", "<stmts>", "exec")
ns = {}
exec(s, ns)
print(ns["a"], ns["b"])
single = compile("print('single mode')", "<single>", "single")
exec(single)
try:
    compile("1 +", "<bad>", "eval")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print(e)
try:
    compile("def f(:\n  pass", "prog.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, repr(e.text))
