try:
    int("abc")
except ValueError as e:
    e.add_note("while parsing the header")
    e.add_note("line 3 of input.txt")
    raise
