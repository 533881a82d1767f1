import sys
import ipk_order.mid.leaf
m = sys.modules["ipk_order"]
print(hasattr(m, "mid"), hasattr(m.mid, "leaf"))
print(m.mid.leaf is sys.modules["ipk_order.mid.leaf"])
import ipk_order.mid as mid_alias
print(mid_alias is m.mid)
