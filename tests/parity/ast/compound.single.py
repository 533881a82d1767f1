@decorator
def f(a, b):
    if a:
        return b
    return a

# a comment after the statement is fine
