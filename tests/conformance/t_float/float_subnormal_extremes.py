import sys
print(sys.float_info.min, sys.float_info.max, sys.float_info.min / 2, 5e-324 / 2, 5e-324 * 0.5, 2.2250738585072014e-308 * 0.5, 1e308 * 1.7976931348623157)
print(float("4.9406564584124654e-324"), float("2.4703282292062328e-324"), float("2.4703282292062327e-324"), float("1.7976931348623159e308"))
