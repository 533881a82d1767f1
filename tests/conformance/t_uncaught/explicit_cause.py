def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("conversion failed") from e
print(convert("5"))
convert("five")
