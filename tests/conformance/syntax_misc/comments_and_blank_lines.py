# leading comment


def f():
    # comment inside function

    x = 1  # trailing comment

    return x
    # comment after return

print(f())  # comment after call
s = "# not a comment"
print(s)
print("""
# inside a triple-quoted string
""".strip())
