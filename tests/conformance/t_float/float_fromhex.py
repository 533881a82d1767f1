for s in ("0x1p0", "0x1.8p1", "-0x1.4p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x1p-1074", "0x.8", "1.8", "0x10", "inf", "-Infinity", "nan", " 0x1p4 ", "0x1.000000000000008p0"):
    print(repr(s), repr(float.fromhex(s)))
for s in ("0x1p2000", "0xg", "", "0x1p"):
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
