class Account:
    def __init__(self):
        self._balance = 0
    def get_balance(self):
        return self._balance
    def set_balance(self, v):
        print("set", v)
        self._balance = v
    balance = property(get_balance, set_balance, None, "balance doc")

a = Account()
a.balance = 50
print(a.balance, Account.balance.__doc__)
print(Account.balance.fget is Account.get_balance)
print(Account.balance.fdel)
try:
    del a.balance
except AttributeError as e:
    print(e)

class ReadOnly:
    x = property(lambda self: 42)
r = ReadOnly()
print(r.x)
try:
    r.x = 1
except AttributeError as e:
    print(e)
