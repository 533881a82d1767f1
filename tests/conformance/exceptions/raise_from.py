class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"cannot load {key}") from e

try:
    load("b")
except AppError as e:
    print(repr(e))
    print(repr(e.__cause__), repr(e.__context__))
    print(e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)

try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)

try:
    raise TypeError("x") from 5
except TypeError as e:
    print(e)
try:
    raise TypeError("y") from ValueError
except TypeError as e:
    print(repr(e.__cause__))
