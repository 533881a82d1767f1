r = range(2, 30, 3)
print(r[1:4], r[::-1], r[::2], r[-2:], r[100:], r[:-100], r[3:1], list(r[::-3]))
print(r[1:4] == range(5, 14, 3), list(r[1:4]), r[slice(None, None, 5)])
try:
    r[::0]
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
