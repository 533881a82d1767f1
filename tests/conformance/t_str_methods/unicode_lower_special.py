print(repr("İ".lower()), len("İ".lower()), repr("ẞ".lower()), repr("K".lower()), repr("Å".lower()), repr("ϴ".lower()))
print(repr("ǅ".lower()), repr("ǅ".upper()), repr("ǆ".title()), repr("Ǆ".title()), repr("ǅ".casefold()))
print(repr("ΑΣ ΒΣ".lower()), repr("Σ.Σ".lower()), repr("aΣb".lower()))
