def make_walker():
    seen = []
    def walk(node, depth=0):
        seen.append("  " * depth + str(node[0]))
        for child in node[1]:
            walk(child, depth + 1)
    return walk, seen

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("deep", [])])])])
walk, seen = make_walker()
walk(tree)
print("\n".join(seen))
