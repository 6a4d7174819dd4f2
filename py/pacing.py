"""How worker threads give way to the event loop: the :class:`Pacer` and the background pool.

Three ways a worker thread makes the event loop (ComfyUI's) wait:

- **The GIL.** A thread that holds it through a long Python loop stalls the event
  loop as surely as running on it: CPython hands the GIL over only every switch
  interval (5 ms), and a request needs it several times. Every loop over thousands
  of items on a worker thread (walk, plan, encode, catalog rows) calls a pacer
  between items, which sleeps briefly once more than ``SLICE_SECONDS`` of work went by.
- **The CPU, at the same priority.** All of the extension's thread work (scans, a
  download's writes and hashing, the catalog thread, the listing index, file edits) runs
  in :func:`background_pool` (or an executor of its own), never in asyncio's default
  executor, whose threads the host shares. Futures that must be waited on or shielded
  (a split download's writes and hash steps) use ``run_in_executor(background_pool(),
  ...)``; everything else :func:`in_background`. These threads keep the process's CPU
  priority. They once ran at nice 10, which on a quiet two-core machine kept the loop
  ahead of a loopback-speed download and a scan (worst poll 16-20 ms against 23-30).
  But a thread below the loop's priority that holds the GIL, or that the loop hands
  the GIL to, is a priority inversion: as soon as anything else wants the cores
  (another program, torch's own threads during a generation) the kernel leaves that
  thread waiting and the loop waits for the GIL behind it. Beside two busy processes a
  scan stalled ComfyUI's ``/system_stats`` 46 ms at nice 10 against 14 ms at the same
  priority; in ``tests/test_pacing.py``, beside eight, a scan 143-293 ms against
  20-30 ms (taking four times as long) and a download at a CDN's pace 134-209 ms
  against 15-35 ms (BENCHMARKS.md).
- **The GIL handover after a system call.** Each system call releases the GIL; a
  background thread running Python takes it and keeps it until the switch interval
  asks it back, 5 ms by default. ComfyUI's ``/system_stats`` makes dozens of such calls,
  so beside a download and a scan a poll waited up to 40 ms. While a download runs
  (:func:`busy`, entered by each attempt of ``download.transfer.download``: its writer, hashing and
  range threads and whatever scan runs beside it), the interpreter's switch interval is
  ``BUSY_SWITCH_SECONDS``; the host's own value comes back when the last one ends.
  Only then: it is the host's interpreter setting, and scans and listings without a
  download already keep the loop's stalls well under 30 ms. (A shorter interval also
  makes the loop hand the GIL more often to a worker thread and wait until the kernel
  runs it, so it is no free lunch where it was not measured to help.)

Measured side by side in a real ComfyUI (``bench/listing.py``, BENCHMARKS.md).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator, TypeVar

T = TypeVar("T")

#: Longest stretch of Python work a worker thread does before pausing.
SLICE_SECONDS = 0.002
#: The pause: long enough for a waiting event loop to take the GIL.
PAUSE_SECONDS = 0.0005
#: Threads of the shared background pool. A scan holds one for its whole run and a split
#: download one a range plus its hash; no job waits for another job of the pool, so a
#: full pool only queues, it cannot deadlock.
BACKGROUND_WORKERS = 10

#: The interpreter's switch interval (``sys.setswitchinterval``, seconds) inside :func:`busy`
#: (while a download runs): how long a thread running Python keeps the GIL once another thread, the
#: event loop's, wants it back. CPython's default is 0.005.
BUSY_SWITCH_SECONDS = 0.001


class Pacer:
    """Call it between small pieces of work: it sleeps ``PAUSE_SECONDS`` once more
    than ``SLICE_SECONDS`` passed since the last pause (so the GIL changes hands)."""

    __slots__ = ("t",)

    def __init__(self) -> None:
        self.t = time.perf_counter()

    def __call__(self) -> None:
        if time.perf_counter() - self.t > SLICE_SECONDS:
            time.sleep(PAUSE_SECONDS)
            self.t = time.perf_counter()


_pool: ThreadPoolExecutor | None = None
_pool_lock = threading.Lock()


def background_pool() -> ThreadPoolExecutor:
    """The process's shared pool of worker threads (made on first use), apart from
    asyncio's default executor, whose threads the host shares."""
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=BACKGROUND_WORKERS, thread_name_prefix="model-manager-bg")
        return _pool


_busy_lock = threading.Lock()
_busy_count = 0
_host_switch: float | None = None


@contextlib.contextmanager
def busy() -> Iterator[None]:
    """While inside, the interpreter's switch interval is at most ``BUSY_SWITCH_SECONDS``.

    Nests and may be entered from any thread. The value in force when the first one
    began (the host's) is put back when the last one ends. Cheap: two calls of a lock.
    """
    global _busy_count, _host_switch
    with _busy_lock:
        _busy_count += 1
        if _busy_count == 1:
            _host_switch = sys.getswitchinterval()
            if _host_switch > BUSY_SWITCH_SECONDS:
                sys.setswitchinterval(BUSY_SWITCH_SECONDS)
    try:
        yield
    finally:
        with _busy_lock:
            _busy_count -= 1
            if _busy_count == 0 and _host_switch is not None:
                sys.setswitchinterval(_host_switch)
                _host_switch = None


async def in_background(fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """``await asyncio.to_thread(fn, *args, **kwargs)``, on a thread of
    :func:`background_pool` (what ``fn`` raises is raised here)."""
    return await asyncio.get_running_loop().run_in_executor(background_pool(), functools.partial(fn, *args, **kwargs))
