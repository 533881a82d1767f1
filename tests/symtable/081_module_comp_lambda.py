fs = [lambda: i for i in range(3)]
g = (lambda: j for j in range(3))
