print(str(1), str(1.0), str(-0.0), str(1e22), str([1.5]), str({1: "a"}), str(b"x"), str(None), str(True), str(str), str(1j))
