try:
    import ipk_circ.cx
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
import sys
print("ipk_circ.cx" in sys.modules, "ipk_circ.cy" in sys.modules)
