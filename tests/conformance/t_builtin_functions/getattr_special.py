print(getattr([], "__len__")(), getattr(1, "real"), getattr("s", "upper")(), getattr(int, "__name__"), getattr(getattr, "__name__"))
class A:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name.upper()
        raise AttributeError(name)
print(getattr(A(), "dyn_x"), getattr(A(), "other", "dflt"), hasattr(A(), "dynamic"), hasattr(A(), "plain"))
