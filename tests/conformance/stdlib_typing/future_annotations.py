from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
from typing import get_type_hints, Optional

@dataclass
class Node:
    value: int
    next: Optional[Node] = None

n = Node(1, Node(2))
print(n, [f.type for f in fields(Node)], get_type_hints(Node))
def f(x: int) -> list[int]: return [x]
print(f.__annotations__, f(2))
print(__future__.annotations, __future__.all_feature_names[-1], __future__.division.getMandatoryRelease(), __future__.CO_FUTURE_ANNOTATIONS)
