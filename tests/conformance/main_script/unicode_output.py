print("héllo wörld")
print("日本語テキスト")
print("emoji: \U0001F600")
s = "naïve café"
print(len(s), s.upper(), s.encode("utf-8"))
print(ascii(s), repr("ü"))
print("\u00e9" == "é", "e\u0301" == "é", len("e\u0301"))
