samples = ["a", "A", "1", " ", "_", "é", "É", "ß", "٣", "²", "½", "\t", "!", "ǅ", "ⅷ", "Ⅷ", "〇", "𝟙"]
for c in samples:
    print(repr(c), c.isalnum(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.islower(), c.isupper(), c.isspace(), c.istitle(), c.isprintable(), c.isidentifier())
