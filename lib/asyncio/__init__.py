"""pyvm's own asyncio: a single-threaded event loop for coroutines.

What is here: asyncio.run/Runner, the event loop (call_soon, call_later, call_at,
run_until_complete, run_forever, stop, exception handlers), Future and Task (with CPython's
scheduling order, reprs and cancellation semantics), sleep, gather, wait, wait_for,
as_completed, shield, timeout/timeout_at, TaskGroup, Lock, Event, Condition, Semaphore,
BoundedSemaphore, Barrier and the queues. What is not: sockets, streams, subprocesses,
signals and threads (run_in_executor and to_thread call the function directly); contextvars
contexts are accepted and ignored.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *

from . import base_events, coroutines, events, exceptions, futures, locks, queues
from . import runners, taskgroups, tasks, timeouts

SelectorEventLoop = base_events.SelectorEventLoop
DefaultEventLoopPolicy = events.DefaultEventLoopPolicy

__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + queues.__all__ + runners.__all__ +
           taskgroups.__all__ + tasks.__all__ + timeouts.__all__ +
           ('SelectorEventLoop', 'DefaultEventLoopPolicy'))
