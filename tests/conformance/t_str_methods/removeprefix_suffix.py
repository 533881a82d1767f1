print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "".removeprefix(""), "aaa".removeprefix("a"), "abc".removeprefix("abc"))
print("test.py".removesuffix(".py"), "test".removesuffix(""), "abc".removesuffix("abcd"), "xx".removesuffix("x"))
try:
    "a".removeprefix(None)
except TypeError as e:
    print(e)
