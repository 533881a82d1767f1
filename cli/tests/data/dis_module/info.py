import dis


def f(a, b, /, c, *args, d=1, **kw):
    z = a + b
    def h():
        return z
    return h


print(dis.code_info(f))
print("----")
dis.show_code(compile("import sys\nx = sys.argv\n", "<golden>", "exec"))
print("----")
print(dis.pretty_flags(0), dis.pretty_flags(3), dis.pretty_flags(0x20 | 0x1000000))
for bad in (dis, 42):
    try:
        dis.code_info(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError:", e)
