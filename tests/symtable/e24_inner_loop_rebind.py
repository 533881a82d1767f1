[i for i in range(3) if (j := 1) for j in range(2)]
