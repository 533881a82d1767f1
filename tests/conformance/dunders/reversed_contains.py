class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

print(list(reversed(Seq(1, 2, 3))))

class Custom:
    def __reversed__(self):
        return iter("custom")
print("".join(reversed(Custom())))

class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == 42
print(42 in Cont(), 7 in Cont(), 7 not in Cont())

class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy())
try:
    reversed(5)
except TypeError as e:
    print(e)
try:
    3 in 5
except TypeError as e:
    print(e)
