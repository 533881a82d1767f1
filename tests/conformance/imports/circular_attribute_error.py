try:
    import ipk_attrcirc.c1
except AttributeError as e:
    print(type(e).__name__, e)
import ipk_attrcirc.c2
