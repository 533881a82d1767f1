import queue

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty", repr(e), type(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("timed out")
b = queue.Queue(maxsize=2)
b.put("a"); b.put("b")
print(b.full(), b.qsize())
try:
    b.put("c", block=False)
except queue.Full:
    print("Full")
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full again", repr(e))
print(b.get(), b.get_nowait())
b.task_done(); b.task_done()
b.join()
try:
    b.task_done()
except ValueError as e:
    print(e)
lq = queue.LifoQueue()
for x in "abc":
    lq.put(x)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
    pq.put(item)
out = []
while not pq.empty():
    out.append(pq.get())
print(out)
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())
print(queue.Queue[int], issubclass(queue.PriorityQueue, queue.Queue))
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
