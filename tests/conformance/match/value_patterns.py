class Color:
    RED = "red"
    GREEN = "green"

class Codes:
    class Http:
        OK = 200
        NOT_FOUND = 404

def name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Codes.Http.OK:
            return "ok"
        case Codes.Http.NOT_FOUND:
            return "not found"
        case _:
            return "unknown"

for v in ("red", "green", 200, 404, "blue"):
    print(v, name(v))
