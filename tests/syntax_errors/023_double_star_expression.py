x = **y
