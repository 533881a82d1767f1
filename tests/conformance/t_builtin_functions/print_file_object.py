class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("hello", 42, sep=":", end="$", file=c)
print(file=c)
print(c.parts)
class Flushable(Collector):
    def flush(self):
        self.parts.append("<flushed>")
f = Flushable()
print("x", file=f, flush=True)
print(f.parts)
