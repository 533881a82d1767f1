print("%s" % {"a": 1}, "%r" % {"a": 1}, "%s and %s" % ("x", {"k": 2}))
print("%(0)s" % {"0": "zero"}, "%()s" % {"": "empty"})
class M:
    def __getitem__(self, k):
        return k.upper()
print("%(abc)s %(de)s" % M())
