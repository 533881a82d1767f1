import ipk.replacer
import sys
print(type(sys.modules["ipk.replacer"]).__name__)
from ipk import replacer
print(replacer.NOTE)
print(type(ipk.replacer).__name__)
