for s in ['(a, b) := 1', 'a.b := 1', 'x = (a.b := 1)', 'f(a.b := 1)', '[a[0] := 1]', 'if (a, b) := 1: pass', 'print((x.y := 1))', 'a[0] := 1','1 := 2', 'f() := 1', '(a := 1) := 2', 'x = a.b := 1']:
    try: compile(s,'<s>','exec'); print(s, 'ok')
    except SyntaxError as e: print(repr(s), e.msg, e.lineno, e.offset)
