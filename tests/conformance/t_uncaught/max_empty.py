data = []
print("max of", data)
print(max(data))
