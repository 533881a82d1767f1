# Threads that do independent work and are joined: results do not depend on interleaving.
import threading

results = {}
lock = threading.Lock()


def work(n):
    total = sum(range(n))
    with lock:
        results[n] = total


threads = [threading.Thread(target=work, args=(n,)) for n in (10, 100, 1000)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(all(not t.is_alive() for t in threads))

counter = 0
rlock = threading.RLock()


def incr():
    global counter
    with rlock:
        with rlock:
            counter += 1


for _ in range(5):
    t = threading.Thread(target=incr)
    t.start()
    t.join()
print(counter)

ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(1))
ev.clear()
print(ev.is_set())

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(blocking=False), l.acquire(timeout=0))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError:", e)

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release(2)
bs = threading.BoundedSemaphore(1)
try:
    bs.release()
except ValueError as e:
    print(e)

data = threading.local()
data.x = 5
print(data.x)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"worker-{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * 2
        print("running in", threading.current_thread().name)


w = Worker(21)
w.start()
w.join()
print(w.result, w.name)
try:
    w.start()
except RuntimeError as e:
    print(e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print(e)
c = threading.Condition()
with c:
    c.notify_all()
    print(c.wait(timeout=0))
print(threading.active_count() >= 1, isinstance(threading.get_ident(), int))
t = threading.Timer(0.01, print, args=("timer fired",))
t.start()
t.join()
