"""The :class:`Pacer`: how a worker thread's long Python loop lets the event loop in.

A thread that holds the GIL through a long loop stalls the event loop (ComfyUI's)
as surely as running on it: CPython hands the GIL over only every switch interval
(5 ms), and a request needs it several times. Every loop over thousands of items
on a worker thread (walk, plan, encode, catalog rows) calls a pacer between items,
which sleeps briefly once more than ``SLICE_SECONDS`` of work went by.
"""

from __future__ import annotations

import time

#: Longest stretch of Python work a worker thread does before pausing.
SLICE_SECONDS = 0.002
#: The pause: long enough for a waiting event loop to take the GIL.
PAUSE_SECONDS = 0.0005


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
