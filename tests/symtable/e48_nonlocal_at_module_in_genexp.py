x = [(nonlocal_ := 1) for i in ()]
nonlocal y
