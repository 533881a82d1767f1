def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__

for exc in (KeyError("k"), IndexError, ZeroDivisionError(), OverflowError, ValueError("v")):
    print(classify(exc))

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException catches", type(e).__name__)

try:
    try:
        raise ValueError("x")
    except "not a class":
        pass
except TypeError as e:
    print(e)

handlers = (TypeError, ValueError)
try:
    int("zz")
except handlers as e:
    print("dynamic tuple", e)
