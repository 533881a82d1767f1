for i in range(3):
    pass
print(i)

for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)

k = 100
for k in range(2):
    pass
print(k)

def f():
    for idx, ch in enumerate("xyz"):
        pass
    return idx, ch
print(f())

try:
    raise ValueError("boom")
except ValueError as err:
    saved = err
try:
    err
except NameError as e:
    print(e)
print(saved)
