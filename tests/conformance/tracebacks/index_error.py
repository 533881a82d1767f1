def last_plus_one(seq):
    return seq[len(seq)]

print(last_plus_one([1, 2, 3]))
