a = 10
b = 0
c = 3
result = a * 2 + c // b - 1
