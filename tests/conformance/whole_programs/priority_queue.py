class PriorityQueue:
    """A binary min-heap written by hand."""
    def __init__(self):
        self._heap = []
        self._counter = 0

    def __len__(self):
        return len(self._heap)

    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        self._heap.append(entry)
        self._sift_up(len(self._heap) - 1)

    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        last = self._heap.pop()
        if not self._heap:
            return last[0], last[2]
        top = self._heap[0]
        self._heap[0] = last
        self._sift_down(0)
        return top[0], top[2]

    def _sift_up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._heap[i] < self._heap[parent]:
                self._heap[i], self._heap[parent] = self._heap[parent], self._heap[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        n = len(self._heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._heap[child] < self._heap[smallest]:
                    smallest = child
            if smallest == i:
                return
            self._heap[i], self._heap[smallest] = self._heap[smallest], self._heap[i]
            i = smallest

pq = PriorityQueue()
for prio, task in [(3, "write"), (1, "plan"), (4, "test"), (1, "coffee"), (5, "ship"), (2, "code")]:
    pq.push(prio, task)
print(len(pq))
while pq:
    print(pq.pop())
try:
    pq.pop()
except IndexError as e:
    print(e)

def dijkstra(graph, start):
    dist = {start: 0}
    q = PriorityQueue()
    q.push(0, start)
    while q:
        d, node = q.pop()
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                q.push(nd, nxt)
    return dict(sorted(dist.items()))

g = {"A": [("B", 4), ("C", 1)], "C": [("B", 2), ("D", 7)], "B": [("D", 1)], "D": []}
print(dijkstra(g, "A"))
