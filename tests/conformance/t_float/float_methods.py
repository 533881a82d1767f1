x = 3.75
print(x.real, x.imag, x.conjugate(), x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__(), x.__round__(1))
print((-3.75).__trunc__(), (-3.75).__floor__(), (-3.75).__ceil__(), abs(-3.75), -x, +x)
print(float.__getformat__("double"), float(), float(5), (2.5).__int__(), (2.5).__float__())
import math
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e20), math.isnan(float("nan")), math.isinf(-1e309))
