"""The event loop: a FIFO of ready callbacks plus a heap of timers, run one batch at a time.

Each iteration (`_run_once`) drops cancelled timers at the top of the heap, sleeps until the
first timer is due when nothing is ready, moves the due timers to the ready queue, then runs
exactly the callbacks that were ready at that point: callbacks they schedule run in the next
iteration. That is CPython's order, which programs printing interleavings observe. pyvm has
no selectors or threads: "waiting for I/O" is `time.sleep` until the next timer.
"""

__all__ = ('BaseEventLoop',)

import collections
import heapq
import sys
import time

from . import coroutines
from . import events
from . import futures
from . import tasks

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop is already stopping: the exception propagates from it.
            return
    futures._get_loop(fut).stop()


def _log_error(text, exception):
    """What the `logging` module's last-resort handler prints for logger.error(exc_info=...)."""
    if exception is not None:
        import traceback
        tb = ''.join(traceback.format_exception(type(exception), exception,
                                                exception.__traceback__))
        if tb.endswith('\n'):
            tb = tb[:-1]
        if not text.endswith('\n'):
            text += '\n'
        text += tb
    try:
        sys.stderr.write(text + '\n')
    except Exception:
        pass


class BaseEventLoop(events.AbstractEventLoop):
    """A single-threaded event loop (call_soon, call_later, tasks and futures)."""

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._running = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._clock_resolution = 1e-09
        self._exception_handler = None
        self._debug = False
        self._task_factory = None
        self._current_handle = None
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ----- futures and tasks ------------------------------------------------------------------

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ----- running ----------------------------------------------------------------------------

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run batches of callbacks until stop() is called."""
        self._check_closed()
        self._check_running()
        self._running = True
        old_agen_hooks = sys.get_asyncgen_hooks()
        events._set_running_loop(self)
        try:
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            events._set_running_loop(None)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def _asyncgen_finalizer_hook(self, agen):
        # An async generator died unfinished: close it in a task of its own, as CPython does.
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        # CPython records agen in a WeakSet for shutdown_asyncgens(); pyvm has no weak
        # references yet, and a strong set would keep every generator alive, so generators
        # still referenced when the loop shuts down are not closed by it.
        pass

    def run_until_complete(self, future):
        """Run until future (a coroutine is wrapped in a Task) is done; its result."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception is raised from here: do not also log it as never retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the current batch of callbacks."""
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return time.monotonic()

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    # ----- scheduling -------------------------------------------------------------------------

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        """No threads in pyvm: func runs now and the returned future is already done."""
        self._check_closed()
        if coroutines.iscoroutine(func) or coroutines.iscoroutinefunction(func):
            raise TypeError("coroutines cannot be used with run_in_executor()")
        fut = self.create_future()
        try:
            fut.set_result(func(*args))
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            fut.set_exception(exc)
        return fut

    def set_default_executor(self, executor):
        self._default_executor = executor

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError

    def remove_signal_handler(self, sig):
        raise NotImplementedError

    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = live
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = heapq.heappop(self._scheduled)
                handle._scheduled = False

        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), MAXIMUM_SELECT_TIMEOUT)
        else:
            raise RuntimeError("pyvm's asyncio: the event loop has nothing left to run and "
                               "would wait forever")
        if timeout > 0:
            time.sleep(timeout)

        end_time = self.time() + self._clock_resolution
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = heapq.heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                handle._run()
            finally:
                self._current_handle = None
        handle = None

    # ----- errors -----------------------------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Print the context as CPython's logger does (message, sorted keys, traceback)."""
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        exception = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        _log_error('\n'.join(lines), exception)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _log_error('Exception in default exception handler', exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    _log_error('Exception in default exception handler while handling an '
                               'unexpected error in custom exception handler', exc2)


class _UnixSelectorEventLoop(BaseEventLoop):
    """The default loop's class name, as CPython's reprs show it."""


SelectorEventLoop = _UnixSelectorEventLoop
