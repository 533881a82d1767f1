def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    else:
        return "none"

print(first_negative([3, 1, -4, 1]), first_negative([1, 2]))

def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None
print(search([[1, 2], [3, 4]], 4), search([[1]], 9))

def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                return "returned at " + str(i)
        finally:
            print("finally", i)
print(loop_with_finally())
