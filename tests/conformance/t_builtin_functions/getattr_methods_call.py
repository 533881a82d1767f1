ops = ["upper", "lower", "title", "swapcase", "strip"]
s = "  hELLo wORLD  "
for op in ops:
    print(op, repr(getattr(s, op)()))
print(getattr(str, "join")("-", "abc"), getattr([3, 1, 2], "index")(2), getattr({}, "get")("k", "dflt"))
