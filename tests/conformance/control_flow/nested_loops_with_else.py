def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None

print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
for x in range(3):
    while x < 5:
        x += 2
        if x == 4:
            break
    else:
        print("while finished for", x)
        continue
    print("while broke at", x)
