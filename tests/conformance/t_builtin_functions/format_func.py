print(format(3.14159, ".2f"), format(42), format(42, "x"), format("s", "^5"), format(1234567, ","), format(0.25, "%"), format(None), format(True), format(b"x") if False else "")
try:
    format(1, 2)
except TypeError as e:
    print(e)
try:
    format()
except TypeError as e:
    print(e)
print(format(value=3, format_spec="03") if False else format(3, "03"))
