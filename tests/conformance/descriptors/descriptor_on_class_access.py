class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads

class K:
    c = Counter()

k = K()
print(k.c, k.c, K.c)
print(K.__dict__["c"].reads)
print(vars(K)["c"].reads)

class Meta(type):
    @property
    def meta_prop(cls):
        return "meta property of " + cls.__name__

class WithMeta(metaclass=Meta):
    pass
print(WithMeta.meta_prop)
print(hasattr(WithMeta(), "meta_prop"))
