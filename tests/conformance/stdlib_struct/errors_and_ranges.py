import struct
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
for fmt in ['b','B','h','H','i','I','l','L','q','Q','n','N','P']:
  for bo in ['', '<', '>']:
    if bo and fmt in 'nNP': continue
    for v in [2**70, -2**70, 2**(struct.calcsize(bo+fmt)*8), -1, 1.5, '1', None, 100, 2**(struct.calcsize(bo+fmt)*8-1)-1]:
        print(bo+fmt, v if not isinstance(v,int) or abs(v)<1e30 else 'big', end=': '); t(struct.pack, bo+fmt, v)
t(struct.pack,'i'); t(struct.pack,'i',1,2); t(struct.unpack,'i',b'123')
t(struct.pack, 'c', b'ab'); t(struct.pack,'c','a'); t(struct.pack,'s','a'); t(struct.pack,'f','a'); t(struct.pack,'f',1e300); t(struct.pack,'<f',1e300); t(struct.pack,'e',1e10); t(struct.pack,'<d',1)
t(struct.calcsize,'3'); t(struct.calcsize,'z'); t(struct.calcsize,'<n'); t(struct.calcsize, 5); t(struct.unpack, 'i', 'abcd')
t(struct.unpack_from, 'i', b'ab', 1); t(struct.unpack_from, 'i', b'abcdefg', -2); t(struct.unpack_from, 'i', b'abcdefg', -20);t(struct.unpack_from, 'i', b'abcdefg', 20)
t(struct.iter_unpack, 'i', b'abcdefg'); t(struct.iter_unpack, '', b'abcdefg'); print(list(struct.iter_unpack('h', b'abcd')))
t(struct.calcsize, '99999999999999999999i')
b=bytearray(6); t(struct.pack_into, 'i', b, 4, 1); t(struct.pack_into, 'i', b, -20, 1); t(struct.pack_into, 'i', b); t(struct.pack_into, 'i'); t(struct.pack_into,'i',b,1)
t(struct.pack_into, 'i', b'abcdef', 0, 1); t(struct.pack_into, 'i', b, -2, 1); t(struct.pack_into, '<h', b, -2, 513); print(b)
t(struct.pack, '?', []); t(struct.pack, 'e', 'x'); t(struct.Struct, 'z'); t(struct.Struct,1); t(struct.pack, 1)
s = struct.Struct('<i'); print(s.format, s.size, struct.Struct(b'i').format, s.pack(5), s.unpack(b'\1\0\0\0'), s.unpack_from(b'xx\2\0\0\0', 2), list(s.iter_unpack(b'\1\0\0\0\2\0\0\0')))
t(struct.pack, 'i', True); t(struct.pack,'d',True); t(struct.pack,'5p', b'abcdefg'); t(struct.unpack, '5p', b'\x09abcd')
print(struct.calcsize('bhiqd'), struct.calcsize('@cid'), struct.calcsize('=cid'), struct.calcsize('0i'), struct.calcsize('ci0q'), struct.calcsize(' 2i 3 s'))
print(struct.pack('>hhl', 1, 2, 3), struct.unpack('>hhl', b'\x00\x01\x00\x02\x00\x00\x00\x03'))
print(struct.pack('<3e', 1.5, -0.0, 65504), struct.unpack('<3e', struct.pack('<3e', 1.5, -0.0, 65504)))
print(struct.pack('!?x?', 5, 0), struct.unpack('??', b'\x00\x07'), struct.pack('10s', b'abc'), struct.unpack('3s', b'abc'))
print(struct.pack('2c', b'a', bytearray(b'b')), struct.unpack('qQ', struct.pack('qQ', -2**63, 2**64-1)))
print(struct.error, struct.error.__mro__, struct.Struct)
class I:
    def __index__(self): return 7
print(struct.pack('B', I()))
try:
    struct.pack('<H', 70000)
except struct.error as e:
    print('caught', e, e.args)
print(struct.unpack('<d', struct.pack('<d', 0.1)), struct.unpack('f', struct.pack('f', 0.1)))
struct.pack('i', 'x')
