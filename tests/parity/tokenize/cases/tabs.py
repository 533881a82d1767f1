if True:
	x = 1
	if x:
		y = 2
		# tab comment
	z = 3
w = 4
      v = 5
