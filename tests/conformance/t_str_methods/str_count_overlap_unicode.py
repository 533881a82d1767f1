print("aaaa".count("aa"), "ababab".count("aba"), "🙂🙂🙂".count("🙂"), "🙂🙂🙂".find("🙂", 1), "ÀÀÀ".rfind("À"), "xßx".index("ß"))
print("a🙂b".split("🙂"), "a🙂b".replace("🙂", "-"), "🙂".center(5, "*"), "🙂".zfill(3), len("🙂".encode()), "é".encode("utf-16-le"))
