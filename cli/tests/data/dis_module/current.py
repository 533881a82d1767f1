import dis
import sys


def f():
    x = 1
    return x / 0


def run():
    try:
        f()
    except ZeroDivisionError as e:
        return e


e = run()
tb = e.__traceback__
dis.distb(tb)
print("----")
print(dis.Bytecode.from_traceback(tb).current_offset)
print(dis.Bytecode.from_traceback(tb).dis(), end="")
print("----")
sys.last_exc = e
dis.distb()
print("----")
print(dis.Bytecode(f, current_offset=4).dis(), end="")
print("----")
dis.disassemble(f.__code__, 8)
