try:
    import ipk.sub.beyond
except ImportError as e:
    print(type(e).__name__, e)
import sys
print("ipk.sub.beyond" in sys.modules)
