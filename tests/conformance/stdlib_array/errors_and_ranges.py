import array
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for tc in 'bBhHiIlLqQ':
    a = array.array(tc)
    for v in [-2**70, 2**70, -1, 2**(a.itemsize*8), 2**(a.itemsize*8-1), -2**(a.itemsize*8-1)-1, 1.5, 'x']:
        print(tc, end=' '); t(a.append, v)
t(array.array, 'z'); t(array.array, 'd', [1, 'x']); t(array.array, 'f', 'ab'); t(array.array, 'u', 'ab'); t(array.array, 'i', b'abcd')
a = array.array('i', [1,2,3]); print(a, repr(array.array('d')), a[1:], a * 2, a + a, a.itemsize, a.typecode)
t(a.__add__, array.array('d')); t(a.index, 9); t(a.remove, 9); t(array.array('i').pop); t(a.__getitem__, 10)
t(a.frombytes, b'abc'); t(a.__setitem__, 0, 'x'); print(array.array('u', 'hi'), array.typecodes)
