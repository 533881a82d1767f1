import sys
print(sys.maxsize, -sys.maxsize - 1, sys.maxsize + 1, type(sys.maxsize + 1).__name__, sys.int_info.bits_per_digit in (15, 30) if False else "info")
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
