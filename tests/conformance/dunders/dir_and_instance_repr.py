class K:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass

names = [n for n in dir(K()) if not n.startswith("__")]
print(names)
class CustomDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(CustomDir()))
print([n for n in dir(K) if not n.startswith("_")])
print("__class__" in dir(K()), "__eq__" in dir(object))
