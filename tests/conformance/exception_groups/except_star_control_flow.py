for src in ["for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"]:
    try:
        compile(src, "<g>", "exec")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

def handler():
    results = []
    try:
        raise ExceptionGroup("g", [ValueError("x"), ValueError("y")])
    except* ValueError as eg:
        results.extend(str(e) for e in eg.exceptions)
    else:
        results.append("else")
    finally:
        results.append("finally")
    return results
print(handler())

def no_error():
    try:
        pass
    except* ValueError:
        r = ["handler"]
    else:
        r = ["else"]
    finally:
        print("finally ran")
    return r
print(no_error())
