x = {a::b}
