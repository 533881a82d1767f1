print("mid init")
