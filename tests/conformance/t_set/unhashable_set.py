try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {{1}}
except TypeError as e:
    print(e)
print({1, 2} in [{2, 1}], frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
try:
    print({1} in {1})
except TypeError as e:
    print(e)
