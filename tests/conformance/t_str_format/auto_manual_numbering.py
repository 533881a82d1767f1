print("{}{}{}".format(1, 2, 3), "{0}{0}{1}".format("a", "b"))
for fmt in ("{}{0}", "{0}{}"):
    try:
        fmt.format(1, 2)
    except ValueError as e:
        print(e)
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError", e)
print("{:}".format(5), "{!s:}".format(5), "{0:}".format(6))
