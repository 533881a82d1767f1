print('single', "double", '''triple
single''', """triple double""")
print("tab:\t|", "newline:\\n", "quote:\"", 'apos:\'', "backslash:\\")
print("\x41\u00e9\U0001F40D\N{GREEK SMALL LETTER ALPHA}\101")
print(r"raw \n stays", R"\d+")
print("implicit" " concatenation" ' works')
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\n\t\x00\x7f"))
print(len("\N{SNOWMAN}"), "\N{SNOWMAN}")
print("a\
b")
