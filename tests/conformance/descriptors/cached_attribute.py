class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value

class Data:
    def __init__(self, nums):
        self.nums = nums
    @cached
    def total(self):
        return sum(self.nums)

d = Data([1, 2, 3])
print(d.total)
print(d.total)
print(d.__dict__)
del d.total
print(d.total)
