class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks

async def task(name, steps, delay):
    for i in range(steps):
        print(f"{name} step {i}")
        await Sleep(delay)
    return f"{name} finished"

def run(coros):
    queue = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    while queue:
        queue.sort()
        time, idx, c = queue.pop(0)
        try:
            delay = c.send(None)
        except StopIteration as e:
            results[idx] = (time, e.value)
            continue
        queue.append((time + delay, idx, c))
    return [results[i] for i in sorted(results)]

print(run([task("A", 3, 2), task("B", 2, 3), task("C", 1, 1)]))
