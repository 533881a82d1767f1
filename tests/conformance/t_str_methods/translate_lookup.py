class T:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper() * 2
print("abx".translate(T()))
print("abc".translate({97: None, 98: 99, 99: "see"}))
print("a".translate({97: "\U0001F600"}))
