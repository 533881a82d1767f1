# SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)) sets its attributes.
e=SyntaxError('m'); print(e.msg, e.filename, e.lineno, e.args, e.print_file_and_line)
e=SyntaxError('m', ('f', 1, 2, 't', 3, 4)); print(e.msg, e.filename, e.lineno,e.offset,e.text,e.end_lineno,e.end_offset, e.args, str(e))
e=SyntaxError('m', ('f', 1, 2, 't')); print(e.end_lineno, str(e))
e=SyntaxError(); print(e.msg, str(e))
e=SyntaxError('m', 'x', 3); print(e.msg, e.filename)
try: SyntaxError('m', 5)
except Exception as x: print(repr(x))
try: SyntaxError('m', (1,2))
except Exception as x: print(repr(x))
e=IndentationError('bad', ('f.py', 2, 1, 'x', 2, 2)); print(str(e))
e=SyntaxError('m', (None, None, None, None)); print(str(e))
e=SyntaxError('m', ('a/b/f.py', 4, None, None)); print(str(e))
try:
    compile("x = = 1", "zz.py", "exec")
except SyntaxError as e:
    print(e.args, e.msg, e.lineno, e.offset, e.end_offset)
class MyErr(SyntaxError):
    pass
raise MyErr("custom", ("prog.py", 7, 5, "if x = 3:\n", 7, 10))
