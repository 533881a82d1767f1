from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap
import collections
import collections.abc

text = "the quick brown fox jumps over the lazy dog the end".split()
counts = Counter(text)
print(counts.most_common(2), counts["the"], sum(counts.values()), len(counts))
by_len = defaultdict(list)
for w in text:
    by_len[len(w)].append(w)
print(dict(sorted(by_len.items())))
index = defaultdict(set)
for i, w in enumerate(text):
    index[w[0]].add(i)
print(sorted((k, sorted(v)) for k, v in index.items())[:4])

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)
cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1)); cache.put(3, 3); print(cache.get(2), list(cache.items()), cache)

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
def bfs(start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
print(bfs("a"))
window = deque(maxlen=3)
for x in range(6):
    window.append(x)
    print(list(window), sum(window) / len(window))

Employee = namedtuple("Employee", "name dept salary")
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
print(sorted(staff, key=lambda e: e.salary)[0], max(staff, key=lambda e: e.salary).name)
total = defaultdict(int)
for e in staff:
    total[e.dept] += e.salary
print(dict(total), [e._asdict() for e in staff[:1]], Employee._make(["dee", "hr", 80]))
print({e.name: e for e in staff}["cy"].dept, staff[0]._replace(salary=130), Employee(*staff[1])[2])

defaults = {"color": "red", "user": "guest"}
env = {"user": "root"}
cli = {}
combined = ChainMap(cli, env, defaults)
print(combined["color"], combined["user"], dict(combined), len(combined))
ctx = combined.new_child()
ctx["color"] = "blue"
print(ctx["color"], combined["color"], ctx.maps[0], list(ctx.parents.maps) == combined.maps)
inventory = Counter(apples=3, pears=0)
inventory.update(apples=2, kiwis=4)
inventory.subtract({"pears": 1})
print(inventory, +inventory, inventory.total(), sorted(inventory.elements()))
c1, c2 = Counter("aabbc"), Counter("abd")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, c1 == Counter("cbaba"), Counter("ab") <= Counter("aabb"))
print(isinstance(counts, dict), isinstance(deque(), collections.abc.MutableSequence), issubclass(OrderedDict, dict))
print(collections.abc.Mapping.__module__, collections.deque.__module__, collections.Counter.__name__)
