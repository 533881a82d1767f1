bad = [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**rest, 'k': 1}:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
]
for src in bad:
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno)
