class Loop:
    def __getattr__(self, name):
        return self.missing_too
try:
    Loop().anything
except RecursionError as e:
    print("RecursionError:", e)

class EqLoop:
    def __eq__(self, other):
        return self == other
try:
    EqLoop() == EqLoop()
except RecursionError as e:
    print("RecursionError:", e)
print("recovered")
