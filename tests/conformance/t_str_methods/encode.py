print("héllo".encode(), "héllo".encode("utf-8"), "héllo".encode("latin-1"), "abc".encode("ascii"))
print("€".encode("utf-16-le"), "€".encode("utf-8"), "x".encode(encoding="utf-32-be"))
print("héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"))
try:
    "a\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(e)
