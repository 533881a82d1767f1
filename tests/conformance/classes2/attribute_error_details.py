class Account:
    interest = 0.1
    __slots__ = ("balance", "owner")
    def deposit(self, x): pass
a = Account()
a.balance = 5
for expr in ["a.balanse", "a.owner", "Account.interst", "a.deposti", "a.__dict__"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, type(e.obj).__name__)
import traceback
try:
    a.ownr = 1
except AttributeError as e:
    print(e)
    traceback.print_exc()
class Plain:
    def __init__(self): self.value = 1
p = Plain()
try:
    p.valeu
except AttributeError:
    traceback.print_exc()
a.balanse
