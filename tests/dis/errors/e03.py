x = 1
while x:
    def f():
        continue
