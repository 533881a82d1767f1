class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        raise AttributeError("data descriptor refuses")
    def __set__(self, obj, value):
        pass

class K:
    d = Data()
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"

k = K()
print(k.d)
k.__dict__["d"] = "instance value ignored"
print(k.d)
print(type(K.d).__name__)
