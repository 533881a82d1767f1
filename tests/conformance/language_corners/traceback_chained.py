def tb_demo():
    def inner(x):
        return 1 / x
    def middle(y):
        return inner(y - 1)
    return middle(1)
class Thing:
    def method(self):
        return {"a": 1}["b"]
import sys
try:
    tb_demo()
except ZeroDivisionError as e:
    print("caught", e)
def chain():
    try:
        Thing().method()
    except KeyError as e:
        raise RuntimeError("wrapped") from e
chain()
