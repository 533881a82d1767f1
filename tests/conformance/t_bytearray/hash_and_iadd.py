ba = bytearray(b"ab")
try:
    hash(ba)
except TypeError as e:
    print(e)
try:
    {ba: 1}
except TypeError as e:
    print(e)
alias = ba
ba += b"cd"
print(alias is ba, alias)
ba *= 2
print(alias, ba is alias)
b = b"ab"
b2 = b
b += b"cd"
print(b is b2, b2, b)
