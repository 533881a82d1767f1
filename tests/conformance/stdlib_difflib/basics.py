import difflib

a = "one\ntwo\nthree\nfour\nfive\n".splitlines(keepends=True)
b = "zero\none\ntree\nfour\nfive!\nsix\n".splitlines(keepends=True)
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")), end="")
print("".join(difflib.context_diff(a, b, fromfile="a.txt", tofile="b.txt", n=1)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "when", "whale", "wheat"], n=2, cutoff=0.5))
diff = list(difflib.ndiff(["a b c\n"], ["a x c\n"]))
print(diff)
print("".join(difflib.restore(diff, 1)), "".join(difflib.restore(diff, 2)), end="")
for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, [1, 2, 3, 4], [1, 3, 4, 5]).get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
try:
    difflib.get_close_matches("x", [], n=0)
except ValueError as e:
    print(e)
