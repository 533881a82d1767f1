samples = ["abc", "ABC", "Abc", "123", "abc123", "", " ", "\t\n", "Title Case", "3.14", "²", "_id"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isupper(), s.islower(), s.isspace(), s.istitle(), s.isidentifier(), s.isnumeric(), s.isdecimal())
