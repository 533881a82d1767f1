def worker(i):
    raise ValueError(f"worker {i}")

errors = []
for i in range(2):
    try:
        worker(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("workers", errors)
except* ValueError as eg:
    for e in eg.exceptions:
        tb = e.__traceback__
        lines = []
        while tb:
            lines.append(tb.tb_lineno)
            tb = tb.tb_next
        print(e, lines)
