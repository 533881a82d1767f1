class TrafficLight:
    transitions = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "emergency"): "red",
        ("green", "emergency"): "red",
        ("yellow", "emergency"): "red",
    }
    def __init__(self):
        self.state = "red"
        self.log = []
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError(f"no transition from {self.state!r} on {event!r}")
        new = self.transitions[key]
        self.log.append(f"{self.state} --{event}--> {new}")
        self.state = new
        return self

light = TrafficLight()
for ev in ["timer", "timer", "emergency", "timer", "timer", "timer", "reset"]:
    try:
        light.fire(ev)
    except ValueError as e:
        print("error:", e)
print("\n".join(light.log))
print("final:", light.state)

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("NUM", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("NAME", src[i:j]))
            i = j
        elif c in "+-*/()=":
            tokens.append(("OP", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens

print(tokenize("x1 = (42 + y_2) * 7"))
try:
    tokenize("a $ b")
except SyntaxError as e:
    print("SyntaxError:", e)
