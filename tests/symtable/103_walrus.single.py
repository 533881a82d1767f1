[w := 1 for i in r]
