f('a' b)
