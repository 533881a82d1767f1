s = "the quick brown fox"
print("quick" in s, "Quick" in s, "" in "", " " in s, "fox " in s, s.find("o"), s.rfind("o"), s.count("o"), s.index("brown"))
print([w for w in s.split() if "o" in w], sorted(s.split(), key=len), s.upper().split("O"))
