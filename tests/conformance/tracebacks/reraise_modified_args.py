def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        e.args = (f"bad port {text!r}",)
        raise

parse_port("80")
parse_port("eighty")
