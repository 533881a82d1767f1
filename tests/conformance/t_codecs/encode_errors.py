s = "a\udcff\ud800b€"
for enc in ("utf-8", "utf-16-le", "ascii", "latin-1"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "->", e.start, e.end, e.reason, "|", e)
        except LookupError as e:
            print(enc, errors, "LookupError", e)
b = bytes(range(128, 256))
t = b.decode("utf-8", "surrogateescape")
print(len(t), t.encode("utf-8", "surrogateescape") == b, ascii(t[:3]))
e = UnicodeEncodeError("ascii", "xyz", 0, 3, "custom reason")
print(e, e.args, e.object, e.start, e.end)
e = UnicodeDecodeError("utf-8", b"\x01\x02", 1, 2, "why")
print(e, e.args)
try:
    "é".encode(errors="unknown-handler")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
except LookupError as e:
    print("LookupError", e)
print("é".encode(errors="unknown-handler") if False else "ok", "abc".encode("ascii", "unknown-handler"))
