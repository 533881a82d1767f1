from ipk import b
print(b.B)
from ipk.sub import deep
print(deep.DEEP)
import sys
print("ipk.b" in sys.modules, "ipk.sub" in sys.modules)
