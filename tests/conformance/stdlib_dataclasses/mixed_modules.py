from enum import Enum, IntEnum, Flag, auto
from dataclasses import dataclass, field, asdict
from typing import Optional, List
import datetime, random, statistics, pprint, warnings, traceback, time

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'
    def __str__(self): return self.value

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

@dataclass(order=True)
class Task:
    priority: Priority
    name: str = field(compare=False)
    due: Optional[datetime.date] = field(default=None, compare=False)
    status: Status = field(default=Status.ACTIVE, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

tasks = [Task(Priority.HIGH, 'write', datetime.date(2024, 5, 1)), Task(Priority.LOW, 'read')]
tasks.sort()
print(tasks)
print([asdict(t) for t in tasks])
pprint.pprint([asdict(t) for t in tasks])
print(f'{Status.ACTIVE}', Status('inactive'), Priority.HIGH > Priority.LOW, max(tasks))
print(Status.__members__.keys(), list(Status.__members__.values()))
print(dir(Status.ACTIVE)[:5] if False else '', Status.ACTIVE.__class__, Status.ACTIVE.name.lower())
class Color(Enum):
    RED = auto(); GREEN = auto()
    @property
    def hex(self): return {'RED': '#f00', 'GREEN': '#0f0'}[self.name]
print(Color.RED.hex, [c.hex for c in Color])
print({Color.RED: 1, Color.GREEN: 2}, sorted(Color, key=lambda c: c.name))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED)
random.seed(3)
xs = [random.gauss(10, 2) for _ in range(100)]
print(round(statistics.mean(xs), 6), round(statistics.stdev(xs), 6), statistics.median([3, 1, 2]))
print(datetime.datetime(2024, 1, 31) + datetime.timedelta(days=1), datetime.date(2024, 3, 1) - datetime.date(2024, 2, 1))
print(datetime.datetime.strptime('2024-02-03', '%Y-%m-%d').date().isoformat())
print(time.strftime('%Y', time.gmtime(0)))
try:
    {}['x']
except KeyError:
    print(traceback.format_exc().splitlines()[-1])
