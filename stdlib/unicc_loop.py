"""unicc_loop: a deterministic cooperative event loop for async/await.

unicc compiles each `async def` to a state machine; this module is the
scheduler that drives them, written in the subset so the same code runs
under CPython (the reference) and compiled.  A task is a coroutine the loop
resumes with `coro.send(None)` (or `coro.throw(CancelledError())`); it runs
until it awaits something that is not ready, where it *parks*: it registers
a waker where the awaited event will happen (a timer, a queue, an event, the
end of another task) and yields None to the loop.

Determinism: ready tasks run in FIFO order; timers fire in (deadline,
creation order); every deadline is measured from the start of the current
loop turn, so tasks that sleep equally long in the same turn wake in the
order they went to sleep.  A program that does not race timers against work
prints the same interleaving under CPython and compiled.

One loop turn: read the clock, move due timers' tasks to the ready queue,
call the device pollers, run the tasks that are ready now.  When none is
ready the loop idles in `unicc_sys.block_until` until the next deadline (no
busy waiting); with nothing that could ever wake a task it raises
RuntimeError (deadlock).  See docs/concurrency.md.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Callable, Coroutine, Generator, Generic, Optional, TypeVar

import unicc_sys

T = TypeVar("T")

# With pollers registered and no timer due sooner, the loop idles at most this
# long, so a device that cannot interrupt the CPU is still polled regularly.
POLL_INTERVAL_NS = 10_000_000
# With only pollers whose devices wake the loop and no timer, the longest idle wait.
IDLE_NS = 3_600_000_000_000


class CancelledError(BaseException):
    """Raised inside a task at its suspension point by Task.cancel().  A
    BaseException, as in asyncio, so `except Exception` does not swallow it."""


class QueueEmpty(Exception):
    """Queue.get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Queue.put_nowait() on a full queue."""


class _Fifo(Generic[T]):
    """A FIFO: a list consumed from a moving head and compacted once half of
    it is consumed (the subset has no collections.deque)."""

    def __init__(self) -> None:
        self._items: list[T] = []
        self._head = 0

    def __len__(self) -> int:
        return len(self._items) - self._head

    def push(self, item: T) -> None:
        self._items.append(item)

    def take_all(self) -> list[T]:
        """Remove and return every item."""
        items = self._items[self._head:]
        self._items = []
        self._head = 0
        return items

    def pop(self) -> T:
        item = self._items[self._head]
        self._head += 1
        if self._head >= 64 and self._head * 2 >= len(self._items):
            self._items = self._items[self._head:]
            self._head = 0
        return item


class _Waker:
    """Resumes one suspension of a task.  A task is woken at most once per
    suspension: wakers of an earlier one (a timer that lost against the
    event it guarded, a queue slot of a cancelled getter) are stale."""

    def __init__(self, task: _Task) -> None:
        self.task = task
        self.gen = task._gen

    def stale(self) -> bool:
        return not self.task._parked or self.task._gen != self.gen

    def wake(self) -> bool:
        """Make the task ready; False if this waker was stale."""
        if self.stale():
            return False
        self.task._parked = False
        self.task._loop._schedule(self.task)
        return True


class _Timer:
    def __init__(self, deadline: int, seq: int, waker: _Waker) -> None:
        self.deadline = deadline
        self.seq = seq
        self.waker = waker

    def before(self, other: _Timer) -> bool:
        return (self.deadline, self.seq) < (other.deadline, other.seq)


class _TimerHeap:
    """A binary min-heap of timers ordered by (deadline, creation sequence).
    A timer goes stale when its task resumes for another reason (with_timeout's
    work finished first, a sleeping task was cancelled); stale timers are
    swept out whenever the heap has doubled, so many long timeouts that never
    fire do not pile up."""

    def __init__(self) -> None:
        self._h: list[_Timer] = []
        self._limit = 64

    def __len__(self) -> int:
        return len(self._h)

    def top(self) -> _Timer:
        return self._h[0]

    def push(self, t: _Timer) -> None:
        if len(self._h) >= self._limit:
            live = [old for old in self._h if not old.waker.stale()]
            self._h = []
            for old in live:
                self._sift_up(old)
            self._limit = 2 * len(self._h) + 64
        self._sift_up(t)

    def _sift_up(self, t: _Timer) -> None:
        h = self._h
        h.append(t)
        i = len(h) - 1
        while i > 0 and h[i].before(h[(i - 1) // 2]):
            h[i], h[(i - 1) // 2] = h[(i - 1) // 2], h[i]
            i = (i - 1) // 2

    def pop(self) -> _Timer:
        h = self._h
        first = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i = 0
            while True:
                c = 2 * i + 1
                if c + 1 < len(h) and h[c + 1].before(h[c]):
                    c += 1
                if c >= len(h) or not h[c].before(h[i]):
                    break
                h[i], h[c] = h[c], h[i]
                i = c
        return first


class _Task:
    """What the loop needs of a task, whatever its result type."""

    def __init__(self, loop: _Loop) -> None:
        loop._seq += 1
        self._loop = loop
        self._id = loop._seq
        self._parked = False          # suspended until a waker of generation _gen fires
        self._gen = 0
        self._queued = False          # in the ready queue
        self._cancel_pending = False  # throw CancelledError at the next resumption
        self._done = False
        self._exc: Optional[BaseException] = None
        self._retrieved = False       # someone saw the outcome (await, result(), gather)
        self._callbacks: list[Callable[[_Task], object]] = []

    def done(self) -> bool:
        return self._done

    def cancelled(self) -> bool:
        return self._done and isinstance(self._exc, CancelledError)

    def cancel(self) -> bool:
        """Ask the task to stop: CancelledError is raised inside it where it is
        suspended (its finally blocks run).  False if it is already done."""
        if self._done:
            return False
        self._cancel_pending = True
        if self._parked:
            self._parked = False
            self._loop._schedule(self)
        return True

    def _step(self) -> None:
        raise NotImplementedError

    def _close(self) -> None:
        raise NotImplementedError

    def _wake_me_when_done(self) -> _Waker:
        """Park the running task until this one is done."""
        w = _park()
        self._callbacks.append(lambda t: w.wake())
        return w

    def _finish(self, exc: Optional[BaseException]) -> None:
        self._done = True
        self._exc = exc
        self._loop._tasks.pop(self._id)
        if exc is not None and not isinstance(exc, CancelledError):
            self._loop._failed.append(self)
        callbacks = self._callbacks
        self._callbacks = []
        for cb in callbacks:
            cb(self)

    def _reraise(self) -> None:
        if not self._retrieved and self._exc is not None and not isinstance(self._exc, CancelledError):
            self._loop._failed.remove(self)   # seen: not reported at the end, so not kept until then
        self._retrieved = True
        if self._exc is not None:
            raise self._exc


class Task(_Task, Generic[T]):
    """A coroutine scheduled by the loop (made by spawn()).  `await task`
    gives its result or raises its exception (CancelledError if it was
    cancelled); any number of tasks may await the same task."""

    def __init__(self, loop: _Loop, coro: Coroutine[None, None, T]) -> None:
        super().__init__(loop)
        self._coro = coro
        self._result: list[T] = []    # empty until the task returns (T may be None)

    def _step(self) -> None:
        try:
            if self._cancel_pending:
                self._cancel_pending = False
                self._coro.throw(CancelledError())
            else:
                self._coro.send(None)
        except StopIteration as e:
            value: T = e.value
            self._result.append(value)
            self._finish(None)
        except (Exception, CancelledError) as e:
            self._finish(e)

    def _close(self) -> None:
        self._coro.close()

    def result(self) -> T:
        """The task's return value, or its exception raised again."""
        if not self._done:
            raise RuntimeError("task is not done")
        self._reraise()
        return self._result[0]

    def __await__(self) -> Generator[None, None, T]:
        if not self._done:
            self._wake_me_when_done()
            yield None
        return self.result()


class _Yield:
    """Awaiting it suspends the running task once.  Parked (after _park()),
    the task waits for its waker; otherwise it runs again after the tasks
    that are ready now."""

    def __await__(self) -> Generator[None, None, None]:
        yield None


_YIELD = _Yield()


class _Loop:
    def __init__(self) -> None:
        self._ready: _Fifo[_Task] = _Fifo()
        self._timers = _TimerHeap()
        self._tasks: dict[int, _Task] = {}   # live tasks, in creation order
        self._failed: list[_Task] = []       # tasks that ended with an exception
        self._current: Optional[_Task] = None
        self._seq = 0                        # numbers tasks and timers in creation order
        self._now = unicc_sys.monotonic_ns()

    def _schedule(self, t: _Task) -> None:
        if not t._queued:
            t._queued = True
            self._ready.push(t)

    def _add_timer(self, seconds: float, waker: _Waker) -> None:
        self._seq += 1
        self._timers.push(_Timer(self._now + int(seconds * 1e9), self._seq, waker))

    def _run(self, main: Optional[_Task]) -> bool:
        """Run turns until `main` is done (None: until no task is left).
        False when no task is ready and nothing could ever wake one."""
        while len(self._tasks) > 0 if main is None else not main._done:
            self._now = unicc_sys.monotonic_ns()
            while len(self._timers) and self._timers.top().deadline <= self._now:
                self._timers.pop().waker.wake()
            self._poll()
            if len(self._ready):
                self._run_ready()
            elif not self._idle():
                return False
        return True

    def _poll(self) -> None:
        global _pollers
        polled = _pollers
        _pollers = []
        kept = [p for p in polled if p.poll()]
        _pollers = kept + _pollers   # keep pollers registered while polling

    def _run_ready(self) -> None:
        # Only the tasks ready at the start of the turn: a task that yields
        # (sleep(0)) goes behind them and lets the timers and pollers in.
        for _ in range(len(self._ready)):
            t = self._ready.pop()
            t._queued = False
            self._current = t
            t._step()
            self._current = None
            # Yielded without parking (sleep(0), a bare yield in an __await__),
            # or parked with a cancel pending: run it again.
            if not t._done and (not t._parked or t._cancel_pending):
                t._parked = False
                self._schedule(t)

    def _idle(self) -> bool:
        while len(self._timers) and self._timers.top().waker.stale():
            self._timers.pop()
        deadline = self._timers.top().deadline if len(self._timers) else -1
        polled = any(not p.wakes for p in _pollers)
        if polled and (deadline < 0 or deadline > self._now + POLL_INTERVAL_NS):
            deadline = self._now + POLL_INTERVAL_NS
        elif _pollers and deadline < 0:
            deadline = self._now + IDLE_NS
        if deadline < 0:
            return False
        unicc_sys.block_until(deadline)
        return True


class _Poller:
    def __init__(self, poll: Callable[[], bool], wakes: bool) -> None:
        self.poll = poll
        self.wakes = wakes


_loop: Optional[_Loop] = None
_pollers: list[_Poller] = []


def _running() -> _Loop:
    if _loop is None:
        raise RuntimeError("no running event loop (call unicc_loop.run first)")
    return _loop


def _park() -> _Waker:
    """Mark the running task suspended and return the waker that resumes it.
    The caller stores the waker where the awaited event happens, then awaits
    _YIELD; nothing else runs in between, so no wake-up can be missed."""
    t = _running()._current
    if t is None:
        raise RuntimeError("no running task")
    t._gen += 1
    t._parked = True
    return _Waker(t)


def run(main: Coroutine[None, None, T]) -> T:
    """Run `main` as the first task until it is done and return its result
    (or raise its exception).  Tasks still running then are cancelled and run
    until they finish, so their finally blocks run; tasks that can never
    finish are closed.  A spawned task's exception that nobody retrieved is
    reported on stderr, one line per task."""
    global _loop
    if _loop is not None:
        raise RuntimeError("unicc_loop.run() cannot be called from a running loop")
    loop = _Loop()
    _loop = loop
    try:
        task = spawn(main)
        task._retrieved = True
        if not loop._run(task):
            raise RuntimeError("deadlock: every task is waiting and no timer or poller "
                               "is left to wake one")
        for t in list(loop._tasks.values()):
            t.cancel()
        loop._run(None)
    finally:
        # Close what is left now, not whenever CPython's collector would
        # (closing runs finally blocks: their output must be deterministic).
        for t in list(loop._tasks.values()):
            t._close()
        _loop = None
        for t in loop._failed:
            if not t._retrieved:
                print(f"unicc_loop: task {t._id} failed and was never awaited: {t._exc!r}",
                      file=sys.stderr)
    return task.result()


def spawn(coro: Coroutine[None, None, T]) -> Task[T]:
    """Schedule `coro` as a new task; it starts after the tasks ready now."""
    loop = _running()
    t = Task(loop, coro)
    loop._tasks[t._id] = t
    loop._schedule(t)
    return t


def monotonic() -> float:
    """Seconds of the monotonic clock (arbitrary origin)."""
    return unicc_sys.monotonic_ns() / 1e9


async def sleep(seconds: float) -> None:
    """Suspend for `seconds`, counted from the start of the current loop
    turn; 0 (or less) only lets the other ready tasks run first."""
    if seconds > 0:
        _running()._add_timer(seconds, _park())
    await _YIELD


async def with_timeout(seconds: float, coro: Coroutine[None, None, T]) -> T:
    """Run `coro` as a task and return its result; if it is not done within
    `seconds`, cancel it, wait until it has stopped, and raise TimeoutError.
    Cancelling the caller cancels the work too."""
    inner = spawn(coro)
    _running()._add_timer(seconds, inner._wake_me_when_done())
    try:
        await _YIELD   # until inner is done or the timer fires, whichever is first
        if not inner._done:
            inner.cancel()
            inner._wake_me_when_done()
            await _YIELD
            if inner.cancelled():
                raise TimeoutError(f"timed out after {seconds} s")
    except CancelledError:
        inner.cancel()
        raise
    return inner.result()


class _Gathering:
    """Wakes the gathering task when all children are done or one failed."""

    def __init__(self, waker: _Waker) -> None:
        self.waker = waker
        self.left = 0
        self.failed: Optional[_Task] = None

    def child_done(self, t: _Task) -> None:
        self.left -= 1
        if t._exc is not None and self.failed is None:
            self.failed = t
        if self.left == 0 or self.failed is not None:
            self.waker.wake()


async def gather(aws: list[Coroutine[None, None, T]] | list[Task[T]]) -> list[T]:
    """Run the coroutines (or wait for the tasks) concurrently and return
    their results in list order.  The first one to fail (or be cancelled)
    cancels all the others and its exception propagates; cancelling the
    caller cancels them all."""
    tasks: list[Task[T]] = []
    for a in aws:
        tasks.append(a if isinstance(a, Task) else spawn(a))
    g = _Gathering(_park())
    for t in tasks:
        if not t._done:
            g.left += 1
            t._callbacks.append(lambda done: g.child_done(done))
        elif t._exc is not None and g.failed is None:
            g.failed = t
    if g.left == 0 or g.failed is not None:
        g.waker.wake()
    try:
        await _YIELD
    except CancelledError:
        for t in tasks:
            t.cancel()
        raise
    if g.failed is not None:
        for t in tasks:
            t.cancel()
        g.failed._reraise()
    return [t.result() for t in tasks]


class _WaitList:
    """Tasks parked in arrival order.  The only way a parked task resumes
    without its waker is cancellation, which leaves a stale waker behind:
    those are counted and swept out once they are half of the list, so a
    list that is rarely woken (a getter that keeps timing out) stays small."""

    def __init__(self) -> None:
        self._fifo: _Fifo[_Waker] = _Fifo()
        self._stale = 0

    async def wait(self) -> None:
        self._fifo.push(_park())
        try:
            await _YIELD
        except CancelledError:
            self._stale += 1
            if self._stale * 2 > len(self._fifo):
                for w in self._fifo.take_all():
                    if not w.stale():
                        self._fifo.push(w)
                self._stale = 0
            raise

    def wake_first(self) -> None:
        while len(self._fifo):
            if self._fifo.pop().wake():
                return
            self._stale -= 1

    def wake_all(self) -> None:
        for w in self._fifo.take_all():
            w.wake()
        self._stale = 0


class Event:
    """A flag tasks can wait for.  set() wakes every waiting task (in the
    order they started waiting); wait() returns at once while it is set."""

    def __init__(self) -> None:
        self._flag = False
        self._waiters = _WaitList()

    def is_set(self) -> bool:
        return self._flag

    def set(self) -> None:
        if not self._flag:
            self._flag = True
            self._waiters.wake_all()

    def clear(self) -> None:
        self._flag = False

    async def wait(self) -> None:
        if not self._flag:
            await self._waiters.wait()


class Lock:
    """Mutual exclusion between tasks: `async with lock:` holds it for the
    block.  release() wakes the longest waiter, which takes the lock unless
    a task that did not wait took it first (as asyncio's Lock)."""

    def __init__(self) -> None:
        self._locked = False
        self._waiters = _WaitList()

    def locked(self) -> bool:
        return self._locked

    async def acquire(self) -> None:
        while self._locked:
            try:
                await self._waiters.wait()
            except CancelledError:
                if not self.locked():   # a wake-up meant for us: pass it on (a call: mypy
                    # would take _locked as still True here and skip the block)
                    self._waiters.wake_first()
                raise
        self._locked = True

    def release(self) -> None:
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._waiters.wake_first()

    async def __aenter__(self) -> None:
        await self.acquire()

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        self.release()


class Queue(Generic[T]):
    """A FIFO queue between tasks; maxsize > 0 bounds it (put() then waits
    for room).  Waiting getters and putters are served in FIFO order."""

    def __init__(self, maxsize: int = 0) -> None:
        self.maxsize = maxsize
        self._items: _Fifo[T] = _Fifo()
        self._getters = _WaitList()
        self._putters = _WaitList()

    def qsize(self) -> int:
        return len(self._items)

    def empty(self) -> bool:
        return len(self._items) == 0

    def full(self) -> bool:
        return 0 < self.maxsize <= len(self._items)

    def put_nowait(self, item: T) -> None:
        if self.full():
            raise QueueFull("queue is full")
        self._items.push(item)
        self._getters.wake_first()

    def get_nowait(self) -> T:
        if self.empty():
            raise QueueEmpty("queue is empty")
        item = self._items.pop()
        self._putters.wake_first()
        return item

    async def put(self, item: T) -> None:
        while self.full():
            try:
                await self._putters.wait()
            except CancelledError:
                self._pass_on()
                raise
        self.put_nowait(item)

    async def get(self) -> T:
        while self.empty():
            try:
                await self._getters.wait()
            except CancelledError:
                self._pass_on()
                raise
        return self.get_nowait()

    def _pass_on(self) -> None:
        # A cancelled waiter may have been woken for an item or a slot it
        # will not take now: wake the next one (a waiter woken for nothing
        # just waits again).
        if not self.empty():
            self._getters.wake_first()
        if not self.full():
            self._putters.wake_first()


def register_poller(poll: Callable[[], bool], wakes: bool = False) -> None:
    """Call `poll` on every loop turn and after every idle wake-up, until it
    returns False.  A device driver's poller checks its device and sets an
    Event (or fills a Queue) that its tasks wait on; while a poller is
    registered the loop never reports a deadlock.  It idles at most
    POLL_INTERVAL_NS, unless `wakes`: the device's events end the idle wait
    themselves (a TAP descriptor in unicc_sys.block_until's ppoll, an
    interrupt), so the loop sleeps until its next timer or the next event.
    May be called before run(); pollers outlive a run()."""
    _pollers.append(_Poller(poll, wakes))
