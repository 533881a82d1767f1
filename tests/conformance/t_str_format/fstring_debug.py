x = 10
name = "pyvm"
items = [1, 2]
print(f"{x=}", f"{x = }", f"{x=:>5}", f"{name=!s}", f"{name=}", f"{items[0]=}", f"{x + 1=}", f"{x*2 = :08.2f}")
