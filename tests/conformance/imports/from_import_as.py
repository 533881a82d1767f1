from ipk.a import A as alias, where as w
from ipk import a as mod_a, X as x_value
print(alias, w(), mod_a.__name__, x_value)
from ipk.sub.deep import DEEP as D
print(D)
