try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise "string"
except TypeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print("class instantiated:", repr(e))

class Weird(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
try:
    raise Weird
except RuntimeError as e:
    print(e)
