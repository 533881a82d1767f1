import sys

async def named():
    return "x"

c = named()
print(c.__name__, c.__qualname__, type(c).__name__)
print(c.cr_code.co_name, c.cr_running, c.cr_await)
print(named.__code__.co_flags & 0x80 != 0)
c.close()

class Obj:
    async def method(self):
        return self
print(Obj.method.__qualname__)
m = Obj().method()
print(m.__qualname__)
m.close()

async def ag():
    yield
print(type(ag()).__name__, ag.__code__.co_flags & 0x200 != 0)
