f(lambda x: x y)
