def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n

check_positive(3)
print("ok so far")
check_positive(-2)
