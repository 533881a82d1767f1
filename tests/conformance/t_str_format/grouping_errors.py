for spec in (",b", ",x", ",,", ",_", "_,", ",s", ",c", ",n", "_n", ",o"):
    try:
        print(spec, format(255, spec))
    except ValueError as e:
        print(spec, "ValueError", e)
try:
    format("a", ",")
except ValueError as e:
    print(e)
