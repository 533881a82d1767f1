import dis


def f(a, b, /, c, *args, d=1, **kw):
    z = a + b
    return z


def g(x):
    yield x


async def co():
    pass


for func in (f, g, co):
    lines = dis.code_info(func).splitlines()
    for line in lines:
        if line.startswith(("Name:", "Argument count:", "Positional-only", "Kw-only",
                            "Flags:")):
            print(line)
    print(lines[lines.index("Variable names:"):] if "Variable names:" in lines else None)

for bad in (dis, 42, None, [1]):
    try:
        dis.code_info(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in (42, 1.5, [1]):
    try:
        dis.dis(bad)
    except TypeError as e:
        print("TypeError:", e)

print(dis.pretty_flags(0), "|", dis.pretty_flags(3), "|", dis.pretty_flags(0x2a0 | 0x4000000))
print(dis.COMPILER_FLAG_NAMES[32], isinstance(dis.opname, list), isinstance(dis.opmap, dict))
print(dis.Instruction._fields)
print(dis.Positions._fields, dis.Positions())
print(dis.Positions(1, 2, 3, 4))
bc = dis.Bytecode(f)
print(bc.first_line, bc.codeobj is f.__code__, dis.Bytecode(f, first_line=50).first_line)
print(bc.info() == dis.code_info(f))
ins = list(dis.get_instructions(f))
print(all(isinstance(i, dis.Instruction) for i in ins), ins[0].offset, type(ins[0].opname).__name__)
print(all(dis.opname[i.opcode] == i.opname for i in ins))
print(next(iter(dis.findlinestarts(f.__code__)))[0])
