s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[::2], s[::-1], s[-5:-1], s[100:], s[3:3])
print(s[1:10:3], s[10:1:-2], s[-100:100])
try:
    s[50]
except IndexError as e:
    print(e)
print(len(s), s.count("o"), "World" in s)
for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(chr(65), chr(0x263A), ord("€"))
