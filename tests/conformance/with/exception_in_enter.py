class BadEnter:
    def __enter__(self):
        raise ConnectionError("cannot open")
    def __exit__(self, *a):
        print("exit never called")

try:
    with BadEnter():
        print("body never runs")
except ConnectionError as e:
    print("caught", e)

class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(e)
try:
    with 5:
        pass
except TypeError as e:
    print(e)
