tests = ['exec("", {}, {}, {})', 'exec(globals={})', 'compile("")', 'compile("", "f")', 'compile("", "f", "exec", 0, 0, 0, 0, 0)', 'eval()', 'eval("1", {}, {}, {})', 'super(int, 1, 2)', 'str(1, 2, 3, 4, 5)', 'str(b"", "utf-8", "strict", encoding="x")', 'property(1, 2, 3, 4, fget=1)', 'staticmethod(1, 2)', 'classmethod()', 'bytes(1, 2, 3, 4, 5)', 'sorted(1, 2)', 'sorted()', 'int(1, 2, 3)', 'object.__init__(1, 2)', 'enumerate()', 'enumerate(1,2,3)', 'complex(1,2,3)', 'type(1, 2, 3, 4)']
for t in tests:
    try: eval(t); print(t, 'ok')
    except Exception as e: print(t, '->', type(e).__name__, e)
