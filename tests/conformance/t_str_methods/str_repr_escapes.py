for s in ("abc", "it's", 'say "hi"', "both ' and \"", "\n\t\r\\", "\x00\x1f\x7f", "é", "\x80\xa0\xad", "\u200b\u2028", "\ud800", "\U0001F600", "\U000e0001", "\ufffe"):
    print(repr(s), ascii(s))
