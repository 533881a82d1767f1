(lambda a: [a + b for b in c])(x) + sum(y for y in z)
