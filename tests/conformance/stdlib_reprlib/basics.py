import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('x'*100), reprlib.repr({i:i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(20))), reprlib.repr([[[[[1]]]]]), reprlib.repr(10**50), reprlib.repr(tuple(range(10))), reprlib.repr(b'a'*50))
print(reprlib.repr([]), reprlib.repr(()), reprlib.repr({}), reprlib.repr(set()), reprlib.repr(frozenset()))
r=reprlib.Repr(indent=2); print(r.repr([1,[2,3]])); print(reprlib.Repr(indent='--', maxlevel=2).repr({1: [2, [3]], 'a': (1,)}))
print(reprlib.repr((1,)), reprlib.repr([1,[2,[3,[4,[5,[6,[7]]]]]]]), reprlib.repr({1:{2:{3:{4:{5:{6:{7:8}}}}}}}))
print(reprlib.Repr(maxlevel=1).repr([[1], (2,), {3}, {4: 5}, []]), reprlib.repr("a'b"*20), reprlib.repr(3.5), reprlib.repr(None))
class L(list):
    @reprlib.recursive_repr()
    def __repr__(self):
        return '<' + '|'.join(map(repr, self)) + '>'
x = L([1, 2]); x.append(x); print(repr(x), L.__repr__.__name__)
r = reprlib.Repr(); r.maxstring = 10; r.maxlist = 2; r.fillvalue = '+'; print(r.repr('abcdefghijklmnop'), r.repr([1, 2, 3]))
print(reprlib.repr(type), reprlib.repr(int("9" * 45)))
