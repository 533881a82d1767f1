x = 5
print(b"bytes", B"BYTES", r"\raw", R"\RAW", f"{x}", F"{x}", rb"\x", Rb"\y", br"\z", fr"{x}\n", rf"\t{x}")
print(u"unicode prefix", U"also")
print('''a'b"c''', """x"y'z""")
print("a" 'b' """c""" f"{x}")
