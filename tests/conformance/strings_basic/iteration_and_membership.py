word = "mississippi"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(set(word)), "ss" in word, "sis" in word, word.count("ss"), word.count("issi"))
print([c for c in word if c in "aeiou"])
print(list(reversed(word))[:3], max(word), min(word))
vowels = sum(1 for c in word if c in "aeiou")
print(vowels)
print(list(enumerate("ab")), list(zip("abc", "12")))
