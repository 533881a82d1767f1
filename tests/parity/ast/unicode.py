# Non-ASCII identifiers and text (columns are in UTF-8 bytes).
café = "naïve"
π = 3.14159
ﬁle = 1
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = "fraktur"
ℌ = ℍ
名前 = "名前"; 値 = 名前 + "値"
print(café, π, ﬁle)
x = "😀"; y = 1
def функция(параметр="1" if False else "ж"):
    return параметр
