from __future__ import annotations
class C:
    x: int = 1
    def m(self, a: C) -> C:
        y: undefined = a
        return y
