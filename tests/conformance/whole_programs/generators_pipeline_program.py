LOG = """\
2024-01-01 10:00:01 INFO server started
2024-01-01 10:00:05 WARN disk 81% full
2024-01-01 10:01:00 ERROR request /api failed: timeout
2024-01-01 10:02:30 INFO request /home ok
2024-01-01 10:03:00 ERROR request /api failed: refused
2024-01-01 10:04:10 WARN disk 90% full
2024-01-01 10:05:00 INFO shutdown
"""

def lines(text):
    for line in text.splitlines():
        if line.strip():
            yield line

def parse(lines):
    for line in lines:
        date, time, level, message = line.split(" ", 3)
        yield {"time": time, "level": level, "message": message}

def by_level(records, *levels):
    for r in records:
        if r["level"] in levels:
            yield r

def window(records, size):
    buf = []
    for r in records:
        buf.append(r)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)

records = list(parse(lines(LOG)))
print(len(records))
for r in by_level(records, "ERROR", "WARN"):
    print(f"[{r['level']:5}] {r['time']} {r['message']}")
counts = {}
for r in records:
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
for a, b in window(by_level(records, "ERROR"), 2):
    print("consecutive errors at", a["time"], "and", b["time"])
print(sum(1 for _ in by_level(parse(lines(LOG)), "INFO")))
