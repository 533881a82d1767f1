print("extra_mod imported")
EXTRA = 42
