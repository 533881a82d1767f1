TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()

ws = words(TEXT)
print("lines:", len(TEXT.splitlines()))
print("words:", len(ws))
print("unique:", len(set(ws)))
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {n:3d} {'#' * n}")
lengths = {}
for w in ws:
    lengths.setdefault(len(w), set()).add(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
longest = max(ws, key=len)
print("longest word:", longest, "average length: %.2f" % (sum(map(len, ws)) / len(ws)))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
