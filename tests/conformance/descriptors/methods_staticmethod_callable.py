class K:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
    helper = s
    both = [s]

print(K.s(3), K().s(4))
print(K.c(1), K().c(2))
print(K.helper(5))
print(K.both[0](6))
print(K.__dict__["s"].__func__.__name__)
sm = K.__dict__["s"]
print(callable(sm), sm(7))
print(isinstance(K.__dict__["c"], classmethod))
