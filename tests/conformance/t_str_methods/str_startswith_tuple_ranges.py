s = "prefix_body_suffix"
for args in ((("pre", "x"),), ("body", 7), ("body", 7, 10), ("body", 7, 11), (("a", "b"), 7), ("", 18), ("", 19), ("suffix", -6)):
    print(args, s.startswith(*args), s.endswith(*args))
