print("ipk_order init start")
from . import mid
print("ipk_order init end")
