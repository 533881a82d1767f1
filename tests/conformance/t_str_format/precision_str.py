print(format("abcdef", ".3"), format("abcdef", "10.3"), format("abcdef", ".0"), format("é€", ".1"), format("ab", ".10"))
print("{:.2}|{:>8.4}|{:*^9.1}".format("xyz", "abcdefg", "q"))
for spec in (".3d", ".2x", ".1c"):
    try:
        format(5, spec)
    except ValueError as e:
        print(e)
