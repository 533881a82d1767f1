s = {1}
for f in (lambda: s.add(), lambda: s.remove([1]), lambda: s.discard({1}), lambda: s.issubset(5), lambda: s.isdisjoint(5), lambda: set.add(frozenset(), 1), lambda: s <= [1]):
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print({1}.discard(frozenset()), {frozenset([1])}.__contains__({1}))
