[x for x if y]
