import string

print(repr(string.whitespace), string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.punctuation), repr(string.printable))
print(string.capwords(" hello   world  "), string.capwords("a-b c-d", "-"), repr(string.capwords("")))

t = string.Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="kw wins"))
print(t.template, t.get_identifiers(), t.is_valid(), string.Template("$a $5").is_valid())
print(string.Template("$x and $y").safe_substitute(x=1), string.Template("$ ${ x} $$").safe_substitute())
print(string.Template("${a}b $a_b $ab9").substitute(a="A", a_b="U", ab9="N"))
for tmpl, kw in [("$who $x", {"who": 1}), ("$who likes $5", {"who": 1}), ("ab\n  $ x", {"x": 1}), ("${bad", {})]:
    try:
        print(string.Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

class Percent(string.Template):
    delimiter = "%"
print(Percent("%name is %{age}%% sure").substitute(name="Al", age=30))

f = string.Formatter()
print(f.format("{} + {} = {}", 1, 2, 3), f.format("{0}{1}{0}", "ab", "cd"), f.format("{name:>6}|", name="x"))
print(f.format("{0:{1}}", 3.14159, ".2f"), f.format("{x.real} {y[1]} {z[k]}", x=3, y=[5, 6], z={"k": 9}))
print(f.format("{!r} {!s} {!a}", "q", "q", "é"), f.format("{{literal}} {0!s:>5}", 1))
print(list(f.parse("a{0}b{x!r:>{w}}c{{d}}e{}")), list(f.parse("")), list(f.parse("x}}")), list(f.parse("{a.b[0]}")))
print(f.vformat("{a}-{0}", ("pos",), {"a": "kw"}), f.get_field("0.imag", (2,), {}), f.convert_field(5, "r"))
for s, a in [("{", ()), ("}", ()), ("a{b", ()), ("{0!rr}", (1,)), ("{0} {}", (1, 2)), ("{} {0}", (1, 2)),
             ("{:{:{}}}", (1, 2, 3)), ("{z}", ()), ("{2}", (1,)), ("{0!x}", (1,))]:
    try:
        print(repr(f.format(s, *a)))
    except (ValueError, KeyError, IndexError) as e:
        print(repr(s), type(e).__name__, e)

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}?>"
        return super().get_value(key, args, kwargs)
print(Upper().format("{} {missing} {x}", "abc", x="y"))
