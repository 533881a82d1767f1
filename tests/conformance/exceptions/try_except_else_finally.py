def attempt(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "error"
    else:
        print("else")
        return r
    finally:
        print("finally")

print(attempt(2))
print(attempt(0))

def order():
    log = []
    try:
        log.append("try")
    finally:
        log.append("finally")
    return log
print(order())
