import enum
from dataclasses import dataclass, KW_ONLY
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.__members__)
print(sorted(dir(Color.RED))[:8])
print(Color.RED.__doc__ if False else '', Color.__doc__)
@dataclass
class Pt:
    x: int
    y: int
def where(p):
    match p:
        case Pt(0, 0): return 'origin'
        case Pt(x, 0): return f'x-axis {x}'
        case Pt(x=0, y=y): return f'y-axis {y}'
        case _: return 'elsewhere'
print([where(Pt(0, 0)), where(Pt(3, 0)), where(Pt(0, 4)), where(Pt(1, 1))])
def color_name(c):
    match c:
        case Color.RED: return 'r'
        case Color.GREEN: return 'g'
print(color_name(Color.GREEN), Color['RED'].name)
