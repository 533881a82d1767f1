# help() prints pydoc's plain text for functions, built-in functions and classes.
def scale(values, factor=2, *, clip=None):
    """Multiply every value.

    Values above clip are clipped."""
    return [min(v * factor, clip) if clip else v * factor for v in values]


help(scale)
help(len)
help(abs)


class Account:
    "A bank account."

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        "Add money."
        self.balance += amount


help(Account)


def undocumented(x, /, y):
    return x + y


help(undocumented)
print(scale([1, 2, 3], clip=5))
