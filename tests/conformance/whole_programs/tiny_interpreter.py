"""A tiny stack-based interpreter for a Forth-like language."""

class ForthError(Exception):
    pass

class Machine:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.builtins = {
            "+": lambda a, b: [a + b],
            "-": lambda a, b: [a - b],
            "*": lambda a, b: [a * b],
            "/": self._div,
            "dup": lambda a: [a, a],
            "swap": lambda a, b: [b, a],
            "drop": lambda a: [],
            "over": lambda a, b: [a, b, a],
        }

    def _div(self, a, b):
        if b == 0:
            raise ForthError("division by zero")
        return [a // b]

    def pop(self, n):
        if len(self.stack) < n:
            raise ForthError(f"stack underflow (need {n}, have {len(self.stack)})")
        args = self.stack[-n:]
        del self.stack[-n:]
        return args

    def run(self, source):
        tokens = source.lower().split()
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                name, body = tokens[i + 1], tokens[i + 2:end]
                if name.lstrip("-").isdigit():
                    raise ForthError("cannot redefine numbers")
                expanded = []
                for t in body:
                    expanded.extend(self.words.get(t, [t]))
                self.words[name] = expanded
                i = end + 1
                continue
            self.execute(tok)
            i += 1
        return self.stack

    def execute(self, tok):
        if tok in self.words:
            for t in self.words[tok]:
                self.execute(t)
        elif tok in self.builtins:
            fn = self.builtins[tok]
            arity = fn.__code__.co_argcount - (1 if hasattr(fn, "__self__") else 0)
            self.stack.extend(fn(*self.pop(arity)))
        elif tok.lstrip("-").isdigit():
            self.stack.append(int(tok))
        else:
            raise ForthError(f"unknown word {tok!r}")

programs = [
    "1 2 3 + +",
    "5 dup * 2 swap -",
    ": square dup * ; 7 square",
    ": inc 1 + ; : inc2 inc inc ; 10 inc2 inc2",
    "1 2 over over",
    "4 0 /",
    "1 +",
    "foo",
    ": 5 6 ;",
]
for p in programs:
    m = Machine()
    try:
        print(f"{p!r:45} => {m.run(p)}")
    except ForthError as e:
        print(f"{p!r:45} => error: {e}")
