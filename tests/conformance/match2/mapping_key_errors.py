for s in ["case {f'': 1}", "case {f'a': 1}", "case {-1: 1}", "case {1+2j: 1}", "case {a.b: 1, 'x': 2}", "case {'x': 1, 'x': 2}", "case {1: 1, 1.0: 2}", "case {True: 1, 1: 2}", "case {'a': 1, **_}", "case f'{x}'", "case {'a' 'b': 1, 'ab': 2}", "case {b'a': 1, 'a': 2}", "case {None: 1, None: 2}", "case {-0: 1, 0: 2}"]:
    src = 'match x:\n    ' + s + ': pass\n'
    try:
        compile(src, '<s>', 'exec'); print(s, 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset)
