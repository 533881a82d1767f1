def read_lines():
    for line in ["10", "x", "20", "", "30"]:
        yield line

def non_empty(lines):
    for line in lines:
        if line:
            yield line

def to_ints(lines):
    for line in lines:
        try:
            yield int(line)
        except ValueError:
            print("skipping", repr(line))

def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total

print(list(running_total(to_ints(non_empty(read_lines())))))

def take(n, it):
    for _ in range(n):
        yield next(it)

def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, naturals())))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
