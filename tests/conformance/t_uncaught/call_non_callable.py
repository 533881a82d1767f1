handlers = {"x": 5}
print("calling")
handlers["x"]()
