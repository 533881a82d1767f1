def greet():
    return "hi"

print(greet())
prnt(greet())
