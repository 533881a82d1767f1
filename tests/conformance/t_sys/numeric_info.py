import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info.max == 1.7976931348623157e+308, sys.float_info[8] == sys.float_info.epsilon, len(sys.float_info), type(sys.float_info).__name__, isinstance(sys.float_info, tuple))
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(2 ** 61 - 1), hash(float("inf")) == sys.hash_info.inf, hash(1j) == sys.hash_info.imag)
print(sys.maxsize == 2 ** 63 - 1, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 701)
except ValueError as e:
    print(e)
try:
    int("9" * 701)
except ValueError as e:
    print(e)
print(len(str(10 ** 699)), int("9" * 700) % 10, len(hex(10 ** 800)))
for bad in (-1, 1, 639, "5"):
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), float.__getformat__("float"))
try:
    float.__getformat__("long")
except ValueError as e:
    print(e)
