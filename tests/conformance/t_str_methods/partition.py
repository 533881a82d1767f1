for s in ("a=b=c", "abc", "=", "", "==x"):
    print(s.partition("="), s.rpartition("="))
print("aXbXc".partition("Xb"), "ααβγ".rpartition("α"))
for sep in ("", 1):
    try:
        "a".partition(sep)
    except Exception as e:
        print(type(e).__name__, e)
try:
    "a".rpartition("")
except ValueError as e:
    print(e)
