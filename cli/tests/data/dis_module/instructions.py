import dis


def f(x):
    if x:
        return len(x)
    return None


for ins in dis.get_instructions(f):
    print(ins.opname, ins.opcode == dis.opmap[ins.opname], ins.arg, repr(ins.argval),
          repr(ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target, ins.positions)
print("----")
first = next(dis.get_instructions(f, first_line=100))
print(first.starts_line, first.positions.lineno)
print(first._fields)
print(type(first).__name__, isinstance(first, tuple), len(first))
print(first == tuple(first), first._replace(offset=99).offset)
print("----")
bc = dis.Bytecode(f)
print(bc.first_line, bc.codeobj is f.__code__, repr(bc).startswith("Bytecode(<function f at "))
print([i.opname for i in bc] == [i.opname for i in dis.get_instructions(f)])
print(bc.dis(), end="")
print(bc.info().splitlines()[0])
print(list(dis.findlinestarts(f.__code__)))
print(len(dis.opname), dis.opname[dis.opmap["LOAD_CONST"]])
