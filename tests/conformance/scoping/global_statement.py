counter = 0

def bump():
    global counter
    counter += 1

for _ in range(5):
    bump()
print(counter)

def create():
    global created
    created = "yes"

try:
    print(created)
except NameError as e:
    print("NameError:", e)
create()
print(created)

def reader():
    return counter * 2
print(reader())
