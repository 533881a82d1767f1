class Config:
    names = ["a", "b"]
    prefix = "cfg_"
    upper = [n.upper() for n in names]
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = "NameError: " + str(e)
    pairs = [(n, m) for n in names for m in (1, 2)]
print(Config.upper)
print(Config.prefixed)
print(Config.pairs)
