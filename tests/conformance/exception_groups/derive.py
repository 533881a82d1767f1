class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return MyGroup(self.message, excs)

eg = MyGroup("custom", [ValueError(1), TypeError(2)])
m, r = eg.split(ValueError)
print(type(m).__name__, repr(m.exceptions), type(r).__name__, repr(r.exceptions))
try:
    raise eg
except* ValueError as caught:
    print(type(caught).__name__, repr(caught.exceptions))
except* TypeError as caught:
    print(type(caught).__name__, repr(caught.exceptions))
