import sys
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print([(n[0].rsplit("/", 1)[-1], n[1], n[2]) for n in names])
try:
    exec(compile("a = 1\nb = a +\n", "snippet", "exec"))
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)
