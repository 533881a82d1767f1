s = "añ\U0001F600b"
print(list(s), len(s), [ord(c) for c in s], list(reversed(s)), tuple(enumerate(s)))
it = iter(s)
print(next(it), next(it), list(it), list(it))
print(type(iter("")).__name__)
