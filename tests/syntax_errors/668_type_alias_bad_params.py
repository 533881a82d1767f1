type X[1] = int
