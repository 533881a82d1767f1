x = 1
print("é")
