import sys
print(sys.get_int_max_str_digits())
x = 10 ** 4299
print(len(str(x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
try:
    int("1" * 4301)
except ValueError as e:
    print(e)
print(int("1" * 4300) % 97)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4300)))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 6000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
