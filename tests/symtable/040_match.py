def f(v):
    match v:
        case [a, *rest]:
            return a, rest
        case {'k': b, **kw}:
            return b, kw
        case Point(x=px, y=0) | Point(px, _) as pt if px > 0:
            return px, pt
        case None:
            return None
