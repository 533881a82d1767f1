def level2():
    raise ValueError("deep")

def level1():
    level2()

try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__)

e2 = RuntimeError("fresh")
print(e2.__traceback__)
try:
    raise e2
except RuntimeError:
    print(e2.__traceback__.tb_lineno)
print(e2.with_traceback(None) is e2, e2.__traceback__)
