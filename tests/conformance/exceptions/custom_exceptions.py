class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

class RangeError(ValidationError):
    pass

class Quiet(Exception):
    def __str__(self):
        return "custom str"

try:
    raise RangeError("age", "must be positive")
except ValidationError as e:
    print(type(e).__name__, e, e.field, e.problem, e.args)

print(str(Quiet("ignored")), repr(Quiet("shown in repr")))
print(RangeError.__mro__)

class NoInit(Exception):
    pass
print(repr(NoInit(1, 2, 3)), NoInit(1, 2, 3))

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("s")))
