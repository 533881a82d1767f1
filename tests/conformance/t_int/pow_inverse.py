print(pow(3, -1, 7))
print(pow(38, -1, 97))
print(pow(2, -3, 11))
print(pow(-3, -1, 7))
print(pow(3, -1, -7))
print(pow(10 ** 20 + 1, -1, 10 ** 9 + 7))
for args in ((2, -1, 4), (0, -1, 5), (3, -1, 1)):
    try:
        print(pow(*args))
    except ValueError as e:
        print("ValueError", e)
