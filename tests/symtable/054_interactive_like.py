if x:
    y = 1
else:
    z = 2
while w:
    break
for i in r:
    continue
