d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print(e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for k in d.values():
        d.pop(0)
except RuntimeError as e:
    print(e)
try:
    for k, v in d.items():
        d.clear()
except RuntimeError as e:
    print(e)
