count = 5
label = "items: "
message = label + count
print(message)
