class Capture:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        lines = []
        while tb:
            lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        self.lines = lines
        return True

def fail():
    raise RuntimeError("x")

with Capture() as c:
    fail()
print(c.lines)
