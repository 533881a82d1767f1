def inner():
    try:
        raise ValueError("propagating")
    finally:
        print("inner finally runs first")

def middle():
    try:
        inner()
    finally:
        print("middle finally")

try:
    middle()
except ValueError as e:
    print("top caught", e)

def swallow():
    for _ in range(1):
        try:
            raise ValueError
        finally:
            return "finally return swallowed the exception"
print(swallow())
