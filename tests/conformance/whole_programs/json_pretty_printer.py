def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [inner + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(f"{inner}{dump(k)}: {dump(v, indent + step, step)}")
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

doc = {
    "name": "pyvm",
    "version": [0, 1, 0],
    "stable": False,
    "ratio": 0.75,
    "notes": 'says "hi"\nand\tmore',
    "deps": {},
    "tags": [],
    "nested": {"list": [1, {"deep": None}], "empty": ""},
}
print(dump(doc))
for bad in ({1: "x"}, {"s": {1, 2}}):
    try:
        dump(bad)
    except TypeError as e:
        print("TypeError:", e)
