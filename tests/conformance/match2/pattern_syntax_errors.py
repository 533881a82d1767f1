srcs = [
    "match x:\n    case y: pass\n    case 1: pass\n",
    "match x:\n    case _: pass\n    case 1: pass\n",
    "match x:\n    case [a, a]: pass\n",
    "match x:\n    case {'k': a, 'j': a}: pass\n",
    "match x:\n    case a | b: pass\n",
    "match x:\n    case [a] | [b]: pass\n",
    "match x:\n    case {**rest, 'a': 1}: pass\n",
    "match x:\n    case [*a, *b]: pass\n",
    "match x:\n    case {'a': 1, 'a': 2}: pass\n",
    "match x:\n    case 1 + 1: pass\n",
    "match x:\n    case f(): pass\n",
    "match x:\n    case _ as y: pass\n",
    "match x:\n    case a as _: pass\n",
    "match x:\n    case P(a=1, a=2): pass\n",
    "match x:\n    case P(a=1, 2): pass\n",
    "match x:\n    case (y | z): pass\n",
    "match x:\n    case y if y: pass\n    case z: pass\n",
    "match x:\n    case x.y | _: pass\n",
    "match x:\n    case _ | 1: pass\n",
    "match x:\n    case {**_}: pass\n",
    "match x:\n    case a as a: pass\n",
    "match x:\n    case [a, *a]: pass\n",
    "match x:\n    case {a.b: 1}: pass\n",
    "match x:\n    case {'a': 1, **r, **s}: pass\n",
    "match x:\n    case -x: pass\n",
    "match x:\n    case 1 - 1j: pass\n",
    "match x:\n    case 1j + 1: pass\n",
    "match x:\n    case f'': pass\n",
    "match x:\n    case b'' 'a': pass\n",
]
for s in srcs:
    try:
        compile(s, "<m>", "exec")
        print("compiled ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
