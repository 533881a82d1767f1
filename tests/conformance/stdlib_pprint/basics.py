import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field

data = {'name': 'pyvm', 'tags': ['python', 'rust', 'interpreter', 'bytecode', 'register-vm'],
        'versions': {(3, 12): 'target', (3, 11): 'older', (3, 13): 'newer'}, 'nested': [[1, 2, [3, 4, [5, 6]]], {'z': 1, 'a': 2}],
        'empty': {}, 'tuple1': (1,), 'set': {5, 3, 1, 9, 7}, 'frozen': frozenset({20, 10}), 'none': None, 'float': 1.5}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint(list(range(40)), width=30, compact=True)
pprint.pp({'b': 1, 'a': [1, 2, 3] * 10})
print(pprint.pformat({'b': 2, 'a': 1}), pprint.pformat('x' * 10), repr(pprint.pformat([])))
long = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(long)
pprint.pprint([long, 'short'])
pprint.pprint({'key': long}, width=50)
pprint.pprint('line one\nline two is here\n' * 3, width=20)
pprint.pprint(b'bytes object that is quite long indeed, longer than eighty characters in total....')
rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).split(' with id=')[0])
d = {'self': None}
d['self'] = d
print(pprint.pformat(d).split(' with id=')[0])
print(pprint.saferepr(rec).split(' with id=')[0], pprint.isrecursive(rec), pprint.isreadable([1, 2]), pprint.isreadable([object]))
pprint.pprint(OrderedDict((str(i), i * 1111111) for i in range(8)))
dd = defaultdict(list)
for i in range(12):
    dd['key%d' % i].append(i * 123456)
pprint.pprint(dd)
pprint.pprint(Counter('abracadabra simsalabim hocus pocus fidibus ' * 2))
pprint.pprint(deque(range(30)))
pprint.pprint(deque(range(30), maxlen=40))


@dataclass
class Point:
    x: int
    y: int
    label: str = 'origin'
    history: list = field(default_factory=list)


p = Point(1, 2, 'a fairly long label for this point', [Point(i, i * i) for i in range(3)])
pprint.pprint(p)
pprint.pprint(Point(1, 2))
pprint.pprint([{'a': i, 'b': str(i) * i} for i in range(8)], width=50)
pprint.pprint(((1, 2, 3) * 10, ('x',) * 3), width=50)
pprint.pprint({10 ** i: i for i in range(12)}, underscore_numbers=True)
printer = pprint.PrettyPrinter(indent=2, width=30)
printer.pprint({'alpha': [1, 2, 3, 4, 5, 6, 7, 8, 9], 'beta': {'x': 'y' * 20}})
print(printer.pformat((1, 2)))
for bad in (lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0), lambda: pprint.PrettyPrinter(width=0)):
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
