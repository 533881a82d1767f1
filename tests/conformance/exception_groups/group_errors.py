tests = [
    lambda: ExceptionGroup("msg", []),
    lambda: ExceptionGroup("msg", [1]),
    lambda: ExceptionGroup(1, [ValueError()]),
    lambda: ExceptionGroup("msg", ValueError()),
    lambda: ExceptionGroup("msg", [KeyboardInterrupt()]),
    lambda: ExceptionGroup("only message"),
]
for t in tests:
    try:
        r = t()
        print("created", repr(r))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for src in ["try:\n    pass\nexcept* (ValueError, ExceptionGroup):\n    pass\n",
            "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"]:
    try:
        compile(src, "<g>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
