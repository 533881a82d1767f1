a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a.args == b.args)
err = KeyError("reused")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        print(i, e is err, e.__traceback__.tb_next is None)
caught = []
for exc_type in (TypeError, ValueError, KeyError):
    try:
        raise exc_type("msg")
    except Exception as e:
        caught.append(e)
print([type(c).__name__ for c in caught], [str(c) for c in caught])
print(isinstance(caught[2], LookupError))
