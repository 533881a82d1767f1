import sys
try:
    import ipk_err.raise_at_import
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print("ipk_err.raise_at_import" in sys.modules, "ipk_err.deep_raise" in sys.modules)
