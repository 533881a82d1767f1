# Markers are measured in display columns: wide (CJK) characters count two.
import traceback


def f4():
    x = "éé"; y = x + 1


def f5():
    x = "日本語"; y = x + 1


def f6():
    表 = {"鍵": 1}; return 表["鍵"] + 表["无"]


for f in (f4, f5, f6):
    try:
        f()
    except Exception:
        traceback.print_exc()
f5()
