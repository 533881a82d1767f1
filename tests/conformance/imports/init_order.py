import ipk_order.mid.leaf
print("done")
import sys
print([k for k in sys.modules if k.startswith("ipk_order")])
