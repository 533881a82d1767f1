(yield 1)
